from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit
from machina.apps.forum_conversation.models import Post, Topic
from machina.core.loading import get_class

from moderation import actions, permissions, queues, selectors, services
from moderation.forms import AuditFilterForm, FlagForm, ReasonForm, RevealForm
from moderation.models import ReviewItem, Sanction
from moderation.registry import target_key

POST_KEY = "forum_conversation.post"
SUSPENDED_SESSION_KEY = "moderation_blocked_by"
_act_limit = ratelimit(key="user", rate="120/m", method="POST", block=True)


def moderator_required(view):
    """Log in first; then only moderators (checked on the server, for every view)."""

    @wraps(view)
    @login_required
    def wrapped(request, *args, **kwargs):
        if not permissions.can_moderate(request.user):
            return render(request, "moderation/forbidden.html", status=403)
        return view(request, *args, **kwargs)

    return wrapped


def _message(error) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error) or "You cannot do that."


def _next_or(request, fallback: str) -> str:
    url = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()})
    return url if url and safe else fallback


def _item_url(obj) -> str:
    return reverse("moderation:item", kwargs={"key": target_key(obj), "pk": obj.pk})


def _tabs(request, current: str) -> dict:
    counted = [(tab, tab.count()) for tab in queues.tabs()]
    request.review_queue_total = sum(count for _tab, count in counted)  # the header reuses it
    return {"tabs": counted, "current_tab": current}


# --- The review queue ---------------------------------------------------------------------------
@moderator_required
def queue(request):
    context = {"rows": selectors.queue(), **_tabs(request, "flags")}
    return render(request, "moderation/queue.html", context)


@moderator_required
def approval(request):
    posts = [selectors.describe(post) for post in selectors.awaiting_approval()[:100]]
    return render(
        request, "moderation/approval.html", {"posts": posts, **_tabs(request, "approval")}
    )


@moderator_required
def hidden(request):
    return render(request, "moderation/hidden.html", {"rows": selectors.hidden_content()})


@moderator_required
def item(request, key, pk):
    target = selectors.target_story(selectors.target_or_404(key, pk))
    return render(request, "moderation/item.html", _item_context(request, target))


def _item_context(request, target, **extra) -> dict:
    return {
        "t": target,
        "actions": actions.available_target_actions(request.user, target),
        "reveal_form": RevealForm() if target.anonymous else None,
        **extra,
    }


