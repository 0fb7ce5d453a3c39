"""The directory, the public specialist profile and the home page's featured slot."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from profiles.models import SpecialistProfile
from profiles.selectors import featured_specialists
from tests import factories
from tests.specialists_helpers import verified_specialist

DIRECTORY = "/specialists/"


def names_on(client, url) -> list[str]:
    html = client.get(url).content.decode()
    return re.findall(r'class="directory-name"><a href="[^"]+">([^<]+)</a>', html)


@pytest.fixture
def people(boards):
    return {
        "ana": verified_specialist(
            display_name="Ana Alvarez",
            specialisations=("dating", "breakups"),
            languages="English, Spanish",
            online=True,
            in_person=True,
            location="Austin, TX",
        ),
        "ben": verified_specialist(
            display_name="Ben Brooks",
            specialisations=("family",),
            languages="English",
            online=False,
            in_person=True,
            free=True,
            bio="Family systems and blended families.",
        ),
        "cleo": verified_specialist(
            display_name="Cleo Chen",
            specialisations=("marriage",),
            languages="Mandarin, English",
            online=True,
            free=True,
        ),
    }


@pytest.mark.django_db
def test_only_verified_unexpired_specialists_are_listed(client, people, applicant):
    verified_specialist(display_name="Expired Ed", expiry_days=-1)
    revoked = verified_specialist(display_name="Revoked Rae")
    SpecialistProfile.objects.filter(pk=revoked.pk).update(status="revoked")
    names = names_on(client, DIRECTORY)
    assert set(names) == {"Ana Alvarez", "Ben Brooks", "Cleo Chen"}
    assert applicant.public_name not in client.get(DIRECTORY).content.decode()


@pytest.mark.django_db
def test_featured_free_consultation_first(client, people):
    names = names_on(client, DIRECTORY)
    assert names[:2] == ["Ben Brooks", "Cleo Chen"] and names[2] == "Ana Alvarez"
    assert [p.user.public_name for p in featured_specialists()] == ["Ben Brooks", "Cleo Chen"]
    home = client.get("/").content.decode()
    assert "Ben Brooks" in home and "Cleo Chen" in home and "Ana Alvarez" not in home


@pytest.mark.django_db
def test_directory_filters_and_query(client, people):
    assert names_on(client, f"{DIRECTORY}?specialisation=breakups") == ["Ana Alvarez"]
    assert names_on(client, f"{DIRECTORY}?language=Spanish") == ["Ana Alvarez"]
    assert names_on(client, f"{DIRECTORY}?language=Mandarin") == ["Cleo Chen"]
    assert names_on(client, f"{DIRECTORY}?format=in_person") == ["Ben Brooks", "Ana Alvarez"]
    assert names_on(client, f"{DIRECTORY}?format=online") == ["Cleo Chen", "Ana Alvarez"]
    assert names_on(client, f"{DIRECTORY}?free=on") == ["Ben Brooks", "Cleo Chen"]
    assert names_on(client, f"{DIRECTORY}?free=on&format=online") == ["Cleo Chen"]
    assert names_on(client, f"{DIRECTORY}?q=blended") == ["Ben Brooks"]
    assert names_on(client, f"{DIRECTORY}?q=austin") == ["Ana Alvarez"]
    assert names_on(client, f"{DIRECTORY}?q=marriage") == ["Cleo Chen"]  # a specialisation name
    page = client.get(f"{DIRECTORY}?q=nobody-like-this").content.decode()
    assert "No specialist matches these filters yet." in page
    # Filter choices come from the real data.
    page = client.get(DIRECTORY).content.decode()
    assert '<option value="Mandarin">Mandarin</option>' in page
    assert "Breakups &amp; Reconnecting" in page


@pytest.mark.django_db
def test_directory_is_paginated_with_filters_kept_and_a_query_budget(client, boards):
    for i in range(14):
        verified_specialist(display_name=f"Specialist {i:02d}", free=True)
    first = names_on(client, f"{DIRECTORY}?free=on")
    second_html = client.get(f"{DIRECTORY}?free=on&page=2").content.decode()
    assert len(first) == 12
    assert "Page 2 of 2" in second_html
    assert 'href="?free=on&amp;page=1"' in second_html
    client.get(DIRECTORY)
    with CaptureQueriesContext(connection) as queries:
        client.get(DIRECTORY)
    assert len(queries) <= 8, [q["sql"] for q in queries.captured_queries]


@pytest.mark.django_db
def test_public_profile_shows_everything_a_member_needs(client, people, question):
    cleo = people["cleo"]
    SpecialistProfile.objects.filter(pk=cleo.pk).update(
        bio="I work with couples.",
        approach="Gottman method.",
        fee_range="$100–150",
        consultation_description="Free 30-minute initial consultation, online.",
    )
    answer = factories.make_answer(question, cleo.user, body="Try a weekly check-in together.")
    voter = factories.UserFactory()
    from questions import services as q_services

    q_services.cast_vote(user=voter, post=answer.post, value=1)
    q_services.mark_helped(user=question.topic.poster, answer=answer, question=question)
    page = client.get(cleo.user.get_absolute_url()).content.decode()
    for expected in (
        "Cleo Chen",
        "Licensed Psychologist",
        "Verified specialist",
        "Licensed Psychologist · Oregon, USA · verified",
        "Marriage &amp; Partnership",
        "Mandarin, English",
        "Online",
        "I work with couples.",
        "Gottman method.",
        "Free 30-minute initial consultation, online.",
        "$100–150",
        question.topic.subject,
    ):
        assert expected in page, expected
    stats = dict(re.findall(r"<dt>([^<]+)</dt><dd>(\d+)</dd>", page))
    assert stats == {"Answers": "1", "Marked as helpful": "1", "Up-votes received": "1"}
    # The free-consultation badge also shows on their answers.
    assert (
        "Free 30-minute initial consultation, online."
        in client.get(question.get_absolute_url()).content.decode()
    )


@pytest.mark.django_db
def test_member_page_lists_articles_and_no_badge_for_applicants(client, applicant):
    page = client.get(applicant.get_absolute_url()).content.decode()
    assert "Verified specialist" not in page
    assert applicant.public_name in page


@pytest.mark.django_db
def test_apply_links_lead_to_the_application(client, question, member):
    page = client.get(question.get_absolute_url()).content.decode()
    assert "/accounts/login/?next=/specialists/apply/" in page
    intro = client.get("/specialists/apply/").content.decode()
    assert "To create your specialist profile, please log in." in intro
    client.force_login(member)
    page = client.get(question.get_absolute_url()).content.decode()
    assert 'href="/specialists/apply/"' in page
