"""Writes about members and specialists: accounts, the verification workflow, consultations."""

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from forum.boards import MODERATORS_GROUP, SPECIALISTS_GROUP
from forum.permissions import forget_groups
from moderation.audit import record
from moderation.permissions import sanction_message
from profiles import permissions, selectors
from profiles.models import (
    VERIFICATION_CHECKS,
    ConsultationRequest,
    CredentialDocument,
    SpecialistProfile,
    User,
)
from profiles.notifications import notify, notify_many
from profiles.uploads import DOCUMENT_MAX_COUNT, storing

Status = SpecialistProfile.Status

# What a verified specialist may change without a new verification (nothing that was checked).
PUBLIC_PROFILE_FIELDS = (
    "languages",
    "approach",
    "bio",
    "website",
    "offers_online",
    "offers_in_person",
    "location",
    "fee_range",
    "offers_free_consultation",
    "consultation_description",
)
# What the applicant may write. Status, dates and the user are not here: only services set them.
APPLICATION_FIELDS = (
    "professional_title",
    "qualifications",
    "licence_number",
    "licensing_body",
    "jurisdiction",
    "licence_expiry",
    "years_of_practice",
    *PUBLIC_PROFILE_FIELDS,
)
REQUIRED_TO_SUBMIT = {
    "professional_title": "Add your professional title, as it appears on your licence.",
    "qualifications": "List your qualifications (degree, training).",
    "licence_number": "Add your licence or registration number.",
    "licensing_body": "Name the body that issued your licence.",
    "jurisdiction": "Say where your licence is valid (state, province or country).",
    "licence_expiry": "Add the date your licence expires.",
    "languages": "Add at least one language you work in.",
    "bio": "Write a short bio: members read it before they contact you.",
}


# --- Members ------------------------------------------------------------------------------


def register_member(*, username: str, email: str, password: str) -> User:
    return User.objects.create_user(username=username, email=email, password=password)


def update_account(*, user: User, avatar=None, remove_avatar: bool = False, **fields) -> User:
    """Save account fields; ``avatar`` is an already processed image (see ``uploads``).

    If the picture cannot be stored (disk full), the other fields are still saved, the old
    picture stays, and a ``ValidationError`` on ``avatar`` says so.
    """
    for name, value in fields.items():
        setattr(user, name, value)
    changed = list(fields)
    picture_problem = None
    if avatar is not None or remove_avatar:
        old = user.avatar.name
        try:
            if avatar is not None:
                with storing("avatar"):
                    user.avatar.save(avatar.name, avatar, save=False)
            else:
                user.avatar = ""
            changed.append("avatar")
            if old:
                user.avatar.storage.delete(old)
        except ValidationError as error:
            picture_problem = error
    if changed:
        user.save(update_fields=changed)
    if picture_problem is not None:
        raise picture_problem
    return user


def make_moderator(*, user: User) -> User:
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    forget_groups(user)
    return user


def mark_notifications_read(*, user: User, pk=None) -> int:
    """Mark one notification (``pk``) or all of the member's notifications as read."""
    unread = user.notifications.filter(read_at__isnull=True)
    if pk:
        unread = unread.filter(pk=pk)
    return unread.update(read_at=timezone.now())


# --- The application ----------------------------------------------------------------------


def submission_problems(
    values: dict, *, specialisations: int, documents: int, formats: int
) -> dict[str, str]:
    """{field: message} for everything an application still lacks before it can be submitted."""
    problems = {
        field: message for field, message in REQUIRED_TO_SUBMIT.items() if not values.get(field)
    }
    expiry = values.get("licence_expiry")
    if expiry and expiry < timezone.localdate():
        problems["licence_expiry"] = "This date has passed: we can only verify a current licence."
    if not specialisations:
        problems["specialisations"] = "Choose at least one area you specialise in."
    if not formats:
        problems["session_formats"] = "Choose online, in person, or both."
    if not documents:
        problems["documents"] = "Upload at least one document that shows your licence."
    return problems


