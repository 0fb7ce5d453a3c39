"""Every moderation write: flags, claims, decisions on content, sanctions, reveals, screening.

Each moderator action needs a reason, checks permissions here (not only in views), writes one
audit entry, and tells the author (and the flaggers) what was decided.
"""

import hashlib
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Topic
from machina.apps.forum_permission.models import ForumPermission, UserForumPermission

from moderation import audit, concern, crisis, notify, permissions, registry
from moderation.models import Flag, Hidden, ReviewItem, Sanction, Screening

POSTING_PERMISSIONS = ("can_start_new_topics", "can_reply_to_topics")
REASON_MIN = 5


def _content_type(obj) -> ContentType:
    return ContentType.objects.get_for_model(obj)


def _name(user) -> str:
    return getattr(user, "public_name", "") or user.get_username()


def _reason(reason: str) -> str:
    reason = " ".join((reason or "").split())
    if len(reason) < REASON_MIN:
        raise ValidationError("Please give a reason (a short sentence is enough).")
    return reason


def _lock(target):
    """The target, re-read and locked: moderators acting on one thing at the same moment act
    one after another, each seeing what the one before did (no double hide, no 500)."""
    return type(target)._default_manager.select_for_update().get(pk=target.pk)


def _require_moderator(user) -> None:
    if not permissions.can_moderate(user):
        raise PermissionDenied("Only moderators can do that.")


def _entry(target, capability: str | None = None):
    entry = registry.target_type(target)
    if entry is None or (capability and getattr(entry, capability) is None):
        raise ValidationError("Moderators cannot do that to this kind of content.")
    return entry


def _tell_author(target, *, kind: str, message: str) -> None:
    author = registry.target_type(target).author(target)
    notify.notify(user=author, kind=kind, message=message, url=reverse("moderation:my_account"))


def _describe(target) -> str:
    entry = registry.target_type(target)
    return f"your {entry.kind(target)} “{_short(entry.label(target))}”"


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- The review queue ---------------------------------------------------------------------------
def _open_item(target) -> ReviewItem:
    """The target's open review item, created if needed (and locked for this transaction)."""
    found = ReviewItem.objects.for_target(target).filter(status=ReviewItem.Status.OPEN)
    item = found.select_for_update().first()
    if item is not None:
        return item
    try:
        with transaction.atomic():
            return ReviewItem.objects.create(
                target_type=_content_type(target), target_id=str(target.pk)
            )
    except IntegrityError:  # another request opened it a moment ago
        return found.select_for_update().get()


def _recount(item: ReviewItem) -> None:
    flags = item.flags.all()
    members = flags.filter(source=Flag.Source.MEMBER).values("flagger").distinct().count()
    at_risk = flags.filter(reason=Flag.Reason.AT_RISK).exists()
    item.flag_count = members
    item.urgent = item.crisis or at_risk
    item.concern = flags.filter(reason=Flag.Reason.CONCERN, status=Flag.Status.OPEN).exists()
    item.save(update_fields=["flag_count", "urgent", "crisis", "concern"])


def _check_claim(item: ReviewItem, moderator) -> None:
    holder = item.holder
    if holder is not None and holder.pk != moderator.pk:
        raise ValidationError(f"{_name(holder)} is already working on this. Choose another item.")


@transaction.atomic
def flag(*, flagger, target, reason: str, note: str = "") -> Flag:
    """A member reports something. One open flag per member per item."""
    if not permissions.can_flag(flagger, target):
        raise PermissionDenied(permissions.flag_refusal(flagger, target))
    note = (note or "").strip()
    if reason not in Flag.Reason.values:
        raise ValidationError("Please choose what is wrong.")
    if reason == Flag.Reason.OTHER and not note:
        raise ValidationError("Please tell the moderators in a few words what is wrong.")
    item = _open_item(target)
    if item.flags.filter(flagger=flagger).exists():
        raise ValidationError("You have already reported this. A moderator will look at it soon.")
    created = Flag.objects.create(item=item, flagger=flagger, reason=reason, note=note[:2000])
    _recount(item)
    _auto_hide(item, target)
    return created


