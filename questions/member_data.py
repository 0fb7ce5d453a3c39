"""What Q&A adds to a member's data export and does when their account is deleted.

Registered with ``profiles.data`` in ``QuestionsConfig.ready`` (profiles cannot import us).
"""

from django.db import transaction
from django.db.models import F

from forum import accounts as board_accounts
from questions import indexing, page_cache
from questions.models import Answer, Follow, Question, Vote


def _iso(value):
    return value.isoformat() if value else None


def export_questions(user) -> list[dict]:
    """Every question the member asked, anonymous ones included: they are the member's own."""
    questions = (
        Question.objects.filter(topic__poster=user)
        .select_related("topic__forum", "topic__first_post")
        .prefetch_related("tags")
        .order_by("created", "pk")
    )
    return [
        {
            "id": question.pk,
            "title": question.topic.subject,
            "text": question.topic.first_post.content.raw if question.topic.first_post else "",
            "category": question.topic.forum.name,
            "tags": [tag.name for tag in question.tags.all()],
            "anonymous": question.is_anonymous,
            "score": question.score,
            "answers": question.answer_count,
            "visible": question.topic.approved,
            "created": _iso(question.created),
            "url": question.get_absolute_url(),
        }
        for question in questions
    ]


def export_answers(user) -> list[dict]:
    answers = (
        Answer.objects.filter(post__poster=user)
        .select_related("post", "question__topic")
        .order_by("created", "pk")
    )
    return [
        {
            "id": answer.pk,
            "question": answer.question.topic.subject,
            "text": answer.post.content.raw,
            "references": answer.reference_list,
            "score": answer.score,
            "helped": answer.question.helped_answer_id == answer.pk,
            "visible": answer.post.approved,
            "created": _iso(answer.created),
            "url": f"{answer.question.get_absolute_url()}#answer-{answer.pk}",
        }
        for answer in answers
    ]


def export_votes(user) -> list[dict]:
    votes = Vote.objects.filter(user=user).select_related("post__topic").order_by("created", "pk")
    return [
        {
            "value": "up" if vote.value > 0 else "down",
            "on": "question" if vote.post_id == vote.post.topic.first_post_id else "answer",
            "topic": vote.post.topic.subject,
            "post_id": vote.post_id,
            "created": _iso(vote.created),
        }
        for vote in votes
    ]


def export_follows(user) -> list[dict]:
    follows = Follow.objects.filter(user=user).select_related(
        "question__topic", "board__forum", "tag"
    )
    exported = []
    for follow in follows.order_by("created", "pk"):
        if follow.question_id:
            kind, name = "question", follow.question.topic.subject
        elif follow.board_id:
            kind, name = "category", follow.board.forum.name
        else:
            kind, name = "tag", follow.tag.name
        exported.append({"kind": kind, "name": name, "since": _iso(follow.created)})
    return exported


def forget_member(*, user, placeholder) -> None:
    """Before the member's posts go to ``placeholder``: take back their votes and follows, and
    refresh every page and search document that shows their name.

    Votes are deleted, not reassigned: (user, post) is unique, so two deleted members' votes on
    one post could not both belong to the placeholder. Each score is lowered in the same
    transaction, with the scored row locked as ``cast_vote`` does, so scores keep equalling the
    sum of their votes.
    """
    for vote in Vote.objects.filter(user=user).select_related("post"):
        _withdraw(vote)
    Follow.objects.filter(user=user).delete()
    topic_ids = board_accounts.topic_ids_touched_by(user)
    indexing.enqueue((indexing.TOPIC, pk, "update") for pk in topic_ids)
    for question_id in Question.objects.filter(topic_id__in=topic_ids).values_list("pk", flat=True):
        _refresh_page(question_id)


def _withdraw(vote: Vote) -> None:
    answer = Answer.objects.select_for_update().filter(post_id=vote.post_id).first()
    if answer is not None:
        Answer.objects.filter(pk=answer.pk).update(score=F("score") - vote.value)
        question_id = answer.question_id
    else:
        question = (
            Question.objects.select_for_update().filter(topic__first_post_id=vote.post_id).first()
        )
        question_id = question.pk if question else None
        if question is not None:
            Question.objects.filter(pk=question.pk).update(score=F("score") - vote.value)
    vote.delete()
    if question_id:
        _refresh_page(question_id)


def _refresh_page(question_id: int) -> None:
    transaction.on_commit(lambda: page_cache.invalidate(question_id))
