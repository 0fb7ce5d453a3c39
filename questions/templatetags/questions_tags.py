"""Repeated pieces of Q&A pages: rows, badges, vote widgets, a member's activity."""

from django import template

from haven.markup import render_markdown
from questions import selectors

register = template.Library()


@register.filter
def markdown(text):
    """User Markdown through Haven's one sanitizer."""
    return render_markdown(text)


@register.inclusion_tag("questions/_question_row.html")
def question_row(question):
    return {"question": question}


@register.inclusion_tag("questions/_verified_badge.html")
def verified_badge(profile):
    return {"profile": profile}


@register.inclusion_tag("questions/_vote.html", takes_context=True)
def vote_widget(context, post, score):
    request = context["request"]
    my_votes = context.get("my_votes", {})
    return {
        "post": post,
        "score": score,
        "mine": my_votes.get(post.pk, 0),
        "user": request.user,
        "is_own": request.user.is_authenticated and post.poster_id == request.user.pk,
        "request": request,
    }


@register.inclusion_tag("questions/_member_activity.html")
def member_activity(member):
    return {
        "questions": selectors.questions_by_member(member),
        "answers": selectors.answers_by_member(member),
    }
