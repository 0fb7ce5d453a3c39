"""Shared fixtures. Every test run keeps its data (search index, uploads) in a temp folder."""

import os
import tempfile
import time
import types
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache, caches

from forum.services import setup_forums
from tests import factories

_DATA = Path(tempfile.mkdtemp(prefix="haven-test-"))
if "whoosh" in settings.HAYSTACK_CONNECTIONS["default"]["ENGINE"]:
    settings.HAYSTACK_CONNECTIONS["default"]["PATH"] = str(_DATA / "whoosh_index")
settings.MEDIA_ROOT = _DATA / "media"
settings.PRIVATE_MEDIA_ROOT = _DATA / "private"
settings.CACHES["machina_attachments"]["LOCATION"] = str(_DATA / "cache")

# Parallel workers (pytest-xdist) must not share one Redis database: each test clears the
# cache, which would wipe another worker's rate-limit counters mid-test.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
if _WORKER.startswith("gw") and "redis" in settings.CACHES["default"]["BACKEND"].lower():
    _base, _db = settings.CACHES["default"]["LOCATION"].rsplit("/", 1)
    for _alias in ("default", "ratelimit"):
        if _alias in settings.CACHES:
            settings.CACHES[_alias]["LOCATION"] = f"{_base}/{int(_db) + 1 + int(_WORKER[2:])}"


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters and cached pages never leak from one test into another."""
    cache.clear()
    caches[settings.RATELIMIT_USE_CACHE].clear()
    yield
    cache.clear()
    caches[settings.RATELIMIT_USE_CACHE].clear()


@pytest.fixture(autouse=True)
def _rate_limit_windows_stand_still(monkeypatch):
    """django-ratelimit counts in fixed windows (a minute, an hour); a burst of requests that
    happened to straddle a window's end would pass the limit. Its clock stands still in a test."""
    from django_ratelimit import core

    now = time.time()
    monkeypatch.setattr(core, "time", types.SimpleNamespace(time=lambda: now))


@pytest.fixture
def boards(db):
    setup_forums()


@pytest.fixture
def member(boards):
    return factories.UserFactory()


@pytest.fixture
def other_member(boards):
    return factories.UserFactory()


@pytest.fixture
def specialist(boards):
    return factories.make_specialist()


@pytest.fixture
def applicant(boards):
    return factories.make_applicant()


@pytest.fixture
def moderator(boards):
    return factories.make_moderator()


@pytest.fixture
def question(member):
    return factories.make_question(member)


@pytest.fixture
def search_index(settings):
    """An empty search index for this test; rebuilt from the database on demand."""
    from django.core.management import call_command

    call_command("clear_index", interactive=False, verbosity=0)
    yield lambda: call_command("update_index", verbosity=0)
    call_command("clear_index", interactive=False, verbosity=0)
