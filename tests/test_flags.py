"""Flags: one generic mechanism for every post and for specialist profiles."""

import pytest
from django.urls import reverse

from moderation import registry, services
from moderation.models import Flag, Hidden, ReviewItem
from profiles.models import SpecialistProfile
from tests import factories
from tests.moderation_helpers import (
    answered_question,
    community_topic,
    flag_url,
    item_url,
    reply,
    text,
)


@pytest.fixture
def answer(member, specialist):
    return answered_question(member, specialist)[1]


@pytest.fixture
def profile_target(specialist):
    """Specialist profiles as a target, as ``profiles`` registers them (restored afterwards)."""
    before = registry.target_type(SpecialistProfile)
    if before is None:
        registry.register_target(
            SpecialistProfile,
            label=lambda p: f"Specialist profile of {p.user.public_name}",
            url=lambda p: p.user.get_absolute_url(),
            author=lambda p: p.user,
            kind=lambda p: "specialist profile",
            text=lambda p: p.bio,
        )
    yield specialist.specialist
    if before is None:
        registry.unregister_target(SpecialistProfile)


@pytest.mark.django_db
def test_member_flags_an_answer_and_is_thanked(client, other_member, answer):
    client.force_login(other_member)
    form = client.get(flag_url(answer.post))
    assert "Report a concern" in text(form)
    assert "Someone may be at risk" in text(form)
    response = client.post(
        flag_url(answer.post),
        {"reason": "unsafe", "note": "Tells them to confront him alone.", "next": "/"},
        follow=True,
    )
    assert "Thank you for telling us" in text(response)
    flag = Flag.objects.get()
    assert (flag.flagger, flag.reason, flag.status) == (other_member, "unsafe", "open")
    assert flag.item.target == answer.post


@pytest.mark.django_db
def test_one_open_flag_per_member_per_item(client, other_member, answer):
    client.force_login(other_member)
    client.post(flag_url(answer.post), {"reason": "spam"})
    again = client.post(flag_url(answer.post), {"reason": "harassment"})
    assert again.status_code == 400
    assert "already reported this" in text(again)
    assert Flag.objects.count() == 1


@pytest.mark.django_db
def test_after_a_decision_the_same_member_may_flag_again(other_member, moderator, answer):
    services.flag(flagger=other_member, target=answer.post, reason="spam")
    services.dismiss(moderator=moderator, target=answer.post, reason="Not spam: a real answer.")
    services.flag(flagger=other_member, target=answer.post, reason="unsafe")
    assert ReviewItem.objects.filter(status="open").count() == 1


@pytest.mark.django_db
def test_nobody_flags_their_own_post(client, specialist, answer):
    client.force_login(specialist)
    response = client.post(flag_url(answer.post), {"reason": "spam"})
    assert response.status_code == 403
    assert "your own post" in text(response)
    assert not Flag.objects.exists()


@pytest.mark.django_db
def test_own_post_has_no_report_link_but_others_do(client, member, other_member, answer):
    page = answer.question.get_absolute_url()
    client.force_login(member)  # the asker: may report the answer, not their question
    body = text(client.get(page))
    assert f'data-flag-link="{answer.post.pk}"' in body
    assert f'data-flag-link="{answer.question.topic.first_post_id}"' not in body


@pytest.mark.django_db
def test_visitors_are_sent_to_log_in_first(client, answer):
    body = text(client.get(answer.question.get_absolute_url()))
    assert "Report a concern" in body
    response = client.get(flag_url(answer.post))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))
    assert not Flag.objects.exists()


@pytest.mark.django_db
def test_other_needs_a_note(client, other_member, answer):
    client.force_login(other_member)
    response = client.post(flag_url(answer.post), {"reason": "other", "note": "  "})
    assert response.status_code == 400
    assert "in a few words what is wrong" in text(response)
    assert not Flag.objects.exists()


