"""Abuse: every way of writing (and searching) is rate-limited with a clear page; sign-up and
password reset never say whether an address has an account; sessions rotate on login and end
on logout; passwords are stored as Argon2 hashes."""

import re

import pytest
from django.conf import settings
from django.contrib.sessions.backends.base import SessionBase
from django.core import mail
from django.test import Client
from django.utils.module_loading import import_string

from tests import factories
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db
POST_KEY = "forum_conversation.post"


def _login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _community_topic_url(world) -> str:
    t = world.topic
    return f"/forum/forum/{t.forum.slug}-{t.forum_id}/topic/{t.slug}-{t.pk}/post/create/"


# (what, who, method, URL, data, how many are allowed in a row). Each request counts even when
# its form is refused, so a script cannot probe for free.
LIMITS = [
    ("log in", "visitor", "post", "/accounts/login/", {"username": "mira", "password": "x"}, 5),
    ("sign up", "visitor", "post", "/accounts/signup/", {"username": "", "email": "x"}, 5),
    ("password reset", "visitor", "post", "/accounts/password/reset/", {"email": "x"}, 5),
    ("ask", "member", "post", "/questions/ask/", {}, 5),
    ("answer", "specialist", "post", lambda w: f"/questions/{w.question.pk}/answer/", {}, 10),
    ("reply on a board", "other_member", "post", _community_topic_url, {}, 10),
    ("vote", "member", "post", lambda w: f"/posts/{w.answer.post_id}/vote/", {}, 60),
    ("report", "asker", "post", lambda w: f"/report/{POST_KEY}/{w.reply.pk}/", {}, 5),
    ("contact a specialist", "asker", "post", "/specialists/dr-sage/contact/", {}, 5),
    ("search", "visitor", "get", "/search/?q=", {}, 120),
]


@pytest.mark.parametrize(
    ("what", "role", "method", "url", "data", "allowed"), LIMITS, ids=[x[0] for x in LIMITS]
)
def test_every_write_and_search_is_rate_limited_with_a_clear_page(
    world, what, role, method, url, data, allowed
):
    client = Client() if role == "visitor" else _login(world.users[role])
    url = url(world) if callable(url) else url
    send = getattr(client, method)
    statuses = [send(url, data).status_code for _ in range(allowed)]
    assert 429 not in statuses, f"{what}: limited too early"
    limited = send(url, data)
    assert limited.status_code == 429, what
    page = limited.content.decode()
    assert "Please wait a moment" in page and "What you wrote is still in your browser" in page


def test_the_login_limit_is_per_username_too(world):
    """Guessing one member's password from many addresses is still stopped."""
    for n in range(5):
        Client(REMOTE_ADDR=f"10.0.0.{n}").post(
            "/accounts/login/", {"username": "mira", "password": f"guess-{n}"}
        )
    response = Client(REMOTE_ADDR="10.0.0.99").post(
        "/accounts/login/", {"username": "mira", "password": PASSWORD}
    )
    assert response.status_code == 429


# --- No account enumeration ----------------------------------------------------------------------
def _outside_view(response, client) -> tuple:
    """What someone without the mailbox sees: status, where it leads, and that page."""
    page = client.get(response.url).content if response.status_code == 302 else b""
    return response.status_code, response.get("Location"), page


def test_sign_up_does_not_reveal_whether_an_address_has_an_account(world):
    client = Client()
    taken = client.post("/accounts/signup/", {"username": "new-one", "email": "mira@example.org"})
    free = client.post("/accounts/signup/", {"username": "new-two", "email": "nobody@example.org"})
    assert _outside_view(taken, client) == _outside_view(free, client)
    assert [m.subject for m in mail.outbox] == ["Your Haven sign-up", "Your Haven sign-up"]
    assert not type(world.member).objects.filter(username__in=["new-one", "new-two"]).exists()