def _auto_hide(item: ReviewItem, target) -> None:
    """Several different members flagged it: take it down until a moderator decides."""
    threshold = settings.HAVEN_AUTO_HIDE_FLAGS
    entry = registry.target_type(target)
    if not threshold or item.flag_count < threshold or entry.hide is None:
        return
    if Hidden.objects.for_target(target).exists():
        return
    reason = f"{item.flag_count} members reported it; it stays hidden until a moderator decides."
    Hidden.objects.create(
        target_type=_content_type(target),
        target_id=str(target.pk),
        kind=Hidden.Kind.AUTO,
        reason=reason,
    )
    entry.hide(target)
    registry.visibility_changed(target, False)
    audit.record(actor=None, action="auto_hide", target=target, reason=reason)
    _tell_author(
        target,
        kind="moderation_hidden",
        message=f"Several members reported {_describe(target)}, so it is hidden until a "
        "moderator looks at it. You will hear from us when they decide.",
    )


def claim(*, moderator, item: ReviewItem) -> ReviewItem:
    """Say "I am on it" so two moderators do not act on the same item."""
    _require_moderator(moderator)
    stale = timezone.now() - timedelta(minutes=settings.HAVEN_CLAIM_MINUTES)
    free = ReviewItem.objects.filter(pk=item.pk, status=ReviewItem.Status.OPEN).filter(
        Q(claimed_by__isnull=True) | Q(claimed_by=moderator) | Q(claimed_at__lt=stale)
    )
    if not free.update(claimed_by=moderator, claimed_at=timezone.now()):
        item.refresh_from_db()
        if item.status != ReviewItem.Status.OPEN:
            raise ValidationError("This has already been decided.")
        raise ValidationError(f"{_name(item.claimed_by)} is already working on this.")
    item.refresh_from_db()
    return item


def release(*, moderator, item: ReviewItem) -> None:
    _require_moderator(moderator)
    ReviewItem.objects.filter(pk=item.pk, claimed_by=moderator).update(
        claimed_by=None, claimed_at=None
    )


def _resolve(target, *, moderator, resolution: str, upheld: bool, outcome: str):
    """Close the target's open item, tell each flagger the outcome. None if nothing was open."""
    item = (
        ReviewItem.objects.for_target(target)
        .filter(status=ReviewItem.Status.OPEN)
        .select_for_update()
        .first()
    )
    if item is None:
        return None
    _check_claim(item, moderator)
    now = timezone.now()
    item.status, item.resolution = ReviewItem.Status.RESOLVED, resolution
    item.resolved_by, item.resolved_at = moderator, now
    item.claimed_by, item.claimed_at = None, None
    item.save()
    status = Flag.Status.UPHELD if upheld else Flag.Status.DISMISSED
    flaggers = [
        f.flagger for f in item.flags.filter(status=Flag.Status.OPEN, flagger__isnull=False)
    ]
    item.flags.filter(status=Flag.Status.OPEN).update(
        status=status, outcome=outcome, resolved_at=now
    )
    label = _short(registry.target_type(target).label(target))
    for flagger in flaggers:
        notify.notify(
            user=flagger,
            kind="flag_outcome",
            message=f"Thank you for your report about {label}. {outcome}",
            url=reverse("moderation:my_flags"),
            email=False,
        )
    return item


@transaction.atomic
def dismiss(*, moderator, target, reason: str) -> ReviewItem:
    """No action needed: close the flags (and undo an automatic hide)."""
    _require_moderator(moderator)
    reason = _reason(reason)
    item = _resolve(
        target,
        moderator=moderator,
        resolution="dismissed",
        upheld=False,
        outcome="A moderator reviewed it and decided no action was needed.",
    )
    if item is None:
        raise ValidationError("There are no open reports about this.")
    auto = Hidden.objects.for_target(target).filter(kind=Hidden.Kind.AUTO).first()
    if auto is not None:
        auto.delete()
        registry.target_type(target).restore(target)
        registry.visibility_changed(target, True)
        _tell_author(
            target,
            kind="moderation_restored",
            message=f"A moderator reviewed {_describe(target)}: it is visible again.",
        )
    audit.record(
        actor=moderator,
        action="dismiss_flags",
        target=target,
        reason=reason,
        details={"flags": item.flags.count(), "undid_auto_hide": auto is not None},
    )
    return item


