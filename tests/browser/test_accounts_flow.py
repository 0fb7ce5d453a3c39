"""A person signs up, logs in, opens a board and logs out — in a real browser."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from tests.factories import PASSWORD


@pytest.mark.django_db(transaction=True)
def test_sign_up_log_in_open_a_board_log_out(page, screenshot, boards):
    page.goto("/")
    page.get_by_role("link", name="Sign up").first.click()
    page.get_by_label("Username").fill("willow")
    page.get_by_label("Email").fill("willow@example.org")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", name="Check your e-mail")).to_have_count(1)
    # The e-mailed link confirms the address; the password is chosen there.
    link = re.search(r"https?://[^/\s]+(/accounts/signup/confirm/\S+/)", mail.outbox[-1].body)
    page.goto(link.group(1))
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password confirmation").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    expect(page.locator("body")).to_contain_text("Welcome to Haven")

    page.get_by_role("button", name="Log out").click()
    page.get_by_role("link", name="Log in").first.click()
    page.get_by_label("Username").fill("willow")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("link", name="willow").first).to_be_visible()

    page.get_by_role("link", name="Boards").first.click()
    page.get_by_role("link", name="General discussion").click()
    expect(page.get_by_role("heading", name="General discussion").first).to_be_visible()
    screenshot(page, "board-general")

    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_role("link", name="Log in").first).to_be_visible()
    screenshot(page, "logged-out-home")


@pytest.mark.django_db(transaction=True)
def test_home_is_usable_on_a_phone(phone_page, screenshot, boards):
    phone_page.goto("/")
    phone_page.get_by_role("button", name="Menu").click()
    expect(phone_page.get_by_role("link", name="Ask a question").first).to_be_visible()
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, "the page scrolls sideways on a 360px phone"
    screenshot(phone_page, "home-phone")
