"""Hostile text in every field a person can write, on every page that shows it, stays inert.

``xss_payloads.txt`` holds the corpus (script tags, event handlers, ``javascript:``/``data:``
URLs, SVG/MathML, broken markup, Markdown link and image tricks, encoded forms, attribute
breakouts). Every page is parsed (``tests/html_safety.executable_content``): no script, event
handler or dangerous URL may come out of it. Markdown goes through the one sanitizer
(``haven.markup.render_markdown``); everything else is autoescaped.

To stay fast, payloads travel in rounds: in each round every field gets the next few
payloads. A long field holds them all at once; a short one (a display name, a title, a licence
number) gets one payload per carrier — ``CARRIERS`` members, specialists, applicants and
questions stand side by side, so every payload passes through every field, each within the
length the field allows, and each page is read once per round.
"""

import codecs
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.core.validators import URLValidator
from django.db import connection, transaction
from django.test import Client, override_settings

from forum import services as board_services
from forum.models import Board
from forum.services import setup_forums
from haven.markup import render_markdown
from moderation import audit
from moderation import services as moderation
from moderation.models import Flag, Hidden, Sanction
from profiles import services as profile_services
from profiles.models import ConsultationRequest, Notification, SpecialistProfile, User
from questions import services as questions
from questions.models import Answer, Article
from tests.html_safety import executable_content

pytestmark = pytest.mark.django_db
PAYLOAD_FILE = Path(__file__).with_name("xss_payloads.txt")
CARRIERS = 12  # the directory shows 12 per page: every carrier is on its first page
POST_KEY = "forum_conversation.post"


def load_payloads() -> list[str]:
    payloads = []
    for line in PAYLOAD_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(";;"):
            continue
        if line.startswith("esc:"):
            line = codecs.decode(line[4:].encode("latin-1", "backslashreplace"), "unicode_escape")
        payloads.append(line)
    return payloads


PAYLOADS = load_payloads()
ROUNDS = [PAYLOADS[i : i + CARRIERS] for i in range(0, len(PAYLOADS), CARRIERS)]
# Escaping does not depend on the database: CI's second pass (PostgreSQL) stores and reads
# every third round, to keep the whole CI fast; the SQLite pass reads them all.
PAGE_ROUNDS = ROUNDS if connection.vendor == "sqlite" else ROUNDS[::3]


def inert(html: str, where: str) -> list[str]:
    return [f"{where}: {problem}" for problem in executable_content(html)]


# --- The corpus and the oracle -------------------------------------------------------------------
def test_the_corpus_is_large_and_the_oracle_sees_its_danger():
    assert len(PAYLOADS) >= 150
    assert len(set(PAYLOADS)) == len(PAYLOADS), "duplicate payloads"
    dangerous_as_html = [p for p in PAYLOADS if executable_content(p)]
    assert len(dangerous_as_html) >= 100  # pasted raw into a page, most would execute


def test_the_one_sanitizer_leaves_every_payload_inert():
    problems = []
    for payload in PAYLOADS:
        html = render_markdown(payload)
        problems += inert(html, repr(payload))
        problems += inert(render_markdown(f"Before\n\n{payload}\n\nafter [ok](https://x.org)"), "")
    assert problems == []


# --- The stage: carriers for every field ---------------------------------------------------------
def _user(username: str, **fields) -> User:
    return User.objects.create(
        username=username, email=f"{username}@example.org", password="!", **fields
    )


def _specialist(username: str) -> User:
    user = _user(username)
    profile = SpecialistProfile.objects.create(
        user=user, professional_title="Therapist", status=SpecialistProfile.Status.SUBMITTED
    )
    profile_services.mark_verified(profile=profile)
    return user


