"""Notifications: who hears about what, that nothing names an *Anonymous* asker, the bell and
the list page. E-mail delivery and preferences are in test_email.py."""

import pytest
from django.core import mail

from forum.models import Board
from moderation import notify as moderation_notify
from profiles import email_preferences
from profiles.models import Notification
from questions import follows, services
from questions.models import Tag
from tests import factories

SECRET_NAME = "Quinn Hiddenperson"
SECRET_USERNAME = "quinn_hidden"


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    """Run the code and then the after-commit callbacks (notifications, e-mails)."""

    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return run


@pytest.fixture
def anonymous_asker(boards):
    return factories.UserFactory(username=SECRET_USERNAME, display_name=SECRET_NAME)


def messages_of(user) -> list[str]:
    return list(Notification.objects.filter(user=user).values_list("message", flat=True))


def assert_never_named(text: str) -> None:
    assert SECRET_NAME not in text and SECRET_USERNAME not in text


# --- New answers --------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_new_answer_tells_followers_but_not_its_author(run_on_commit, member, other_member):
    question = factories.make_question(member)
    specialist = factories.make_specialist(display_name="Dr Ana Reyes")
    follows.follow(user=other_member, question=question)
    follows.follow(user=specialist, question=question)  # an answerer who also follows

    answer = run_on_commit(factories.make_answer, question, specialist)

    asker_note = member.notifications.get(kind="answer")
    assert asker_note.message.startswith("Dr Ana Reyes answered your question")
    assert asker_note.url == f"{question.get_absolute_url()}#answer-{answer.pk}"
    follower_note = other_member.notifications.get(kind="answer")
    assert "answered a question you follow" in follower_note.message
    assert question.topic.subject in follower_note.message
    assert not specialist.notifications.filter(kind="answer").exists()
    assert sorted(m.to[0] for m in mail.outbox) == sorted([member.email, other_member.email])


@pytest.mark.django_db
def test_an_unfollowed_question_tells_nobody(run_on_commit, member):
    question = factories.make_question(member)
    follows.unfollow(user=member, question=question)
    run_on_commit(factories.make_answer, question)
    assert not Notification.objects.filter(kind="answer").exists()


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_answer_tells_nobody(boards, member):
    from django.db import transaction

    question = factories.make_question(member)
    specialist = factories.make_specialist()
    with pytest.raises(RuntimeError), transaction.atomic():
        factories.make_answer(question, specialist)
        raise RuntimeError("the request failed after the answer was written")
    assert not Notification.objects.filter(kind="answer").exists()
    assert mail.outbox == []


# --- "This helped" ------------------------------------------------------------------------


@pytest.mark.django_db
def test_marking_an_answer_helpful_tells_its_author_once(run_on_commit, anonymous_asker):
    question = factories.make_question(anonymous_asker, anonymous=True)
    specialist = factories.make_specialist()
    answer = factories.make_answer(question, specialist)

    run_on_commit(services.mark_helped, user=anonymous_asker, answer=answer, question=question)
    note = specialist.notifications.get(kind="helpful")
    assert "marked your answer as the one that helped" in note.message
    assert_never_named(note.message)
    question.refresh_from_db()
    # Marking the same answer again is no news; removing the mark tells nobody.
    run_on_commit(services.mark_helped, user=anonymous_asker, answer=answer, question=question)
    run_on_commit(services.mark_helped, user=anonymous_asker, answer=None, question=question)
    assert specialist.notifications.filter(kind="helpful").count() == 1


# --- Vote milestones ----------------------------------------------------------------------


@pytest.mark.django_db
def test_vote_milestones_are_told_once_each(run_on_commit, member):
    question = factories.make_question(member)
    specialist = factories.make_specialist()
    answer = factories.make_answer(question, specialist)
    voters = [factories.UserFactory() for _ in range(6)]

    run_on_commit(services.cast_vote, user=voters[0], post=answer.post, value=1)
    assert specialist.notifications.get(kind="vote_milestone").message.endswith(
        "received its first up-vote."
    )
    # Down to 0 and up to 1 again: no second "first up-vote".
    run_on_commit(services.cast_vote, user=voters[0], post=answer.post, value=0)
    run_on_commit(services.cast_vote, user=voters[0], post=answer.post, value=1)
    for voter in voters[1:5]:
        run_on_commit(services.cast_vote, user=voter, post=answer.post, value=1)
    messages = messages_of(specialist)
    assert len([m for m in messages if "first up-vote" in m]) == 1
    assert len([m for m in messages if "reached a score of 5" in m]) == 1
    # 5 → 4 → 5: still told about 5 only once.
    run_on_commit(services.cast_vote, user=voters[4], post=answer.post, value=-1)
    run_on_commit(services.cast_vote, user=voters[4], post=answer.post, value=1)
    assert len([m for m in messages_of(specialist) if "score of 5" in m]) == 1


@pytest.mark.django_db
def test_a_question_milestone_reaches_its_anonymous_asker(run_on_commit, anonymous_asker):
    question = factories.make_question(anonymous_asker, anonymous=True)
    run_on_commit(
        services.cast_vote, user=factories.UserFactory(), post=question.topic.first_post, value=1
    )
    note = anonymous_asker.notifications.get(kind="vote_milestone")
    assert note.message.startswith("Your question")
    assert note.url == question.get_absolute_url()


# --- New questions in followed categories and tags -----------------------------------------


