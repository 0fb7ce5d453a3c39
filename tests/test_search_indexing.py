"""The search index follows the content's life: create, edit, hide, restore, delete, anonymous.

Every change reaches the index through the durable queue (IndexTask rows written with the
change) and the one writer that drains it; these tests drain it in-process and then search the
way the search page does.
"""

import pytest
from django.core.management import call_command
from haystack import connections
from machina.apps.forum_conversation.models import Post, Topic

from forum import services as board_services
from forum.models import Board
from profiles.models import SpecialistProfile
from questions import indexing, search, services
from questions.models import IndexTask
from tests import factories


@pytest.fixture
def index(db, settings):
    """An empty index; ``index()`` drains the queue like the worker and returns what it did."""
    call_command("clear_index", interactive=False, verbosity=0)
    yield lambda: indexing.drain(ignore_backoff=True)
    call_command("clear_index", interactive=False, verbosity=0)


def titles(text, **filters):
    outcome = search.search(text, search.Filters(**filters))
    assert outcome.ok
    return [hit.title for hit in outcome.page.object_list] if outcome.page else []


def kinds(text, **filters):
    outcome = search.search(text, search.Filters(**filters))
    return sorted(hit.kind for hit in outcome.page.object_list) if outcome.page else []


def all_stored_documents():
    backend = connections["default"].get_backend()
    backend.setup()
    with backend.index.refresh().searcher() as searcher:
        return list(searcher.all_stored_fields())


def test_a_new_question_is_queued_with_the_post_and_searchable_after_draining(member, index):
    question = factories.make_question(
        member, title="Why does my partner go quiet for days?", body="Silent treatment " * 5
    )
    assert IndexTask.objects.filter(label="questions.question", object_pk=str(question.pk))
    assert titles("quiet") == []  # nothing is written in the request path
    result = index()
    assert result.failed == 0
    assert titles("quiet") == ["Why does my partner go quiet for days?"]
    assert IndexTask.objects.count() == 0
    hit = search.search("quiet").page.object_list[0]
    assert hit.url == question.get_absolute_url()
    assert hit.category == "breakups"
    assert hit.tags == ["breakup", "space"]


def test_editing_a_question_replaces_its_document(member, index):
    question = factories.make_question(member, title="Moving in together after a year?")
    index()
    post = question.topic.first_post
    post.subject = "Should we move in together after two years?"
    post.content = "We keep arguing about whose flat to keep."
    post.save()
    index()
    assert titles("flat") == ["Should we move in together after two years?"]
    assert titles("year") == ["Should we move in together after two years?"]
    assert titles("week") == []  # the old body is gone


def test_hiding_removes_and_restoring_brings_back_question_and_answers(member, specialist, index):
    question = factories.make_question(member, title="How do I rebuild trust after lying?")
    factories.make_answer(question, specialist, body="Rebuilding takes consistency over months.")
    index()
    assert kinds("rebuild") == ["answer", "question"]

    first = question.topic.first_post
    first.approved = False  # how moderation hides a post
    first.save()
    index()
    assert kinds("rebuild") == []
    assert kinds("consistency") == []

    first.approved = True
    first.save()
    index()
    assert kinds("rebuild") == ["answer", "question"]


def test_hiding_an_answer_removes_it_from_the_answer_and_question_documents(
    member, specialist, index
):
    question = factories.make_question(member)
    answer = factories.make_answer(question, specialist, body="Try a weekly check-in ritual.")
    index()
    assert kinds("ritual") == ["answer", "question"]
    answer.post.approved = False
    answer.post.save()
    index()
    assert kinds("ritual") == []
    assert kinds("breakup") == ["question"]


def test_deleting_removes_every_document(member, specialist, index):
    question = factories.make_question(member, title="Is it okay to text my ex on her birthday?")
    answer = factories.make_answer(question, specialist, body="A short, kind message is fine.")
    index()
    answer.post.delete()
    index()
    assert kinds("kind message") == []
    assert kinds("birthday") == ["question"]
    question.topic.delete()
    index()
    assert kinds("birthday") == []
    assert [d for d in all_stored_documents() if d["kind"] != "specialist"] == []


def test_no_field_of_any_document_holds_an_anonymous_asker(member, specialist, index):
    member.display_name = "Quentin Zebulon"
    member.save()
    question = factories.make_question(
        member, anonymous=True, title="My wife reads my phone, what can I do?"
    )
    factories.make_answer(question, specialist)
    index()
    docs = all_stored_documents()
    assert {d["kind"] for d in docs} >= {"question", "answer"}
    for doc in docs:
        for value in doc.values():
            for secret in (member.username, "Quentin", "Zebulon", member.email):
                assert secret.lower() not in str(value).lower(), doc
    assert titles("zebulon") == []


