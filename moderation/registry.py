"""What moderation knows about the things it can flag, hide and restore.

Moderation is generic: a flag points at any object through contenttypes. Each kind of object
is registered here with small functions that say how to show it and how to act on it. The
default for machina's ``Post`` (questions, answers, articles, board replies) lives in
``moderation.targets``; apps above moderation register theirs (``profiles`` registers
``SpecialistProfile``) from their ``AppConfig.ready``, and may refine the post entry too::

    from moderation import registry
    registry.register_target(SpecialistProfile, label=..., url=..., author=..., hide=...)
"""

from collections.abc import Callable
from dataclasses import dataclass, replace

from django.contrib.contenttypes.models import ContentType


@dataclass(frozen=True)
class TargetType:
    model: type
    label: Callable  # (obj) -> str: "Answer to “How do I…”"
    url: Callable  # (obj) -> str: where the public sees it
    author: Callable  # (obj) -> user | None: who wrote it (notified, may be sanctioned)
    kind: Callable = lambda obj: obj._meta.verbose_name  # (obj) -> str: "answer", "profile"
    text: Callable | None = None  # (obj) -> str: the Markdown moderators read and may edit
    hide: Callable | None = None  # (obj) -> None: take it off every public page
    restore: Callable | None = None  # (obj) -> None: put it back
    edit: Callable | None = None  # (obj, *, text, editor, reason) -> None
    is_anonymous: Callable = lambda obj: False  # (obj) -> bool: the author shows as Anonymous
    author_id: Callable | None = None  # (obj) -> int | None: the author's pk without a query


_targets: dict[type, TargetType] = {}
_visibility_listeners: list[Callable] = []


def register_target(model: type, **functions) -> TargetType:
    """Register a model, or replace some functions of an already registered one."""
    existing = _targets.get(model)
    entry = replace(existing, **functions) if existing else TargetType(model=model, **functions)
    _targets[model] = entry
    return entry


def unregister_target(model: type) -> None:
    _targets.pop(model, None)


def target_type(obj_or_model) -> TargetType | None:
    model = obj_or_model if isinstance(obj_or_model, type) else type(obj_or_model)
    for klass in model.__mro__:
        if klass in _targets:
            return _targets[klass]
    return None


def is_registered(obj_or_model) -> bool:
    return target_type(obj_or_model) is not None


def target_key(obj) -> str:
    """``app_label.model`` as used in moderation URLs."""
    meta = obj._meta
    return f"{meta.app_label}.{meta.model_name}"


def model_for_key(key: str):
    """The registered model named by ``app_label.model``, or None."""
    app_label, _, model_name = key.partition(".")
    try:
        model = ContentType.objects.get_by_natural_key(app_label, model_name).model_class()
    except ContentType.DoesNotExist:
        return None
    return model if model is not None and is_registered(model) else None


def register_visibility_listener(listener: Callable) -> None:
    """``listener(obj, visible: bool)`` after content is hidden or restored (e.g. to recount
    a question's answers). Called inside the moderation transaction."""
    _visibility_listeners.append(listener)


def visibility_changed(obj, visible: bool) -> None:
    for listener in _visibility_listeners:
        listener(obj, visible)
    appearance_changed(obj)


_appearance_listeners: list[Callable] = []


def register_appearance_listener(listener: Callable) -> None:
    """``listener(obj)`` after moderation changed how content looks to the public without
    saving it (a help banner removed, hidden, restored), e.g. to drop a cached page."""
    _appearance_listeners.append(listener)


def appearance_changed(obj) -> None:
    for listener in _appearance_listeners:
        listener(obj)
