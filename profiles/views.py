from functools import wraps

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit

from moderation import queues
from profiles import permissions, selectors, services
from profiles import signup as signup_flow
from profiles.forms import (
    AccountSettingsForm,
    ChoosePasswordForm,
    ConsultationReplyForm,
    ConsultationRequestForm,
    DirectoryFilterForm,
    PasswordResetForm,
    RevokeForm,
    SignUpForm,
    SpecialistApplicationForm,
    SpecialistProfileForm,
    VerificationDecisionForm,
)
from profiles.models import SpecialistProfile
from profiles.permissions import is_verified_specialist

DIRECTORY_PAGE_SIZE = 12

_post_limit = ratelimit(key="ip", rate="20/m", method="POST", block=True)


@method_decorator(ratelimit(key="post:username", rate="5/m", method="POST", block=True), "post")
@method_decorator(ratelimit(key="ip", rate="20/m", method="POST", block=True), "post")
class LoginView(auth_views.LoginView):
    template_name = "profiles/login.html"
    redirect_authenticated_user = True


@method_decorator(_post_limit, "post")
@method_decorator(ratelimit(key="post:email", rate="5/h", method="POST", block=True), "post")
class PasswordResetView(auth_views.PasswordResetView):
    form_class = PasswordResetForm
    template_name = "profiles/password_reset.html"
    email_template_name = "profiles/email/password_reset.txt"
    subject_template_name = "profiles/email/password_reset_subject.txt"


@method_decorator(_post_limit, "post")
class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "profiles/password_change.html"


@ratelimit(key="ip", rate="5/h", method="POST", block=True)
def signup(request):
    """Ask for an account: always the same "check your e-mail" page (see ``profiles.signup``)."""
    if request.user.is_authenticated:
        return redirect("questions:home")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        next_url = request.POST.get("next", "")
        sent = signup_flow.request_sign_up(
            username=form.cleaned_data["username"],
            email=form.cleaned_data["email"],
            site=request.build_absolute_uri("/").rstrip("/"),
            next_url=next_url if _is_safe(request, next_url) else "",
        )
        return redirect(reverse("signup_sent") + ("" if sent else "?unsent=1"))
    return render(
        request, "profiles/signup.html", {"form": form, "next": request.GET.get("next", "")}
    )


def signup_sent(request):
    return render(request, "profiles/signup_sent.html", {"unsent": "unsent" in request.GET})


@sensitive_post_parameters("password1", "password2")
@ratelimit(key="ip", rate="10/h", method="POST", block=True)
def signup_confirm(request, token):
    """The e-mailed link: choose a password, and the account exists and is logged in."""
    try:
        pending = signup_flow.read_sign_up_token(token)
    except signing.SignatureExpired:
        return _link_problem(request, "expired")
    except signing.BadSignature:
        return _link_problem(request, "invalid")
    if problem := signup_flow.link_problem(pending):
        return _link_problem(request, problem)
    form = ChoosePasswordForm(
        request.POST or None, username=pending["username"], email=pending["email"]
    )
    if request.method == "POST" and form.is_valid():
        try:
            user = signup_flow.complete_sign_up(
                username=pending["username"],
                email=pending["email"],
                password=form.cleaned_data["password1"],
            )
        except ValidationError:
            return _link_problem(request, "used")
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, "Welcome to Haven. Your account is ready.")
        next_url = pending["next"]
        return redirect(next_url if _is_safe(request, next_url) else "questions:home")
    context = {"form": form, "username": pending["username"]}
    return render(request, "profiles/signup_confirm.html", context)


def _link_problem(request, problem: str):
    return render(request, "profiles/signup_link.html", {"problem": problem}, status=400)