def test_password_reset_does_not_reveal_whether_an_address_has_an_account(world):
    client = Client()
    known = client.post("/accounts/password/reset/", {"email": "mira@example.org"})
    unknown = client.post("/accounts/password/reset/", {"email": "nobody@example.org"})
    assert _outside_view(known, client) == _outside_view(unknown, client)
    # Each address gets a mail with the same subject (a reset link, or "no account here").
    assert [m.to for m in mail.outbox] == [["mira@example.org"], ["nobody@example.org"]]
    assert len({m.subject for m in mail.outbox}) == 1


def test_a_sign_up_link_cannot_be_forged_for_someone_elses_address(world):
    client = Client()
    client.post("/accounts/signup/", {"username": "river", "email": "river@example.org"})
    link = re.search(r"(/accounts/signup/confirm/\S+/)", mail.outbox[0].body).group(1)
    token = link.split("/")[-2]
    payload, rest = token.split(":", 1)
    forged = f"/accounts/signup/confirm/{payload[:-2]}xx:{rest}/"
    assert client.get(forged).status_code == 400


# --- Sessions ------------------------------------------------------------------------------------
def _store() -> type[SessionBase]:
    return import_string(f"{settings.SESSION_ENGINE}.SessionStore")


def test_logging_in_rotates_the_session_and_logging_out_ends_it(world):
    client = Client()
    planted = _store()()
    planted["planted_by"] = "an attacker"  # session fixation: a key chosen before login
    planted.create()
    client.cookies[settings.SESSION_COOKIE_NAME] = planted.session_key

    response = client.post("/accounts/login/", {"username": "mira", "password": PASSWORD})
    assert response.status_code == 302
    after_login = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert after_login != planted.session_key
    assert not _store()().exists(planted.session_key)  # the old key is gone, not just unused
    assert client.get("/accounts/settings/").status_code == 200

    client.post("/accounts/logout/")
    assert not _store()().exists(after_login)
    assert client.get("/accounts/settings/").status_code == 302
    # Replaying the old cookie after logout does not log anyone in.
    replay = Client()
    replay.cookies[settings.SESSION_COOKIE_NAME] = after_login
    assert replay.get("/accounts/settings/").status_code == 302


def test_session_cookies_are_http_only_and_csrf_is_enforced(world):
    client = Client(enforce_csrf_checks=True)
    page = client.get("/accounts/login/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())
    assert (
        client.post("/accounts/login/", {"username": "mira", "password": PASSWORD}).status_code
        == 403
    )
    response = client.post(
        "/accounts/login/",
        {"username": "mira", "password": PASSWORD, "csrfmiddlewaretoken": token.group(1)},
    )
    assert response.status_code == 302
    assert response.cookies[settings.SESSION_COOKIE_NAME]["httponly"]
    assert response.cookies[settings.SESSION_COOKIE_NAME]["samesite"] == "Lax"


def test_passwords_are_stored_as_argon2id_hashes(db):
    user = factories.UserFactory()
    algorithm, variant, *_ = user.password.split("$")
    assert (algorithm, variant) == ("argon2", "argon2id")
    assert PASSWORD not in user.password


# --- Hostile sizes ------------------------------------------------------------------------------
def test_the_longest_reason_a_moderator_may_give_still_reaches_the_member(world):
    """A 1,000-character reason inside a notification used to overflow its 500-character column:
    PostgreSQL refused it, and with it the moderator's whole decision (a 500 page)."""
    moderator = _login(world.moderator)
    reason = ("Please keep other people's names and addresses out of your posts. " * 20)[:1000]
    hidden = moderator.post(
        f"/moderation/items/{POST_KEY}/{world.reply.pk}/hide/", {"reason": reason}
    )
    warned = moderator.post("/moderation/members/otto/warn/", {"reason": reason})
    assert hidden.status_code == warned.status_code == 302
    messages = world.other_member.notifications.values_list("message", flat=True)
    assert len(messages) == 2 and all(len(m) <= 500 and m.endswith("…") for m in messages)
