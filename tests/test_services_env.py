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
