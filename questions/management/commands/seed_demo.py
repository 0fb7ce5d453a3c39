from django.core.management.base import BaseCommand
from django.test.utils import override_settings
from tqdm import tqdm

from questions import demo


class Command(BaseCommand):
    help = "Fill Haven with believable demo content (idempotent; safe to run twice)."

    def handle(self, *args, **options):
        # Demo members get in-app notifications as the site fills up, but no e-mail.
        quiet = override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend")
        with quiet, tqdm(total=demo.total_steps(), desc="Seeding demo", unit="item") as bar:
            created = demo.seed_demo(progress=bar.update)
        self.stdout.write(
            self.style.SUCCESS(
                "Demo content: {questions} questions, {articles} articles, {threads} threads "
                "added.".format(**created)
            )
        )
        for role, username, password in demo.demo_logins():
            self.stdout.write(f"  {role:<11} {username} / {password}")
