"""After a rejection: the reason, the date one may apply again, and the same application reopened.

Also: an expired specialist renews through their application; a revocation stays final.
"""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from forum.boards import SPECIALISTS_GROUP
from moderation.models import AuditEntry
from profiles import services
from profiles.models import VERIFICATION_CHECKS, SpecialistProfile
from tests.specialists_helpers import application_data, pdf, verified_specialist

APPLY = "/specialists/apply/"
APPLY_AGAIN = "/specialists/apply/again/"
ALL_CHECKS = [key for key, _label in VERIFICATION_CHECKS]
Status = SpecialistProfile.Status


def review_url(profile):
    return reverse("profiles:application", kwargs={"pk": profile.pk})


def send_application(client, user, **overrides) -> SpecialistProfile:
    client.force_login(user)
    client.post(APPLY, {**application_data(**overrides), "documents": [pdf()], "submit": "1"})
    profile = SpecialistProfile.objects.get(user=user)
    assert profile.status == Status.SUBMITTED
    return profile


def reject(client, moderator, profile, note="Licence not found in the register."):
    client.force_login(moderator)
    client.post(review_url(profile), {"decision": "reject", "note": note})
    profile.refresh_from_db()
    assert profile.status == Status.REJECTED
    return profile


def date_rejection(profile, days_ago: int) -> None:
    SpecialistProfile.objects.filter(pk=profile.pk).update(
        decided_at=timezone.now() - timedelta(days=days_ago)
    )
    profile.refresh_from_db()


def long_date(day) -> str:
    return date_format(day, "j F Y")


@pytest.mark.django_db
def test_rejected_page_says_why_and_from_which_date(client, member, moderator):
    profile = reject(client, moderator, send_application(client, member))
    client.force_login(member)
    page = client.get(APPLY).content.decode()
    assert "Your application was not accepted." in page
    assert "Licence not found in the register." in page
    allowed = timezone.localdate() + timedelta(days=30)
    assert f"You can apply again from <strong>{long_date(allowed)}</strong>" in page
    assert APPLY_AGAIN not in page  # no button yet
    assert profile.reapply_from == allowed


@pytest.mark.django_db
def test_an_early_apply_again_is_refused_with_the_date(client, member, moderator):
    profile = reject(client, moderator, send_application(client, member))
    date_rejection(profile, days_ago=29)
    allowed = long_date(timezone.localdate() + timedelta(days=1))

    client.force_login(member)
    page = client.post(APPLY_AGAIN, follow=True).content.decode()
    assert f"You can apply again from {allowed}." in page
    profile.refresh_from_db()
    assert profile.status == Status.REJECTED
    # The application form itself stays closed to a crafted POST as well.
    client.post(APPLY, {**application_data(), "submit": "1"})
    profile.refresh_from_db()
    assert profile.status == Status.REJECTED
    with pytest.raises(ValidationError, match=f"You can apply again from {allowed}"):
        services.reopen_application(user=member)


@pytest.mark.django_db
def test_the_wait_comes_from_the_setting(client, member, moderator, settings):
    settings.HAVEN_SPECIALIST_REAPPLY_DAYS = 0
    reject(client, moderator, send_application(client, member))
    client.force_login(member)
    assert "Apply again</button>" in client.get(APPLY).content.decode()
    services.reopen_application(user=member)
    assert SpecialistProfile.objects.get(user=member).status == Status.DRAFT


