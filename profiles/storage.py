"""Where credential documents live: outside MEDIA_ROOT, with no public URL at all.

They are read only through ``profiles.views.document``, which checks who is asking.
"""

import os
import uuid

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class PrivateStorage(FileSystemStorage):
    """A file system storage rooted at ``settings.PRIVATE_MEDIA_ROOT`` (read on every use)."""

    @property
    def base_location(self):
        return str(settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Credential documents have no public URL; use the documents view.")


_private = PrivateStorage()


def private_storage() -> PrivateStorage:
    """Callable for ``FileField(storage=...)``: migrations name this function, not a path."""
    return _private


def credential_path(document, filename: str) -> str:
    """A random name under the owner's folder; the original name is kept only for display."""
    extension = os.path.splitext(filename)[1].lower()
    return f"credentials/{document.profile.user_id}/{uuid.uuid4().hex}{extension}"
