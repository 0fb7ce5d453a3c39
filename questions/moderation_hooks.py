"""What Q&A does when moderation hides, restores or changes how a post looks."""

from django.db import transaction
from django.db.models import Count, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from machina.apps.forum_conversation.models import Post

from questions import page_cache
from questions.models import Answer, Question


def recount_answers(obj, visible: bool) -> None:
    """A hidden answer no longer counts; a restored one counts again."""
    if not isinstance(obj, Post):
        return
    visible_answers = (
        Answer.objects.filter(question=OuterRef("pk"))
        .values("question")
        .annotate(n=Count("pk", filter=Q(post__approved=True)))
        .values("n")
    )
    # No answer at all: the subquery is empty (NULL), and answer_count is NOT NULL.
    Question.objects.filter(topic_id=obj.topic_id).update(
        answer_count=Coalesce(Subquery(visible_answers), Value(0))
    )


def drop_cached_page(obj) -> None:
    if not isinstance(obj, Post):
        return
    question_id = (
        Question.objects.filter(topic_id=obj.topic_id).values_list("pk", flat=True).first()
    )
    if question_id:
        transaction.on_commit(lambda: page_cache.invalidate(question_id))
