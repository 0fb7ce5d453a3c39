"""A member's control of their own data: *Download my data* and *Delete my account*.

profiles sits below questions, so it cannot read questions, answers, votes or follows itself.
Apps above register what they contribute (from their ``AppConfig.ready``)::

    from profiles import data
    data.register_exporter("questions", questions_of)    # (user) -> JSON-able
    data.register_deleter(forget_member)                  # (*, user, placeholder) -> None

Deleting an account keeps other people's threads readable: the member's topics and posts go to
one shared placeholder account, "Deleted member" (``deleted_member()``), before the user row
is deleted, so machina's cascade (django-machina #123) never removes a post.
"""

import io
import json
import logging
import zipfile
from collections.abc import Callable
from pathlib import PurePath

from django.apps import apps
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from forum import accounts as board_accounts
from moderation.audit import record
from profiles import email_preferences
from profiles.models import ConsultationRequest, EmailPreferences, SpecialistProfile, User
from profiles.notifications import notify
from profiles.services import APPLICATION_FIELDS

log = logging.getLogger(__name__)

# Not a valid username for sign-up (it has a space), so no member can ever own this account.
DELETED_USERNAME = "Deleted member"
DELETED_DISPLAY_NAME = "Deleted member"
DELETED_EMAIL = "deleted-member"  # not an address: nothing is ever sent to it

_exporters: list[tuple[str, Callable]] = []
_deleters: list[Callable] = []


def register_exporter(name: str, exporter: Callable) -> None:
    """``exporter(user) -> JSON-able``: a section of the member's data export."""
    if name not in {existing for existing, _ in _exporters}:
        _exporters.append((name, exporter))


def register_deleter(deleter: Callable) -> None:
    """``deleter(*, user, placeholder)``: runs inside ``delete_account``'s transaction, before
    the member's posts are reassigned and their row deleted."""
    if deleter not in _deleters:
        _deleters.append(deleter)


# --- The placeholder ------------------------------------------------------------------------


