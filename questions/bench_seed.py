"""Bulk data for benchmarks: ``seed_bench --questions 100000``.

Written with bulk inserts (no per-row ``save()``), repeatable with a seed, then machina's
denormalised counters (topic first/last post, forum counts) are set in a few set-based
updates at the end. Content is generated from word lists, not meant to be read.
"""

import random
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post, Topic

from forum.models import Board
from forum.services import setup_forums
from moderation.models import Flag, ReviewItem
from profiles.models import SpecialistProfile
from profiles.services import mark_verified
from questions.models import Answer, Question, Tag, Vote

User = get_user_model()
WORDS = (
    "partner space trust breakup text reply argument family parents marriage listen feel "
    "time weekend distance jealous friend honest boundary apology hurt calm wedding divorce "
    "children holiday money move together apart anxious avoid repair conflict support love "
    "dating first date profile message silence call week month year therapy counsellor "
    "sister brother mother father in-laws respect change habit promise forgive closeness"
).split()
TAGS = [
    "trust", "space", "no-contact", "jealousy", "boundaries", "co-parenting", "in-laws",
    "long-distance", "texting", "attachment", "anxiety", "apology", "grief", "money",
    "first-dates", "infidelity", "communication", "holidays", "self-esteem", "repair",
]  # fmt: skip
CHUNK = 2000
VOTES_PER_VOTED_ANSWER = 3
FLAGGED_SHARE = 0.005  # posts members report: about 1 in 200
STILL_OPEN_SHARE = 0.3  # of those, waiting for a moderator; the rest were decided


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def _paragraphs(rng: random.Random, count: int) -> str:
    return "\n\n".join(_sentence(rng, rng.randint(12, 30)) for _ in range(count))


def _answer_count(rng: random.Random) -> int:
    """0–40 answers with a long tail: most questions have 0–3, a few have dozens."""
    roll = rng.random()
    if roll < 0.2:
        return 0
    if roll < 0.9:
        return rng.randint(1, 3)
    if roll < 0.98:
        return rng.randint(4, 12)
    return rng.randint(13, 40)


def _people(prefix: str, count: int, password: str) -> list:
    existing = {u.username: u for u in User.objects.filter(username__startswith=prefix)}
    new = [
        User(
            username=f"{prefix}{i}",
            email=f"{prefix}{i}@bench.example",
            password=password,
            display_name=f"{prefix.title()} {i}",
        )
        for i in range(count)
        if f"{prefix}{i}" not in existing
    ]
    User.objects.bulk_create(new, batch_size=CHUNK)
    return list(User.objects.filter(username__startswith=prefix).order_by("pk"))


def _specialists(count: int, password: str) -> list:
    users = _people("benchspecialist", count, password)
    for user in users:
        profile, created = SpecialistProfile.objects.get_or_create(
            user=user,
            defaults={
                "professional_title": "Licensed Counsellor",
                "status": SpecialistProfile.Status.SUBMITTED,
                "offers_free_consultation": user.pk % 2 == 0,
            },
        )
        if profile.status != SpecialistProfile.Status.VERIFIED:
            mark_verified(profile=profile)
    return users


def seed(*, questions: int, seed: int = 1, progress=None) -> dict[str, int]:
    """Add benchmark questions until there are ``questions`` of them. Idempotent per count."""
    progress = progress or (lambda n: None)
    rng = random.Random(seed)  # noqa: S311 - repeatable benchmark data
    setup_forums()
    password = make_password("bench-password-1")
    members = _people("benchmember", 500, password)
    specialists = _specialists(40, password)
    tags = [Tag.objects.get_or_create(name=name)[0] for name in TAGS]
    boards = list(Board.objects.filter(kind=Board.Kind.ASK).select_related("forum"))
    have = Question.objects.filter(topic__poster__username__startswith="benchmember").count()
    start = timezone.now() - timedelta(days=730)
    made = 0
    while have + made < questions:
        size = min(CHUNK, questions - have - made)
        with transaction.atomic():
            _chunk(rng, size, have + made, members, specialists, tags, boards, start)
        made += size
        progress(size)
    if made:
        _refresh_counters()
    return {"questions_added": made, "questions_total": have + made}


