"""E-mail: neutral by default, per-kind preferences, one-click unsubscribe with a signed token,
sent only after commit, and a failing mail server never fails or undoes the action."""

import re
import time
from unittest import mock

import pytest
from django.core import mail, signing
from django.core.mail.backends.base import BaseEmailBackend

from forum.models import Board
from profiles import email_preferences
from profiles.models import EmailPreferences, Notification
from profiles.notifications import NEUTRAL_SUBJECT
from questions import follows, services
from questions.models import Answer
from tests import factories


class FailingBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("the mail server is down")


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return run


def links(body: str) -> list[str]:
    return re.findall(r"https?://\S+", body)


# --- What an e-mail says ------------------------------------------------------------------


@pytest.mark.django_db
def test_default_email_is_neutral_and_has_unsubscribe_links(run_on_commit, member):
    question = factories.make_question(member, title="Should I forgive the affair?")
    run_on_commit(factories.make_answer, question)
    message = mail.outbox[-1]
    assert message.to == [member.email]
    assert message.subject == NEUTRAL_SUBJECT
    assert "affair" not in message.body.lower() and "forgive" not in message.body.lower()
    assert "/accounts/notifications/" in message.body
    unsubscribe = [link for link in links(message.body) if "/accounts/unsubscribe/" in link]
    assert len(unsubscribe) == 2  # this kind, and everything
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe[0]}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


@pytest.mark.django_db
def test_details_only_when_the_member_chose_them(run_on_commit, member):
    email_preferences.update_preferences(user=member, show_details=True)
    question = factories.make_question(member, title="Should I forgive the affair?")
    run_on_commit(factories.make_answer, question)
    message = mail.outbox[-1]
    assert message.subject.startswith("Haven: ")
    assert "Should I forgive the affair?" in message.subject
    assert "answered your question" in message.body
    assert question.get_absolute_url() in message.body


@pytest.mark.django_db
def test_defaults_and_per_kind_preferences(run_on_commit, member):
    prefs = email_preferences.preferences_for(member)
    assert prefs.pk is None  # nothing stored until the member changes something
    assert prefs.answers and prefs.new_questions and prefs.consultations and prefs.moderation
    assert not prefs.votes and not prefs.show_details
    # Votes milestones are in-app only by default.
    question = factories.make_question(member)
    run_on_commit(
        services.cast_vote, user=factories.UserFactory(), post=question.topic.first_post, value=1
    )
    assert member.notifications.filter(kind="vote_milestone").exists()
    assert mail.outbox == []
    # Switching answers off keeps the in-app notification and stops the e-mail.
    email_preferences.update_preferences(user=member, answers=False)
    run_on_commit(factories.make_answer, question)
    assert member.notifications.filter(kind="answer").exists()
    assert mail.outbox == []
    # Switching votes on sends the next milestone.
    email_preferences.update_preferences(user=member, votes=True)
    for _ in range(4):
        run_on_commit(
            services.cast_vote,
            user=factories.UserFactory(),
            post=question.topic.first_post,
            value=1,
        )
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [member.email]


@pytest.mark.parametrize(
    "kind, category",
    [
        ("answer", "answers"),
        ("helpful", "helpful"),
        ("vote_milestone", "votes"),
        ("new_question", "new_questions"),
        ("consultation", "consultations"),
        ("moderation_hidden", "moderation"),
        ("moderation_suspension", "moderation"),
        ("flag_outcome", "moderation"),
        ("verification", "verification"),
    ],
)
@pytest.mark.django_db
def test_every_kind_obeys_its_preference(run_on_commit, member, kind, category):
    from profiles.notifications import notify

    email_preferences.update_preferences(user=member, votes=True)
    run_on_commit(notify, user=member, kind=kind, message="Something happened.")
    assert len(mail.outbox) == 1
    email_preferences.update_preferences(user=member, **{category: False})
    run_on_commit(notify, user=member, kind=kind, message="Something else happened.")
    assert len(mail.outbox) == 1
    assert member.notifications.count() == 2  # in-app, whatever the e-mail settings


@pytest.mark.django_db
def test_email_settings_page(client, member):
    client.force_login(member)
    page = client.get("/accounts/settings/email/").content.decode()
    assert "New answers on questions you follow" in page
    assert "nobody who sees your inbox learns what it is about" in page
    assert "/accounts/settings/email/" in client.get("/accounts/settings/").content.decode()
    response = client.post(
        "/accounts/settings/email/",
        {"answers": "on", "votes": "on", "show_details": "on", "verification": "on"},
        follow=True,
    )
    assert "Your e-mail settings are saved" in response.content.decode()
    prefs = EmailPreferences.objects.get(user=member)
    assert prefs.answers and prefs.votes and prefs.show_details
    assert not prefs.new_questions and not prefs.moderation


# --- One-click unsubscribe ----------------------------------------------------------------


