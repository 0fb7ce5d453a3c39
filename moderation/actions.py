"""The actions a moderator can take, each a form and one service call.

Written once for every kind of target (and once for members), so views stay generic and
thin: ``views.act`` looks the action up here, shows its form, and runs it.
"""

from collections.abc import Callable
from dataclasses import dataclass

from machina.apps.forum_conversation.models import Topic

from moderation import forms, permissions, selectors, services, targets
from moderation.models import Hidden


@dataclass(frozen=True)
class Action:
    name: str
    label: str  # the button
    form: type
    run: Callable  # (moderator, obj, cleaned_data) -> object
    available: Callable  # (user, target_or_member) -> bool
    done: str  # the message after it worked
    danger: bool = False


def _is_topic_start(target) -> bool:
    """Topic actions (lock, move) sit on a topic's first post."""
    return target.is_post and targets.is_first_post(target.obj)


def _awaiting(target) -> bool:
    return target.is_post and not target.obj.approved and target.hidden is None


def _hideable(target) -> bool:
    if not target.can_hide:
        return False
    if target.hidden is not None:
        return target.hidden.kind == Hidden.Kind.AUTO
    return not target.is_post or target.obj.approved


def _post_topic(target):
    return target.obj.topic


TARGET_ACTIONS = {
    action.name: action
    for action in [
        Action(
            "dismiss",
            "Dismiss the reports (no action)",
            forms.PrivateReasonForm,
            lambda m, obj, d: services.dismiss(moderator=m, target=obj, reason=d["reason"]),
            lambda user, t: t.open_item is not None,
            "The reports are dismissed; the members who sent them are told.",
        ),
        Action(
            "hide",
            "Hide from public pages",
            forms.ReasonForm,
            lambda m, obj, d: services.hide(moderator=m, target=obj, reason=d["reason"]),
            lambda user, t: _hideable(t),
            "Hidden from public pages, lists, feeds and search. The author is told why.",
            danger=True,
        ),
        Action(
            "restore",
            "Restore",
            forms.ReasonForm,
            lambda m, obj, d: services.restore(moderator=m, target=obj, reason=d["reason"]),
            lambda user, t: t.hidden is not None and t.hidden.kind != Hidden.Kind.REJECTED,
            "Restored: it is public again.",
        ),
        Action(
            "edit",
            "Edit with a reason",
            forms.EditForm,
            lambda m, obj, d: services.edit(
                moderator=m, target=obj, text=d["text"], reason=d["reason"]
            ),
            lambda user, t: t.can_edit,
            "Edited. The audit log keeps the text before and after.",
        ),
        Action(
            "lock",
            "Lock the topic",
            forms.ReasonForm,
            lambda m, obj, d: services.set_locked(
                moderator=m, post=obj, locked=True, reason=d["reason"]
            ),
            lambda user, t: (
                _is_topic_start(t)
                and not _post_topic(t).is_locked
                and permissions.can_lock(user, _post_topic(t))
            ),
            "Locked: nobody can reply any more.",
        ),
        Action(
            "unlock",
            "Unlock the topic",
            forms.ReasonForm,
            lambda m, obj, d: services.set_locked(
                moderator=m, post=obj, locked=False, reason=d["reason"]
            ),
            lambda user, t: (
                _is_topic_start(t)
                and _post_topic(t).is_locked
                and permissions.can_lock(user, _post_topic(t))
            ),
            "Unlocked: replies are open again.",
        ),
        *[
            Action(
                name,
                label,
                forms.ReasonForm,
                lambda m, obj, d, topic_type=topic_type: services.set_topic_type(
                    moderator=m, post=obj, topic_type=topic_type, reason=d["reason"]
                ),
                lambda user, t, topic_type=topic_type: (
                    _is_topic_start(t)
                    and _post_topic(t).type != topic_type
                    and permissions.can_set_topic_type(user, _post_topic(t), topic_type)
                ),
                done,
            )
            for name, label, topic_type, done in [
                ("pin", "Pin to the top of the board", Topic.TOPIC_STICKY, "Pinned."),
                ("announce", "Make it an announcement", Topic.TOPIC_ANNOUNCE, "Announced."),
                ("unpin", "Unpin", Topic.TOPIC_POST, "Back among the other topics."),
            ]
        ],
        Action(
            "move",
            "Move to another board",
            forms.MoveForm,
            lambda m, obj, d: services.move(
                moderator=m, post=obj, board=d["board"], reason=d["reason"]
            ),
            lambda user, t: (
                _is_topic_start(t)
                and permissions.can_move(user, _post_topic(t))
                and selectors.other_boards(t.obj).exists()
            ),
            "Moved.",
        ),
        Action(
            "approve",
            "Approve and publish",
            forms.OptionalReasonForm,
            lambda m, obj, d: services.approve(moderator=m, post=obj, reason=d["reason"]),
            lambda user, t: _awaiting(t) and permissions.can_approve(user, t.obj),
            "Approved and published. The author is told.",
        ),
        Action(
            "reject",
            "Do not approve",
            forms.ReasonForm,
            lambda m, obj, d: services.reject(moderator=m, post=obj, reason=d["reason"]),
            lambda user, t: _awaiting(t) and permissions.can_approve(user, t.obj),
            "Not approved. The post is kept (not deleted) and the author is told why.",
            danger=True,
        ),
        Action(
            "clear-banner",
            "Remove the help banner (false alarm)",
            forms.PrivateReasonForm,
            lambda m, obj, d: services.clear_help_banner(
                moderator=m, target=obj, reason=d["reason"]
            ),
            lambda user, t: t.screening is not None and t.screening.shows_help,
            "The help banner is removed.",
        ),
        Action(
            "dismiss-concern",
            "No risk: dismiss the possible-risk note (false alarm)",
            forms.PrivateReasonForm,
            lambda m, obj, d: services.dismiss_concern(moderator=m, target=obj, reason=d["reason"]),
            lambda user, t: t.screening is not None and t.screening.shows_author_note,
            "Dismissed: the note to the author is gone and the report is closed.",
        ),
    ]
}

