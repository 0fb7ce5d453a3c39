"""Many requests about one thing at the same moment, through the site, on PostgreSQL.

Each test starts its requests together (a barrier), each in its own thread with its own
database connection, as gunicorn workers would, and then checks the exact final state: no
duplicate, no lost update, no error page. SQLite serialises every write, so these need
PostgreSQL (the CI's second run sets DATABASE_URL). The service-level vote race is in
tests/test_votes.py; here the same happens through the views.
"""

import threading

import pytest
from django.db import connection, connections
from django.test import Client

from moderation.models import AuditEntry, Flag, Hidden, ReviewItem
from profiles.models import Notification
from questions.models import Follow, Question, Vote, VoteMilestone
from tests import factories

POST_KEY = "forum_conversation.post"
ON_POSTGRES = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs PostgreSQL: set DATABASE_URL (the CI's second run does); SQLite serialises "
    "every write, so races cannot happen there",
)
pytestmark = [pytest.mark.postgres]


def logged_in(user) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def at_once(*calls):
    """Run the calls in parallel threads, started together; their results, in order."""
    barrier = threading.Barrier(len(calls))
    results, errors = [None] * len(calls), []

    def run(index, call):
        try:
            barrier.wait()
            results[index] = call()
        except Exception as error:  # collected and asserted below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=pair) for pair in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    return results


def statuses(responses) -> list[int]:
    return [response.status_code for response in responses]


ASK = {
    "title": "How do I stop checking his phone every night?",
    "body": "I know it is hurting us both, and I still do it when he is asleep.",
    "board": "breakups",
    "tags": "trust",
}


# --- Runs everywhere: asking twice is asking once -------------------------------------------------
@pytest.mark.django_db
def test_a_resubmitted_question_is_the_same_question(client, member):
    client.force_login(member)
    first = client.post("/questions/ask/", ASK)
    again = client.post("/questions/ask/", ASK)
    assert first.url == again.url
    assert Question.objects.filter(topic__poster=member).count() == 1
    different = client.post("/questions/ask/", {**ASK, "body": ASK["body"] + " Help."})
    assert different.url != first.url
    assert Question.objects.filter(topic__poster=member).count() == 2


# --- PostgreSQL ----------------------------------------------------------------------------------
@ON_POSTGRES
@pytest.mark.django_db(transaction=True)
def test_a_double_submitted_question_is_saved_once(boards):
    asker = factories.UserFactory()
    follower = factories.make_specialist()
    from questions import follows

    follows.follow(user=follower, board=factories.ask_board("breakups"))
    clients = [logged_in(asker) for _ in range(4)]
    responses = at_once(*[lambda c=c: c.post("/questions/ask/", ASK) for c in clients])
    assert statuses(responses) == [302] * 4
    assert len({response.url for response in responses}) == 1
    question = Question.objects.get(topic__poster=asker)
    assert question.topic.posts.count() == 1
    assert Follow.objects.filter(user=asker, question=question).count() == 1
    assert Notification.objects.filter(user=follower, kind="new_question").count() == 1


@ON_POSTGRES
@pytest.mark.django_db(transaction=True)
def test_parallel_votes_through_the_site_keep_an_exact_score(boards):
    question = factories.make_question()
    answer = factories.make_answer(question)
    voters = [factories.UserFactory() for _ in range(10)]
    clients = [logged_in(user) for user in voters]
    url = f"/posts/{answer.post_id}/vote/"
    # Everyone votes up twice at once (a double click)...
    responses = at_once(*[lambda c=c: c.post(url, {"value": "1"}) for c in clients * 2])
    assert statuses(responses) == [302] * 20
    answer.refresh_from_db()
    assert answer.score == 10 and Vote.objects.filter(post=answer.post).count() == 10
    # ...then half change their mind while the other half vote again.
    responses = at_once(
        *[lambda c=c: c.post(url, {"value": "-1"}) for c in clients[:5]],
        *[lambda c=c: c.post(url, {"value": "1"}) for c in clients[5:]],
    )
    assert statuses(responses) == [302] * 10
    answer.refresh_from_db()
    assert answer.score == 0 and Vote.objects.filter(post=answer.post, value=-1).count() == 5
    milestones = VoteMilestone.objects.filter(post=answer.post).values_list("score", flat=True)
    assert sorted(milestones) == [1, 5, 10]
    told = Notification.objects.filter(user=answer.post.poster, kind="vote_milestone")
    assert told.count() == 3  # once each, however the score moved


