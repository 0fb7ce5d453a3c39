from django.contrib import admin

from moderation.models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """Read-only: the audit log is never edited or deleted, not even by staff."""

    list_display = ("created", "actor_name", "action", "target_label", "reason")
    list_filter = ("action",)
    search_fields = ("actor_name", "target_label", "reason")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
