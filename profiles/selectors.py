"""Reads about members and specialists."""

from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.utils import timezone

from forum.boards import MODERATORS_GROUP
from forum.models import Board
from moderation.models import AuditEntry
from profiles.models import ConsultationRequest, CredentialDocument, SpecialistProfile, User

Status = SpecialistProfile.Status


def member_by_username(username: str) -> User:
    return get_object_or_404(
        User.objects.filter(is_active=True).select_related("specialist"), username=username
    )


def verified_specialists():
    """Verified and unexpired, in directory order: free first consultation first, then by name.

    Expiry is checked here on read as well as by the daily ``expire_specialists`` command.
    """
    today = timezone.localdate()
    return (
        SpecialistProfile.objects.filter(status=Status.VERIFIED)
        .filter(Q(licence_expiry__isnull=True) | Q(licence_expiry__gte=today))
        .select_related("user")
        .prefetch_related("specialisations__forum")
        .order_by("-offers_free_consultation", "user__display_name", "user__username")
    )


def featured_specialists(limit: int = 4) -> list[SpecialistProfile]:
    """Verified specialists offering a free first consultation, for the home page."""
    return list(verified_specialists().filter(offers_free_consultation=True)[:limit])


def directory(
    *, specialisation: str = "", language: str = "", session_format: str = "", free=False, query=""
):
    """The directory's list after its filters; featured (free consultation) profiles first."""
    profiles = verified_specialists()
    if specialisation:
        profiles = profiles.filter(specialisations__slug=specialisation)
    if language:
        profiles = profiles.filter(languages__icontains=language)
    if session_format == "online":
        profiles = profiles.filter(offers_online=True)
    elif session_format == "in_person":
        profiles = profiles.filter(offers_in_person=True)
    if free:
        profiles = profiles.filter(offers_free_consultation=True)
    for word in query.split()[:8]:
        profiles = profiles.filter(
            Q(user__display_name__icontains=word)
            | Q(user__username__icontains=word)
            | Q(professional_title__icontains=word)
            | Q(bio__icontains=word)
            | Q(approach__icontains=word)
            | Q(location__icontains=word)
            | Q(languages__icontains=word)
            | Q(specialisations__forum__name__icontains=word)
        )
    return profiles.distinct()


def specialisation_choices() -> list[tuple[str, str]]:
    boards = Board.objects.filter(kind=Board.Kind.ASK).select_related("forum").order_by("position")
    return [(board.slug, board.forum.name) for board in boards]


def directory_languages() -> list[str]:
    """Languages offered by verified specialists, for the directory's filter."""
    languages = set()
    for value in verified_specialists().values_list("languages", flat=True):
        languages.update(lang.strip().title() for lang in value.split(",") if lang.strip())
    return sorted(languages)


def application_of(user) -> SpecialistProfile | None:
    if not user.is_authenticated:
        return None
    return (
        SpecialistProfile.objects.filter(user=user)
        .prefetch_related("specialisations", "documents")
        .first()
    )


# --- Review queue ------------------------------------------------------------------------


def pending_applications():
    """Submitted applications, the longest waiting first."""
    return (
        SpecialistProfile.objects.filter(status=Status.SUBMITTED)
        .select_related("user")
        .prefetch_related("specialisations__forum")
        .order_by("submitted_at", "pk")
    )


def moderators():
    """Active moderators: the same rule as ``forum.permissions.is_moderator``, as a query."""
    return User.objects.filter(
        Q(is_superuser=True) | Q(groups__name=MODERATORS_GROUP), is_active=True
    ).distinct()


def pending_application_count() -> int:
    return SpecialistProfile.objects.filter(status=Status.SUBMITTED).count()


def application_for_review(pk: int) -> SpecialistProfile:
    return get_object_or_404(
        SpecialistProfile.objects.select_related("user").prefetch_related(
            "specialisations__forum", "documents"
        ),
        pk=pk,
    )


HISTORY_LABELS = {
    "submit_specialist_application": "Sent",
    "resubmit_specialist_application": "Sent again",
    "reopen_specialist_application": "Reopened by the applicant",
    "verify_specialist": "Verified",
    "request_specialist_changes": "Changes requested",
    "reject_specialist": "Rejected",
    "revoke_specialist": "Revoked",
    "expire_specialist": "Expired",
}


def application_history(profile: SpecialistProfile) -> list[AuditEntry]:
    """The audit entries about this application: submissions and decisions, newest first."""
    entries = list(
        AuditEntry.objects.filter(
            target_type__app_label="profiles",
            target_type__model="specialistprofile",
            target_id=str(profile.pk),
        ).order_by("-created", "-pk")
    )
    for entry in entries:
        entry.label = HISTORY_LABELS.get(entry.action, entry.action)
    return entries


def document_by_pk(pk: int) -> CredentialDocument:
    return get_object_or_404(CredentialDocument.objects.select_related("profile"), pk=pk)


# --- Consultations -----------------------------------------------------------------------


def verified_profile_by_username(username: str) -> SpecialistProfile:
    return get_object_or_404(verified_specialists(), user__username=username, user__is_active=True)


def consultations_received(user):
    return (
        ConsultationRequest.objects.filter(specialist__user=user)
        .select_related("member", "specialist__user")
        .order_by("-created", "-pk")
    )


def consultations_sent(user):
    return (
        ConsultationRequest.objects.filter(member=user)
        .select_related("member", "specialist__user")
        .order_by("-created", "-pk")
    )


def consultation_by_pk(pk: int) -> ConsultationRequest:
    return get_object_or_404(
        ConsultationRequest.objects.select_related("member", "specialist__user"), pk=pk
    )


def open_request_between(member, profile) -> ConsultationRequest | None:
    if not member.is_authenticated:
        return None
    return ConsultationRequest.objects.filter(
        member=member, specialist=profile, status=ConsultationRequest.Status.OPEN
    ).first()


def open_consultation_count(user) -> int:
    if not user.is_authenticated:
        return 0
    return ConsultationRequest.objects.filter(
        specialist__user=user, status=ConsultationRequest.Status.OPEN
    ).count()


# --- Notifications ------------------------------------------------------------------------


def notifications_for(user, limit: int = 100):
    return user.notifications.all()[:limit]


def unread_notification_count(user) -> int:
    if not user.is_authenticated:
        return 0
    return user.notifications.filter(read_at__isnull=True).count()
