"""Rate limits when the shared cache (Redis) is down.

Writes fail closed: django-ratelimit gets no count from an unreachable cache and refuses the
request (``RATELIMIT_FAIL_OPEN = False``); ``haven.views.ratelimited`` then tells the member
"We can't accept this right now" (503) instead of "slow down" (429). Reads that are limited
(search) fail open instead: ``limit_reads`` serves the page while the cache is unreachable.
"""

from functools import wraps

from django.conf import settings
from django.core.cache import caches
from django_ratelimit.core import get_usage
from django_ratelimit.exceptions import Ratelimited


def limiter_reachable() -> bool:
    """Can the rate-limit cache be reached right now? (Always True for a local cache.)"""
    cache = caches[getattr(settings, "RATELIMIT_USE_CACHE", "default")]
    get_client = getattr(getattr(cache, "client", None), "get_client", None)
    if get_client is None:  # not django-redis: an in-process cache is always there
        return True
    try:
        get_client(write=True).ping()
    except Exception:  # any connection error means: down
        return False
    return True


def _unreachable(usage: dict) -> bool:
    # django-ratelimit's answer when the cache gave no count (core.get_usage, 4.1).
    return usage["limit"] == 0 and usage["time_left"] == -1


def limit_reads(*, rate: str, key: str = "ip"):
    """Like ``@ratelimit(block=True)`` for a page that only reads, but never refuses it
    because the cache is down: reading keeps working during a Redis outage."""

    def decorator(view):
        group = f"{view.__module__}.{view.__qualname__}"

        @wraps(view)
        def wrapped(request, *args, **kwargs):
            usage = get_usage(request, group=group, key=key, rate=rate, increment=True)
            if usage is not None and usage["should_limit"] and not _unreachable(usage):
                raise Ratelimited()
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
