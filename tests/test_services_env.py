"""When CI runs the suite against PostgreSQL and Redis, prove those are what it used."""

import os

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection

needs_services = pytest.mark.skipif(
    not os.environ.get("HAVEN_REQUIRE_SERVICES"), reason="the SQLite run of the suite"
)


@needs_services
@pytest.mark.django_db
def test_suite_runs_on_postgresql():
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("select version()")
        assert "PostgreSQL" in cursor.fetchone()[0]


@needs_services
def test_cache_sessions_and_rate_limits_use_redis():
    assert settings.CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache"
    # Sessions live in the database and are cached in Redis (they survive a Redis outage).
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.cached_db"
    cache.set("haven-ci-probe", "ok", 5)
    from django_redis import get_redis_connection

    assert get_redis_connection("default").get(cache.make_key("haven-ci-probe")) is not None


@needs_services
def test_rate_limit_counts_are_shared_through_redis_by_every_process():
    """Two web processes count into one Redis while it is up: a limit is not per process."""
    from django.core.cache import caches

    from haven.ratelimit_cache import RedisWithLocalFallback

    assert settings.RATELIMIT_USE_CACHE == "ratelimit"
    config = settings.CACHES["ratelimit"]
    first = caches["ratelimit"]
    second = RedisWithLocalFallback(config["LOCATION"], config)  # as another process builds it
    assert first.add("haven-ci-count", 1, 60)
    assert second.incr("haven-ci-count") == 2
    assert first.incr("haven-ci-count") == 3
    assert first.local.get("haven-ci-count") is None  # nothing was counted locally
