"""Every public page renders for a visitor with real content; guarded pages send to login."""

import pytest
from django.urls import reverse

from forum.models import Board
from forum.services import add_post, start_topic
from tests import factories


@pytest.fixture
def site(member, specialist):
    question = factories.make_question(
        member,
        title="Should I text him after three weeks of silence?",
        body="We dated for a year. He went quiet after an argument.",
        tags=["no-contact"],
    )
    factories.make_answer(question, specialist, body="Silence after conflict is often fear.")
    anonymous = factories.make_question(
        member,
        title="Is it normal to feel relieved after a divorce?",
        body="I feel guilty for feeling light.",
        anonymous=True,
        board="divorce",
    )
    general = Board.objects.select_related("forum").get(slug="general")
    thread = start_topic(
        forum=general.forum,
        poster=member,
        subject="What helped you heal?",
        content="Share one small thing.",
    )
    add_post(topic=thread, poster=specialist, content="Walking, every day.")
    return {"question": question, "anonymous": anonymous, "thread": thread}


def get_text(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.django_db
def test_home_shows_questions_categories_and_featured_slot(client, site):
    page = get_text(client, "/")
    assert "Should I text him after three weeks of silence?" in page
    assert "Is it normal to feel relieved after a divorce?" in page
    assert "Breakups &amp; Reconnecting" in page
    assert "Ask your question" in page
    assert "not a substitute for professional care" in page


@pytest.mark.django_db
def test_question_page_shows_question_answer_and_specialist(client, site, specialist):
    question = site["question"]
    page = get_text(client, question.get_absolute_url())
    assert "<title>Should I text him after three weeks of silence? — Haven</title>" in page
    assert "He went quiet after an argument." in page
    assert "Silence after conflict is often fear." in page
    assert specialist.public_name in page
    assert "Verified specialist" in page
    assert "Only verified specialists answer questions here." in page


@pytest.mark.django_db
def test_lists_category_tag_unanswered_and_search_pages(client, site, search_index):
    search_index()
    assert "three weeks of silence" in get_text(client, "/questions/")
    assert "three weeks of silence" in get_text(client, "/categories/breakups/")
    assert "three weeks of silence" in get_text(client, "/questions/tagged/no-contact/")
    unanswered = get_text(client, "/questions/unanswered/")
    assert "relieved after a divorce" in unanswered
    assert "three weeks of silence" not in unanswered
    assert "three weeks of silence" in get_text(client, "/search/?q=silence")


@pytest.mark.django_db
def test_boards_member_page_and_auth_pages(client, site, member):
    assert "General discussion" in get_text(client, "/forum/")
    thread = site["thread"]
    url = f"/forum/forum/{thread.forum.slug}-{thread.forum.pk}/topic/{thread.slug}-{thread.pk}/"
    page = get_text(client, url)
    assert "What helped you heal?" in page and "Walking, every day." in page
    assert member.public_name in get_text(client, member.get_absolute_url())
    assert "Log in" in get_text(client, "/accounts/login/")
    assert "Create your account" in get_text(client, "/accounts/signup/")
    assert "Reset your password" in get_text(client, "/accounts/password/reset/")


@pytest.mark.django_db
def test_unknown_pages_are_a_friendly_404(client, boards):
    response = client.get("/questions/999999/nothing/")
    assert response.status_code == 404
    assert "We could not find that page" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    ["/questions/ask/", "/accounts/settings/", "/accounts/password/change/"],
)
def test_guarded_pages_send_a_visitor_to_login_and_back(client, boards, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response.url == f"{reverse('login')}?next={url}"


@pytest.mark.django_db
def test_login_returns_to_where_the_visitor_was(client, member):
    response = client.post(
        "/accounts/login/?next=/questions/ask/",
        {"username": member.username, "password": factories.PASSWORD, "next": "/questions/ask/"},
    )
    assert response.status_code == 302 and response.url == "/questions/ask/"
