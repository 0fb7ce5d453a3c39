from django.core.management import call_command
from django.core.management.base import BaseCommand
from tqdm import tqdm

from questions import bench_seed


class Command(BaseCommand):
    help = "Bulk-generate benchmark data (repeatable with --seed), then build the search index."

    def add_arguments(self, parser):
        parser.add_argument("--questions", type=int, default=100_000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--no-index", action="store_true", help="Skip the search index.")

    def handle(self, *args, **options):
        with tqdm(total=options["questions"], desc="Seeding questions", unit="q") as bar:
            result = bench_seed.seed(
                questions=options["questions"], seed=options["seed"], progress=bar.update
            )
            bar.update(options["questions"] - bar.n)
        self.stdout.write(
            "Benchmark data: {questions_added} questions added, {questions_total} in all.".format(
                **result
            )
        )
        if not options["no_index"]:
            call_command("reindex_search", clear=True)
