"""Following questions, categories and tags: buttons on the pages, the Following page,
the asker's automatic follow, and a specialist's one-click "follow my fields"."""

import pytest

from forum.models import Board
from questions import follows
from questions.models import Follow, Tag
from tests import factories


def follow_form_action(page: str, action_path: str) -> bool:
    return f'action="{action_path}"' in page


@pytest.mark.django_db
def test_the_asker_follows_their_question_automatically(member):
    question = factories.make_question(member, anonymous=True)
    assert follows.is_following(member, question=question)
    assert list(follows.question_followers(question)) == [member]


@pytest.mark.django_db
def test_follow_and_unfollow_a_question_from_its_page(client, member, other_member, question):
    client.force_login(other_member)
    url = question.get_absolute_url()
    page = client.get(url).content.decode()
    assert "Follow this question" in page and "Following this question" not in page

    response = client.post(
        f"/follow/questions/{question.pk}/", {"action": "follow", "next": url}, follow=True
    )
    assert response.redirect_chain[-1][0] == url
    page = response.content.decode()
    assert "Following this question" in page
    assert "You follow this question now" in page
    assert follows.is_following(other_member, question=question)

    page = client.post(
        f"/follow/questions/{question.pk}/", {"action": "unfollow", "next": url}, follow=True
    ).content.decode()
    assert "You no longer follow this question" in page
    assert "Follow this question" in page and "Following this question" not in page
    assert not follows.is_following(other_member, question=question)


@pytest.mark.django_db
def test_following_twice_keeps_one_follow(client, other_member, question):
    client.force_login(other_member)
    for _ in range(2):
        client.post(f"/follow/questions/{question.pk}/", {"action": "follow"})
    assert Follow.objects.filter(user=other_member, question=question).count() == 1


@pytest.mark.django_db
def test_follow_a_category_and_a_tag_from_their_pages(client, member, question):
    client.force_login(member)
    page = client.get("/categories/breakups/").content.decode()
    assert follow_form_action(page, "/follow/categories/breakups/")
    assert "Follow this category" in page
    page = client.post(
        "/follow/categories/breakups/",
        {"action": "follow", "next": "/categories/breakups/"},
        follow=True,
    ).content.decode()
    assert "Following this category" in page

    page = client.get("/questions/tagged/space/").content.decode()
    assert "Follow this tag" in page
    page = client.post(
        "/follow/tags/space/", {"action": "follow", "next": "/questions/tagged/space/"}, follow=True
    ).content.decode()
    assert "Following this tag" in page

    board = Board.objects.get(slug="breakups")
    assert follows.is_following(member, board=board)
    assert follows.is_following(member, tag=Tag.objects.get(name="space"))


@pytest.mark.django_db
def test_the_following_page_lists_everything_and_unfollows(client, member, question):
    board = Board.objects.get(slug="family")
    follows.follow(user=member, board=board)
    follows.follow(user=member, tag=Tag.objects.get(name="space"))
    client.force_login(member)
    page = client.get("/following/").content.decode()
    assert question.topic.subject in page
    assert "Family" in page and ">space<" in page

    page = client.post(
        "/follow/categories/family/", {"action": "unfollow", "next": "/following/"}, follow=True
    ).content.decode()
    assert "You no longer follow the category Family" in page
    assert not follows.is_following(member, board=board)
    page = client.post(
        "/follow/tags/space/", {"action": "unfollow", "next": "/following/"}, follow=True
    ).content.decode()
    assert "No tags yet" in page
    client.post(f"/follow/questions/{question.pk}/", {"action": "unfollow"})
    assert "You follow no question yet" in client.get("/following/").content.decode()


@pytest.mark.django_db
def test_a_specialist_follows_their_fields_in_one_click(client, specialist):
    profile = specialist.specialist
    fields = [Board.objects.get(slug="breakups"), Board.objects.get(slug="family")]
    profile.specialisations.set(fields)
    client.force_login(specialist)
    page = client.get("/following/").content.decode()
    assert "Follow my fields" in page
    assert "Breakups" in page and "Family" in page
    page = client.post("/following/my-fields/", follow=True).content.decode()
    assert "You follow your fields now" in page
    assert "Follow my fields" not in page  # nothing left to follow
    assert all(follows.is_following(specialist, board=board) for board in fields)
    assert "Follow your fields" in client.get("/questions/unanswered/").content.decode()


@pytest.mark.django_db
def test_members_without_fields_cannot_follow_fields(client, member):
    client.force_login(member)
    page = client.get("/following/").content.decode()
    assert "Follow my fields" not in page
    page = client.post("/following/my-fields/", follow=True).content.decode()
    assert "Only verified specialists have fields to follow" in page
    assert not Follow.objects.filter(user=member).exists()


@pytest.mark.django_db
def test_visitors_are_sent_to_log_in_and_back(client, question):
    url = question.get_absolute_url()
    page = client.get(url).content.decode()
    assert f'href="/accounts/login/?next={url}">Follow this question</a>' in page
    response = client.post(f"/follow/questions/{question.pk}/", {"action": "follow"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert list(Follow.objects.values_list("user", flat=True)) == [question.topic.poster_id]


@pytest.mark.django_db
def test_only_ask_categories_and_visible_questions_can_be_followed(client, member, question):
    client.force_login(member)
    assert client.post("/follow/categories/general/", {"action": "follow"}).status_code == 404
    question.topic.approved = False
    question.topic.save()
    assert client.post(f"/follow/questions/{question.pk}/", {"action": "follow"}).status_code == 404
    assert client.get("/follow/questions/1/").status_code == 405  # a POST-only action


@pytest.mark.django_db
def test_next_must_stay_on_this_site(client, other_member, question):
    client.force_login(other_member)
    response = client.post(
        f"/follow/questions/{question.pk}/",
        {"action": "follow", "next": "https://evil.example/"},
    )
    assert response["Location"] == question.get_absolute_url()
