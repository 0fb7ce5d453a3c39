"""Turn ``SEARCH_URL`` into a haystack connection.

django-environ parses the URL; this adds the names Haven documents: a bare path (or
``whoosh://`` URL) is a Whoosh index, ``elasticsearch://`` means Elasticsearch 7 (the newest
that haystack 3.4 supports), ``solr://`` a Solr core.
"""

from pathlib import Path

import environ

_SCHEME_ALIASES = {"elasticsearch": "elasticsearch7", "es": "elasticsearch7"}


def search_url_config(url: str, default_path: Path) -> dict:
    if not url:
        return {
            "ENGINE": "haystack.backends.whoosh_backend.WhooshEngine",
            "PATH": str(default_path),
        }
    if "://" not in url:
        return {"ENGINE": "haystack.backends.whoosh_backend.WhooshEngine", "PATH": url}
    scheme, rest = url.split("://", 1)
    scheme = _SCHEME_ALIASES.get(scheme, scheme)
    if scheme not in environ.Env.SEARCH_SCHEMES:
        raise environ.ImproperlyConfigured(
            f"SEARCH_URL scheme {scheme!r} is not one of whoosh, elasticsearch, solr."
        )
    return environ.Env.search_url_config(f"{scheme}://{rest}")
