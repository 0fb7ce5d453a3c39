"""Checking what people upload: photos are re-encoded by Pillow, documents are typed by content.

A file's name and the browser's content type are both chosen by the uploader, so neither is
trusted: a photo must decode as an image (and is re-encoded, which drops any hidden payload and
the camera's location data); a document must start with the magic bytes of PDF, JPEG or PNG.
"""

import io
import logging
import uuid
from contextlib import contextmanager

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from PIL import Image, ImageOps, UnidentifiedImageError

log = logging.getLogger(__name__)

PHOTO_MAX_BYTES = 5 * 1024 * 1024
PHOTO_MAX_SIDE = 512
PHOTO_MAX_PIXELS = 40_000_000  # refuse "decompression bombs" before decoding them
DOCUMENT_MAX_BYTES = 5 * 1024 * 1024
DOCUMENT_MAX_COUNT = 6

# (magic bytes, content type, extension)
DOCUMENT_SIGNATURES = [
    (b"%PDF-", "application/pdf", ".pdf"),
    (b"\xff\xd8\xff", "image/jpeg", ".jpg"),
    (b"\x89PNG\r\n\x1a\n", "image/png", ".png"),
]


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def process_photo(uploaded) -> ContentFile:
    """A square-ish JPEG at most 512px a side, or a ValidationError a person understands."""
    if uploaded.size > PHOTO_MAX_BYTES:
        raise ValidationError(
            f"That photo is {_megabytes(uploaded.size)}; please choose one under 5 MB."
        )
    not_a_photo = ValidationError(
        "That file is not a photo we can read. Please choose a JPEG, PNG or WebP picture."
    )
    try:
        uploaded.seek(0)
        with Image.open(uploaded) as probe:
            if probe.format not in {"JPEG", "PNG", "WEBP", "GIF"}:
                raise not_a_photo
            if probe.width * probe.height > PHOTO_MAX_PIXELS:
                raise ValidationError("That picture is too large to process; please resize it.")
            probe.verify()
        uploaded.seek(0)
        with Image.open(uploaded) as image:
            image = ImageOps.exif_transpose(image)
            image.thumbnail((PHOTO_MAX_SIDE, PHOTO_MAX_SIDE))
            if image.mode not in ("RGB", "L"):
                background = Image.new("RGB", image.size, "white")
                rgba = image.convert("RGBA")
                background.paste(rgba, mask=rgba.getchannel("A"))
                image = background
            out = io.BytesIO()
            image.convert("RGB").save(out, format="JPEG", quality=85, optimize=True)
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as error:
        raise not_a_photo from error
    return ContentFile(out.getvalue(), name=f"{uuid.uuid4().hex}.jpg")


def detect_document_type(uploaded) -> tuple[str, str] | None:
    """(content type, extension) from the first bytes of the file, or None."""
    uploaded.seek(0)
    head = uploaded.read(16)
    uploaded.seek(0)
    for magic, content_type, extension in DOCUMENT_SIGNATURES:
        if head.startswith(magic):
            return content_type, extension
    return None


def check_document(uploaded) -> tuple[str, str]:
    """Validate one credential document; return its detected (content type, extension)."""
    name = uploaded.name or "file"
    if uploaded.size > DOCUMENT_MAX_BYTES:
        raise ValidationError(
            f"“{name}” is {_megabytes(uploaded.size)}; each document must be 5 MB or less."
        )
    if uploaded.size == 0:
        raise ValidationError(f"“{name}” is empty.")
    detected = detect_document_type(uploaded)
    if detected is None:
        raise ValidationError(
            f"“{name}” is not a PDF, JPEG or PNG file (we check the content, not the name). "
            "Please scan or export your document in one of those formats."
        )
    return detected


STORAGE_FAILED = (
    "We could not store your file just now: our storage is full or unavailable. "
    "Please try the file again later."
)


@contextmanager
def storing(field: str):
    """Turn a storage failure (disk full, read-only, unreachable) into a message on ``field``
    instead of a crash; the caller decides what of the rest is kept."""
    try:
        yield
    except OSError as error:
        log.exception("could not store an upload for %s", field)
        raise ValidationError({field: STORAGE_FAILED}) from error
