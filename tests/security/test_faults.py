"""Faults in what Haven depends on: the search engine, Redis, the mail server, the disk.

For each one: pages keep being read, and a write Haven accepted is never lost (a write it
cannot store is refused with a clear message instead). Real components throughout:
a Redis URL pointing at a closed port, a Whoosh index that cannot be opened, a mail backend
that raises, a storage whose disk is full.
"""

import errno
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.core import mail
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.mail.backends.base import BaseEmailBackend
from django.test import Client, override_settings
from haystack import connections

from moderation.models import AuditEntry, Flag, Hidden
from profiles.models import ConsultationRequest, CredentialDocument, Notification
from questions import indexing
from questions.models import Answer, IndexTask, Question, Vote
from tests.factories import PASSWORD
from tests.specialists_helpers import application_data, image_bytes, pdf

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]
POST_KEY = "forum_conversation.post"


def _as(user) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def _reads_are_served(world, *clients):
    """The pages people read most answer normally."""
    for client in clients or (Client(raise_request_exception=False),):
        for url in ("/", "/questions/", world.question.get_absolute_url(), "/search/?q=trust"):
            response = client.get(url)
            assert response.status_code == 200, url
    page = Client().get(world.question.get_absolute_url()).content.decode()
    assert world.question.topic.subject in page


def _ask(client, title):
    return client.post(
        "/questions/ask/",
        {
            "title": title,
            "body": "We have been together four years and this keeps coming back to us.",
            "board": "communication",
            "tags": "conflict",
        },
    )


# --- Search engine down --------------------------------------------------------------------------
@pytest.fixture
def search_down(tmp_path):
    """The Whoosh folder cannot be created or opened (a file stands where it should be)."""
    options = connections["default"].options
    real = options["PATH"]
    (tmp_path / "not-a-folder").write_text("")
    options["PATH"] = str(tmp_path / "not-a-folder" / "index")
    connections["default"].reset_sessions()
    yield
    options["PATH"] = real
    connections["default"].reset_sessions()


def test_search_down_posting_voting_and_reporting_still_work(world, search_down):
    asked = _ask(_as(world.member), "How do we stop the same fight about chores?")
    assert asked.status_code == 302
    question = Question.objects.get(topic__subject__contains="chores")
    answered = _as(world.specialist).post(
        f"/questions/{question.pk}/answer/",
        {"body": "Write the chores down together, then trade one each week."},
    )
    assert answered.status_code == 302 and question.answers.count() == 1
    assert (
        _as(world.other_member)
        .post(f"/posts/{question.topic.first_post_id}/vote/", {"value": "1"})
        .status_code
        == 302
    )
    flagged = _as(world.other_member).post(
        f"/report/{POST_KEY}/{question.answers.get().post_id}/", {"reason": "unsafe"}
    )
    assert flagged.status_code == 302
    assert Vote.objects.filter(post=question.topic.first_post).count() == 1
    answer_post = str(question.answers.get().post_id)
    assert Flag.objects.filter(flagger=world.other_member, item__target_id=answer_post).count() == 1

    _reads_are_served(world, Client(), _as(world.asker))
    assert "Search is resting" in Client().get("/search/?q=chores").content.decode()
    # Nothing is lost for search either: the changes wait in the queue for the engine.
    assert IndexTask.objects.filter(label="questions.question", object_pk=str(question.pk))
    assert indexing.drain(ignore_backoff=True).failed > 0
    assert IndexTask.objects.filter(label="questions.question", object_pk=str(question.pk))


# --- Redis down ----------------------------------------------------------------------------------
def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens there once the probe is closed


