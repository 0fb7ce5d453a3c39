"""`make bench`: Haven's pages and search against machina's own topic view, at 100,000 questions.

One run, one database (``var/bench`` unless DATABASE_URL is set): seeds it once with
``seed_bench``, then measures with Django's test client (warm, N iterations each) and, for
throughput, gunicorn with 2 workers under ``wrk`` on loopback. Prints a table and writes
``benchmarks/results/bench.json``. Times are figures to read, never test assertions.

    python benchmarks/run.py [--questions 100000] [--iterations 200] [--no-throughput]
"""

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HAVEN_DATA_DIR", str(ROOT / "var" / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "haven.settings")
os.environ["RATELIMIT_ENABLE"] = "0"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
SEARCH_QUERIES = [
    "space", "trust", "breakup", "no contact", "jealous partner", "in-laws holiday",
    "how long should I wait", "apology after argument", "co-parenting", "first date",
    "long distance", "money fights", "silence", "therapy", "divorce children",
    "texting anxiety", "forgive", "boundaries with parents", "move together", "repair",
]  # fmt: skip
LUA = """
done = function(summary, latency, requests)
  io.write(string.format("P50_US %d\\nP95_US %d\\n", latency:percentile(50),
                         latency:percentile(95)))
end
"""


def percentiles(samples_ms):
    ordered = sorted(samples_ms)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return round(statistics.median(ordered), 2), round(p95, 2)


def measure(client, url, iterations, before_each=None, expect=200):
    for _ in range(10):
        response = client.get(url)
        assert response.status_code == expect, (url, response.status_code)
    if before_each:
        before_each()
    queries = []
    with connection.execute_wrapper(
        lambda execute, sql, *args: queries.append(sql) or execute(sql, *args)
    ):
        client.get(url)
    times = []
    for _ in range(iterations):
        if before_each:
            before_each()
        start = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - start) * 1000)
    p50, p95 = percentiles(times)
    return {"url": url, "queries": len(queries), "p50_ms": p50, "p95_ms": p95}


def question_with(n_answers):
    from questions.models import Question

    exact = Question.objects.filter(answer_count=n_answers, topic__approved=True).first()
    if exact:
        return exact
    return Question.objects.filter(answer_count__gte=n_answers).order_by("answer_count").first()


def machina_url(question):
    topic = question.topic
    return f"/bench/machina/{topic.forum.slug}-{topic.forum.pk}/topic/{topic.slug}-{topic.pk}/"


def page_benchmarks(iterations):
    from forum.models import Board
    from questions import page_cache, selectors
    from questions.models import Tag
    from questions.pagination import encode

    client = Client()
    rows = {}
    for n in (1, 10, 30):
        question = question_with(n)
        url = question.get_absolute_url()
        haven = measure(client, url, iterations, lambda q=question: page_cache.invalidate(q.pk))
        machina = measure(client, machina_url(question), iterations)
        cached = measure(client, url, iterations)
        haven["answers"] = question.answer_count
        rows[f"question page, {question.answer_count} answers"] = haven
        rows[f"  machina topic view, same topic ({question.answer_count + 1} posts)"] = machina
        rows[f"  Haven, anonymous page cache hit ({question.answer_count} answers)"] = cached
        haven["ratio_vs_machina"] = round(haven["p50_ms"] / machina["p50_ms"], 2)
    board = Board.objects.filter(kind="ask").first()
    in_board = selectors.questions_in_board(board).order_by("-created", "-pk")
    deep = in_board[500 * 20 - 1 : 500 * 20].first() or in_board.last()
    rows["home"] = measure(client, "/", iterations)
    rows["category, page 1"] = measure(client, f"/categories/{board.slug}/", iterations)
    rows["category, page 500"] = measure(
        client, f"/categories/{board.slug}/?before={encode(deep)}", iterations
    )
    tag = Tag.objects.order_by("pk").first()
    rows["tag page"] = measure(client, tag.get_absolute_url(), iterations)
    rows["search page"] = measure(client, "/search/?q=trust", iterations)
    if "profiles:directory" in _url_names():
        rows["specialist directory"] = measure(client, "/specialists/", iterations)
    if "moderation:queue" in _url_names():
        from tests.factories import make_moderator

        moderator = make_moderator(username=f"benchmod{int(time.time())}")
        client.force_login(moderator)
        rows["moderation queue (moderator)"] = measure(client, "/moderation/", iterations)
        client.logout()
    cache.clear()
    return rows


