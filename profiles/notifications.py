"""Tell a member something: an in-app notification, and an e-mail sent after commit.

The e-mail says only "You have a new notification on Haven" unless the member chose to see
details (someone else may read the inbox, and the subject shows on a locked phone). Which kinds
are e-mailed at all is the member's choice (``profiles.email_preferences``); every e-mail has
one-click unsubscribe links. A mail failure is logged, never raised: the action that caused the
notification stays saved.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse

from profiles import email_preferences
from profiles.models import Notification

log = logging.getLogger(__name__)
NEUTRAL_SUBJECT = "You have a new notification on Haven"
DETAILED_SUBJECT_CHARS = 110


def notify(*, user, kind: str, message: str, url: str = "", email: bool = True):
    """Store the notification; e-mail it after commit if the member wants this kind by e-mail.

    Inactive accounts (deactivated, or the placeholder that keeps a deleted member's posts)
    are told nothing: returns None.
    """
    if user is None or not user.is_active:
        return None
    notification = Notification.objects.create(
        user=user, kind=kind, message=_fit(message, "message"), url=url
    )
    if email and user.email:
        transaction.on_commit(lambda: send_email(notification), robust=True)
    return notification


def notify_many(*, users, kind: str, message: str, url: str = "", email: bool = True):
    """``notify`` for a group (e.g. every moderator): one insert, not one query per member.

    E-mails are queued after commit only for those whose preferences ask for this kind.
    """
    users = [user for user in users if user is not None and user.is_active]
    notifications = Notification.objects.bulk_create(
        Notification(user=user, kind=kind, message=_fit(message, "message"), url=url)
        for user in users
    )
    if email and users:
        wanted = email_preferences.wanting_email(users, kind)
        for notification in notifications:
            if notification.user_id in wanted and notification.user.email:
                transaction.on_commit(
                    lambda notification=notification: send_email(notification), robust=True
                )
    return notifications


def _fit(text: str, field: str) -> str:
    """Cut to what the column holds (a long moderator's reason inside a message), so a strict
    database (PostgreSQL) never refuses the action the notification is about."""
    limit = Notification._meta.get_field(field).max_length
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def send_email(notification: Notification) -> bool:
    """E-mail one notification now, honouring the member's preferences. Never raises."""
    try:
        user = notification.user
        if not email_preferences.wants_email(user, notification.kind):
            return False
        _build(notification).send()
        return True
    except Exception:  # a mail outage must never undo or fail the action
        log.exception("could not e-mail notification %s", notification.pk)
        return False


def _build(notification: Notification) -> EmailMessage:
    user = notification.user
    prefs = email_preferences.preferences_for(user)
    category = email_preferences.category_for(notification.kind)
    context = {
        "name": user.public_name,
        "details": prefs.show_details,
        "message": notification.message,
        "link": f"{settings.SITE_URL}{notification.url or reverse('notifications')}",
        "notifications_url": f"{settings.SITE_URL}{reverse('notifications')}",
        "settings_url": f"{settings.SITE_URL}{reverse('email_settings')}",
        "category": email_preferences.CATEGORIES.get(category, ""),
        "unsubscribe_url": email_preferences.unsubscribe_url(user, category) if category else "",
        "unsubscribe_all_url": email_preferences.unsubscribe_url(user, email_preferences.ALL),
    }
    subject = NEUTRAL_SUBJECT
    if prefs.show_details:
        subject = " ".join(f"Haven: {notification.message}".split())
        if len(subject) > DETAILED_SUBJECT_CHARS:
            subject = subject[: DETAILED_SUBJECT_CHARS - 1].rstrip() + "…"
    one_click = context["unsubscribe_url"] or context["unsubscribe_all_url"]
    return EmailMessage(
        subject=subject,
        body=render_to_string("profiles/email/notification.txt", context),
        to=[user.email],
        headers={
            "List-Unsubscribe": f"<{one_click}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