@login_required
@ratelimit(key="user", rate="20/m", method="POST", block=True)
def account_settings(request):
    form = AccountSettingsForm(request.POST or None, request.FILES or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_account(user=request.user, **form.cleaned_data)
        except ValidationError as error:  # the picture could not be stored; the rest is saved
            _add_errors(form, error)
            messages.warning(request, "Your other settings are saved.")
        else:
            messages.success(request, "Your settings are saved.")
            return redirect("account_settings")
    return render(request, "profiles/settings.html", {"form": form})


def member_detail(request, username):
    """Everyone's public page; a verified specialist's is their full specialist profile."""
    member = selectors.member_by_username(username)
    if not is_verified_specialist(member):
        return render(request, "profiles/member_detail.html", {"member": member})
    profile = member.specialist
    context = {
        "member": member,
        "profile": profile,
        "can_contact": permissions.can_contact(request.user, profile),
        "open_request": selectors.open_request_between(request.user, profile),
    }
    return render(request, "specialists/profile.html", context)


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


def _add_errors(form, error: ValidationError) -> None:
    """Show a service's ValidationError on the form, per field where it names one."""
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


# --- Specialists: directory, application, profile -------------------------------------------


def directory(request):
    form = DirectoryFilterForm(
        request.GET or None,
        specialisations=selectors.specialisation_choices(),
        languages=selectors.directory_languages(),
    )
    profiles = selectors.directory(**form.filters())
    page = Paginator(profiles, DIRECTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"form": form, "page": page, "page_query": query.urlencode()}
    return render(request, "specialists/directory.html", context)


@ratelimit(key="user_or_ip", rate="30/h", method="POST", block=True)
def apply(request):
    """Visitors read what is needed; members fill, save and submit their application."""
    if not request.user.is_authenticated:
        if request.method == "POST":
            return redirect_to_login(request.get_full_path())
        return render(request, "specialists/apply_intro.html")
    profile = selectors.application_of(request.user)
    if profile is not None and profile.status == SpecialistProfile.Status.VERIFIED:
        return redirect("profiles:specialist_edit")
    if profile is not None and not profile.is_editable:
        context = {
            "profile": profile,
            "can_reapply": permissions.can_reapply(request.user, profile),
        }
        return render(request, "specialists/application_status.html", context)
    submitting = "submit" in request.POST
    form = SpecialistApplicationForm(
        request.POST or None, request.FILES or None, instance=profile, submitting=submitting
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.save_application(
                user=request.user,
                fields=form.application_fields(),
                specialisations=form.cleaned_data["specialisations"],
                photo=form.cleaned_data["photo"],
                documents=form.cleaned_data["documents"],
                submit=submitting,
            )
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _SAVED[submitting])
            return redirect("profiles:apply")
    return render(request, "specialists/apply.html", {"form": form, "profile": profile})


_SAVED = {
    False: "Your draft is saved. You can come back and finish it any time.",
    True: "Thank you — your application is with our moderators. We will tell you when they "
    "have decided.",
}


@login_required
@require_POST
@ratelimit(key="user", rate="10/h", block=True)
def reapply(request):
    """*Apply again* after a rejection: the same application, open again as a draft."""
    try:
        services.reopen_application(user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            "Your application is open again as a draft. Change what the moderator noted, "
            "then send it for verification.",
        )
    return redirect("profiles:apply")


@login_required
@require_POST
@ratelimit(key="user", rate="30/h", block=True)
def document_delete(request, pk):
    document = selectors.document_by_pk(pk)
    if document.profile.user_id != request.user.pk:
        raise Http404("No such document.")
    try:
        services.remove_document(user=request.user, document=document)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, "The document is removed.")
    return redirect("profiles:apply")


@login_required
def document(request, pk):
    """A credential document, to its applicant and to moderators only; everyone else gets 404."""
    document = selectors.document_by_pk(pk)
    if not permissions.can_view_document(request.user, document):
        raise Http404("No such document.")
    extension = {"application/pdf": "pdf", "image/png": "png"}.get(document.content_type, "jpg")
    response = FileResponse(
        document.file.open("rb"),
        content_type=document.content_type,
        filename=f"credential-{document.pk}.{extension}",
    )
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "sandbox"
    return response


@login_required
@ratelimit(key="user", rate="30/h", method="POST", block=True)
def specialist_edit(request):
    profile = selectors.application_of(request.user)
    if profile is None or profile.status != SpecialistProfile.Status.VERIFIED:
        return redirect("profiles:apply")
    form = SpecialistProfileForm(request.POST or None, request.FILES or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_public_profile(
                profile=profile, fields=form.profile_fields(), photo=form.cleaned_data["photo"]
            )
        except ValidationError as error:  # the photo could not be stored: nothing is saved
            _add_errors(form, error)
        else:
            messages.success(request, "Your public profile is saved.")
            return redirect(request.user.get_absolute_url())
    return render(request, "specialists/edit_profile.html", {"form": form, "profile": profile})


# --- Consultation requests -------------------------------------------------------------------


@login_required
@ratelimit(key="user", rate="5/h", method="POST", block=True)
@ratelimit(key="user", rate="20/d", method="POST", block=True)
def contact(request, username):
    profile = selectors.verified_profile_by_username(username)
    if profile.user_id == request.user.pk:
        messages.info(request, "This is your own profile: members contact you from here.")
        return redirect(profile.user.get_absolute_url())
    waiting = selectors.open_request_between(request.user, profile)
    form = ConsultationRequestForm(request.POST or None)
    if request.method == "POST" and waiting is None and form.is_valid():
        try:
            consultation = services.send_consultation_request(
                member=request.user, profile=profile, **form.cleaned_data
            )
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, f"Your request is sent to {profile.user.public_name}.")
            return redirect("profiles:consultation", pk=consultation.pk)
    context = {"profile": profile, "form": form, "waiting": waiting}
    return render(request, "specialists/contact.html", context)


