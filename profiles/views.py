from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit

from profiles import selectors, services
from profiles.forms import AccountSettingsForm, SignUpForm
from profiles.permissions import is_verified_specialist

_post_limit = ratelimit(key="ip", rate="20/m", method="POST", block=True)


@method_decorator(ratelimit(key="post:username", rate="5/m", method="POST", block=True), "post")
@method_decorator(ratelimit(key="ip", rate="20/m", method="POST", block=True), "post")
class LoginView(auth_views.LoginView):
    template_name = "profiles/login.html"
    redirect_authenticated_user = True


@method_decorator(_post_limit, "post")
class PasswordResetView(auth_views.PasswordResetView):
    template_name = "profiles/password_reset.html"
    email_template_name = "profiles/email/password_reset.txt"
    subject_template_name = "profiles/email/password_reset_subject.txt"


@method_decorator(_post_limit, "post")
class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "profiles/password_change.html"


@sensitive_post_parameters("password1", "password2")
@ratelimit(key="ip", rate="5/h", method="POST", block=True)
def signup(request):
    if request.user.is_authenticated:
        return redirect("questions:home")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = services.register_member(
            username=form.cleaned_data["username"],
            email=form.cleaned_data["email"],
            password=form.cleaned_data["password1"],
        )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, "Welcome to Haven. Your account is ready.")
        next_url = request.POST.get("next", "")
        return redirect(next_url if _is_safe(request, next_url) else "questions:home")
    return render(
        request, "profiles/signup.html", {"form": form, "next": request.GET.get("next", "")}
    )


@login_required
@ratelimit(key="user", rate="20/m", method="POST", block=True)
def account_settings(request):
    form = AccountSettingsForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        services.update_account(user=request.user, **form.cleaned_data)
        messages.success(request, "Your settings are saved.")
        return redirect("account_settings")
    return render(request, "profiles/settings.html", {"form": form})


def member_detail(request, username):
    member = selectors.member_by_username(username)
    context = {
        "member": member,
        "is_specialist": is_verified_specialist(member),
    }
    return render(request, "profiles/member_detail.html", context)


def _is_safe(request, url: str) -> bool:
    return bool(url) and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )


@login_required
def notifications(request):
    return render(
        request,
        "profiles/notifications.html",
        {"notifications": selectors.notifications_for(request.user)},
    )


@login_required
@require_POST
@ratelimit(key="user", rate="60/m", block=True)
def notifications_mark_read(request):
    services.mark_notifications_read(user=request.user, pk=request.POST.get("notification"))
    return redirect("notifications")
