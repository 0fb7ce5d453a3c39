"""Whole-page cache of question pages for visitors who are not logged in.

A visitor's question page holds nothing personal (no CSRF token, no votes of theirs), so the
rendered HTML is shared between visitors. Keys carry the language and a per-question version;
a new answer, a vote, the *helped* mark, or any change to the question's posts or topic
(an edit, a hide, a lock, a move) bumps the version, so a stale page is never served.

A bump that cannot reach the cache (Redis down) is written to the database (``StalePage``)
and retried by the search queue worker until it lands: a page cached before an outage is
not served after it without what changed meanwhile.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from questions.models import StalePage

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
    """Make every cached copy of this question's page stale, now or, if the cache cannot be
    reached, as soon as it can (``retry_stale``)."""
    if not _bump(question_id):
        StalePage.objects.get_or_create(question_id=question_id)


def retry_stale(limit: int = 500) -> int:
    """Bump the versions an outage left behind; returns how many are still waiting."""
    waiting = list(StalePage.objects.values_list("pk", "question_id")[:limit])
    done = [pk for pk, question_id in waiting if _bump(question_id)]
    StalePage.objects.filter(pk__in=done).delete()
    return len(waiting) - len(done)


def _bump(question_id: int) -> bool:
    """Did the version move? (django-redis answers None when Redis cannot be reached.)"""
    key = _version_key(question_id)
    try:
        return cache.incr(key) is not None
    except ValueError:  # no version yet: start one above the default a page render sets
        added = cache.add(key, 2, None)
        if added is False:  # a page render set the default meanwhile: move it on
            return cache.incr(key) is not None
        return added is not None