@transaction.atomic
def save_application(
    *,
    user: User,
    fields: dict,
    specialisations=None,
    photo=None,
    documents=(),
    submit: bool = False,
) -> SpecialistProfile:
    """Create or update the member's application; ``submit`` sends it to the moderators.

    ``documents`` are ``(uploaded file, content type, extension)`` already checked by
    ``uploads.check_document``; ``photo`` is already processed by ``uploads.process_photo``.
    """
    unknown = set(fields) - set(APPLICATION_FIELDS)
    if unknown:
        raise PermissionDenied(f"Not something an applicant sets: {', '.join(sorted(unknown))}")
    profile, _ = SpecialistProfile.objects.select_for_update().get_or_create(user=user)
    if not profile.is_editable:
        raise ValidationError("Your application cannot be changed while it is " + _state(profile))
    if profile.documents.count() + len(documents) > DOCUMENT_MAX_COUNT:
        raise ValidationError(f"Upload at most {DOCUMENT_MAX_COUNT} documents in all.")
    for name, value in fields.items():
        setattr(profile, name, value)
    if photo is not None:
        _replace_photo(profile, photo)
    profile.save()
    if specialisations is not None:
        profile.specialisations.set(specialisations)
    for uploaded, content_type, _extension in documents:
        with storing("documents"):  # disk full: the whole save is rolled back, nothing half-done
            CredentialDocument.objects.create(
                profile=profile,
                file=uploaded,
                original_name=(uploaded.name or "document")[:200],
                content_type=content_type,
                size=uploaded.size,
            )
    if submit:
        _submit(profile)
    return profile


def _replace_photo(profile: SpecialistProfile, photo) -> None:
    """Store the new photo first, then remove the old one (a full disk keeps the old)."""
    old = profile.photo.name
    with storing("photo"):
        profile.photo.save(photo.name, photo, save=False)
    if old:
        profile.photo.storage.delete(old)


def _state(profile) -> str:
    return f"“{profile.get_status_display().lower()}”."


def _submit(profile: SpecialistProfile) -> None:
    values = {field: getattr(profile, field) for field in REQUIRED_TO_SUBMIT}
    problems = submission_problems(
        values,
        specialisations=profile.specialisations.count(),
        documents=profile.documents.count(),
        formats=int(profile.offers_online) + int(profile.offers_in_person),
    )
    if problems:
        raise ValidationError(problems)
    # A draft reopened after a rejection has been sent before, too.
    resubmitted = profile.status != Status.DRAFT or profile.submitted_at is not None
    profile.status = Status.SUBMITTED
    profile.submitted_at = timezone.now()
    profile.decision_note = ""
    profile.save(update_fields=["status", "submitted_at", "decision_note", "updated"])
    record(
        actor=profile.user,
        action="resubmit_specialist_application"
        if resubmitted
        else "submit_specialist_application",
        target=profile,
    )
    _tell_moderators(profile)


def _tell_moderators(profile: SpecialistProfile) -> None:
    """Every moderator hears of a (re)submitted application, except the applicant themself."""
    notify_many(
        users=selectors.moderators().exclude(pk=profile.user_id),
        kind="application_waiting",
        message=f"A specialist application is waiting for review: {profile.user.public_name}.",
        url=reverse("profiles:application", kwargs={"pk": profile.pk}),
    )


@transaction.atomic
def reopen_application(*, user: User) -> SpecialistProfile:
    """A rejected applicant reopens the same application as a draft, once the wait is over.

    Documents and answers stay; the rejection stays in the audit log and its note on the draft
    until the next submission. A revoked verification is final: it was a decision for cause.
    """
    profile = SpecialistProfile.objects.select_for_update().filter(user=user).first()
    if profile is None:
        raise ValidationError("You have no application to reopen.")
    if profile.status == Status.REVOKED:
        raise ValidationError(
            "A revoked verification is final: a moderator decided it for cause, so this "
            "application cannot be sent again."
        )
    if profile.status != Status.REJECTED:
        raise ValidationError("Only a rejected application can be reopened.")
    if not permissions.can_reapply(user, profile):
        raise ValidationError(
            f"You can apply again from {date_format(profile.reapply_from, 'j F Y')}."
        )
    profile.status = Status.DRAFT
    profile.save(update_fields=["status", "updated"])
    record(actor=user, action="reopen_specialist_application", target=profile)
    return profile


@transaction.atomic
def remove_document(*, user: User, document: CredentialDocument) -> None:
    if document.profile.user_id != user.pk:
        raise PermissionDenied("Only the applicant removes their documents.")
    if not document.profile.is_editable:
        raise ValidationError(
            "Documents cannot be removed while the application is being reviewed."
        )
    document.file.delete(save=False)
    document.delete()


