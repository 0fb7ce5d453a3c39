"""'Leave this site quickly' replaces the page with a neutral site, by click or by Esc twice."""

import pytest
from playwright.sync_api import expect

NEUTRAL = "https://www.bbc.co.uk/weather"


def stub_neutral_site(page):
    # The machine has no internet: answer for the neutral site locally.
    page.route(
        NEUTRAL + "*",
        lambda route: route.fulfill(
            status=200, content_type="text/html", body="<title>Weather</title><h1>Weather</h1>"
        ),
    )


@pytest.mark.django_db(transaction=True)
def test_quick_exit_button_leaves_and_back_does_not_return(page, boards):
    stub_neutral_site(page)
    page.goto("/questions/")
    page.goto("/questions/unanswered/")
    page.get_by_role("link", name="Leave this site quickly").click()
    page.wait_for_url(NEUTRAL)
    assert page.title() == "Weather"
    page.go_back()
    # The page the person fled from is not in history any more.
    assert "/questions/unanswered/" not in page.url


@pytest.mark.django_db(transaction=True)
def test_escape_twice_leaves_the_site(phone_page, boards):
    stub_neutral_site(phone_page)
    phone_page.goto("/")
    expect(phone_page.get_by_role("link", name="Leave this site quickly")).to_be_visible()
    phone_page.keyboard.press("Escape")
    phone_page.keyboard.press("Escape")
    phone_page.wait_for_url(NEUTRAL)
