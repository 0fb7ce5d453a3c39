"""Tell a member something: an in-app notification, and an e-mail sent after commit.

The e-mail's subject never names the content (someone else may read the inbox), and a mail
failure is logged, never raised: the action that caused the notification stays saved.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction

from profiles.models import Notification

log = logging.getLogger(__name__)
NEUTRAL_SUBJECT = "You have a new notification on Haven"


def notify(*, user, kind: str, message: str, url: str = "", email: bool = True) -> Notification:
    notification = Notification.objects.create(user=user, kind=kind, message=message, url=url)
    if email and user.email:
        transaction.on_commit(lambda: _send_email(notification))
    return notification


def _send_email(notification: Notification) -> None:
    body = (
        f"Hello {notification.user.public_name},\n\n"
        "There is something new for you on Haven. Log in to read it:\n\n"
        f"{settings.SITE_URL}/accounts/notifications/\n\n— Haven"
    )
    try:
        send_mail(NEUTRAL_SUBJECT, body, None, [notification.user.email])
    except Exception:  # a mail outage must never undo or fail the action
        log.exception("could not e-mail notification %s", notification.pk)
