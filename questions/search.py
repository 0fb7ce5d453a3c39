"""Searching Haven through haystack: one entry point for the search page, one for the ask form.

Whatever a person types is turned into plain words and quoted phrases before it reaches the
engine, so operators, stray quotes, ``*``, markup or 5,000 characters never reach its parser.
Results are checked against the database before they are shown (a hidden post the queue has
not yet removed stays hidden), and snippets are built by escaping every piece of user text and
wrapping matches in ``<mark>`` with ``format_html`` — no user text is ever marked safe as is.

A failing engine (locked, corrupt, unreachable) never breaks a page: ``ok`` is False and the
page says search is resting.
"""

import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from django.core.paginator import Paginator
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from haystack import connections
from haystack.inputs import Clean, Exact
from haystack.query import SQ, SearchQuerySet
from whoosh.analysis import STOP_WORDS, StemmingAnalyzer

log = logging.getLogger(__name__)

MAX_QUERY_CHARS = 5000  # what the page accepts and echoes back
MAX_TERMS = 16  # what reaches the engine
MAX_PHRASES = 4
MAX_WORD_CHARS = 40
PER_PAGE = 20
SNIPPET_CHARS = 240

KINDS = {
    "questions": "question",
    "answers": "answer",
    "articles": "article",
    "discussions": "discussion",
    "specialists": "specialist",
}
KIND_LABELS = {
    "question": "Question",
    "answer": "Specialist's answer",
    "article": "Article",
    "discussion": "Community discussion",
    "specialist": "Specialist",
}
SORTS = {"relevance": (), "newest": ("-created",), "helpful": ("-votes", "-created")}

_PHRASE = re.compile(r'"([^"]*)"')
_WORD = re.compile(r"\w+", re.UNICODE)
_ANALYZER = StemmingAnalyzer()


# --- Turning text into a safe query -----------------------------------------------------------


@dataclass
class ParsedQuery:
    terms: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.terms or self.phrases)

    @property
    def words(self) -> list[str]:
        """Every positive word, for highlighting and spelling."""
        return self.terms + [w for p in self.phrases for w in p.split()]


def _words(text: str) -> list[str]:
    # Lower-cased, so AND/OR/NOT/TO are words, never operators; no word is that long.
    return [w.lower() for w in _WORD.findall(text) if w.strip("_") and len(w) <= MAX_WORD_CHARS]


def parse_query(text: str) -> ParsedQuery:
    """Quoted phrases, ``-word`` exclusions, and words; everything else is dropped."""
    text = (text or "")[:MAX_QUERY_CHARS]
    parsed = ParsedQuery()
    for phrase in _PHRASE.findall(text):
        words = _words(phrase)
        if len(words) > 1 and len(parsed.phrases) < MAX_PHRASES:
            parsed.phrases.append(" ".join(words[:MAX_TERMS]))
        elif words:
            parsed.terms.extend(words[:1])
    rest = _PHRASE.sub(" ", text).replace('"', " ")
    for token in rest.split():
        words = _words(token)
        if token.startswith("-") and len(token) > 1:
            parsed.excluded.extend(words)
        else:
            parsed.terms.extend(words)
    parsed.terms = list(dict.fromkeys(parsed.terms))[:MAX_TERMS]
    parsed.excluded = [w for w in dict.fromkeys(parsed.excluded) if w not in parsed.terms][:8]
    return parsed


# --- Snippets -------------------------------------------------------------------------------


def _highlighter(words: list[str]) -> re.Pattern | None:
    """Words starting with a query word or its stem ("lonely" → lone: lonely, loneliness)."""
    stems = {token.text for token in _ANALYZER(" ".join(words))}
    forms = sorted(stems | {w for w in words if w not in STOP_WORDS}, key=len, reverse=True)
    if not forms:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")\w*", re.IGNORECASE)


def snippet(text: str, words: list[str], length: int = SNIPPET_CHARS) -> SafeString:
    """A short passage of ``text`` around the first match, matches in ``<mark>``; every piece
    of the text is escaped by ``format_html``."""
    text = text or ""
    pattern = _highlighter(words)
    first = pattern.search(text) if pattern else None
    start = 0
    if first and first.start() > length // 3:
        cut = first.start() - length // 3
        space = text.rfind(" ", max(0, cut - 30), cut)  # start on a word if one is near
        start = space + 1 if space >= 0 else cut
    end = min(len(text), start + length)
    if end < len(text):
        end = max(text.rfind(" ", start, end), start + length // 2)
    pieces, cursor = [], start
    for match in pattern.finditer(text, start, end) if pattern else ():
        pieces.append((text[cursor : match.start()], match.group()))
        cursor = match.end()
    pieces.append((text[cursor:end], ""))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    body = format_html_join(
        "",
        "{}{}",
        ((plain, format_html("<mark>{}</mark>", hit) if hit else "") for plain, hit in pieces),
    )
    return format_html("{}{}{}", prefix, body, suffix)


def _body(text: str, title: str, author: str = "") -> str:
    """The document text without the title lines and the author line (shown separately)."""
    lines = (text or "").split("\n")
    while len(lines) > 1 and lines[0] == title:
        lines.pop(0)
    if author and len(lines) > 1 and lines[-1] == author:
        lines.pop()
    return " ".join(" ".join(lines).split())


# --- Running a search -----------------------------------------------------------------------


@dataclass
class Hit:
    kind: str
    title: str
    url: str
    snippet: SafeString
    created: datetime | None
    category: str = ""
    category_name: str = ""
    tags: list = field(default_factory=list)
    votes: int = 0
    answer_count: int = 0
    specialist_answered: bool = False
    has_helped: bool = False
    author_name: str = ""
    professional_title: str = ""
    specialisation_names: list = field(default_factory=list)
    languages: list = field(default_factory=list)
    free_consultation: bool = False

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, "")


