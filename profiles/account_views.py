"""A member's control of their account: e-mail settings, one-click unsubscribe, *Download my
data* and *Delete my account*. Thin: the work is in ``email_preferences`` and ``data``."""

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.debug import sensitive_post_parameters
from django_ratelimit.decorators import ratelimit

from profiles import data, email_preferences
from profiles.account_forms import DeleteAccountForm, EmailPreferencesForm


@login_required
@ratelimit(key="user", rate="30/m", method="POST", block=True)
def email_settings(request):
    prefs = email_preferences.preferences_for(request.user)
    form = EmailPreferencesForm(request.POST or None, instance=prefs, user=request.user)
    if request.method == "POST" and form.is_valid():
        email_preferences.update_preferences(user=request.user, **form.cleaned_data)
        messages.success(request, "Your e-mail settings are saved.")
        return redirect("email_settings")
    return render(request, "profiles/email_settings.html", {"form": form})


@csrf_exempt  # the signed token is the authority; mail clients POST here (RFC 8058)
@ratelimit(key="ip", rate="30/m", block=True)
def unsubscribe(request, token):
    """One click, no login: the link in every e-mail stops that kind of e-mail (or all)."""
    try:
        user, category = email_preferences.read_unsubscribe_token(token)
    except signing.SignatureExpired:
        return _private(
            render(request, "profiles/unsubscribe.html", {"problem": "expired"}, status=400)
        )
    except signing.BadSignature:
        return _private(
            render(request, "profiles/unsubscribe.html", {"problem": "invalid"}, status=400)
        )
    undo = request.method == "POST" and request.POST.get("undo") == "1"
    if undo:
        email_preferences.resubscribe(user=user, category=category)
    else:
        email_preferences.unsubscribe(user=user, category=category)
    context = {"undone": undo, "what": email_preferences.describe(category), "token": token}
    return _private(render(request, "profiles/unsubscribe.html", context))


def _private(response):
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response


@login_required
def my_data(request):
    return render(request, "profiles/my_data.html")


@login_required
@ratelimit(key="user", rate="10/h", block=True)
def download_my_data(request):
    archive = data.export_member_data(user=request.user)
    response = HttpResponse(archive, content_type="application/zip")
    name = f"haven-data-{timezone.localdate():%Y-%m-%d}.zip"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return _private(response)


@login_required
@sensitive_post_parameters("password")
@ratelimit(key="user", rate="5/h", method="POST", block=True)
def delete_account(request):
    form = DeleteAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            data.delete_account(user=request.user, password=form.cleaned_data["password"])
        except ValidationError as error:
            form.add_error("password", error.messages)
        else:
            logout(request)
            messages.success(request, "Your account is deleted. Take care of yourself.")
            return redirect("questions:home")
    return render(request, "profiles/delete_account.html", {"form": form})