@pytest.mark.django_db
def test_unsubscribe_link_works_without_login_and_can_be_undone(client, run_on_commit, member):
    question = factories.make_question(member)
    run_on_commit(factories.make_answer, question)
    link = next(link for link in links(mail.outbox[-1].body) if "/unsubscribe/" in link)
    path = "/" + link.split("/", 3)[3]

    response = client.get(path)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert response["Referrer-Policy"] == "no-referrer"
    page = response.content.decode()
    assert "You are unsubscribed" in page
    assert "new answers on questions you follow" in page
    prefs = EmailPreferences.objects.get(user=member)
    assert not prefs.answers and prefs.new_questions  # only that kind

    page = client.post(path, {"undo": "1"}).content.decode()
    assert "You are subscribed again" in page
    assert EmailPreferences.objects.get(user=member).answers


@pytest.mark.django_db
def test_unsubscribe_from_everything_and_mail_client_one_click_post(client, member):
    path = f"/accounts/unsubscribe/{email_preferences.unsubscribe_token(member, 'all')}/"
    csrf_client = client.__class__(enforce_csrf_checks=True)
    response = csrf_client.post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200  # RFC 8058: the mail client POSTs without a CSRF token
    prefs = EmailPreferences.objects.get(user=member)
    assert not any(getattr(prefs, name) for name in email_preferences.CATEGORIES)


@pytest.mark.django_db
def test_tampered_unsubscribe_token_is_refused(client, member, other_member):
    token = email_preferences.unsubscribe_token(member, "answers")
    value, _, signature = token.rpartition(":")
    forged_value = signing.b64_encode(b'{"u":%d,"c":"answers"}' % other_member.pk).decode()
    for bad in (
        token[:-2] + ("aa" if not token.endswith("aa") else "bb"),
        f"{forged_value}:{value.split(':')[-1]}:{signature}",
        "not-a-token",
    ):
        response = client.get(f"/accounts/unsubscribe/{bad}/")
        assert response.status_code == 400
        assert "This link does not work" in response.content.decode()
    assert not EmailPreferences.objects.exists()


@pytest.mark.django_db
def test_expired_unsubscribe_token_is_refused(client, member):
    days = email_preferences.UNSUBSCRIBE_DAYS + 1
    with mock.patch("django.core.signing.time.time", return_value=time.time() - days * 86400):
        token = email_preferences.unsubscribe_token(member, "answers")
    response = client.get(f"/accounts/unsubscribe/{token}/")
    assert response.status_code == 400
    assert "This link has expired" in response.content.decode()
    assert email_preferences.preferences_for(member).answers


@pytest.mark.django_db
def test_a_token_for_a_deleted_account_or_unknown_category_is_refused(client, member):
    bad_category = signing.TimestampSigner(salt=email_preferences._SALT).sign_object(
        {"u": member.pk, "c": "is_staff"}
    )
    assert client.get(f"/accounts/unsubscribe/{bad_category}/").status_code == 400
    token = email_preferences.unsubscribe_token(member, "answers")
    member.is_active = False
    member.save()
    assert client.get(f"/accounts/unsubscribe/{token}/").status_code == 400


# --- After commit; failures never undo the action -----------------------------------------


@pytest.mark.django_db
def test_nothing_is_sent_before_commit(django_capture_on_commit_callbacks, member):
    question = factories.make_question(member)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        factories.make_answer(question)
    assert mail.outbox == [] and callbacks  # waiting for the commit


@pytest.mark.django_db(transaction=True)
def test_a_failing_mail_server_leaves_the_answer_saved(client, boards, settings, caplog):
    settings.EMAIL_BACKEND = "tests.test_email.FailingBackend"
    asker = factories.UserFactory()
    question = factories.make_question(asker)
    specialist = factories.make_specialist()
    client.force_login(specialist)
    response = client.post(
        f"/questions/{question.pk}/answer/",
        {"body": "Keep one kind door open and give her the space she asked for."},
    )
    assert response.status_code == 302
    assert Answer.objects.filter(question=question).count() == 1
    assert asker.notifications.filter(kind="answer").exists()
    assert "could not e-mail notification" in caplog.text
    page = client.get(question.get_absolute_url()).content.decode()
    assert "Keep one kind door open" in page


@pytest.mark.django_db(transaction=True)
def test_a_failing_mail_server_leaves_a_new_question_saved(client, boards, settings):
    settings.EMAIL_BACKEND = "tests.test_email.FailingBackend"
    watcher = factories.make_specialist()
    follows.follow(user=watcher, board=Board.objects.get(slug="dating"))
    member = factories.UserFactory()
    client.force_login(member)
    response = client.post(
        "/questions/ask/",
        {
            "title": "How soon is too soon to say I love you?",
            "body": "We have been dating for six weeks and I feel it already.",
            "board": "dating",
            "tags": "dating",
        },
    )
    assert response.status_code == 302
    assert watcher.notifications.filter(kind="new_question").count() == 1
    assert Notification.objects.count() == 1


@pytest.mark.django_db
def test_a_failing_mail_server_never_raises_from_notify(run_on_commit, settings, member):
    from moderation.notify import notify

    settings.EMAIL_BACKEND = "tests.test_email.FailingBackend"
    note = run_on_commit(notify, user=member, kind="moderation_warning", message="Be kind.")
    assert Notification.objects.filter(pk=note.pk).exists()
