"""Search over questions through haystack. A broken or locked index never breaks a page."""

import logging

from haystack.inputs import AutoQuery
from haystack.query import SearchQuerySet

from questions.models import Question

log = logging.getLogger(__name__)
MAX_QUERY_LENGTH = 500


def _clean(text: str) -> str:
    return " ".join((text or "").split())[:MAX_QUERY_LENGTH]


def search_questions(text: str) -> tuple[list, bool]:
    """(results, ok): results are haystack SearchResults; ok is False when the index failed."""
    query = _clean(text)
    if not query:
        return [], True
    try:
        results = SearchQuerySet().models(Question).filter(content=AutoQuery(query))
        return list(results[:50]), True
    except Exception:  # any engine failure: the page says search is unavailable
        log.exception("search failed for %r", query)
        return [], False


def similar_questions(text: str, limit: int = 5) -> list[dict]:
    query = _clean(text)
    if len(query) < 4:
        return []
    results, _ok = search_questions(query)
    return [
        {"title": r.title, "url": f"/questions/{r.pk}/"} for r in results[:limit] if r is not None
    ]
