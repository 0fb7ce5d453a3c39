"""Members and specialists."""

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.urls import reverse
from django.utils import timezone


class User(AbstractUser):
    """A member. The public sees ``public_name``; the username is the login only."""

    email = models.EmailField("email address", unique=True)
    display_name = models.CharField(max_length=60, blank=True)
    bio = models.TextField(max_length=600, blank=True)
    location = models.CharField(max_length=80, blank=True)
    avatar = models.ImageField(upload_to="avatars/", blank=True)

    @property
    def public_name(self) -> str:
        return self.display_name or self.username

    def get_absolute_url(self):
        return reverse("profiles:member", kwargs={"username": self.username})


class SpecialistProfile(models.Model):
    """A specialist's application, and once verified, their public profile."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SUBMITTED = "submitted", "Submitted"
        CHANGES_REQUESTED = "changes_requested", "Changes requested"
        VERIFIED = "verified", "Verified"
        REJECTED = "rejected", "Rejected"
        REVOKED = "revoked", "Revoked"
        EXPIRED = "expired", "Expired"

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="specialist")
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    professional_title = models.CharField(max_length=120)
    qualifications = models.CharField(max_length=300, blank=True)
    licence_number = models.CharField(max_length=60, blank=True)
    licensing_body = models.CharField(max_length=160, blank=True)
    jurisdiction = models.CharField(max_length=120, blank=True)
    licence_expiry = models.DateField(null=True, blank=True)
    years_of_practice = models.PositiveSmallIntegerField(default=0)
    specialisations = models.ManyToManyField("boards.Board", blank=True, related_name="+")
    languages = models.CharField(max_length=200, blank=True, help_text="Comma-separated.")
    approach = models.TextField(max_length=2000, blank=True)
    bio = models.TextField(max_length=4000, blank=True)
    photo = models.ImageField(upload_to="specialists/", blank=True)
    website = models.URLField(blank=True)
    offers_online = models.BooleanField(default=True)
    offers_in_person = models.BooleanField(default=False)
    location = models.CharField(max_length=120, blank=True)
    fee_range = models.CharField(max_length=80, blank=True)
    offers_free_consultation = models.BooleanField(default=False, db_index=True)
    consultation_description = models.CharField(
        max_length=300,
        blank=True,
        default="Free 30-minute initial consultation, online or in person.",
    )
    verified_at = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"{self.user.public_name} ({self.professional_title})"

    @property
    def is_verified(self) -> bool:
        """Verified and, where an expiry date is known, not yet expired (checked on read)."""
        if self.status != self.Status.VERIFIED:
            return False
        return self.licence_expiry is None or self.licence_expiry >= timezone.localdate()

    @property
    def language_list(self) -> list[str]:
        return [lang.strip() for lang in self.languages.split(",") if lang.strip()]


class Notification(models.Model):
    """Something a member should know: shown in-app, and e-mailed for the important kinds."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=40, db_index=True)
    message = models.CharField(max_length=500)
    url = models.CharField(max_length=500, blank=True)
    created = models.DateTimeField(auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created", "-pk"]
        indexes = [models.Index(fields=["user", "read_at"])]

    def __str__(self):
        return f"{self.user}: {self.message[:60]}"
