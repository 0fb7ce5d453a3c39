"""*Delete my account*: personal data and login go, other people's threads stay whole.

The member in these tests asked (publicly and anonymously), answered as a verified specialist,
voted, flagged, followed, applied with a photo and documents, sent and received consultation
requests and posted on a board. machina's cascade (#123) must never take a post.
"""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Sum
from machina.apps.forum_conversation.models import Post, Topic

from moderation.models import AuditEntry, Flag
from profiles import data
from profiles.models import (
    ConsultationRequest,
    CredentialDocument,
    EmailPreferences,
    Notification,
    SpecialistProfile,
    User,
)
from questions.models import Answer, Follow, Question, Vote
from tests import factories
from tests.account_data_helpers import ROBIN_ANSWER, build_world


@pytest.fixture
def world(boards):
    return build_world()


def delete(world, run_on_commit=None):
    if run_on_commit is None:
        data.delete_account(user=world.robin, password=factories.PASSWORD)
    else:
        run_on_commit(data.delete_account, user=world.robin, password=factories.PASSWORD)


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return run


def assert_scores_match_votes():
    for answer in Answer.objects.all():
        total = Vote.objects.filter(post=answer.post).aggregate(s=Sum("value"))["s"] or 0
        assert answer.score == total, f"answer {answer.pk}"
    for question in Question.objects.select_related("topic"):
        total = (
            Vote.objects.filter(post_id=question.topic.first_post_id).aggregate(s=Sum("value"))["s"]
            or 0
        )
        assert question.score == total, f"question {question.pk}"


@pytest.mark.django_db
def test_deletion_keeps_every_post_and_topic(world, run_on_commit):
    posts = set(Post.objects.values_list("pk", "topic_id", "content"))
    topics = set(Topic.objects.values_list("pk", "subject"))
    others = {
        user.pk: (
            Post.objects.filter(poster=user).count(),
            Vote.objects.filter(user=user).count(),
        )
        for user in (world.alex, world.sam, world.casey)
    }
    delete(world, run_on_commit)

    assert set(Post.objects.values_list("pk", "topic_id", "content")) == posts
    assert set(Topic.objects.values_list("pk", "subject")) == topics
    for user in (world.alex, world.sam, world.casey):
        assert (
            Post.objects.filter(poster=user).count(),
            Vote.objects.filter(user=user).count(),
        ) == others[user.pk]
    placeholder = data.deleted_member()
    assert Post.objects.filter(poster=placeholder).count() == 4  # 2 questions, answer, board post
    assert Topic.objects.filter(poster=placeholder).count() == 3  # 2 questions, board topic


@pytest.mark.django_db
def test_deletion_removes_the_login_and_personal_data(client, world, run_on_commit):
    robin_pk = world.robin.pk
    delete(world, run_on_commit)

    assert not User.objects.filter(pk=robin_pk).exists()
    assert not User.objects.filter(username="robin_private").exists()
    assert not User.objects.filter(email="robin@private.example").exists()
    assert not SpecialistProfile.objects.filter(user_id=robin_pk).exists()
    assert not CredentialDocument.objects.exists()
    assert not Notification.objects.filter(user_id=robin_pk).exists()
    assert not Follow.objects.filter(user_id=robin_pk).exists()
    assert not Vote.objects.filter(user_id=robin_pk).exists()
    assert not EmailPreferences.objects.filter(user_id=robin_pk).exists()
    for storage, name in world.files:  # avatar, specialist photo, credential document
        assert not storage.exists(name), name
    assert not client.login(username="robin_private", password=factories.PASSWORD)
    assert client.get("/members/robin_private/").status_code == 404
    assert client.get("/feeds/members/robin_private/answers/").status_code == 404
    # The audit log records the deletion without the member's name.
    entry = AuditEntry.objects.get(action="delete_account")
    assert "robin" not in (entry.target_label + entry.reason + str(entry.details)).lower()


@pytest.mark.django_db
def test_threads_stay_readable_signed_deleted_member(client, world, run_on_commit):
    for question in (world.alex_question, world.robin_public):  # visitors' cached pages
        assert "Robin Private" in client.get(question.get_absolute_url()).content.decode()
    delete(world, run_on_commit)

    page = client.get(world.alex_question.get_absolute_url()).content.decode()
    assert ROBIN_ANSWER in page
    assert "Deleted member" in page and "Former specialist" in page
    assert "Robin Private" not in page and "robin_private" not in page
    assert "✓ This answer helped the person who asked" in page  # the mark survives

    page = client.get(world.robin_public.get_absolute_url()).content.decode()
    assert "How do I stop bringing work stress home?" in page
    assert "Make a small ritual at the door." in page  # Sam's answer on it
    assert "Deleted member" in page and "Robin Private" not in page
    assert 'href="/members/' not in page.split("Asked by", 1)[1].split("</div>", 1)[0]

    page = client.get(world.robin_anonymous.get_absolute_url()).content.decode()
    assert "Anonymous" in page.split("Asked by", 1)[1].split("</div>", 1)[0]
    assert "Deleted member" not in page  # still anonymous, not "Deleted member"

    topic = world.community_topic
    page = client.get(
        f"/forum/forum/{topic.forum.slug}-{topic.forum.pk}/topic/{topic.slug}-{topic.pk}/"
    )
    assert page.status_code == 200
    page = page.content.decode()
    assert "reply stays." in page and "board post." in page  # Alex's reply, Robin's post
    assert "robin_private" not in page and "Robin Private" not in page
    assert "Deleted member" in page


