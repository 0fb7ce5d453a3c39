"""Votes: one per member per post, change or withdraw, never on your own post."""

import threading

import pytest
from django.db import connection, connections

from questions.models import Answer, Question, Vote
from tests import factories


def vote(client, post, value, json=False):
    headers = {"HTTP_ACCEPT": "application/json"} if json else {}
    return client.post(f"/posts/{post.pk}/vote/", {"value": value}, **headers)


@pytest.mark.django_db
def test_up_change_and_withdraw_a_vote_on_an_answer(client, question, other_member):
    answer = factories.make_answer(question)
    client.force_login(other_member)
    assert vote(client, answer.post, 1, json=True).json() == {
        "score": 1,
        "value": 1,
        "error": None,
    }
    assert vote(client, answer.post, 1, json=True).json()["score"] == 1  # no double count
    assert vote(client, answer.post, -1, json=True).json()["score"] == -1  # changed
    assert vote(client, answer.post, 0, json=True).json()["score"] == 0  # withdrawn
    assert not Vote.objects.exists()


@pytest.mark.django_db
def test_vote_on_a_question_without_javascript_redirects_back(client, question, other_member):
    client.force_login(other_member)
    response = vote(client, question.topic.first_post, 1)
    assert response.status_code == 302 and response.url == question.get_absolute_url()
    question.refresh_from_db()
    assert question.score == 1
    page = client.get(response.url).content.decode()
    assert 'aria-pressed="true"' in page  # the member sees their vote


@pytest.mark.django_db
def test_no_vote_on_your_own_post(client, question, specialist):
    answer = factories.make_answer(question, specialist)
    client.force_login(question.topic.poster)
    response = vote(client, question.topic.first_post, 1, json=True)
    assert response.status_code == 403
    assert response.json()["error"] == "You cannot vote on your own post."
    client.force_login(specialist)
    assert vote(client, answer.post, 1, json=True).status_code == 403
    assert not Vote.objects.exists()
    page = client.get(question.get_absolute_url()).content.decode()
    assert f'action="/posts/{answer.post.pk}/vote/"' not in page


@pytest.mark.django_db
def test_visitor_is_sent_to_login(client, question):
    response = vote(client, question.topic.first_post, 1)
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    assert not Vote.objects.exists()


@pytest.mark.django_db
def test_nonsense_votes_and_replies_are_refused(client, question, other_member, specialist):
    client.force_login(other_member)
    assert vote(client, question.topic.first_post, 5, json=True).status_code == 400
    # A reply that is neither the question nor an answer cannot be voted on.
    from forum.services import add_post

    stray = add_post(topic=question.topic, poster=specialist, content="not an answer")
    assert vote(client, stray, 1).status_code == 404


@pytest.mark.django_db
def test_votes_are_rate_limited(client, question, other_member):
    answer = factories.make_answer(question)
    client.force_login(other_member)
    # The limit is 60 a minute; a window may roll over mid-test, so allow up to two windows.
    codes = []
    while 429 not in codes and len(codes) < 122:
        codes.append(vote(client, answer.post, (1, 0)[len(codes) % 2], json=True).status_code)
    assert 429 in codes
    assert codes.index(429) >= 60 and set(codes[: codes.index(429)]) == {200}


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_votes_on_postgresql_keep_an_exact_score(boards):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (the CI's second run sets DATABASE_URL)")
    from questions import services

    question = factories.make_question()
    answer = factories.make_answer(question)
    voters = [factories.UserFactory() for _ in range(16)]
    barrier = threading.Barrier(len(voters) * 2)
    errors = []

    def cast(user, value):
        try:
            barrier.wait()
            services.cast_vote(user=user, post=answer.post, value=value)
        except Exception as error:  # collected and asserted below
            errors.append(error)
        finally:
            connections.close_all()

    # Every voter sends two requests at once: an up vote and the same up vote again
    # (a double click); half of them then change to a down vote.
    threads = [threading.Thread(target=cast, args=(u, 1)) for u in voters for _ in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert Answer.objects.get(pk=answer.pk).score == 16
    assert Vote.objects.filter(post=answer.post).count() == 16

    barrier = threading.Barrier(8)
    threads = [threading.Thread(target=cast, args=(u, -1)) for u in voters[:8]]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert Answer.objects.get(pk=answer.pk).score == 8 - 8
    assert Question.objects.get(pk=question.pk).score == 0
