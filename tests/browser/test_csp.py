"""The strict Content-Security-Policy in a real browser: the main pages load, their scripts run
(menu, in-place votes) and Chromium reports no violation — no "Refused to …" in the console and
no ``securitypolicyviolation`` event."""

import pytest
from playwright.sync_api import expect

from forum import services as board_services
from forum.models import Board
from tests import factories
from tests.browser.helpers import log_in

# Playwright injects this itself (not subject to the page's policy): it records every violation.
RECORD_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  (window.__violations = window.__violations || []).push(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"} ` +
      `at ${event.sourceFile}:${event.lineNumber}`
  );
});
"""


def _watch(page) -> list[str]:
    refused = []
    page.context.add_init_script(RECORD_VIOLATIONS)
    page.on(
        "console",
        lambda message: (
            refused.append(message.text)
            if "Refused to" in message.text or "Content Security Policy" in message.text
            else None
        ),
    )
    return refused


def _violations(page) -> list[str]:
    return page.evaluate("window.__violations || []")


def _visit(page, url: str, refused: list[str]) -> None:
    response = page.goto(url)
    assert response.status < 500, url
    assert "default-src 'self'" in response.headers["content-security-policy"]
    page.wait_for_load_state("load")
    assert _violations(page) == [], url
    assert refused == [], url


@pytest.mark.django_db(transaction=True)
def test_main_pages_run_under_the_strict_policy_without_a_violation(page, boards):
    refused = _watch(page)
    asker = factories.UserFactory(username="asha")
    question = factories.make_question(asker, title="How do I rebuild trust after a lie?")
    factories.make_answer(question, factories.make_specialist(username="dr-sage"))
    community = Board.objects.select_related("forum").get(slug="general")
    topic = board_services.start_topic(
        forum=community.forum, poster=asker, subject="What helped you heal?", content="Walking."
    )
    board_url = f"/forum/forum/{community.forum.slug}-{community.forum_id}/"
    visitor_pages = [
        "/",
        "/questions/",
        question.get_absolute_url(),
        "/search/?q=trust",
        "/specialists/",
        "/members/dr-sage/",
        "/forum/",
        board_url,
        f"{board_url}topic/{topic.slug}-{topic.pk}/",
        "/accounts/login/",
        "/accounts/signup/",
        "/no-such-page/",
        "/admin/login/",
    ]
    for url in visitor_pages:
        _visit(page, url, refused)

    voter = factories.UserFactory(username="willow")
    log_in(page, voter)
    for url in ("/questions/ask/", "/accounts/settings/", "/specialists/apply/", board_url):
        _visit(page, url, refused)

    # Scripts run: the in-place vote (fetch to the same origin) updates the score.
    page.goto(question.get_absolute_url())
    page.locator(".vote-form button[name=value]").first.click()
    expect(page.locator(".vote-score").first).to_have_text("1")
    assert _violations(page) == [] and refused == []


@pytest.mark.django_db(transaction=True)
def test_moderator_pages_run_under_the_strict_policy(page, boards):
    refused = _watch(page)
    moderator = factories.make_moderator(username="mod-maya")
    factories.make_applicant(username="appleton")
    log_in(page, moderator)
    for url in ("/moderation/", "/moderation/approval/", "/moderation/audit/",
                "/moderation/applications/"):  # fmt: skip
        _visit(page, url, refused)
