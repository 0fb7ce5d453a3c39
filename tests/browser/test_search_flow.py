"""Searching in a real browser: the header box, filters, highlighted snippets, the empty state
and a new question that becomes findable once the queue is drained — on a phone-sized screen."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from questions import indexing
from tests import factories


@pytest.mark.django_db(transaction=True)
def test_search_from_the_header_filter_and_ask(phone_page, page, screenshot, boards):
    call_command("clear_index", interactive=False, verbosity=0)
    member = factories.UserFactory()
    specialist = factories.make_specialist(display_name="Dr. Noor Haddad")
    question = factories.make_question(
        member,
        board="communication",
        title="We keep having the same argument about chores",
        body="Every Sunday it starts again. <b>How</b> do we stop the loop?",
        tags=["chores", "conflict"],
    )
    factories.make_answer(question, specialist, body="Try a weekly planning talk, not a fight.")
    indexing.drain(ignore_backoff=True)

    page.goto("/")
    page.fill("#header-q", "argument chores")
    page.press("#header-q", "Enter")
    page.wait_for_url("**/search/?q=argument+chores")
    expect(page.locator(".search-hit")).to_have_count(2)
    assert page.locator(".hit-snippet mark").first.inner_text().lower() in {"argument", "chores"}
    page.click("text=Filters and sorting")
    page.select_option("#id_type", "answers")
    page.click("text=Apply")
    expect(page.locator(".search-hit")).to_have_count(1)
    assert page.locator(".hit-kind").text_content() == "Specialist's answer"
    expect(page.locator(".search-hit")).to_contain_text("Dr. Noor Haddad")
    screenshot(page, "search-filtered")

    phone_page.goto("/search/?q=gardening+tulips")
    assert "Nobody has asked about" in phone_page.inner_text("main")
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360
    screenshot(phone_page, "search-empty-phone")
    phone_page.click("text=Ask this question")
    phone_page.wait_for_url("**/accounts/login/**")  # visitors log in first, then ask

    phone_page.goto("/search/?q=chores")
    expect(phone_page.locator(".search-hit")).to_have_count(2)
    screenshot(phone_page, "search-results-phone")