def update_public_profile(*, profile: SpecialistProfile, fields: dict, photo=None):
    """What a verified specialist changes about their public profile (nothing that was checked)."""
    unknown = set(fields) - set(PUBLIC_PROFILE_FIELDS)
    if unknown:
        raise PermissionDenied(f"Not editable after verification: {', '.join(sorted(unknown))}")
    if profile.status != Status.VERIFIED:
        raise ValidationError("Only a verified profile is edited here.")
    for name, value in fields.items():
        setattr(profile, name, value)
    if photo is not None:
        _replace_photo(profile, photo)
    profile.save()
    return profile


# --- Verification (moderators only) ---------------------------------------------------------


def _grant(profile: SpecialistProfile) -> None:
    profile.status = Status.VERIFIED
    profile.verified_at = profile.decided_at = timezone.now()
    profile.decision_note = ""
    profile.save(update_fields=["status", "verified_at", "decided_at", "decision_note", "updated"])
    profile.user.groups.add(Group.objects.get(name=SPECIALISTS_GROUP))
    forget_groups(profile.user)


def _withdraw(profile: SpecialistProfile, status: str, note: str = "", decided_at=None) -> None:
    """Take the badge and the answering permission away: status and group together.

    ``decided_at`` is the moderator's decision time (None: the system's act, e.g. expiry).
    """
    profile.status = status
    profile.decision_note = note
    profile.decided_at = decided_at or profile.decided_at
    profile.save(update_fields=["status", "decision_note", "decided_at", "updated"])
    profile.user.groups.remove(Group.objects.get(name=SPECIALISTS_GROUP))
    forget_groups(profile.user)


@transaction.atomic
def mark_verified(*, profile: SpecialistProfile, reason: str = "Demo content") -> SpecialistProfile:
    """Verify without a moderator: for ``seed_demo`` and test factories only.

    No view, form or admin page reaches this; people are verified through
    ``decide_application``. It is still written to the audit log, as the system's act.
    """
    _grant(profile)
    record(actor=None, action="verify_specialist", target=profile, reason=reason)
    return profile


DECISIONS = {
    "approve": "verify_specialist",
    "request_changes": "request_specialist_changes",
    "reject": "reject_specialist",
}


@transaction.atomic
def decide_application(
    *, moderator: User, profile: SpecialistProfile, decision: str, note: str, checked=()
) -> SpecialistProfile:
    """A moderator's decision on a submitted application, audited and told to the applicant."""
    if not permissions.can_decide_application(moderator, profile):
        raise PermissionDenied("Only a moderator decides, and never on their own application.")
    if decision not in DECISIONS:
        raise ValidationError("Choose approve, request changes or reject.")
    note = (note or "").strip()
    if not note:
        raise ValidationError("Write a note: it is kept in the audit log.")
    profile = (
        SpecialistProfile.objects.select_for_update().select_related("user").get(pk=profile.pk)
    )
    if profile.status != Status.SUBMITTED:
        raise ValidationError("This application is no longer waiting for a decision.")
    checks = [key for key, _label in VERIFICATION_CHECKS if key in set(checked)]
    if decision == "approve":
        if len(checks) != len(VERIFICATION_CHECKS):
            raise ValidationError("Tick every check before you verify someone.")
        if profile.licence_expiry and profile.licence_expiry < timezone.localdate():
            raise ValidationError("The licence expiry date has passed; request changes instead.")
        _grant(profile)
        message = "Your specialist application is verified. Welcome — you can now answer questions."
        url = profile.user.get_absolute_url()
    else:
        refused = decision == "reject"
        profile.status = Status.REJECTED if refused else Status.CHANGES_REQUESTED
        profile.decision_note = note
        profile.decided_at = timezone.now()
        profile.save(update_fields=["status", "decision_note", "decided_at", "updated"])
        message = (
            "A moderator has decided on your specialist application: it was not accepted."
            if refused
            else "A moderator asked for changes to your specialist application."
        )
        url = reverse("profiles:apply")
    record(
        actor=moderator,
        action=DECISIONS[decision],
        target=profile,
        reason=note,
        details={"checked": checks},
    )
    notify(user=profile.user, kind="verification", message=message, url=url)
    return profile


