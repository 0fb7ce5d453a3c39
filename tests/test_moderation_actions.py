"""Each moderator action as the visitor, the author and a moderator see it."""

import pytest
from django.core.management import call_command
from django.urls import reverse
from machina.apps.forum_conversation.models import Post

from moderation import services
from moderation.models import AuditEntry, Hidden, ReviewItem
from questions import indexing
from tests import factories
from tests.moderation_helpers import (
    act_url,
    answered_question,
    board,
    community_topic,
    item_url,
    reply,
    text,
    topic_form,
    topic_page,
)

ANSWER_TEXT = "Write her a letter about the marigolds you planted together last spring."


@pytest.fixture
def search_index(db):
    call_command("clear_index", interactive=False, verbosity=0)
    yield lambda: indexing.drain(ignore_backoff=True)
    call_command("clear_index", interactive=False, verbosity=0)


@pytest.fixture
def qa(member, specialist):
    return answered_question(
        member,
        specialist,
        body=ANSWER_TEXT,
        title="How do I reconnect with my sister after years apart?",
        tags=("family",),
    )


def visitor_sees(client, url) -> str:
    client.logout()
    response = client.get(url)
    return text(response) if response.status_code == 200 else f"<{response.status_code}>"


@pytest.mark.django_db
def test_hidden_answer_is_gone_for_the_public_told_to_the_author_and_kept_for_moderators(
    client, qa, specialist, moderator, search_index
):
    question, answer = qa
    search_index()
    assert "reconnect with my sister" in visitor_sees(client, "/search/?q=marigolds")

    client.force_login(moderator)
    response = client.post(
        act_url(answer.post, "hide"), {"reason": "Advice that could put her at risk."}
    )
    assert response.status_code == 302
    search_index()

    assert ANSWER_TEXT not in visitor_sees(client, question.get_absolute_url())
    assert "reconnect with my sister" not in visitor_sees(client, "/search/?q=marigolds")
    feed = visitor_sees(client, f"/feeds/members/{specialist.username}/answers/")
    assert "marigolds" not in feed

    client.force_login(specialist)
    note = specialist.notifications.get(kind="moderation_hidden")
    assert "Advice that could put her at risk." in note.message
    assert "Advice that could put her at risk." in text(
        client.get(reverse("moderation:my_account"))
    )

    client.force_login(moderator)
    page = text(client.get(item_url(answer.post)))
    assert "Hidden by a moderator" in page and "marigolds" in page
    assert "Hidden by a moderator" in text(client.get(reverse("moderation:hidden")))
    assert AuditEntry.objects.filter(action="hide", reason__contains="at risk").exists()


@pytest.mark.django_db
def test_restored_answer_is_back_everywhere(client, qa, specialist, moderator, search_index):
    question, answer = qa
    services.hide(moderator=moderator, target=answer.post, reason="Checking a complaint.")
    search_index()
    client.force_login(moderator)
    client.post(act_url(answer.post, "restore"), {"reason": "The complaint was mistaken."})
    search_index()
    assert ANSWER_TEXT in visitor_sees(client, question.get_absolute_url())
    assert "reconnect with my sister" in visitor_sees(client, "/search/?q=marigolds")
    assert "marigolds" in visitor_sees(client, f"/feeds/members/{specialist.username}/answers/")
    assert not Hidden.objects.exists()
    assert specialist.notifications.filter(kind="moderation_restored").exists()


