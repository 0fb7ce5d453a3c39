"""seed_demo builds a believable site, and running it twice changes nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from machina.apps.forum_conversation.models import Post, Topic

from forum.models import Board
from profiles.models import SpecialistProfile
from questions.models import Answer, Article, Question, Vote


def counts():
    return {
        "users": get_user_model().objects.count(),
        "specialists": SpecialistProfile.objects.filter(status="verified").count(),
        "questions": Question.objects.count(),
        "answers": Answer.objects.count(),
        "articles": Article.objects.count(),
        "topics": Topic.objects.count(),
        "posts": Post.objects.count(),
        "votes": Vote.objects.count(),
        "boards": Board.objects.count(),
    }


@pytest.mark.django_db
def test_seed_demo_is_believable_and_idempotent(client):
    call_command("seed_demo", verbosity=0)
    first = counts()
    assert first["specialists"] >= 6
    assert first["questions"] >= 40
    assert first["answers"] >= 40
    assert first["articles"] >= 3
    assert Question.objects.filter(is_anonymous=True).exists()
    assert Question.objects.filter(answer_count=0).exists()
    for board in Board.objects.filter(kind="ask"):
        assert Question.objects.filter(topic__forum=board.forum).count() >= 5, board.slug
    # Demo logins work.
    assert client.login(username="sam", password="haven-demo-2026")
    call_command("seed_demo", verbosity=0)
    assert counts() == first
    home = client.get("/").content.decode()
    assert "Free first consultation" in home
