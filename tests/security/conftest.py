"""The people and things every security proof needs, and the project's URL patterns.

``build_world()`` makes one of each role the site knows — visitor, member, other member,
asker, unverified applicant, verified specialist, moderator, silenced, suspended, staff — and
one of each kind of object they can own: a question (and an anonymous one) with an answer, a
community topic with a reply, an article, a consultation request, a credential document, a
report, a sanction, a notification.
"""

from dataclasses import dataclass, field
from types import SimpleNamespace

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from forum import services as board_services
from forum.models import Board
from forum.services import setup_forums
from moderation import services as moderation
from moderation.models import Flag, ReviewItem
from profiles import email_preferences, signup
from profiles import services as profile_services
from profiles.models import CredentialDocument
from profiles.notifications import notify
from questions import services as questions
from tests import factories

ROLES = (
    "visitor",
    "member",
    "other_member",
    "asker",
    "applicant",
    "specialist",
    "moderator",
    "silenced",
    "suspended",
    "staff",
)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@dataclass
class Route:
    route: str  # the full pattern, as ``resolve(url).route`` reports it
    name: str  # "namespace:name", or "" for unnamed patterns
    pattern: URLPattern = field(repr=False)


def walk_routes(patterns=None, prefix: str = "", namespace: str = "") -> list[Route]:
    """Every URL pattern of the project, nested includes flattened (machina's and admin's too)."""
    found = []
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        route = (
            URLResolver._join_route(prefix, str(entry.pattern)) if prefix else str(entry.pattern)
        )
        if isinstance(entry, URLResolver):
            inner = ":".join(part for part in (namespace, entry.namespace or "") if part)
            found += walk_routes(entry.url_patterns, route, inner)
        else:
            name = f"{namespace}:{entry.name}" if namespace and entry.name else entry.name or ""
            found.append(Route(route=route, name=name, pattern=entry))
    return found


def _document(profile) -> CredentialDocument:
    return CredentialDocument.objects.create(
        profile=profile,
        file=ContentFile(PDF, name="licence.pdf"),
        original_name="licence.pdf",
        content_type="application/pdf",
        size=len(PDF),
    )


def build_world() -> SimpleNamespace:
    setup_forums()
    w = SimpleNamespace()
    w.member = factories.UserFactory(username="mira")
    w.other_member = factories.UserFactory(username="otto")
    w.asker = factories.UserFactory(username="asha")
    w.applicant = factories.make_applicant(username="appleton")
    w.specialist = factories.make_specialist(username="dr-sage")
    w.moderator = factories.make_moderator(username="mod-maya")
    w.silenced = factories.UserFactory(username="quiet-sid")
    w.suspended = factories.UserFactory(username="away-sue")
    w.staff = factories.UserFactory(username="staff-stan", is_staff=True)
    w.users = {role: getattr(w, role) for role in ROLES if role != "visitor"}

    w.question = factories.make_question(w.asker, title="How do I rebuild trust after a lie?")
    w.answer = factories.make_answer(w.question, w.specialist)
    w.anonymous = factories.make_question(
        w.asker, title="Is it normal to miss him every single night?", anonymous=True
    )
    w.tag = w.question.tags.first()
    w.ask_board = Board.objects.select_related("forum").get(slug="breakups")
    w.community = Board.objects.select_related("forum").get(slug="general")
    w.topic = board_services.start_topic(
        forum=w.community.forum,
        poster=w.member,
        subject="What helped you heal?",
        content="Share one small thing that helped.",
    )
    w.reply = board_services.add_post(
        topic=w.topic, poster=w.other_member, content="Walking, every day."
    )
    articles = Board.objects.select_related("forum").get(kind=Board.Kind.ARTICLES)
    w.article = questions.publish_article(
        author=w.specialist,
        board=articles,
        title="Five habits of couples who repair well",
        body="Repair starts with noticing the moment it went wrong.",
    )
    w.articles = articles
    w.document = _document(w.applicant.specialist)
    w.consultation = profile_services.send_consultation_request(
        member=w.member, profile=w.specialist.specialist, message="Could we talk next week?"
    )
    w.flag = moderation.flag(
        flagger=w.other_member, target=w.answer.post, reason=Flag.Reason.UNSAFE, note="Hmm"
    )
    w.review = ReviewItem.objects.get(pk=w.flag.item_id)
    w.silence = moderation.silence(
        moderator=w.moderator, user=w.silenced, days=3, reason="Cooling off after a fight."
    )
    w.suspension = moderation.suspend(
        moderator=w.moderator, user=w.suspended, days=3, reason="Repeated harassment."
    )
    w.notification = notify(user=w.member, kind="answer", message="A new answer", email=False)
    w.unsubscribe = email_preferences.unsubscribe_token(w.member, "answers")
    w.reset_uid = urlsafe_base64_encode(force_bytes(w.member.pk))
    w.reset_token = default_token_generator.make_token(w.member)
    w.signup_token = signup.sign_up_token(username="newcomer", email="newcomer@example.org")
    return w


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """One world per test module, like ``TestCase.setUpTestData``: built once inside a
    transaction that is rolled back after the module; each test's own changes are rolled back
    after the test (tests using it are marked ``django_db`` as usual)."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            yield build_world()
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
