"""Every moderation page and action, for a visitor, member, specialist, staff and moderator.

Staff status alone is not moderation: the *Moderators* group (or a superuser) decides.
"""

import pytest
from django.urls import reverse

from moderation import services
from moderation.models import AuditEntry, Flag, ReviewItem, Sanction
from tests import factories
from tests.moderation_helpers import (
    act_url,
    answered_question,
    flag_url,
    item_url,
    member_act_url,
)

ROLES = ["visitor", "member", "specialist", "staff", "moderator"]


@pytest.fixture(autouse=True)
def quick_passwords(settings):
    """Dozens of accounts per test: hash their passwords quickly (nothing here logs in by form)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def world(boards):
    author = factories.UserFactory()
    specialist = factories.make_specialist()
    question, answer = answered_question(author, specialist)
    anonymous = factories.make_question(
        author, title="Asked without my name, please", anonymous=True
    )
    services.flag(flagger=factories.UserFactory(), target=answer.post, reason="spam")
    target_member = factories.UserFactory()
    sanction = services.silence(
        moderator=factories.make_moderator(), user=target_member, days=2, reason="Insults again."
    )
    return {
        "post": answer.post,
        "question_post": question.topic.first_post,
        "anonymous": anonymous.topic.first_post,
        "item": ReviewItem.objects.get(),
        "member": target_member,
        "sanction": sanction,
        "specialist": specialist,
    }


def login_as(client, role, world):
    user = {
        "visitor": None,
        "member": factories.UserFactory(),
        "specialist": world["specialist"],
        "staff": factories.UserFactory(is_staff=True),
        "moderator": factories.make_moderator(),
    }[role]
    if user is not None:
        client.force_login(user)
    return user


def pages(world):
    post, member = world["post"], world["member"]
    return [
        reverse("moderation:queue"),
        reverse("moderation:approval"),
        reverse("moderation:hidden"),
        reverse("moderation:audit"),
        item_url(post),
        act_url(post, "hide"),
        act_url(post, "dismiss"),
        reverse("moderation:member", args=[member.username]),
        member_act_url(member, "warn"),
        "/forum/moderation/queue/",
    ]


def expect_refused(response, role):
    if role == "visitor":
        assert response.status_code == 302 and response.url.startswith(reverse("login"))
    else:
        assert response.status_code == 403


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_moderation_pages(client, world, role):
    login_as(client, role, world)
    for url in pages(world):
        response = client.get(url)
        if role == "moderator":
            assert response.status_code in (200, 302), url
            if response.status_code == 302:
                assert not response.url.startswith(reverse("login")), url
        else:
            expect_refused(response, role)


ACTIONS = {
    "hide": lambda w: (act_url(w["post"], "hide"), {"reason": "Unsafe advice here."}),
    "edit": lambda w: (act_url(w["post"], "edit"), {"text": "Changed.", "reason": "Tidy up."}),
    "dismiss": lambda w: (act_url(w["post"], "dismiss"), {"reason": "Fine as it is."}),
    "lock": lambda w: (act_url(w["question_post"], "lock"), {"reason": "Getting heated."}),
    "claim": lambda w: (reverse("moderation:claim", args=[w["item"].pk]), {}),
    "reveal": lambda w: (
        reverse(
            "moderation:reveal", kwargs={"key": "forum_conversation.post", "pk": w["anonymous"].pk}
        ),
        {"reason": "Needed to contact them."},
    ),
    "warn": lambda w: (member_act_url(w["member"], "warn"), {"reason": "Please be kind."}),
    "suspend": lambda w: (
        member_act_url(w["member"], "suspend"),
        {"days": "7", "reason": "Threats again."},
    ),
    "lift": lambda w: (
        reverse("moderation:lift", args=[w["sanction"].pk]),
        {"reason": "Apologised sincerely."},
    ),
}


def changed(world) -> dict:
    post = world["post"]
    post.refresh_from_db()
    item = ReviewItem.objects.get(pk=world["item"].pk)
    return {
        "approved": post.approved,
        "content": post.content.raw,
        "item": (item.status, item.claimed_by_id),
        "locked": post.topic.status,
        "sanctions": Sanction.objects.filter(lifted_at__isnull=True).count(),
        "audit": AuditEntry.objects.count(),
    }


@pytest.mark.django_db
@pytest.mark.parametrize("action", sorted(ACTIONS))
@pytest.mark.parametrize("role", ROLES)
def test_moderation_actions(client, world, role, action):
    login_as(client, role, world)
    url, data = ACTIONS[action](world)
    before = changed(world)
    response = client.post(url, data)
    if role == "moderator":
        assert response.status_code in (200, 302)
        assert changed(world) != before, f"{action} did nothing for a moderator"
    else:
        expect_refused(response, role)
        assert changed(world) == before, f"{action} changed something for a {role}"


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_members_side_pages(client, world, role):
    user = login_as(client, role, world)
    for url in (
        flag_url(world["post"]),
        reverse("moderation:my_flags"),
        reverse("moderation:my_account"),
    ):
        response = client.get(url)
        if user is None:
            assert response.status_code == 302 and response.url.startswith(reverse("login"))
        elif url == flag_url(world["post"]) and user == world["specialist"]:
            assert response.status_code == 403  # nobody reports their own answer
        else:
            assert response.status_code == 200, (role, url)


@pytest.mark.django_db
def test_a_superuser_moderates_without_the_group(client, world):
    client.force_login(factories.UserFactory(is_staff=True, is_superuser=True))
    assert client.get(reverse("moderation:queue")).status_code == 200


@pytest.mark.django_db
def test_services_check_permissions_too(world):
    member = factories.UserFactory()
    for call in (
        lambda: services.hide(moderator=member, target=world["post"], reason="Not allowed."),
        lambda: services.warn(moderator=member, user=world["member"], reason="Not allowed."),
        lambda: services.reveal_author(
            moderator=member, target=world["anonymous"], reason="Not allowed."
        ),
    ):
        with pytest.raises(Exception) as raised:
            call()
        assert raised.type.__name__ == "PermissionDenied"
    assert Flag.objects.count() == 1
