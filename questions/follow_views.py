"""Follow and unfollow (plain form POSTs), and the member's *Following* page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit

from forum.models import Board
from questions import follows, selectors

_limit = ratelimit(key="user", rate="60/m", method="POST", block=True)


def _back(request, fallback):
    next_url = request.POST.get("next", "")
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(next_url)
    return redirect(fallback)


def _toggle(request, *, fallback, label: str, **target):
    try:
        if request.POST.get("action") == "unfollow":
            follows.unfollow(user=request.user, **target)
            messages.success(request, f"You no longer follow {label}.")
        else:
            follows.follow(user=request.user, **target)
            messages.success(
                request, f"You follow {label} now. New activity appears under the bell."
            )
    except (PermissionDenied, ValidationError) as error:
        messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
    return _back(request, fallback)


@login_required
@require_POST
@_limit
def follow_question(request, pk):
    question = selectors.question_for_page(pk)
    return _toggle(request, fallback=question, label="this question", question=question)


@login_required
@require_POST
@_limit
def follow_category(request, slug):
    board = selectors.board_by_slug(slug, kind=Board.Kind.ASK)
    label = f"the category {board.forum.name}"
    fallback = reverse("questions:category", kwargs={"slug": board.slug})
    return _toggle(request, fallback=fallback, label=label, board=board)


@login_required
@require_POST
@_limit
def follow_tag(request, name):
    tag = selectors.tag_by_name(name)
    return _toggle(request, fallback=tag, label=f"the tag “{tag.name}”", tag=tag)


@login_required
@require_POST
@_limit
def follow_my_fields(request):
    try:
        fields = follows.follow_specialisations(user=request.user)
    except PermissionDenied as error:
        messages.error(request, str(error))
    else:
        names = ", ".join(board.forum.name for board in fields)
        messages.success(request, f"You follow your fields now: {names}.")
    return _back(request, "questions:following")


@login_required
def following(request):
    context = {
        "follows": follows.follows_of(request.user),
        "unfollowed_fields": follows.unfollowed_specialisations(request.user),
    }
    return render(request, "questions/following.html", context)


urlpatterns = [
    path("following/", following, name="following"),
    path("following/my-fields/", follow_my_fields, name="follow_fields"),
    path("follow/questions/<int:pk>/", follow_question, name="follow_question"),
    path("follow/categories/<slug:slug>/", follow_category, name="follow_category"),
    path("follow/tags/<str:name>/", follow_tag, name="follow_tag"),
]
