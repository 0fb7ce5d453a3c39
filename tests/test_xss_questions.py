"""Hostile text in every Q&A field comes out inert on every page that shows it."""

import pytest

from questions.models import Question
from tests import factories
from tests.html_safety import executable_content

PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click me](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "![x](javascript:alert(1))",
    '<a href="javascript:alert(1)">x</a>',
    "<svg onload=alert(1)>",
    '"><script>alert(1)</script>',
    "<iframe src=//evil.example></iframe>",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<a href="&#106;avascript:alert(1)">x</a>',
    "<math><mi xlink:href=javascript:alert(1)>x</mi></math>",
    "<<script>script>alert(1)<</script>/script>",
    "javascript:alert(1)",
    "<body onload=alert(1)>",
]


def test_the_finder_finds_what_it_must():
    assert executable_content('<p><img src=x onerror="alert(1)"></p>')
    assert executable_content('<a href=" javascript:alert(1)">x</a>')
    assert executable_content("<script>alert(1)</script>")
    assert not executable_content('<p><a href="https://example.org">ok</a></p>')


@pytest.mark.django_db
@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_in_title_body_tags_and_references_are_inert(client, boards, payload):
    asker = factories.UserFactory(display_name=f"Asker {payload}"[:60])
    question = factories.make_question(
        asker,
        title=f"Question {payload}"[:150],
        body=f"Body {payload} end",
        tags=[payload],
    )
    factories.make_answer(question, body=f"Answer {payload} end", references=f"Ref {payload}")
    pages = [
        question.get_absolute_url(),
        "/",
        "/questions/",
        "/categories/breakups/",
        asker.get_absolute_url(),
    ]
    pages += [tag.get_absolute_url() for tag in question.tags.all()]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        assert executable_content(response.content.decode()) == [], url
    assert Question.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("payload", PAYLOADS[:6])
def test_payloads_through_the_ask_form_and_preview(client, member, payload):
    client.force_login(member)
    data = {
        "title": f"A question about {payload}"[:150],
        "body": f"Details {payload} " * 3,
        "board": "dating",
        "tags": "safe",
        "preview": "1",
    }
    page = client.post("/questions/ask/", data).content.decode()
    assert executable_content(page) == []