def _url_names():
    from django.urls import get_resolver

    names = set()

    def walk(resolver, prefix=""):
        for pattern in resolver.url_patterns:
            if hasattr(pattern, "url_patterns"):
                namespace = f"{prefix}{pattern.namespace}:" if pattern.namespace else prefix
                walk(pattern, namespace)
            elif pattern.name:
                names.add(prefix + pattern.name)

    walk(get_resolver())
    return names


def search_benchmark():
    from haystack.inputs import AutoQuery
    from haystack.query import SearchQuerySet

    times = []
    for _ in range(5):
        for query in SEARCH_QUERIES:
            start = time.perf_counter()
            list(SearchQuerySet().filter(content=AutoQuery(query))[:20])
            times.append((time.perf_counter() - start) * 1000)
    p50, p95 = percentiles(times)
    return {"queries": len(times), "p50_ms": p50, "p95_ms": p95, "max_ms": round(max(times), 2)}


def throughput(url_path, seconds=10):
    """Requests/s and p95 for one URL, gunicorn (2 workers) with and without the page cache."""
    wrk = shutil.which("wrk")
    if not wrk:
        return {"skipped": "wrk not installed (apt-get install -y wrk)"}
    results = {}
    lua = Path(tempfile.mkstemp(suffix=".lua")[1])
    lua.write_text(LUA)
    for label, page_cache in (("without page cache", "0"), ("with page cache", "1")):
        port = 8765
        env = {
            **os.environ, "DEBUG": "0", "SECRET_KEY": "bench-" + "x" * 50,
            "SECURE_SSL_REDIRECT": "0", "ALLOWED_HOSTS": "127.0.0.1", "STATIC_MANIFEST": "0",
            "HAVEN_PAGE_CACHE": page_cache,
        }  # fmt: skip
        server = subprocess.Popen(
            [str(ROOT / ".venv/bin/gunicorn"), "haven.wsgi", "-w", "2", "-b", f"127.0.0.1:{port}",
             "--log-level", "warning"],
            cwd=ROOT, env=env, start_new_session=True,
        )  # fmt: skip
        try:
            time.sleep(3)
            url = f"http://127.0.0.1:{port}{url_path}"
            subprocess.run([wrk, "-t2", "-c8", "-d2s", url], capture_output=True, check=True)
            out = subprocess.run(
                [wrk, "-t2", "-c16", f"-d{seconds}s", "-s", str(lua), url],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait()
        rps = float(next(line.split()[1] for line in out.splitlines() if "Requests/sec" in line))
        p95 = int(next(line.split()[1] for line in out.splitlines() if line.startswith("P95_US")))
        results[label] = {"requests_per_s": round(rps, 1), "p95_ms": round(p95 / 1000, 2)}
    uncached = results["without page cache"]["requests_per_s"]
    results["speed-up"] = round(results["with page cache"]["requests_per_s"] / uncached, 1)
    return results


def print_table(rows):
    print(f"\n{'page':<58} {'queries':>7} {'p50 ms':>8} {'p95 ms':>8}  note")
    for name, row in rows.items():
        note = f"÷ machina = {row['ratio_vs_machina']}" if "ratio_vs_machina" in row else ""
        print(f"{name:<58} {row['queries']:>7} {row['p50_ms']:>8} {row['p95_ms']:>8}  {note}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--questions", type=int, default=100_000)
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--no-throughput", action="store_true")
    args = parser.parse_args()

    print(
        f"Database: {settings.DATABASES['default']['ENGINE']} "
        f"{settings.DATABASES['default']['NAME']}"
    )
    call_command("migrate", verbosity=0)
    call_command("seed_bench", questions=args.questions, no_index=True)
    from haystack.query import SearchQuerySet

    if SearchQuerySet().count() == 0:
        print("Building the search index (once)…")
        call_command("reindex_search", clear=True)
    settings.DEBUG = False  # no query log kept per request, as in production
    with override_settings(ROOT_URLCONF="benchmarks.urls"):
        rows = page_benchmarks(args.iterations)
    print_table(rows)
    search = search_benchmark()
    print(
        f"\nsearch ({search['queries']} queries): p50 {search['p50_ms']} ms, "
        f"p95 {search['p95_ms']} ms, max {search['max_ms']} ms"
    )
    result = {
        "questions": args.questions,
        "iterations": args.iterations,
        "pages": rows,
        "search": search,
    }
    if not args.no_throughput:
        question = question_with(10)
        result["throughput_question_page"] = throughput(question.get_absolute_url())
        print("\nthroughput, anonymous question page (gunicorn -w 2, wrk -c16 10s):")
        for label, figures in result["throughput_question_page"].items():
            print(f"  {label}: {figures}")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "bench.json").write_text(json.dumps(result, indent=2))
    print(f"\nWritten: {RESULTS / 'bench.json'}")


if __name__ == "__main__":
    main()
