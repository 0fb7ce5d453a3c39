"""machina creates board posts in its own views, which Haven does not fork; so a saved post is
screened for crisis language here. The work is in ``services.screen_post``."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from machina.apps.forum_conversation.models import Post

from moderation import services


@receiver(post_save, sender=Post, dispatch_uid="moderation_screen_post")
def screen_saved_post(sender, instance, raw=False, **kwargs):
    if not raw:
        services.screen_post(post=instance)