@login_required
def consultations(request):
    context = {
        "received": selectors.consultations_received(request.user),
        "sent": selectors.consultations_sent(request.user),
        "is_specialist": is_verified_specialist(request.user),
    }
    return render(request, "specialists/consultations.html", context)


@login_required
@ratelimit(key="user", rate="60/h", method="POST", block=True)
def consultation(request, pk):
    consultation = selectors.consultation_by_pk(pk)
    if not permissions.can_read_consultation(request.user, consultation):
        raise Http404("No such request.")
    can_answer = permissions.can_answer_consultation(request.user, consultation)
    form = ConsultationReplyForm(request.POST or None)
    if request.method == "POST":
        if not can_answer:
            raise PermissionDenied("Only the specialist asked answers an open request.")
        if form.is_valid():
            services.answer_consultation_request(
                specialist=request.user,
                consultation=consultation,
                accept=form.cleaned_data["decision"] == "accept",
                reply=form.cleaned_data["reply"],
            )
            messages.success(request, "Your reply is sent.")
            return redirect("profiles:consultation", pk=consultation.pk)
    context = {"consultation": consultation, "form": form, "can_answer": can_answer}
    return render(request, "specialists/consultation.html", context)


# --- Verification queue (moderators) ---------------------------------------------------------


def moderator_required(view):
    @wraps(view)
    @login_required
    def wrapped(request, *args, **kwargs):
        if not permissions.can_review_applications(request.user):
            raise PermissionDenied("Moderators only.")
        return view(request, *args, **kwargs)

    return wrapped


def _queue_tabs(current: str) -> list[dict]:
    """The review queue's tabs registered by every app (see ``moderation.queues``)."""
    tabs = []
    for tab in queues.tabs():
        try:
            url = reverse(tab.url_name)
        except NoReverseMatch:
            continue
        tabs.append(
            {"label": tab.label, "url": url, "count": tab.count(), "current": tab.key == current}
        )
    return tabs


@moderator_required
def verification_queue(request):
    context = {
        "applications": selectors.pending_applications(),
        "tabs": _queue_tabs("applications"),
    }
    return render(request, "specialists/queue.html", context)


@moderator_required
@ratelimit(key="user", rate="60/m", method="POST", block=True)
def application_review(request, pk):
    profile = selectors.application_for_review(pk)
    form = VerificationDecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.decide_application(
                moderator=request.user, profile=profile, **form.cleaned_data
            )
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, f"Decision saved for {profile.user.public_name}.")
            return redirect("profiles:verification_queue")
    return render(request, "specialists/review.html", _review_context(request, profile, form))


def _review_context(request, profile, form, revoke_form=None):
    return {
        "profile": profile,
        "form": form,
        "revoke_form": revoke_form or RevokeForm(),
        "can_decide": permissions.can_decide_application(request.user, profile)
        and profile.status == SpecialistProfile.Status.SUBMITTED,
        "history": selectors.application_history(profile),
        "tabs": _queue_tabs("applications"),
    }


@moderator_required
@require_POST
@ratelimit(key="user", rate="30/m", block=True)
def application_revoke(request, pk):
    profile = selectors.application_for_review(pk)
    form = RevokeForm(request.POST)
    if form.is_valid():
        try:
            services.revoke_verification(
                moderator=request.user, profile=profile, note=form.cleaned_data["note"]
            )
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, f"The verification of {profile.user.public_name} is revoked.")
            return redirect("profiles:application", pk=profile.pk)
    context = _review_context(request, profile, VerificationDecisionForm(), revoke_form=form)
    return render(request, "specialists/review.html", context)
