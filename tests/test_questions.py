"""Asking, answering and "this helped", through the pages, for every role."""

import pytest

from questions.models import Answer, Question, Tag
from questions.services import normalise_tags
from tests import factories

GOOD_ASK = {
    "title": "How do I rebuild trust after I read his messages?",
    "body": "I looked at my partner's phone and found nothing bad, but now he feels betrayed.",
    "board": "communication",
    "tags": "Trust, privacy ,TRUST",
}


def post_answer(client, question, body="Start with a clear, unhurried apology and ask to talk."):
    return client.post(
        f"/questions/{question.pk}/answer/",
        {"body": body, "references": "Gottman, J. (1999). The Seven Principles.\n\nSecond ref"},
    )


# --- Ask -------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_member_asks_with_normalised_tags(client, member):
    client.force_login(member)
    response = client.post("/questions/ask/", GOOD_ASK)
    question = Question.objects.get()
    assert response.status_code == 302 and response.url == question.get_absolute_url()
    assert question.topic.poster == member
    assert question.topic.forum.board.slug == "communication"
    assert [t.name for t in question.tags.order_by("name")] == ["privacy", "trust"]
    page = client.get(response.url).content.decode()
    assert "now he feels betrayed" in page and "Your question is posted" in page


def test_tags_are_lowercased_trimmed_deduplicated_and_limited():
    assert normalise_tags(" Long Distance, trust,TRUST , ,  ") == ["long-distance", "trust"]
    assert normalise_tags(["In-Laws!", "in-laws"]) == ["in-laws"]
    assert len(normalise_tags("x" * 80)[0]) == 32


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"title": ""}, "Please write your question in one sentence."),
        ({"title": "Help?"}, "Please say a little more in the title"),
        ({"title": "x" * 151}, "Please keep the title under 150 characters"),
        ({"body": ""}, "Please describe what is happening"),
        ({"body": "Too short."}, "Please tell a little more"),
        ({"body": "y" * 10_001}, "Please keep it under 10,000 characters."),
        ({"tags": "a, b, c, d, e, f"}, "Please use at most 5 tags."),
        ({"tags": "z" * 40}, "Each tag can be at most 32 characters."),
        ({"board": ""}, "Please choose a category."),
        ({"board": "articles"}, "Please choose one of the categories listed."),
        ({"board": "no-such-board"}, "Please choose one of the categories listed."),
    ],
)
def test_bad_ask_input_is_explained_and_kept(client, member, change, message):
    client.force_login(member)
    response = client.post("/questions/ask/", {**GOOD_ASK, **change})
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page
    assert not Question.objects.exists()
    if "body" not in change:
        assert "now he feels betrayed" in page  # what the person typed is still there


@pytest.mark.django_db
def test_preview_shows_rendered_markdown_and_saves_nothing(client, member):
    client.force_login(member)
    response = client.post(
        "/questions/ask/", {**GOOD_ASK, "body": GOOD_ASK["body"] + " **really**", "preview": "1"}
    )
    assert "<strong>really</strong>" in response.content.decode()
    assert not Question.objects.exists()


@pytest.mark.django_db
def test_visitor_is_sent_to_login_and_back_to_ask(client, boards):
    response = client.get("/questions/ask/?title=Should%20I%20call")
    assert response.status_code == 302
    assert response.url == "/accounts/login/?next=/questions/ask/%3Ftitle%3DShould%2520I%2520call"
    client.post("/questions/ask/", GOOD_ASK)
    assert not Question.objects.exists()


@pytest.mark.django_db
def test_home_ask_box_prefills_the_title(client, member):
    client.force_login(member)
    page = client.get("/questions/ask/?title=Is%20space%20the%20end%3F").content.decode()
    assert 'value="Is space the end?"' in page


