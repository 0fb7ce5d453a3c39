"""The question page runs the same, small number of SQL queries however many answers it has."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories

BUDGET = 15  # logged in: session, user, groups, permissions, own votes, notifications
VISITOR_BUDGET = 10


def count_queries(client, url) -> int:
    cache.clear()  # measure the page as rendered, not the visitors' page cache
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def question_with_answers(n: int):
    question = factories.make_question(title=f"A question with {n} answers about trust?")
    specialists = [factories.make_specialist() for _ in range(min(n, 5))]
    for i in range(n):
        factories.make_answer(
            question,
            specialists[i % len(specialists)],
            body=f"Answer number {i} with enough words to be valid.",
        )
    return question


@pytest.mark.django_db
@pytest.mark.parametrize("viewer", ["visitor", "member", "specialist"])
def test_question_page_query_count_is_constant_and_small(client, boards, viewer):
    one = question_with_answers(1)
    thirty = question_with_answers(30)
    if viewer != "visitor":
        user = factories.make_specialist() if viewer == "specialist" else factories.UserFactory()
        client.force_login(user)
    count_queries(client, one.get_absolute_url())  # warm: ContentTypes, permissions cache
    small = count_queries(client, one.get_absolute_url())
    large = count_queries(client, thirty.get_absolute_url())
    assert small == large, f"1 answer: {small} queries, 30 answers: {large}"
    assert large <= (VISITOR_BUDGET if viewer == "visitor" else BUDGET)


@pytest.mark.django_db
def test_list_pages_query_count_does_not_grow_with_rows(client, boards):
    for i in range(3):
        factories.make_question(title=f"Short list question number {i}?")
    count_queries(client, "/questions/")  # warm
    small = count_queries(client, "/questions/")
    for i in range(20):
        factories.make_question(title=f"Long list question number {i}?")
    assert count_queries(client, "/questions/") == small
    assert count_queries(client, "/") <= BUDGET


@pytest.mark.django_db
def test_visitors_share_a_cached_page_that_a_vote_or_answer_refreshes(
    client, boards, django_capture_on_commit_callbacks
):
    question = question_with_answers(2)
    url = question.get_absolute_url()
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        cached = client.get(url)
    assert len(queries) == 0
    assert cached.content.decode().count('class="vote-score"') == 3

    from questions import services

    voter = factories.UserFactory()
    answer = question.answers.first()
    with django_capture_on_commit_callbacks(execute=True):
        services.cast_vote(user=voter, post=answer.post, value=1)
    page = client.get(url).content.decode()
    assert '<span class="vote-score">1</span>' in page

    with django_capture_on_commit_callbacks(execute=True):
        factories.make_answer(question, body="A third answer arrives after the page was cached.")
    assert "A third answer arrives" in client.get(url).content.decode()

    # A moderator-style change made through machina (the topic becomes unapproved) is seen.
    with django_capture_on_commit_callbacks(execute=True):
        question.topic.approved = False
        question.topic.save()
    assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_logged_in_members_never_get_the_shared_page(client, boards):
    question = question_with_answers(1)
    url = question.get_absolute_url()
    client.get(url)  # a visitor fills the cache
    member = factories.UserFactory()
    client.force_login(member)
    page = client.get(url).content.decode()
    assert member.public_name in page  # their own menu, not the visitor's page
