from django.conf import settings

from forum.permissions import is_moderator
from profiles.selectors import unread_notification_count


def site(request):
    """What the base template needs on every page."""
    user = getattr(request, "user", None)
    if user is None:
        return {"SITE_NAME": settings.SITE_NAME, "QUICK_EXIT_URL": settings.HAVEN_QUICK_EXIT_URL}
    return {
        "SITE_NAME": settings.SITE_NAME,
        "QUICK_EXIT_URL": settings.HAVEN_QUICK_EXIT_URL,
        "user_is_moderator": is_moderator(user),
        "unread_notifications": unread_notification_count(user),
    }
