"""Keeping the search index up to date without ever putting it in a user's way.

The design is a transactional outbox:

1. ``QueuedSignalProcessor`` (``HAYSTACK_SIGNAL_PROCESSOR``) listens to saves and deletes of
   everything search shows and writes an ``IndexTask`` row — "(model label, pk) changed" — in
   the same database transaction as the change. A committed post always has its task; a
   rolled-back one never does. Nothing here touches the index, so a locked, corrupt or
   unreachable index cannot fail a post, a vote or a flag.
2. One writer, ``manage.py process_search_queue`` (started by ``make run``), drains the queue:
   it expands each task to the documents that depend on it (an answer's text also lives in its
   question's document), re-reads those objects through each index's ``index_queryset`` (the
   public's view), writes the visible ones and removes the rest — so hiding, deleting and
   un-hiding all come down to "make the index match the database". A failed batch stays in the
   queue and is retried with exponential backoff; nothing is dropped.
3. Writers take ``writer_lock()`` (an exclusive file lock), so workers and ``reindex_search``
   never write at the same time: Whoosh allows one writer per index, and haystack's own
   ``remove()`` does not wait for its lock (django-haystack #1556, #1538, #680).
"""

import fcntl
import logging
import os
import shutil
from collections import defaultdict
from collections.abc import Iterable
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import DatabaseError, models, transaction
from django.db.models import F
from django.utils import timezone
from haystack import connections
from haystack.constants import DEFAULT_ALIAS, ID
from haystack.exceptions import NotHandled, SkipDocument
from haystack.query import SearchQuerySet
from haystack.signals import BaseSignalProcessor
from haystack.utils import get_identifier

from questions.models import IndexTask

log = logging.getLogger(__name__)

POST = "forum_conversation.post"
TOPIC = "forum_conversation.topic"
QUESTION = "questions.question"
ANSWER = "questions.answer"
ARTICLE = "questions.article"
VOTE = "questions.vote"
SPECIALIST = "profiles.specialistprofile"
USER = "profiles.user"

MAX_BACKOFF_SECONDS = 300
WHOOSH_LOCK_TIMEOUT = 5.0


# --- 1. Enqueueing (runs inside the user's request; must never fail it) -----------------------


def _changes(label: str, instance, *, deleted: bool) -> list[tuple[str, object, str]]:
    """What to enqueue for a saved or deleted object, from the instance in memory (no queries).

    A deleted object can no longer be looked up, so its dependants are named here from its
    foreign keys; a saved one is expanded by the worker, which can query.
    """
    action = IndexTask.Action.DELETE if deleted else IndexTask.Action.UPDATE
    update = IndexTask.Action.UPDATE
    if label == VOTE:
        return [(POST, instance.post_id, update)]
    changes = [(label, instance.pk, action)]
    if deleted and label == ANSWER:
        changes.append((QUESTION, instance.question_id, update))
    elif deleted and label == POST:
        changes.append((TOPIC, instance.topic_id, update))
    return changes


def enqueue(changes: Iterable[tuple[str, object, str]]) -> None:
    """Record changes for the worker. A failure is logged, never raised: the write it follows
    matters more than the index, and ``reindex_search`` can always rebuild from the database."""
    now = timezone.now()
    rows = [
        IndexTask(label=label, object_pk=str(pk), action=action, available_at=now)
        for label, pk, action in changes
        if pk is not None
    ]
    if not rows:
        return
    try:
        with transaction.atomic():  # a savepoint: a failed insert leaves the caller's intact
            IndexTask.objects.bulk_create(rows)
    except DatabaseError:
        log.exception("could not queue %d search index change(s)", len(rows))


def enqueue_object(instance, *, deleted: bool = False) -> None:
    """Queue one object by hand, for writes that bypass signals (``QuerySet.update()``)."""
    enqueue(_changes(instance._meta.label_lower, instance, deleted=deleted))


