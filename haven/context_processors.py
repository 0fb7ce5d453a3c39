from django.conf import settings

from forum.permissions import is_moderator


def site(request):
    """What the base template needs on every page."""
    return {
        "SITE_NAME": settings.SITE_NAME,
        "user_is_moderator": is_moderator(request.user) if hasattr(request, "user") else False,
    }
