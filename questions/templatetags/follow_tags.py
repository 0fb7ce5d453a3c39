"""The follow / unfollow button of a question, an Ask category or a tag."""

from django import template
from django.urls import reverse

from forum.models import Board
from questions import follows
from questions.models import Question, Tag

register = template.Library()


def _describe(target) -> tuple[str, str, dict]:
    """(URL name, what it is in words, target keyword) for a followable object."""
    if isinstance(target, Question):
        return (
            reverse("questions:follow_question", args=[target.pk]),
            "question",
            {"question": target},
        )
    if isinstance(target, Board):
        return (
            reverse("questions:follow_category", args=[target.slug]),
            "category",
            {"board": target},
        )
    if isinstance(target, Tag):
        return reverse("questions:follow_tag", args=[target.name]), "tag", {"tag": target}
    raise template.TemplateSyntaxError("follow_button takes a question, a category or a tag.")


@register.inclusion_tag("questions/_follow_button.html", takes_context=True)
def follow_button(context, target):
    request = context["request"]
    action, noun, keyword = _describe(target)
    return {
        "action": action,
        "noun": noun,
        "following": follows.is_following(request.user, **keyword),
        "user": request.user,
        "next": request.get_full_path(),
        "request": request,
    }
