"""Factories for the people and content tests need."""

import factory
from django.contrib.auth import get_user_model

from forum.models import Board
from profiles import services as profile_services
from profiles.models import SpecialistProfile
from questions import services

PASSWORD = "a-Strong-passphrase-42"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"member{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    display_name = factory.Sequence(lambda n: f"Member Number{n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def saved(obj, create, extracted, **kwargs):
        if create:
            obj.save()


def make_specialist(**user_fields):
    user = UserFactory(**user_fields)
    profile = SpecialistProfile.objects.create(
        user=user,
        professional_title="Licensed Marriage and Family Therapist",
        licence_number="LMFT-1",
        licensing_body="Board of Behavioral Sciences",
        jurisdiction="California, USA",
        status=SpecialistProfile.Status.SUBMITTED,
    )
    profile_services.mark_verified(profile=profile)
    return user


def make_applicant(**user_fields):
    """A member with a submitted, not yet verified, specialist application."""
    user = UserFactory(**user_fields)
    SpecialistProfile.objects.create(
        user=user,
        professional_title="Counsellor",
        status=SpecialistProfile.Status.SUBMITTED,
    )
    return user


def make_moderator(**user_fields):
    return profile_services.make_moderator(user=UserFactory(**user_fields))


def ask_board(slug="breakups") -> Board:
    return Board.objects.select_related("forum").get(slug=slug)


def make_question(
    author=None,
    *,
    title="How do I give my partner space after a breakup?",
    body="We broke up last week and she said she needs space. What do I do now?",
    tags=("breakup", "space"),
    anonymous=False,
    board="breakups",
):
    return services.ask_question(
        author=author or UserFactory(),
        board=ask_board(board),
        title=title,
        body=body,
        tags=tags,
        anonymous=anonymous,
    )


def make_answer(
    question,
    specialist=None,
    *,
    body="Give space, and keep one door open: a short, "
    "kind message that says you are there when they are ready.",
    references="",
):
    return services.answer_question(
        question=question,
        author=specialist or make_specialist(),
        body=body,
        references=references,
    )
