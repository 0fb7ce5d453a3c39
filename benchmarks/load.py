"""`make load`: Haven under a mixed load — gunicorn, PostgreSQL and Redis, all on loopback.

Virtual visitors read question pages, lists and categories and search; logged-in members vote
(in place, as the page's script does) and ask questions — for a bounded time. Then it prints
requests per second, p50/p95/p99 latency and errors per kind of request, and checks that no
accepted write was lost: every question that got its "posted" redirect is in the database once,
every vote that was confirmed is stored as confirmed, and every score equals the sum of its
votes. Exits 1 on any server error (5xx) or lost write.

    python benchmarks/load.py [--seconds 30] [--clients 24] [--workers 4]

Uses its own database (``haven_load`` on DATABASE_URL's server, created and filled once with
the demo content) and Redis database 5 unless REDIS_URL is set. Rate limits stay on, as in
production: a refused request (429) is counted, never as an error.
"""

import argparse
import http.client
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections import defaultdict
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BASE_DB = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/haven")
LOAD_DB = BASE_DB.rsplit("/", 1)[0] + "/haven_load"
ENV = {
    "DATABASE_URL": LOAD_DB,
    "REDIS_URL": os.environ.get("LOAD_REDIS_URL", "redis://127.0.0.1:6379/5"),
    "HAVEN_DATA_DIR": str(ROOT / "var" / "load"),
    "DEBUG": "0",
    "SECRET_KEY": "load-test-only-" + "k" * 40,
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "SECURE_SSL_REDIRECT": "0",
    "STATIC_MANIFEST": "0",
    "LOG_LEVEL": "ERROR",
    "DJANGO_SETTINGS_MODULE": "haven.settings",
}
os.environ.update(ENV)
PASSWORD = "load-Passphrase-2026"
WORDS = [
    "trust", "space", "breakup", "jealous", "family", "boundaries", "apology", "texting",
    "silence", "divorce", "dating", "anxiety", "forgive", "money", "holiday", "repair",
]  # fmt: skip
MIX = [("read", 0.55), ("search", 0.2), ("vote", 0.18), ("ask", 0.07)]


# --- Preparing the database ----------------------------------------------------------------------
def ensure_database() -> None:
    import psycopg

    parts = urlsplit(BASE_DB)
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("select 1 from pg_database where datname = 'haven_load'").fetchone():
            conn.execute("create database haven_load")


