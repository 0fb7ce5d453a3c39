"""Moderators hear of every (re)submitted specialist application: in-app, e-mail if they ask."""

from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from forum.models import Board
from profiles import services
from profiles.models import Notification, SpecialistProfile
from tests import factories
from tests.specialists_helpers import application_data, pdf

APPLY = "/specialists/apply/"
EMAIL_SETTINGS = "/accounts/settings/email/"
WAITING = "A specialist application is waiting for review"


def waiting_notes(user):
    return Notification.objects.filter(user=user, kind="application_waiting")


def submit_application(user) -> SpecialistProfile:
    """A complete application sent through the service, with one document."""
    fields = {
        "professional_title": "Licensed Clinical Social Worker",
        "qualifications": "MSW",
        "licence_number": "LCSW-777",
        "licensing_body": "Board of Behavioral Sciences",
        "jurisdiction": "California, USA",
        "licence_expiry": timezone.localdate() + timedelta(days=400),
        "languages": "English",
        "bio": "I work with couples and families.",
        "offers_online": True,
    }
    return services.save_application(
        user=user,
        fields=fields,
        specialisations=Board.objects.filter(slug="breakups"),
        documents=[(pdf(), "application/pdf", "pdf")],
        submit=True,
    )


@pytest.mark.django_db
def test_submitting_tells_every_moderator_and_nobody_else(client, member, other_member):
    moderators = [factories.make_moderator() for _ in range(2)]
    admin = factories.UserFactory(is_superuser=True, is_staff=True)
    retired = factories.make_moderator(is_active=False)
    member.display_name = "Robin Applicant"
    member.save()
    client.force_login(member)
    client.post(APPLY, {**application_data(), "documents": [pdf()], "submit": "1"})
    profile = SpecialistProfile.objects.get(user=member)
    assert profile.status == SpecialistProfile.Status.SUBMITTED

    review_url = reverse("profiles:application", kwargs={"pk": profile.pk})
    for moderator in [*moderators, admin]:
        note = waiting_notes(moderator).get()
        assert note.message == f"{WAITING}: Robin Applicant."
        assert note.url == review_url
        assert "LMFT-12345" not in note.message  # nothing from the application itself
    assert not waiting_notes(retired).exists()
    assert not waiting_notes(other_member).exists()
    assert not waiting_notes(member).exists()

    # The moderator follows the bell to the review page.
    client.force_login(moderators[0])
    assert WAITING in client.get("/accounts/notifications/").content.decode()
    review = client.get(review_url).content.decode()
    assert "Robin Applicant" in review and "LMFT-12345" in review


@pytest.mark.django_db
def test_a_moderator_applying_is_not_told_of_their_own_application(boards):
    applicant, colleague = factories.make_moderator(), factories.make_moderator()
    submit_application(applicant)
    assert not waiting_notes(applicant).exists()
    assert waiting_notes(colleague).count() == 1


@pytest.mark.django_db
def test_resubmission_after_changes_tells_moderators_again(client, member, moderator):
    profile = submit_application(member)
    services.decide_application(
        moderator=moderator, profile=profile, decision="request_changes", note="Add the back."
    )
    client.force_login(member)
    client.post(APPLY, {**application_data(), "documents": [pdf("back.pdf")], "submit": "1"})
    profile.refresh_from_db()
    assert profile.status == SpecialistProfile.Status.SUBMITTED
    assert waiting_notes(moderator).count() == 2
    client.force_login(moderator)
    assert member.public_name in client.get("/moderation/applications/").content.decode()


@pytest.mark.django_db
def test_a_draft_tells_nobody(client, member, moderator):
    client.force_login(member)
    client.post(APPLY, {**application_data(), "documents": [pdf()], "save": "1"})
    assert SpecialistProfile.objects.get(user=member).status == SpecialistProfile.Status.DRAFT
    assert not waiting_notes(moderator).exists()


@pytest.mark.django_db
def test_email_is_off_by_default_and_sent_to_moderators_who_ask(
    client, member, django_capture_on_commit_callbacks
):
    quiet, keen = factories.make_moderator(), factories.make_moderator()
    client.force_login(keen)
    page = client.get(EMAIL_SETTINGS).content.decode()
    assert "Specialist applications waiting for review" in page
    client.post(EMAIL_SETTINGS, {"applications": "on", "answers": "on"})
    with django_capture_on_commit_callbacks(execute=True):
        submit_application(member)
    assert [message.to for message in mail.outbox] == [[keen.email]]
    assert mail.outbox[0].subject == "You have a new notification on Haven"
    assert member.public_name not in mail.outbox[0].body  # neutral unless they chose details
    assert waiting_notes(quiet).count() == 1  # in-app all the same


@pytest.mark.django_db
def test_members_never_see_the_moderators_email_choice(client, member):
    client.force_login(member)
    assert "applications waiting for review" not in client.get(EMAIL_SETTINGS).content.decode()
    client.post(EMAIL_SETTINGS, {"applications": "on", "answers": "on"})
    assert not member.email_preferences.applications


@pytest.mark.django_db
def test_query_count_does_not_grow_with_the_number_of_moderators(boards):
    factories.make_moderator()
    factories.make_moderator()
    submit_application(factories.UserFactory())  # warm caches (content types, groups)

    with CaptureQueriesContext(connection) as few:
        submit_application(factories.UserFactory())
    for _ in range(8):
        factories.make_moderator()
    with CaptureQueriesContext(connection) as many:
        submit_application(factories.UserFactory())

    assert len(many.captured_queries) == len(few.captured_queries)
    inserts = [
        query["sql"]
        for query in many.captured_queries
        if query["sql"].startswith('INSERT INTO "profiles_notification"')
    ]
    assert len(inserts) == 1
    assert Notification.objects.filter(kind="application_waiting").count() == 2 + 2 + 10
