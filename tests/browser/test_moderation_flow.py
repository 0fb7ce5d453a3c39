"""Done when: a member flags an answer as unsafe, a moderator finds it at the right place in the
queue (below a crisis post that jumped ahead), hides it with a reason, the author is told, the
audit log shows it, and the crisis post shows the help banner — in a real browser."""

import re

import pytest
from playwright.sync_api import expect

from tests import factories
from tests.browser.helpers import log_in

UNSAFE_ANSWER = "Go to his flat tonight and confront him alone until he admits everything."
CRISIS_TITLE = "I can't see a way forward since she left"


@pytest.mark.django_db(transaction=True)
def test_flag_queue_hide_notify_audit_and_help_banner(
    page, browser, live_server, screenshot, boards
):
    asker, flagger = factories.UserFactory(), factories.UserFactory()
    specialist = factories.make_specialist()
    moderator = factories.make_moderator()
    question = factories.make_question(
        asker, title="Should I confront him about the lies?", body="He lied for months. " * 3
    )
    answer = factories.make_answer(question, specialist, body=UNSAFE_ANSWER)
    crisis = factories.make_question(
        factories.UserFactory(),
        title=CRISIS_TITLE,
        body="Every night I think about ending my life. I don't know who to tell.",
    )

    # A member reports the answer as unsafe.
    log_in(page, flagger)
    page.goto(question.get_absolute_url())
    page.locator(f'[data-flag-link="{answer.post.pk}"]').click()
    page.get_by_label("Harmful or unsafe advice").check()
    page.get_by_label("Anything the moderators should know (optional)").fill(
        "Sending her alone to him could put her in danger."
    )
    page.get_by_role("button", name="Send to the moderators").click()
    expect(page.locator("body")).to_contain_text("Thank you for telling us")

    # A moderator sees both in the queue: the crisis post first, the unsafe answer next.
    moderation = browser.new_context(
        base_url=live_server.url, viewport={"width": 1200, "height": 900}
    )
    mod_page = moderation.new_page()
    log_in(mod_page, moderator)
    mod_page.get_by_role("link", name="Review queue, 2 waiting").click()
    rows = mod_page.locator(".queue-row .queue-title")
    expect(rows.nth(0)).to_have_text(re.compile(re.escape(f"“{CRISIS_TITLE}”") + "$"))
    expect(rows.nth(1)).to_contain_text("Should I confront him about the lies?")
    expect(mod_page.locator(".queue-row").nth(0)).to_contain_text("Crisis language")
    expect(mod_page.locator(".queue-row").nth(1)).to_contain_text("Sending her alone to him")
    screenshot(mod_page, "moderation-queue")

    # …hides the answer with a reason.
    rows.nth(1).click()
    screenshot(mod_page, "moderation-item")
    mod_page.get_by_role("link", name="Hide from public pages").click()
    mod_page.get_by_label("Reason").fill("Advice that could put the person asking in danger.")
    mod_page.get_by_role("button", name="Hide from public pages").click()
    expect(mod_page.locator("body")).to_contain_text("Hidden from public pages")
    expect(mod_page.locator("body")).to_contain_text("Hidden by a moderator")

    # The public no longer sees it.
    visitor = browser.new_context(base_url=live_server.url).new_page()
    visitor.goto(question.get_absolute_url())
    assert UNSAFE_ANSWER not in visitor.content()

    # The audit log shows it.
    mod_page.get_by_role("link", name="Audit log").click()
    row = mod_page.locator('tr[data-audit-action="hide"]')
    expect(row).to_contain_text("Advice that could put the person asking in danger.")
    assert moderator.username in row.inner_text()
    screenshot(mod_page, "moderation-audit-log")

    # The author is told, with the reason.
    author = browser.new_context(base_url=live_server.url).new_page()
    log_in(author, specialist)
    author.goto("/accounts/notifications/")
    expect(author.locator("body")).to_contain_text(
        "Advice that could put the person asking in danger."
    )

    # The crisis post carries the help banner for every reader.
    visitor.goto(crisis.get_absolute_url())
    banner = visitor.locator("[data-help-banner]")
    expect(banner).to_be_visible()
    expect(banner).to_contain_text("call your local emergency number")
    assert "116 123" in banner.inner_text() and "988" in banner.inner_text()
    screenshot(visitor, "help-banner")
    moderation.close()


@pytest.mark.django_db(transaction=True)
def test_help_banner_reads_well_on_a_phone(phone_page, screenshot, boards):
    crisis = factories.make_question(
        factories.UserFactory(),
        title="He hit me again last night and I'm scared",
        body="My husband hit me again last night. I am scared to go home after work.",
    )
    phone_page.goto(crisis.get_absolute_url())
    expect(phone_page.locator("[data-help-banner]")).to_be_visible()
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, "the page scrolls sideways on a 360px phone"
    expect(phone_page.locator("body")).to_contain_text("National Domestic Violence Hotline")
    screenshot(phone_page, "help-banner-phone")
