"""Three kinds of board, with machina's own permissions deciding who starts and replies."""

import pytest
from machina.apps.forum_permission.models import GroupForumPermission, UserForumPermission

from forum.models import Board
from forum.permissions import can_reply, can_start_topic
from forum.services import add_post, setup_forums, start_topic
from tests.factories import UserFactory


def board(slug):
    return Board.objects.select_related("forum").get(slug=slug)


@pytest.mark.django_db
def test_setup_forums_is_idempotent():
    first = setup_forums()
    counts = (
        Board.objects.count(),
        UserForumPermission.objects.count(),
        GroupForumPermission.objects.count(),
    )
    second = setup_forums()
    assert first == second
    assert counts == (
        Board.objects.count(),
        UserForumPermission.objects.count(),
        GroupForumPermission.objects.count(),
    )
    assert Board.objects.filter(kind="ask").count() == 7
    assert Board.objects.filter(kind="articles").count() == 1
    assert Board.objects.filter(kind="community").count() == 3


@pytest.mark.django_db
def test_ask_board_members_start_only_specialists_reply(member, specialist):
    ask = board("dating")
    assert can_start_topic(member, ask.forum)
    topic = start_topic(forum=ask.forum, poster=member, subject="First date nerves?", content="..")
    assert not can_reply(member, topic)
    assert can_reply(specialist, topic)


@pytest.mark.django_db
def test_articles_only_specialists_start_members_comment(member, specialist):
    articles = board("articles")
    assert not can_start_topic(member, articles.forum)
    assert can_start_topic(specialist, articles.forum)
    topic = start_topic(forum=articles.forum, poster=specialist, subject="On repair", content="..")
    assert can_reply(member, topic)


@pytest.mark.django_db
def test_community_members_start_and_reply(member, other_member):
    general = board("general")
    assert can_start_topic(member, general.forum)
    topic = start_topic(forum=general.forum, poster=member, subject="Hello all", content="Hi")
    assert can_reply(other_member, topic)


@pytest.mark.django_db
def test_member_cannot_start_an_article_through_machinas_page(client, member):
    articles = board("articles")
    client.force_login(member)
    url = f"/forum/forum/{articles.forum.slug}-{articles.forum.pk}/topic/create/"
    assert client.get(url).status_code == 403


@pytest.mark.django_db
def test_member_cannot_reply_in_an_ask_board_through_machinas_page(client, member, question):
    client.force_login(UserFactory())
    topic = question.topic
    url = (
        f"/forum/forum/{topic.forum.slug}-{topic.forum.pk}/topic/"
        f"{topic.slug}-{topic.pk}/post/create/"
    )
    response = client.post(url, {"subject": "Re", "content": "I think you should..."})
    assert response.status_code == 403
    assert topic.posts.count() == 1


@pytest.mark.django_db
def test_visitor_reads_every_kind_of_board(client, member, specialist):
    general = board("general")
    start_topic(forum=general.forum, poster=member, subject="Community hello", content="Hi all")
    articles = board("articles")
    topic = start_topic(forum=articles.forum, poster=specialist, subject="On repair", content="x")
    add_post(topic=topic, poster=member, content="Thank you for this")
    index = client.get("/forum/").content.decode()
    for name in ["Dating", "Articles", "General discussion", "Your stories"]:
        assert name in index
    page = client.get(f"/forum/forum/{general.forum.slug}-{general.forum.pk}/").content.decode()
    assert "Community hello" in page
    url = f"/forum/forum/{articles.forum.slug}-{articles.forum.pk}/topic/{topic.slug}-{topic.pk}/"
    page = client.get(url).content.decode()
    assert "On repair" in page and "Thank you for this" in page


@pytest.mark.django_db
def test_ask_board_page_redirects_to_its_category(client, boards):
    dating = board("dating")
    response = client.get(f"/forum/forum/{dating.forum.slug}-{dating.forum.pk}/")
    assert response.status_code == 301 and response.url == "/categories/dating/"


@pytest.mark.django_db
def test_machina_topic_page_of_a_question_redirects_to_the_question(client, question):
    topic = question.topic
    url = f"/forum/forum/{topic.forum.slug}-{topic.forum.pk}/topic/{topic.slug}-{topic.pk}/"
    response = client.get(url)
    assert response.status_code == 301 and response.url == question.get_absolute_url()
