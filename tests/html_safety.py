"""Parse a page and list anything executable: the XSS assertions use this, not string greps."""

from html.parser import HTMLParser

SAFE_SCRIPT_SOURCES = ("/static/",)
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcdoc"}
DANGEROUS_SCHEMES = ("javascript:", "data:", "vbscript:")
# <link> relations that load and apply something (a stylesheet, a script module, an import).
LOADING_RELS = {"stylesheet", "import", "modulepreload", "preload", "prefetch"}


def _script_in_css(css: str) -> bool:
    squashed = "".join(css.split()).lower()
    return "expression(" in squashed or any(scheme in squashed for scheme in DANGEROUS_SCHEMES)


class _Finder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and not (attributes.get("src") or "").startswith(SAFE_SCRIPT_SOURCES):
            self.problems.append(f"<script> {attributes}")
        if tag in {"iframe", "object", "embed", "svg", "math", "base"}:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            name = name.lower()
            if name.startswith("on"):
                self.problems.append(f"event handler {name}={value!r} on <{tag}>")
            if name in URL_ATTRIBUTES and value:
                squashed = "".join(value.split()).lower()
                if squashed.startswith(DANGEROUS_SCHEMES):
                    self.problems.append(f"dangerous URL {name}={value!r} on <{tag}>")
            if name == "style" and _script_in_css(value or ""):
                self.problems.append(f"script in a style attribute on <{tag}>")
        if tag == "meta" and (attributes.get("http-equiv") or "").lower() == "refresh":
            self.problems.append("<meta http-equiv=refresh>")  # a redirect, maybe to javascript:
        rel = set((attributes.get("rel") or "").lower().split())
        href = attributes.get("href") or ""
        if tag == "link" and rel & LOADING_RELS and not href.startswith(SAFE_SCRIPT_SOURCES):
            self.problems.append(f"<link rel={attributes.get('rel')!r}> loading {href!r}")


def executable_content(html: str) -> list[str]:
    finder = _Finder()
    finder.feed(html)
    finder.close()
    return finder.problems
