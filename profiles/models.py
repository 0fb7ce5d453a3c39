"""Members and specialists."""

from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.validators import URLValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone

from profiles.storage import credential_path, private_storage


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

    def get_public_name(self) -> str:
        """For machina's templates (MACHINA_USER_DISPLAY_NAME_METHOD)."""
        return self.public_name


# What a moderator checks before verifying: (key, label). All four are required to approve.
VERIFICATION_CHECKS = [
    ("identity", "Identity matches the name on the documents"),
    ("register", "Licence found in the licensing body's public register"),
    ("current", "Licence is current (not suspended, not expired)"),
    ("specialisations", "Specialisations are plausible for this qualification"),
]


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
    # Applicants may save a draft with any field empty; submitting checks completeness.
    professional_title = models.CharField(max_length=120, blank=True)
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
    website = models.URLField(blank=True, validators=[URLValidator(schemes=["http", "https"])])
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
    submitted_at = models.DateTimeField(
        null=True, blank=True, db_index=True, help_text="Last (re)submission: the queue's order."
    )
    decision_note = models.TextField(
        blank=True, help_text="The moderator's message with the latest decision, for the applicant."
    )
    decided_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="The moderator's latest decision: a rejection's date sets when the applicant "
        "may apply again.",
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    # The applicant may edit the application in these states; otherwise it is read-only to them.
    EDITABLE = (Status.DRAFT, Status.CHANGES_REQUESTED, Status.EXPIRED)

    def __str__(self):
        return f"{self.user.public_name} ({self.professional_title or 'no title yet'})"

    @property
    def is_editable(self) -> bool:
        return self.status in self.EDITABLE

    @property
    def reapply_from(self) -> date | None:
        """The first day a rejected applicant may reopen their application (None: not rejected).

        Rows rejected before ``decided_at`` existed fall back to their last change.
        """
        if self.status != self.Status.REJECTED:
            return None
        decided = timezone.localdate(self.decided_at or self.updated)
        return decided + timedelta(days=settings.HAVEN_SPECIALIST_REAPPLY_DAYS)

    @property
    def scope(self) -> str:
        """What was verified, in one line: "Licensed … · California, USA"."""
        return " · ".join(part for part in (self.professional_title, self.jurisdiction) if part)

    @property
    def is_verified(self) -> bool:
        """Verified and, where an expiry date is known, not yet expired (checked on read)."""
        if self.status != self.Status.VERIFIED:
            return False
        return self.licence_expiry is None or self.licence_expiry >= timezone.localdate()

    @property
    def language_list(self) -> list[str]:
        return [lang.strip() for lang in self.languages.split(",") if lang.strip()]

    @property
    def session_formats(self) -> list[str]:
        return [
            label
            for offered, label in (
                (self.offers_online, "Online"),
                (self.offers_in_person, "In person"),
            )
            if offered
        ]


class CredentialDocument(models.Model):
    """A licence or diploma scan. Private: stored outside MEDIA_ROOT, never publicly served."""

    profile = models.ForeignKey(
        SpecialistProfile, on_delete=models.CASCADE, related_name="documents"
    )
    file = models.FileField(storage=private_storage, upload_to=credential_path, max_length=200)
    original_name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=40, help_text="Detected from the content.")
    size = models.PositiveIntegerField()
    uploaded = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["uploaded", "pk"]

    def __str__(self):
        return self.original_name


class ConsultationRequest(models.Model):
    """A member asking a specialist for a (first) consultation. One open request per pair."""

    class Status(models.TextChoices):
        OPEN = "open", "Waiting for a reply"
        ACCEPTED = "accepted", "Accepted"
        DECLINED = "declined", "Declined"

    class ContactMethod(models.TextChoices):
        HAVEN = "haven", "Reply here on Haven"
        EMAIL = "email", "E-mail"
        PHONE = "phone", "Phone"

    member = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="consultation_requests_sent"
    )
    specialist = models.ForeignKey(
        SpecialistProfile, on_delete=models.CASCADE, related_name="consultation_requests"
    )
    message = models.TextField(max_length=2000)
    preferred_times = models.CharField(max_length=300, blank=True)
    contact_method = models.CharField(
        max_length=10, choices=ContactMethod.choices, default=ContactMethod.HAVEN
    )
    contact_detail = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    reply = models.TextField(max_length=2000, blank=True)
    created = models.DateTimeField(auto_now_add=True, db_index=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "specialist"],
                condition=models.Q(status="open"),
                name="one_open_consultation_request_per_pair",
            )
        ]

    def __str__(self):
        return f"{self.member} → {self.specialist.user} ({self.status})"

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN


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


class EmailPreferences(models.Model):
    """Which notifications a member also gets by e-mail (in-app ones always arrive).

    A member without a row has the defaults below; ``profiles.email_preferences`` maps each
    notification kind to one of these fields and signs the one-click unsubscribe links.
    """

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="email_preferences")
    answers = models.BooleanField("New answers on questions you follow", default=True)
    helpful = models.BooleanField("Your answer is marked as the one that helped", default=True)
    votes = models.BooleanField("Your posts reach a vote milestone", default=False)
    new_questions = models.BooleanField(
        "New questions in categories and tags you follow", default=True
    )
    consultations = models.BooleanField("Consultation requests and replies", default=True)
    moderation = models.BooleanField(
        "Moderators' decisions about your posts, reports and account", default=True
    )
    verification = models.BooleanField("Decisions about your specialist application", default=True)
    # Moderators only (the form hides it from everyone else); the bell is enough by default.
    applications = models.BooleanField("Specialist applications waiting for review", default=False)
    show_details = models.BooleanField(
        "Show what it is about in the subject and text of the e-mail",
        default=False,
        help_text="Off: every e-mail says only “You have a new notification on Haven”, so "
        "nobody who sees your inbox learns what it is about.",
    )
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "e-mail preferences"

    def __str__(self):
        return f"E-mail preferences of {self.user}"
