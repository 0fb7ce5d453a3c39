"""SEARCH_URL picks the engine through haystack: Whoosh (a path, the default), Elasticsearch 7
or Solr. Parsing is checked directly here; tests/test_settings.py checks it end to end."""

from pathlib import Path

import environ
import pytest

from haven.envurls import WHOOSH_ENGINE, search_url_config

DEFAULT = Path("/data/whoosh_index")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("", {"ENGINE": WHOOSH_ENGINE, "PATH": "/data/whoosh_index"}),
        ("/srv/haven/index", {"ENGINE": WHOOSH_ENGINE, "PATH": "/srv/haven/index"}),
        ("var/index", {"ENGINE": WHOOSH_ENGINE, "PATH": "var/index"}),
        ("whoosh:///srv/haven/index", {"ENGINE": WHOOSH_ENGINE, "PATH": "/srv/haven/index"}),
        (
            "elasticsearch://search.internal:9200/haven",
            {
                "ENGINE": "haystack.backends.elasticsearch7_backend.Elasticsearch7SearchEngine",
                "URL": "http://search.internal:9200",
                "INDEX_NAME": "haven",
            },
        ),
        (
            "es://user:secret@search.internal:9200/haven",
            {
                "ENGINE": "haystack.backends.elasticsearch7_backend.Elasticsearch7SearchEngine",
                "URL": "http://user:secret@search.internal:9200",
                "INDEX_NAME": "haven",
            },
        ),
        (
            "elasticsearch7://127.0.0.1:9200/haven-test",
            {
                "ENGINE": "haystack.backends.elasticsearch7_backend.Elasticsearch7SearchEngine",
                "URL": "http://127.0.0.1:9200",
                "INDEX_NAME": "haven-test",
            },
        ),
        (
            "solr://search.internal:8983/solr/haven",
            {
                "ENGINE": "haystack.backends.solr_backend.SolrEngine",
                "URL": "http://search.internal:8983/solr/haven",
            },
        ),
    ],
)
def test_search_url_parsing(url, expected):
    assert search_url_config(url, DEFAULT) == expected


@pytest.mark.parametrize("url", ["ftp://host/index", "opensearch://host:9200/haven"])
def test_unknown_engines_are_refused_with_a_clear_message(url):
    with pytest.raises(
        environ.ImproperlyConfigured, match="not one of whoosh, elasticsearch, solr"
    ):
        search_url_config(url, DEFAULT)


def test_the_default_whoosh_engine_is_haystacks_with_a_bounded_fast_path():
    from haystack.backends.whoosh_backend import WhooshEngine as Upstream

    from haven.whoosh_backend import WhooshEngine

    assert issubclass(WhooshEngine, Upstream)
    assert issubclass(WhooshEngine.backend, Upstream.backend)
    assert issubclass(WhooshEngine.query, Upstream.query)
