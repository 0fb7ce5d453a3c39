"""Admin for staff. Verification is never decided here: status fields are read-only for everyone,
and decisions go through the verification queue (audited, with the applicant told)."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.db import models
from django.urls import reverse
from django.utils.html import format_html

from profiles.models import ConsultationRequest, SpecialistProfile, User


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    fieldsets = DjangoUserAdmin.fieldsets + (
        ("Public profile", {"fields": ("display_name", "bio", "location", "avatar")}),
    )
    list_display = ("username", "email", "display_name", "is_staff", "is_active")
    search_fields = ("username", "email", "display_name")


@admin.register(SpecialistProfile)
class SpecialistProfileAdmin(admin.ModelAdmin):
    list_display = ("user", "professional_title", "status", "submitted_at", "verified_at")
    list_filter = ("status", "offers_free_consultation")
    search_fields = ("user__username", "user__display_name", "professional_title", "licence_number")
    readonly_fields = (
        "user",
        "status",
        "verified_at",
        "submitted_at",
        "decided_at",
        "decision_note",
        "review_link",
    )
    exclude = ("specialisations",)
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    @admin.display(description="Verification")
    def review_link(self, obj):
        if obj.pk is None:
            return "-"
        url = reverse("profiles:application", kwargs={"pk": obj.pk})
        return format_html('<a href="{}">Decide in the verification queue</a>', url)

    def has_add_permission(self, request):
        return False  # applications start from the member's own form


@admin.register(ConsultationRequest)
class ConsultationRequestAdmin(admin.ModelAdmin):
    """Read-only: a private exchange between a member and a specialist."""

    list_display = ("member", "specialist", "status", "created")
    list_filter = ("status",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
