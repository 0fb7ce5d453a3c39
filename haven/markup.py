"""The one sanitizer: every piece of user-written Markdown becomes HTML here and nowhere else.

Markdown → HTML (raw HTML in the source is escaped, never passed through) → bleach allow-list
→ linkify, with every link marked ``rel="nofollow ugc noopener"``. machina's post bodies use it
too (``MACHINA_MARKUP_LANGUAGE``), so board posts, questions, answers and articles share it.
"""

from functools import partial

import bleach
import markdown2
from bleach.linkifier import LinkifyFilter
from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = frozenset(
    {
        "p", "br", "hr", "strong", "b", "em", "i", "del", "blockquote", "code", "pre",
        "ul", "ol", "li", "a", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody",
        "tr", "th", "td",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": ["href", "title", "rel"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow ugc noopener"

_MARKDOWN = markdown2.Markdown(
    safe_mode="escape",
    extras={"break-on-newline": True, "fenced-code-blocks": None, "tables": None, "strike": None},
)


def _set_rel(attrs, new=False):
    attrs[(None, "rel")] = LINK_REL
    return attrs


_CLEANER = bleach.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
    filters=[partial(LinkifyFilter, callbacks=[_set_rel], skip_tags={"pre", "code"})],
)


def render_markdown(text: str | None, **_ignored) -> SafeString:
    """User Markdown → safe HTML. The only function in Haven allowed to mark user text safe."""
    if not text:
        return mark_safe("")  # noqa: S308 - empty string
    html = _MARKDOWN.convert(str(text))
    return mark_safe(_CLEANER.clean(html).strip())  # noqa: S308 - bleach-cleaned above