@dataclass
class Filters:
    kind: str = "all"
    category: str = ""
    tag: str = ""
    specialist_answered: bool = False
    has_helped: bool = False
    sort: str = "relevance"


@dataclass
class Outcome:
    query: ParsedQuery
    page: object = None  # a django Page of Hits
    total: int = 0
    suggestion: str = ""
    any_word: bool = False  # no result had every word; these have some
    exact: bool = True  # False: ``total`` is the engine's estimate
    partial: bool = False  # the engine stopped early: the best matches it found in time
    ok: bool = True


def _aware(value):
    if isinstance(value, datetime) and timezone.is_naive(value):
        return timezone.make_aware(value, timezone.utc)
    return value


def _first(value) -> str:
    if isinstance(value, list | tuple):
        return value[0] if value else ""
    return value or ""


def _hit(result, words: list[str]) -> Hit:
    get = result.get_additional_fields().get
    title = get("title") or ""
    return Hit(
        kind=_first(get("kind")),
        title=title,
        url=get("url") or "",
        snippet=snippet(_body(get("text") or "", title, get("author_name") or ""), words),
        created=_aware(get("created")),
        category=_first(get("category")),
        category_name=get("category_name") or "",
        tags=[t for t in get("tags") or [] if t],
        votes=get("votes") or 0,
        answer_count=get("answer_count") or 0,
        specialist_answered=bool(get("specialist_answered")),
        has_helped=bool(get("has_helped")),
        author_name=get("author_name") or "",
        professional_title=get("professional_title") or "",
        specialisation_names=[s for s in get("specialisation_names") or [] if s],
        languages=[s for s in get("languages") or [] if s],
        free_consultation=bool(get("free_consultation")),
    )


def _visible(results) -> list:
    """Drop results whose object the public may no longer see (the queue may lag a moment)."""
    unified = connections["default"].get_unified_index()
    by_model = defaultdict(set)
    for result in results:
        by_model[result.model].add(result.pk)
    allowed = set()
    for model, pks in by_model.items():
        visible = unified.get_index(model).index_queryset().filter(pk__in=pks)
        allowed.update((model, str(pk)) for pk in visible.values_list("pk", flat=True))
    return [r for r in results if (r.model, str(r.pk)) in allowed]


def _base(filters: Filters) -> SearchQuerySet:
    sqs = SearchQuerySet()
    if filters.kind in KINDS:
        sqs = sqs.filter(kind=Exact(KINDS[filters.kind]))
    if filters.category:
        sqs = sqs.filter(category=Exact(filters.category))
    if filters.tag:
        sqs = sqs.filter(tags=Exact(filters.tag))
    if filters.specialist_answered:
        sqs = sqs.filter(specialist_answered=True)
    if filters.has_helped:
        sqs = sqs.filter(has_helped=True)
    if SORTS.get(filters.sort):
        sqs = sqs.order_by(*SORTS[filters.sort])
    return sqs


def _matching(sqs: SearchQuerySet, parsed: ParsedQuery, *, any_word: bool) -> SearchQuerySet:
    if any_word and parsed.terms:
        either = SQ(content=Clean(parsed.terms[0]))
        for term in parsed.terms[1:]:
            either |= SQ(content=Clean(term))
        sqs = sqs.filter(either)
    else:
        for term in parsed.terms:
            sqs = sqs.filter(content=Clean(term))
    for phrase in parsed.phrases:
        sqs = sqs.filter(content=Exact(phrase))
    for term in parsed.excluded:
        sqs = sqs.exclude(content=Clean(term))
    return sqs.set_spelling_query(" ".join(parsed.words))


class _Fetched:
    """One page already fetched from the engine, shaped for django's Paginator."""

    def __init__(self, total: int, hits: list):
        self.total, self.hits = total, hits

    def count(self):
        return self.total

    def __getitem__(self, item):
        return self.hits


@dataclass
class _Fetch:
    results: list
    total: int
    page: int
    exact: bool = True  # False: the engine estimated the total (a very common word)
    partial: bool = False  # the engine's time ran out: the best matches found so far


