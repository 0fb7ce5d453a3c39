"""Predicates about boards and roles, shared by every app above this one."""

from machina.core.loading import get_class

from forum.boards import MODERATORS_GROUP, SPECIALISTS_GROUP

PermissionHandler = get_class("forum_permission.handler", "PermissionHandler")


def _in_group(user, name: str) -> bool:
    if not user.is_authenticated:
        return False
    return any(group.name == name for group in user.groups.all())


def is_moderator(user) -> bool:
    return user.is_authenticated and (user.is_superuser or _in_group(user, MODERATORS_GROUP))


def in_specialists_group(user) -> bool:
    return _in_group(user, SPECIALISTS_GROUP)


def can_see_real_poster(user) -> bool:
    """The one rule for who may see who is behind *Anonymous*: moderators only."""
    return is_moderator(user)


def can_start_topic(user, forum) -> bool:
    return user.is_authenticated and PermissionHandler().can_add_topic(forum, user)


def can_reply(user, topic) -> bool:
    return user.is_authenticated and PermissionHandler().can_add_post(topic, user)