@pytest.mark.django_db
def test_hidden_question_leaves_its_page_lists_search_and_feeds(
    client, qa, member, moderator, search_index
):
    question, _answer = qa
    search_index()
    services.hide(
        moderator=moderator, target=question.topic.first_post, reason="Names a real person."
    )
    search_index()
    assert visitor_sees(client, question.get_absolute_url()) == "<404>"
    for url in ("/", "/questions/", "/categories/breakups/", "/feeds/questions/"):
        assert "reconnect with my sister" not in visitor_sees(client, url), url
    assert "reconnect with my sister" not in visitor_sees(client, "/search/?q=sister")
    client.force_login(member)
    assert "Names a real person." in text(client.get(reverse("moderation:my_account")))

    services.restore(
        moderator=moderator, target=question.topic.first_post, reason="Name removed by author."
    )
    search_index()
    assert "reconnect with my sister" in visitor_sees(client, "/questions/")
    assert "reconnect with my sister" in visitor_sees(client, "/feeds/questions/")
    assert "reconnect with my sister" in visitor_sees(client, "/search/?q=sister")


@pytest.mark.django_db
def test_hidden_board_reply_leaves_the_topic_page(client, member, other_member, moderator):
    topic = community_topic(member)
    rude = reply(topic, other_member, content="Honestly you deserve what happened to you.")
    url = topic_page(topic)
    assert "you deserve what happened" in visitor_sees(client, url)
    services.hide(moderator=moderator, target=rude, reason="Cruel to a member in pain.")
    assert "you deserve what happened" not in visitor_sees(client, url)
    client.force_login(moderator)
    # Moderators see inline actions on the posts that remain.
    assert "Moderate" in text(client.get(url))


@pytest.mark.django_db
def test_edit_with_a_reason_keeps_before_and_after(client, qa, specialist, moderator):
    question, answer = qa
    client.force_login(moderator)
    response = client.post(
        act_url(answer.post, "edit"),
        {"text": "Write her a short, kind letter.", "reason": "Removed a phone number."},
    )
    assert response.status_code == 302
    assert "Write her a short, kind letter." in visitor_sees(client, question.get_absolute_url())
    entry = AuditEntry.objects.get(action="edit")
    assert (entry.before, entry.after) == (ANSWER_TEXT, "Write her a short, kind letter.")
    assert entry.reason == "Removed a phone number."
    assert specialist.notifications.filter(kind="moderation_edited").exists()


@pytest.mark.django_db
def test_lock_stops_answers_and_unlock_restores_them(client, qa, moderator):
    question, _answer = qa
    other = factories.make_specialist()
    post = question.topic.first_post
    client.force_login(moderator)
    client.post(act_url(post, "lock"), {"reason": "Answered enough; getting heated."})
    client.force_login(other)
    assert "Publish your answer" not in text(client.get(question.get_absolute_url()))
    client.force_login(moderator)
    client.post(act_url(post, "unlock"), {"reason": "Calm again."})
    client.force_login(other)
    assert "Publish your answer" in text(client.get(question.get_absolute_url()))
    actions = AuditEntry.objects.filter(action__in=["lock", "unlock"]).order_by("pk")
    assert [entry.action for entry in actions] == ["lock", "unlock"]


@pytest.mark.django_db
def test_locked_board_topic_refuses_replies(client, member, other_member, moderator):
    topic = community_topic(member)
    services.set_locked(
        moderator=moderator, post=topic.first_post, locked=True, reason="Too heated."
    )
    client.force_login(other_member)
    create = topic_form(topic, "post_create")
    assert client.get(create).status_code == 403


@pytest.mark.django_db
def test_pin_a_board_topic_with_a_reason_then_unpin_it(client, member, other_member, moderator):
    topic = community_topic(member, subject="Read this first: how this board works")
    later = community_topic(other_member, subject="A newer thread")
    board_page = f"/forum/forum/{topic.forum.slug}-{topic.forum_id}/"
    client.force_login(moderator)
    assert "Pin to the top of the board" in text(client.get(item_url(topic.first_post)))
    pinned = client.post(act_url(topic.first_post, "pin"), {"reason": "Board guidelines."})
    assert pinned.status_code == 302
    topic.refresh_from_db()
    assert topic.type == topic.TOPIC_STICKY
    page = text(client.get(board_page))
    assert page.index("Read this first") < page.index(later.subject)
    client.post(act_url(topic.first_post, "unpin"), {"reason": "Guidelines moved."})
    topic.refresh_from_db()
    assert topic.type == topic.TOPIC_POST
    entries = AuditEntry.objects.filter(target_id=str(topic.pk)).order_by("created", "pk")
    assert [(e.action, e.reason) for e in entries] == [
        ("pin", "Board guidelines."),
        ("unpin", "Guidelines moved."),
    ]


