"""The whole account cycle, through the pages."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from tests.factories import PASSWORD, UserFactory

User = get_user_model()
NEW_PASSWORD = "Another-long-passphrase-77"


def sign_up(client, **fields):
    data = {"username": "river", "email": "River@Example.org", **fields}
    return client.post("/accounts/signup/", data)


def emailed_link(message) -> str:
    return re.search(r"http://testserver(/accounts/signup/confirm/\S+/)", message.body).group(1)


@pytest.mark.django_db
def test_sign_up_emails_a_link_that_sets_the_password_logs_in_and_returns_to_next(client, boards):
    response = sign_up(client, next="/questions/ask/")
    assert response.status_code == 302 and response.url == "/accounts/signup/sent/"
    assert "Check your e-mail" in client.get(response.url).content.decode()
    assert not User.objects.filter(username="river").exists()  # nothing until the link is used
    (message,) = mail.outbox
    assert message.to == ["river@example.org"] and message.subject == "Your Haven sign-up"

    page = client.get(emailed_link(message))
    assert "Choose your password" in page.content.decode() and "river" in page.content.decode()
    response = client.post(emailed_link(message), {"password1": PASSWORD, "password2": PASSWORD})
    assert response.status_code == 302 and response.url == "/questions/ask/"
    user = User.objects.get(username="river")
    assert user.email == "river@example.org" and user.is_active
    assert user.password.startswith("argon2")
    assert client.get("/questions/ask/").status_code == 200
    # The link has done its work.
    again = client.get(emailed_link(message))
    assert again.status_code == 400 and "already been used" in again.content.decode()


@pytest.mark.django_db
def test_sign_up_with_a_taken_address_looks_exactly_like_a_new_one(client, boards):
    UserFactory(username="juniper", email="june@example.org")
    new = sign_up(client, username="river", email="river@example.org")
    taken = sign_up(client, username="willow", email="June@Example.org")
    assert (new.status_code, new.url) == (taken.status_code, taken.url)
    assert client.get(new.url).content == client.get(taken.url).content
    assert not User.objects.filter(username="willow").exists()
    first, second = mail.outbox
    assert first.subject == second.subject
    assert second.to == ["june@example.org"]
    assert "already has an account" in second.body and "juniper" in second.body
    assert "/accounts/signup/confirm/" not in second.body
    assert "/accounts/password/reset/" in second.body


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "message", "kept"),
    [
        ({"email": "not-an-email"}, "Enter a valid email address", 'value="river"'),
        ({"username": ""}, "This field is required", 'value="River@Example.org"'),
        ({"username": "bad name!"}, "Enter a valid username", 'value="River@Example.org"'),
    ],
)
def test_sign_up_errors_are_explained_and_keep_input(client, fields, message, kept):
    response = sign_up(client, **fields)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert kept in response.content.decode()
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_taken_username_is_reported_because_usernames_are_public(client):
    UserFactory(username="River")
    response = sign_up(client, username="river", email="someone-new@example.org")
    assert "That username is taken" in response.content.decode()
    assert mail.outbox == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("passwords", "message"),
    [
        (("short", "short"), "too short"),
        (("password123", "password123"), "too common"),
        ((PASSWORD, "different-Passphrase-9"), "didn’t match"),
        (("river-example", "river-example"), "too similar"),
    ],
)
def test_weak_passwords_are_refused_on_the_link_page(client, passwords, message):
    sign_up(client)
    link = emailed_link(mail.outbox[0])
    response = client.post(link, {"password1": passwords[0], "password2": passwords[1]})
    assert response.status_code == 200 and message in response.content.decode()
    assert not User.objects.filter(username="river").exists()


@pytest.mark.django_db
def test_tampered_expired_and_overtaken_links_are_explained(client):
    from django.core import signing

    from profiles import signup

    sign_up(client)
    link = emailed_link(mail.outbox[0])
    broken = client.get(link[:-6] + "xxxxx/")
    assert broken.status_code == 400 and "This link does not work" in broken.content.decode()

    old = signing.TimestampSigner(salt=signup._SALT)
    old.timestamp = lambda: signing.b62_encode(1)  # signed in 1970
    expired = client.get(f"/accounts/signup/confirm/{old.sign_object({'u': 'x', 'e': 'x@y.z'})}/")
    assert expired.status_code == 400 and "expired" in expired.content.decode()

    UserFactory(username="RIVER", email="other@example.org")  # took the username meanwhile
    taken = client.get(link)
    assert taken.status_code == 400 and "took that username" in taken.content.decode()


@pytest.mark.django_db
def test_log_in_and_out(client):
    user = UserFactory(username="juniper")
    response = client.post("/accounts/login/", {"username": "juniper", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/").context["user"] == user
    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert not client.get("/").context["user"].is_authenticated


@pytest.mark.django_db
def test_wrong_password_gets_a_clear_message(client):
    UserFactory(username="juniper")
    response = client.post("/accounts/login/", {"username": "juniper", "password": "nope"})
    assert "Please enter a correct username and password" in response.content.decode()


@pytest.mark.django_db
def test_password_change(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post(
        "/accounts/password/change/",
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


@pytest.mark.django_db
def test_password_reset_by_email_end_to_end(client):
    user = UserFactory(username="juniper", email="juniper@example.org", display_name="June")
    response = client.post("/accounts/password/reset/", {"email": "juniper@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["juniper@example.org"]
    assert message.subject == "Reset your Haven password"
    assert "Hello June" in message.body
    assert "If it was not you, ignore this message" in message.body
    link = re.search(r"http://testserver(/accounts/password/reset/\S+/)", message.body).group(1)
    response = client.get(link, follow=True)
    assert "Choose a new password" in response.content.decode()
    response = client.post(
        response.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


@pytest.mark.django_db
def test_password_reset_for_unknown_email_looks_the_same(client):
    """The page, and the mail sent, are alike whether or not the address has an account: a
    prober learns nothing, and a person who forgot which address they used is told."""
    UserFactory(username="juniper", email="juniper@example.org")
    known = client.post("/accounts/password/reset/", {"email": "juniper@example.org"})
    unknown = client.post("/accounts/password/reset/", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known.url == unknown.url == "/accounts/password/reset/sent/"
    assert [m.to for m in mail.outbox] == [["juniper@example.org"], ["nobody@example.org"]]
    assert mail.outbox[0].subject == mail.outbox[1].subject == "Reset your Haven password"
    note = mail.outbox[1].body
    assert "there is no Haven account here" in note
    assert "http://testserver/accounts/signup/" in note
    assert "juniper" not in note


@pytest.mark.django_db
def test_password_reset_mails_to_one_address_are_limited(client):
    statuses = [
        client.post("/accounts/password/reset/", {"email": "target@example.org"}).status_code
        for _ in range(6)
    ]
    assert statuses == [302] * 5 + [429]
    assert len(mail.outbox) == 5


@pytest.mark.django_db
def test_account_settings_page_saves_public_fields(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post(
        "/accounts/settings/",
        {"display_name": "  Sam   R ", "email": user.email, "bio": "Hello", "location": "Leeds"},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.display_name, user.bio, user.location) == ("Sam R", "Hello", "Leeds")
    page = client.get(user.get_absolute_url()).content.decode()
    assert "Sam R" in page and "Leeds" in page


@pytest.mark.django_db
def test_login_is_rate_limited_with_a_clear_page(client):
    UserFactory(username="juniper")
    statuses = [
        client.post("/accounts/login/", {"username": "juniper", "password": "guess"}).status_code
        for _ in range(6)
    ]
    assert statuses[:5] == [200] * 5
    assert statuses[5] == 429
    page = client.post("/accounts/login/", {"username": "juniper", "password": "x"})
    assert "Please wait a moment" in page.content.decode()
