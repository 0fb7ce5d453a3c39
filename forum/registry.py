"""Hooks by which higher apps tell the board layer about their own content.

forum/ imports no product app. ``questions`` registers how its topics are shown (their own
page) and which posts are anonymous; machina's pages and templates then ask here.
"""

from collections.abc import Callable

_topic_url_resolvers: list[Callable] = []
_anonymous_topic_checks: list[Callable] = []


def register_topic_url(resolver: Callable) -> None:
    """``resolver(topic) -> str | None``: a URL where the topic lives instead of machina's page."""
    _topic_url_resolvers.append(resolver)


def register_anonymous_topic_check(check: Callable) -> None:
    """``check(topic) -> bool``: True when the topic's starter must be shown as *Anonymous*."""
    _anonymous_topic_checks.append(check)


def topic_url(topic) -> str | None:
    for resolver in _topic_url_resolvers:
        url = resolver(topic)
        if url:
            return url
    return None


def is_anonymous_topic(topic) -> bool:
    return any(check(topic) for check in _anonymous_topic_checks)


def is_anonymous_post(post) -> bool:
    """Only a topic's first post can be anonymous: replies are always signed."""
    topic = post.topic
    return post.pk == topic.first_post_id and is_anonymous_topic(topic)


_forum_url_resolvers: list[Callable] = []


def register_forum_url(resolver: Callable) -> None:
    """``resolver(board) -> str | None``: a URL where the board is listed instead of machina's."""
    _forum_url_resolvers.append(resolver)


def forum_url(board) -> str | None:
    for resolver in _forum_url_resolvers:
        url = resolver(board)
        if url:
            return url
    return None
