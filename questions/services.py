"""Every write of Q&A: asking, answering, voting, marking the answer that helped."""

import re

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F

from forum import services as board_services
from forum.models import Board
from forum.permissions import can_reply, can_start_topic
from profiles.permissions import is_verified_specialist
from questions import permissions
from questions.models import Answer, Article, Question, Tag, Vote

MAX_TAGS = 5
TAG_MAX_LENGTH = 32
_TAG_JUNK = re.compile(r"[^a-z0-9\-]+")


def normalise_tags(raw) -> list[str]:
    """ "Long Distance, trust,TRUST , " -> ["long-distance", "trust"]: lower-case, trimmed,
    spaces to hyphens, de-duplicated in order, each at most TAG_MAX_LENGTH characters."""
    items = raw.split(",") if isinstance(raw, str) else list(raw)
    tags: list[str] = []
    for item in items:
        tag = _TAG_JUNK.sub("", "-".join(str(item).strip().lower().split()))
        tag = tag.strip("-")[:TAG_MAX_LENGTH].strip("-")
        if tag and tag not in tags:
            tags.append(tag)
    return tags


def _tags(names: list[str]) -> list[Tag]:
    if len(names) > MAX_TAGS:
        raise ValidationError(f"Use at most {MAX_TAGS} tags.")
    return [Tag.objects.get_or_create(name=name)[0] for name in names]


@transaction.atomic
def ask_question(
    *, author, board: Board, title: str, body: str, tags=(), anonymous: bool = False
) -> Question:
    if board.kind != Board.Kind.ASK:
        raise ValidationError("Questions go in an Ask a specialist category.")
    if not can_start_topic(author, board.forum):
        raise PermissionDenied("You cannot ask in this category.")
    topic = board_services.start_topic(
        forum=board.forum, poster=author, subject=title.strip(), content=body.strip()
    )
    question = Question.objects.create(topic=topic, is_anonymous=anonymous)
    question.tags.set(_tags(normalise_tags(tags)))
    return question


@transaction.atomic
def answer_question(*, question: Question, author, body: str, references: str = "") -> Answer:
    """Only a verified specialist answers, checked here and by machina's board permissions."""
    if not is_verified_specialist(author) or not can_reply(author, question.topic):
        raise PermissionDenied("Only verified specialists answer questions here.")
    post = board_services.add_post(topic=question.topic, poster=author, content=body.strip())
    answer = Answer.objects.create(
        post=post, question=question, references=_clean_references(references)
    )
    Question.objects.filter(pk=question.pk).update(answer_count=F("answer_count") + 1)
    return answer


def _clean_references(text: str) -> str:
    return "\n".join(line.strip() for line in (text or "").splitlines() if line.strip())


@transaction.atomic
def publish_article(*, author, board: Board, title: str, body: str, references: str = ""):
    if board.kind != Board.Kind.ARTICLES or not can_start_topic(author, board.forum):
        raise PermissionDenied("Only verified specialists publish articles.")
    topic = board_services.start_topic(
        forum=board.forum, poster=author, subject=title, content=body
    )
    return Article.objects.create(topic=topic, references=_clean_references(references))


def cast_vote(*, user, post, value: int) -> int:
    """Up (+1), down (-1) or withdraw (0) a vote; returns the post's new score.

    The scored row (the answer, or the question the post opens) is locked first, so votes on
    one post apply one after another and the score always equals the sum of the votes; the
    unique constraint on (user, post) backs that up.
    """
    if value not in (-1, 0, 1):
        raise ValidationError("A vote is up, down or withdrawn.")
    if not permissions.can_vote(user, post):
        raise PermissionDenied("You cannot vote on your own post.")
    with transaction.atomic():
        scored = _scored_rows(post).select_for_update().get()
        existing = Vote.objects.filter(user=user, post=post).first()
        old = existing.value if existing else 0
        if value == old:
            return scored.score
        if value == 0:
            existing.delete()
        elif existing:
            existing.value = value
            existing.save(update_fields=["value"])
        else:
            Vote.objects.create(user=user, post=post, value=value)
        type(scored).objects.filter(pk=scored.pk).update(score=F("score") + (value - old))
        return scored.score + value - old


def _scored_rows(post):
    """The row whose score a vote on this post moves: the answer, or the question it opens."""
    if Answer.objects.filter(post=post).exists():
        return Answer.objects.filter(post=post)
    return Question.objects.filter(topic__first_post=post)


@transaction.atomic
def mark_helped(*, user, answer: Answer | None, question: Question) -> Question:
    """The asker marks the answer that helped, moves the mark, or removes it (answer=None)."""
    if not permissions.can_mark_helped(user, question):
        raise PermissionDenied("Only the person who asked can mark the answer that helped.")
    if answer is not None and answer.question_id != question.pk:
        raise ValidationError("That answer belongs to another question.")
    Question.objects.filter(pk=question.pk).update(helped_answer=answer)
    question.helped_answer = answer
    return question
