"""``seed_bench``: the benchmark's data looks like a living site — answers with a long tail,
votes behind every score, board threads, and members' reports in the moderators' queue."""

import pytest
from django.core.management import call_command
from django.db.models import Sum

from moderation.models import Flag, ReviewItem
from questions.models import Answer, Question, Vote
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded():
    call_command("seed_bench", questions=1200, no_index=True, verbosity=0)


def test_questions_answers_and_votes_add_up(seeded):
    assert Question.objects.count() == 1200
    answers = Answer.objects.count()
    assert answers > 1200  # most questions have 1–3 answers, a few dozens
    assert Question.objects.filter(answer_count=0).exists()
    assert (
        Answer.objects.aggregate(total=Sum("score"))["total"]
        == Vote.objects.aggregate(total=Sum("value"))["total"]
    )


def test_members_reports_wait_in_the_queue_and_the_moderator_sees_them(seeded, client):
    open_items = ReviewItem.objects.filter(status=ReviewItem.Status.OPEN)
    assert open_items.exists()
    assert ReviewItem.objects.filter(status=ReviewItem.Status.RESOLVED).exists()
    for item in ReviewItem.objects.all():
        flaggers = list(item.flags.values_list("flagger_id", flat=True))
        assert len(flaggers) == len(set(flaggers)) == item.flag_count
        assert item.urgent == item.flags.filter(reason=Flag.Reason.AT_RISK).exists()
    client.force_login(factories.make_moderator())
    page = client.get("/moderation/")
    assert page.status_code == 200
    assert page.content.decode().count('class="queue-row') >= min(open_items.count(), 20)


def test_seeding_again_to_the_same_count_adds_nothing(seeded):
    items = ReviewItem.objects.count()
    call_command("seed_bench", questions=1200, no_index=True, verbosity=0)
    assert Question.objects.count() == 1200
    assert ReviewItem.objects.count() == items
