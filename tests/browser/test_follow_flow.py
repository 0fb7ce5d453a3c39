"""In a real browser: a specialist follows their fields, a member asks anonymously, the
specialist sees the bell and the notification (never the asker's name), and later unfollows."""

import pytest
from playwright.sync_api import expect

from forum.models import Board
from tests import factories
from tests.browser.helpers import log_in, log_out


@pytest.mark.django_db(transaction=True)
def test_follow_fields_get_notified_and_unfollow(page, phone_page, screenshot, boards):
    specialist = factories.make_specialist(username="dr_kim", display_name="Dr. Jo Kim")
    specialist.specialist.specialisations.set([Board.objects.get(slug="breakups")])
    asker = factories.UserFactory(username="wren", display_name="Wren Secret")

    log_in(page, specialist)
    page.goto("/following/")
    page.get_by_role("button", name="Follow my fields").click()
    expect(page.get_by_text("You follow your fields now")).to_be_visible()
    log_out(page)

    factories.make_question(
        asker, anonymous=True, title="Is it okay to grieve a relationship I ended?"
    )

    log_in(page, specialist)
    bell = page.get_by_role("link", name="Notifications, 1 unread")
    expect(bell).to_be_visible()
    bell.click()
    note = page.get_by_role("link", name="New question in Breakups & Reconnecting")
    expect(note).to_be_visible()
    main = page.locator("main").inner_text()
    assert "Wren" not in main and "wren" not in main
    screenshot(page, "notifications-new-question")

    note.click()
    follow = page.get_by_role("button", name="Follow this question")
    follow.click()
    expect(page.get_by_role("button", name="Following this question")).to_be_visible()
    page.goto("/categories/breakups/")
    page.get_by_role("button", name="Following this category").click()
    expect(page.get_by_role("button", name="Follow this category")).to_be_visible()
    screenshot(page, "category-follow-button")

    log_in(phone_page, specialist)
    phone_page.goto("/following/")
    screenshot(phone_page, "following-phone")
    expect(phone_page.get_by_role("button", name="Unfollow")).to_have_count(1)  # the question
