"""Following a question, an Ask category or a tag: the writes and the reads.

Who follows what decides who hears about it (``questions.notify``): followers of a question
about new answers, followers of a category or tag about new questions there. The asker follows
their own question automatically; a verified specialist can follow all their specialisations
in one click.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q

from forum.models import Board
from questions.models import Follow, Question
from questions.selectors import specialisations_of


def can_follow(user) -> bool:
    return user.is_authenticated and user.is_active


def _target(*, question=None, board=None, tag=None) -> dict:
    given = {"question": question, "board": board, "tag": tag}
    given = {name: value for name, value in given.items() if value is not None}
    if len(given) != 1:
        raise ValidationError("Follow one question, category or tag at a time.")
    if board is not None and board.kind != Board.Kind.ASK:
        raise ValidationError("Only the Ask a specialist categories can be followed.")
    if question is not None and not question.topic.approved:
        raise ValidationError("This question cannot be followed.")
    return given


def follow(*, user, question=None, board=None, tag=None) -> Follow:
    """Follow one target; following twice is harmless (returns the existing follow)."""
    if not can_follow(user):
        raise PermissionDenied("Log in to follow questions, categories and tags.")
    target = _target(question=question, board=board, tag=tag)
    existing = Follow.objects.filter(user=user, **target).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            return Follow.objects.create(user=user, **target)
    except IntegrityError:  # a double click raced the check above
        return Follow.objects.get(user=user, **target)


def unfollow(*, user, question=None, board=None, tag=None) -> int:
    target = _target(question=question, board=board, tag=tag)
    deleted, _ = Follow.objects.filter(user=user, **target).delete()
    return deleted


def follow_as_asker(question: Question) -> Follow:
    """The asker hears about answers to their question without doing anything."""
    return Follow.objects.get_or_create(user=question.topic.poster, question=question)[0]


@transaction.atomic
def follow_specialisations(*, user) -> list[Board]:
    """A verified specialist follows every category they are verified in."""
    fields = specialisations_of(user)
    if not fields:
        raise PermissionDenied("Only verified specialists have fields to follow.")
    for board in fields:
        follow(user=user, board=board)
    return fields


# --- Reads ----------------------------------------------------------------------------------


def is_following(user, *, question=None, board=None, tag=None) -> bool:
    if not user.is_authenticated:
        return False
    return Follow.objects.filter(
        user=user, **_target(question=question, board=board, tag=tag)
    ).exists()


def follows_of(user) -> dict[str, list[Follow]]:
    """The member's follows, by kind, for the *Following* page."""
    follows = (
        Follow.objects.filter(user=user)
        .filter(Q(question__isnull=True) | Q(question__topic__approved=True))
        .select_related("question__topic", "board__forum", "tag")
    )
    grouped = {"questions": [], "categories": [], "tags": []}
    for item in follows:
        if item.question_id:
            grouped["questions"].append(item)
        elif item.board_id:
            grouped["categories"].append(item)
        else:
            grouped["tags"].append(item)
    grouped["categories"].sort(key=lambda f: f.board.position)
    grouped["tags"].sort(key=lambda f: f.tag.name)
    return grouped


def unfollowed_specialisations(user) -> list[Board]:
    """A specialist's fields they do not follow yet (empty for everyone else)."""
    fields = specialisations_of(user)
    if not fields:
        return []
    followed = set(
        Follow.objects.filter(user=user, board__in=fields).values_list("board_id", flat=True)
    )
    return [board for board in fields if board.pk not in followed]


def question_followers(question: Question):
    """Active members following the question (the asker among them, unless they unfollowed)."""
    return _users(Follow.objects.filter(question=question))


def new_question_audience(question: Question):
    """Active members following the question's category or one of its tags (each once)."""
    tag_ids = list(question.tags.values_list("pk", flat=True))
    follows = Follow.objects.filter(
        Q(board__forum_id=question.topic.forum_id) | Q(tag_id__in=tag_ids)
    )
    return _users(follows)


def _users(follows):
    users = get_user_model().objects.filter(pk__in=follows.values("user_id"), is_active=True)
    return users.order_by("pk")
