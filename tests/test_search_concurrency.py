"""Several processes post at once while two queue workers and a full reindex write the index:
afterwards every post is found. Real processes, a file-based SQLite database, a Whoosh index."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WRITERS = 4
QUESTIONS_EACH = 12

WRITE = """
import sys, django
django.setup()
from questions import services
from tests import factories
from forum.models import Board
n, count = int(sys.argv[1]), int(sys.argv[2])
member = factories.UserFactory(username=f"writer{n}", email=f"writer{n}@example.org")
specialist = factories.make_specialist(username=f"spec{n}", email=f"spec{n}@example.org")
boards = list(Board.objects.filter(kind="ask"))
for i in range(count):
    question = services.ask_question(
        author=member, board=boards[i % len(boards)], anonymous=i % 3 == 0,
        title=f"Question number {i} from writer {n} token w{n}q{i}x",
        body="A real worry, described at some length so the index has work to do.",
        tags=["concurrency"],
    )
    if i % 2 == 0:
        services.answer_question(
            question=question, author=specialist, body=f"An answer with token w{n}a{i}x."
        )
"""

CHECK = """
import json, sys, django
django.setup()
from questions import search
from questions.models import IndexTask
missing = []
for token in json.loads(sys.argv[1]):
    kind = "answers" if "a" in token[1:] else "questions"
    outcome = search.search(token, search.Filters(kind=kind))
    if not outcome.ok or outcome.total != 1:
        missing.append([token, outcome.ok, outcome.total])
print(json.dumps({"missing": missing, "queued": IndexTask.objects.count()}))
"""


def run(env, *args, **kwargs):
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, **kwargs
    )


@pytest.fixture
def environment(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "REDIS_URL", "CACHE_URL", "SEARCH_URL"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="haven.settings",
        HAVEN_DATA_DIR=str(tmp_path),
        # IMMEDIATE transactions: concurrent SQLite writers wait for each other instead of
        # failing on a lock upgrade.
        DATABASE_URL=f"sqlite:///{tmp_path}/haven.sqlite3?timeout=60&transaction_mode=IMMEDIATE",
        SEARCH_URL=str(tmp_path / "whoosh_index"),
        RATELIMIT_ENABLE="0",
        PYTHONPATH=str(ROOT),
    )
    for command in (["migrate", "--noinput", "-v0"], ["setup_forums"]):
        out = run(env, "manage.py", *command)
        assert out.returncode == 0, out.stderr
    return env


def test_concurrent_writers_and_index_writers_lose_nothing(environment):
    env = environment
    worker_cmd = [sys.executable, "manage.py", "process_search_queue", "--interval", "0.05"]
    workers = [
        subprocess.Popen(
            worker_cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for _ in range(2)
    ]
    try:
        writers = [
            subprocess.Popen(
                [sys.executable, "-c", WRITE, str(n), str(QUESTIONS_EACH)],
                cwd=ROOT,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for n in range(WRITERS)
        ]
        time.sleep(2)
        reindex = run(env, "manage.py", "reindex_search", "--no-progress")  # a third writer
        assert reindex.returncode == 0, reindex.stderr
        for writer in writers:
            _out, err = writer.communicate(timeout=300)
            assert writer.returncode == 0, err
    finally:
        for worker in workers:
            worker.send_signal(signal.SIGTERM)
        worked = b""
        for worker in workers:
            out, err = worker.communicate(timeout=60)
            assert worker.returncode == 0, err.decode()
            assert b"Traceback" not in err, err.decode()
            worked += out
    assert b"change(s) applied" in worked  # the workers wrote while the posts came in

    drained = run(env, "manage.py", "process_search_queue", "--once")
    assert drained.returncode == 0, drained.stderr
    tokens = [f"w{n}q{i}x" for n in range(WRITERS) for i in range(QUESTIONS_EACH)]
    tokens += [f"w{n}a{i}x" for n in range(WRITERS) for i in range(0, QUESTIONS_EACH, 2)]
    check = run(env, "-c", CHECK, json.dumps(tokens))
    assert check.returncode == 0, check.stderr
    report = json.loads(check.stdout.strip().splitlines()[-1])
    assert report == {"missing": [], "queued": 0}
