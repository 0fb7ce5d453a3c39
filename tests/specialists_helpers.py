"""Builders shared by the specialist and consultation tests."""

import io
from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from forum.models import Board
from profiles import services
from profiles.models import SpecialistProfile
from tests import factories

PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def pdf(name="licence.pdf", content=PDF_BYTES):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def image_bytes(size=(40, 30), fmt="PNG", color=(80, 140, 120)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, format=fmt)
    return out.getvalue()


def png(name="scan.png", size=(40, 30)):
    return SimpleUploadedFile(name, image_bytes(size), content_type="image/png")


def jpeg(name="photo.jpg", size=(40, 30)):
    return SimpleUploadedFile(name, image_bytes(size, "JPEG"), content_type="image/jpeg")


def board_pk(slug):
    return Board.objects.get(slug=slug).pk


def application_data(**overrides) -> dict:
    """A complete application as the form posts it."""
    data = {
        "professional_title": "Licensed Marriage and Family Therapist",
        "qualifications": "MA Counselling Psychology",
        "licence_number": "LMFT-12345",
        "licensing_body": "Board of Behavioral Sciences",
        "jurisdiction": "California, USA",
        "licence_expiry": (timezone.localdate() + timedelta(days=400)).isoformat(),
        "years_of_practice": "9",
        "specialisations": [board_pk("breakups"), board_pk("marriage")],
        "languages": "English, Spanish",
        "session_formats": ["online", "in_person"],
        "approach": "Emotionally focused; practical homework between sessions.",
        "bio": "I help couples find their way back to each other.",
        "website": "https://example.org/practice",
        "location": "Oakland, CA",
        "fee_range": "$120–160",
        "offers_free_consultation": "on",
        "consultation_description": "Free 30-minute initial consultation, online or in person.",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def verified_specialist(
    *,
    display_name="Dana Rivers",
    specialisations=("breakups",),
    languages="English",
    online=True,
    in_person=False,
    free=False,
    expiry_days=365,
    **profile_fields,
):
    """A verified specialist with the directory-relevant fields set."""
    user = factories.UserFactory(display_name=display_name)
    profile = SpecialistProfile.objects.create(
        user=user,
        professional_title=profile_fields.pop("professional_title", "Licensed Psychologist"),
        licence_number="PSY-1",
        licensing_body="Board of Psychology",
        jurisdiction=profile_fields.pop("jurisdiction", "Oregon, USA"),
        licence_expiry=timezone.localdate() + timedelta(days=expiry_days),
        languages=languages,
        offers_online=online,
        offers_in_person=in_person,
        offers_free_consultation=free,
        status=SpecialistProfile.Status.SUBMITTED,
        **profile_fields,
    )
    profile.specialisations.set(Board.objects.filter(slug__in=specialisations))
    services.mark_verified(profile=profile, reason="test")
    return profile