def build_stage() -> SimpleNamespace:
    setup_forums()
    s = SimpleNamespace()
    s.moderator = profile_services.make_moderator(user=_user("mod-maya"))
    s.members = [_user(f"member-{n}") for n in range(CARRIERS)]
    s.specialists = [_specialist(f"dr-{n}") for n in range(CARRIERS)]
    s.applicants = []
    for n in range(CARRIERS):
        user = _user(f"applicant-{n}")
        SpecialistProfile.objects.create(user=user, status=SpecialistProfile.Status.SUBMITTED)
        s.applicants.append(user)
    breakups = Board.objects.get(slug="breakups")
    s.questions = [
        questions.ask_question(
            author=member, board=breakups, title=f"Question {n}", body="Body.", tags=["trust"]
        )
        for n, member in enumerate(s.members)
    ]
    s.answers = [
        questions.answer_question(question=s.questions[0], author=spec, body="An answer.")
        for spec in s.specialists
    ]
    community = Board.objects.select_related("forum").get(slug="general")
    s.topic = board_services.start_topic(
        forum=community.forum, poster=s.members[0], subject="Topic", content="Start."
    )
    s.replies = [
        board_services.add_post(topic=s.topic, poster=member, content="Reply.")
        for member in s.members
    ]
    articles = Board.objects.get(kind=Board.Kind.ARTICLES)
    s.article = questions.publish_article(
        author=s.specialists[0], board=articles, title="Article", body="Text."
    )
    s.flags = [
        moderation.flag(flagger=member, target=s.answers[0].post, reason=Flag.Reason.UNSAFE)
        for member in s.members
    ]
    s.hidden = moderation.hide(
        moderator=s.moderator, target=s.replies[-1], reason="Placeholder reason."
    )
    s.sanctions = [
        moderation.warn(moderator=s.moderator, user=member, reason="Placeholder reason.")
        for member in s.members
    ]
    s.consultations = [
        profile_services.send_consultation_request(
            member=member, profile=spec.specialist, message="Hello."
        )
        for member, spec in zip(s.members, s.specialists, strict=True)
    ]
    s.notifications = list(Notification.objects.filter(user=s.members[0])[:CARRIERS])
    while len(s.notifications) < CARRIERS:
        s.notifications.append(
            Notification.objects.create(user=s.members[0], kind="answer", message=".")
        )
    return s


