"""Who hears about what happens in Q&A. Called from ``questions.services``.

Every notification is written after the triggering transaction commits (a rolled-back answer
tells nobody) and re-checks that the content is still public. None of them ever names the
person who asked: followers read "a new question in Breakups", never who asked it, so an
*Anonymous* asker stays anonymous in notifications and e-mails too.
"""

import logging

from django.db import transaction
from django.utils.text import Truncator

from profiles.notifications import notify
from questions import follows
from questions.models import Answer, Question, VoteMilestone

log = logging.getLogger(__name__)
MILESTONES = (1, 5, 10, 25, 50, 100, 250, 500, 1000)


def _title(question: Question) -> str:
    return Truncator(question.topic.subject).chars(90)


def _after_commit(function, *args) -> None:
    transaction.on_commit(lambda: function(*args), robust=True)


# --- A new question: its category's and tags' followers --------------------------------------


def question_asked(question: Question) -> None:
    _after_commit(_tell_new_question, question.pk)


def _tell_new_question(question_id: int) -> None:
    question = (
        Question.objects.select_related("topic", "topic__forum").filter(pk=question_id).first()
    )
    if question is None or not question.topic.approved:
        return
    message = f"New question in {question.topic.forum.name}: “{_title(question)}”"
    for user in follows.new_question_audience(question).exclude(pk=question.topic.poster_id):
        notify(user=user, kind="new_question", message=message, url=question.get_absolute_url())


# --- A new answer: the question's followers ------------------------------------------------


def answer_published(answer: Answer) -> None:
    _after_commit(_tell_new_answer, answer.pk)


def _tell_new_answer(answer_id: int) -> None:
    answer = (
        Answer.objects.select_related("post", "post__poster", "question__topic")
        .filter(pk=answer_id)
        .first()
    )
    if answer is None or not answer.post.approved or not answer.question.topic.approved:
        return
    question = answer.question
    url = f"{question.get_absolute_url()}#answer-{answer.pk}"
    author = answer.post.poster.public_name
    followers = follows.question_followers(question).exclude(pk=answer.post.poster_id)
    for user in followers:
        if user.pk == question.topic.poster_id:
            message = f"{author} answered your question “{_title(question)}”."
        else:
            message = f"{author} answered a question you follow: “{_title(question)}”."
        notify(user=user, kind="answer", message=message, url=url)


# --- "This helped" -----------------------------------------------------------------------


def helped_marked(*, question: Question, answer: Answer | None) -> None:
    """Call before the mark is saved: tells the answer's author when the mark is new."""
    if answer is None or answer.pk == question.helped_answer_id:
        return
    _after_commit(_tell_helped, answer.pk)


def _tell_helped(answer_id: int) -> None:
    answer = (
        Answer.objects.select_related("post__poster", "question__topic")
        .filter(pk=answer_id)
        .first()
    )
    if answer is None or answer.question.helped_answer_id != answer.pk:
        return  # the mark moved again before this ran
    if answer.post.poster_id == answer.question.topic.poster_id:
        return
    notify(
        user=answer.post.poster,
        kind="helpful",
        message=f"The person who asked “{_title(answer.question)}” marked your answer as "
        "the one that helped.",
        url=f"{answer.question.get_absolute_url()}#answer-{answer.pk}",
    )


# --- Vote milestones ------------------------------------------------------------------------


def score_changed(*, post, old: int, new: int) -> None:
    """Call inside the vote's transaction, with the scored row locked.

    Each milestone is recorded once per post (a unique row), so a score that falls and rises
    again past 5 tells its author about 5 only the first time.
    """
    if new <= old or new not in MILESTONES:
        return
    _, created = VoteMilestone.objects.get_or_create(post=post, score=new)
    if created:
        _after_commit(_tell_milestone, post.pk, new)


def _tell_milestone(post_id: int, score: int) -> None:
    answer = (
        Answer.objects.select_related("post__poster", "question__topic")
        .filter(post_id=post_id)
        .first()
    )
    if answer is not None:
        question, poster, what = answer.question, answer.post.poster, "Your answer to"
        url = f"{question.get_absolute_url()}#answer-{answer.pk}"
    else:
        question = (
            Question.objects.select_related("topic__poster")
            .filter(topic__first_post_id=post_id)
            .first()
        )
        if question is None:
            return
        poster, what, url = question.topic.poster, "Your question", question.get_absolute_url()
    if not question.topic.approved:
        return
    reached = "received its first up-vote" if score == 1 else f"reached a score of {score}"
    notify(
        user=poster,
        kind="vote_milestone",
        message=f"{what} “{_title(question)}” {reached}.",
        url=url,
    )
