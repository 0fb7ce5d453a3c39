"""Moderation records. The audit log is written once and never changed."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import models


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