@pytest.mark.django_db
def test_applying_again_reopens_the_same_application_and_reaches_the_queue(
    client, member, moderator
):
    profile = reject(client, moderator, send_application(client, member))
    date_rejection(profile, days_ago=31)
    document = profile.documents.get()

    client.force_login(member)
    page = client.get(APPLY).content.decode()
    assert "Apply again</button>" in page and APPLY_AGAIN in page
    page = client.post(APPLY_AGAIN, follow=True).content.decode()
    assert "Your application is open again as a draft." in page
    # The same application, now a draft: the reason, the answers and the documents are kept.
    assert "Your previous application was not accepted." in page
    assert "Licence not found in the register." in page
    assert 'value="LMFT-12345"' in page and "licence.pdf" in page
    profile.refresh_from_db()
    assert profile.status == Status.DRAFT
    assert list(profile.documents.all()) == [document]
    assert SpecialistProfile.objects.filter(user=member).count() == 1

    # Fixed and sent again: back in the queue, moderators told, the whole story in the history.
    client.post(
        APPLY,
        {
            **application_data(licence_number="LMFT-54321"),
            "documents": [pdf("register.pdf")],
            "submit": "1",
        },
    )
    profile.refresh_from_db()
    assert profile.status == Status.SUBMITTED
    assert profile.documents.count() == 2
    assert profile.decision_note == ""
    assert moderator.notifications.filter(kind="application_waiting").count() == 2
    actions = list(
        AuditEntry.objects.filter(target_id=str(profile.pk))
        .order_by("created", "pk")
        .values_list("action", flat=True)
    )
    assert actions == [
        "submit_specialist_application",
        "reject_specialist",
        "reopen_specialist_application",
        "resubmit_specialist_application",
    ]
    client.force_login(moderator)
    assert member.public_name in client.get("/moderation/applications/").content.decode()
    review = client.get(review_url(profile)).content.decode()
    assert "LMFT-54321" in review
    assert "Rejected" in review and "Reopened by the applicant" in review
    assert "Licence not found in the register." in review  # the old decision's reason


@pytest.mark.django_db
def test_only_a_rejected_application_is_reopened(client, member, moderator):
    with pytest.raises(ValidationError, match="no application"):
        services.reopen_application(user=member)
    profile = send_application(client, member)
    with pytest.raises(ValidationError, match="Only a rejected application"):
        services.reopen_application(user=member)
    profile.refresh_from_db()
    assert profile.status == Status.SUBMITTED


@pytest.mark.django_db
def test_a_revoked_verification_is_final(client, moderator):
    profile = verified_specialist(display_name="Revoked Rae")
    services.revoke_verification(moderator=moderator, profile=profile, note="Forged licence.")
    date_rejection(profile, days_ago=365)

    client.force_login(profile.user)
    page = client.get(APPLY).content.decode()
    assert "Forged licence." in page and "This decision is final" in page
    assert "Apply again</button>" not in page
    page = client.post(APPLY_AGAIN, follow=True).content.decode()
    assert "A revoked verification is final" in page
    profile.refresh_from_db()
    assert profile.status == Status.REVOKED


@pytest.mark.django_db
def test_an_expired_specialist_renews_with_a_new_date(client, moderator):
    profile = verified_specialist(display_name="Lapsed Lee")
    user = profile.user
    SpecialistProfile.objects.filter(pk=profile.pk).update(
        licence_expiry=timezone.localdate() - timedelta(days=1)
    )
    services.expire_lapsed_licences()
    profile.refresh_from_db()
    assert profile.status == Status.EXPIRED

    client.force_login(user)
    assert "Update your licence details" in client.get(APPLY).content.decode()
    # A date still in the past is refused; a new one is saved, then sent.
    past = (timezone.localdate() - timedelta(days=1)).isoformat()
    page = client.post(APPLY, {**application_data(licence_expiry=past), "submit": "1"})
    assert "This date has passed" in page.content.decode()
    renewed = timezone.localdate() + timedelta(days=700)
    client.post(APPLY, {**application_data(licence_expiry=renewed.isoformat()), "save": "1"})
    profile.refresh_from_db()
    assert profile.licence_expiry == renewed and profile.status == Status.EXPIRED
    client.post(
        APPLY,
        {
            **application_data(licence_expiry=renewed.isoformat()),
            "documents": [pdf("renewed.pdf")],
            "submit": "1",
        },
    )
    profile.refresh_from_db()
    assert profile.status == Status.SUBMITTED
    assert moderator.notifications.filter(kind="application_waiting").count() == 1

    client.force_login(moderator)
    client.post(
        review_url(profile),
        {"decision": "approve", "checked": ALL_CHECKS, "note": "Renewal in the register."},
    )
    profile.refresh_from_db()
    assert profile.status == Status.VERIFIED and profile.is_verified
    assert user.groups.filter(pk=Group.objects.get(name=SPECIALISTS_GROUP).pk).exists()