@transaction.atomic
def hide(*, moderator, target, reason: str) -> Hidden:
    """Take content off every public page, list, feed and search; moderators still see it."""
    _require_moderator(moderator)
    reason = _reason(reason)
    target = _lock(target)
    entry = _entry(target, "hide")
    hidden = Hidden.objects.for_target(target).first()
    if hidden is not None and hidden.kind != Hidden.Kind.AUTO:
        raise ValidationError("This is already hidden.")
    if hidden is None:
        hidden = Hidden(target_type=_content_type(target), target_id=str(target.pk))
        entry.hide(target)
        registry.visibility_changed(target, False)
    hidden.kind, hidden.reason, hidden.hidden_by = Hidden.Kind.HIDDEN, reason, moderator
    hidden.save()
    _resolve(
        target,
        moderator=moderator,
        resolution="hidden",
        upheld=True,
        outcome="A moderator agreed and removed it from public pages.",
    )
    audit.record(actor=moderator, action="hide", target=target, reason=reason)
    _tell_author(
        target,
        kind="moderation_hidden",
        message=f"A moderator hid {_describe(target)} from public pages. Reason: {reason}",
    )
    return hidden


@transaction.atomic
def restore(*, moderator, target, reason: str) -> None:
    _require_moderator(moderator)
    reason = _reason(reason)
    target = _lock(target)
    entry = _entry(target, "restore")
    hidden = Hidden.objects.for_target(target).first()
    if hidden is None or hidden.kind == Hidden.Kind.REJECTED:
        raise ValidationError("This is not hidden.")
    hidden.delete()
    entry.restore(target)
    registry.visibility_changed(target, True)
    _resolve(
        target,
        moderator=moderator,
        resolution="restored",
        upheld=False,
        outcome="A moderator reviewed it and decided it can stay.",
    )
    audit.record(actor=moderator, action="restore", target=target, reason=reason)
    _tell_author(
        target,
        kind="moderation_restored",
        message=f"A moderator restored {_describe(target)}. Reason: {reason}",
    )


@transaction.atomic
def edit(*, moderator, target, text: str, reason: str) -> None:
    """Change what someone wrote; the audit log keeps the text before and after."""
    _require_moderator(moderator)
    reason = _reason(reason)
    target = _lock(target)
    entry = _entry(target, "edit")
    before, after = entry.text(target), (text or "").strip()
    if not after:
        raise ValidationError("The text cannot be empty. Hide it instead.")
    if after == before.strip():
        raise ValidationError("Nothing was changed.")
    entry.edit(target, text=after, editor=moderator, reason=reason)
    _resolve(
        target,
        moderator=moderator,
        resolution="edited",
        upheld=True,
        outcome="A moderator agreed and edited it.",
    )
    audit.record(
        actor=moderator, action="edit", target=target, reason=reason, before=before, after=after
    )
    _tell_author(
        target,
        kind="moderation_edited",
        message=f"A moderator edited {_describe(target)}. Reason: {reason}",
    )


# --- Topics: lock, unlock, pin, move ---------------------------------------------------------
TOPIC_TYPE_ACTIONS = {
    Topic.TOPIC_STICKY: "pin",
    Topic.TOPIC_ANNOUNCE: "announce",
    Topic.TOPIC_POST: "unpin",
}


@transaction.atomic
def set_topic_type(*, moderator, post, topic_type: int, reason: str) -> Topic:
    """Pin the topic this post starts to the top of its board (sticky), make it an
    announcement, or put it back among the others."""
    topic = post.topic
    if not permissions.can_set_topic_type(moderator, topic, topic_type):
        raise PermissionDenied("Only moderators can pin or unpin a topic.")
    reason = _reason(reason)
    if topic.type == topic_type:
        raise ValidationError("The topic is like that already.")
    topic.type = topic_type
    topic.save()
    audit.record(
        actor=moderator, action=TOPIC_TYPE_ACTIONS[topic_type], target=topic, reason=reason
    )
    return topic


@transaction.atomic
def set_locked(*, moderator, post, locked: bool, reason: str) -> Topic:
    """Lock (no more replies) or unlock the topic this post belongs to."""
    topic = post.topic
    if not permissions.can_lock(moderator, topic):
        raise PermissionDenied("Only moderators can lock or unlock a topic.")
    reason = _reason(reason)
    if topic.is_locked == locked:
        raise ValidationError("It is already locked." if locked else "It is not locked.")
    topic.status = Topic.TOPIC_LOCKED if locked else Topic.TOPIC_UNLOCKED
    topic.save()
    audit.record(
        actor=moderator, action="lock" if locked else "unlock", target=topic, reason=reason
    )
    what = "locked" if locked else "unlocked"
    notify.notify(
        user=topic.poster,
        kind=f"moderation_{what}",
        message=f"A moderator {what} “{_short(topic.subject)}”. Reason: {reason}",
        url=registry.target_type(post).url(post),
    )
    return topic


