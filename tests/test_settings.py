"""Settings come from the environment: each variant is loaded in a fresh interpreter."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROBE = (
    "import json, django; from django.conf import settings as s; django.setup();"
    "print(json.dumps({'db': s.DATABASES['default']['ENGINE'], 'name': str(s.DATABASES['default']"
    "['NAME']), 'cache': s.CACHES['default']['BACKEND'], 'session': s.SESSION_ENGINE,"
    "'search': s.HAYSTACK_CONNECTIONS['default'], 'email': s.EMAIL_BACKEND, 'debug': s.DEBUG,"
    "'hosts': s.ALLOWED_HOSTS, 'silenced': s.SILENCED_SYSTEM_CHECKS,"
    "'hasher': s.PASSWORD_HASHERS[0],"
    "'ratelimit': s.CACHES[s.RATELIMIT_USE_CACHE]}))"
)
_CLEAR = (
    "DATABASE_URL",
    "REDIS_URL",
    "CACHE_URL",
    "SEARCH_URL",
    "EMAIL_URL",
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
)


def load_settings(**env) -> dict:
    clean = {k: v for k, v in os.environ.items() if k not in _CLEAR}
    clean.update(DJANGO_SETTINGS_MODULE="haven.settings", **env)
    out = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_embedded_defaults_run_without_any_service():
    s = load_settings(HAVEN_DATA_DIR="/tmp/haven-defaults")
    assert s["db"] == "django.db.backends.sqlite3"
    assert s["name"] == "/tmp/haven-defaults/haven.sqlite3"
    assert s["cache"] == "django.core.cache.backends.locmem.LocMemCache"
    assert s["search"]["ENGINE"] == "haven.whoosh_backend.WhooshEngine"  # haystack's, faster
    assert s["search"]["PATH"] == "/tmp/haven-defaults/whoosh_index"
    # machina's PostIndex would store posters' names: it is never used.
    assert s["search"]["EXCLUDED_INDEXES"] == ["machina.apps.forum_search.search_indexes.PostIndex"]
    assert s["email"] == "django.core.mail.backends.console.EmailBackend"
    # Only the single-process default silences django-ratelimit's shared-cache check.
    assert "django_ratelimit.E003" in s["silenced"]
    assert s["hasher"] == "django.contrib.auth.hashers.Argon2PasswordHasher"


def test_postgres_redis_and_smtp_from_the_environment():
    s = load_settings(
        DATABASE_URL="postgres://haven:pw@db.internal:5432/haven",
        REDIS_URL="redis://cache.internal:6379/2",
        EMAIL_URL="smtp://mailer:secret@smtp.internal:587",
        SEARCH_URL="/srv/haven/index",
    )
    assert s["db"] == "django.db.backends.postgresql"
    assert s["name"] == "haven"
    assert s["cache"] == "django_redis.cache.RedisCache"
    assert s["session"] == "django.contrib.sessions.backends.cached_db"  # survives Redis outages
    assert s["email"] == "django.core.mail.backends.smtp.EmailBackend"
    assert s["search"]["PATH"] == "/srv/haven/index"
    # Rate limits count in the same Redis, in process memory while Redis is down; only the
    # "not officially supported backend" warning is silenced, the shared-cache check runs.
    assert s["ratelimit"]["BACKEND"] == "haven.ratelimit_cache.RedisWithLocalFallback"
    assert s["ratelimit"]["LOCATION"] == "redis://cache.internal:6379/2"
    assert s["silenced"] == ["django_ratelimit.W001"]


@pytest.mark.parametrize(
    ("url", "engine", "key", "value"),
    [
        ("elasticsearch://search:9200/haven", "elasticsearch7_backend", "INDEX_NAME", "haven"),
        ("solr://search:8983/solr/haven", "solr_backend", "URL", "http://search:8983/solr/haven"),
        ("whoosh:///srv/index", "whoosh_backend", "PATH", "/srv/index"),
    ],
)
def test_search_url_selects_the_engine(url, engine, key, value):
    s = load_settings(SEARCH_URL=url)
    assert engine in s["search"]["ENGINE"]
    assert s["search"][key] == value


def test_production_refuses_the_development_secret():
    with pytest.raises(subprocess.CalledProcessError) as error:
        load_settings(DEBUG="0")
    assert "Set SECRET_KEY" in error.value.stderr


def test_production_settings_pass_check_deploy():
    env = {k: v for k, v in os.environ.items() if k not in _CLEAR}
    env.update(
        DJANGO_SETTINGS_MODULE="haven.settings",
        DEBUG="0",
        SECRET_KEY="x7#Lq9!vR2@pZ4$wN8^tK1&mB6*cH3(jF5)dS0_gY-eU+aQ=iO",
        ALLOWED_HOSTS="haven.example.org",
    )
    out = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "no issues" in out.stdout


def test_a_fresh_data_folder_is_made_so_the_database_opens(tmp_path):
    """`make bench` and a custom HAVEN_DATA_DIR start from a folder that does not exist yet."""
    folder = tmp_path / "not" / "there"
    clean = {k: v for k, v in os.environ.items() if k not in _CLEAR}
    clean.update(DJANGO_SETTINGS_MODULE="haven.settings", HAVEN_DATA_DIR=str(folder))
    probe = (
        "import django; django.setup(); from django.db import connection;"
        "connection.ensure_connection()"
    )
    subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=clean, check=True)
    assert (folder / "haven.sqlite3").exists()
