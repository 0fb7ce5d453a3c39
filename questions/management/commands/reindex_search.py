"""Rebuild or refresh the whole search index from the database, with a progress bar."""

from django.core.management.base import BaseCommand
from tqdm import tqdm

from questions import indexing


class Command(BaseCommand):
    help = (
        "Index every visible question, answer, article, board post and verified specialist, "
        "with a progress bar. --clear empties the index first (a full rebuild). Takes the "
        "queue worker's write lock, so it is safe to run while process_search_queue runs."
    )

    def add_arguments(self, parser):
        parser.add_argument("--clear", action="store_true", help="Empty the index first.")
        parser.add_argument("--batch-size", type=int, default=500)
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")

    def handle(self, *args, clear=False, batch_size=500, no_progress=False, **options):
        writer = indexing.IndexWriter()
        indexes = sorted(writer.unified_index.get_indexes().values(), key=str)
        show = not no_progress and options["verbosity"] > 0
        with indexing.writer_lock():
            if clear:
                writer.clear()
            with writer.bulk(fresh=clear):
                total = sum(self._index(writer, index, batch_size, show) for index in indexes)
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(f"Indexed {total} documents."))

    def _index(self, writer, index, batch_size: int, show: bool) -> int:
        queryset = index.index_queryset().order_by("pk")
        count = queryset.count()
        label = index.get_model()._meta.label_lower
        with tqdm(total=count, desc=f"Indexing {label}", unit="doc", disable=not show) as bar:
            last = None
            while True:
                batch = queryset if last is None else queryset.filter(pk__gt=last)
                objects = list(batch[:batch_size])
                if not objects:
                    return count
                writer.write({index: objects}, set())
                last = objects[-1].pk
                bar.update(len(objects))
