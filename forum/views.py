"""Where Haven stands in front of machina's own pages."""

from django.contrib.auth import get_user_model
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django_ratelimit.decorators import ratelimit
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Topic
from machina.core.loading import get_class

from forum import registry
from forum.permissions import is_moderator

MachinaTopicView = get_class("forum_conversation.views", "TopicView")
_machina_topic_view = MachinaTopicView.as_view()


def topic(request, forum_slug, forum_pk, slug, pk):
    """A topic that another app presents itself (a question) goes there; the rest stay here."""
    found = get_object_or_404(Topic.objects.select_related("forum"), pk=pk, forum_id=forum_pk)
    url = registry.topic_url(found)
    if url:
        return redirect(url, permanent=True)
    if not found.approved and not (
        is_moderator(request.user) or found.poster_id == request.user.pk
    ):
        raise Http404("No such topic.")  # hidden or awaiting approval: not public
    return _machina_topic_view(request, forum_slug=forum_slug, forum_pk=forum_pk, slug=slug, pk=pk)


def member_redirect(request, pk):
    if not pk.isdigit():  # machina's "profile/edit/" (its avatar and signature) is not offered
        raise Http404("No such member.")
    member = get_object_or_404(get_user_model(), pk=pk, is_active=True)
    return redirect(member.get_absolute_url(), permanent=True)


MachinaForumView = get_class("forum.views", "ForumView")
_machina_forum_view = MachinaForumView.as_view()


def board(request, slug, pk):
    """An Ask board is listed as a question category; other boards keep machina's page."""
    found = get_object_or_404(Forum.objects.select_related("board"), pk=pk)
    url = registry.forum_url(found.board) if hasattr(found, "board") else None
    if url:
        return redirect(url, permanent=True)
    return _machina_forum_view(request, slug=slug, pk=pk)


# machina's "new topic" and "reply" pages, rate-limited like every other way of posting (one
# budget for both). Routed in haven/urls.py ahead of machina's own URLs.
_posting_limit = ratelimit(group="boards.post", key="user", rate="10/m", method="POST", block=True)
topic_create = _posting_limit(get_class("forum_conversation.views", "TopicCreateView").as_view())
post_create = _posting_limit(get_class("forum_conversation.views", "PostCreateView").as_view())