MEMBER_ACTIONS = {
    action.name: action
    for action in [
        Action(
            "warn",
            "Send a warning",
            forms.ReasonForm,
            lambda m, member, d: services.warn(moderator=m, user=member, reason=d["reason"]),
            permissions.can_sanction,
            "Warning sent.",
        ),
        Action(
            "silence",
            "Silence (cannot post)",
            forms.DaysForm,
            lambda m, member, d: services.silence(
                moderator=m, user=member, days=d["days"], reason=d["reason"]
            ),
            permissions.can_sanction,
            "Silenced: they cannot post, vote or report until the time is up.",
            danger=True,
        ),
        Action(
            "suspend",
            "Suspend (cannot log in)",
            forms.DaysForm,
            lambda m, member, d: services.suspend(
                moderator=m, user=member, days=d["days"], reason=d["reason"]
            ),
            permissions.can_sanction,
            "Suspended: they are logged out and cannot log in until the time is up.",
            danger=True,
        ),
        Action(
            "ban",
            "Ban",
            forms.ReasonForm,
            lambda m, member, d: services.ban(moderator=m, user=member, reason=d["reason"]),
            permissions.can_sanction,
            "Banned.",
            danger=True,
        ),
    ]
}


def form_for(action: Action, target, data=None):
    """The action's form, filled in with what it needs about this target."""
    if action.form is forms.EditForm:
        return forms.EditForm(data, initial={"text": target.text})
    if action.form is forms.MoveForm:
        return forms.MoveForm(data, boards=selectors.other_boards(target.obj))
    return action.form(data)


def available_target_actions(user, target) -> list[Action]:
    return [a for a in TARGET_ACTIONS.values() if a.available(user, target)]


def available_member_actions(user, member) -> list[Action]:
    return [a for a in MEMBER_ACTIONS.values() if a.available(user, member)]
