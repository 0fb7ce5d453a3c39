"""The whole account cycle, through the pages."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from tests.factories import PASSWORD, UserFactory

User = get_user_model()
NEW_PASSWORD = "Another-long-passphrase-77"


@pytest.mark.django_db
def test_sign_up_logs_in_and_returns_to_next(client, boards):
    response = client.post(
        "/accounts/signup/",
        {
            "username": "river",
            "email": "River@Example.org",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "next": "/questions/ask/",
        },
    )
    assert response.status_code == 302 and response.url == "/questions/ask/"
    user = User.objects.get(username="river")
    assert user.email == "river@example.org"
    assert user.password.startswith("argon2")
    assert client.get("/questions/ask/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"password1": "short", "password2": "short"}, "too short"),
        ({"password1": "password123", "password2": "password123"}, "too common"),
        ({"password2": "different-Passphrase-9"}, "didn’t match"),
        ({"email": "not-an-email"}, "Enter a valid email address"),
        ({"username": ""}, "This field is required"),
    ],
)
def test_sign_up_errors_are_explained_and_keep_input(client, fields, message):
    data = {
        "username": "river",
        "email": "river@example.org",
        "password1": PASSWORD,
        "password2": PASSWORD,
        **fields,
    }
    response = client.post("/accounts/signup/", data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not User.objects.filter(username="river").exists()
    if data["username"]:
        assert 'value="river"' in response.content.decode()


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
    response = client.post("/accounts/password/reset/", {"email": "nobody@example.org"})
    assert response.status_code == 302 and response.url == "/accounts/password/reset/sent/"
    assert mail.outbox == []


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