class QueuedSignalProcessor(BaseSignalProcessor):
    """Queues index changes on save/delete of the models search shows; never writes the index."""

    SAVED = (POST, TOPIC, QUESTION, ANSWER, ARTICLE, VOTE, SPECIALIST, USER)
    M2M = (("questions.question", "tags"), ("profiles.specialistprofile", "specialisations"))

    def setup(self):
        for label in self.SAVED:
            model = apps.get_model(label)
            models.signals.post_save.connect(self.handle_save, sender=model)
            models.signals.post_delete.connect(self.handle_delete, sender=model)
        for label, field in self.M2M:
            through = getattr(apps.get_model(label), field).through
            models.signals.m2m_changed.connect(self.handle_m2m, sender=through)

    def teardown(self):
        for label in self.SAVED:
            model = apps.get_model(label)
            models.signals.post_save.disconnect(self.handle_save, sender=model)
            models.signals.post_delete.disconnect(self.handle_delete, sender=model)
        for label, field in self.M2M:
            through = getattr(apps.get_model(label), field).through
            models.signals.m2m_changed.disconnect(self.handle_m2m, sender=through)

    def handle_save(self, sender, instance, raw=False, update_fields=None, **kwargs):
        if raw:
            return  # loaddata: fixtures are indexed by reindex_search
        label = sender._meta.label_lower
        if label == USER and update_fields and set(update_fields) <= {"last_login"}:
            return  # a login changes nothing search shows
        enqueue(_changes(label, instance, deleted=False))

    def handle_delete(self, sender, instance, **kwargs):
        enqueue(_changes(sender._meta.label_lower, instance, deleted=True))

    def handle_m2m(self, sender, instance, action, reverse=False, **kwargs):
        if action.startswith("post_") and not reverse:
            enqueue(_changes(instance._meta.label_lower, instance, deleted=False))


# --- 2. Draining (the worker) ---------------------------------------------------------------


def _pks(model, values: Iterable[str]) -> set:
    return {model._meta.pk.to_python(v) for v in values}


def documents_for(changed: dict[str, set[str]]) -> dict[type[models.Model], set]:
    """{model: pks} of every document that may depend on the changed objects."""
    Answer = apps.get_model(ANSWER)
    Article = apps.get_model(ARTICLE)
    Post = apps.get_model(POST)
    Question = apps.get_model(QUESTION)
    Specialist = apps.get_model(SPECIALIST)
    docs: dict[type[models.Model], set] = defaultdict(set)

    def add(model, pks):
        docs[model].update(pks)

    posts = _pks(Post, changed.get(POST, ()))
    topics = _pks(apps.get_model(TOPIC), changed.get(TOPIC, ()))
    questions = _pks(Question, changed.get(QUESTION, ()))
    answers = _pks(Answer, changed.get(ANSWER, ()))
    users = _pks(apps.get_model(USER), changed.get(USER, ()))

    add(Post, posts)
    add(Article, _pks(Article, changed.get(ARTICLE, ())))
    add(Specialist, _pks(Specialist, changed.get(SPECIALIST, ())))
    if posts:
        for pk, question_id in Answer.objects.filter(post__in=posts).values_list(
            "pk", "question_id"
        ):
            answers.add(pk)
            questions.add(question_id)
        questions.update(
            Question.objects.filter(topic__first_post__in=posts).values_list("pk", flat=True)
        )
        add(
            Article,
            Article.objects.filter(topic__first_post__in=posts).values_list("pk", flat=True),
        )
    if topics:
        questions.update(Question.objects.filter(topic__in=topics).values_list("pk", flat=True))
        add(Article, Article.objects.filter(topic__in=topics).values_list("pk", flat=True))
        add(Post, Post.objects.filter(topic__in=topics).values_list("pk", flat=True))
    if users:
        add(Specialist, Specialist.objects.filter(user__in=users).values_list("pk", flat=True))
        answers.update(Answer.objects.filter(post__poster__in=users).values_list("pk", flat=True))
        add(Article, Article.objects.filter(topic__poster__in=users).values_list("pk", flat=True))
    if answers:
        questions.update(
            Answer.objects.filter(pk__in=answers).values_list("question_id", flat=True)
        )
    if questions:
        # Answers carry their question's title, tags, category and visibility.
        answers.update(Answer.objects.filter(question__in=questions).values_list("pk", flat=True))
    add(Question, questions)
    add(Answer, answers)
    return {model: pks for model, pks in docs.items() if pks}


def writer_lock_path() -> Path:
    options = settings.HAYSTACK_CONNECTIONS[DEFAULT_ALIAS]
    if options.get("PATH"):
        return Path(f"{str(options['PATH']).rstrip('/')}.writer.lock")
    return Path(settings.DATA_DIR) / "search-writer.lock"


