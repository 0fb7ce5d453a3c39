"""The search page on a fixed corpus: filters and sorts return exactly the expected items,
snippets are escaped and highlighted, any text typed returns a page, and the empty state helps.
"""

import re
from datetime import timedelta
from html import unescape

import pytest
from django.core.management import call_command
from django.utils import timezone

from forum import services as board_services
from forum.models import Board
from questions import services
from questions.models import Answer, Question
from tests import factories


def reindex():
    call_command("reindex_search", clear=True, no_progress=True, verbosity=0)


@pytest.fixture
def corpus(db, boards):
    """Four questions, two answers (one helped), an article, a board post, a specialist."""
    call_command("clear_index", interactive=False, verbosity=0)
    asker = factories.UserFactory()
    specialist = factories.make_specialist(display_name="Dr. Mira Stone")
    profile = specialist.specialist
    profile.bio = "I help couples rebuild trust."
    profile.save()
    profile.specialisations.set([Board.objects.get(slug="family")])
    q1 = factories.make_question(
        asker,
        title="Rebuilding trust after a breakup",
        body="She left and came back. How do we start over?",
        tags=["trust"],
    )
    q2 = factories.make_question(
        asker,
        board="marriage",
        title="Arguing about money in our marriage",
        body="Every month ends in a fight about trust and spending.",
        tags=["trust", "money"],
    )
    q3 = factories.make_question(
        asker,
        board="family",
        title="My mother-in-law does not trust me with the kids",
        body="She checks everything I do when she visits.",
        tags=["in-laws"],
    )
    q4 = factories.make_question(
        asker,
        board="dating",
        anonymous=True,
        title="Trust issues on dating apps",
        body="Everyone seems to lie on their profile.",
        tags=["apps"],
    )
    a2 = factories.make_answer(q2, specialist, body="Agree a shared budget; trust grows with it.")
    a3 = factories.make_answer(q3, specialist, body="Name one task she can trust you with.")
    services.publish_article(
        author=specialist,
        board=Board.objects.get(kind=Board.Kind.ARTICLES),
        title="Trust: a field guide",
        body="Trust is built in small moments.",
    )
    general = Board.objects.get(slug="general")
    board_services.start_topic(
        forum=general.forum,
        poster=asker,
        subject="Trust in friendships",
        content="Do you trust old friends more?",
    )
    now = timezone.now()
    for days, question, score in ((40, q1, 0), (30, q2, 5), (20, q3, 2), (10, q4, 1)):
        Question.objects.filter(pk=question.pk).update(
            created=now - timedelta(days=days), score=score
        )
    Answer.objects.filter(pk=a2.pk).update(score=3)
    Answer.objects.filter(pk=a3.pk).update(score=7)
    Question.objects.filter(pk=q3.pk).update(helped_answer=a3)
    reindex()
    yield {"q1": q1, "q2": q2, "q3": q3, "q4": q4, "a2": a2, "a3": a3, "asker": asker}
    call_command("clear_index", interactive=False, verbosity=0)


Q1 = "Rebuilding trust after a breakup"
Q2 = "Arguing about money in our marriage"
Q3 = "My mother-in-law does not trust me with the kids"
Q4 = "Trust issues on dating apps"
ARTICLE = "Trust: a field guide"
POST = "Trust in friendships"
SPECIALIST = "Dr. Mira Stone"


def results(client, **params):
    """[(kind label, title)] of the result list, in order."""
    html = client.get("/search/", {"q": "trust", **params}).content.decode()
    items = re.findall(
        r'<p class="hit-kind">(.*?)</p>\s*<a class="hit-title" href="[^"]*">(.*?)</a>', html
    )
    return [(unescape(kind), unescape(title)) for kind, title in items]


def titles(client, **params):
    return sorted(title for _kind, title in results(client, **params))


def test_everything_mixed_by_default(client, corpus):
    assert titles(client) == sorted([Q1, Q2, Q3, Q4, Q2, Q3, ARTICLE, POST, SPECIALIST])


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("questions", [Q1, Q2, Q3, Q4]),
        ("answers", [Q2, Q3]),
        ("articles", [ARTICLE]),
        ("discussions", [POST]),
        ("specialists", [SPECIALIST]),
    ],
)
def test_type_filter(client, corpus, kind, expected):
    assert titles(client, type=kind) == sorted(expected)


def test_kinds_are_labelled(client, corpus):
    labels = dict((title, kind) for kind, title in results(client, type="all") if title != Q2)
    assert labels[Q1] == "Question"
    assert labels[ARTICLE] == "Article"
    assert labels[POST] == "Community discussion"
    assert labels[SPECIALIST] == "Specialist"


