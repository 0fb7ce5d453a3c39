"""Who may do what in Q&A. Used by views, templates and services alike."""

from forum.permissions import can_reply
from moderation.permissions import can_post
from profiles.permissions import is_verified_specialist


def can_ask(user) -> bool:
    return user.is_authenticated and user.is_active and can_post(user)


def can_answer(user, question) -> bool:
    return is_verified_specialist(user) and can_reply(user, question.topic) and can_post(user)


def can_vote(user, post) -> bool:
    return user.is_authenticated and user.is_active and post.poster_id != user.pk and can_post(user)


def can_mark_helped(user, question) -> bool:
    return user.is_authenticated and question.topic.poster_id == user.pk