def deleted_member() -> User:
    """The one account deleted members' posts belong to; created on first use."""
    user, created = User.objects.get_or_create(
        username=DELETED_USERNAME,
        defaults={
            "email": DELETED_EMAIL,
            "display_name": DELETED_DISPLAY_NAME,
            "is_active": False,
        },
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


def is_deleted_member(user) -> bool:
    return getattr(user, "username", None) == DELETED_USERNAME and not user.is_active


# --- Download my data -----------------------------------------------------------------------


def _iso(value):
    return value.isoformat() if value else None


def _account(user: User) -> dict:
    return {
        "username": user.username,
        "email": user.email,
        "display_name": user.display_name,
        "bio": user.bio,
        "location": user.location,
        "avatar": PurePath(user.avatar.name).name if user.avatar else None,
        "date_joined": _iso(user.date_joined),
        "last_login": _iso(user.last_login),
        "public_profile": user.get_absolute_url(),
    }


# What the applicant wrote, plus the state of their application (licence_expiry is replaced
# by its ISO form below).
_SPECIALIST_FIELDS = ("status", *APPLICATION_FIELDS, "decision_note")


def _specialist(user: User) -> dict | None:
    profile = (
        SpecialistProfile.objects.filter(user=user)
        .prefetch_related("specialisations__forum", "documents")
        .first()
    )
    if profile is None:
        return None
    exported = {field: getattr(profile, field) for field in _SPECIALIST_FIELDS}
    exported.update(
        licence_expiry=_iso(profile.licence_expiry),
        verified_at=_iso(profile.verified_at),
        submitted_at=_iso(profile.submitted_at),
        decided_at=_iso(profile.decided_at),
        created=_iso(profile.created),
        specialisations=[board.forum.name for board in profile.specialisations.all()],
        photo=PurePath(profile.photo.name).name if profile.photo else None,
        documents=[
            {
                "file": _document_name(document),
                "original_name": document.original_name,
                "content_type": document.content_type,
                "size": document.size,
                "uploaded": _iso(document.uploaded),
            }
            for document in profile.documents.all()
        ],
    )
    return exported


def _document_name(document) -> str:
    return f"documents/{document.pk}-{PurePath(document.file.name).name}"


def _consultations(user: User) -> dict:
    """Requests the member sent (with their own words) and, for a specialist, the replies they
    wrote to requests received: never another member's message or contact details."""
    sent = ConsultationRequest.objects.filter(member=user).select_related("specialist__user")
    received = ConsultationRequest.objects.filter(specialist__user=user)
    return {
        "sent": [
            {
                "to": request.specialist.user.public_name,
                "message": request.message,
                "preferred_times": request.preferred_times,
                "contact_method": request.contact_method,
                "contact_detail": request.contact_detail,
                "status": request.status,
                "reply": request.reply,
                "created": _iso(request.created),
                "answered_at": _iso(request.answered_at),
            }
            for request in sent
        ],
        "received": [
            {
                "status": request.status,
                "your_reply": request.reply,
                "created": _iso(request.created),
                "answered_at": _iso(request.answered_at),
            }
            for request in received
        ],
    }


def _notifications(user: User) -> list[dict]:
    return [
        {
            "kind": note.kind,
            "message": note.message,
            "url": note.url,
            "created": _iso(note.created),
            "read_at": _iso(note.read_at),
        }
        for note in user.notifications.all()
    ]


def _email_preferences(user: User) -> dict:
    prefs = email_preferences.preferences_for(user)
    names = [*email_preferences.CATEGORIES, "show_details"]
    return {name: getattr(prefs, name) for name in names}


def _moderation(user: User) -> dict:
    """Reports the member made and sanctions they received (if moderation is installed)."""
    if not apps.is_installed("moderation"):
        return {}
    try:
        from moderation.models import Flag, Sanction
    except ImportError:  # pragma: no cover - an older moderation app without flags
        return {}
    flags = Flag.objects.filter(flagger=user).select_related("item__target_type")
    return {
        "flags": [
            {
                "about": f"{flag.item.target_type.model} {flag.item.target_id}",
                "reason": flag.reason,
                "note": flag.note,
                "status": flag.status,
                "outcome": flag.outcome,
                "created": _iso(flag.created),
                "resolved_at": _iso(flag.resolved_at),
            }
            for flag in flags
        ],
        "sanctions": [
            {
                "kind": sanction.kind,
                "reason": sanction.reason,
                "created": _iso(sanction.created),
                "ends_at": _iso(sanction.ends_at),
                "lifted_at": _iso(sanction.lifted_at),
            }
            for sanction in Sanction.objects.filter(user=user)
        ],
    }


def _files(user: User) -> list[tuple[str, object]]:
    """(name in the archive, file field) of everything the member uploaded."""
    files = []
    if user.avatar:
        files.append((f"avatar/{PurePath(user.avatar.name).name}", user.avatar))
    profile = SpecialistProfile.objects.filter(user=user).first()
    if profile is not None:
        if profile.photo:
            files.append((f"specialist-photo/{PurePath(profile.photo.name).name}", profile.photo))
        files += [(_document_name(doc), doc.file) for doc in profile.documents.all()]
    board_avatar = board_accounts.forum_profile_avatar(user)
    if board_avatar:
        files.append((f"board-avatar/{PurePath(board_avatar.name).name}", board_avatar))
    return files


def member_data(user: User) -> dict:
    """Everything Haven keeps about the member, as JSON-able data."""
    data = {
        "exported_at": _iso(timezone.now()),
        "account": _account(user),
        "specialist_profile": _specialist(user),
        "consultation_requests": _consultations(user),
        "notifications": _notifications(user),
        "email_preferences": _email_preferences(user),
        "board_posts": board_accounts.posts_by(user),
        **_moderation(user),
    }
    for name, exporter in _exporters:
        data[name] = exporter(user)
    return data


README = """Your data from Haven
====================

data.json holds everything Haven keeps about you: your account and profile, your specialist
application, every question (anonymous ones included — they are yours), answer, board post,
vote, report (flag), follow, consultation request and notification, and your e-mail settings.
The folders hold the files you uploaded: profile picture, specialist photo, credential
documents.
"""


def export_member_data(*, user: User) -> bytes:
    """A zip of ``data.json`` and the member's uploaded files; nobody else's data."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", README)
        archive.writestr(
            "data.json", json.dumps(member_data(user), indent=2, ensure_ascii=False, default=str)
        )
        for name, field in _files(user):
            try:
                with field.open("rb") as handle:
                    archive.writestr(f"files/{name}", handle.read())
            except OSError:
                log.warning("file %s of member %s is missing", field.name, user.pk)
    return buffer.getvalue()


# --- Delete my account ----------------------------------------------------------------------


def _cancel_consultations(user: User) -> None:
    """Open requests to or from the member are cancelled and the other person is told.

    The requests hold the member's message, contact details or replies, so they go with the
    account (by cascade, with the member and their specialist profile).
    """
    open_requests = ConsultationRequest.objects.filter(
        status=ConsultationRequest.Status.OPEN
    ).select_related("member", "specialist__user")
    for request in open_requests.filter(member=user):
        notify(
            user=request.specialist.user,
            kind="consultation",
            message="A member withdrew their consultation request: they closed their account.",
        )
    for request in open_requests.filter(specialist__user=user):
        notify(
            user=request.member,
            kind="consultation",
            message="A specialist you asked for a consultation closed their Haven account, "
            "so your request is cancelled. The directory lists others who can help.",
        )


def _uploaded_files(user: User) -> list:
    files = [field for _name, field in _files(user)]
    return [(field.storage, field.name) for field in files]


def _delete_files(files) -> None:
    for storage, name in files:
        try:
            storage.delete(name)
        except OSError:
            log.exception("could not delete file %s of a deleted account", name)


def delete_account(*, user: User, password: str) -> None:
    """Delete the member's account for good, keeping other people's threads readable.

    Removed: the login, the profile (name, e-mail, bio, picture), the specialist application
    and its files, notifications, e-mail settings, follows, votes (scores are lowered to match),
    consultation requests (open ones are cancelled first), machina's profile and read marks.
    Kept: questions, answers and posts, now signed "Deleted member" (answers also say "Former
    specialist"); reports the member made, without their name; the audit log.
    """
    if not user.is_authenticated or is_deleted_member(user):
        raise PermissionDenied("There is no account to delete.")
    if not user.check_password(password or ""):
        raise ValidationError("That is not your password. Your account is unchanged.")
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=user.pk)
        placeholder = deleted_member()
        files = _uploaded_files(user)
        for deleter in _deleters:
            deleter(user=user, placeholder=placeholder)
        _cancel_consultations(user)
        moved = board_accounts.reassign_content(user=user, to=placeholder)
        if board_accounts.owns_content(user):  # never let the cascade take a post
            raise RuntimeError("content still belongs to the account being deleted")
        EmailPreferences.objects.filter(user=user).delete()
        record(
            actor=None,
            action="delete_account",
            target=placeholder,
            reason="The member deleted their account.",
            details={"account_id": user.pk, **moved},
        )
        user.delete()
        transaction.on_commit(lambda: _delete_files(files))  # only once the deletion is final
