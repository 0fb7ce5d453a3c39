"""The audit log: an entry for every moderator action and every reveal, and none can change."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from forum import services as board_services
from moderation import services
from moderation.models import AuditEntry
from tests import factories
from tests.moderation_helpers import answered_question, board, community_topic, item_url, text

REASON = "A reason a colleague can read later."


def _waiting(member):
    return board_services.start_topic(
        forum=board("general").forum, poster=member, subject="New", content="Hi", approved=False
    ).first_post


def _crisis_post(member):
    return community_topic(member, subject="Tonight", content="I want to end my life.").first_post


ACTIONS = {
    "dismiss_flags": lambda m, member, post: (
        services.flag(flagger=factories.UserFactory(), target=post, reason="spam"),
        services.dismiss(moderator=m, target=post, reason=REASON),
    ),
    "hide": lambda m, member, post: services.hide(moderator=m, target=post, reason=REASON),
    "restore": lambda m, member, post: (
        services.hide(moderator=m, target=post, reason=REASON),
        services.restore(moderator=m, target=post, reason=REASON),
    ),
    "edit": lambda m, member, post: services.edit(
        moderator=m, target=post, text="Kinder words.", reason=REASON
    ),
    "lock": lambda m, member, post: services.set_locked(
        moderator=m, post=post, locked=True, reason=REASON
    ),
    "unlock": lambda m, member, post: (
        services.set_locked(moderator=m, post=post, locked=True, reason=REASON),
        services.set_locked(moderator=m, post=post, locked=False, reason=REASON),
    ),
    "move": lambda m, member, post: services.move(
        moderator=m, post=post, board=board("stories"), reason=REASON
    ),
    "approve": lambda m, member, post: services.approve(
        moderator=m, post=_waiting(member), reason=REASON
    ),
    "reject": lambda m, member, post: services.reject(
        moderator=m, post=_waiting(member), reason=REASON
    ),
    "clear_help_banner": lambda m, member, post: services.clear_help_banner(
        moderator=m, target=_crisis_post(member), reason=REASON
    ),
    "warning": lambda m, member, post: services.warn(moderator=m, user=member, reason=REASON),
    "silence": lambda m, member, post: services.silence(
        moderator=m, user=member, days=2, reason=REASON
    ),
    "suspension": lambda m, member, post: services.suspend(
        moderator=m, user=member, days=2, reason=REASON
    ),
    "ban": lambda m, member, post: services.ban(moderator=m, user=member, reason=REASON),
    "lift_sanction": lambda m, member, post: services.lift(
        moderator=m,
        sanction=services.silence(moderator=m, user=member, days=2, reason=REASON),
        reason=REASON,
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_every_action_is_recorded_with_who_what_and_why(action, member, moderator):
    post = community_topic(member).first_post
    ACTIONS[action](moderator, member, post)
    entry = AuditEntry.objects.filter(action=action).latest("pk")
    assert entry.actor == moderator
    assert entry.actor_name == moderator.username
    assert entry.reason == REASON
    assert entry.target_label
    assert entry.created is not None


@pytest.mark.django_db
def test_automatic_hiding_is_recorded_as_the_system(boards, member, specialist):
    answer = answered_question(member, specialist)[1]
    for _ in range(3):
        services.flag(flagger=factories.UserFactory(), target=answer.post, reason="spam")
    entry = AuditEntry.objects.get(action="auto_hide")
    assert (entry.actor, entry.actor_name) == (None, "system")


@pytest.mark.django_db
def test_revealing_an_anonymous_asker_needs_a_reason_and_is_recorded(client, member, moderator):
    question = factories.make_question(
        member, title="Is it normal to feel relieved after a divorce?", anonymous=True
    )
    post = question.topic.first_post
    client.force_login(moderator)
    page = text(client.get(item_url(post)))
    assert "Posted as <strong>Anonymous</strong>" in page
    assert member.username not in page

    url = reverse("moderation:reveal", kwargs={"key": "forum_conversation.post", "pk": post.pk})
    refused = client.post(url, {"reason": ""})
    assert refused.status_code == 400
    assert member.username not in text(refused)
    assert not AuditEntry.objects.filter(action="reveal_anonymous").exists()

    shown = client.post(url, {"reason": "The post names a child at risk; we must reach them."})
    assert member.username in text(shown)
    entry = AuditEntry.objects.get(action="reveal_anonymous")
    assert entry.actor == moderator and "child at risk" in entry.reason
    assert member.username not in entry.target_label

    audit_page = text(client.get(reverse("moderation:audit") + "?action=reveal_anonymous"))
    assert "child at risk" in audit_page
    assert member.username not in audit_page


@pytest.mark.django_db
def test_the_members_moderation_page_never_lists_their_anonymous_posts(client, member, moderator):
    factories.make_question(member, title="Something I cannot say with my name", anonymous=True)
    factories.make_question(member, title="Something I say with my name on it")
    client.force_login(moderator)
    page = text(client.get(reverse("moderation:member", args=[member.username])))
    assert "Something I say with my name on it" in page
    assert "Something I cannot say with my name" not in page
    assert "1 anonymous post not listed" in page


@pytest.mark.django_db
def test_entries_cannot_be_changed_or_deleted(member, moderator):
    services.warn(moderator=moderator, user=member, reason=REASON)
    entry = AuditEntry.objects.get(action="warning")
    entry.reason = "rewritten"
    with pytest.raises(PermissionDenied):
        entry.save()
    with pytest.raises(PermissionDenied):
        entry.delete()
    with pytest.raises(PermissionDenied):
        AuditEntry.objects.filter(pk=entry.pk).update(reason="rewritten")
    with pytest.raises(PermissionDenied):
        AuditEntry.objects.filter(pk=entry.pk).delete()
    assert AuditEntry.objects.get(pk=entry.pk).reason == REASON


@pytest.mark.django_db
def test_not_even_the_admin_can_change_or_delete_entries(client, member, moderator):
    services.warn(moderator=moderator, user=member, reason=REASON)
    entry = AuditEntry.objects.get(action="warning")
    admin = factories.UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    change = reverse("admin:moderation_auditentry_change", args=[entry.pk])
    delete = reverse("admin:moderation_auditentry_delete", args=[entry.pk])
    assert client.post(change, {"reason": "rewritten"}).status_code == 403
    assert client.post(delete, {"post": "yes"}).status_code == 403
    assert AuditEntry.objects.get(pk=entry.pk).reason == REASON


@pytest.mark.django_db
def test_the_audit_page_filters_by_action_moderator_and_subject(client, member, moderator):
    other = factories.make_moderator()
    services.warn(moderator=moderator, user=member, reason="First warning about tone.")
    topic = community_topic(member, subject="Tell me about your weekend")
    services.hide(moderator=other, target=topic.first_post, reason="Off-topic advertising.")
    client.force_login(moderator)
    url = reverse("moderation:audit")
    everything = text(client.get(url))
    assert "First warning about tone." in everything and "Off-topic advertising." in everything
    by_action = text(client.get(url, {"action": "hide"}))
    assert "Off-topic advertising." in by_action and "First warning" not in by_action
    by_actor = text(client.get(url, {"actor": moderator.username}))
    assert "First warning" in by_actor and "Off-topic advertising." not in by_actor
    by_subject = text(client.get(url, {"target": "weekend"}))
    assert "Off-topic advertising." in by_subject and "First warning" not in by_subject
    table = everything.split('class="audit-table"')[1]
    assert "<form" not in table and "<button" not in table  # nothing on the page changes entries