@transaction.atomic
def move(*, moderator, post, board, reason: str) -> Topic:
    """Move the topic this post belongs to onto another board of the same kind."""
    topic = post.topic
    if not permissions.can_move(moderator, topic):
        raise PermissionDenied("Only moderators can move a topic.")
    reason = _reason(reason)
    current = getattr(topic.forum, "board", None)
    if board.forum_id == topic.forum_id:
        raise ValidationError("It is already on that board.")
    if current is None or board.kind != current.kind:
        raise ValidationError("Move it to a board of the same kind.")
    before = topic.forum.name
    topic.forum = board.forum
    topic.save()
    audit.record(
        actor=moderator,
        action="move",
        target=topic,
        reason=reason,
        before=before,
        after=board.forum.name,
    )
    notify.notify(
        user=topic.poster,
        kind="moderation_moved",
        message=f"A moderator moved “{_short(topic.subject)}” to {board.forum.name}. "
        f"Reason: {reason}",
        url=registry.target_type(post).url(post),
    )
    return topic


# --- Posts awaiting approval (machina's queue) --------------------------------------------------
@transaction.atomic
def approve(*, moderator, post, reason: str = "") -> None:
    if not permissions.can_approve(moderator, post):
        raise PermissionDenied("Only moderators can approve posts.")
    if post.approved or Hidden.objects.for_target(post).exists():
        raise ValidationError("This post is not waiting for approval.")
    registry.target_type(post).restore(post)
    registry.visibility_changed(post, True)
    audit.record(actor=moderator, action="approve", target=post, reason=reason.strip())
    _tell_author(
        post,
        kind="moderation_approved",
        message=f"A moderator approved {_describe(post)}: it is published.",
    )


@transaction.atomic
def reject(*, moderator, post, reason: str) -> Hidden:
    """Soft: the post is kept (never machina's hard delete) and the author is told why."""
    if not permissions.can_approve(moderator, post):
        raise PermissionDenied("Only moderators can reject posts.")
    reason = _reason(reason)
    if post.approved or Hidden.objects.for_target(post).exists():
        raise ValidationError("This post is not waiting for approval.")
    hidden = Hidden.objects.create(
        target_type=_content_type(post),
        target_id=str(post.pk),
        kind=Hidden.Kind.REJECTED,
        reason=reason,
        hidden_by=moderator,
    )
    audit.record(actor=moderator, action="reject", target=post, reason=reason)
    _tell_author(
        post,
        kind="moderation_rejected",
        message=f"A moderator did not approve {_describe(post)}. Reason: {reason}",
    )
    return hidden


# --- Help banner (crisis screening) -------------------------------------------------------------
def screen_post(*, post) -> Screening | None:
    """Screen a new or edited machina post (called from its ``post_save``)."""
    parts = [post.subject] if registry.target_type(post) and _is_head(post) else []
    parts.append(registry.target_type(post).text(post) if registry.is_registered(post) else "")
    return screen(target=post, text="\n".join(parts))


def _is_head(post) -> bool:
    return post.topic.first_post_id in (None, post.pk)


@transaction.atomic
def screen(*, target, text: str) -> Screening | None:
    """Store what screening finds. Crisis language enters the review queue at top priority;
    indirect signs (concern) enter it after at-risk items, before ordinary reports."""
    digest = hashlib.sha256(text.encode()).hexdigest()
    existing = Screening.objects.for_target(target).first()
    if existing is not None and existing.text_hash == digest:
        return existing
    result = concern.screen(text)
    if existing is None and not result.matched:
        return None
    screening = existing or Screening(target_type=_content_type(target), target_id=str(target.pk))
    changed = (result.level, list(result.phrases)) != (screening.level, screening.phrases)
    if result.matched and changed:
        screening.cleared_by, screening.cleared_at = None, None
    screening.matched = result.matched
    screening.level = result.level or screening.level
    screening.categories, screening.phrases = list(result.categories), list(result.phrases)
    screening.text_hash = digest
    screening.save()
    if result.matched:
        _queue_screening(target, result)
    return screening


