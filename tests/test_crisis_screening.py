"""A new or edited post with crisis language: help banner at once, top of the review queue."""

import pytest

from moderation import selectors, services
from moderation.models import Flag, ReviewItem, Screening
from tests import factories
from tests.moderation_helpers import community_topic, reply, text, topic_page

CRISIS_BODY = "Since he left I keep thinking about killing myself. I don't know who to tell."


@pytest.fixture
def crisis_question(member):
    return factories.make_question(
        member, title="I don't know who else to tell about this", body=CRISIS_BODY
    )


@pytest.mark.django_db
def test_crisis_question_enters_the_queue_at_top_priority(crisis_question):
    item = ReviewItem.objects.get()
    assert item.crisis and item.urgent
    flag = Flag.objects.get()
    assert (flag.source, flag.reason, flag.flagger) == ("crisis", "at_risk", None)
    assert "killing myself" in flag.note
    assert selectors.queue()[0]["target"].obj == crisis_question.topic.first_post


@pytest.mark.django_db
def test_readers_see_a_calm_help_banner(client, crisis_question):
    page = text(client.get(crisis_question.get_absolute_url()))
    assert "If this is close to home, help is here" in page
    assert "call your local emergency number" in page
    assert "116 123" in page and "13 11 14" in page and "988" in page
    assert 'href="tel:116123"' in page
    assert "Domestic Violence Hotline" not in page  # only lines for what was found


@pytest.mark.django_db
def test_the_author_sees_words_for_them(client, member, crisis_question):
    client.force_login(member)
    page = text(client.get(crisis_question.get_absolute_url()))
    assert "You are not alone, and help is here right now" in page


@pytest.mark.django_db
def test_ordinary_posts_have_no_banner_and_no_screening_row(client, question):
    assert "help-banner" not in text(client.get(question.get_absolute_url()))
    assert not Screening.objects.exists() and not ReviewItem.objects.exists()


@pytest.mark.django_db
def test_abuse_shows_abuse_lines(client, member):
    found = factories.make_question(
        member,
        title="My husband hit me again last night",
        body="He hit me again and I am scared to go home after work.",
    )
    page = text(client.get(found.get_absolute_url()))
    assert "National Domestic Violence Hotline" in page


@pytest.mark.django_db
def test_an_edit_is_screened_again(member, question):
    post = question.topic.first_post
    assert not Screening.objects.exists()
    post.content = "Honestly I just want to die, nothing helps any more."
    post.save()
    assert Screening.objects.get().shows_help
    post.content = "Things are better now, thank you all for listening."
    post.save()
    assert not Screening.objects.get().shows_help


@pytest.mark.django_db
def test_a_board_reply_gets_the_banner_on_machinas_topic_page(client, member, other_member):
    topic = community_topic(member)
    reply(topic, other_member, content="My stepdad hits my little brother and me every weekend.")
    assert ReviewItem.objects.get().crisis
    url = topic_page(topic)
    page = text(client.get(url))
    assert page.count("data-help-banner") == 1
    assert "National Domestic Violence Hotline" in page


@pytest.mark.django_db
def test_a_moderator_can_clear_a_false_alarm(client, moderator, crisis_question):
    post = crisis_question.topic.first_post
    services.clear_help_banner(
        moderator=moderator, target=post, reason="Song lyrics, not a crisis."
    )
    client.logout()
    assert "help-banner" not in text(client.get(crisis_question.get_absolute_url()))
    # The same text saved again does not bring it back; new crisis words would.
    post.save()
    assert not Screening.objects.get().shows_help
