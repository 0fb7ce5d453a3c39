import logging

from django import forms
from django.contrib.auth.forms import PasswordResetForm as DjangoPasswordResetForm
from django.contrib.auth.forms import SetPasswordMixin, UsernameField
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.core.validators import validate_email
from django.template.loader import render_to_string

from forum.models import Board
from profiles.models import VERIFICATION_CHECKS, ConsultationRequest, SpecialistProfile, User
from profiles.services import APPLICATION_FIELDS, PUBLIC_PROFILE_FIELDS, submission_problems
from profiles.uploads import DOCUMENT_MAX_COUNT, check_document, process_photo

logger = logging.getLogger(__name__)


class PasswordResetForm(DjangoPasswordResetForm):
    """Django's reset form, but an address without an account gets an e-mail too ("there is
    no Haven account here"), so the reply, the mail sent and the time taken are alike whether
    or not the address has an account."""

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        email = self.cleaned_data["email"]
        if any(self.get_users(email)):
            return
        request = kwargs.get("request")
        context = {
            "email": email,
            "protocol": "https" if kwargs.get("use_https") else "http",
            "domain": kwargs.get("domain_override") or (request and request.get_host()),
        }
        subject = render_to_string(
            kwargs.get("subject_template_name", "registration/password_reset_subject.txt")
        )
        body = render_to_string("profiles/email/password_reset_unknown.txt", context)
        message = EmailMessage(
            "".join(subject.splitlines()), body, kwargs.get("from_email"), [email]
        )
        try:
            message.send()
        except Exception:  # as Django does for the reset e-mail: the page stays the same
            logger.exception("could not send the no-account password reset e-mail")


