"""Moderation tells people about outcomes without importing the apps above it.

``profiles`` plugs its notifier in when Django starts (see ``ProfilesConfig.ready``).
"""

from collections.abc import Callable

_notifier: Callable | None = None


def set_notifier(notifier: Callable) -> None:
    global _notifier
    _notifier = notifier


def notify(*, user, kind: str, message: str, url: str = "", email: bool = True):
    if _notifier is not None and user is not None:
        return _notifier(user=user, kind=kind, message=message, url=url, email=email)
    return None