@pytest.mark.django_db
def test_votes_are_withdrawn_and_scores_stay_consistent(world, run_on_commit):
    world.sam_answer.refresh_from_db()
    world.alex_question.refresh_from_db()
    assert (world.sam_answer.score, world.alex_question.score) == (1, 0)
    delete(world, run_on_commit)
    world.sam_answer.refresh_from_db()
    world.alex_question.refresh_from_db()
    assert (world.sam_answer.score, world.alex_question.score) == (0, 1)
    world.robin_answer.refresh_from_db()
    assert world.robin_answer.score == 1  # Alex's vote on the deleted member's answer stays
    assert_scores_match_votes()


@pytest.mark.django_db
def test_flags_stay_with_moderators_without_the_name(world, run_on_commit):
    delete(world, run_on_commit)
    flag = Flag.objects.get(pk=world.flag.pk)
    assert flag.flagger is None and flag.note == "Robin's report note."


@pytest.mark.django_db
def test_open_consultation_requests_are_cancelled_and_the_other_person_told(world, run_on_commit):
    delete(world, run_on_commit)
    assert not ConsultationRequest.objects.exists()
    casey_note = world.casey.notifications.get(message__contains="closed their Haven account")
    assert "request is cancelled" in casey_note.message
    sam_note = world.sam.notifications.get(message__contains="withdrew")
    assert "closed their account" in sam_note.message


@pytest.mark.django_db
def test_one_placeholder_for_every_deleted_member(world, run_on_commit):
    delete(world, run_on_commit)
    run_on_commit(data.delete_account, user=world.alex, password=factories.PASSWORD)
    placeholders = User.objects.filter(username=data.DELETED_USERNAME)
    assert placeholders.count() == 1
    placeholder = placeholders.get()
    assert placeholder.public_name == "Deleted member"
    assert not placeholder.is_active and not placeholder.has_usable_password()
    assert Question.objects.get(pk=world.alex_question.pk).topic.poster == placeholder
    assert_scores_match_votes()


@pytest.mark.django_db
def test_machinas_cascade_can_never_run(world):
    posts = Post.objects.count()
    with pytest.raises(PermissionDenied), transaction.atomic():
        world.alex.delete()  # the admin or a shell, bypassing delete_account
    with pytest.raises(PermissionDenied), transaction.atomic():
        User.objects.filter(pk=world.sam.pk).delete()
    assert Post.objects.count() == posts
    assert User.objects.filter(pk=world.alex.pk).exists()


@pytest.mark.django_db
def test_a_wrong_password_changes_nothing(world):
    with pytest.raises(ValidationError):
        data.delete_account(user=world.robin, password="not-the-password")
    assert User.objects.filter(pk=world.robin.pk).exists()
    assert Vote.objects.filter(user=world.robin).count() == 2


@pytest.mark.django_db
def test_a_failure_midway_rolls_everything_back(world, monkeypatch):
    from forum import accounts

    def broken(**kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(accounts, "reassign_content", broken)
    with pytest.raises(RuntimeError):
        data.delete_account(user=world.robin, password=factories.PASSWORD)
    assert User.objects.filter(pk=world.robin.pk).exists()
    assert Vote.objects.filter(user=world.robin).count() == 2
    assert_scores_match_votes()
    for storage, name in world.files:  # files are deleted only once the deletion commits
        assert storage.exists(name)


# --- The page ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_delete_page_warns_confirms_and_logs_out(client, world):
    client.force_login(world.robin)
    page = client.get("/accounts/delete/").content.decode()
    assert "This cannot be undone." in page
    assert 'type="password"' in page and "Download my data" in page

    page = client.post("/accounts/delete/", {"password": factories.PASSWORD}).content.decode()
    assert "Tick this box" in page
    page = client.post(
        "/accounts/delete/", {"password": "wrong-password", "confirm": "on"}
    ).content.decode()
    assert "That is not your password" in page
    assert User.objects.filter(pk=world.robin.pk).exists()

    response = client.post(
        "/accounts/delete/", {"password": factories.PASSWORD, "confirm": "on"}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/"
    page = response.content.decode()
    assert "Your account is deleted" in page
    assert "Log in" in page  # logged out
    assert not User.objects.filter(pk=world.robin.pk).exists()


@pytest.mark.django_db
def test_delete_page_needs_login(client):
    response = client.post("/accounts/delete/", {"password": "x", "confirm": "on"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
