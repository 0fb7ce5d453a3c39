"""Search is a side effect: a locked, corrupt or missing index never fails a post, a vote or a
flag, and the queue catches up once the index is back."""

from pathlib import Path

import pytest
from django.core.management import call_command
from haystack import connections

from questions import indexing, search
from questions.models import IndexTask, Question
from tests import factories


@pytest.fixture
def index(db):
    call_command("clear_index", interactive=False, verbosity=0)
    yield
    call_command("clear_index", interactive=False, verbosity=0)


@pytest.fixture
def fast_lock(monkeypatch):
    monkeypatch.setattr(indexing, "WHOOSH_LOCK_TIMEOUT", 0.2)


def found(word) -> list[str]:
    outcome = search.search(word)
    return [h.title for h in outcome.page.object_list] if outcome.page else []


def ask(client, member, title):
    client.force_login(member)
    return client.post(
        "/questions/ask/",
        {
            "title": title,
            "body": "We have been together four years and this keeps coming back.",
            "board": "communication",
            "tags": "conflict",
        },
    )


def test_posting_works_while_the_index_is_locked_and_appears_after_catch_up(
    client, member, other_member, index, fast_lock
):
    backend = connections["default"].get_backend()
    backend.setup()
    held = backend.index.refresh().writer()  # another process holds Whoosh's write lock
    try:
        response = ask(client, member, "How do we stop the same fight about chores?")
        assert response.status_code == 302
        question = Question.objects.get(topic__subject__contains="chores")
        client.force_login(other_member)
        vote = client.post(f"/posts/{question.topic.first_post_id}/vote/", {"value": "1"})
        assert vote.status_code == 302
        assert Question.objects.get(pk=question.pk).score == 1

        result = indexing.drain(ignore_backoff=True)
        assert result.failed > 0 and result.done == 0
        task = IndexTask.objects.filter(attempts__gt=0).first()
        assert "LockError" in task.last_error
        assert task.available_at > task.created  # backs off before the next try
        assert found("chores") == []
    finally:
        held.cancel()

    result = indexing.drain(ignore_backoff=True)
    assert result.failed == 0
    assert IndexTask.objects.count() == 0
    assert found("chores") == ["How do we stop the same fight about chores?"]
    assert search.search("chores").page.object_list[0].votes == 1


def test_failed_tasks_wait_for_their_backoff(member, index, fast_lock):
    backend = connections["default"].get_backend()
    backend.setup()
    held = backend.index.refresh().writer()
    try:
        factories.make_question(member, title="Waiting for the index to come back")
        assert indexing.drain().failed > 0
    finally:
        held.cancel()
    assert indexing.drain().done == 0  # not due yet
    assert indexing.drain(ignore_backoff=True).done > 0
    assert found("waiting") == ["Waiting for the index to come back"]


def test_posting_works_while_the_index_is_missing_and_catches_up(client, member, index, tmp_path):
    options = connections["default"].options
    real = options["PATH"]
    (tmp_path / "a-file").write_text("not a directory")
    options["PATH"] = str(tmp_path / "a-file" / "index")  # cannot be created: unreachable
    connections["default"].reset_sessions()
    try:
        response = ask(client, member, "Why does my partner shut down when I cry?")
        assert response.status_code == 302
        assert indexing.drain(ignore_backoff=True).failed > 0
        page = client.get("/search/", {"q": "cry"})
        assert page.status_code == 200
        assert "Search is resting" in page.content.decode()
    finally:
        options["PATH"] = real
        connections["default"].reset_sessions()
    assert indexing.drain(ignore_backoff=True).failed == 0
    assert found("cry") == ["Why does my partner shut down when I cry?"]


def test_a_corrupt_index_fails_no_post_and_reindex_repairs_it(client, member, index):
    factories.make_question(member, title="Before the disk trouble")
    indexing.drain(ignore_backoff=True)
    for path in Path(connections["default"].options["PATH"]).iterdir():
        path.write_bytes(b"\x00garbage")
    connections["default"].reset_sessions()
    assert client.get("/search/", {"q": "disk"}).status_code == 200

    response = ask(client, member, "After the disk trouble, still asking")
    assert response.status_code == 302
    assert indexing.drain(ignore_backoff=True).failed > 0
    assert client.get("/search/", {"q": "disk"}).status_code == 200

    call_command("reindex_search", clear=True, no_progress=True, verbosity=0)
    connections["default"].reset_sessions()
    assert indexing.drain(ignore_backoff=True).failed == 0
    assert sorted(found("disk")) == [
        "After the disk trouble, still asking",
        "Before the disk trouble",
    ]


def test_a_failing_queue_insert_never_fails_the_write(member, monkeypatch, index):
    def broken(*args, **kwargs):
        from django.db import DatabaseError

        raise DatabaseError("queue table unavailable")

    monkeypatch.setattr(IndexTask.objects, "bulk_create", broken)
    question = factories.make_question(member, title="Still saved without a queue")
    assert Question.objects.filter(pk=question.pk).exists()


def test_one_bad_document_does_not_hold_back_the_others(member, index, monkeypatch):
    good = factories.make_question(member, title="A perfectly good question about trust")
    bad = factories.make_question(member, title="A question whose document cannot be built")
    from questions.search_indexes import QuestionIndex

    real = QuestionIndex.prepare_title

    def prepare_title(self, question):
        if question.pk == bad.pk:
            raise ValueError("cannot build this one")
        return real(self, question)

    monkeypatch.setattr(QuestionIndex, "prepare_title", prepare_title)
    assert indexing.drain(ignore_backoff=True).failed > 0  # the batch with both fails once
    indexing.drain(ignore_backoff=True)  # retried one object at a time
    assert found("perfectly") == [good.title]
    stuck = IndexTask.objects.filter(attempts__gt=0)
    assert {t.object_pk for t in stuck if t.label == "questions.question"} == {str(bad.pk)}
    assert "cannot build this one" in stuck.first().last_error
