"""Steps the browser tests share. Each one waits until the page shows its result, so the next
step never races a navigation that is still under way (Playwright's ``click`` does not wait for
the page it opens)."""

from playwright.sync_api import expect

from tests.factories import PASSWORD


def log_out_button(page):
    # Located by text, not role: on a phone the header menu is folded and the button hidden.
    return page.locator("button", has_text="Log out")


def log_in(page, user):
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(log_out_button(page)).to_be_attached()


def log_out(page):
    log_out_button(page).click()
    expect(log_out_button(page)).to_have_count(0)


def fits_a_phone(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= 360
