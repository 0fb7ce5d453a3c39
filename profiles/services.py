"""Writes about members and specialists."""

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from forum.boards import MODERATORS_GROUP, SPECIALISTS_GROUP
from profiles.models import SpecialistProfile, User


def register_member(*, username: str, email: str, password: str) -> User:
    return User.objects.create_user(username=username, email=email, password=password)


def update_account(*, user: User, **fields) -> User:
    for name, value in fields.items():
        setattr(user, name, value)
    user.save(update_fields=list(fields))
    return user


@transaction.atomic
def mark_verified(*, profile: SpecialistProfile) -> SpecialistProfile:
    """Make a profile verified and put its user in *Specialists*.

    Only for code paths that are themselves a moderator's decision (the verification queue)
    or seeded demo data; a member's own forms never reach it.
    """
    profile.status = SpecialistProfile.Status.VERIFIED
    profile.verified_at = timezone.now()
    profile.save(update_fields=["status", "verified_at", "updated"])
    profile.user.groups.add(Group.objects.get(name=SPECIALISTS_GROUP))
    return profile


def make_moderator(*, user: User) -> User:
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


def mark_notifications_read(*, user: User, pk=None) -> int:
    """Mark one notification (``pk``) or all of the member's notifications as read."""
    unread = user.notifications.filter(read_at__isnull=True)
    if pk:
        unread = unread.filter(pk=pk)
    return unread.update(read_at=timezone.now())