@pytest.mark.django_db
def test_flagging_is_rate_limited(client, boards, other_member, specialist):
    client.force_login(other_member)
    posts = [answered_question(factories.UserFactory(), specialist)[1].post for _ in range(6)]
    statuses = [client.post(flag_url(post), {"reason": "spam"}).status_code for post in posts]
    assert statuses[:5] == [302] * 5
    assert statuses[5] == 429
    assert Flag.objects.count() == 5


@pytest.mark.django_db
def test_board_replies_articles_and_questions_share_one_mechanism(other_member, member, specialist):
    topic = community_topic(member)
    board_reply = reply(topic, specialist)
    question, answer = answered_question(member, specialist)
    for post in (topic.first_post, board_reply, question.topic.first_post, answer.post):
        services.flag(flagger=other_member, target=post, reason="off_topic")
    kinds = {registry.target_type(f.item.target).kind(f.item.target) for f in Flag.objects.all()}
    assert kinds == {"board topic", "board reply", "question", "answer"}


@pytest.mark.django_db
def test_specialist_profiles_can_be_flagged_too(client, other_member, moderator, profile_target):
    client.force_login(other_member)
    response = client.post(flag_url(profile_target), {"reason": "unsafe", "note": "Fake licence?"})
    assert response.status_code == 302
    client.force_login(moderator)
    queue = text(client.get(reverse("moderation:queue")))
    assert "Specialist profile of" in queue
    assert "Fake licence?" in queue


@pytest.mark.django_db
def test_three_different_members_hide_it_until_a_moderator_decides(
    client, boards, member, specialist, moderator
):
    question, answer = answered_question(member, specialist)
    flaggers = [factories.UserFactory() for _ in range(3)]
    services.flag(flagger=flaggers[0], target=answer.post, reason="spam")
    services.flag(flagger=flaggers[1], target=answer.post, reason="spam")
    answer.post.refresh_from_db()
    assert answer.post.approved
    services.flag(flagger=flaggers[2], target=answer.post, reason="spam")
    answer.post.refresh_from_db()
    assert not answer.post.approved
    assert Hidden.objects.get().kind == Hidden.Kind.AUTO
    assert answer.post.content.raw not in text(client.get(question.get_absolute_url()))
    assert specialist.notifications.filter(kind="moderation_hidden").exists()

    services.dismiss(moderator=moderator, target=answer.post, reason="Reviewed: it is fine.")
    answer.post.refresh_from_db()
    assert answer.post.approved
    assert not Hidden.objects.exists()


@pytest.mark.django_db
def test_auto_hide_can_be_switched_off(settings, boards, member, specialist):
    settings.HAVEN_AUTO_HIDE_FLAGS = 0
    answer = answered_question(member, specialist)[1]
    for _ in range(4):
        services.flag(flagger=factories.UserFactory(), target=answer.post, reason="spam")
    answer.post.refresh_from_db()
    assert answer.post.approved


@pytest.mark.django_db
def test_flaggers_see_the_outcome_on_their_reports_page(client, other_member, moderator, answer):
    services.flag(flagger=other_member, target=answer.post, reason="unsafe")
    client.force_login(other_member)
    page = text(client.get(reverse("moderation:my_flags")))
    assert "Harmful or unsafe advice" in page
    assert "Waiting for a moderator" in page
    services.hide(moderator=moderator, target=answer.post, reason="Unsafe advice about contact.")
    page = text(client.get(reverse("moderation:my_flags")))
    assert "A moderator agreed and removed it from public pages." in page
    assert other_member.notifications.filter(kind="flag_outcome").exists()


@pytest.mark.django_db
def test_moderators_see_the_open_report_on_the_item_page(client, other_member, moderator, answer):
    services.flag(
        flagger=other_member, target=answer.post, reason="private_info", note="Her address"
    )
    client.force_login(moderator)
    page = text(client.get(item_url(answer.post)))
    assert "Shares someone&#x27;s private information" in page
    assert "Her address" in page
