"""Warn, silence, suspend, ban: enforced at login and on every posting path, lifted on time."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from machina.apps.forum_permission.models import UserForumPermission

from forum.permissions import can_reply, can_start_topic
from moderation import permissions, services
from moderation.models import Sanction
from profiles.permissions import can_contact
from questions.models import Question, Vote
from tests import factories
from tests.factories import PASSWORD
from tests.moderation_helpers import (
    answered_question,
    board,
    community_topic,
    flag_url,
    member_act_url,
    text,
    topic_form,
)

REASON = "Repeated insults towards other members."


@pytest.fixture
def silenced(member, moderator):
    services.silence(moderator=moderator, user=member, days=7, reason=REASON)
    return member


@pytest.mark.django_db
def test_silenced_member_sees_why_and_until_when(client, silenced):
    client.force_login(silenced)
    page = text(client.get("/"))
    ends = Sanction.objects.get().ends_at
    assert "You cannot post, vote or report until" in page
    assert f"{ends:%Y}" in page and REASON in page
    assert REASON in silenced.notifications.get(kind="moderation_silence").message


@pytest.mark.django_db
def test_silenced_member_cannot_ask(client, silenced):
    client.force_login(silenced)
    response = client.post(
        reverse("questions:ask"),
        {
            "title": "How do I tell him I need more time?",
            "body": "We have been together a year and he wants to move in. I am not ready.",
            "board": "dating",
        },
    )
    assert response.status_code == 200
    assert not Question.objects.exists()
    assert not can_start_topic(silenced, board("dating").forum)


@pytest.mark.django_db
def test_silenced_specialist_cannot_answer(client, member, moderator):
    specialist = factories.make_specialist()
    question = factories.make_question(member)
    services.silence(moderator=moderator, user=specialist, days=3, reason=REASON)
    client.force_login(specialist)
    assert "Publish your answer" not in text(client.get(question.get_absolute_url()))
    client.post(
        reverse("questions:answer", args=[question.pk]),
        {"body": "Give it time, and say clearly what you need from each other."},
    )
    assert not question.answers.exists()


@pytest.mark.django_db
def test_silenced_member_cannot_reply_on_a_board(client, other_member, silenced):
    topic = community_topic(other_member)
    assert not can_reply(silenced, topic)
    client.force_login(silenced)
    create = topic_form(topic, "post_create")
    assert client.get(create).status_code == 403  # machina's own view refuses
    assert can_reply(other_member, topic)  # only the silenced member is affected


@pytest.mark.django_db
def test_silenced_member_cannot_vote(client, specialist, other_member, silenced):
    _question, answer = answered_question(other_member, specialist)
    client.force_login(silenced)
    response = client.post(reverse("questions:vote", args=[answer.post.pk]), {"value": "1"})
    assert response.status_code in (302, 403)
    assert not Vote.objects.exists()


@pytest.mark.django_db
def test_silenced_member_cannot_flag(client, specialist, other_member, silenced):
    _question, answer = answered_question(other_member, specialist)
    client.force_login(silenced)
    response = client.post(flag_url(answer.post), {"reason": "spam"})
    assert response.status_code == 403
    assert "You cannot post, vote or report until" in text(response)


@pytest.mark.django_db
def test_silenced_member_cannot_request_a_consultation(specialist, silenced):
    assert not can_contact(silenced, specialist.specialist)


@pytest.mark.django_db
def test_suspended_member_cannot_log_in_and_is_told_why(client, member, moderator):
    services.suspend(moderator=moderator, user=member, days=14, reason=REASON)
    response = client.post(
        reverse("login"), {"username": member.username, "password": PASSWORD}, follow=True
    )
    page = text(response)
    assert "Your account is suspended until" in page and REASON in page
    assert not response.context["user"].is_authenticated
    assert not text(client.get("/")).count(member.public_name)


@pytest.mark.django_db
def test_a_suspended_session_is_logged_out_on_the_next_request(client, member, moderator):
    client.force_login(member)
    assert member.public_name in text(client.get("/"))
    services.suspend(moderator=moderator, user=member, days=1, reason=REASON)
    response = client.get("/questions/")
    assert response.status_code == 302 and response.url == reverse("moderation:suspended")
    assert "_auth_user_id" not in client.session
    assert REASON in text(client.get(response.url))


@pytest.mark.django_db
def test_banned_member_cannot_log_in(client, member, moderator):
    services.ban(moderator=moderator, user=member, reason="Threats against a member.")
    response = client.post(
        reverse("login"), {"username": member.username, "password": PASSWORD}, follow=True
    )
    assert "Your account is closed" in text(response)
    assert not response.context["user"].is_authenticated


@pytest.mark.django_db
def test_a_warning_informs_but_does_not_restrict(member, moderator):
    services.warn(moderator=moderator, user=member, reason="Please keep it kind.")
    assert permissions.can_post(member)
    assert "Please keep it kind." in member.notifications.get(kind="moderation_warning").message


@pytest.mark.django_db
def test_sanctions_end_when_their_time_is_up(client, silenced):
    assert UserForumPermission.objects.filter(user=silenced, has_perm=False).exists()
    Sanction.objects.update(ends_at=timezone.now() - timedelta(minutes=1))
    client.force_login(silenced)
    page = text(client.get("/"))
    assert "You cannot post" not in page
    assert Sanction.objects.get().lifted_at is not None
    assert not UserForumPermission.objects.filter(user=silenced).exists()
    assert can_start_topic(silenced, board("general").forum)


@pytest.mark.django_db
def test_lift_sanctions_command_cleans_up(silenced, capsys):
    Sanction.objects.update(ends_at=timezone.now() - timedelta(minutes=1))
    call_command("lift_sanctions")
    assert "Ended 1 expired sanction" in capsys.readouterr().out
    assert not UserForumPermission.objects.filter(user=silenced).exists()


@pytest.mark.django_db
def test_a_moderator_lifts_a_silence_with_a_reason(client, silenced, moderator):
    sanction = Sanction.objects.get()
    client.force_login(moderator)
    response = client.post(
        reverse("moderation:lift", args=[sanction.pk]), {"reason": "Apologised sincerely."}
    )
    assert response.status_code == 302
    silenced.refresh_from_db()
    assert permissions.can_post(silenced)
    assert not UserForumPermission.objects.filter(user=silenced).exists()
    assert silenced.notifications.filter(kind="moderation_lifted").exists()


@pytest.mark.django_db
def test_sanctions_through_the_member_page(client, member, moderator):
    client.force_login(moderator)
    response = client.post(member_act_url(member, "silence"), {"days": "3", "reason": REASON})
    assert response.status_code == 302
    sanction = Sanction.objects.get()
    assert sanction.kind == "silence"
    assert timedelta(days=2, hours=23) < sanction.ends_at - timezone.now() <= timedelta(days=3)
    page = text(client.get(reverse("moderation:member", args=[member.username])))
    assert "Silenced (cannot post)" in page and REASON in page


@pytest.mark.django_db
def test_moderators_cannot_sanction_themselves_or_each_other(moderator):
    other = factories.make_moderator()
    for target in (moderator, other):
        with pytest.raises(PermissionDenied):
            services.suspend(moderator=moderator, user=target, days=1, reason=REASON)
    assert not Sanction.objects.exists()


@pytest.mark.django_db
def test_sessions_started_by_djangos_own_backend_are_checked_too(client, member, moderator):
    """Sign-up logs in with Django's ModelBackend: the middleware then reads sanctions itself."""
    client.force_login(member, backend="django.contrib.auth.backends.ModelBackend")
    services.suspend(moderator=moderator, user=member, days=1, reason=REASON)
    response = client.get("/")
    assert response.status_code == 302 and response.url == reverse("moderation:suspended")


@pytest.mark.django_db
def test_a_wrong_password_is_refused_as_before(client, member):
    response = client.post(reverse("login"), {"username": member.username, "password": "nope"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