def test_answers_and_articles_carry_the_specialists_public_name(member, specialist, index):
    specialist.display_name = "Dr. Ada Lumen"
    specialist.save()
    question = factories.make_question(member)
    factories.make_answer(question, specialist)
    services.publish_article(
        author=specialist,
        board=Board.objects.get(kind=Board.Kind.ARTICLES),
        title="Five ways to argue better",
        body="Pause before you answer, and name the feeling.",
    )
    index()
    outcome = search.search("lumen")
    assert sorted((h.kind, h.author_name or h.title) for h in outcome.page.object_list) == [
        ("answer", "Dr. Ada Lumen"),
        ("article", "Dr. Ada Lumen"),
        ("specialist", "Dr. Ada Lumen"),
    ]
    assert titles("argue", kind="articles") == ["Five ways to argue better"]


def test_community_posts_are_indexed_but_other_boards_posts_only_through_their_questions(
    member, index
):
    board = Board.objects.get(slug="general")
    topic = board_services.start_topic(
        forum=board.forum, poster=member, subject="Holiday plans", content="Whose family first?"
    )
    reply = board_services.add_post(topic=topic, poster=member, content="We alternate yearly.")
    factories.make_question(member)
    index()
    outcome = search.search("alternate")
    assert [(h.kind, h.title, h.category) for h in outcome.page.object_list] == [
        ("discussion", "Holiday plans", "general")
    ]
    assert outcome.page.object_list[0].url.endswith(f"?post={reply.pk}#{reply.pk}")
    assert kinds("breakup") == ["question"]
    assert not any(
        d["kind"] == "discussion" and "breakup" in d["text"] for d in all_stored_documents()
    )


def test_only_verified_unexpired_specialists_are_indexed(specialist, applicant, index):
    applicant.display_name = "Applicant Person"
    applicant.save()
    index()
    assert titles("therapist", kind="specialists") == [specialist.public_name]
    assert titles("counsellor", kind="specialists") == []  # the applicant's title

    profile = specialist.specialist
    profile.status = SpecialistProfile.Status.REVOKED
    profile.save()
    index()
    assert titles("therapist", kind="specialists") == []


def test_specialist_documents_follow_specialisations_and_free_consultation(specialist, index):
    profile = specialist.specialist
    profile.specialisations.set([Board.objects.get(slug="divorce")])
    profile.offers_free_consultation = True
    profile.languages = "English, Polish"
    profile.save()
    index()
    hit = search.search("polish", search.Filters(category="divorce")).page.object_list[0]
    assert (hit.kind, hit.free_consultation) == ("specialist", True)
    assert hit.specialisation_names == ["Separation & Divorce"]


def test_votes_reach_the_index_through_the_queue(member, other_member, index):
    question = factories.make_question(member)
    index()
    services.cast_vote(user=other_member, post=question.topic.first_post, value=1)
    index()
    assert search.search("breakup").page.object_list[0].votes == 1


def test_tags_changes_reach_the_index(member, index):
    question = factories.make_question(member)
    question.tags.set(services._tags(["grief"]))
    index()
    assert titles("breakup", tag="grief") == [question.title]
    assert titles("breakup", tag="space") == []


def test_saves_of_unrelated_fields_do_not_flood_the_queue(member, client):
    IndexTask.objects.all().delete()
    client.force_login(member)  # updates last_login
    assert IndexTask.objects.count() == 0


def test_a_hidden_post_never_shows_even_before_the_queue_catches_up(member, index):
    question = factories.make_question(member, title="Secret affair, what now?")
    index()
    Post.objects.filter(pk=question.topic.first_post_id).update(approved=False)
    Topic.objects.filter(pk=question.topic_id).update(approved=False)
    # No signal ran, the document is still there: the page checks the database anyway.
    assert any(d["kind"] == "question" for d in all_stored_documents())
    assert titles("affair") == []
    assert search.similar_questions("secret affair") == []


def test_marking_the_answer_that_helped_reaches_the_index(member, specialist, index):
    question = factories.make_question(member)
    answer = factories.make_answer(question, specialist)
    index()
    services.mark_helped(user=member, answer=answer, question=question)
    index()
    assert titles("breakup", has_helped=True, kind="questions") == [question.title]
