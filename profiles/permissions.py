"""Who may do what with members and specialists."""

from django.utils import timezone

from forum.permissions import in_specialists_group, is_moderator
from moderation.permissions import can_post


def is_verified_specialist(user) -> bool:
    """In *Specialists* with a verified, unexpired profile (expiry is checked on read)."""
    if not user.is_authenticated or not in_specialists_group(user):
        return False
    profile = getattr(user, "specialist", None)
    return profile is not None and profile.is_verified


def can_review_applications(user) -> bool:
    return is_moderator(user)


def can_decide_application(user, profile) -> bool:
    """A moderator, and never on their own application: nobody verifies themselves."""
    return is_moderator(user) and profile.user_id != user.pk


def can_reapply(user, profile) -> bool:
    """A rejected applicant, once ``HAVEN_SPECIALIST_REAPPLY_DAYS`` have passed since then."""
    return (
        user.is_authenticated
        and profile.user_id == user.pk
        and profile.reapply_from is not None
        and profile.reapply_from <= timezone.localdate()
    )


def can_view_document(user, document) -> bool:
    """Credential documents: the applicant who uploaded them, and moderators. Nobody else."""
    if not user.is_authenticated:
        return False
    return document.profile.user_id == user.pk or is_moderator(user)


def can_contact(user, profile) -> bool:
    """Any active member may ask a verified specialist for a consultation, but not themselves."""
    return (
        user.is_authenticated
        and user.is_active
        and profile.is_verified
        and profile.user_id != user.pk
        and can_post(user)
    )


def can_read_consultation(user, request) -> bool:
    return user.is_authenticated and user.pk in (request.member_id, request.specialist.user_id)


def can_answer_consultation(user, request) -> bool:
    return user.is_authenticated and request.specialist.user_id == user.pk and request.is_open