# --- Answer ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_verified_specialist_answers_with_references(client, question, specialist):
    client.force_login(specialist)
    response = post_answer(client, question)
    assert response.status_code == 302
    answer = Answer.objects.get()
    assert answer.post.poster == specialist
    assert answer.reference_list == ["Gottman, J. (1999). The Seven Principles.", "Second ref"]
    page = client.get(question.get_absolute_url()).content.decode()
    assert '<ol class="references"><li>Gottman, J. (1999). The Seven Principles.</li>' in page
    assert "Verified specialist" in page
    question.refresh_from_db()
    assert question.answer_count == 1


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["member", "asker", "applicant", "moderator"])
def test_only_verified_specialists_answer(client, question, role, member, applicant, moderator):
    user = {
        "member": factories.UserFactory(),
        "asker": question.topic.poster,
        "applicant": applicant,
        "moderator": moderator,
    }[role]
    client.force_login(user)
    page = client.get(question.get_absolute_url()).content.decode()
    assert "Only verified specialists answer questions here." in page
    assert f'action="/questions/{question.pk}/answer/"' not in page
    response = post_answer(client, question)
    assert response.status_code == 302
    assert not Answer.objects.exists()
    follow = client.get(response.url).content.decode()
    assert "Only verified specialists answer questions here." in follow


@pytest.mark.django_db
def test_visitor_cannot_answer(client, question):
    response = post_answer(client, question)
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    assert not Answer.objects.exists()


@pytest.mark.django_db
def test_expired_licence_removes_the_right_to_answer(client, question, specialist):
    from datetime import date

    profile = specialist.specialist
    profile.licence_expiry = date(2020, 1, 1)
    profile.save()
    client.force_login(specialist)
    post_answer(client, question)
    assert not Answer.objects.exists()


@pytest.mark.django_db
def test_machina_permission_also_refuses_a_specialist_outside_the_group(client, question):
    """Defence in depth: a verified profile without the Specialists group cannot reply."""
    user = factories.make_specialist()
    user.groups.clear()
    client.force_login(user)
    post_answer(client, question)
    assert not Answer.objects.exists()


@pytest.mark.django_db
def test_short_answer_is_refused_with_a_message(client, question, specialist):
    client.force_login(specialist)
    response = post_answer(client, question, body="Yes.")
    assert response.status_code == 400
    assert "Please write at least 30 characters." in response.content.decode()
    assert not Answer.objects.exists()


# --- This helped -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_asker_marks_moves_and_removes_the_helped_answer(client, question):
    first = factories.make_answer(question, body="First answer, " * 5)
    second = factories.make_answer(question, body="Second answer, " * 5)
    client.force_login(question.topic.poster)
    client.post(f"/questions/{question.pk}/helped/", {"answer": second.pk})
    question.refresh_from_db()
    assert question.helped_answer == second
    page = client.get(question.get_absolute_url()).content.decode()
    assert page.index("Second answer") < page.index("First answer")
    assert "This answer helped the person who asked" in page
    client.post(f"/questions/{question.pk}/helped/", {"answer": first.pk})
    question.refresh_from_db()
    assert question.helped_answer == first
    client.post(f"/questions/{question.pk}/helped/", {})
    question.refresh_from_db()
    assert question.helped_answer is None


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["other_member", "specialist", "moderator"])
def test_only_the_asker_marks_helped(client, question, role, other_member, specialist, moderator):
    answer = factories.make_answer(question, specialist)
    client.force_login(
        {"other_member": other_member, "specialist": specialist, "moderator": moderator}[role]
    )
    page = client.get(question.get_absolute_url()).content.decode()
    assert "Mark as helpful" not in page
    client.post(f"/questions/{question.pk}/helped/", {"answer": answer.pk})
    question.refresh_from_db()
    assert question.helped_answer is None


@pytest.mark.django_db
def test_helped_cannot_point_at_another_questions_answer(client, question):
    other = factories.make_question(title="A different question about in-laws?")
    foreign = factories.make_answer(other)
    client.force_login(question.topic.poster)
    response = client.post(f"/questions/{question.pk}/helped/", {"answer": foreign.pk})
    assert response.status_code == 404
    question.refresh_from_db()
    assert question.helped_answer is None


