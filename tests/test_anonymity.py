"""An anonymous asker never appears anywhere the public (or another member) can look."""

import pytest
from haystack.query import SearchQuerySet

from forum.permissions import can_see_real_poster
from questions.models import Question
from tests import factories

TITLE = "Is it wrong that I still check my former partner profile every night?"


@pytest.fixture
def secret(boards, search_index):
    asker = factories.UserFactory(username="hidden_hannah", display_name="Hannah Quietly")
    question = factories.make_question(
        asker,
        title=TITLE,
        body="It has been four months and I still look every night.",
        tags=["no-contact"],
        anonymous=True,
        board="breakups",
    )
    factories.make_answer(question, body="Checking is a way of staying close to the loss. " * 2)
    search_index()
    return asker, question


def tell_tales(asker):
    return [
        asker.username,
        asker.display_name,
        asker.email,
        f"/members/{asker.username}/",
        f"/forum/member/profile/{asker.pk}/",
        f'data-user="{asker.pk}"',
    ]


def assert_hidden(text, asker, where):
    for tale in tell_tales(asker):
        assert tale not in text, f"{tale!r} leaks on {where}"


@pytest.mark.django_db
def test_no_public_page_names_the_anonymous_asker(client, secret, other_member):
    asker, question = secret
    topic = question.topic
    pages = [
        question.get_absolute_url(),
        "/",
        "/questions/",
        "/questions/unanswered/",
        "/categories/breakups/",
        "/questions/tagged/no-contact/",
        "/search/?q=profile+every+night",
        "/questions/similar/?q=check+my+ex+profile",
        "/forum/",
        "/forum/feeds/topics/",
        f"/forum/feeds/forum/{topic.forum.slug}-{topic.forum.pk}/topics/",
        asker.get_absolute_url(),
    ]
    for viewer in (None, other_member):
        if viewer:
            client.force_login(viewer)
        for url in pages:
            response = client.get(url, follow=True)
            assert response.status_code == 200, url
            text = response.content.decode()
            if url != asker.get_absolute_url():
                assert_hidden(text, asker, url)
    question_page = client.get(question.get_absolute_url()).content.decode()
    assert "Anonymous" in question_page and "avatar-anonymous" in question_page
    assert TITLE in client.get("/questions/").content.decode()


@pytest.mark.django_db
def test_anonymous_question_is_absent_from_the_askers_public_profile(client, secret):
    asker, question = secret
    public = factories.make_question(asker, title="What is a good first-date question?")
    page = client.get(asker.get_absolute_url()).content.decode()
    assert public.topic.subject in page
    assert TITLE not in page


@pytest.mark.django_db
def test_machina_member_pages_redirect_to_the_public_profile(client, secret):
    asker, _ = secret
    for url in (f"/forum/member/profile/{asker.pk}/", f"/forum/member/profile/{asker.pk}/posts/"):
        response = client.get(url, follow=True)
        assert TITLE not in response.content.decode()


@pytest.mark.django_db
def test_no_search_index_field_holds_the_asker(secret):
    asker, question = secret
    results = SearchQuerySet().models(Question).filter(content="every night")
    assert [int(r.pk) for r in results] == [question.pk]
    stored = repr(results[0].get_stored_fields()) + repr(results[0].get_additional_fields())
    assert_hidden(stored, asker, "the search index")


@pytest.mark.django_db
def test_the_real_poster_stays_stored_and_only_moderators_may_see_it(secret, moderator):
    asker, question = secret
    assert question.topic.poster == asker
    assert question.topic.first_post.poster == asker
    assert can_see_real_poster(moderator)
    assert not can_see_real_poster(asker.__class__.objects.exclude(pk=moderator.pk).first())


@pytest.mark.django_db
def test_the_asker_can_still_manage_their_anonymous_question(client, secret):
    asker, question = secret
    answer = question.answers.get()
    client.force_login(asker)
    page = client.get(question.get_absolute_url()).content.decode()
    assert "Mark as helpful" in page
    client.post(f"/questions/{question.pk}/helped/", {"answer": answer.pk})
    question.refresh_from_db()
    assert question.helped_answer == answer