def _queue_screening(target, result: concern.ScreenResult) -> None:
    """One screening flag on the open item, with the phrases for the moderator. A concern
    flag is not added next to a crisis one; a crisis flag is added next to a concern one."""
    item = _open_item(target)
    is_crisis = result.level == concern.CRISIS
    screened = item.flags.filter(source=Flag.Source.CRISIS)
    if is_crisis:
        screened = screened.filter(reason=Flag.Reason.AT_RISK)
    if not screened.exists():
        heading = "Crisis language detected" if is_crisis else "Possible signs of risk"
        labels = ", ".join(crisis.CATEGORY_LABELS[c] for c in result.categories)
        phrases = "; ".join(f"“{p}”" for p in result.phrases[:5])
        Flag.objects.create(
            item=item,
            source=Flag.Source.CRISIS,
            reason=Flag.Reason.AT_RISK if is_crisis else Flag.Reason.CONCERN,
            note=f"{heading} ({labels}): {phrases}",
        )
    item.crisis = item.crisis or is_crisis
    _recount(item)


@transaction.atomic
def dismiss_concern(*, moderator, target, reason: str) -> Screening:
    """A moderator read a "possible risk" post and found no risk: the author's line goes away,
    the screening's report is dismissed (the item closes if nothing else is open)."""
    screening, reason = _clear_screening(
        moderator, target, reason, showing="shows_author_note", none="possible-risk note"
    )
    item = (
        ReviewItem.objects.for_target(target)
        .filter(status=ReviewItem.Status.OPEN)
        .select_for_update()
        .first()
    )
    if item is not None:
        _check_claim(item, moderator)
        item.flags.filter(reason=Flag.Reason.CONCERN, status=Flag.Status.OPEN).update(
            status=Flag.Status.DISMISSED,
            outcome="A moderator read it and saw no risk.",
            resolved_at=timezone.now(),
        )
        if item.flags.filter(status=Flag.Status.OPEN).exists():
            _recount(item)
        else:
            _resolve(
                target,
                moderator=moderator,
                resolution="dismissed",
                upheld=False,
                outcome="A moderator read it and saw no risk.",
            )
    registry.appearance_changed(target)
    audit.record(actor=moderator, action="dismiss_concern", target=target, reason=reason)
    return screening


@transaction.atomic
def clear_help_banner(*, moderator, target, reason: str) -> Screening:
    """A moderator decides the screening was a false alarm: the help banner goes away."""
    screening, reason = _clear_screening(
        moderator, target, reason, showing="shows_help", none="help banner"
    )
    registry.appearance_changed(target)
    audit.record(actor=moderator, action="clear_help_banner", target=target, reason=reason)
    return screening


def _clear_screening(moderator, target, reason: str, *, showing: str, none: str):
    """Mark what screening shows on ``target`` (its ``showing`` property) as a false alarm."""
    _require_moderator(moderator)
    reason = _reason(reason)
    screening = Screening.objects.for_target(target).first()
    if screening is None or not getattr(screening, showing):
        raise ValidationError(f"There is no {none} on this.")
    screening.cleared_by, screening.cleared_at = moderator, timezone.now()
    screening.save(update_fields=["cleared_by", "cleared_at", "screened_at"])
    return screening, reason


# --- Anonymous askers ---------------------------------------------------------------------------
def reveal_author(*, moderator, target, reason: str):
    """Who is behind *Anonymous*: moderators only, with a reason, always in the audit log."""
    if not permissions.can_reveal(moderator):
        raise PermissionDenied("Only moderators can see who posted anonymously.")
    reason = _reason(reason)
    entry = _entry(target)
    if not entry.is_anonymous(target):
        raise ValidationError("This was not posted anonymously.")
    audit.record(actor=moderator, action="reveal_anonymous", target=target, reason=reason)
    return entry.author(target)