@pytest.fixture(scope="module")
def stage(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            with override_settings(HAVEN_AUTO_HIDE_FLAGS=0):  # the reported answer stays up
                built = build_stage()
            yield built
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


# --- Writing a round of payloads into every field ------------------------------------------------
def pack(payloads: list[str], limit: int, slots: int) -> list[str]:
    """Spread the payloads over ``slots`` values of at most ``limit`` characters each, as many
    whole payloads per value as fit (a payload longer than the field is cut to fit, as the
    field itself would insist)."""
    values = [""] * slots
    slot = 0
    for payload in payloads:
        piece = payload[:limit]
        joined = f"{values[slot]}\n{piece}" if values[slot] else piece
        if len(joined) > limit and values[slot] and slot + 1 < slots:
            slot += 1
            joined = piece
        values[slot] = joined[:limit]  # one carrier only: what does not fit is cut
    return values


def _valid_url(value: str) -> str:
    url = "https://example.org/" + value.replace(" ", "%20")[:150]
    try:
        URLValidator(schemes=["http", "https"])(url)
    except Exception:
        return "https://example.org/"
    return url


SPECIALIST_FIELDS = {  # field: max length (the model's)
    "professional_title": 120,
    "qualifications": 300,
    "licence_number": 60,
    "licensing_body": 160,
    "jurisdiction": 120,
    "languages": 200,
    "approach": 2000,
    "bio": 4000,
    "location": 120,
    "fee_range": 80,
    "consultation_description": 300,
}


def storable(payloads: list[str]) -> list[str]:
    """PostgreSQL cannot store NUL at all; Django's form fields refuse it before it gets there
    (``ProhibitNullCharactersValidator``), so on PostgreSQL it is left out here too."""
    if connection.vendor != "postgresql":
        return payloads
    return [payload.replace("\x00", "") for payload in payloads]


def write_round(s, payloads: list[str]) -> None:
    payloads = storable(payloads)
    everything = "\n\n".join(payloads)  # long fields carry the whole round at once
    n = CARRIERS
    names, locations = pack(payloads, 60, n), pack(payloads, 80, n)
    for member, name, location in zip(s.members, names, locations, strict=True):
        User.objects.filter(pk=member.pk).update(
            display_name=name, location=location, bio=everything[:600]
        )
    for user, name in zip(s.specialists, names, strict=True):
        User.objects.filter(pk=user.pk).update(display_name=name)
    for carriers in (s.specialists, s.applicants):
        values = {field: pack(payloads, limit, n) for field, limit in SPECIALIST_FIELDS.items()}
        for i, user in enumerate(carriers):
            SpecialistProfile.objects.filter(user=user).update(
                **{field: packs[i] for field, packs in values.items()},
                website=_valid_url(payloads[i % len(payloads)]),
                decision_note=everything,
                offers_free_consultation=True,
            )
    for question, title in zip(s.questions, pack(payloads, 150, n), strict=True):
        _set_post(question.topic, question.topic.first_post_id, title or "Question", everything)
        question.tags.set(questions._tags(questions.normalise_tags(payloads[:5])))
    for answer in s.answers:
        _set_content(answer.post_id, everything)
        Answer.objects.filter(pk=answer.pk).update(references=everything[:3000])
    _set_post(s.topic, s.topic.first_post_id, pack(payloads, 255, 1)[0] or "Topic", everything)
    for reply in s.replies:
        _set_content(reply.pk, everything)
    _set_post(s.article.topic, s.article.topic.first_post_id, names[0] or "A", everything)
    Article.objects.filter(pk=s.article.pk).update(references=everything[:3000])
    for flag in s.flags:
        Flag.objects.filter(pk=flag.pk).update(note=everything[:2000])
    Hidden.objects.filter(pk=s.hidden.pk).update(reason=everything)
    Sanction.objects.filter(pk__in=[x.pk for x in s.sanctions]).update(reason=everything)
    for payload in payloads:  # the audit log only grows: a new entry per moderator reason
        audit.record(actor=s.moderator, action="hide", target=s.replies[-1], reason=payload)
    for consultation in s.consultations:
        ConsultationRequest.objects.filter(pk=consultation.pk).update(
            message=everything[:2000],
            preferred_times=pack(payloads, 300, 1)[0],
            contact_detail=pack(payloads, 200, 1)[0],
            reply=everything[:2000],
        )
    for note, message in zip(s.notifications, pack(payloads, 500, n), strict=True):
        Notification.objects.filter(pk=note.pk).update(message=message or ".", read_at=None)


def _set_content(post_id: int, text: str) -> None:
    """What machina's ``save`` stores: the Markdown and its rendering by the one sanitizer."""
    from machina.apps.forum_conversation.models import Post

    Post.objects.filter(pk=post_id).update(content=text, _content_rendered=render_markdown(text))


def _set_post(topic, first_post_id: int, subject: str, text: str) -> None:
    from machina.apps.forum_conversation.models import Post, Topic

    Topic.objects.filter(pk=topic.pk).update(subject=subject)
    Post.objects.filter(pk=first_post_id).update(subject=subject)
    _set_content(first_post_id, text)


# --- Reading every page that shows them ----------------------------------------------------------
def _client(user=None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def pages(s) -> list[tuple[Client, str]]:
    visitor, moderator = _client(), _client(s.moderator)
    asker, specialist = _client(s.members[0]), _client(s.specialists[0])
    t, article = s.topic, s.article.topic
    board = f"/forum/forum/{t.forum.slug}-{t.forum_id}/"
    listing = [
        (visitor, "/"),
        (visitor, "/questions/"),
        (visitor, "/questions/unanswered/"),
        (visitor, "/questions/tagged/trust/"),
        (visitor, "/categories/breakups/"),
        (visitor, "/specialists/"),
        (visitor, board),
        (visitor, f"{board}topic/{t.slug}-{t.pk}/"),
        (
            visitor,
            f"/forum/forum/{article.forum.slug}-{article.forum_id}/topic/"
            f"{article.slug}-{article.pk}/",
        ),  # fmt: skip
        (asker, "/accounts/notifications/"),
        (asker, f"/consultations/{s.consultations[0].pk}/"),
        (asker, "/moderation/my-account/"),
        (asker, "/moderation/my-reports/"),
        (asker, "/accounts/settings/"),
        (specialist, "/consultations/"),
        (specialist, "/specialists/profile/"),
        (moderator, "/moderation/"),
        (moderator, f"/moderation/items/{POST_KEY}/{s.answers[0].post_id}/"),
        (moderator, "/moderation/audit/"),
        (moderator, "/moderation/hidden/"),
        (moderator, f"/moderation/members/{s.members[0].username}/"),
        (moderator, "/moderation/applications/"),
        (_client(s.applicants[0]), "/specialists/apply/"),
    ]
    each = [(visitor, f"/members/{u.username}/") for u in s.members + s.specialists]
    each += [(moderator, f"/moderation/applications/{u.specialist.pk}/") for u in s.applicants]
    return listing + each


def question_pages(s, payloads) -> list[tuple[Client, str]]:
    """The question pages whose title carries a payload this round (titles hold several)."""
    titles = pack(payloads, 150, CARRIERS)
    pairs = zip(s.questions, titles, strict=True)
    return [(_client(), q.get_absolute_url()) for q, title in pairs if title]


def test_every_field_on_every_page_that_shows_it(stage, settings):
    settings.HAVEN_PAGE_CACHE = False
    settings.RATELIMIT_ENABLE = False
    to_read = pages(stage)
    problems, seen = [], 0
    for payloads in PAGE_ROUNDS:
        write_round(stage, payloads)
        for client, url in to_read + question_pages(stage, payloads):
            response = client.get(url)
            assert response.status_code == 200, url
            problems += inert(response.content.decode(), f"{url} with {payloads!r}")
            seen += 1
        feed = _client().get("/feeds/questions/").content
        problems += _feed_problems(feed, payloads)
    assert problems == [], "\n".join(problems[:30])
    assert seen >= len(PAGE_ROUNDS) * len(to_read)


def _feed_problems(xml: bytes, payloads) -> list[str]:
    """Atom: titles are plain text, summaries are (sanitized) HTML that readers will render."""
    problems = []
    ns = {"atom": "http://www.w3.org/2005/Atom"}
    for entry in ET.fromstring(xml).findall("atom:entry", ns):  # noqa: S314 - our own feed
        summary = entry.find("atom:summary", ns)
        if summary is not None and summary.text:
            problems += inert(summary.text, f"feed summary with {payloads!r}")
    return problems


# --- Forms that give hostile input back (a refused form shows what was typed) ---------------
ECHO_GROUPS = [PAYLOADS[i : i + 70] for i in range(0, len(PAYLOADS), 70)]


def echo_requests(s, text: str) -> list[tuple[Client, str, str, dict]]:
    """(client, method, URL, data): each form refused (one required field left out or wrong)
    so that it shows every other field again, holding the hostile text."""
    member, specialist = _client(s.members[1]), _client(s.specialists[1])
    moderator, visitor = _client(s.moderator), _client()
    t = s.topic
    topic_url = f"/forum/forum/{t.forum.slug}-{t.forum_id}/topic/{t.slug}-{t.pk}/"
    answer_post = s.answers[1].post_id
    return [
        (member, "post", "/questions/ask/", {"title": text, "body": text, "tags": text}),
        (
            member,
            "post",
            "/questions/ask/",
            {"title": text, "body": text, "board": "breakups", "tags": text, "preview": "1"},
        ),  # fmt: skip
        (
            specialist,
            "post",
            f"/questions/{s.questions[1].pk}/answer/",
            {"body": "", "references": text},
        ),  # fmt: skip
        (
            member,
            "post",
            "/accounts/settings/",
            {"display_name": text, "bio": text, "location": text, "email": "x"},
        ),  # fmt: skip
        (_client(s.members[3]), "post", "/specialists/apply/", _application(text)),
        (specialist, "post", "/specialists/profile/", {**_application(text), "website": text}),
        (
            member,
            "post",
            f"/specialists/{s.specialists[2].username}/contact/",
            {"message": "", "preferred_times": text, "contact_detail": text},
        ),  # fmt: skip
        (specialist, "post", f"/consultations/{s.consultations[1].pk}/", {"reply": text}),
        (member, "post", f"/report/{POST_KEY}/{answer_post}/", {"reason": "", "note": text}),
        (
            moderator,
            "post",
            f"/moderation/items/{POST_KEY}/{answer_post}/edit/",
            {"text": text, "reason": ""},
        ),  # fmt: skip
        (
            moderator,
            "post",
            f"/moderation/items/{POST_KEY}/{answer_post}/hide/",
            {"reason": text[:4]},
        ),  # fmt: skip
        (
            moderator,
            "post",
            f"/moderation/members/{s.members[2].username}/silence/",
            {"reason": text, "days": "0"},
        ),  # fmt: skip
        (
            moderator,
            "post",
            f"/moderation/applications/{s.applicants[2].specialist.pk}/",
            {"note": text},
        ),  # fmt: skip
        (member, "post", f"{topic_url}post/create/", {"content": text, "subject": ""}),
        (
            member,
            "post",
            f"/forum/forum/{t.forum.slug}-{t.forum_id}/topic/create/",
            {"subject": text, "content": ""},
        ),  # fmt: skip
        (visitor, "post", "/accounts/signup/", {"username": text, "email": text}),
        (visitor, "post", "/accounts/login/", {"username": text, "password": ""}),
        (visitor, "post", "/accounts/password/reset/", {"email": text}),
        (visitor, "get", "/search/", {"q": text, "tag": text, "sort": text}),
        (visitor, "get", "/questions/similar/", {"q": text}),
        (member, "get", "/questions/ask/", {"title": text}),
    ]


def _application(text: str) -> dict:
    fields = {name: text for name in SPECIALIST_FIELDS}
    return {**fields, "licence_expiry": text, "years_of_practice": text, "website": text}


def test_refused_forms_give_hostile_input_back_inertly(stage, settings):
    settings.RATELIMIT_ENABLE = False
    problems = []
    for group in ECHO_GROUPS:
        text = "\n".join(group)
        for client, method, url, data in echo_requests(stage, text):
            response = getattr(client, method)(url, data)
            assert response.status_code in (200, 302, 400), f"{method} {url}"
            problems += inert(response.content.decode(), f"{method} {url}")
    assert problems == [], "\n".join(problems[:30])


# --- Search results: highlighted snippets of hostile text -------------------------------------
def test_search_results_and_snippets_stay_inert(stage, settings):
    from django.core.management import call_command

    settings.HAVEN_PAGE_CACHE = False
    breakups = Board.objects.get(slug="breakups")
    for n, group in enumerate(ECHO_GROUPS):
        group = storable(group)
        text = "\n\n".join(f"zebra {payload} zebra" for payload in group)
        questions.ask_question(
            author=stage.members[n], board=breakups, title=f"zebra {group[0]}"[:150], body=text
        )
    call_command("clear_index", interactive=False, verbosity=0)
    call_command("update_index", verbosity=0)
    try:
        problems = []
        for query in ("zebra", "zebra script", "zebra alert onerror", "javascript"):
            for page in ("1", "2"):
                response = _client().get("/search/", {"q": query, "page": page})
                problems += inert(response.content.decode(), f"search {query!r} page {page}")
        html = _client().get("/search/", {"q": "zebra"}).content.decode()
        assert "<mark>zebra</mark>" in html  # the snippets really were made from these posts
        assert problems == [], "\n".join(problems[:30])
    finally:
        call_command("clear_index", interactive=False, verbosity=0)
