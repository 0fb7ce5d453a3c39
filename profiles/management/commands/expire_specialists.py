"""Daily: verified specialists whose licence expiry date has passed lose the badge.

Pages already hide an expired badge on read; this command makes it official (status *expired*,
out of the *Specialists* group, an audit entry, and a note to the specialist). Run it from cron:
``python manage.py expire_specialists``.
"""

from django.core.management.base import BaseCommand

from profiles.services import expire_lapsed_licences


class Command(BaseCommand):
    help = "Mark verified specialists whose licence has expired as expired."

    def handle(self, *args, **options):
        expired = expire_lapsed_licences()
        for profile in expired:
            self.stdout.write(
                f"expired: {profile.user.username} (licence {profile.licence_expiry})"
            )
        self.stdout.write(self.style.SUCCESS(f"{len(expired)} specialist(s) expired."))
