"""The one review queue: tabs with counts, priority order, grouping per target, claims."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from forum import services as board_services
from moderation import queues, selectors, services
from moderation.models import ReviewItem
from tests import factories
from tests.moderation_helpers import answered_question, board, community_topic, text


def positions(page: str, *needles: str) -> list[int]:
    found = [page.find(needle) for needle in needles]
    assert all(p >= 0 for p in found), list(zip(needles, found, strict=True))
    return found


@pytest.mark.django_db
def test_a_crisis_post_outranks_five_spam_flags(client, boards, member, specialist, moderator):
    spammy = answered_question(member, specialist, title="Is it okay to date a coworker at all?")
    for _ in range(5):
        services.flag(flagger=factories.UserFactory(), target=spammy[1].post, reason="spam")
    crisis = factories.make_question(
        factories.UserFactory(),
        title="I don't know who else to tell about this",
        body="Since she left I have been thinking about killing myself every night.",
    )
    client.force_login(moderator)
    page = text(client.get(reverse("moderation:queue")))
    crisis_at, spam_at = positions(
        page, "I don&#x27;t know who else to tell", "Is it okay to date a coworker"
    )
    assert crisis_at < spam_at
    assert "Crisis language" in page
    assert selectors.queue()[0]["target"].obj == crisis.topic.first_post


@pytest.mark.django_db
def test_order_is_at_risk_then_most_flaggers_then_oldest(boards, member, specialist):
    def answer(title):
        return answered_question(member, specialist, title=title)[1].post

    old_one_flag, new_one_flag, two_flags, at_risk = (
        answer(f"Question number {n} about trust and time?") for n in range(4)
    )
    services.flag(flagger=factories.UserFactory(), target=old_one_flag, reason="spam")
    services.flag(flagger=factories.UserFactory(), target=new_one_flag, reason="spam")
    for _ in range(2):
        services.flag(flagger=factories.UserFactory(), target=two_flags, reason="off_topic")
    services.flag(flagger=factories.UserFactory(), target=at_risk, reason="at_risk")
    order = [row["target"].obj for row in selectors.queue()]
    assert order == [at_risk, two_flags, old_one_flag, new_one_flag]


@pytest.mark.django_db
def test_one_row_per_target_with_every_reason_and_note(client, boards, member, moderator):
    topic = community_topic(member)
    post = topic.first_post
    services.flag(flagger=factories.UserFactory(), target=post, reason="spam", note="Ad link")
    services.flag(flagger=factories.UserFactory(), target=post, reason="other", note="Copied text")
    client.force_login(moderator)
    page = text(client.get(reverse("moderation:queue")))
    assert page.count('data-queue-item="forum_conversation.post:') == 1
    assert "Ad link" in page and "Copied text" in page
    assert "2 members" in page


@pytest.mark.django_db
def test_tabs_and_header_count(client, boards, member, moderator, applicant):
    general = board("general")
    board_services.start_topic(
        forum=general.forum,
        poster=member,
        subject="Waiting",
        content="Needs approval",
        approved=False,
    )
    services.flag(
        flagger=factories.UserFactory(), target=community_topic(member).first_post, reason="spam"
    )
    client.force_login(moderator)
    page = text(client.get(reverse("moderation:queue")))
    assert "Flags" in page and "Awaiting approval" in page
    counts = {tab.key: tab.count() for tab in queues.tabs()}
    assert counts["flags"] == 1 and counts["approval"] == 1
    total = sum(counts.values())
    assert f'aria-label="Review queue, {total} waiting"' in page
    if "applications" in counts:  # registered by profiles
        assert "Specialist applications" in page


@pytest.mark.django_db
def test_awaiting_approval_lists_new_posts_not_hidden_ones(client, boards, member, moderator):
    general = board("general")
    waiting = board_services.start_topic(
        forum=general.forum, poster=member, subject="New here", content="Hello all", approved=False
    )
    hidden = community_topic(member, subject="Hidden one", content="Something rude")
    services.hide(moderator=moderator, target=hidden.first_post, reason="Rude to another member.")
    client.force_login(moderator)
    page = text(client.get(reverse("moderation:approval")))
    assert "New here" in page
    assert "Hidden one" not in page
    assert list(selectors.awaiting_approval()) == [waiting.first_post]


@pytest.mark.django_db
def test_members_do_not_see_the_queue_link(client, member, moderator):
    client.force_login(member)
    assert "Review queue" not in text(client.get("/"))
    client.force_login(moderator)
    assert "Review queue" in text(client.get("/"))


@pytest.mark.django_db
def test_a_claimed_item_is_not_acted_on_by_another_moderator(client, boards, member, moderator):
    other_moderator = factories.make_moderator()
    post = community_topic(member).first_post
    services.flag(flagger=factories.UserFactory(), target=post, reason="spam")
    item = ReviewItem.objects.get()
    services.claim(moderator=moderator, item=item)
    with pytest.raises(ValidationError, match="already working on this"):
        services.claim(moderator=other_moderator, item=item)
    with pytest.raises(ValidationError, match="already working on this"):
        services.dismiss(moderator=other_moderator, target=post, reason="Looks fine to me.")

    client.force_login(other_moderator)
    page = text(client.get(reverse("moderation:queue")))
    assert f"{moderator.public_name} is on this" in page

    services.release(moderator=moderator, item=item)
    services.claim(moderator=other_moderator, item=item)
    services.dismiss(moderator=other_moderator, target=post, reason="Looks fine to me.")


@pytest.mark.django_db
def test_a_stale_claim_lapses(settings, boards, member, moderator):
    settings.HAVEN_CLAIM_MINUTES = 0
    other_moderator = factories.make_moderator()
    post = community_topic(member).first_post
    services.flag(flagger=factories.UserFactory(), target=post, reason="spam")
    item = ReviewItem.objects.get()
    services.claim(moderator=moderator, item=item)
    services.claim(moderator=other_moderator, item=item)
    item.refresh_from_db()
    assert item.claimed_by == other_moderator


@pytest.mark.django_db
def test_claim_through_the_page(client, boards, member, moderator):
    post = community_topic(member).first_post
    services.flag(flagger=factories.UserFactory(), target=post, reason="spam")
    item = ReviewItem.objects.get()
    client.force_login(moderator)
    response = client.post(reverse("moderation:claim", args=[item.pk]), follow=True)
    assert "You are on this" in text(response)
    item.refresh_from_db()
    assert item.claimed_by == moderator


@pytest.mark.django_db
def test_queue_page_query_count_does_not_grow_with_items(client, boards, member, moderator):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def flagged(n):
        for i in range(n):
            post = community_topic(member, subject=f"Topic {i} of {n}").first_post
            services.flag(flagger=factories.UserFactory(), target=post, reason="spam")

    client.force_login(moderator)
    flagged(2)
    client.get(reverse("moderation:queue"))
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("moderation:queue"))
    flagged(10)
    with CaptureQueriesContext(connection) as many:
        client.get(reverse("moderation:queue"))
    assert len(many) == len(few)
