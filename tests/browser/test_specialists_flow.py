"""Trust, end to end in a real browser: a member applies, a moderator verifies through the queue,
the new specialist appears in the directory (featured), answers a question and receives a
consultation request."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from profiles.models import ConsultationRequest, SpecialistProfile
from tests import factories
from tests.browser.helpers import fits_a_phone, log_in, log_out
from tests.specialists_helpers import PDF_BYTES, image_bytes, verified_specialist


@pytest.mark.django_db(transaction=True)
def test_apply_verify_list_answer_and_get_a_consultation_request(
    page, phone_page, screenshot, boards
):
    applicant = factories.UserFactory(username="jordan", display_name="Jordan Avery")
    moderator = factories.make_moderator(username="morgan")
    asker = factories.UserFactory(username="rowan", display_name="Rowan Ash")
    question = factories.make_question(asker)
    verified_specialist(display_name="Peter Paid", free=False)

    # The applicant follows the link under a question to the application.
    log_in(page, applicant)
    page.goto(question.get_absolute_url())
    page.get_by_role("link", name="Apply to become a verified specialist").click()
    page.get_by_label("Professional title").fill("Licensed Marriage and Family Therapist")
    page.get_by_label("Qualifications").fill("MA Marriage and Family Therapy")
    page.get_by_label("Licence or registration number").fill("LMFT 98765")
    page.get_by_label("Licensing body").fill("Board of Behavioral Sciences")
    page.get_by_label("Jurisdiction").fill("California, USA")
    expiry = timezone.localdate() + timedelta(days=500)
    page.get_by_label("Licence expiry date").fill(expiry.isoformat())
    page.get_by_label("Years of practice").fill("11")
    page.get_by_label("Credential documents").set_input_files(
        {"name": "licence.pdf", "mimeType": "application/pdf", "buffer": PDF_BYTES}
    )
    page.get_by_label("Breakups & Reconnecting").check()
    page.get_by_label("Languages you work in").fill("English, Portuguese")
    page.get_by_label("In person").check()
    page.get_by_label("Your photo").set_input_files(
        {"name": "me.png", "mimeType": "image/png", "buffer": image_bytes((600, 600))}
    )
    page.get_by_label("About you").fill("I help people through breakups with kindness.")
    page.get_by_label("I offer a free first consultation").check()
    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text("Your draft is saved")).to_be_visible()
    expect(page.get_by_role("link", name="licence.pdf")).to_be_visible()
    page.get_by_role("button", name="Send for verification").click()
    expect(page.get_by_text("your application is with our moderators").first).to_be_visible()
    log_out(page)

    # A moderator verifies it through the queue.
    log_in(page, moderator)
    page.goto("/moderation/applications/")
    page.get_by_role("link", name="Jordan Avery").click()
    expect(page.get_by_text("LMFT 98765")).to_be_visible()
    page.get_by_label("Identity matches the name on the documents").check()
    page.get_by_label("Licence found in the licensing body's public register").check()
    page.get_by_label("Licence is current (not suspended, not expired)").check()
    page.get_by_label("Specialisations are plausible for this qualification").check()
    page.get_by_label("Verify this specialist").check()
    page.get_by_label("Note").fill("Found in the BBS register, current until next year.")
    page.get_by_role("button", name="Record the decision").click()
    expect(page.get_by_text("Decision saved for Jordan Avery")).to_be_visible()
    assert SpecialistProfile.objects.get(user=applicant).status == "verified"
    log_out(page)

    # The directory lists them first: they offer a free first consultation.
    page.goto("/")
    page.get_by_role("link", name="Specialists", exact=True).first.click()
    expect(page.locator(".directory-name")).to_have_text(["Jordan Avery", "Peter Paid"])
    expect(page.locator(".featured .badge-consult").first).to_be_visible()
    screenshot(page, "specialists-directory")

    # They answer a question.
    log_in(page, applicant)
    page.goto(question.get_absolute_url())
    page.get_by_role("textbox", name="Your answer").fill(
        "Give yourself a week before deciding anything. Write down what you miss and what you "
        "do not; it helps to see both."
    )
    page.get_by_role("button", name="Publish your answer").click()
    expect(page.locator(".answer .specialist-name", has_text="Jordan Avery")).to_be_visible()
    log_out(page)

    # A member finds them and asks for a consultation.
    log_in(page, asker)
    page.goto("/specialists/?free=on")
    page.get_by_role("link", name="Jordan Avery").first.click()
    expect(
        page.get_by_text("Licensed Marriage and Family Therapist · California, USA")
    ).to_be_visible()
    page.get_by_role("link", name="Request a consultation").click()
    page.get_by_label("What would you like help with?").fill(
        "I would like to talk about a breakup that is still hard after months."
    )
    page.get_by_label("When suits you").fill("Weekday evenings")
    page.get_by_role("button", name="Send your request").click()
    expect(page.get_by_text("Your request is sent to Jordan Avery")).to_be_visible()
    page.goto(applicant.get_absolute_url())
    expect(page.get_by_text("Your request is waiting")).to_be_visible()
    screenshot(page, "specialist-profile")
    log_out(page)

    # The specialist reads it in their inbox and accepts.
    log_in(page, applicant)
    page.goto("/consultations/")
    page.get_by_role("link", name="Rowan Ash").click()
    page.get_by_label("Accept").check()
    page.get_by_label("Your message").fill("Happy to. Does Tuesday at 7pm work?")
    page.get_by_role("button", name="Send your reply").click()
    expect(page.get_by_text("Your reply is sent.")).to_be_visible()
    assert ConsultationRequest.objects.get().status == "accepted"

    # The directory and the profile work on a 360px phone.
    phone_page.goto("/specialists/")
    assert fits_a_phone(phone_page), "the directory scrolls sideways on a phone"
    screenshot(phone_page, "specialists-directory-phone")
    phone_page.goto(applicant.get_absolute_url())
    assert fits_a_phone(phone_page), "the profile scrolls sideways on a phone"
    screenshot(phone_page, "specialist-profile-phone")


@pytest.mark.django_db(transaction=True)
def test_application_and_queue_fit_a_phone(phone_page, screenshot, boards):
    member = factories.UserFactory(username="casey")
    moderator = factories.make_moderator(username="mod2")
    factories.make_applicant(display_name="Applicant With A Rather Long Display Name")
    log_in(phone_page, member)
    phone_page.goto("/specialists/apply/")
    assert fits_a_phone(phone_page)
    screenshot(phone_page, "specialist-application-phone")
    phone_page.context.clear_cookies()
    log_in(phone_page, moderator)
    phone_page.goto("/moderation/applications/")
    phone_page.get_by_role("link", name="Applicant With A Rather Long Display Name").click()
    assert fits_a_phone(phone_page)
    screenshot(phone_page, "verification-review-phone")