def _fetch(sqs: SearchQuerySet, page_number: int) -> _Fetch:
    sqs = sqs.all()  # a fresh clone: haystack caches counts per queryset
    offset = (page_number - 1) * PER_PAGE
    results = [r for r in sqs[offset : offset + PER_PAGE] if r is not None]
    query = sqs.query
    return _Fetch(
        results,
        sqs.count(),
        page_number,
        exact=getattr(query, "hits_exact", True),
        partial=getattr(query, "partial", False),
    )


def _page(sqs: SearchQuerySet, page_number: int) -> _Fetch:
    """A page of results; a page past the end shows the last one."""
    fetched = _fetch(sqs, page_number)
    if not fetched.results and page_number > 1:
        total = _fetch(sqs, 1).total
        last = (total - 1) // PER_PAGE + 1 if total else 1
        fetched = _fetch(sqs, last)
    return fetched


def _whoosh_spelling(backend, words: list[str]) -> str:
    """Each word the index does not know, replaced by the closest one it does (edit distance
    1 before 2, then the more frequent); known words stay. haystack's own Whoosh suggestion
    drops unknown words and may "correct" a word that is spelt right."""
    if not backend.setup_complete:
        backend.setup()
    field = backend.content_field_name
    spelling_field = backend.schema[field].spelling_fieldname(field)
    reader = backend.index.refresh().reader()
    try:
        corrector = reader.corrector(field)
        out = []
        for word in words:
            if word in STOP_WORDS or (spelling_field, word) in reader or len(word) > 30:
                out.append(word)
                continue
            for distance in (1, 2):
                found = corrector.suggest(word, limit=1, maxdist=distance, prefix=1)
                if found:
                    out.append(found[0])
                    break
            else:
                out.append(word)
    finally:
        reader.close()
    return " ".join(out)


def _spelling(sqs: SearchQuerySet, parsed: ParsedQuery) -> str:
    """A "did you mean" for the words typed, or "" when there is nothing better to offer."""
    words = parsed.words[:MAX_TERMS]
    backend = connections["default"].get_backend()
    if "whoosh" in type(backend).__module__:
        suggestion = _whoosh_spelling(backend, words)
    else:
        suggestion = " ".join(_words(sqs.spelling_suggestion() or ""))
    if not suggestion or suggestion == " ".join(words):
        return ""
    return suggestion


def _better_spelling(base, sqs, parsed: ParsedQuery, total: int) -> str:
    """A spelling suggestion, offered only when it finds more than what was typed."""
    suggestion = _spelling(sqs, parsed)
    if (
        suggestion
        and _fetch(_matching(base, parse_query(suggestion), any_word=False), 1).total > total
    ):
        return suggestion
    return ""


def search(text: str, filters: Filters | None = None, page: int = 1) -> Outcome:
    """Search everything (or one kind) for ``text``; never raises."""
    filters = filters or Filters()
    parsed = parse_query(text)
    outcome = Outcome(query=parsed)
    if parsed.empty:
        return outcome
    page = max(1, min(int(page or 1), 500))
    try:
        base = _base(filters)
        sqs = _matching(base, parsed, any_word=False)
        fetched = _page(sqs, page)
        if fetched.total < 3:
            outcome.suggestion = _better_spelling(base, sqs, parsed, fetched.total)
        if fetched.total == 0 and len(parsed.terms) > 1:
            fetched = _page(_matching(base, parsed, any_word=True), page)
            outcome.any_word = fetched.total > 0
        hits = [_hit(r, parsed.words) for r in _visible(fetched.results)]
    except Exception:  # any engine failure: the page says search is resting
        log.exception("search failed")
        outcome.ok = False
        return outcome
    outcome.total = fetched.total
    outcome.exact = fetched.exact
    outcome.partial = fetched.partial
    outcome.page = Paginator(_Fetched(fetched.total, hits), PER_PAGE).get_page(fetched.page)
    return outcome


# Words nearly every question title has: they would match everything and rank nothing.
_TITLE_FILLER = frozenset(
    "how do does did i im i'm me my mine what why when should can could would is it its "
    "we our she he her him his they them their about after get got so just still".split()
)


def similar_questions(text: str, limit: int = 5) -> list[dict]:
    """Questions whose titles share words with a title being typed (the ask form's duplicate
    suggestions): any significant word, best match first, visible questions only. Titles only,
    so it stays fast on a large index. Never raises."""
    words = [
        w
        for w in _words((text or "")[:300])
        if w not in STOP_WORDS and w not in _TITLE_FILLER and len(w) > 1
    ]
    words = list(dict.fromkeys(words))[:8]
    if not words or len((text or "").strip()) < 4:
        return []
    either = SQ(title=Clean(words[0]))
    for word in words[1:]:
        either |= SQ(title=Clean(word))
    try:
        sqs = SearchQuerySet().filter(kind=Exact("question")).filter(either)
        results = _visible([r for r in sqs[:limit] if r is not None])
    except Exception:
        log.exception("similar questions failed")
        return []
    return [{"title": r.title, "url": r.url} for r in results]
