"""Tabs of the one review queue. Apps above moderation register theirs (e.g. specialist
applications from ``profiles``) so the queue shows them without importing those apps."""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class QueueTab:
    key: str
    label: str
    url_name: str  # reversed with no arguments
    count: Callable[[], int]  # items waiting, for the tab and the moderator's header


_tabs: dict[str, QueueTab] = {}


def register_tab(tab: QueueTab) -> None:
    _tabs[tab.key] = tab


def tabs() -> list[QueueTab]:
    return list(_tabs.values())
