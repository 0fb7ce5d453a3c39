"""What a profile page shows of a person's Q&A work. Lives here, not in ``profiles``, because
profiles sits below questions: profile templates ``{% load specialist_tags %}`` instead."""

from django import template

from questions.models import Answer, Article, Question, Vote

register = template.Library()


def _answers(user):
    return Answer.objects.filter(post__poster=user, post__approved=True)


def _articles(user, limit):
    return (
        Article.objects.filter(topic__poster=user, topic__approved=True)
        .select_related("topic", "topic__forum")
        .order_by("-topic__created")[:limit]
    )


@register.simple_tag
def specialist_stats(user) -> dict:
    """Answers given, answers the asker marked as helpful, up-votes received on answers."""
    return {
        "answers": _answers(user).count(),
        "helped": Question.objects.filter(helped_answer__post__poster=user).count(),
        "votes": Vote.objects.filter(
            post__poster=user, post__answer__isnull=False, value=1
        ).count(),
    }


@register.inclusion_tag("specialists/_activity.html")
def specialist_activity(user, limit=5):
    """A specialist's latest answers and articles, for their public profile."""
    answers = _answers(user).select_related("question", "question__topic").order_by("-created")
    return {"answers": answers[:limit], "articles": _articles(user, limit)}


@register.inclusion_tag("specialists/_articles.html")
def member_articles(user, limit=10):
    """Articles a member wrote (e.g. while they were a verified specialist)."""
    return {"articles": _articles(user, limit)}
