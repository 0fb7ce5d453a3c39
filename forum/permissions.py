"""Predicates about boards and roles, shared by every app above this one."""

from machina.core.loading import get_class

from forum.boards import MODERATORS_GROUP, SPECIALISTS_GROUP

PermissionHandler = get_class("forum_permission.handler", "PermissionHandler")


def _group_names(user) -> frozenset[str]:
    """The user's group names, read once per user object (i.e. once per request)."""
    names = getattr(user, "_haven_group_names", None)
    if names is None:
        names = frozenset(user.groups.values_list("name", flat=True))
        user._haven_group_names = names
    return names


def _in_group(user, name: str) -> bool:
    return user.is_authenticated and name in _group_names(user)


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


def forget_groups(user) -> None:
    """Call after changing a user's groups so the next check reads them again."""
    user.__dict__.pop("_haven_group_names", None)