def _chunk(rng, size, offset, members, specialists, tags, boards, start):
    now = timezone.now()
    topics, plans = [], []
    for i in range(size):
        n = offset + i
        asked = start + timedelta(minutes=n * 7 + rng.randint(0, 5))
        asker = rng.choice(members)
        board = rng.choice(boards)
        subject = f"{_sentence(rng, rng.randint(6, 12))[:-1]}? #{n}"
        topics.append(
            Topic(
                forum=board.forum,
                poster=asker,
                subject=subject,
                slug=f"bench-question-{n}",
                type=Topic.TOPIC_POST,
                status=Topic.TOPIC_UNLOCKED,
                approved=True,
                created=asked,
                updated=asked,
                last_post_on=asked,
            )
        )
        plans.append((asked, asker, _answer_count(rng), rng.random() < 0.15))
    Topic.objects.bulk_create(topics, batch_size=CHUNK)

    posts = []
    for topic, (asked, asker, _, _) in zip(topics, plans, strict=True):
        posts.append(
            Post(
                topic=topic,
                poster=asker,
                subject=topic.subject,
                content=_paragraphs(rng, rng.randint(1, 3)),
                approved=True,
                created=asked,
                updated=asked,
            )
        )
    answer_posts = []
    for topic, (asked, _, count, _) in zip(topics, plans, strict=True):
        for k in range(count):
            when = min(asked + timedelta(hours=3 * (k + 1)), now)
            answer_posts.append(
                Post(
                    topic=topic,
                    poster=rng.choice(specialists),
                    subject=f"Re: {topic.subject}"[:255],
                    content=_paragraphs(rng, rng.randint(2, 4)),
                    approved=True,
                    created=when,
                    updated=when,
                )
            )
    Post.objects.bulk_create(posts + answer_posts, batch_size=CHUNK)

    questions = [
        Question(topic=topic, is_anonymous=anonymous, created=asked, answer_count=count)
        for topic, (asked, _, count, anonymous) in zip(topics, plans, strict=True)
    ]
    Question.objects.bulk_create(questions, batch_size=CHUNK)
    by_topic = {q.topic_id: q for q in questions}
    voted = {p.pk for p in answer_posts if rng.random() < 0.3}
    answers = [
        Answer(
            post=p,
            question=by_topic[p.topic_id],
            created=p.created,
            score=VOTES_PER_VOTED_ANSWER if p.pk in voted else 0,
        )
        for p in answer_posts
    ]
    Answer.objects.bulk_create(answers, batch_size=CHUNK)
    through = Question.tags.through
    links = {(q.pk, t.pk) for q in questions for t in rng.sample(tags, rng.randint(1, 3))}
    through.objects.bulk_create(
        [through(question_id=q, tag_id=t) for q, t in links], batch_size=CHUNK
    )
    # Scores equal the votes behind them, as the real voting service keeps them.
    votes = [
        Vote(user=voter, post=answer.post, value=1)
        for answer in answers
        if answer.post_id in voted
        for voter in rng.sample(members, VOTES_PER_VOTED_ANSWER)
    ]
    Vote.objects.bulk_create(votes, batch_size=CHUNK)
    _flags(rng, posts + answer_posts, members)
    _threads(rng, size // 10, members)


def _flags(rng, posts, members):
    """Members' reports on a few posts: most decided already, some waiting in the queue, a few
    of them *someone may be at risk*, each from one to four distinct members."""
    post_type = ContentType.objects.get_for_model(Post)
    flagged = [p for p in posts if rng.random() < FLAGGED_SHARE]
    reasons = [r for r in Flag.Reason.values if r != Flag.Reason.OTHER]
    items, plans = [], []
    for post in flagged:
        is_open = rng.random() < STILL_OPEN_SHARE
        flaggers = rng.sample(members, rng.choice((1, 1, 1, 2, 2, 3, 4)))
        chosen = [rng.choice(reasons) for _ in flaggers]
        items.append(
            ReviewItem(
                target_type=post_type,
                target_id=str(post.pk),
                status=ReviewItem.Status.OPEN if is_open else ReviewItem.Status.RESOLVED,
                urgent=Flag.Reason.AT_RISK in chosen,
                flag_count=len(flaggers),
                resolution="" if is_open else "dismissed",
            )
        )
        plans.append((is_open, flaggers, chosen))
    ReviewItem.objects.bulk_create(items, batch_size=CHUNK)
    Flag.objects.bulk_create(
        [
            Flag(
                item=item,
                flagger=flagger,
                reason=reason,
                status=Flag.Status.OPEN if is_open else Flag.Status.DISMISSED,
            )
            for item, (is_open, flaggers, chosen) in zip(items, plans, strict=True)
            for flagger, reason in zip(flaggers, chosen, strict=True)
        ],
        batch_size=CHUNK,
    )


def _threads(rng, count, members):
    """Community board threads with a few replies each."""
    community = list(Board.objects.filter(kind=Board.Kind.COMMUNITY).select_related("forum"))
    now = timezone.now()
    topics = [
        Topic(
            forum=rng.choice(community).forum,
            poster=rng.choice(members),
            subject=_sentence(rng, 7)[:-1],
            slug="bench-thread",
            type=Topic.TOPIC_POST,
            status=Topic.TOPIC_UNLOCKED,
            approved=True,
            created=now,
            updated=now,
        )
        for _ in range(count)
    ]
    Topic.objects.bulk_create(topics, batch_size=CHUNK)
    posts = [
        Post(
            topic=topic,
            poster=rng.choice(members),
            subject=topic.subject,
            content=_sentence(rng, 20),
            approved=True,
            created=now,
            updated=now,
        )
        for topic in topics
        for _ in range(rng.randint(1, 6))
    ]
    Post.objects.bulk_create(posts, batch_size=CHUNK)


def _refresh_counters():
    """machina's denormalised fields, set once for all topics instead of per post."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            UPDATE forum_conversation_topic SET
              first_post_id = (SELECT MIN(p.id) FROM forum_conversation_post p
                               WHERE p.topic_id = forum_conversation_topic.id),
              last_post_id = (SELECT MAX(p.id) FROM forum_conversation_post p
                              WHERE p.topic_id = forum_conversation_topic.id),
              posts_count = (SELECT COUNT(*) FROM forum_conversation_post p
                             WHERE p.topic_id = forum_conversation_topic.id AND p.approved)
            WHERE first_post_id IS NULL
            """
        )
        cursor.execute(
            """
            UPDATE forum_conversation_topic SET last_post_on = (
              SELECT p.created FROM forum_conversation_post p
              WHERE p.id = forum_conversation_topic.last_post_id)
            """
        )
    for forum in Forum.objects.all():
        forum.update_trackers()
    assert not Topic.objects.filter(first_post__isnull=True).exists()