def test_category_filter_includes_answers_and_specialists_of_that_category(client, corpus):
    assert titles(client, category="marriage") == [Q2, Q2]
    assert titles(client, category="family") == sorted([Q3, Q3, SPECIALIST])
    assert titles(client, category="family", type="questions") == [Q3]


def test_tag_filter(client, corpus):
    assert titles(client, tag="trust", type="questions") == sorted([Q1, Q2])
    assert titles(client, tag="TRUST", type="answers") == [Q2]
    assert titles(client, tag="money") == [Q2, Q2]


def test_answered_by_specialist_and_helped_filters(client, corpus):
    assert titles(client, type="questions", specialist="on") == sorted([Q2, Q3])
    assert titles(client, type="questions", helped="on") == [Q3]
    html = client.get("/search/", {"q": "trust", "type": "questions", "helped": "on"}).content
    assert html.decode().count('class="helped-mark"') == 1
    assert results(client, type="answers", helped="on") == [("Specialist's answer", Q3)]


def test_sort_newest_and_most_helpful(client, corpus):
    newest = [t for _k, t in results(client, type="questions", sort="newest")]
    assert newest == [Q4, Q3, Q2, Q1]
    helpful = [t for _k, t in results(client, type="questions", sort="helpful")]
    assert helpful == [Q2, Q3, Q4, Q1]
    answers = [t for _k, t in results(client, type="answers", sort="helpful")]
    assert answers == [Q3, Q2]


def test_relevance_puts_title_matches_first(client, corpus):
    ranked = [t for _k, t in results(client, q="money", type="questions")]
    assert ranked == [Q2]
    ranked = [t for _k, t in results(client, q="trust kids")]
    assert ranked[0] == Q3


def test_result_rows_show_category_tags_counts_and_no_anonymous_asker(client, corpus):
    html = client.get("/search/", {"q": "dating apps", "type": "questions"}).content.decode()
    assert Q4 in html
    assert "Dating" in html
    assert 'class="tag"' in html and ">apps<" in html
    assert "0 answers" in html
    assert 'class="helped-mark"' not in html
    assert "Specialist answered" not in html
    assert corpus["asker"].public_name not in html
    assert corpus["asker"].username not in html


def test_snippets_highlight_matches_and_escape_user_text(client, member):
    call_command("clear_index", interactive=False, verbosity=0)
    factories.make_question(
        member,
        title="Is this a red flag in a new relationship?",
        body='He wrote <script>alert("x")</script> & <b>bold</b> in my notes: a red flag?',
    )
    reindex()
    html = client.get("/search/", {"q": "notes"}).content.decode()
    snippet = re.search(r'<p class="hit-snippet">(.*?)</p>', html, re.S).group(1)
    assert "<mark>notes</mark>" in snippet
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in snippet
    assert "&amp; &lt;b&gt;bold&lt;/b&gt;" in snippet
    assert "<script>" not in html.split("<main", 1)[1].split("</main>", 1)[0]


def test_phrases_and_exclusions(client, corpus):
    assert titles(client, q='"shared budget"') == [Q2, Q2]  # the answer, and its question
    assert titles(client, q='"budget shared"') == []
    assert titles(client, q="trust -kids", type="questions") == sorted([Q1, Q2, Q4])


