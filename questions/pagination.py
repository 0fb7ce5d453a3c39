"""Keyset pagination for question lists: page 500 costs what page 1 costs.

Lists are ordered newest first by (created, pk). A page is fetched with a cursor — the
(created, pk) of the last row seen — instead of an OFFSET, and no COUNT(*) runs.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.db.models import Q

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass
class KeysetPage:
    object_list: list
    older: str | None  # cursor for the next (older) page, if any
    newer: str | None  # cursor for the previous (newer) page, if any

    @property
    def has_other_pages(self) -> bool:
        return bool(self.older or self.newer)


def encode(row) -> str:
    micros = (row.created - EPOCH) // timedelta(microseconds=1)
    return f"{micros}.{row.pk}"


def decode(token: str | None):
    try:
        micros, pk = (token or "").split(".")
        return EPOCH + timedelta(microseconds=int(micros)), int(pk)
    except (ValueError, OverflowError):
        return None


def keyset_page(queryset, *, before: str | None = None, after: str | None = None, size=20):
    """Rows older than ``before``, or newer than ``after``, or the newest page."""
    newer_than = decode(after)
    older_than = decode(before) if newer_than is None else None
    if newer_than:
        created, pk = newer_than
        rows = list(
            queryset.filter(Q(created__gt=created) | Q(created=created, pk__gt=pk)).order_by(
                "created", "pk"
            )[: size + 1]
        )
        has_newer = len(rows) > size
        rows = rows[:size][::-1]
        return KeysetPage(
            rows,
            older=encode(rows[-1]) if rows else None,
            newer=encode(rows[0]) if rows and has_newer else None,
        )
    if older_than:
        created, pk = older_than
        queryset = queryset.filter(Q(created__lt=created) | Q(created=created, pk__lt=pk))
    rows = list(queryset.order_by("-created", "-pk")[: size + 1])
    has_older = len(rows) > size
    rows = rows[:size]
    return KeysetPage(
        rows,
        older=encode(rows[-1]) if rows and has_older else None,
        newer=encode(rows[0]) if rows and older_than else None,
    )