@contextmanager
def writer_lock():
    """One index writer at a time on this host (workers, ``reindex_search``); waits its turn."""
    path = writer_lock_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class IndexWriter:
    """Writes documents and removals for one connection, raising every failure.

    haystack's backends swallow errors by default (``SILENTLY_FAIL``) and Whoosh's ``update``
    loses documents when its lock is taken; the worker must know, so that a task stays queued.
    With Whoosh it writes through one locked ``SegmentWriter`` per batch (waiting up to
    ``WHOOSH_LOCK_TIMEOUT`` for the lock); other engines use haystack's backend with
    ``SILENTLY_FAIL`` off. Whoosh segments are written as separate files, not one compound
    file: reading a compound segment copies each part into memory on every search (about
    0.1 s per search at 100,000 posts), separate files are read in place.
    """

    def __init__(self, using: str = DEFAULT_ALIAS):
        self.using = using
        engine = connections[using]
        self.unified_index = engine.get_unified_index()
        self.backend = engine.backend(using, **{**engine.options, "SILENTLY_FAIL": False})
        self.is_whoosh = "whoosh" in engine.options["ENGINE"]
        self._bulk_writer = None
        self._bulk_fresh = False

    @contextmanager
    def bulk(self, *, fresh: bool = False):
        """Many ``write()`` calls, one Whoosh commit (``reindex_search``): far faster than a
        commit per batch. ``fresh``: the index is empty, so documents are added, not replaced.
        """
        if not self.is_whoosh:
            yield
            return
        if not self.backend.setup_complete:
            self.backend.setup()
        self._bulk_writer = self.backend.index.refresh().writer(
            timeout=WHOOSH_LOCK_TIMEOUT, limitmb=256, compound=False
        )
        self._bulk_fresh = fresh
        try:
            yield
        except BaseException:
            self._bulk_writer.cancel()
            raise
        else:
            self._bulk_writer.commit(optimize=True)
        finally:
            self._bulk_writer = None

    def clear(self) -> None:
        """Empty the index. A Whoosh folder is deleted without being opened first, so this
        also repairs an index whose files are corrupt (haystack's ``clear`` opens it)."""
        options = connections[self.using].options
        if self.is_whoosh and options.get("PATH"):
            shutil.rmtree(options["PATH"], ignore_errors=True)
        else:
            self.backend.clear()
        self.backend.setup_complete = False

    def write(self, updates: dict, removals: set[str]) -> None:
        """``updates``: {search index: [objects]}; ``removals``: document identifiers."""
        if not updates and not removals:
            return
        try:
            if self.is_whoosh:
                self._write_whoosh(updates, removals)
            else:
                for index, objects in updates.items():
                    self.backend.update(index, objects)
                for identifier in removals:
                    self.backend.remove(identifier)
        except Exception:
            self.backend.setup_complete = False  # reopen the index next time
            raise

    def _write_whoosh(self, updates: dict, removals: set[str]) -> None:
        backend = self.backend
        if self._bulk_writer is not None:
            self._add(self._bulk_writer, updates, removals, fresh=self._bulk_fresh)
            return
        if not backend.setup_complete:
            backend.setup()
        writer = backend.index.refresh().writer(timeout=WHOOSH_LOCK_TIMEOUT, compound=False)
        try:
            self._add(writer, updates, removals)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()

    def _add(self, writer, updates: dict, removals: set[str], *, fresh: bool = False) -> None:
        for identifier in removals:
            writer.delete_by_term(ID, identifier)
        write = writer.add_document if fresh else writer.update_document
        for index, objects in updates.items():
            for obj in objects:
                try:
                    doc = index.full_prepare(obj)
                except SkipDocument:
                    writer.delete_by_term(ID, get_identifier(obj))
                    continue
                doc.pop("boost", None)
                write(**{k: self.backend._from_python(v) for k, v in doc.items()})

    def sync(self, docs: dict[type[models.Model], set]) -> tuple[int, int]:
        """Make the index match the database for these documents: (written, removed)."""
        updates, removals = {}, set()
        for model, pks in docs.items():
            try:
                index = self.unified_index.get_index(model)
            except NotHandled:
                continue
            visible = list(index.index_queryset(using=self.using).filter(pk__in=pks))
            if visible:
                updates[index] = visible
            found = {obj.pk for obj in visible}
            removals.update(f"{model._meta.label_lower}.{pk}" for pk in pks if pk not in found)
        self.write(updates, removals)
        return sum(len(objs) for objs in updates.values()), len(removals)


@dataclass
class DrainResult:
    done: int = 0
    failed: int = 0
    written: int = 0
    removed: int = 0


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(2**attempts, MAX_BACKOFF_SECONDS))


