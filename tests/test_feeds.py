"""Atom feeds of questions and of a specialist's answers: hidden content and anonymous askers
never appear in them."""

import xml.etree.ElementTree as ET

import pytest

from tests import factories

ATOM = "{http://www.w3.org/2005/Atom}"


def entries(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)  # noqa: S314 - our own feed, in a test
    return [
        {
            "title": e.find(f"{ATOM}title").text,
            "author": e.find(f"{ATOM}author/{ATOM}name").text,
            "body": e.find(f"{ATOM}summary").text or "",
        }
        for e in root.findall(f"{ATOM}entry")
    ], response.content.decode()


@pytest.fixture
def content(member, specialist):
    signed = factories.make_question(
        member, title="How do we share chores fairly at home?", board="marriage", tags=["chores"]
    )
    secret = factories.make_question(
        factories.UserFactory(username="quiet_asker", display_name="Quiet Asker"),
        title="Is it normal to miss him even though he was unkind?",
        anonymous=True,
        board="breakups",
        tags=["chores"],
    )
    hidden = factories.make_question(
        member, title="A question a moderator has hidden now?", board="marriage", tags=["chores"]
    )
    hidden.topic.approved = False
    hidden.topic.save()
    factories.make_answer(signed, specialist, body="Write the list together, then swap it.")
    return signed, secret, hidden


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/feeds/questions/", "/feeds/categories/marriage/", "/feeds/tags/chores/"]
)
def test_question_feeds(client, content, url):
    signed, secret, hidden = content
    items, raw = entries(client, url)
    titles = [item["title"] for item in items]
    assert signed.topic.subject in titles
    assert hidden.topic.subject not in titles
    assert "quiet_asker" not in raw and "Quiet Asker" not in raw
    if secret.topic.subject in titles:
        assert items[titles.index(secret.topic.subject)]["author"] == "Anonymous"
    mine = items[titles.index(signed.topic.subject)]
    assert mine["author"] == signed.topic.poster.public_name
    assert "<script" not in raw


@pytest.mark.django_db
def test_specialist_answers_feed(client, content, specialist):
    items, _ = entries(client, f"/feeds/members/{specialist.username}/answers/")
    assert [i["title"] for i in items] == ["Answer to: How do we share chores fairly at home?"]
    assert "Write the list together" in items[0]["body"]
    assert items[0]["author"] == specialist.public_name


@pytest.mark.django_db
def test_unknown_feed_objects_are_404(client, boards):
    assert client.get("/feeds/categories/articles/").status_code == 404
    assert client.get("/feeds/tags/nothing-here/").status_code == 404
