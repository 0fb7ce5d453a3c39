"""The heart of Haven in a real browser: ask anonymously, a specialist answers with references,
another member votes, the asker marks the answer that helped."""

import pytest
from playwright.sync_api import expect

from questions.models import Answer, Question
from tests import factories
from tests.browser.helpers import log_in, log_out


@pytest.mark.django_db(transaction=True)
def test_ask_anonymously_answer_vote_and_mark_helped(page, screenshot, boards):
    asker = factories.UserFactory(username="rowan", display_name="Rowan Ash")
    specialist = factories.make_specialist(username="dr_lee", display_name="Dr. Mina Lee")
    voter = factories.UserFactory(username="kit")

    # The asker starts from the home page's ask box and asks anonymously.
    log_in(page, asker)
    page.goto("/")
    page.get_by_label("Your question").fill("She asked for space. How long should I wait?")
    page.get_by_role("button", name="Ask your question").click()
    assert page.get_by_label("Your question in one sentence").input_value().startswith("She asked")
    page.get_by_label("What is happening").fill(
        "We were together two years. Last week she said she needs space to think. "
        "I do not know whether to message her or stay quiet."
    )
    page.get_by_label("Category").select_option(label="Breakups & Reconnecting")
    page.get_by_label("Tags").fill("space, No Contact")
    page.get_by_label("Ask anonymously").check()
    page.get_by_role("button", name="Preview").click()
    expect(page.get_by_role("heading", name="Preview")).to_be_visible()
    page.get_by_role("button", name="Ask your question").click()
    expect(page.get_by_text("Your question is posted")).to_be_visible()
    question = Question.objects.get()
    assert question.is_anonymous
    assert "Rowan Ash" not in page.locator("main").inner_html()  # only the own menu names them
    expect(page.locator(".q-by .person-anonymous")).to_have_count(1)
    log_out(page)

    # A verified specialist answers with references.
    log_in(page, specialist)
    page.goto(question.get_absolute_url())
    page.get_by_role("textbox", name="Your answer").fill(
        "Space is a request for time, not always an ending. Ask once, kindly, what she means "
        "by space and for how long, then respect the answer."
    )
    page.get_by_label("References (optional)").fill(
        "Johnson, S. (2008). Hold Me Tight. Little, Brown.\nTatkin, S. (2012). Wired for Love."
    )
    page.get_by_role("button", name="Publish your answer").click()
    expect(page.locator("ol.references li")).to_have_count(2)
    log_out(page)

    # Another member votes the answer up, in place.
    log_in(page, voter)
    page.goto(question.get_absolute_url())
    answer = Answer.objects.get()
    widget = page.locator(f"#answer-{answer.pk} .vote")
    widget.get_by_role("button", name="Vote up: this is useful").click()
    expect(widget.locator(".vote-score")).to_have_text("1")  # updated in place
    answer.refresh_from_db()
    assert answer.score == 1
    log_out(page)

    # The asker marks it as the answer that helped.
    log_in(page, asker)
    page.goto(question.get_absolute_url())
    page.get_by_role("button", name="Mark as helpful").click()
    expect(page.get_by_text("This answer helped the person who asked")).to_be_visible()
    question.refresh_from_db()
    assert question.helped_answer == answer
    log_out(page)
    page.goto(question.get_absolute_url())
    screenshot(page, "question-page")
    assert "Rowan Ash" not in page.content() and "rowan" not in page.content()
