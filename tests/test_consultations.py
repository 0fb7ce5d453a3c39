"""Consultation requests: who may send them, one open request per pair, replies, rate limit."""

import pytest
from django.core import mail

from profiles.models import ConsultationRequest
from tests import factories
from tests.specialists_helpers import verified_specialist


def contact_url(profile):
    return f"/specialists/{profile.user.username}/contact/"


REQUEST = {
    "message": "We argue about money every week. Could we talk?",
    "preferred_times": "Weekday evenings",
    "contact_method": "haven",
}


@pytest.fixture
def dana(boards):
    return verified_specialist(display_name="Dana Rivers", free=True)


@pytest.mark.django_db
def test_visitors_are_asked_to_log_in_and_come_back(client, dana):
    profile_url = dana.user.get_absolute_url()
    page = client.get(profile_url).content.decode()
    assert "You need to be logged in to contact Dana Rivers." in page
    assert f'href="/accounts/login/?next={profile_url}">Log in to contact</a>' in page
    response = client.get(contact_url(dana))
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    client.post(contact_url(dana), REQUEST)
    assert not ConsultationRequest.objects.exists()


@pytest.mark.django_db
def test_member_sends_specialist_replies_both_are_told(
    client, dana, member, django_capture_on_commit_callbacks
):
    client.force_login(member)
    page = client.get(dana.user.get_absolute_url()).content.decode()
    assert "Request a consultation" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(contact_url(dana), REQUEST)
    consultation = ConsultationRequest.objects.get()
    assert response["Location"] == f"/consultations/{consultation.pk}/"
    assert consultation.member == member and consultation.is_open
    note = dana.user.notifications.get()
    assert note.kind == "consultation" and member.public_name in note.message
    assert mail.outbox[-1].to == [dana.user.email]
    assert "money" not in mail.outbox[-1].subject + mail.outbox[-1].body  # private content

    # The specialist's inbox shows it; they decline with a kind message.
    client.force_login(dana.user)
    inbox = client.get("/consultations/").content.decode()
    assert member.public_name in inbox and "We argue about money" in inbox
    detail = client.get(f"/consultations/{consultation.pk}/").content.decode()
    assert "Weekday evenings" in detail and "Send your reply" in detail
    page = client.post(f"/consultations/{consultation.pk}/", {"decision": "decline"})
    assert "Write a short message back." in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/consultations/{consultation.pk}/",
            {"decision": "decline", "reply": "I am full this month; try Ben Brooks."},
        )
    consultation.refresh_from_db()
    assert consultation.status == ConsultationRequest.Status.DECLINED
    assert "replied to your consultation request" in member.notifications.first().message
    assert mail.outbox[-1].to == [member.email]

    # The member reads the reply; answering again is not possible.
    client.force_login(member)
    page = client.get(f"/consultations/{consultation.pk}/").content.decode()
    assert "I am full this month; try Ben Brooks." in page and "Send your reply" not in page
    client.force_login(dana.user)
    response = client.post(
        f"/consultations/{consultation.pk}/", {"decision": "accept", "reply": "Changed my mind"}
    )
    assert response.status_code == 403


@pytest.mark.django_db
def test_one_open_request_per_member_per_specialist(client, dana, member):
    client.force_login(member)
    client.post(contact_url(dana), REQUEST)
    page = client.post(contact_url(dana), {**REQUEST, "message": "Again?"}).content.decode()
    assert "You already have a request waiting with Dana Rivers" in page
    assert ConsultationRequest.objects.count() == 1
    profile_page = client.get(dana.user.get_absolute_url()).content.decode()
    assert "Your request is waiting for Dana Rivers" in profile_page

    # Once answered, a new request may be sent.
    consultation = ConsultationRequest.objects.get()
    client.force_login(dana.user)
    client.post(
        f"/consultations/{consultation.pk}/", {"decision": "accept", "reply": "Tuesday 6pm?"}
    )
    client.force_login(member)
    client.post(contact_url(dana), {**REQUEST, "message": "A follow-up."})
    assert ConsultationRequest.objects.count() == 2


@pytest.mark.django_db
def test_only_the_two_people_read_a_request(client, dana, member, other_member, moderator):
    client.force_login(member)
    client.post(contact_url(dana), REQUEST)
    consultation = ConsultationRequest.objects.get()
    for outsider in (other_member, moderator):
        client.force_login(outsider)
        assert client.get(f"/consultations/{consultation.pk}/").status_code == 404
    client.force_login(member)
    response = client.post(
        f"/consultations/{consultation.pk}/", {"decision": "accept", "reply": "I accept myself"}
    )
    assert response.status_code == 403
    consultation.refresh_from_db()
    assert consultation.is_open


@pytest.mark.django_db
def test_no_contact_with_oneself_or_unverified_people(client, dana, applicant, member):
    client.force_login(dana.user)
    client.post(contact_url(dana), REQUEST)
    assert not ConsultationRequest.objects.exists()
    client.force_login(member)
    assert client.get(f"/specialists/{applicant.username}/contact/").status_code == 404


@pytest.mark.django_db
def test_contact_details_are_checked(client, dana, member):
    client.force_login(member)
    page = client.post(
        contact_url(dana), {**REQUEST, "contact_method": "email", "contact_detail": "nope"}
    ).content.decode()
    assert "Add the e-mail address they should write to." in page
    page = client.post(contact_url(dana), {**REQUEST, "message": ""}).content.decode()
    assert "Tell the specialist what you would like help with." in page
    assert not ConsultationRequest.objects.exists()
    client.post(
        contact_url(dana),
        {**REQUEST, "contact_method": "phone", "contact_detail": "+1 (555) 010-2030"},
    )
    assert ConsultationRequest.objects.get().contact_detail == "+1 (555) 010-2030"


@pytest.mark.django_db
def test_requests_are_rate_limited_per_member(client, member, boards):
    specialists = [verified_specialist(display_name=f"Spec {i}") for i in range(6)]
    client.force_login(member)
    statuses = [client.post(contact_url(p), REQUEST).status_code for p in specialists]
    assert statuses[:5] == [302] * 5
    assert statuses[5] == 429
    assert ConsultationRequest.objects.count() == 5
    # Another member is not affected.
    client.force_login(factories.UserFactory())
    assert client.post(contact_url(specialists[5]), REQUEST).status_code == 302
