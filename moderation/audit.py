"""The one way to write the audit log."""

from django.contrib.contenttypes.models import ContentType

from moderation.models import AuditEntry


def record(
    *,
    actor,
    action: str,
    target=None,
    reason: str = "",
    before: str = "",
    after: str = "",
    details: dict | None = None,
) -> AuditEntry:
    """Append an entry: ``action`` is a short verb such as ``hide`` or ``verify_specialist``."""
    return AuditEntry.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        actor_name=actor.get_username() if actor is not None else "system",
        action=action,
        target_type=ContentType.objects.get_for_model(target) if target is not None else None,
        target_id=str(target.pk) if target is not None else "",
        target_label=str(target)[:300] if target is not None else "",
        reason=reason,
        before=before,
        after=after,
        details=details or {},
    )