# --- Question page ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_answers_order_helped_then_score_then_oldest(client, question):
    old_low = factories.make_answer(question, body="Oldest answer with a low score here.")
    high = factories.make_answer(question, body="High scoring answer, voted up a lot.")
    new_low = factories.make_answer(question, body="Newest answer with a low score too.")
    helped = factories.make_answer(question, body="The answer that helped the asker.")
    Answer.objects.filter(pk=high.pk).update(score=5)
    Answer.objects.filter(pk=helped.pk).update(score=-1)
    Question.objects.filter(pk=question.pk).update(helped_answer=helped)
    page = client.get(question.get_absolute_url()).content.decode()
    order = [
        page.index(text)
        for text in ["The answer that helped", "High scoring", "Oldest answer", "Newest answer"]
    ]
    assert order == sorted(order)
    assert old_low and new_low


@pytest.mark.django_db
def test_wrong_slug_redirects_to_the_canonical_url(client, question):
    response = client.get(f"/questions/{question.pk}/some-old-title/")
    assert response.status_code == 301 and response.url == question.get_absolute_url()
    response = client.get(f"/questions/{question.pk}/")
    assert response.status_code == 301


@pytest.mark.django_db
def test_unapproved_question_is_a_404(client, question):
    question.topic.approved = False
    question.topic.save()
    assert client.get(question.get_absolute_url()).status_code == 404


@pytest.mark.django_db
def test_question_page_title_description_share_and_disclaimer(client, question):
    page = client.get(question.get_absolute_url()).content.decode()
    assert f"<title>{question.topic.subject} — Haven</title>" in page
    assert '<meta name="description" content="We broke up last week' in page
    assert "Share on other sites" in page and "mailto:?subject=" in page
    assert "not a substitute for professional care" in page
    assert '<script src="http' not in page  # no third-party scripts


@pytest.mark.django_db
def test_lists_show_rows_with_counts_and_specialist_mark(client, question, specialist):
    factories.make_answer(question, specialist)
    unanswered = factories.make_question(
        title="How do we split holidays between families?", board="family", tags=["holidays"]
    )
    page = client.get("/questions/").content.decode()
    assert "✓ Specialist answered" in page and "1</strong> answer" in page
    assert unanswered.topic.subject in client.get("/questions/unanswered/").content.decode()
    assert question.topic.subject not in client.get("/questions/unanswered/").content.decode()
    family = client.get("/categories/family/").content.decode()
    assert unanswered.topic.subject in family and question.topic.subject not in family
    assert Tag.objects.filter(name="holidays").exists()
    tagged = client.get("/questions/tagged/holidays/").content.decode()
    assert unanswered.topic.subject in tagged and question.topic.subject not in tagged


@pytest.mark.django_db
def test_lists_paginate(client, member):
    for i in range(23):
        factories.make_question(member, title=f"Question number {i:02d} about boundaries?")
    first = client.get("/questions/")
    assert "Question number 22" in first.content.decode()
    assert "Question number 02" not in first.content.decode()
    older = first.context["page"].older
    second = client.get(f"/questions/?before={older}").content.decode()
    assert "Question number 02" in second and "Question number 03" not in second
    assert "Older →" not in second and "← Newer" in second
    newer = client.get(f"/questions/?before={older}").context["page"].newer
    back = client.get(f"/questions/?after={newer}").content.decode()
    assert "Question number 03" in back and "Question number 22" in back
    assert "Question number 02" not in back
    # A made-up cursor shows the newest page instead of an error.
    assert "Question number 22" in client.get("/questions/?before=junk").content.decode()


@pytest.mark.django_db
def test_specialists_narrow_unanswered_to_their_fields(client, boards):
    from forum.models import Board

    specialist = factories.make_specialist()
    specialist.specialist.specialisations.set([Board.objects.get(slug="family")])
    family = factories.make_question(
        title="How do I talk to my teenage son about dating?", board="family"
    )
    dating = factories.make_question(title="Are dating apps worth it after forty?", board="dating")
    client.force_login(specialist)
    mine = client.get("/questions/unanswered/?fields=mine").content.decode()
    assert family.topic.subject in mine and dating.topic.subject not in mine
    everything = client.get("/questions/unanswered/").content.decode()
    assert dating.topic.subject in everything and "Your fields" in everything
    client.force_login(factories.UserFactory())
    member_view = client.get("/questions/unanswered/?fields=mine").content.decode()
    assert dating.topic.subject in member_view and "Your fields" not in member_view
