"""haystack's Whoosh engine with a fast, bounded path for plain searches.

haystack's Whoosh ``search`` counts every match exactly (a second pass over all of them) and has
no time limit, so one common word on a 100,000-document index takes seconds of pure-Python
work. For a plain query — optionally sorted, with no facets, highlighting, narrowing, models or
built-in spelling — this backend instead:

- collects only the top ``page × page length`` documents (Whoosh's block-quality skipping
  applies when ranking by relevance);
- counts exactly when that is cheap (Whoosh's estimate is at most ``EXACT_COUNT_LIMIT``),
  otherwise reports the estimate and says so (``hits_exact``);
- stops after ``TIME_LIMIT`` seconds and returns the best matches found so far (``partial``),
  so no query can hold a web worker for long.

Everything else goes through haystack's own code unchanged. Both options are connection
settings (``HAYSTACK_CONNECTIONS["default"]["TIME_LIMIT"]``, ``["EXACT_COUNT_LIMIT"]``).
"""

from django.utils.encoding import force_str
from haystack.backends import log_query
from haystack.backends import whoosh_backend as upstream
from haystack.constants import DJANGO_CT, DJANGO_ID
from haystack.exceptions import SearchBackendError
from haystack.models import SearchResult
from haystack.utils.app_loading import haystack_get_model
from whoosh.collectors import TimeLimit, TimeLimitCollector

EMPTY = {"results": [], "hits": 0, "hits_exact": True, "partial": False}


class WhooshSearchBackend(upstream.WhooshSearchBackend):
    def __init__(self, connection_alias, **connection_options):
        super().__init__(connection_alias, **connection_options)
        self.time_limit = float(connection_options.get("TIME_LIMIT", 0.3))
        self.exact_count_limit = int(connection_options.get("EXACT_COUNT_LIMIT", 5000))

    @log_query
    def search(self, query_string, sort_by=None, start_offset=0, end_offset=None, **kwargs):
        complex_search = any(
            kwargs.get(name)
            for name in (
                "highlight",
                "facets",
                "date_facets",
                "query_facets",
                "narrow_queries",
                "within",
                "dwithin",
                "distance_point",
                "models",
                "limit_to_registered_models",
            )
        )
        if complex_search or self.include_spelling or self._limits_models(kwargs):
            return super().search(query_string, sort_by, start_offset, end_offset, **kwargs)
        return self._plain_search(
            query_string, sort_by, start_offset, end_offset, kwargs.get("result_class")
        )

    def _limits_models(self, kwargs) -> bool:
        from django.conf import settings

        if kwargs.get("limit_to_registered_models") is not None:
            return bool(kwargs["limit_to_registered_models"])
        return getattr(settings, "HAYSTACK_LIMIT_TO_REGISTERED_MODELS", True)

    @staticmethod
    def _sort(sort_by) -> tuple[list[str] | None, bool]:
        if not sort_by:
            return None, False
        descending = [field.startswith("-") for field in sort_by]
        if any(descending) and not all(descending):
            raise SearchBackendError(
                "Whoosh requires all order_by fields to use the same sort direction"
            )
        return [field.lstrip("-") for field in sort_by], all(descending)

    def _plain_search(self, query_string, sort_by, start_offset, end_offset, result_class):
        if not self.setup_complete:
            self.setup()
        query_string = force_str(query_string)
        if not query_string or (len(query_string) <= 1 and query_string != "*"):
            return dict(EMPTY)
        self.index = self.index.refresh()
        if not self.index.doc_count():
            return dict(EMPTY)
        parsed = self.parser.parse(query_string)
        if parsed is None:
            return dict(EMPTY)
        sortedby, reverse = self._sort(sort_by)
        page_num, page_length = self.calculate_page(start_offset, end_offset)
        offset = (page_num - 1) * page_length
        with self.index.searcher() as searcher:
            collector = searcher.collector(
                limit=offset + page_length, sortedby=sortedby, reverse=reverse
            )
            timed = TimeLimitCollector(collector, self.time_limit, use_alarm=False)
            partial = False
            try:
                searcher.search_with_collector(parsed, timed)
            except TimeLimit:
                partial = True
            raw = timed.results()
            hits, exact = self._count(raw, partial)
            found = [self._result(hit, result_class) for hit in raw[offset : offset + page_length]]
        results = [r for r in found if r is not None]
        return {
            "results": results,
            "hits": hits - (len(found) - len(results)),  # documents of unknown models
            "hits_exact": exact,
            "partial": partial,
            "spelling_suggestion": None,
        }

    def _count(self, raw, partial: bool) -> tuple[int, bool]:
        if partial:
            return raw.estimated_length(), False
        if raw.has_exact_length():
            return len(raw), True
        estimate = raw.estimated_length()
        if estimate <= self.exact_count_limit:
            return len(raw), True
        return estimate, False

    def _result(self, hit, result_class):
        from haystack import connections

        stored = hit.fields()
        app_label, model_name = stored[DJANGO_CT].split(".")
        model = haystack_get_model(app_label, model_name)
        unified = connections[self.connection_alias].get_unified_index()
        if not model or model not in unified.get_indexed_models():
            return None
        index = unified.get_index(model)
        fields = {}
        for key, value in stored.items():
            field = index.fields.get(str(key))
            if key in (DJANGO_CT, DJANGO_ID):
                continue
            if value in ("true", "false"):  # booleans are stored as text: bool("false") is True
                value = value == "true"
            if field is not None and hasattr(field, "convert"):
                if field.is_multivalued:
                    fields[str(key)] = value.split(",") if value else []
                else:
                    fields[str(key)] = field.convert(value)
            else:
                fields[str(key)] = self._to_python(value)
        return (result_class or SearchResult)(
            app_label, model_name, stored[DJANGO_ID], hit.score or 0, **fields
        )


class WhooshSearchQuery(upstream.WhooshSearchQuery):
    """Keeps what the fast path reports: whether the count is exact, whether time ran out."""

    hits_exact = True
    partial = False

    def run(self, spelling_query=None, **kwargs):
        search_kwargs = self.build_params(spelling_query=spelling_query)
        search_kwargs.update(kwargs)
        results = self.backend.search(self.build_query(), **search_kwargs)
        self._results = results.get("results", [])
        self._hit_count = results.get("hits", 0)
        self._facet_counts = self.post_process_facets(results)
        self._spelling_suggestion = results.get("spelling_suggestion", None)
        self.hits_exact = results.get("hits_exact", True)
        self.partial = results.get("partial", False)


class WhooshEngine(upstream.WhooshEngine):
    backend = WhooshSearchBackend
    query = WhooshSearchQuery
