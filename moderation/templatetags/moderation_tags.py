"""Moderation on every page: the help banner, "Report a concern", moderators' inline actions,
the review queue link with its count, and the notice a silenced member sees."""

from django import template
from django.conf import settings
from django.urls import reverse

from haven.markup import render_markdown
from moderation import actions, crisis, permissions, queues, registry, selectors

register = template.Library()


def _user(context):
    request = context.get("request")
    return getattr(request, "user", None)


def _resources(categories) -> list[dict]:
    """Configured help lines: the general ones, plus those for what was found."""
    wanted = set(categories)
    return [
        r
        for r in settings.HAVEN_CRISIS_RESOURCES
        if not r.get("categories") or wanted.intersection(r["categories"])
    ]


@register.inclusion_tag("moderation/_help_banner.html", takes_context=True)
def help_banner(context, post):
    """A calm help panel when crisis screening matched this post (all readers see it); for a
    "possible risk" match, a gentle line with the same help lines that only its author sees."""
    if post is None or not registry.is_registered(post):
        return {"show": False}
    screening = selectors.screening_for(post)
    if screening is None or not (screening.shows_help or screening.shows_author_note):
        return {"show": False}
    user = _user(context)
    author = registry.target_type(post).author(post)
    is_author = bool(user and user.is_authenticated and author and user.pk == author.pk)
    if screening.shows_author_note and not is_author:
        return {"show": False}
    return {
        "show": True,
        "concern": screening.shows_author_note,
        "is_author": is_author,
        "topics": [crisis.CATEGORY_LABELS[c] for c in screening.categories],
        "resources": _resources(screening.categories),
        "post_id": post.pk,
    }


@register.inclusion_tag("moderation/_flag_link.html", takes_context=True)
def flag_link(context, target):
    """ "Report a concern" for everyone but the author (visitors are asked to log in)."""
    user = _user(context)
    if target is None or not registry.is_registered(target) or user is None:
        return {"show": False}
    if permissions.is_author(user, target):
        return {"show": False}
    request = context["request"]
    url = reverse("moderation:flag", kwargs={"key": registry.target_key(target), "pk": target.pk})
    url = f"{url}?next={request.get_full_path()}"
    if not user.is_authenticated:
        url = f"{reverse('login')}?next={url}"
    return {"show": True, "url": url, "pk": target.pk}


@register.inclusion_tag("moderation/_moderator_actions.html", takes_context=True)
def moderator_actions(context, target):
    """Inline actions for moderators on a post (or any registered target)."""
    user = _user(context)
    if target is None or user is None or not permissions.can_moderate(user):
        return {"show": False}
    if not registry.is_registered(target):
        return {"show": False}
    story = selectors.describe(
        target,
        hidden=selectors.hidden_for(target),
        screening=selectors.screening_for(target),
        open_item=selectors.open_item_for(target),
    )
    return {
        "show": True,
        "t": story,
        "actions": actions.available_target_actions(user, story),
        "next": context["request"].get_full_path(),
    }


@register.inclusion_tag("moderation/_queue_link.html", takes_context=True)
def review_queue_link(context):
    """ "Review queue (N)" in a moderator's header."""
    user = _user(context)
    if user is None or not permissions.can_moderate(user):
        return {"show": False}
    total = getattr(context["request"], "review_queue_total", None)
    if total is None:
        total = sum(tab.count() for tab in queues.tabs())
    return {"show": True, "count": total}


@register.inclusion_tag("moderation/_sanction_notice.html", takes_context=True)
def sanction_notice(context):
    """Why a silenced member cannot post, and until when, on every page."""
    user = _user(context)
    if user is None or not user.is_authenticated:
        return {"message": ""}
    return {"message": permissions.sanction_message(user)}


@register.inclusion_tag("moderation/_member_link.html", takes_context=True)
def moderator_member_link(context, member):
    """On a member's public page: a link to their moderation record, for moderators."""
    user = _user(context)
    show = user is not None and permissions.can_moderate(user) and member is not None
    return {"show": show, "member": member}


@register.filter
def as_markdown(text):
    """User Markdown through Haven's one sanitizer."""
    return render_markdown(text)


@register.filter
def crisis_label(category):
    return crisis.CATEGORY_LABELS.get(category, category)
