"""The default moderation target: a machina ``Post`` — a question, an answer, an article, a
comment on an article, or a community board topic or reply.

Hiding a post sets machina's ``approved=False``: machina and Haven's selectors already leave
unapproved posts out of every public page, list, feed and the search index (and machina makes
a topic unapproved with its first post). ``moderation.models.Hidden`` records why, so the
*Awaiting approval* tab never mixes hidden posts with new ones.
"""

from django.urls import reverse
from machina.apps.forum_conversation.models import Post, Topic

from forum import registry as board_registry
from forum.models import Board
from moderation import registry

# (name of a topic's first post, name of a reply), per kind of board.
KIND_NAMES = {
    Board.Kind.ASK: ("question", "answer"),
    Board.Kind.ARTICLES: ("article", "comment on an article"),
    Board.Kind.COMMUNITY: ("board topic", "board reply"),
}


def post_joins() -> list[str]:
    """What showing a post needs, in one query: its topic, board and poster, and every
    one-to-one extension apps above keep on a topic or post (a question, an answer…), found
    by introspection so moderation never names them."""
    extensions = [f"topic__{r.name}" for r in Topic._meta.related_objects if r.one_to_one]
    extensions += [r.name for r in Post._meta.related_objects if r.one_to_one]
    return ["topic", "topic__forum", "topic__forum__board", "poster", *extensions]


def is_first_post(post) -> bool:
    first = post.topic.first_post_id
    return first is None or first == post.pk


def post_kind(post) -> str:
    board = getattr(post.topic.forum, "board", None)
    head, reply = KIND_NAMES.get(board.kind if board else None, ("topic", "reply"))
    return head if is_first_post(post) else reply


def post_label(post) -> str:
    kind = post_kind(post)
    subject = post.topic.subject
    return (
        f"{kind.capitalize()} “{subject}”"
        if is_first_post(post)
        else f"{kind.capitalize()} in “{subject}”"
    )


def post_url(post) -> str:
    topic = post.topic
    page = board_registry.topic_url(topic)
    if page:
        return page if is_first_post(post) else f"{page}#post-{post.pk}"
    page = reverse(
        "forum_conversation:topic",
        kwargs={
            "forum_slug": topic.forum.slug,
            "forum_pk": topic.forum_id,
            "slug": topic.slug,
            "pk": topic.pk,
        },
    )
    return page if is_first_post(post) else f"{page}?post={post.pk}#{post.pk}"


def post_text(post) -> str:
    return post.content.raw if post.content else ""


def set_approved(post, approved: bool) -> None:
    """machina keeps its counters (and the topic's own flag for a first post) in ``save``."""
    post.approved = approved
    post.save()


def hide_post(post) -> None:
    set_approved(post, False)


def restore_post(post) -> None:
    set_approved(post, True)


def edit_post(post, *, text: str, editor, reason: str) -> None:
    post.content = text
    post.update_reason = reason[:255]
    post.updated_by = editor
    post.updates_count = (post.updates_count or 0) + 1
    post.save()


def register_posts() -> None:
    registry.register_target(
        Post,
        label=post_label,
        url=post_url,
        author=lambda post: post.poster,
        author_id=lambda post: post.poster_id,
        kind=post_kind,
        text=post_text,
        hide=hide_post,
        restore=restore_post,
        edit=edit_post,
        is_anonymous=board_registry.is_anonymous_post,
    )
