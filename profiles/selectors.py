"""Reads about members and specialists."""

from django.shortcuts import get_object_or_404

from profiles.models import SpecialistProfile, User


def member_by_username(username: str) -> User:
    return get_object_or_404(User.objects.filter(is_active=True), username=username)


def verified_specialists():
    return (
        SpecialistProfile.objects.filter(status=SpecialistProfile.Status.VERIFIED)
        .select_related("user")
        .order_by("-offers_free_consultation", "user__display_name")
    )


def featured_specialists(limit: int = 4) -> list[SpecialistProfile]:
    """Verified specialists offering a free first consultation, for the home page."""
    return [
        p
        for p in verified_specialists().filter(offers_free_consultation=True)[: limit * 2]
        if p.is_verified
    ][:limit]


def notifications_for(user, limit: int = 100):
    return user.notifications.all()[:limit]


def unread_notification_count(user) -> int:
    if not user.is_authenticated:
        return 0
    return user.notifications.filter(read_at__isnull=True).count()