@pytest.mark.django_db
def test_pinning_needs_a_moderator_a_reason_and_a_community_board(client, qa, member, moderator):
    topic = community_topic(member)
    client.force_login(member)
    assert client.post(act_url(topic.first_post, "pin"), {"reason": "Mine!"}).status_code == 403
    client.force_login(moderator)
    refused = client.post(act_url(topic.first_post, "pin"), {"reason": ""})
    assert refused.status_code == 400 and "reason" in text(refused).lower()
    question, _answer = qa
    assert "Pin to the top" not in text(client.get(item_url(question.topic.first_post)))
    refused = client.post(act_url(question.topic.first_post, "pin"), {"reason": "Important."})
    assert "does not apply here" in text(client.get(refused.url))
    topic.refresh_from_db()
    question.topic.refresh_from_db()
    assert topic.type == question.topic.type == topic.TOPIC_POST
    assert not AuditEntry.objects.filter(action="pin").exists()


@pytest.mark.django_db
def test_move_to_another_category(client, qa, member, moderator):
    question, _answer = qa
    family = board("family")
    client.force_login(moderator)
    response = client.post(
        act_url(question.topic.first_post, "move"),
        {"board": family.pk, "reason": "This is about family, not breakups."},
    )
    assert response.status_code == 302
    assert "reconnect with my sister" in visitor_sees(client, "/categories/family/")
    assert "reconnect with my sister" not in visitor_sees(client, "/categories/breakups/")
    entry = AuditEntry.objects.get(action="move")
    assert (entry.before, entry.after) == ("Breakups & Reconnecting", "Family")
    assert member.notifications.filter(kind="moderation_moved").exists()


@pytest.mark.django_db
def test_moves_only_between_boards_of_the_same_kind(client, qa, moderator):
    question, _answer = qa
    client.force_login(moderator)
    response = client.post(
        act_url(question.topic.first_post, "move"),
        {"board": board("general").pk, "reason": "Trying a community board."},
    )
    assert response.status_code == 400
    assert (
        question.topic.forum_id == type(question.topic).objects.get(pk=question.topic_id).forum_id
    )


@pytest.mark.django_db
def test_reject_is_soft_and_tells_the_author(client, member, moderator):
    from forum import services as board_services

    waiting = board_services.start_topic(
        forum=board("general").forum,
        poster=member,
        subject="Buy cheap pills",
        content="Visit my shop",
        approved=False,
    ).first_post
    client.force_login(moderator)
    response = client.post(act_url(waiting, "reject"), {"reason": "Advertising is not allowed."})
    assert response.status_code == 302
    assert Post.objects.filter(pk=waiting.pk).exists()  # kept, never deleted
    assert Hidden.objects.get().kind == Hidden.Kind.REJECTED
    assert "Advertising is not allowed." in member.notifications.get().message
    assert "Buy cheap pills" not in text(client.get(reverse("moderation:approval")))


@pytest.mark.django_db
def test_approve_publishes(client, member, moderator):
    from forum import services as board_services

    waiting = board_services.start_topic(
        forum=board("general").forum,
        poster=member,
        subject="First post here",
        content="Hello, I am new.",
        approved=False,
    ).first_post
    client.force_login(moderator)
    assert client.post(act_url(waiting, "approve"), {"reason": ""}).status_code == 302
    waiting.refresh_from_db()
    assert waiting.approved and waiting.topic.approved
    assert member.notifications.filter(kind="moderation_approved").exists()


