"""What happens to a member's machina records when their account is deleted.

machina deletes a user's topics and posts with the user (``on_delete=CASCADE``,
django-machina #123), which would tear holes in other people's threads. So every topic and post
is first handed to one placeholder account, and ``refuse_to_cascade`` makes any other way of
deleting a user who still owns content (the admin, a shell) fail instead of cascading.
"""

from django.core.exceptions import PermissionDenied
from machina.apps.forum_conversation.forum_polls.models import TopicPollVote
from machina.apps.forum_conversation.models import Post, Topic
from machina.apps.forum_member.models import ForumProfile
from machina.apps.forum_permission.models import UserForumPermission
from machina.apps.forum_tracking.models import ForumReadTrack, TopicReadTrack


def owns_content(user) -> bool:
    return Topic.objects.filter(poster=user).exists() or Post.objects.filter(poster=user).exists()


def topic_ids_touched_by(user) -> set[int]:
    """Topics the member started or posted in (their pages show the member's name)."""
    return set(Post.objects.filter(poster=user).values_list("topic_id", flat=True)) | set(
        Topic.objects.filter(poster=user).values_list("pk", flat=True)
    )


def reassign_content(*, user, to) -> dict[str, int]:
    """Hand the member's topics, posts and poll votes to ``to``; drop their machina extras
    (subscriptions, read marks, per-user permissions, machina's profile and signature).

    ``QuerySet.update`` on purpose: saving a post makes machina recount topics and forums, and
    nothing about the counts changes here.
    """
    moved = {
        "topics": Topic.objects.filter(poster=user).update(poster=to),
        "posts": Post.objects.filter(poster=user).update(poster=to),
        "poll_votes": TopicPollVote.objects.filter(voter=user).update(voter=to),
    }
    Post.objects.filter(updated_by=user).update(updated_by=None)
    Topic.subscribers.through.objects.filter(user=user).delete()
    ForumReadTrack.objects.filter(user=user).delete()
    TopicReadTrack.objects.filter(user=user).delete()
    UserForumPermission.objects.filter(user=user).delete()
    ForumProfile.objects.filter(user=user).delete()  # its avatar file: see forum_profile_avatar
    return moved


def forum_profile_avatar(user):
    """machina's own profile picture of the member, if they ever set one (else None)."""
    profile = ForumProfile.objects.filter(user=user).first()
    return profile.avatar if profile is not None and profile.avatar else None


def posts_by(user) -> list[dict]:
    """Everything the member wrote on the boards, for their data export."""
    posts = (
        Post.objects.filter(poster=user)
        .select_related("topic", "topic__forum")
        .order_by("created", "pk")
    )
    return [
        {
            "id": post.pk,
            "topic": post.topic.subject,
            "board": post.topic.forum.name,
            "starts_topic": post.pk == post.topic.first_post_id,
            "text": post.content.raw,
            "created": post.created.isoformat(),
            "approved": post.approved,
        }
        for post in posts
    ]


def refuse_to_cascade(sender, instance, **kwargs):
    """``pre_delete`` of the user model: never let machina's cascade delete someone's posts."""
    if owns_content(instance):
        raise PermissionDenied(
            "This account still owns questions, answers or posts. Delete it with "
            "profiles.data.delete_account, which keeps other people's threads readable."
        )