class SignUpForm(forms.ModelForm):
    """A username and an e-mail address; the password is chosen from the e-mailed link.

    Usernames are public (profile addresses), so a taken one is reported. Whether the e-mail
    address already has an account is never said here (see ``profiles.signup``).
    """

    email = forms.EmailField(
        help_text="We send a link there to finish signing up. Never shown to anyone."
    )

    class Meta:
        model = User
        fields = ("username",)  # the address is not checked for uniqueness here, on purpose
        field_classes = {"username": UsernameField}

    def clean_username(self):
        username = self.cleaned_data["username"]
        if User.objects.filter(username__iexact=username).exists():
            raise forms.ValidationError("That username is taken. Please choose another.")
        return username

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class ChoosePasswordForm(SetPasswordMixin, forms.Form):
    """The last step of signing up, on the page the e-mailed link opens."""

    password1, password2 = SetPasswordMixin.create_password_fields()

    def __init__(self, *args, username: str, email: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = User(username=username, email=email)  # for the similarity check only

    def clean(self):
        self.validate_passwords()
        self.validate_password_for_user(self.user)
        return super().clean()


PHOTO_HELP = "A JPEG, PNG or WebP picture under 5 MB. We resize it and remove its hidden data."


class PhotoField(forms.FileField):
    """An uploaded picture, decoded and re-encoded by Pillow (see ``uploads.process_photo``)."""

    widget = forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"})

    def clean(self, data, initial=None):
        uploaded = super().clean(data, initial)
        return process_photo(uploaded) if uploaded else None


class AccountSettingsForm(forms.ModelForm):
    """What a member may change about their public face and their e-mail."""

    avatar = PhotoField(required=False, label="Profile picture", help_text=PHOTO_HELP)
    remove_avatar = forms.BooleanField(required=False, label="Remove my profile picture")

    class Meta:
        model = User
        fields = ("display_name", "email", "bio", "location")
        help_texts = {
            "display_name": "Shown beside your posts. Leave empty to show your username.",
            "bio": "A few words about you, shown on your public profile.",
            "location": "Optional, e.g. a city or a country.",
        }
        widgets = {"bio": forms.Textarea(attrs={"rows": 4})}

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError("That e-mail address is already used by another account.")
        return email

    def clean_display_name(self):
        return " ".join(self.cleaned_data["display_name"].split())

    def clean_location(self):
        return " ".join(self.cleaned_data["location"].split())


# --- Specialist application -----------------------------------------------------------------


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class DocumentsField(forms.FileField):
    """Several credential documents at once, each typed by its content (PDF, JPEG, PNG)."""

    widget = MultipleFileInput(attrs={"accept": "application/pdf,image/jpeg,image/png"})

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        checked, errors = [], []
        for uploaded in files:
            try:
                super().clean(uploaded, initial)
                content_type, extension = check_document(uploaded)
            except ValidationError as error:
                errors.extend(error.messages)
            else:
                checked.append((uploaded, content_type, extension))
        if errors:
            raise ValidationError(errors)
        return checked


SESSION_FORMATS = [("online", "Online"), ("in_person", "In person")]


def _website_field():
    return forms.URLField(
        required=False,
        assume_scheme="https",
        max_length=200,
        label="Website",
        help_text="Optional. Starts with https://",
        widget=forms.URLInput(attrs={"placeholder": "https://"}),
    )


def _clean_languages(value: str) -> str:
    seen, languages = set(), []
    for part in value.replace(";", ",").split(","):
        language = " ".join(part.split())[:40]
        if language and language.lower() not in seen:
            seen.add(language.lower())
            languages.append(language[:1].upper() + language[1:])
    if len(languages) > 10:
        raise ValidationError("List at most 10 languages.")
    return ", ".join(languages)


class _ProfileFieldsMixin:
    """Cleaning shared by the application and the verified specialist's profile form."""

    def clean_languages(self):
        return _clean_languages(self.cleaned_data.get("languages") or "")

    def clean_years_of_practice(self):
        return self.cleaned_data.get("years_of_practice") or 0

    def formats_values(self) -> dict:
        formats = set(self.cleaned_data.get("session_formats") or [])
        return {"offers_online": "online" in formats, "offers_in_person": "in_person" in formats}

    def _formats_initial(self, instance):
        if instance is None or instance.pk is None:
            return ["online"]
        return [key for key, _label in SESSION_FORMATS if getattr(instance, f"offers_{key}")]


class SpecialistApplicationForm(_ProfileFieldsMixin, forms.ModelForm):
    """Every field of the application. A draft may be incomplete; submitting checks everything.

    The status, the dates and the user are not fields here: a crafted POST cannot set them.
    """

    specialisations = forms.ModelMultipleChoiceField(
        queryset=Board.objects.filter(kind=Board.Kind.ASK).select_related("forum"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Specialisations",
        help_text="The areas of Ask a specialist you would answer in.",
    )
    session_formats = forms.MultipleChoiceField(
        choices=SESSION_FORMATS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Session formats",
    )
    photo = PhotoField(required=False, label="Your photo", help_text=PHOTO_HELP)
    website = _website_field()
    documents = DocumentsField(
        required=False,
        label="Credential documents",
        help_text=(
            "Your licence, registration certificate or diploma: PDF, JPEG or PNG, up to 5 MB "
            f"each, {DOCUMENT_MAX_COUNT} at most. Only moderators see them, never the public."
        ),
    )

    class Meta:
        model = SpecialistProfile
        fields = [
            field
            for field in APPLICATION_FIELDS
            if field not in ("offers_online", "offers_in_person")
        ] + ["specialisations"]
        labels = {
            "professional_title": "Professional title",
            "licence_number": "Licence or registration number",
            "licensing_body": "Licensing body",
            "jurisdiction": "Jurisdiction",
            "licence_expiry": "Licence expiry date",
            "languages": "Languages you work in",
            "approach": "Your approach",
            "bio": "About you",
            "fee_range": "Fee range",
            "offers_free_consultation": "I offer a free first consultation",
            "consultation_description": "Describe your free consultation",
        }
        help_texts = {
            "professional_title": "As on your licence, e.g. Licensed Marriage and Family "
            "Therapist.",
            "qualifications": "Degrees and training, e.g. MA Clinical Psychology, Gottman Level 2.",
            "licensing_body": "e.g. Board of Behavioral Sciences.",
            "jurisdiction": "Where the licence is valid, e.g. California, USA.",
            "languages": "Separate with commas, e.g. English, Spanish.",
            "approach": "How you work with people, in a few sentences.",
            "bio": "Shown on your public profile once you are verified.",
            "location": "Optional: the city where you see people in person.",
            "fee_range": "Optional, e.g. $90–140 per session.",
            "consultation_description": "Shown as a badge on your profile, the directory and "
            "your answers.",
        }
        widgets = {
            "licence_expiry": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "approach": forms.Textarea(attrs={"rows": 4}),
            "bio": forms.Textarea(attrs={"rows": 6}),
        }

    def __init__(self, *args, submitting: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.submitting = submitting
        for name in self.fields:
            self.fields[name].required = False
        self.fields["years_of_practice"].min_value = 0
        self.fields["years_of_practice"].widget.attrs.update(min=0, max=70)
        self.fields["session_formats"].initial = self._formats_initial(self.instance)

    def clean_years_of_practice(self):
        years = self.cleaned_data.get("years_of_practice") or 0
        if years > 70:
            raise ValidationError("Please check the number of years.")
        return years

    def clean(self):
        cleaned = super().clean()
        if not self.submitting:
            return cleaned
        existing = self.instance.documents.count() if self.instance.pk else 0
        problems = submission_problems(
            cleaned,
            specialisations=len(cleaned.get("specialisations") or []),
            documents=existing + len(cleaned.get("documents") or []),
            formats=len(cleaned.get("session_formats") or []),
        )
        for field, message in problems.items():
            if field not in self.errors:
                self.add_error(field, message)
        if problems:
            self.add_error(
                None, "Your application is not sent yet: please complete the fields marked below."
            )
        return cleaned

    def application_fields(self) -> dict:
        values = {
            name: self.cleaned_data[name]
            for name in APPLICATION_FIELDS
            if name in self.cleaned_data
        }
        values.update(self.formats_values())
        return values


class SpecialistProfileForm(_ProfileFieldsMixin, forms.ModelForm):
    """What a verified specialist edits freely: presentation, formats and the free consultation."""

    session_formats = forms.MultipleChoiceField(
        choices=SESSION_FORMATS, widget=forms.CheckboxSelectMultiple, label="Session formats"
    )
    photo = PhotoField(required=False, label="Your photo", help_text=PHOTO_HELP)
    website = _website_field()

    class Meta:
        model = SpecialistProfile
        fields = [
            field
            for field in PUBLIC_PROFILE_FIELDS
            if field not in ("offers_online", "offers_in_person")
        ]
        labels = SpecialistApplicationForm.Meta.labels
        help_texts = SpecialistApplicationForm.Meta.help_texts
        widgets = SpecialistApplicationForm.Meta.widgets

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["session_formats"].initial = self._formats_initial(self.instance)
        self.fields["session_formats"].error_messages["required"] = (
            "Choose online, in person, or both."
        )
        self.fields["languages"].required = True
        self.fields["languages"].error_messages["required"] = "Add at least one language."

    def profile_fields(self) -> dict:
        values = {
            name: self.cleaned_data[name]
            for name in PUBLIC_PROFILE_FIELDS
            if name in self.cleaned_data
        }
        values.update(self.formats_values())
        return values


# --- Verification ---------------------------------------------------------------------------


class VerificationDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[
            ("approve", "Verify this specialist"),
            ("request_changes", "Ask for changes"),
            ("reject", "Reject the application"),
        ],
        label="Your decision",
        widget=forms.RadioSelect,
        error_messages={"required": "Choose a decision."},
    )
    checked = forms.MultipleChoiceField(
        choices=VERIFICATION_CHECKS,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label="What you checked",
    )
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        label="Note",
        help_text="Required. The applicant reads it when you ask for changes or reject; "
        "it is kept in the audit log.",
        error_messages={"required": "Write a note: the applicant and the audit log need it."},
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == "approve":
            missing = {key for key, _label in VERIFICATION_CHECKS} - set(cleaned.get("checked", []))
            if missing:
                self.add_error("checked", "Tick every check before you verify someone.")
        return cleaned


class RevokeForm(forms.Form):
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        label="Why the verification is revoked",
        error_messages={"required": "Write a note: the audit log needs a reason."},
    )


# --- Directory and consultations -------------------------------------------------------------


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(required=False, max_length=100, label="Search")
    specialisation = forms.ChoiceField(required=False, label="Specialisation")
    language = forms.ChoiceField(required=False, label="Language")
    format = forms.ChoiceField(
        required=False,
        label="Format",
        choices=[("", "Online or in person"), *SESSION_FORMATS],
    )
    free = forms.BooleanField(required=False, label="Offers a free first consultation")

    def __init__(self, *args, specialisations=(), languages=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["specialisation"].choices = [("", "Any specialisation"), *specialisations]
        self.fields["language"].choices = [("", "Any language")] + [(x, x) for x in languages]
        self.fields["q"].widget.attrs["placeholder"] = "Name, approach, city…"

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {
            "query": data["q"],
            "specialisation": data["specialisation"],
            "language": data["language"],
            "session_format": data["format"],
            "free": data["free"],
        }


class ConsultationRequestForm(forms.ModelForm):
    class Meta:
        model = ConsultationRequest
        fields = ["message", "preferred_times", "contact_method", "contact_detail"]
        labels = {
            "message": "What would you like help with?",
            "preferred_times": "When suits you",
            "contact_method": "How should they contact you?",
            "contact_detail": "Your e-mail address or phone number",
        }
        help_texts = {
            "message": "A few sentences are enough. Only this specialist reads it.",
            "preferred_times": "Optional, e.g. weekday evenings, Saturday mornings.",
            "contact_detail": "Only needed for e-mail or phone; shared with this specialist only.",
        }
        widgets = {
            "message": forms.Textarea(attrs={"rows": 5}),
            "contact_method": forms.RadioSelect,
        }
        error_messages = {
            "message": {"required": "Tell the specialist what you would like help with."}
        }

    def clean_contact_detail(self):
        return " ".join((self.cleaned_data.get("contact_detail") or "").split())

    def clean(self):
        cleaned = super().clean()
        method, detail = cleaned.get("contact_method"), cleaned.get("contact_detail", "")
        if method == ConsultationRequest.ContactMethod.EMAIL:
            try:
                validate_email(detail)
            except ValidationError:
                self.add_error("contact_detail", "Add the e-mail address they should write to.")
        elif method == ConsultationRequest.ContactMethod.PHONE:
            digits = sum(ch.isdigit() for ch in detail)
            if digits < 6 or any(ch not in "+0123456789 ()-./" for ch in detail):
                self.add_error("contact_detail", "Add the phone number they should call.")
        elif method == ConsultationRequest.ContactMethod.HAVEN:
            cleaned["contact_detail"] = ""
        return cleaned


class ConsultationReplyForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("accept", "Accept"), ("decline", "Decline")],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose whether you accept."},
    )
    reply = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        label="Your message",
        help_text="When you accept, suggest a time or how you will get in touch. "
        "When you decline, a kind word and perhaps where else to look.",
        error_messages={"required": "Write a short message back."},
    )
