"""Forms of a member's control over their account: e-mail settings and account deletion."""

from django import forms

from forum.permissions import is_moderator
from profiles import email_preferences
from profiles.models import EmailPreferences


class EmailPreferencesForm(forms.ModelForm):
    class Meta:
        model = EmailPreferences
        fields = (*email_preferences.CATEGORIES, "show_details")

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        if not is_moderator(user):
            for name in email_preferences.MODERATOR_CATEGORIES:
                del self.fields[name]


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label="Your password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text="To be sure it is you.",
    )
    confirm = forms.BooleanField(
        label="I understand that my account is deleted for good and cannot be restored.",
        error_messages={"required": "Tick this box to confirm that you want to delete it."},
    )