@pytest.mark.django_db
def test_a_new_question_tells_category_and_tag_followers_once(
    run_on_commit, specialist, member, anonymous_asker
):
    breakups = Board.objects.get(slug="breakups")
    tag = Tag.objects.create(name="jealousy")
    follows.follow(user=specialist, board=breakups)
    follows.follow(user=specialist, tag=tag)  # both: still one notification
    follows.follow(user=member, tag=tag)
    elsewhere = factories.UserFactory()
    follows.follow(user=elsewhere, board=Board.objects.get(slug="family"))

    question = run_on_commit(
        factories.make_question,
        anonymous_asker,
        anonymous=True,
        tags=["jealousy"],
        title="Is checking his phone ever okay?",
    )

    note = specialist.notifications.get(kind="new_question")
    assert (
        note.message
        == "New question in Breakups & Reconnecting: “Is checking his phone ever okay?”"
    )
    assert note.url == question.get_absolute_url()
    assert member.notifications.filter(kind="new_question").count() == 1
    assert not elsewhere.notifications.filter(kind="new_question").exists()
    assert not anonymous_asker.notifications.filter(kind="new_question").exists()
    for message in Notification.objects.values_list("message", flat=True):
        assert_never_named(message)


@pytest.mark.django_db
def test_specialists_who_follow_their_fields_hear_of_new_questions(run_on_commit, specialist):
    specialist.specialist.specialisations.set([Board.objects.get(slug="dating")])
    follows.follow_specialisations(user=specialist)
    run_on_commit(factories.make_question, board="dating", title="First date nerves, any tips?")
    run_on_commit(factories.make_question, board="family", title="My sister ignores me, why?")
    assert messages_of(specialist) == ["New question in Dating: “First date nerves, any tips?”"]


@pytest.mark.django_db
def test_a_question_hidden_before_commit_tells_nobody(run_on_commit, specialist):
    follows.follow(user=specialist, board=Board.objects.get(slug="breakups"))

    def ask_then_hide():
        question = factories.make_question()
        question.topic.approved = False
        question.topic.save()

    run_on_commit(ask_then_hide)
    assert not specialist.notifications.exists()


# --- Anonymity everywhere, e-mails with details included -----------------------------------


@pytest.mark.django_db
def test_no_notification_or_email_names_an_anonymous_asker(run_on_commit, anonymous_asker):
    specialist = factories.make_specialist()
    follower = factories.UserFactory()
    for user in (specialist, follower):
        email_preferences.update_preferences(user=user, show_details=True, votes=True)
    follows.follow(user=specialist, board=Board.objects.get(slug="breakups"))

    question = run_on_commit(factories.make_question, anonymous_asker, anonymous=True)
    follows.follow(user=follower, question=question)
    answer = run_on_commit(factories.make_answer, question, specialist)
    run_on_commit(services.mark_helped, user=anonymous_asker, answer=answer, question=question)
    run_on_commit(services.cast_vote, user=follower, post=answer.post, value=1)

    others = Notification.objects.exclude(user=anonymous_asker)
    assert {n.kind for n in others} >= {"new_question", "answer", "helpful", "vote_milestone"}
    for note in others:
        assert_never_named(note.message)
    to_others = [m for m in mail.outbox if m.to != [anonymous_asker.email]]
    assert to_others
    for message in to_others:
        assert_never_named(message.subject + message.body + str(message.extra_headers))


# --- Other apps' events arrive through the same door ---------------------------------------


@pytest.mark.django_db
def test_moderation_outcomes_arrive_through_the_hook(run_on_commit, member):
    run_on_commit(
        moderation_notify.notify,
        user=member,
        kind="moderation_hidden",
        message="A moderator hid your answer. Reason: it shared someone's address.",
        url="/moderation/my-account/",
    )
    note = member.notifications.get()
    assert note.kind == "moderation_hidden" and "Reason:" in note.message
    assert mail.outbox[-1].to == [member.email]


@pytest.mark.django_db
def test_consultation_requests_and_replies_are_notified(run_on_commit, member):
    from profiles import services as profile_services

    specialist = factories.make_specialist()
    request = run_on_commit(
        profile_services.send_consultation_request,
        member=member,
        profile=specialist.specialist,
        message="Could we talk about my separation?",
    )
    assert specialist.notifications.filter(kind="consultation").exists()
    run_on_commit(
        profile_services.answer_consultation_request,
        specialist=specialist,
        consultation=request,
        accept=True,
        reply="Yes, Tuesday works.",
    )
    assert "accepted your consultation request" in member.notifications.first().message
    assert {m.to[0] for m in mail.outbox} == {specialist.email, member.email}


@pytest.mark.django_db
def test_inactive_accounts_are_told_nothing(run_on_commit, member):
    member.is_active = False
    member.save()
    assert run_on_commit(moderation_notify.notify, user=member, kind="x", message="y") is None
    assert not Notification.objects.exists() and mail.outbox == []


# --- The bell and the list ----------------------------------------------------------------


@pytest.mark.django_db
def test_bell_count_list_and_mark_read(client, member, other_member):
    for i in range(3):
        moderation_notify.notify(user=member, kind="answer", message=f"Note {i}", email=False)
    moderation_notify.notify(user=other_member, kind="answer", message="Not yours", email=False)
    client.force_login(member)
    page = client.get("/accounts/notifications/").content.decode()
    assert 'aria-label="Notifications, 3 unread"' in page
    assert '<span class="count-badge">3</span>' in page
    assert "Note 0" in page and "Note 2" in page and "Not yours" not in page

    first = member.notifications.get(message="Note 0")
    page = client.post(
        "/accounts/notifications/read/", {"notification": first.pk}, follow=True
    ).content.decode()
    assert 'aria-label="Notifications, 2 unread"' in page
    page = client.post("/accounts/notifications/read/", follow=True).content.decode()
    assert 'aria-label="Notifications, 0 unread"' in page and "count-badge" not in page
    assert other_member.notifications.filter(read_at__isnull=True).count() == 1