@moderator_required
@_act_limit
def act(request, key, pk, action):
    obj = selectors.target_or_404(key, pk)
    target = selectors.target_story(obj)
    chosen = actions.TARGET_ACTIONS.get(action)
    if chosen is None:
        raise Http404("No such action.")
    if not chosen.available(request.user, target):
        messages.error(request, "That action does not apply here any more.")
        return redirect(_item_url(obj))
    form = actions.form_for(chosen, target, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            chosen.run(request.user, obj, form.cleaned_data)
        except (ValidationError, PermissionDenied) as error:
            form.add_error(None, _message(error))
        else:
            messages.success(request, chosen.done)
            return redirect(_next_or(request, _item_url(obj)))
    context = {"t": target, "action": chosen, "form": form, "next": _next_or(request, "")}
    return render(request, "moderation/act.html", context, status=400 if form.errors else 200)


@moderator_required
@require_POST
@_act_limit
def reveal(request, key, pk):
    target = selectors.target_story(selectors.target_or_404(key, pk))
    form = RevealForm(request.POST)
    revealed = None
    if form.is_valid():
        try:
            revealed = services.reveal_author(
                moderator=request.user, target=target.obj, reason=form.cleaned_data["reason"]
            )
        except (ValidationError, PermissionDenied) as error:
            form.add_error(None, _message(error))
    context = _item_context(request, target, revealed=revealed)
    context["reveal_form"] = form
    return render(request, "moderation/item.html", context, status=200 if revealed else 400)


@moderator_required
@require_POST
@_act_limit
def claim(request, pk):
    found = get_object_or_404(ReviewItem, pk=pk)
    try:
        if request.POST.get("release"):
            services.release(moderator=request.user, item=found)
        else:
            services.claim(moderator=request.user, item=found)
            messages.success(request, "It is yours: other moderators see that you are on it.")
    except ValidationError as error:
        messages.error(request, _message(error))
    return redirect(_next_or(request, reverse("moderation:queue")))


# --- Members ------------------------------------------------------------------------------------
@moderator_required
def member(request, username):
    found = selectors.member_or_404(username)
    posts, anonymous_count = selectors.posts_by(found)
    context = {
        "member": found,
        "sanctions": selectors.sanctions_for(found),
        "flags_by": selectors.flags_by(found, limit=30),
        "flags_about": selectors.flags_about(found, limit=30),
        "posts": posts,
        "anonymous_count": anonymous_count,
        "actions": actions.available_member_actions(request.user, found),
        "can_sanction": permissions.can_sanction(request.user, found),
        "lift_form": ReasonForm(),
    }
    return render(request, "moderation/member.html", context)


@moderator_required
@_act_limit
def member_act(request, username, action):
    found = selectors.member_or_404(username)
    chosen = actions.MEMBER_ACTIONS.get(action)
    if chosen is None:
        raise Http404("No such action.")
    back = reverse("moderation:member", kwargs={"username": found.username})
    if not chosen.available(request.user, found):
        messages.error(request, "Moderators cannot sanction themselves or other moderators.")
        return redirect(back)
    form = chosen.form(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            chosen.run(request.user, found, form.cleaned_data)
        except (ValidationError, PermissionDenied) as error:
            form.add_error(None, _message(error))
        else:
            messages.success(request, chosen.done)
            return redirect(back)
    context = {"member": found, "action": chosen, "form": form}
    return render(
        request, "moderation/member_act.html", context, status=400 if form.errors else 200
    )


@moderator_required
@require_POST
@_act_limit
def lift(request, pk):
    sanction = get_object_or_404(Sanction.objects.select_related("user"), pk=pk)
    form = ReasonForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Please give a reason for lifting it.")
    else:
        try:
            services.lift(
                moderator=request.user, sanction=sanction, reason=form.cleaned_data["reason"]
            )
            messages.success(request, "Lifted. The member is told.")
        except (ValidationError, PermissionDenied) as error:
            messages.error(request, _message(error))
    return redirect("moderation:member", username=sanction.user.username)


# --- Audit log ----------------------------------------------------------------------------------
@moderator_required
def audit_log(request):
    form = AuditFilterForm(request.GET or None, actions=selectors.audit_actions())
    filters = form.cleaned_data if form.is_valid() else {}
    entries = selectors.audit_entries(**filters)
    page = Paginator(entries, selectors.AUDIT_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"form": form, "page": page, "query": query.urlencode()}
    return render(request, "moderation/audit.html", context)


# --- Members' side: reporting, their reports, decisions about them ------------------------------
@login_required
@ratelimit(key="user", rate="5/m", method="POST", block=True)
@ratelimit(key="user", rate="40/d", method="POST", block=True)
def flag(request, key, pk):
    target = selectors.target_or_404(key, pk)
    about = selectors.describe(target)
    if not permissions.can_flag(request.user, target):
        message = permissions.flag_refusal(request.user, target)
        return render(request, "moderation/flag_refused.html", {"message": message}, status=403)
    form = FlagForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.flag(flagger=request.user, target=target, **form.cleaned_data)
        except (ValidationError, PermissionDenied) as error:
            form.add_error(None, _message(error))
        else:
            messages.success(
                request,
                "Thank you for telling us. A moderator will look at it; you can follow what "
                "happens on your reports page.",
            )
            return redirect(_next_or(request, about.url))
    context = {"form": form, "about": about, "next": _next_or(request, "")}
    return render(request, "moderation/flag.html", context, status=400 if form.errors else 200)


@login_required
def my_flags(request):
    return render(request, "moderation/my_flags.html", {"rows": selectors.flags_by(request.user)})


@login_required
def my_account(request):
    context = {
        "in_force": permissions.sanctions_in_force(request.user),
        "sanctions": selectors.sanctions_for(request.user),
        "hidden": selectors.hidden_content_of(request.user),
    }
    return render(request, "moderation/my_account.html", context)


def suspended(request):
    """Where the sanction middleware sends a member it has just logged out."""
    sanction_pk = request.session.get(SUSPENDED_SESSION_KEY)
    sanction = Sanction.objects.filter(pk=sanction_pk).first() if sanction_pk else None
    message = permissions.describe(sanction) if sanction else ""
    return render(request, "moderation/suspended.html", {"sanction": sanction, "message": message})


# --- machina's own moderation pages, routed to audited actions ----------------------------------
@moderator_required
def machina_queue(request, pk=None):
    """machina's queue (and its approve/disapprove links) lead here: never a hard delete."""
    if pk is None:
        return redirect("moderation:approval")
    return redirect(_item_url(get_object_or_404(Post, pk=pk)))


@moderator_required
def machina_topic_action(request, slug, pk, action):
    topic = get_object_or_404(Topic, pk=int(pk))
    name = {
        "delete": "hide",
        "change/topic": "unpin",
        "change/sticky": "pin",
        "change/announce": "announce",
    }.get(action, action)
    return redirect("moderation:act", key=POST_KEY, pk=topic.first_post_id, action=name)


@moderator_required
def machina_post_delete(request, pk, **kwargs):
    return redirect("moderation:act", key=POST_KEY, pk=pk, action="hide")


_machina_post_update = get_class("forum_conversation.views", "PostUpdateView").as_view()
_machina_topic_update = get_class("forum_conversation.views", "TopicUpdateView").as_view()


def machina_post_update(request, **kwargs):
    """Authors edit their own posts with machina's form; moderators edit others' with a reason."""
    post = get_object_or_404(Post, pk=kwargs["pk"])
    if permissions.can_moderate(request.user) and post.poster_id != request.user.pk:
        return redirect("moderation:act", key=POST_KEY, pk=post.pk, action="edit")
    return _machina_post_update(request, **kwargs)


def machina_topic_update(request, **kwargs):
    topic = get_object_or_404(Topic, pk=kwargs["pk"])
    if permissions.can_moderate(request.user) and topic.poster_id != request.user.pk:
        return redirect("moderation:act", key=POST_KEY, pk=topic.first_post_id, action="edit")
    return _machina_topic_update(request, **kwargs)