def prepare(clients: int) -> dict:
    """Migrate and fill the load database once; returns what the visitors will use."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from questions.models import Question

    call_command("migrate", verbosity=0, interactive=False)
    call_command("setup_forums", verbosity=0)
    if not Question.objects.exists():
        call_command("seed_demo", verbosity=0)
    User = get_user_model()
    members = []
    for n in range(clients):
        user, created = User.objects.get_or_create(
            username=f"load-member-{n}", defaults={"email": f"load-member-{n}@example.org"}
        )
        if created:
            user.set_password(PASSWORD)
            user.save()
        members.append(user.username)
    questions = list(  # the demo content (not earlier runs' questions: no vote on your own)
        Question.objects.filter(topic__approved=True)
        .exclude(topic__poster__username__startswith="load-")
        .select_related("topic")
        .order_by("pk")[:200]
    )
    return {
        "members": members,
        "pages": [q.get_absolute_url() for q in questions],
        "posts": [q.topic.first_post_id for q in questions],
        "categories": ["/categories/breakups/", "/categories/dating/", "/categories/family/"],
    }


# --- A small HTTP client that keeps its cookies -------------------------------------------------
class Browser:
    """One person's browser. ``source`` is its own loopback address (127.0.1.N), so each
    visitor has its own address, as people do, for the per-address rate limits."""

    def __init__(self, port: int, source: str = "127.0.0.1"):
        self.port, self.source = port, source
        self.cookies: dict[str, str] = {}
        self.conn = self._connect()

    def _connect(self):
        return http.client.HTTPConnection(
            "127.0.0.1", self.port, timeout=30, source_address=(self.source, 0)
        )

    def request(self, method: str, path: str, data: dict | None = None, json_reply=False):
        headers = {"Host": f"127.0.0.1:{self.port}"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if method == "POST":
            body = urlencode(data or {})
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["X-CSRFToken"] = self.cookies.get("csrftoken", "")
        if json_reply:
            headers["Accept"] = "application/json"
        started = time.perf_counter()
        try:
            self.conn.request(method, path, body, headers)
            response = self.conn.getresponse()
            content = response.read()
        except (OSError, http.client.HTTPException):
            self.conn.close()
            self.conn = self._connect()
            return 0, None, b"", time.perf_counter() - started
        elapsed = time.perf_counter() - started
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                for morsel in SimpleCookie(value).values():
                    if morsel["max-age"] == "0" or not morsel.value:
                        self.cookies.pop(morsel.key, None)
                    else:
                        self.cookies[morsel.key] = morsel.value
        return response.status, response.getheader("Location"), content, elapsed

    def log_in(self, username: str) -> bool:
        self.request("GET", "/accounts/login/")
        status, _, _, _ = self.request(
            "POST", "/accounts/login/", {"username": username, "password": PASSWORD}
        )
        return status == 302 and "sessionid" in self.cookies


# --- The load -------------------------------------------------------------------------------------
class Results:
    def __init__(self):
        self.lock = threading.Lock()
        self.latency = defaultdict(list)
        self.statuses = defaultdict(lambda: defaultdict(int))
        self.asked: list[tuple[str, str]] = []  # (title, where it said it was posted)
        self.votes: dict[tuple[str, int], int] = {}  # last confirmed value per member and post

    def record(self, kind: str, status: int, elapsed: float) -> None:
        with self.lock:
            self.latency[kind].append(elapsed * 1000)
            self.statuses[kind][status] += 1


def visitor(port, plan, member, deadline, results, seed):
    rng = random.Random(seed)
    source = f"127.0.{1 + seed // 250}.{1 + seed % 250}"
    anonymous, signed_in = Browser(port, source), Browser(port, source)
    if not signed_in.log_in(member):
        results.record("login", 0, 0.0)
        return
    kinds, weights = zip(*MIX, strict=True)
    while time.monotonic() < deadline:
        kind = rng.choices(kinds, weights)[0]
        if kind == "read":
            path = rng.choice(plan["pages"] + plan["categories"] + ["/", "/questions/"])
            status, _, _, elapsed = anonymous.request("GET", path)
        elif kind == "search":
            query = urlencode({"q": " ".join(rng.sample(WORDS, rng.choice((1, 2))))})
            status, _, _, elapsed = anonymous.request("GET", f"/search/?{query}")
        elif kind == "vote":
            post, value = rng.choice(plan["posts"]), rng.choice((1, 1, -1, 0))
            status, _, content, elapsed = signed_in.request(
                "POST", f"/posts/{post}/vote/", {"value": value}, json_reply=True
            )
            if status == 200:
                with results.lock:
                    results.votes[(member, post)] = json.loads(content)["value"]
        else:
            title = f"Load test question {uuid.uuid4().hex[:12]}: how do we talk again?"
            status, location, _, elapsed = signed_in.request(
                "POST",
                "/questions/ask/",
                {
                    "title": title,
                    "body": "We stopped talking after a long argument and I miss us.",
                    "board": "communication",
                    "tags": "load-test",
                },
            )
            if status == 302 and location and "/questions/" in location:
                with results.lock:
                    results.asked.append((title, location))
        results.record(kind, status, elapsed)


def start_server(port: int, workers: int) -> subprocess.Popen:
    command = [
        str(ROOT / ".venv" / "bin" / "gunicorn"),
        "haven.wsgi",
        "--workers", str(workers),
        "--bind", f"127.0.0.1:{port}",
        "--log-level", "warning",
    ]  # fmt: skip
    log = ROOT / "var" / "load" / "gunicorn.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("w") as out:  # Django logs every refused (429) request; keep it off screen
        server = subprocess.Popen(
            command, cwd=ROOT, env={**os.environ, **ENV}, stdout=out, stderr=subprocess.STDOUT
        )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("gunicorn did not start")


def lost_writes(results: Results) -> list[str]:
    from django.db.models import Sum

    from questions.models import Answer, Question, Vote

    lost = []
    for title, location in results.asked:
        found = Question.objects.filter(topic__subject=title)
        if found.count() != 1 or found.get().get_absolute_url() != urlsplit(location).path:
            lost.append(f"question {title!r}: {found.count()} in the database")
    usernames = {member for member, _ in results.votes}
    stored = {
        (v.user.username, v.post_id): v.value
        for v in Vote.objects.filter(user__username__in=usernames).select_related("user")
    }
    for key, value in results.votes.items():
        if stored.get(key, 0) != value:
            lost.append(f"vote {key}: confirmed {value}, stored {stored.get(key, 0)}")
    for question in Question.objects.filter(topic__first_post__votes__isnull=False).distinct():
        total = Vote.objects.filter(post_id=question.topic.first_post_id).aggregate(s=Sum("value"))
        if question.score != (total["s"] or 0):
            lost.append(f"question {question.pk}: score {question.score} != {total['s']}")
    for answer in Answer.objects.filter(post__votes__isnull=False).distinct():
        total = Vote.objects.filter(post_id=answer.post_id).aggregate(s=Sum("value"))
        if answer.score != (total["s"] or 0):
            lost.append(f"answer {answer.pk}: score {answer.score} != {total['s']}")
    return lost


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def report(results: Results, seconds: float) -> int:
    print(f"\n{'kind':<8}{'requests':>10}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"
          f"{'5xx':>6}{'429':>6}{'other':>7}")  # fmt: skip
    every, errors = [], 0
    for kind, _ in MIX:
        samples = results.latency.get(kind, [])
        if not samples:
            continue
        every += samples
        statuses = results.statuses[kind]
        server_errors = sum(n for code, n in statuses.items() if code >= 500 or code == 0)
        limited = statuses.get(429, 0)
        other = sum(n for code, n in statuses.items() if code not in (200, 302, 429, 0)) - (
            server_errors - statuses.get(0, 0)
        )
        errors += server_errors
        print(
            f"{kind:<8}{len(samples):>10}{len(samples) / seconds:>9.1f}"
            f"{statistics.median(samples):>9.1f}{percentile(samples, 95):>9.1f}"
            f"{percentile(samples, 99):>9.1f}{server_errors:>6}{limited:>6}{other:>7}"
        )
    for kind, statuses in results.statuses.items():
        unusual = {code: n for code, n in statuses.items() if code not in (200, 302, 429)}
        if unusual:
            print(f"  {kind}: other answers {unusual} (0 = no answer at all)")
    print(
        f"{'all':<8}{len(every):>10}{len(every) / seconds:>9.1f}{statistics.median(every):>9.1f}"
        f"{percentile(every, 95):>9.1f}{percentile(every, 99):>9.1f}{errors:>6}"
    )
    return errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--clients", type=int, default=24)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()

    ensure_database()
    print(f"Preparing {LOAD_DB} ...")
    plan = prepare(args.clients)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = start_server(port, args.workers)
    results = Results()
    try:
        print(
            f"gunicorn: {args.workers} workers; {args.clients} visitors for {args.seconds:.0f} s "
            "(each: anonymous reading and searching, and logged in voting and asking)"
        )
        deadline = time.monotonic() + args.seconds
        threads = [
            threading.Thread(
                target=visitor, args=(port, plan, member, deadline, results, n), daemon=True
            )
            for n, member in enumerate(plan["members"])
        ]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    errors = report(results, elapsed)
    failed_logins = results.statuses["login"].get(0, 0)
    lost = lost_writes(results)
    print(
        f"\naccepted writes: {len(results.asked)} questions, {len(results.votes)} votes; "
        f"lost: {len(lost)}; server errors: {errors}; failed logins: {failed_logins}"
    )
    for problem in lost[:20]:
        print("  LOST", problem)
    return 1 if errors or lost or failed_logins else 0


if __name__ == "__main__":
    sys.exit(main())
