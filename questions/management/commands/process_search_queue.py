"""The search index's one writer: drains the IndexTask queue (see questions/indexing.py), and
retries the page-cache invalidations a cache outage left behind (questions/page_cache.py)."""

import signal
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from questions import indexing, page_cache


class Command(BaseCommand):
    help = (
        "Bring the search index up to date from the queue of changes, retrying failures with "
        "backoff. Runs until stopped; --once drains what is due and exits."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Drain what is due, then exit.")
        parser.add_argument(
            "--interval", type=float, default=1.0, help="Seconds between polls when idle."
        )
        parser.add_argument("--batch-size", type=int, default=500)
        parser.add_argument(
            "--ignore-backoff",
            action="store_true",
            help="Retry failed tasks now instead of waiting for their backoff.",
        )

    def handle(self, *args, once=False, interval=1.0, batch_size=500, **options):
        self.verbosity = options["verbosity"]
        if once:
            result = indexing.drain(batch_size=batch_size, ignore_backoff=options["ignore_backoff"])
            self._report(result)
            page_cache.retry_stale()
            return
        self._stopping = False
        signal.signal(signal.SIGTERM, self._stop)
        signal.signal(signal.SIGINT, self._stop)
        if self.verbosity:
            self.stdout.write(f"Search queue worker running (polling every {interval:g}s).")
        writer = indexing.IndexWriter()
        while not self._stopping:
            close_old_connections()
            try:
                result = indexing.drain_batch(writer, batch_size=batch_size)
                page_cache.retry_stale()
            except Exception as error:  # the database itself is away: wait and try again
                self.stderr.write(f"Search queue: {type(error).__name__}: {error}")
                result = indexing.DrainResult()
            self._report(result)
            if result.done == 0 or result.failed:
                time.sleep(interval)
        if self.verbosity:
            self.stdout.write("Search queue worker stopped.")

    def _stop(self, signum, frame):
        self._stopping = True

    def _report(self, result):
        if self.verbosity and (result.done or result.failed):
            self.stdout.write(
                f"Search queue: {result.done} change(s) applied ({result.written} written, "
                f"{result.removed} removed), {result.failed} to retry."
            )
