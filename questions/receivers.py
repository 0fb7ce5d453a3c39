"""Changes made outside Q&A's services (machina's edit views, moderation's hide, lock and
move) still make the question page's cached copies stale."""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from machina.apps.forum_conversation.models import Post, Topic

from questions import page_cache
from questions.models import Question


def _topic_changed(topic_id: int) -> None:
    question_id = Question.objects.filter(topic_id=topic_id).values_list("pk", flat=True).first()
    if question_id:
        transaction.on_commit(lambda: page_cache.invalidate(question_id))


@receiver(post_save, sender=Post, dispatch_uid="questions_post_saved")
def post_saved(sender, instance, **kwargs):
    _topic_changed(instance.topic_id)


@receiver(post_save, sender=Topic, dispatch_uid="questions_topic_saved")
def topic_saved(sender, instance, **kwargs):
    _topic_changed(instance.pk)
