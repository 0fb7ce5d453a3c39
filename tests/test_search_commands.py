"""The search commands: reindex with a progress bar, the queue worker, and a health report."""

import io
import re

import pytest
from django.core.management import call_command

from questions.models import IndexTask
from tests import factories


@pytest.fixture
def index(db):
    call_command("clear_index", interactive=False, verbosity=0)
    yield
    call_command("clear_index", interactive=False, verbosity=0)


def run(*args, **options) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


def health() -> dict:
    out, _ = run("search_health")
    return dict(re.findall(r"^(\w+(?: \w+)?)\s{2,}(.*)$", out, re.M))


def test_reindex_shows_progress_and_counts_documents(member, specialist, index, capsys):
    factories.make_question(member)
    out, _ = run("reindex_search", clear=True)
    assert "Indexed 2 documents." in out  # the question and the verified specialist
    progress = capsys.readouterr().err
    assert "Indexing questions.question: 100%" in progress
    assert "1/1" in progress


def test_health_reports_documents_size_queue_and_lag(member, index):
    factories.make_question(member)
    report = health()
    assert report["engine"] == "WhooshEngine"
    assert re.match(r"\d+ pending change\(s\), 0 failing", report["queue"])
    assert int(report["queue"].split()[0]) > 0
    assert re.match(r"[\d.]+s \(age of the oldest pending change\)", report["lag"])

    out, _ = run("process_search_queue", once=True)
    assert "change(s) applied" in out
    report = health()
    assert report["documents"] == "1"
    assert report["queue"] == "0 pending change(s), 0 failing"
    assert report["lag"].startswith("none")
    assert re.match(r"[\d.]+ (KB|MB)", report["size"])
    assert IndexTask.objects.count() == 0


def test_health_says_when_the_index_is_unusable(member, index, settings, tmp_path):
    from haystack import connections

    options = connections["default"].options
    real = options["PATH"]
    (tmp_path / "file").write_text("x")
    options["PATH"] = str(tmp_path / "file" / "index")
    connections["default"].reset_sessions()
    try:
        out, _ = run("search_health")
    finally:
        options["PATH"] = real
        connections["default"].reset_sessions()
    assert "Search index unavailable" in out
    assert "index error" in out
