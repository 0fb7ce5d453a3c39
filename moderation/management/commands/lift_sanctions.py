from django.core.management.base import BaseCommand

from moderation.services import end_expired_sanctions


class Command(BaseCommand):
    help = (
        "End silences and suspensions whose time is up (they also end on the member's next visit)."
    )

    def handle(self, *args, **options):
        count = end_expired_sanctions()
        self.stdout.write(self.style.SUCCESS(f"Ended {count} expired sanction(s)."))