def _fail(tasks: list[IndexTask], error: Exception) -> None:
    now = timezone.now()
    message = f"{type(error).__name__}: {error}"[:2000]
    for attempts in {t.attempts for t in tasks}:
        IndexTask.objects.filter(pk__in=[t.pk for t in tasks if t.attempts == attempts]).update(
            attempts=F("attempts") + 1,
            available_at=now + _backoff(attempts + 1),
            last_error=message,
        )


def _changed(tasks: list[IndexTask]) -> dict[str, set[str]]:
    changed: dict[str, set[str]] = defaultdict(set)
    for task in tasks:
        changed[task.label].add(task.object_pk)
    return changed


def drain_batch(
    writer: IndexWriter, *, batch_size: int = 500, ignore_backoff: bool = False
) -> DrainResult:
    """Process up to ``batch_size`` due tasks; returns what happened (``done == 0``: idle).

    Fresh tasks go in one write. Tasks that failed before are retried one object at a time, so
    one bad document cannot hold back the rest; if the first few of those fail too, the index
    is taken to be down and every remaining retry backs off again at once.
    """
    due = IndexTask.objects.order_by("pk")
    if not ignore_backoff:
        due = due.filter(available_at__lte=timezone.now())
    tasks = list(due[:batch_size])
    result = DrainResult()
    if not tasks:
        return result
    fresh = [t for t in tasks if t.attempts == 0]
    groups = [fresh] if fresh else []
    retries: dict[tuple[str, str], list[IndexTask]] = defaultdict(list)
    for task in tasks:
        if task.attempts:
            retries[(task.label, task.object_pk)].append(task)
    groups += list(retries.values())
    failures_in_a_row = 0
    with ExitStack() as stack:
        try:
            stack.enter_context(writer_lock())
        except OSError as error:  # the index's folder itself is unreachable
            log.warning("search index unreachable (%s); will retry", error)
            _fail(tasks, error)
            result.failed = len(tasks)
            return result
        for position, group in enumerate(groups):
            try:
                written, removed = writer.sync(documents_for(_changed(group)))
            except Exception as error:
                log.warning("search index write failed (%s); will retry", error)
                failures_in_a_row += 1
                if group is not fresh and failures_in_a_row >= 3 and not result.done:
                    rest = [t for g in groups[position:] for t in g]
                    _fail(rest, error)
                    result.failed += len(rest)
                    break
                _fail(group, error)
                result.failed += len(group)
                continue
            failures_in_a_row = 0
            IndexTask.objects.filter(pk__in=[t.pk for t in group]).delete()
            result.done += len(group)
            result.written += written
            result.removed += removed
    return result


def drain(*, batch_size: int = 500, ignore_backoff: bool = False) -> DrainResult:
    """Process every due task now (``--once``); stops when a pass makes no progress."""
    writer = IndexWriter()
    total = DrainResult()
    while True:
        result = drain_batch(writer, batch_size=batch_size, ignore_backoff=ignore_backoff)
        total.done += result.done
        total.failed += result.failed
        total.written += result.written
        total.removed += result.removed
        if result.done == 0 or result.failed:
            return total


# --- 3. Health --------------------------------------------------------------------------------


@dataclass
class Health:
    engine: str
    documents: int | None
    size_bytes: int | None
    queued: int
    failing: int
    oldest_age: timedelta | None
    last_error: str
    error: str = ""


def health(using: str = DEFAULT_ALIAS) -> Health:
    engine = connections[using]
    options = engine.options
    documents = size = None
    error = ""
    try:
        backend = engine.get_backend()
        if "whoosh" in options["ENGINE"]:
            backend.setup()
            documents = backend.index.refresh().doc_count()
        else:
            documents = SearchQuerySet(using=using).count()
    except Exception as exc:  # report it: this is what health is for
        error = f"{type(exc).__name__}: {exc}"
    if options.get("PATH") and os.path.isdir(options["PATH"]):
        size = sum(p.stat().st_size for p in Path(options["PATH"]).iterdir() if p.is_file())
    oldest = IndexTask.objects.order_by("created").values_list("created", flat=True).first()
    failing = IndexTask.objects.filter(attempts__gt=0)
    return Health(
        engine=options["ENGINE"].rsplit(".", 1)[-1],
        documents=documents,
        size_bytes=size,
        queued=IndexTask.objects.count(),
        failing=failing.count(),
        oldest_age=timezone.now() - oldest if oldest else None,
        last_error=failing.order_by("-pk").values_list("last_error", flat=True).first() or "",
        error=error,
    )
