"""Demo content for ``make run``: members, verified specialists, questions, answers, articles,
community threads. Idempotent: running it again finds what is there and adds nothing twice."""

import random
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from machina.apps.forum_conversation.models import Post, Topic

from forum import services as board_services
from forum.models import Board
from forum.services import setup_forums
from profiles import services as profile_services
from profiles.models import SpecialistProfile
from questions import demo_content as content
from questions import services
from questions.models import Question

DEMO_PASSWORD = "haven-demo-2026"  # noqa: S105 - demo accounts on a local site only
DEMO_MEMBER = "sam"
DEMO_MODERATOR = "moderator"
User = get_user_model()


def demo_logins() -> list[tuple[str, str, str]]:
    return [
        ("member", DEMO_MEMBER, DEMO_PASSWORD),
        ("specialist", content.SPECIALISTS[0]["username"], DEMO_PASSWORD),
        ("moderator", DEMO_MODERATOR, DEMO_PASSWORD),
    ]


def _text(markdown: str) -> str:
    """Unwrap the demo text's hard-wrapped lines: one line per paragraph or list item."""
    lines, out = markdown.strip().splitlines(), []
    for line in lines:
        starts_block = (
            not line.strip()
            or line.lstrip()[:2] in ("- ", "* ", "##")
            or (line.lstrip()[:1].isdigit() and line.lstrip()[1:3] in (". ", ") "))
        )
        if out and out[-1].strip() and not out[-1].startswith("#") and not starts_block:
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line.rstrip())
    return "\n".join(out)


def _user(username, email, display_name="", **extra) -> User:
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User.objects.create_user(
            username=username,
            email=email,
            password=DEMO_PASSWORD,
            display_name=display_name,
            **extra,
        )
    return user


def _members():
    users = [
        _user(DEMO_MEMBER, "sam@example.org", "Sam", bio="Here to learn, and to listen."),
    ]
    for data in content.MEMBERS:
        users.append(
            _user(
                data["username"],
                data["email"],
                data["display_name"],
                bio=data.get("bio", ""),
                location=data.get("location", ""),
            )
        )
    moderator = _user(DEMO_MODERATOR, "moderator@example.org", "Morgan (moderator)")
    profile_services.make_moderator(user=moderator)
    return users


def _specialists():
    boards = {b.slug: b for b in Board.objects.filter(kind=Board.Kind.ASK)}
    today = timezone.localdate()
    for data in content.SPECIALISTS:
        user = _user(data["username"], data["email"], data["display_name"])
        profile, created = SpecialistProfile.objects.get_or_create(
            user=user,
            defaults={
                "professional_title": data["professional_title"],
                "qualifications": data["qualifications"],
                "licence_number": data["licence_number"],
                "licensing_body": data["licensing_body"],
                "jurisdiction": data["jurisdiction"],
                "licence_expiry": today.replace(year=today.year + 2),
                "years_of_practice": data["years_of_practice"],
                "languages": ", ".join(data["languages"]),
                "approach": data["approach"],
                "bio": data["bio"],
                "offers_online": "online" in data["session_formats"],
                "offers_in_person": "in_person" in data["session_formats"],
                "location": data["location"],
                "fee_range": data["fee_range"],
                "offers_free_consultation": data["offers_free_consultation"],
                "consultation_description": data["consultation_description"],
            },
        )
        if created:
            profile.specialisations.set([boards[slug] for slug in data["specialisations"]])
        if profile.status != SpecialistProfile.Status.VERIFIED:
            profile_services.mark_verified(profile=profile)


def _backdate(topic: Topic, when):
    Topic.objects.filter(pk=topic.pk).update(created=when, last_post_on=when)
    Post.objects.filter(topic=topic).update(created=when)
    Question.objects.filter(topic=topic).update(created=when)


def _question(data, rng: random.Random, voters: list) -> bool:
    board = Board.objects.select_related("forum").get(slug=data["category"])
    if Topic.objects.filter(forum=board.forum, subject=data["title"]).exists():
        return False
    asker = User.objects.get(username=data["asker"])
    question = services.ask_question(
        author=asker,
        board=board,
        title=data["title"],
        body=_text(data["body"]),
        tags=data["tags"],
        anonymous=data["anonymous"],
    )
    asked_at = timezone.now() - timedelta(days=rng.randint(1, 40), minutes=rng.randint(0, 1400))
    _backdate(question.topic, asked_at)
    for i, answer_data in enumerate(data["answers"]):
        specialist = User.objects.get(username=answer_data["specialist"])
        answer = services.answer_question(
            question=question,
            author=specialist,
            body=_text(answer_data["body"]),
            references="\n".join(answer_data.get("references", [])),
        )
        answered_at = min(
            asked_at + timedelta(hours=rng.randint(2, 30) * (i + 1)),
            timezone.now() - timedelta(minutes=5 * (len(data["answers"]) - i)),
        )
        Post.objects.filter(pk=answer.post_id).update(created=answered_at)
        for voter in rng.sample(voters, k=min(len(voters), answer_data.get("votes", 0))):
            if voter.pk != asker.pk:
                services.cast_vote(user=voter, post=answer.post, value=1)
        if answer_data.get("helped"):
            services.mark_helped(user=asker, answer=answer, question=question)
    for voter in rng.sample(voters, k=rng.randint(0, 4)):
        if voter.pk != asker.pk:
            services.cast_vote(user=voter, post=question.topic.first_post, value=1)
    return True


def _article(data) -> bool:
    board = Board.objects.select_related("forum").get(kind=Board.Kind.ARTICLES)
    if Topic.objects.filter(forum=board.forum, subject=data["title"]).exists():
        return False
    author = User.objects.get(username=data["author"])
    article = services.publish_article(
        author=author,
        board=board,
        title=data["title"],
        body=_text(data["body"]),
        references="\n".join(data.get("references", [])),
    )
    for comment in data.get("comments", []):
        board_services.add_post(
            topic=article.topic,
            poster=User.objects.get(username=comment["author"]),
            content=_text(comment["body"]),
        )
    return True


def _thread(data) -> bool:
    board = Board.objects.select_related("forum").get(slug=data["board"])
    if Topic.objects.filter(forum=board.forum, subject=data["title"]).exists():
        return False
    topic = board_services.start_topic(
        forum=board.forum,
        poster=User.objects.get(username=data["author"]),
        subject=data["title"],
        content=_text(data["body"]),
    )
    for reply in data.get("replies", []):
        board_services.add_post(
            topic=topic,
            poster=User.objects.get(username=reply["author"]),
            content=_text(reply["body"]),
        )
    return True


def seed_demo(progress=None) -> dict[str, int]:
    """Create the demo site; ``progress(n)`` is called as items are done (for a progress bar)."""
    progress = progress or (lambda n: None)
    rng = random.Random(20261125)  # noqa: S311 - repeatable demo data, not security
    setup_forums()
    with transaction.atomic():
        voters = _members()
        _specialists()
    progress(2)
    created = {"questions": 0, "articles": 0, "threads": 0}
    for data in content.QUESTIONS:
        with transaction.atomic():
            created["questions"] += _question(data, rng, voters)
        progress(1)
    for data in content.ARTICLES:
        with transaction.atomic():
            created["articles"] += _article(data)
        progress(1)
    for data in content.COMMUNITY_THREADS:
        with transaction.atomic():
            created["threads"] += _thread(data)
        progress(1)
    return created


def total_steps() -> int:
    return 2 + len(content.QUESTIONS) + len(content.ARTICLES) + len(content.COMMUNITY_THREADS)
