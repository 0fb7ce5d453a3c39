"""Application → verification: the whole path, every way of verifying oneself refused, expiry."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from forum.boards import SPECIALISTS_GROUP
from moderation.models import AuditEntry
from profiles import services
from profiles.models import VERIFICATION_CHECKS, SpecialistProfile
from profiles.permissions import is_verified_specialist
from questions.permissions import can_answer
from tests import factories
from tests.specialists_helpers import application_data, pdf, verified_specialist

APPLY = "/specialists/apply/"
QUEUE = "/moderation/applications/"
ALL_CHECKS = [key for key, _label in VERIFICATION_CHECKS]


def review_url(profile):
    return reverse("profiles:application", kwargs={"pk": profile.pk})


def in_specialists(user) -> bool:
    return user.groups.filter(name=SPECIALISTS_GROUP).exists()


@pytest.mark.django_db
def test_full_path_draft_changes_requested_resubmitted_verified(
    client, member, moderator, question, django_capture_on_commit_callbacks
):
    client.force_login(member)
    # A draft may be incomplete and is saved as it is.
    response = client.post(APPLY, {"professional_title": "Counsellor", "save": "1"})
    assert response.status_code == 302
    profile = SpecialistProfile.objects.get(user=member)
    assert profile.status == SpecialistProfile.Status.DRAFT
    page = client.get(APPLY).content.decode()
    assert 'value="Counsellor"' in page and "Send for verification" in page

    # Submitting an incomplete application names every missing field and sends nothing.
    page = client.post(APPLY, {"professional_title": "Counsellor", "submit": "1"}).content.decode()
    assert "Add your licence or registration number." in page
    assert "Upload at least one document that shows your licence." in page
    assert "Choose at least one area you specialise in." in page
    profile.refresh_from_db()
    assert profile.status == SpecialistProfile.Status.DRAFT

    # Complete and submitted.
    response = client.post(APPLY, {**application_data(), "documents": [pdf()], "submit": "1"})
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.status == SpecialistProfile.Status.SUBMITTED
    assert profile.documents.count() == 1
    assert "your application is with our moderators" in client.get(APPLY).content.decode()

    # The moderator sees it in the queue and asks for changes.
    client.force_login(moderator)
    queue = client.get(QUEUE).content.decode()
    assert member.public_name in queue and "Licensed Marriage and Family Therapist" in queue
    review = client.get(review_url(profile)).content.decode()
    assert "LMFT-12345" in review and "licence.pdf" in review
    assert "Licence found in the licensing body" in review
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            review_url(profile),
            {"decision": "request_changes", "note": "Please upload the back of the licence."},
        )
    profile.refresh_from_db()
    assert profile.status == SpecialistProfile.Status.CHANGES_REQUESTED
    assert member.notifications.filter(kind="verification").count() == 1
    assert mail.outbox[-1].to == [member.email]
    assert "licence" not in mail.outbox[-1].subject.lower()  # neutral subject

    # The applicant reads the note, adds a document and sends it again.
    client.force_login(member)
    page = client.get(APPLY).content.decode()
    assert "Please upload the back of the licence." in page
    client.post(
        APPLY, {**application_data(), "documents": [pdf("licence-back.pdf")], "submit": "1"}
    )
    profile.refresh_from_db()
    assert profile.status == SpecialistProfile.Status.SUBMITTED
    assert profile.documents.count() == 2
    assert not is_verified_specialist(member)

    # Approving needs every check and a note.
    client.force_login(moderator)
    page = client.post(
        review_url(profile), {"decision": "approve", "checked": ALL_CHECKS[:2], "note": "ok"}
    ).content.decode()
    assert "Tick every check before you verify someone." in page
    page = client.post(
        review_url(profile), {"decision": "approve", "checked": ALL_CHECKS}
    ).content.decode()
    assert "Write a note" in page
    profile.refresh_from_db()
    assert profile.status == SpecialistProfile.Status.SUBMITTED

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            review_url(profile),
            {"decision": "approve", "checked": ALL_CHECKS, "note": "Licence found in register."},
        )
    profile.refresh_from_db()
    member = type(member).objects.get(pk=member.pk)  # group names are cached per user object
    assert profile.status == SpecialistProfile.Status.VERIFIED
    assert in_specialists(member) and is_verified_specialist(member)
    assert can_answer(member, question)
    entry = AuditEntry.objects.filter(action="verify_specialist", target_id=str(profile.pk)).get()
    assert entry.actor == moderator
    assert entry.reason == "Licence found in register."
    assert entry.details["checked"] == ALL_CHECKS
    actions = set(
        AuditEntry.objects.filter(target_id=str(profile.pk)).values_list("action", flat=True)
    )
    assert {
        "submit_specialist_application",
        "request_specialist_changes",
        "resubmit_specialist_application",
        "verify_specialist",
    } <= actions
    assert "verified" in member.notifications.first().message
    assert len(mail.outbox) == 2

    # The badge and the scope show on the public profile; the queue is empty again.
    page = client.get(member.get_absolute_url()).content.decode()
    assert "Verified specialist" in page
    assert f"California, USA · verified {timezone.now():%B %Y}" in page
    assert "No applications waiting." in client.get(QUEUE).content.decode()


@pytest.mark.django_db
def test_rejection_is_told_and_the_form_stays_closed_until_reopened(client, applicant, moderator):
    profile = applicant.specialist
    client.force_login(moderator)
    client.post(review_url(profile), {"decision": "reject", "note": "Licence not found."})
    profile.refresh_from_db()
    assert profile.status == SpecialistProfile.Status.REJECTED
    client.force_login(applicant)
    page = client.get(APPLY).content.decode()
    assert "Your application was not accepted." in page and "Licence not found." in page
    client.post(APPLY, {**application_data(), "submit": "1"})
    profile.refresh_from_db()
    assert profile.status == SpecialistProfile.Status.REJECTED


@pytest.mark.django_db
def test_tampered_form_fields_cannot_verify(client, member):
    client.force_login(member)
    tampered = {
        **application_data(),
        "documents": [pdf()],
        "submit": "1",
        "status": "verified",
        "verified_at": "2020-01-01 00:00",
        "user": str(member.pk),
        "decision_note": "approved",
    }
    client.post(APPLY, tampered)
    profile = SpecialistProfile.objects.get(user=member)
    assert profile.status == SpecialistProfile.Status.SUBMITTED
    assert profile.verified_at is None and profile.decision_note == ""
    assert not in_specialists(member)
    with pytest.raises(PermissionDenied):
        services.save_application(user=member, fields={"status": "verified"})


@pytest.mark.django_db
def test_direct_post_to_the_queue_by_the_applicant_is_refused(client, applicant):
    profile = applicant.specialist
    client.force_login(applicant)
    approve = {"decision": "approve", "checked": ALL_CHECKS, "note": "me"}
    assert client.post(review_url(profile), approve).status_code == 403
    assert client.get(QUEUE).status_code == 403
    assert client.post(f"{review_url(profile)}revoke/", {"note": "x"}).status_code == 403
    profile.refresh_from_db()
    assert profile.status == SpecialistProfile.Status.SUBMITTED
    assert not in_specialists(applicant)


@pytest.mark.django_db
def test_a_moderator_cannot_verify_their_own_application(client, applicant):
    services.make_moderator(user=applicant)
    profile = applicant.specialist
    client.force_login(applicant)
    page = client.get(review_url(profile)).content.decode()
    assert "You cannot decide on your own application" in page
    approve = {"decision": "approve", "checked": ALL_CHECKS, "note": "me"}
    assert client.post(review_url(profile), approve).status_code == 403
    profile.refresh_from_db()
    assert profile.status == SpecialistProfile.Status.SUBMITTED
    with pytest.raises(PermissionDenied):
        services.decide_application(
            moderator=applicant, profile=profile, decision="approve", note="x", checked=ALL_CHECKS
        )


@pytest.mark.django_db
def test_visitors_are_sent_to_login_from_the_queue(client, applicant):
    response = client.get(QUEUE)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.django_db
def test_admin_refuses_non_staff_and_never_changes_status(client, applicant):
    profile = applicant.specialist
    change_url = f"/admin/profiles/specialistprofile/{profile.pk}/change/"
    client.force_login(applicant)
    response = client.get(change_url)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    client.post(change_url, {"status": "verified", "professional_title": "Counsellor"})
    profile.refresh_from_db()
    assert profile.status == SpecialistProfile.Status.SUBMITTED

    # Even staff with the change permission cannot set the status: it is read-only there.
    staff = factories.UserFactory(is_staff=True)
    staff.user_permissions.add(
        Permission.objects.get(codename="change_specialistprofile"),
        Permission.objects.get(codename="view_specialistprofile"),
    )
    client.force_login(staff)
    page = client.get(change_url).content.decode()
    assert 'name="status"' not in page
    assert "Decide in the verification queue" in page
    client.post(change_url, {"status": "verified", "professional_title": "Counsellor"})
    profile.refresh_from_db()
    assert profile.status == SpecialistProfile.Status.SUBMITTED
    assert not in_specialists(applicant)


@pytest.mark.django_db
def test_verified_profile_edits_cannot_touch_licence_or_status(client, boards):
    profile = verified_specialist()
    client.force_login(profile.user)
    assert client.get(APPLY)["Location"] == "/specialists/profile/"
    client.post(
        "/specialists/profile/",
        {
            "languages": "English, French",
            "session_formats": ["online"],
            "bio": "Updated bio.",
            "offers_free_consultation": "on",
            "consultation_description": "Free 20-minute call.",
            "licence_number": "FORGED",
            "licence_expiry": "2099-01-01",
            "status": "verified",
        },
    )
    profile.refresh_from_db()
    assert profile.bio == "Updated bio." and profile.offers_free_consultation
    assert profile.licence_number == "PSY-1"
    assert profile.licence_expiry < timezone.localdate() + timedelta(days=400)


@pytest.mark.django_db
def test_expiry_removes_badge_and_answer_permission(client, question):
    profile = verified_specialist(display_name="Expiring Eve")
    user = profile.user
    assert can_answer(user, question)
    SpecialistProfile.objects.filter(pk=profile.pk).update(
        licence_expiry=timezone.localdate() - timedelta(days=1)
    )
    user = type(user).objects.get(pk=user.pk)

    # Checked on read, before the daily command runs.
    assert not is_verified_specialist(user)
    assert not can_answer(user, question)
    page = client.get(user.get_absolute_url()).content.decode()
    assert "Verified specialist" not in page
    assert "Expiring Eve" not in client.get("/specialists/").content.decode()
    client.force_login(user)
    response = client.post(
        reverse("questions:answer", kwargs={"pk": question.pk}),
        {"body": "An answer after my licence expired, which must not appear."},
    )
    assert question.answers.count() == 0, response

    # The daily command makes it official: status, group, audit, notification.
    call_command("expire_specialists", stdout=open("/dev/null", "w"))  # noqa: SIM115
    profile.refresh_from_db()
    assert profile.status == SpecialistProfile.Status.EXPIRED
    assert not in_specialists(user)
    assert not is_verified_specialist(type(user).objects.get(pk=user.pk))
    assert AuditEntry.objects.filter(action="expire_specialist", target_id=str(profile.pk)).exists()
    assert "expiry date has passed" in user.notifications.first().message
    # Running it again changes nothing.
    assert services.expire_lapsed_licences() == []

    # The specialist updates the licence and sends it again.
    assert "Update your licence details" in client.get(APPLY).content.decode()


@pytest.mark.django_db
def test_revoking_removes_badge_group_and_is_audited(client, moderator, question):
    profile = verified_specialist()
    client.force_login(moderator)
    page = client.post(f"{review_url(profile)}revoke/", {"note": ""}).content.decode()
    assert "Write a note" in page
    client.post(f"{review_url(profile)}revoke/", {"note": "Licence suspended by the board."})
    profile.refresh_from_db()
    assert profile.status == SpecialistProfile.Status.REVOKED
    assert not in_specialists(profile.user)
    assert not can_answer(profile.user, question)
    entry = AuditEntry.objects.get(action="revoke_specialist", target_id=str(profile.pk))
    assert entry.actor == moderator and entry.reason == "Licence suspended by the board."


@pytest.mark.django_db
def test_queue_lists_oldest_first_and_registers_its_tab(client, moderator):
    from moderation.queues import tabs

    older = factories.make_applicant(display_name="Older Applicant")
    newer = factories.make_applicant(display_name="Newer Applicant")
    now = timezone.now()
    SpecialistProfile.objects.filter(user=older).update(submitted_at=now - timedelta(days=3))
    SpecialistProfile.objects.filter(user=newer).update(submitted_at=now - timedelta(hours=1))
    client.force_login(moderator)
    page = client.get(QUEUE).content.decode()
    assert page.index("Older Applicant") < page.index("Newer Applicant")
    tab = next(t for t in tabs() if t.key == "applications")
    assert tab.count() == 2 and tab.url_name == "profiles:verification_queue"
    assert 'aria-current="page">Specialist applications' in page


@pytest.mark.django_db
def test_seeded_verification_is_audited_as_the_system(boards):
    user = factories.make_specialist()
    entry = AuditEntry.objects.get(action="verify_specialist", target_id=str(user.specialist.pk))
    assert entry.actor is None and entry.actor_name == "system"
    assert Group.objects.get(name=SPECIALISTS_GROUP).user_set.filter(pk=user.pk).exists()
