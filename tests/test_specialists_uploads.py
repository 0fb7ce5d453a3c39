"""Uploads (documents by content, photos through Pillow), private documents, and inert XSS."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from profiles.models import CredentialDocument, SpecialistProfile
from tests import factories
from tests.specialists_helpers import application_data, jpeg, pdf, png, verified_specialist

APPLY = "/specialists/apply/"
EXE_BYTES = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200


def doc_url(document):
    return f"/specialists/documents/{document.pk}/"


@pytest.fixture
def document(client, member):
    client.force_login(member)
    client.post(APPLY, {**application_data(), "documents": [pdf()], "submit": "1"})
    client.logout()
    return CredentialDocument.objects.get(profile__user=member)


@pytest.mark.django_db
def test_a_renamed_exe_is_refused_by_content(client, member):
    client.force_login(member)
    fake = SimpleUploadedFile("licence.pdf", EXE_BYTES, content_type="application/pdf")
    page = client.post(APPLY, {**application_data(), "documents": [fake], "save": "1"})
    text = page.content.decode()
    assert "“licence.pdf” is not a PDF, JPEG or PNG file" in text
    assert "we check the content, not the name" in text
    assert CredentialDocument.objects.count() == 0
    # What the person typed is kept.
    assert 'value="LMFT-12345"' in text


@pytest.mark.django_db
def test_an_oversize_document_is_refused(client, member):
    client.force_login(member)
    big = pdf("big.pdf", b"%PDF-1.4\n" + b"0" * (5 * 1024 * 1024))
    text = client.post(APPLY, {**application_data(), "documents": [big], "save": "1"})
    assert "each document must be 5 MB or less" in text.content.decode()
    assert CredentialDocument.objects.count() == 0


@pytest.mark.django_db
def test_pdf_jpeg_png_are_accepted_and_stored_privately(client, member):
    client.force_login(member)
    files = [pdf(), jpeg("front.jpeg"), png("back.PNG")]
    client.post(APPLY, {**application_data(), "documents": files, "save": "1"})
    documents = list(CredentialDocument.objects.filter(profile__user=member))
    assert sorted(d.content_type for d in documents) == [
        "application/pdf",
        "image/jpeg",
        "image/png",
    ]
    for stored in documents:
        path = Path(stored.file.path)
        assert path.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT))
        assert not path.is_relative_to(Path(settings.MEDIA_ROOT))
        assert stored.original_name not in path.name  # a random name on disk
        # The public media route cannot reach it, whatever path one guesses.
        assert client.get(f"/media/{stored.file.name}").status_code == 404
        assert client.get(f"/media/../private/{stored.file.name}").status_code in (400, 404)
        with pytest.raises(ValueError):
            stored.file.url  # noqa: B018 - private files have no URL


@pytest.mark.django_db
def test_document_access_matrix(client, document, moderator, other_member):
    url = doc_url(document)
    client.force_login(document.profile.user)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    assert response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"]

    client.force_login(moderator)
    assert client.get(url).status_code == 200

    client.force_login(other_member)
    assert client.get(url).status_code == 404

    client.logout()
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
def test_documents_can_be_removed_only_by_their_owner_while_editable(client, member, other_member):
    client.force_login(member)
    client.post(APPLY, {**application_data(), "documents": [pdf()], "save": "1"})
    stored = CredentialDocument.objects.get()
    path = Path(stored.file.path)
    client.force_login(other_member)
    assert client.post(f"{doc_url(stored)}remove/").status_code == 404
    client.force_login(member)
    client.post(f"{doc_url(stored)}remove/")
    assert not CredentialDocument.objects.exists() and not path.exists()


@pytest.mark.django_db
def test_photo_is_resized_and_non_images_are_refused(client, member):
    client.force_login(member)
    text = client.post(
        "/accounts/settings/",
        {
            "display_name": "Robin",
            "email": member.email,
            "avatar": SimpleUploadedFile("me.jpg", EXE_BYTES, content_type="image/jpeg"),
        },
    ).content.decode()
    assert "That file is not a photo we can read." in text

    client.post(
        "/accounts/settings/",
        {"display_name": "Robin", "email": member.email, "avatar": jpeg(size=(2000, 1200))},
    )
    member.refresh_from_db()
    with Image.open(member.avatar.path) as stored:
        assert max(stored.size) == 512 and stored.format == "JPEG"
    assert member.avatar.url in client.get(member.get_absolute_url()).content.decode()

    client.post(APPLY, {**application_data(), "photo": png(size=(900, 900)), "save": "1"})
    profile = SpecialistProfile.objects.get(user=member)
    with Image.open(profile.photo.path) as stored:
        assert stored.size == (512, 512)


XSS = '<script>alert("x")</script>"><img src=x onerror=alert(1)>'


@pytest.mark.django_db
def test_xss_in_every_profile_field_comes_out_inert(client, moderator, boards):
    user = factories.UserFactory(display_name=XSS[:60], bio=XSS, location=XSS[:80])
    client.force_login(user)
    fields = {
        name: XSS
        for name in (
            "professional_title",
            "qualifications",
            "licence_number",
            "licensing_body",
            "jurisdiction",
            "languages",
            "approach",
            "bio",
            "location",
            "fee_range",
            "consultation_description",
        )
    }
    client.post(APPLY, {**application_data(**fields), "documents": [pdf(XSS + ".pdf")]})
    client.post(APPLY, {**application_data(**fields), "submit": "1"})
    profile = SpecialistProfile.objects.get(user=user)
    assert profile.status == SpecialistProfile.Status.SUBMITTED
    client.force_login(moderator)
    pages = [
        client.get(f"/moderation/applications/{profile.pk}/"),
        client.get("/moderation/applications/"),
    ]
    client.post(
        f"/moderation/applications/{profile.pk}/",
        {
            "decision": "approve",
            "checked": ["identity", "register", "current", "specialisations"],
            "note": XSS,
        },
    )
    profile.refresh_from_db()
    assert profile.status == SpecialistProfile.Status.VERIFIED
    member = factories.UserFactory()
    client.force_login(member)
    client.post(
        f"/specialists/{user.username}/contact/",
        {"message": XSS, "preferred_times": XSS, "contact_method": "haven"},
    )
    consultation = profile.consultation_requests.get()
    pages += [
        client.get(user.get_absolute_url()),
        client.get("/specialists/"),
        client.get("/specialists/?q=script"),
        client.get(f"/consultations/{consultation.pk}/"),
        client.get("/"),
    ]
    client.force_login(user)
    pages += [
        client.get("/specialists/profile/"),
        client.get("/consultations/"),
        client.get("/accounts/settings/"),
        client.get("/accounts/notifications/"),
    ]
    for response in pages:
        html = response.content.decode()
        assert response.status_code == 200, response.request["PATH_INFO"]
        assert "<script>alert" not in html, response.request["PATH_INFO"]
        assert "<img src=x" not in html, response.request["PATH_INFO"]
    assert "&lt;script&gt;alert" in pages[0].content.decode()
    assert "&lt;script&gt;alert" in pages[2].content.decode()


@pytest.mark.django_db
def test_website_must_be_http_or_https(client, member):
    client.force_login(member)
    text = client.post(
        APPLY, {**application_data(website="javascript:alert(1)"), "save": "1"}
    ).content.decode()
    assert "Enter a valid URL." in text
    assert not SpecialistProfile.objects.filter(user=member).exists()


@pytest.mark.django_db
def test_specialist_photo_shows_on_profile(client, boards):
    profile = verified_specialist()
    client.force_login(profile.user)
    client.post(
        "/specialists/profile/",
        {"languages": "English", "session_formats": ["online"], "photo": jpeg(size=(800, 600))},
    )
    profile.refresh_from_db()
    assert profile.photo
    assert profile.photo.url in client.get(profile.user.get_absolute_url()).content.decode()
