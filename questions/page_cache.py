"""Whole-page cache of question pages for visitors who are not logged in.

A visitor's question page holds nothing personal (no CSRF token, no votes of theirs), so the
rendered HTML is shared between visitors. Keys carry the language and a per-question version;
a new answer, a vote, the *helped* mark, or any change to the question's posts or topic
(an edit, a hide, a lock, a move) bumps the version, so a stale page is never served.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

TIMEOUT = 60 * 15


def _version_key(question_id: int) -> str:
    return f"question-page-version:{question_id}"


def _version(question_id: int) -> int:
    return cache.get_or_set(_version_key(question_id), 1, None)


def page_key(question_id: int) -> str:
    return f"question-page:{question_id}:{get_language()}:v{_version(question_id)}"


def can_use(request) -> bool:
    """Only anonymous GETs with no flash messages waiting share the cached page."""
    if not settings.HAVEN_PAGE_CACHE or request.method != "GET" or request.user.is_authenticated:
        return False
    return not request.COOKIES.get("messages") and not request.session.get("_messages")


def get(question_id: int, slug: str) -> bytes | None:
    cached = cache.get(page_key(question_id))
    if cached and cached[0] == slug:
        return cached[1]
    return None


def store(question_id: int, slug: str, html: bytes) -> None:
    cache.set(page_key(question_id), (slug, html), TIMEOUT)


def invalidate(question_id: int) -> None:
    """Make every cached copy of this question's page stale."""
    try:
        cache.incr(_version_key(question_id))
    except ValueError:  # no version yet: nothing cached
        cache.set(_version_key(question_id), 2, None)
