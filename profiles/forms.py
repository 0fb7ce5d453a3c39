from django import forms
from django.contrib.auth.forms import UserCreationForm

from profiles.models import User


class SignUpForm(UserCreationForm):
    """Username, e-mail and a password checked by Django's validators."""

    email = forms.EmailField(
        help_text="Used for password resets and notifications. Never shown to anyone."
    )

    class Meta(UserCreationForm.Meta):
        model = User
        fields = ("username", "email")

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                "That e-mail address cannot be used. If it is yours, reset your password instead."
            )
        return email


class AccountSettingsForm(forms.ModelForm):
    """What a member may change about their public face and their e-mail."""

    class Meta:
        model = User
        fields = ("display_name", "email", "bio", "location")
        help_texts = {
            "display_name": "Shown beside your posts. Leave empty to show your username.",
            "bio": "A few words about you, shown on your public profile.",
        }
        widgets = {"bio": forms.Textarea(attrs={"rows": 4})}

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError("That e-mail address is already used by another account.")
        return email

    def clean_display_name(self):
        return " ".join(self.cleaned_data["display_name"].split())