@pytest.mark.django_db
def test_machinas_disapprove_never_deletes(client, member, moderator):
    from forum import services as board_services

    waiting = board_services.start_topic(
        forum=board("general").forum,
        poster=member,
        subject="Waiting post",
        content="Please approve",
        approved=False,
    ).first_post
    client.force_login(moderator)
    for path in (
        f"/forum/moderation/queue/{waiting.pk}/disapprove/",
        f"/forum/moderation/queue/{waiting.pk}/approve/",
    ):
        response = client.post(path)
        assert response.status_code == 302
        assert response.url == item_url(waiting)
    assert Post.objects.filter(pk=waiting.pk, approved=False).exists()
    assert client.get("/forum/moderation/queue/").url == reverse("moderation:approval")


@pytest.mark.django_db
def test_machinas_moderation_links_lead_to_audited_forms(client, member, moderator):
    topic = community_topic(member)
    client.force_login(moderator)
    for action, ours in (
        ("lock", "lock"),
        ("move", "move"),
        ("delete", "hide"),
        ("change/sticky", "pin"),
        ("change/announce", "announce"),
        ("change/topic", "unpin"),
    ):
        response = client.get(f"/forum/moderation/topic/{topic.slug}-{topic.pk}/{action}/")
        assert response.url == act_url(topic.first_post, ours)
    post_update = topic_form(topic, "post_update", pk=topic.first_post_id)
    assert client.get(post_update).url == act_url(topic.first_post, "edit")
    post_delete = post_update.replace("/update/", "/delete/")
    assert client.post(post_delete).url == act_url(topic.first_post, "hide")
    assert Post.objects.filter(pk=topic.first_post_id).exists()


@pytest.mark.django_db
def test_authors_still_edit_their_own_board_posts(client, member):
    topic = community_topic(member)
    client.force_login(member)
    post_update = topic_form(topic, "post_update", pk=topic.first_post_id)
    assert client.get(post_update).status_code == 200


@pytest.mark.django_db
def test_dismiss_closes_the_reports_and_keeps_the_content(client, qa, other_member, moderator):
    question, answer = qa
    services.flag(flagger=other_member, target=answer.post, reason="spam")
    client.force_login(moderator)
    client.post(act_url(answer.post, "dismiss"), {"reason": "A genuine, helpful answer."})
    assert ReviewItem.objects.get().status == "resolved"
    assert ANSWER_TEXT in visitor_sees(client, question.get_absolute_url())
    assert "no action was needed" in other_member.notifications.get(kind="flag_outcome").message


@pytest.mark.django_db
def test_every_action_needs_a_reason(client, qa, moderator):
    _question, answer = qa
    client.force_login(moderator)
    response = client.post(act_url(answer.post, "hide"), {"reason": ""})
    assert response.status_code == 400
    assert "Please give a reason" in text(response)
    answer.post.refresh_from_db()
    assert answer.post.approved
    assert not AuditEntry.objects.filter(action="hide").exists()


@pytest.mark.django_db
def test_moderators_see_inline_actions_on_the_question_page(client, qa, member, moderator):
    question, answer = qa
    client.force_login(moderator)
    page = text(client.get(question.get_absolute_url()))
    assert f'data-moderator-actions="{answer.post.pk}"' in page
    assert act_url(answer.post, "hide") in page
    assert act_url(question.topic.first_post, "lock") in page
    client.force_login(member)
    assert "data-moderator-actions" not in text(client.get(question.get_absolute_url()))


@pytest.mark.django_db
def test_a_hidden_board_topic_shows_nothing_of_itself(client, member, moderator):
    topic = community_topic(member, subject="A subject that names someone")
    services.hide(moderator=moderator, target=topic.first_post, reason="Names a private person.")
    url = topic_page(topic)
    page = visitor_sees(client, url)
    assert "A subject that names someone" not in page
    assert "A subject that names someone" not in visitor_sees(client, "/forum/")
    client.force_login(moderator)
    page = text(client.get(url))
    assert "A subject that names someone" in page and "Open its review page" in page
