"""Moderation records: the review queue and its flags, hidden content, crisis screening,
sanctions, and the audit log (written once and never changed)."""

from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils import timezone


class AuditEntryQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionDenied("Audit entries cannot be changed.")

    def delete(self):
        raise PermissionDenied("Audit entries cannot be deleted.")


class AuditEntry(models.Model):
    """Who did what to what, when and why. Immutable: no update, no delete, not even in admin."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_name = models.CharField(max_length=150, help_text="Kept if the account is deleted.")
    action = models.CharField(max_length=40, db_index=True)
    target_type = models.ForeignKey(ContentType, null=True, on_delete=models.SET_NULL)
    target_id = models.CharField(max_length=64, blank=True)
    target = GenericForeignKey("target_type", "target_id")
    target_label = models.CharField(max_length=300, blank=True)
    reason = models.TextField(blank=True)
    before = models.TextField(blank=True)
    after = models.TextField(blank=True)
    details = models.JSONField(default=dict, blank=True)
    created = models.DateTimeField(auto_now_add=True, db_index=True)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name_plural = "audit entries"

    def __str__(self):
        return f"{self.created:%Y-%m-%d %H:%M} {self.actor_name} {self.action} {self.target_label}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionDenied("Audit entries cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionDenied("Audit entries cannot be deleted.")


class TargetQuerySet(models.QuerySet):
    def for_target(self, target):
        return self.filter(
            target_type=ContentType.objects.get_for_model(target), target_id=str(target.pk)
        )


class ReviewItem(models.Model):
    """One thing in the review queue: every open flag on one target, and who is on it.

    A target has at most one open item; flags (members' and crisis screening's) gather on it.
    The queue is ordered by ``urgent`` (someone may be at risk), then ``concern`` (screening saw
    indirect signs of risk), then distinct flaggers, then age.
    """

    class Status(models.TextChoices):
        OPEN = "open", "Waiting for a moderator"
        RESOLVED = "resolved", "Decided"

    target_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    target_id = models.CharField(max_length=64)
    target = GenericForeignKey("target_type", "target_id")
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.OPEN, db_index=True
    )
    urgent = models.BooleanField(default=False, help_text="Someone may be at risk.")
    crisis = models.BooleanField(default=False, help_text="Crisis language was detected.")
    concern = models.BooleanField(
        default=False, help_text="Screening saw indirect signs of risk: please read."
    )
    flag_count = models.PositiveIntegerField(default=0, help_text="Distinct members who flagged.")
    created = models.DateTimeField(auto_now_add=True)
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    claimed_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolution = models.CharField(max_length=40, blank=True)

    objects = TargetQuerySet.as_manager()

    class Meta:
        ordering = ["-urgent", "-concern", "-flag_count", "created", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["target_type", "target_id"],
                condition=models.Q(status="open"),
                name="one_open_review_per_target",
            )
        ]
        indexes = [
            models.Index(
                fields=["status", "-urgent", "-concern", "-flag_count", "created"],
                name="review_queue_order",
            )
        ]

    def __str__(self):
        return f"Review of {self.target_type.model} {self.target_id} ({self.status})"

    @property
    def holder(self):
        """The moderator whose claim is still fresh, or None."""
        if self.claimed_by_id is None or self.claimed_at is None:
            return None
        fresh_since = timezone.now() - timedelta(minutes=settings.HAVEN_CLAIM_MINUTES)
        return self.claimed_by if self.claimed_at >= fresh_since else None


class Flag(models.Model):
    """A member's report about something (or crisis screening's own), with a reason."""

    class Reason(models.TextChoices):
        AT_RISK = "at_risk", "Someone may be at risk"
        CONCERN = "concern", "Possible risk — please read"
        HARASSMENT = "harassment", "Harassment or hate"
        UNSAFE = "unsafe", "Harmful or unsafe advice"
        PRIVATE_INFO = "private_info", "Shares someone's private information"
        SPAM = "spam", "Spam"
        OFF_TOPIC = "off_topic", "Off-topic"
        OTHER = "other", "Something else"

    class Source(models.TextChoices):
        MEMBER = "member", "A member"
        CRISIS = "crisis", "Crisis screening"

    class Status(models.TextChoices):
        OPEN = "open", "Waiting for a moderator"
        UPHELD = "upheld", "A moderator acted on it"
        DISMISSED = "dismissed", "Reviewed: no action needed"

    item = models.ForeignKey(ReviewItem, on_delete=models.CASCADE, related_name="flags")
    flagger = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="flags_raised",
    )
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.MEMBER)
    reason = models.CharField(max_length=20, choices=Reason.choices)
    note = models.TextField(blank=True)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.OPEN, db_index=True
    )
    outcome = models.CharField(max_length=300, blank=True, help_text="Shown to the flagger.")
    created = models.DateTimeField(auto_now_add=True, db_index=True)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "flagger"],
                condition=models.Q(flagger__isnull=False),
                name="one_flag_per_member_per_review",
            )
        ]

    def __str__(self):
        return f"{self.get_reason_display()} ({self.get_status_display()})"


class Hidden(models.Model):
    """Marks content that moderators took off public pages (machina ``approved=False`` too),
    so it is told apart from posts merely awaiting approval, and shown with a banner."""

    class Kind(models.TextChoices):
        HIDDEN = "hidden", "Hidden by a moderator"
        AUTO = "auto", "Hidden after several members flagged it"
        REJECTED = "rejected", "Not approved"

    target_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    target_id = models.CharField(max_length=64)
    target = GenericForeignKey("target_type", "target_id")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    reason = models.TextField()
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)

    objects = TargetQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "hidden content"
        constraints = [
            models.UniqueConstraint(fields=["target_type", "target_id"], name="hidden_once")
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.target_type.model} {self.target_id}"


class Screening(models.Model):
    """What crisis screening found in one piece of content (kept only once something matched).

    ``crisis`` shows the help banner to every reader; ``concern`` (indirect signs) only shows
    its author a gentle line with the same help lines, and asks a moderator to read it.
    """

    class Level(models.TextChoices):
        CRISIS = "crisis", "Crisis language"
        CONCERN = "concern", "Possible risk"

    target_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    target_id = models.CharField(max_length=64)
    target = GenericForeignKey("target_type", "target_id")
    matched = models.BooleanField(default=False, db_index=True)
    level = models.CharField(max_length=10, choices=Level.choices, default=Level.CRISIS)
    categories = models.JSONField(default=list, blank=True)
    phrases = models.JSONField(default=list, blank=True)
    text_hash = models.CharField(max_length=64, blank=True)
    screened_at = models.DateTimeField(auto_now=True)
    cleared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    cleared_at = models.DateTimeField(null=True, blank=True)

    objects = TargetQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["target_type", "target_id"], name="screened_once")
        ]

    def __str__(self):
        return f"Screening of {self.target_type.model} {self.target_id}: {self.matched}"

    @property
    def shows_help(self) -> bool:
        """The public help banner (crisis level)."""
        return self.matched and self.level == self.Level.CRISIS and self.cleared_at is None

    @property
    def shows_author_note(self) -> bool:
        """The gentle line only the author sees (concern level)."""
        return self.matched and self.level == self.Level.CONCERN and self.cleared_at is None


class SanctionQuerySet(models.QuerySet):
    def in_force(self, now=None):
        """Sanctions that restrict the member now (warnings never restrict)."""
        now = now or timezone.now()
        return self.exclude(kind=Sanction.Kind.WARNING).filter(
            models.Q(ends_at__isnull=True) | models.Q(ends_at__gt=now), lifted_at__isnull=True
        )


class Sanction(models.Model):
    """A warning, a silence (cannot post), a suspension (cannot log in) or a ban (for good)."""

    class Kind(models.TextChoices):
        WARNING = "warning", "Warning"
        SILENCE = "silence", "Silenced (cannot post)"
        SUSPENSION = "suspension", "Suspended (cannot log in)"
        BAN = "ban", "Banned"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sanctions"
    )
    kind = models.CharField(max_length=12, choices=Kind.choices)
    reason = models.TextField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)
    ends_at = models.DateTimeField(null=True, blank=True, help_text="Empty: no end (a ban).")
    lifted_at = models.DateTimeField(null=True, blank=True)
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    lift_reason = models.TextField(blank=True)

    objects = SanctionQuerySet.as_manager()

    class Meta:
        ordering = ["-created", "-pk"]
        indexes = [models.Index(fields=["user", "lifted_at"])]

    def __str__(self):
        return f"{self.get_kind_display()} for {self.user}"

    @property
    def blocks_login(self) -> bool:
        return self.kind in (self.Kind.SUSPENSION, self.Kind.BAN)

    def in_force_at(self, now) -> bool:
        if self.kind == self.Kind.WARNING or self.lifted_at is not None:
            return False
        return self.ends_at is None or self.ends_at > now