# --- Sanctions ----------------------------------------------------------------------------------
def _sanction(*, moderator, user, kind, reason: str, days: int | None) -> Sanction:
    if not permissions.can_sanction(moderator, user):
        raise PermissionDenied("Moderators cannot sanction themselves or other moderators.")
    reason = _reason(reason)
    ends_at = None
    if kind in (Sanction.Kind.SILENCE, Sanction.Kind.SUSPENSION):
        if not days or not 1 <= days <= 365:
            raise ValidationError("Choose between 1 and 365 days.")
        ends_at = timezone.now() + timedelta(days=days)
    sanction = Sanction.objects.create(
        user=user, kind=kind, reason=reason, created_by=moderator, ends_at=ends_at
    )
    if kind == Sanction.Kind.SILENCE:
        _deny_posting(user)
    permissions.forget_sanctions(user)
    audit.record(
        actor=moderator,
        action=kind,
        target=user,
        reason=reason,
        details={"ends_at": ends_at.isoformat() if ends_at else None, "days": days},
    )
    notify.notify(
        user=user,
        kind=f"moderation_{kind}",
        message=permissions.describe(sanction),
        url=reverse("moderation:my_account"),
    )
    return sanction


@transaction.atomic
def warn(*, moderator, user, reason: str) -> Sanction:
    return _sanction(
        moderator=moderator, user=user, kind=Sanction.Kind.WARNING, reason=reason, days=None
    )


@transaction.atomic
def silence(*, moderator, user, days: int, reason: str) -> Sanction:
    """Cannot post for ``days``: machina refuses too (per-user rows), and ``can_post`` says no."""
    return _sanction(
        moderator=moderator, user=user, kind=Sanction.Kind.SILENCE, reason=reason, days=days
    )


@transaction.atomic
def suspend(*, moderator, user, days: int, reason: str) -> Sanction:
    """Cannot log in for ``days`` (the middleware logs them out and says why)."""
    return _sanction(
        moderator=moderator, user=user, kind=Sanction.Kind.SUSPENSION, reason=reason, days=days
    )


@transaction.atomic
def ban(*, moderator, user, reason: str) -> Sanction:
    return _sanction(
        moderator=moderator, user=user, kind=Sanction.Kind.BAN, reason=reason, days=None
    )


@transaction.atomic
def lift(*, moderator, sanction: Sanction, reason: str) -> Sanction:
    if not permissions.can_sanction(moderator, sanction.user):
        raise PermissionDenied("Only moderators can lift a sanction.")
    reason = _reason(reason)
    if not sanction.in_force_at(timezone.now()):
        raise ValidationError("This sanction is no longer in force.")
    _end(sanction, by=moderator, reason=reason)
    audit.record(
        actor=moderator,
        action="lift_sanction",
        target=sanction.user,
        reason=reason,
        details={"sanction": sanction.pk, "kind": sanction.kind},
    )
    notify.notify(
        user=sanction.user,
        kind="moderation_lifted",
        message=f"A moderator lifted your {sanction.get_kind_display().lower()}. {reason}",
        url=reverse("moderation:my_account"),
    )
    return sanction


def _end(sanction: Sanction, *, by=None, reason: str) -> None:
    sanction.lifted_at, sanction.lifted_by, sanction.lift_reason = timezone.now(), by, reason
    sanction.save(update_fields=["lifted_at", "lifted_by", "lift_reason"])
    user = sanction.user
    permissions.forget_sanctions(user)
    still_silenced = Sanction.objects.in_force().filter(user=user, kind=Sanction.Kind.SILENCE)
    if sanction.kind == Sanction.Kind.SILENCE and not still_silenced.exists():
        _allow_posting(user)


def end_expired_sanctions(*, user=None) -> int:
    """Sanctions whose time has passed are lifted (and machina's rows removed). Idempotent."""
    expired = Sanction.objects.filter(
        lifted_at__isnull=True, ends_at__isnull=False, ends_at__lte=timezone.now()
    ).select_related("user")
    if user is not None:
        expired = expired.filter(user=user)
    count = 0
    for sanction in expired:
        with transaction.atomic():
            _end(sanction, reason="Ended on schedule.")
        count += 1
    return count


def _deny_posting(user) -> None:
    """machina's per-user, per-forum "no" beats every group and member grant on that forum
    (a global per-user row would not beat per-forum grants), so write one row per forum."""
    perms = list(ForumPermission.objects.filter(codename__in=POSTING_PERMISSIONS))
    for forum in [None, *Forum.objects.all()]:
        for perm in perms:
            UserForumPermission.objects.update_or_create(
                user=user, forum=forum, permission=perm, defaults={"has_perm": False}
            )


def _allow_posting(user) -> None:
    UserForumPermission.objects.filter(
        user=user, permission__codename__in=POSTING_PERMISSIONS, has_perm=False
    ).delete()
