"""The visitors' page cache across a Redis outage, with a real Redis server of the test's own.

The server is shut down and started again on its append-only file, so it comes back with
everything it held — the page cached before the outage included — while every command sent
during the outage was refused. A moderator hides an answer meanwhile: the invalidation cannot
reach Redis, so it waits in the database (``StalePage``) and the search queue worker lands it
once Redis answers again.
"""

import shutil
import socket
import subprocess
import time

import pytest
from django.core.management import call_command
from django.test import Client, override_settings

from moderation import services as moderation
from questions.models import StalePage
from tests import factories

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not shutil.which("redis-server"), reason="needs redis-server"),
]
ANSWER = "Write down the three things you would say to her if she called tonight."


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PrivateRedis:
    def __init__(self, directory):
        self.port = _free_port()
        self.command = [
            "redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
            "--appendonly", "yes", "--appendfsync", "always", "--dir", str(directory),
        ]  # fmt: skip
        self.process = None

    def start(self):
        self.process = subprocess.Popen(self.command, stdout=subprocess.DEVNULL)
        for _ in range(100):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self):
        self.process.terminate()  # SIGTERM: Redis flushes its append-only file and exits
        self.process.wait(timeout=10)


@pytest.fixture
def private_redis(tmp_path):
    redis = PrivateRedis(tmp_path)
    redis.start()
    caches = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{redis.port}/0",
            # Haven's own options for Redis (haven/settings.py): errors are misses, quickly.
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 1,
            },
        },
        "machina_attachments": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
    with override_settings(CACHES=caches, HAVEN_PAGE_CACHE=True, RATELIMIT_USE_CACHE="default"):
        yield redis
    if redis.process.poll() is None:
        redis.stop()


def test_a_hide_during_an_outage_reaches_the_cached_page_once_redis_is_back(
    boards, private_redis, django_capture_on_commit_callbacks
):
    question = factories.make_question(factories.UserFactory())
    answer = factories.make_answer(question, body=ANSWER)
    url = question.get_absolute_url()
    assert ANSWER in Client().get(url).content.decode()  # cached for visitors now

    private_redis.stop()  # Redis is down; its data is on disk
    with django_capture_on_commit_callbacks(execute=True):
        moderation.hide(
            moderator=factories.make_moderator(), target=answer.post, reason="Unsafe advice."
        )
    assert StalePage.objects.filter(question_id=question.pk).exists()
    assert ANSWER not in Client().get(url).content.decode()  # rendered afresh meanwhile

    private_redis.start()  # Redis is back, with the old page in it
    assert ANSWER in Client().get(url).content.decode()  # stale until the worker's next pass
    call_command("process_search_queue", "--once", verbosity=0)
    assert not StalePage.objects.exists()
    assert ANSWER not in Client().get(url).content.decode()
