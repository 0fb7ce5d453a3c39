"""The question page runs the same, small number of SQL queries however many answers it has."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories

BUDGET = 15


def count_queries(client, url) -> int:
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
    assert large <= BUDGET


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
