"""Writes that touch machina. The one module (with ``selectors``) that knows its internals."""

from django.contrib.auth.models import Group
from django.db import transaction
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post, Topic
from machina.apps.forum_permission.models import (
    ForumPermission,
    GroupForumPermission,
    UserForumPermission,
)

from forum import boards
from forum.models import Board


def _category(name: str) -> Forum:
    forum = Forum.objects.filter(name=name, type=Forum.FORUM_CAT, parent=None).first()
    if forum is None:
        forum = Forum.objects.create(name=name, type=Forum.FORUM_CAT)
    return forum


def _board(spec: boards.BoardSpec, kind: str, parent: Forum | None, position: int) -> Board:
    board = Board.objects.filter(slug=spec.slug).select_related("forum").first()
    if board is None:
        forum = Forum.objects.create(
            name=spec.name, description=spec.description, type=Forum.FORUM_POST, parent=parent
        )
        return Board.objects.create(forum=forum, kind=kind, slug=spec.slug, position=position)
    forum = board.forum
    if (forum.name, forum.parent_id) != (spec.name, getattr(parent, "pk", None)):
        forum.name, forum.parent = spec.name, parent
        forum.save()
    if (board.kind, board.position) != (kind, position):
        board.kind, board.position = kind, position
        board.save(update_fields=["kind", "position"])
    return board


def _grant_user_perm(codename: str, forum: Forum | None, *, anonymous: bool, granted: bool = True):
    UserForumPermission.objects.update_or_create(
        permission=ForumPermission.objects.get(codename=codename),
        forum=forum,
        user=None,
        anonymous_user=anonymous,
        authenticated_user=not anonymous,
        defaults={"has_perm": granted},
    )


def _grant_group_perm(codename: str, forum: Forum | None, group: Group, granted: bool = True):
    GroupForumPermission.objects.update_or_create(
        permission=ForumPermission.objects.get(codename=codename),
        forum=forum,
        group=group,
        defaults={"has_perm": granted},
    )


@transaction.atomic
def setup_forums() -> dict[str, int]:
    """Create (or bring up to date) groups, boards and machina permissions. Idempotent."""
    specialists, _ = Group.objects.get_or_create(name=boards.SPECIALISTS_GROUP)
    moderators, _ = Group.objects.get_or_create(name=boards.MODERATORS_GROUP)

    ask_category = _category(boards.ASK_CATEGORY_NAME)
    all_boards = [
        _board(spec, Board.Kind.ASK, ask_category, i) for i, spec in enumerate(boards.ASK_BOARDS)
    ]
    all_boards.append(_board(boards.ARTICLES_BOARD, Board.Kind.ARTICLES, None, 0))
    community = _category(boards.COMMUNITY_CATEGORY_NAME)
    all_boards += [
        _board(spec, Board.Kind.COMMUNITY, community, i)
        for i, spec in enumerate(boards.COMMUNITY_BOARDS)
    ]

    for codename in boards.EVERYONE_READS:
        _grant_user_perm(codename, None, anonymous=True)
    for codename in boards.MEMBER_BASICS:
        _grant_user_perm(codename, None, anonymous=False)
    for board in all_boards:
        rules = boards.KIND_RULES[board.kind]
        for codename, granted in rules["members"].items():
            _grant_user_perm(codename, board.forum, anonymous=False, granted=granted)
        for codename, granted in rules["specialists"].items():
            _grant_group_perm(codename, board.forum, specialists, granted)
    for codename in boards.MODERATOR_PERMS:
        _grant_group_perm(codename, None, moderators)
    return {
        "boards": Board.objects.count(),
        "groups": Group.objects.filter(
            name__in=[boards.SPECIALISTS_GROUP, boards.MODERATORS_GROUP]
        ).count(),
        "permissions": UserForumPermission.objects.count() + GroupForumPermission.objects.count(),
    }


def start_topic(*, forum: Forum, poster, subject: str, content: str, approved=True) -> Topic:
    """Create a machina topic with its first post, keeping machina's counters right."""
    topic = Topic.objects.create(
        forum=forum,
        poster=poster,
        subject=subject,
        type=Topic.TOPIC_POST,
        status=Topic.TOPIC_UNLOCKED,
        approved=approved,
    )
    Post.objects.create(
        topic=topic, poster=poster, subject=subject, content=content, approved=approved
    )
    topic.refresh_from_db()
    return topic


def add_post(*, topic: Topic, poster, content: str, approved=True) -> Post:
    """Reply in a machina topic (machina updates the topic's and forum's counters on save)."""
    return Post.objects.create(
        topic=topic,
        poster=poster,
        subject=f"Re: {topic.subject}"[:255],
        content=content,
        approved=approved,
    )
