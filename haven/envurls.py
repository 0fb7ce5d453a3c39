"""Turn ``SEARCH_URL`` into a haystack connection.

django-environ parses the URL; this adds the names Haven documents: a bare path (or
``whoosh://`` URL) is a Whoosh index, ``elasticsearch://`` means Elasticsearch 7 (the newest
that haystack 3.4 supports), ``solr://`` a Solr core.
"""

from pathlib import Path

import environ

_SCHEME_ALIASES = {"elasticsearch": "elasticsearch7", "es": "elasticsearch7"}
# haystack's Whoosh engine plus a fast, time-bounded path for plain searches (see the module).
WHOOSH_ENGINE = "haven.whoosh_backend.WhooshEngine"


def search_url_config(url: str, default_path: Path) -> dict:
    if not url:
        return {"ENGINE": WHOOSH_ENGINE, "PATH": str(default_path)}
    if "://" not in url:
        return {"ENGINE": WHOOSH_ENGINE, "PATH": url}
    scheme, rest = url.split("://", 1)
    scheme = _SCHEME_ALIASES.get(scheme, scheme)
    if scheme not in environ.Env.SEARCH_SCHEMES:
        raise environ.ImproperlyConfigured(
            f"SEARCH_URL scheme {scheme!r} is not one of whoosh, elasticsearch, solr."
        )
    config = environ.Env.search_url_config(f"{scheme}://{rest}")
    if scheme == "whoosh":
        config["ENGINE"] = WHOOSH_ENGINE
    return config
