from django.core.management.base import BaseCommand

from forum.services import setup_forums


class Command(BaseCommand):
    help = "Create or update Haven's groups, boards and machina permissions (idempotent)."

    def handle(self, *args, **options):
        counts = setup_forums()
        message = "Boards ready: {boards} boards, {groups} groups, {permissions} permission rows."
        self.stdout.write(self.style.SUCCESS(message.format(**counts)))
