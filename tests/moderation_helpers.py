"""Small builders shared by the moderation tests (flags, queue, actions, sanctions, audit)."""

from django.urls import reverse

from forum import services as board_services
from forum.models import Board
from moderation.registry import target_key
from tests import factories


def board(slug="general") -> Board:
    return Board.objects.select_related("forum").get(slug=slug)


def community_topic(author, subject="What helped you heal?", content="Share one small thing."):
    return board_services.start_topic(
        forum=board("general").forum, poster=author, subject=subject, content=content
    )


def topic_page(topic) -> str:
    """machina's page of a board topic."""
    return reverse(
        "forum_conversation:topic",
        kwargs={
            "forum_slug": topic.forum.slug,
            "forum_pk": topic.forum_id,
            "slug": topic.slug,
            "pk": topic.pk,
        },
    )


def topic_form(topic, name: str, **extra) -> str:
    """machina's form under a topic: ``post_create``, or ``post_update`` with ``pk=``."""
    kwargs = {
        "forum_slug": topic.forum.slug,
        "forum_pk": topic.forum_id,
        "topic_slug": topic.slug,
        "topic_pk": topic.pk,
    }
    return reverse(f"forum_conversation:{name}", kwargs={**kwargs, **extra})


def reply(topic, author, content="Walking, every day, helped me most."):
    return board_services.add_post(topic=topic, poster=author, content=content)


def answered_question(asker, specialist, *, body=None, **question):
    found = factories.make_question(asker, **question)
    answer = factories.make_answer(found, specialist, **({"body": body} if body else {}))
    return found, answer


def flag_url(obj) -> str:
    return reverse("moderation:flag", kwargs={"key": target_key(obj), "pk": obj.pk})


def item_url(obj) -> str:
    return reverse("moderation:item", kwargs={"key": target_key(obj), "pk": obj.pk})


def act_url(obj, action: str) -> str:
    return reverse(
        "moderation:act", kwargs={"key": target_key(obj), "pk": obj.pk, "action": action}
    )


def member_act_url(user, action: str) -> str:
    return reverse("moderation:member_act", kwargs={"username": user.username, "action": action})


def text(response) -> str:
    return response.content.decode()