@ON_POSTGRES
@pytest.mark.django_db(transaction=True)
def test_parallel_helped_marks_end_in_one_mark_and_one_notification(boards):
    asker = factories.UserFactory()
    question = factories.make_question(asker)
    first = factories.make_answer(question)
    second = factories.make_answer(question)
    url = f"/questions/{question.pk}/helped/"
    clients = [logged_in(asker) for _ in range(6)]
    responses = at_once(*[lambda c=c: c.post(url, {"answer": first.pk}) for c in clients])
    assert statuses(responses) == [302] * 6
    assert Question.objects.get(pk=question.pk).helped_answer_id == first.pk
    assert Notification.objects.filter(kind="helpful").count() == 1

    # Moving the mark at once from several tabs: moved once, its new author told once.
    responses = at_once(*[lambda c=c: c.post(url, {"answer": second.pk}) for c in clients])
    assert statuses(responses) == [302] * 6
    assert Question.objects.get(pk=question.pk).helped_answer_id == second.pk
    assert Notification.objects.filter(kind="helpful", user=second.post.poster).count() == 1
    # Removing it at once: removed, nobody told anything more.
    responses = at_once(*[lambda c=c: c.post(url, {}) for c in clients])
    assert statuses(responses) == [302] * 6
    assert Question.objects.get(pk=question.pk).helped_answer_id is None
    assert Notification.objects.filter(kind="helpful").count() == 2


@ON_POSTGRES
@pytest.mark.django_db(transaction=True)
def test_parallel_reports_on_one_post_make_one_review_item_and_hide_it_once(boards):
    author = factories.UserFactory()
    question = factories.make_question(author)
    reporters = [factories.UserFactory() for _ in range(5)]
    url = f"/report/{POST_KEY}/{question.topic.first_post_id}/"
    clients = [logged_in(user) for user in reporters]
    # Each member reports twice at once (a double-submitted form).
    responses = at_once(*[lambda c=c: c.post(url, {"reason": "spam"}) for c in clients * 2])
    assert 500 not in statuses(responses)
    assert sorted(statuses(responses)) == [302] * 5 + [400] * 5
    item = ReviewItem.objects.get(status=ReviewItem.Status.OPEN)
    assert item.flag_count == 5 and Flag.objects.filter(item=item).count() == 5
    assert Hidden.objects.filter(target_id=str(question.topic.first_post_id)).count() == 1
    assert AuditEntry.objects.filter(action="auto_hide").count() == 1
    assert Notification.objects.filter(user=author, kind="moderation_hidden").count() == 1


@ON_POSTGRES
@pytest.mark.django_db(transaction=True)
def test_parallel_moderators_claim_and_hide_one_item_once(boards):
    from moderation import services as moderation

    author = factories.UserFactory()
    question = factories.make_question(author)
    post = question.topic.first_post
    moderation.flag(flagger=factories.UserFactory(), target=post, reason="unsafe")
    item = ReviewItem.objects.get()
    moderators = [factories.make_moderator() for _ in range(4)]
    clients = [logged_in(user) for user in moderators]

    claim = f"/moderation/reviews/{item.pk}/claim/"
    responses = at_once(*[lambda c=c: c.post(claim) for c in clients])
    assert statuses(responses) == [302] * 4
    item.refresh_from_db()
    assert item.claimed_by in moderators
    holder = clients[moderators.index(item.claimed_by)]

    # Everyone presses "Hide" at once; only the holder of the claim may, and it happens once.
    hide = f"/moderation/items/{POST_KEY}/{post.pk}/hide/"
    reason = {"reason": "Unsafe advice about medication."}
    responses = at_once(*[lambda c=c: c.post(hide, reason) for c in [holder, *clients]])
    assert 500 not in statuses(responses)
    assert Hidden.objects.filter(target_id=str(post.pk)).count() == 1
    assert AuditEntry.objects.filter(action="hide").count() == 1
    assert Notification.objects.filter(user=author, kind="moderation_hidden").count() == 1
    item.refresh_from_db()
    assert item.status == ReviewItem.Status.RESOLVED and item.resolution == "hidden"


@ON_POSTGRES
@pytest.mark.django_db(transaction=True)
def test_parallel_hides_of_an_unreported_post_hide_it_once(boards):
    author = factories.UserFactory()
    question = factories.make_question(author)
    post = question.topic.first_post
    clients = [logged_in(factories.make_moderator()) for _ in range(4)]
    hide = f"/moderation/items/{POST_KEY}/{post.pk}/hide/"
    responses = at_once(
        *[lambda c=c: c.post(hide, {"reason": "Names a real person."}) for c in clients]
    )
    assert 500 not in statuses(responses)
    assert Hidden.objects.filter(target_id=str(post.pk)).count() == 1
    assert AuditEntry.objects.filter(action="hide").count() == 1
    assert Notification.objects.filter(user=author, kind="moderation_hidden").count() == 1


@pytest.mark.django_db
def test_hiding_and_restoring_an_unanswered_question_keeps_its_count(boards, moderator):
    """Found by the parallel hides above: recounting a question with no answer wrote NULL."""
    from moderation import services as moderation

    question = factories.make_question()
    post = question.topic.first_post
    moderation.hide(moderator=moderator, target=post, reason="Names a real person.")
    moderation.restore(moderator=moderator, target=post, reason="The name was removed.")
    assert Question.objects.get(pk=question.pk).answer_count == 0