@pytest.fixture(scope="module")
def redis_down_settings():
    """Haven's own settings for REDIS_URL, read in a fresh interpreter, with Redis down."""
    url = f"redis://127.0.0.1:{_closed_port()}/0"
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "CACHE_URL")}
    env.update(DJANGO_SETTINGS_MODULE="haven.settings", REDIS_URL=url)
    probe = (
        "import json, django; from django.conf import settings as s; django.setup();"
        "print(json.dumps({'CACHES': s.CACHES, 'SESSION_ENGINE': s.SESSION_ENGINE,"
        " 'RATELIMIT_USE_CACHE': s.RATELIMIT_USE_CACHE}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    loaded = json.loads(out.stdout.strip().splitlines()[-1])
    caches = {alias: loaded["CACHES"][alias] for alias in ("default", "ratelimit")}
    caches["machina_attachments"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    return {
        "CACHES": caches,
        "SESSION_ENGINE": loaded["SESSION_ENGINE"],
        "RATELIMIT_USE_CACHE": loaded["RATELIMIT_USE_CACHE"],
    }


@pytest.fixture
def redis_down(redis_down_settings, world):
    clients = {role: _as(world.users[role]) for role in ("member", "other_member", "specialist")}
    with override_settings(**redis_down_settings):  # Django resets its cache handlers
        yield clients


def test_redis_down_reads_degrade_to_cache_misses(world, redis_down):
    from django.core.cache import cache, caches

    assert "django_redis" in type(caches["default"]).__module__
    assert cache.get("anything") is None  # a miss, not an exception
    _reads_are_served(world, Client(), redis_down["member"], redis_down["specialist"])


def test_redis_down_writes_are_accepted_and_kept(world, redis_down):
    """Rate limits count in the process's memory meanwhile, so nothing has to be refused."""
    assert (
        _ask(redis_down["member"], "How do I say sorry without making excuses?").status_code == 302
    )
    assert Question.objects.filter(topic__subject__startswith="How do I say sorry").exists()
    redis_down["other_member"].post(f"/posts/{world.answer.post_id}/vote/", {"value": "1"})
    assert Vote.objects.filter(post_id=world.answer.post_id, value=1).count() == 1
    answered = redis_down["specialist"].post(
        f"/questions/{world.question.pk}/answer/",
        {"body": "Say what you did, how it landed, and what you will do differently."},
    )
    assert answered.status_code == 302 and world.question.answers.count() == 2
    reported = redis_down["member"].post(
        f"/report/{POST_KEY}/{world.reply.pk}/", {"reason": "spam"}
    )
    assert reported.status_code == 302 and Flag.objects.filter(reason="spam").count() == 1
    signup = Client().post("/accounts/signup/", {"username": "river", "email": "r@example.org"})
    assert signup.status_code == 302 and len(mail.outbox) == 1


def test_redis_down_members_can_log_in_and_the_login_limit_still_holds(world, redis_down):
    visitor = Client()
    logged_in = visitor.post(
        "/accounts/login/", {"username": world.member.username, "password": PASSWORD}
    )
    assert logged_in.status_code == 302
    assert visitor.get("/accounts/settings/").status_code == 200

    guesser = Client()
    guesses = [
        guesser.post("/accounts/login/", {"username": world.asker.username, "password": "wrong"})
        for _ in range(6)
    ]
    assert [response.status_code for response in guesses] == [200] * 5 + [429]
    assert "slow down" in guesses[-1].content.decode().lower()


def test_redis_down_members_stay_logged_in_and_search_still_answers(world, redis_down):
    """Sessions live in the database (Redis only caches them); searching is a read."""
    member = redis_down["member"]
    page = member.get("/accounts/settings/")
    assert page.status_code == 200 and world.member.email in page.content.decode()
    for _ in range(3):
        assert Client().get("/search/?q=trust").status_code == 200


def test_redis_down_everything_accepted_before_is_still_there(world, redis_down):
    assert Question.objects.filter(pk=world.question.pk).exists()
    assert Answer.objects.filter(pk=world.answer.pk).exists()
    page = Client().get(world.question.get_absolute_url()).content.decode()
    assert world.answer.post.content.raw[:40] in page


# --- Mail server down ----------------------------------------------------------------------------
class ExplodingMailBackend(BaseEmailBackend):
    """A mail server that refuses every connection."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("the mail server is down")


@pytest.fixture
def mail_down(settings):
    settings.EMAIL_BACKEND = f"{__name__}.ExplodingMailBackend"


def test_mail_down_the_writes_that_send_mail_are_kept(
    world, mail_down, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        answered = _as(world.specialist).post(
            f"/questions/{world.anonymous.pk}/answer/",
            {"body": "Missing him is normal; let the evenings hold something new for you."},
        )
        contacted = _as(world.asker).post(
            "/specialists/dr-sage/contact/",
            {"message": "Could we talk about trust?", "contact_method": "haven"},
        )
        hidden = _as(world.moderator).post(
            f"/moderation/items/{POST_KEY}/{world.reply.pk}/hide/",
            {"reason": "Shares someone's private address."},
        )
    assert answered.status_code == 302 and world.anonymous.answers.count() == 1
    assert contacted.status_code == 302
    assert ConsultationRequest.objects.filter(member=world.asker).count() == 1
    assert hidden.status_code == 302 and Hidden.objects.filter(target_id=str(world.reply.pk))
    assert AuditEntry.objects.filter(action="hide").count() == 1
    # The in-app notifications were written even though no e-mail could go.
    assert Notification.objects.filter(user=world.asker, kind="answer").exists()
    assert Notification.objects.filter(user=world.specialist, kind="consultation").exists()
    assert Notification.objects.filter(user=world.other_member, kind="moderation_hidden")
    _reads_are_served(world)


def test_mail_down_sign_up_and_password_reset_still_answer_calmly(world, mail_down):
    client = Client(raise_request_exception=False)
    signup = client.post("/accounts/signup/", {"username": "river", "email": "r@example.org"})
    assert signup.status_code == 302 and signup.url == "/accounts/signup/sent/?unsent=1"
    assert "We could not send the e-mail just now" in client.get(signup.url).content.decode()
    # The same for an address that has an account: still nothing given away.
    taken = client.post("/accounts/signup/", {"username": "river2", "email": world.member.email})
    assert taken.url == signup.url
    reset = client.post("/accounts/password/reset/", {"email": world.member.email})
    assert reset.status_code == 302 and reset.url == "/accounts/password/reset/sent/"
    assert (
        Client().post("/accounts/login/", {"username": "mira", "password": PASSWORD}).status_code
        == 302
    )


# --- Disk full -----------------------------------------------------------------------------------
class FullDiskStorage(FileSystemStorage):
    """A real file system storage on a disk with no space left."""

    def _save(self, name, content):
        raise OSError(errno.ENOSPC, "No space left on device", name)


def _png(name="me.png"):
    return SimpleUploadedFile(name, image_bytes(), content_type="image/png")


@pytest.fixture
def disk_full(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": f"{__name__}.FullDiskStorage"},
    }


def test_disk_full_a_new_picture_is_refused_and_the_rest_of_the_settings_saved(world, disk_full):
    member = world.member
    response = _as(member).post(
        "/accounts/settings/",
        {
            "display_name": "Mira R",
            "email": member.email,
            "bio": "Learning to trust again.",
            "location": "Leeds",
            "avatar": _png(),
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "We could not store your file just now" in page
    assert "Your other settings are saved" in page
    member.refresh_from_db()
    assert (member.display_name, member.bio, member.location) == (
        "Mira R",
        "Learning to trust again.",
        "Leeds",
    )
    assert not member.avatar
    _reads_are_served(world, _as(member))


def test_disk_full_credential_documents_are_refused_and_the_application_form_kept(
    world, monkeypatch
):
    field = CredentialDocument._meta.get_field("file")
    monkeypatch.setattr(field, "storage", FullDiskStorage(location="/nonexistent"))
    applicant = _as(world.member)
    data = application_data(bio="I help couples find their way back to each other, gently.")
    response = applicant.post("/specialists/apply/", {**data, "documents": [pdf()], "submit": "1"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "We could not store your file just now" in page
    # What the member typed is all still in the form, ready to send again.
    assert 'value="LMFT-12345"' in page and "gently." in page
    assert not CredentialDocument.objects.filter(profile__user=world.member).exists()
    _reads_are_served(world)
