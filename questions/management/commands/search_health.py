"""How the search index is doing: documents, size on disk, queue length and lag."""

from django.core.management.base import BaseCommand

from questions import indexing


def _size(n: int | None) -> str:
    if n is None:
        return "n/a (not a local index)"
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


class Command(BaseCommand):
    help = "Report the search index's document count, size, queue length and lag."

    def handle(self, *args, **options):
        h = indexing.health()
        lag = f"{h.oldest_age.total_seconds():.1f}s" if h.oldest_age is not None else "none"
        lines = [
            f"engine      {h.engine}",
            f"documents   {h.documents if h.documents is not None else 'unknown'}",
            f"size        {_size(h.size_bytes)}",
            f"queue       {h.queued} pending change(s), {h.failing} failing",
            f"lag         {lag} (age of the oldest pending change)",
        ]
        if h.last_error:
            lines.append(f"last error  {h.last_error}")
        if h.error:
            lines.append(f"index error {h.error}")
        self.stdout.write("\n".join(lines))
        if h.error:
            self.stdout.write(self.style.ERROR("Search index unavailable: run reindex_search."))
        elif h.failing or (h.oldest_age and h.oldest_age.total_seconds() > 60):
            self.stdout.write(
                self.style.WARNING("The queue is behind: is process_search_queue running?")
            )
        else:
            self.stdout.write(self.style.SUCCESS("OK"))