@pytest.mark.parametrize(
    "query",
    [
        '"unbalanced quote',
        'trust" AND (OR NOT',
        "AND",
        "title:trust OR django_ct:*",
        "*",
        "?",
        "trust*",
        "-",
        "+++ --- ~~~ ^^^ {[()]} \\\\ //",
        "<script>alert('x')</script>",
        '"><img src=x onerror=alert(1)>',
        "日本語 ❤ эмоции مرحبا",
        "\u202e\u200b\ufeff",
        "trust " * 1000,
        "a" * 5000,
        "%00 %s {{ request }} {% debug %}",
    ],
)
def test_any_text_returns_a_page_with_the_query_echoed_escaped(client, corpus, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Search</h1>" in html
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    if len(query) < 120:
        from django.utils.html import escape

        assert escape(query.strip()) in html


def test_hostile_filter_values_fall_back_to_defaults(client, corpus):
    for params in (
        {"type": "<script>", "sort": "DROP TABLE", "category": "../../etc"},
        {"page": "-3"},
        {"page": "abc"},
        {"page": "99999999999999999999"},
        {"tag": "x" * 500},
    ):
        response = client.get("/search/", {"q": "trust", **params})
        assert response.status_code == 200, params
        assert "<script>" not in response.content.decode()


def test_did_you_mean(client, corpus):
    html = client.get("/search/", {"q": "trsut", "type": "questions"}).content.decode()
    assert "Did you mean" in html
    assert re.search(r'<a href="\?q=trust&amp;type=questions">trust</a>', html)


def test_no_did_you_mean_for_well_spelt_words(client, corpus):
    html = client.get("/search/", {"q": "trust"}).content.decode()
    assert "Did you mean" not in html


def test_empty_state_offers_to_ask_with_the_query_prefilled(client, corpus):
    html = client.get("/search/", {"q": "gardening <tips>"}).content.decode()
    assert "Nobody has asked about “gardening &lt;tips&gt;” yet" in html
    assert 'href="/questions/ask/?title=gardening%20%3Ctips%3E"' in html


def test_empty_state_with_filters_offers_to_drop_them(client, corpus):
    html = client.get("/search/", {"q": "trust", "tag": "gardening"}).content.decode()
    assert "at least not with these filters" in html
    assert 'href="/search/?q=trust"' in html


def test_pagination(client, member):
    call_command("clear_index", interactive=False, verbosity=0)
    for i in range(23):
        factories.make_question(member, title=f"Feeling lonely in my relationship, part {i + 1}")
    reindex()
    first = client.get("/search/", {"q": "lonely", "sort": "newest"}).content.decode()
    assert first.count('class="search-hit') == 20
    assert "Page 1 of 2" in first
    assert 'href="?q=lonely&amp;sort=newest&amp;page=2"' in first
    second = client.get("/search/", {"q": "lonely", "sort": "newest", "page": 2}).content.decode()
    assert second.count('class="search-hit') == 3
    assert "part 1<" in second and "part 23<" not in second
    beyond = client.get("/search/", {"q": "lonely", "page": 40}).content.decode()
    assert beyond.count('class="search-hit') == 3


def test_header_search_box_is_on_every_page_and_echoes_the_query(client, corpus):
    home = client.get("/").content.decode()
    assert 'action="/search/"' in home
    html = client.get("/search/", {"q": 'trust "me"'}).content.decode()
    assert 'value="trust &quot;me&quot;"' in html


def test_an_unusable_index_shows_a_calm_message_not_an_error(client, corpus, settings):
    from haystack import connections

    options = connections["default"].options
    real = options["PATH"]
    broken = f"{real}-missing/../../../dev/null/index"
    options["PATH"] = broken
    connections["default"].reset_sessions()
    try:
        response = client.get("/search/", {"q": "trust"})
    finally:
        options["PATH"] = real
        connections["default"].reset_sessions()
    assert response.status_code == 200
    assert "Search is resting for a moment" in response.content.decode()


def test_similar_questions_for_the_ask_form(client, corpus):
    data = client.get("/questions/similar/", {"q": "money arguments in marriage"}).json()
    assert data["results"][0] == {
        "title": Q2,
        "url": corpus["q2"].get_absolute_url(),
    }
    assert len(client.get("/questions/similar/", {"q": "trust me"}).json()["results"]) <= 5
    assert client.get("/questions/similar/", {"q": "ab"}).json()["results"] == []


def test_similar_questions_ignore_hidden_questions(client, corpus):
    post = corpus["q2"].topic.first_post
    post.approved = False
    post.save()
    data = client.get("/questions/similar/", {"q": "money arguments in marriage"}).json()
    assert Q2 not in [r["title"] for r in data["results"]]


@pytest.fixture
def engine_options():
    from haystack import connections

    options = connections["default"].options
    saved = dict(options)
    yield options
    options.clear()
    options.update(saved)
    connections["default"].reset_sessions()


def test_very_common_words_get_an_estimated_count(client, member, engine_options):
    from haystack import connections

    call_command("clear_index", interactive=False, verbosity=0)
    for i in range(25):
        factories.make_question(member, title=f"Feeling lonely in my relationship, part {i + 1}")
    reindex()
    engine_options["EXACT_COUNT_LIMIT"] = 0  # every exact count is "too expensive"
    connections["default"].reset_sessions()
    html = client.get("/search/", {"q": "lonely"}).content.decode()
    assert re.search(r"About \d+ results for “lonely”", html)
    assert html.count('class="search-hit') == 20


def test_a_search_that_runs_out_of_time_shows_what_it_found(client, corpus, monkeypatch):
    from whoosh.collectors import TimeLimit, TimeLimitCollector

    from haven import whoosh_backend

    class OutOfTimeAfterTwo(TimeLimitCollector):
        def collect_matches(self):
            for seen, docnum in enumerate(self.child.matches()):
                if seen == 2:
                    raise TimeLimit
                self.child.collect(docnum)

    monkeypatch.setattr(whoosh_backend, "TimeLimitCollector", OutOfTimeAfterTwo)
    response = client.get("/search/", {"q": "trust"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "best matches found quickly" in html
    assert len(results(client)) == 2


def test_the_search_page_has_a_small_query_budget(client, corpus, django_assert_max_num_queries):
    # Categories for the filter, one visibility check per kind of result, the session.
    with django_assert_max_num_queries(8):
        response = client.get("/search/", {"q": "trust"})
    assert len(response.context["hits"]) == 9
