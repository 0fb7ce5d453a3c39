"""Who may moderate, and who may post. Used by views, templates, services and the apps above.

``can_post(user)`` is the one question every posting path asks (ask, answer, board reply,
vote, flag, contact request); ``sanction_message(user)`` says why not and until when.
"""

from django.utils import timezone
from django.utils.formats import date_format
from machina.apps.forum_conversation.models import Topic

from forum.permissions import PermissionHandler, can_see_real_poster, is_moderator
from moderation import registry
from moderation.models import Sanction


def can_moderate(user) -> bool:
    """The *Moderators* group (and superusers) decide; staff status alone does not."""
    return is_moderator(user)


def can_reveal(user) -> bool:
    return can_see_real_poster(user)


def can_lock(user, topic) -> bool:
    return can_moderate(user) and PermissionHandler().can_lock_topics(topic.forum, user)


def can_move(user, topic) -> bool:
    return can_moderate(user) and PermissionHandler().can_move_topics(topic.forum, user)


def can_set_topic_type(user, topic, topic_type: int) -> bool:
    """Pin (sticky), announce, or put back among the others: machina's rights for each, and
    only on community boards (question lists are ordered by Haven, not by topic type)."""
    handler, forum = PermissionHandler(), topic.forum
    board = getattr(forum, "board", None)
    if board is None or board.kind != board.Kind.COMMUNITY:
        return False
    check = {
        Topic.TOPIC_STICKY: handler.can_update_topics_to_sticky_topics,
        Topic.TOPIC_ANNOUNCE: handler.can_update_topics_to_announces,
        Topic.TOPIC_POST: handler.can_update_topics_to_normal_topics,
    }[topic_type]
    return can_moderate(user) and check(forum, user)


def can_approve(user, post) -> bool:
    return can_moderate(user) and PermissionHandler().can_approve_posts(post.topic.forum, user)


def can_sanction(moderator, member) -> bool:
    """Moderators act on members; never on themselves or on other moderators."""
    return can_moderate(moderator) and member.pk != moderator.pk and not is_moderator(member)


# --- Sanctions ----------------------------------------------------------------------------------
def sanctions_in_force(user) -> list[Sanction]:
    """In-force sanctions, read once per request (the middleware fills the same cache)."""
    if not user.is_authenticated:
        return []
    cached = getattr(user, "_haven_sanctions", None)
    if cached is None:
        cached = list(Sanction.objects.in_force().filter(user=user).order_by("-created"))
        user._haven_sanctions = cached
    now = timezone.now()
    return [sanction for sanction in cached if sanction.in_force_at(now)]


def forget_sanctions(user) -> None:
    """Drop the per-request cache after a sanction changed."""
    if hasattr(user, "_haven_sanctions"):
        del user._haven_sanctions


def login_block(user) -> Sanction | None:
    """The suspension or ban that keeps this member out, if any."""
    blocks = [s for s in sanctions_in_force(user) if s.blocks_login]
    blocks.sort(key=lambda s: (s.ends_at is not None, s.ends_at or s.created), reverse=True)
    return blocks[-1] if blocks else None


def can_post(user) -> bool:
    """May this member write anything (ask, answer, reply, vote, flag, contact)?"""
    return user.is_authenticated and user.is_active and not sanctions_in_force(user)


def _when(moment) -> str:
    return date_format(timezone.localtime(moment), "j F Y, H:i T")


def describe(sanction: Sanction) -> str:
    """One calm sentence: what, until when, and the moderators' reason."""
    reason = f" The moderators' reason: {sanction.reason}"
    if sanction.kind == Sanction.Kind.BAN:
        return f"Your account is closed by the moderators.{reason}"
    if sanction.kind == Sanction.Kind.SUSPENSION:
        return f"Your account is suspended until {_when(sanction.ends_at)}.{reason}"
    if sanction.kind == Sanction.Kind.SILENCE:
        return f"You cannot post, vote or report until {_when(sanction.ends_at)}.{reason}"
    return f"A moderator sent you a warning.{reason}"


def sanction_message(user) -> str:
    """Why this member cannot post and until when; empty when they can."""
    in_force = sanctions_in_force(user)
    if not in_force:
        return ""
    longest = max(in_force, key=lambda s: (s.ends_at is None, s.ends_at or s.created))
    return describe(longest)


# --- Flags --------------------------------------------------------------------------------------
def _author_id(target):
    entry = registry.target_type(target)
    if entry is None:
        return None
    if entry.author_id is not None:
        return entry.author_id(target)
    author = entry.author(target)
    return author.pk if author is not None else None


def is_author(user, target) -> bool:
    return user.is_authenticated and _author_id(target) == user.pk


def can_flag(user, target) -> bool:
    return registry.is_registered(target) and can_post(user) and not is_author(user, target)


def flag_refusal(user, target) -> str:
    """Why ``can_flag`` said no, in words for the member."""
    if not user.is_authenticated:
        return "Please log in to report a concern."
    if not registry.is_registered(target):
        return "This cannot be reported."
    if is_author(user, target):
        return "This is your own post. You can edit it instead of reporting it."
    return sanction_message(user) or "You cannot report this."
