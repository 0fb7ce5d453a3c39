"""Every write of Q&A: asking, answering, voting, marking the answer that helped."""

import re
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from forum import services as board_services
from forum.models import Board
from forum.permissions import can_reply, can_start_topic
from moderation.permissions import sanction_message
from profiles.permissions import is_verified_specialist
from questions import follows, indexing, notify, page_cache, permissions
from questions.models import Answer, Article, Question, Tag, Vote

MAX_TAGS = 5
# An identical question from the same member within this time is the same question.
RESUBMIT_WINDOW = timedelta(minutes=10)
TAG_MAX_LENGTH = 32
_TAG_JUNK = re.compile(r"[^a-z0-9\-]+")


def refusal(user, default: str) -> str:
    """Why a write is refused: a sanction's reason and end date first, else ``default``."""
    return sanction_message(user) or default


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
        raise PermissionDenied(refusal(author, "You cannot ask in this category."))
    if (same := _just_asked(author=author, title=title.strip(), body=body.strip())) is not None:
        return same
    topic = board_services.start_topic(
        forum=board.forum, poster=author, subject=title.strip(), content=body.strip()
    )
    question = Question.objects.create(topic=topic, is_anonymous=anonymous)
    question.tags.set(_tags(normalise_tags(tags)))
    follows.follow_as_asker(question)
    notify.question_asked(question)
    return question


def _just_asked(*, author, title: str, body: str) -> Question | None:
    """The same question from the same member a moment ago (a double-submitted form), if any.

    The member's row is locked first, so two identical requests arriving at once run one after
    the other and the second finds the first: asking is idempotent within ``RESUBMIT_WINDOW``.
    """
    get_user_model().objects.select_for_update().only("pk").get(pk=author.pk)
    recent = Question.objects.filter(
        topic__poster=author,
        topic__subject=title,
        created__gte=timezone.now() - RESUBMIT_WINDOW,
    ).select_related("topic__first_post")
    return next((q for q in recent if q.topic.first_post.content.raw.strip() == body), None)


@transaction.atomic
def answer_question(*, question: Question, author, body: str, references: str = "") -> Answer:
    """Only a verified specialist answers, checked here and by machina's board permissions."""
    if not is_verified_specialist(author) or not can_reply(author, question.topic):
        raise PermissionDenied(refusal(author, "Only verified specialists answer questions here."))
    post = board_services.add_post(topic=question.topic, poster=author, content=body.strip())
    answer = Answer.objects.create(
        post=post, question=question, references=_clean_references(references)
    )
    Question.objects.filter(pk=question.pk).update(answer_count=F("answer_count") + 1)
    _page_changed(question.pk)
    notify.answer_published(answer)
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
        raise PermissionDenied(refusal(user, "You cannot vote on your own post."))
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
        _page_changed(scored.question_id if isinstance(scored, Answer) else scored.pk)
        notify.score_changed(post=post, old=scored.score, new=scored.score + value - old)
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
    # Parallel marks apply one after another, each seeing the last one's result (so the answer's
    # author is told once, not once per click).
    question = Question.objects.select_for_update().get(pk=question.pk)
    notify.helped_marked(question=question, answer=answer)
    Question.objects.filter(pk=question.pk).update(helped_answer=answer)
    question.helped_answer = answer
    indexing.enqueue_object(question)  # update() sends no signal: "has a helped answer" changed
    _page_changed(question.pk)
    return question


def _page_changed(question_id: int) -> None:
    """Cached copies of the question page are stale once this transaction commits."""
    transaction.on_commit(lambda: page_cache.invalidate(question_id))