@transaction.atomic
def revoke_verification(*, moderator: User, profile: SpecialistProfile, note: str):
    if not permissions.can_review_applications(moderator):
        raise PermissionDenied("Only moderators revoke a verification.")
    note = (note or "").strip()
    if not note:
        raise ValidationError("Write a note: it is kept in the audit log.")
    profile = (
        SpecialistProfile.objects.select_for_update().select_related("user").get(pk=profile.pk)
    )
    if profile.status != Status.VERIFIED:
        raise ValidationError("Only a verified specialist can have the verification revoked.")
    _withdraw(profile, Status.REVOKED, note, decided_at=timezone.now())
    record(actor=moderator, action="revoke_specialist", target=profile, reason=note)
    notify(
        user=profile.user,
        kind="verification",
        message="A moderator revoked your specialist verification.",
        url=reverse("profiles:apply"),
    )
    return profile


def expire_lapsed_licences(*, today=None) -> list[SpecialistProfile]:
    """Verified profiles whose licence expiry date has passed become *expired* (daily command)."""
    today = today or timezone.localdate()
    expired = []
    lapsed = SpecialistProfile.objects.filter(
        status=Status.VERIFIED, licence_expiry__lt=today
    ).select_related("user")
    for profile in lapsed:
        with transaction.atomic():
            _withdraw(profile, Status.EXPIRED)
            record(
                actor=None,
                action="expire_specialist",
                target=profile,
                reason=f"Licence expiry date {profile.licence_expiry:%Y-%m-%d} has passed.",
            )
            notify(
                user=profile.user,
                kind="verification",
                message=(
                    "Your licence expiry date has passed, so your verified badge is paused. "
                    "Update your licence details and send them again."
                ),
                url=reverse("profiles:apply"),
            )
        expired.append(profile)
    return expired


# --- Consultation requests ------------------------------------------------------------------


@transaction.atomic
def send_consultation_request(
    *,
    member: User,
    profile: SpecialistProfile,
    message: str,
    preferred_times: str = "",
    contact_method: str = ConsultationRequest.ContactMethod.HAVEN,
    contact_detail: str = "",
) -> ConsultationRequest:
    if not permissions.can_contact(member, profile):
        raise PermissionDenied(
            sanction_message(member) or "You cannot send a request to this specialist."
        )
    if ConsultationRequest.objects.filter(
        member=member, specialist=profile, status=ConsultationRequest.Status.OPEN
    ).exists():
        raise ValidationError(
            "You already have a request waiting with this specialist. "
            "They will reply soon; you can send another once they have."
        )
    try:
        with transaction.atomic():
            consultation = ConsultationRequest.objects.create(
                member=member,
                specialist=profile,
                message=message,
                preferred_times=preferred_times,
                contact_method=contact_method,
                contact_detail=contact_detail,
            )
    except IntegrityError as error:  # a second request raced the check above
        raise ValidationError("You already have a request waiting with this specialist.") from error
    notify(
        user=profile.user,
        kind="consultation",
        message=f"{member.public_name} asked you for a consultation.",
        url=reverse("profiles:consultation", kwargs={"pk": consultation.pk}),
    )
    notify(
        user=member,
        kind="consultation",
        message=f"Your consultation request to {profile.user.public_name} is sent.",
        url=reverse("profiles:consultation", kwargs={"pk": consultation.pk}),
        email=False,
    )
    return consultation


@transaction.atomic
def answer_consultation_request(
    *, specialist: User, consultation: ConsultationRequest, accept: bool, reply: str
) -> ConsultationRequest:
    consultation = (
        ConsultationRequest.objects.select_for_update()
        .select_related("member", "specialist__user")
        .get(pk=consultation.pk)
    )
    if not permissions.can_answer_consultation(specialist, consultation):
        raise PermissionDenied("Only the specialist asked answers an open request.")
    reply = (reply or "").strip()
    if not reply:
        raise ValidationError("Write a short message back.")
    consultation.status = (
        ConsultationRequest.Status.ACCEPTED if accept else ConsultationRequest.Status.DECLINED
    )
    consultation.reply = reply
    consultation.answered_at = timezone.now()
    consultation.save(update_fields=["status", "reply", "answered_at"])
    verb = "accepted" if accept else "replied to"
    notify(
        user=consultation.member,
        kind="consultation",
        message=f"{specialist.public_name} {verb} your consultation request.",
        url=reverse("profiles:consultation", kwargs={"pk": consultation.pk}),
    )
    return consultation
