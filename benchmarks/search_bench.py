"""Search benchmark: index 100,000 generated posts, then time 200 fixed, realistic queries.

    .venv/bin/python benchmarks/search_bench.py [--posts 100000] [--keep]

Everything lives in a temporary folder (its own SQLite database and Whoosh index), never the
development ones. Rows are bulk-inserted (no signals, no queue); the index is then built with
``reindex_search`` — the same code the real command runs — and queries go through
``questions.search.search`` exactly as the search page calls it (engine query, database
visibility check, snippets, spelling when results are few). Prints the build rate, index size
and latency p50/p95/max overall and per kind of query, with the slowest queries.
Not a test: numbers depend on the machine.
"""

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORDS = """
partner relationship trust communication argue argument fight space breakup divorce marriage
husband wife boyfriend girlfriend family mother father sister brother children kids parent
dating apps first date anxiety attachment avoidant anxious secure boundaries respect jealous
jealousy cheating affair betrayal forgive forgiveness apology listen feelings emotional love
intimacy sex affection lonely loneliness depressed sad angry hurt grief loss move moving house
money finances chores work job career stress holidays christmas wedding engaged engagement
friends friendship social media phone texting messages silence ghosted reconnect contact
no-contact ex former closure healing therapy counselling counselor therapist support advice
confidence self-worth self-esteem growth change habits drinking alcohol distance long-distance
year months weeks days time together apart living cohabiting baby pregnant infertility
in-laws mother-in-law step-children blended custody co-parenting separation lawyer mediation
""".split()
COMMON = "the a and to of in i my we it that is was for on with he she they but not".split()
PHRASES = [
    "give space",
    "long distance",
    "trust issues",
    "no contact",
    "first date",
    "after the breakup",
    "my partner",
    "feel lonely",
    "how do i",
    "we argue about money",
    "mother in law",
    "back together",
    "moving in together",
    "social media",
    "self worth",
    "couples therapy",
    "co parenting",
    "years of marriage",
    "stopped talking",
    "says she needs",
]
TAGS = [
    "trust",
    "breakup",
    "space",
    "communication",
    "anxiety",
    "cheating",
    "money",
    "in-laws",
    "long-distance",
    "dating-apps",
    "grief",
    "co-parenting",
    "boundaries",
    "jealousy",
    "intimacy",
]


def _filler_vocabulary(n: int) -> list[str]:
    """Made-up but pronounceable words: the long tail of a real vocabulary."""
    rng = random.Random(1)
    onsets, vowels, codas = (
        "b c d f g h j k l m n p r s t v w".split(),
        "a e i o u ai ee".split(),
        ["", "n", "r", "s", "t", "l", "nd", "st"],
    )
    words = set()
    while len(words) < n:
        syllables = rng.randint(1, 3)
        words.add(
            "".join(
                rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas)
                for _ in range(syllables)
            )
        )
    return sorted(words)


FILLER = _filler_vocabulary(6000)


def _zipf_weights(n: int, s: float) -> list[float]:
    total, out = 0.0, []
    for rank in range(1, n + 1):
        total += 1 / rank**s
        out.append(total)
    return out


TOPIC_WEIGHTS = _zipf_weights(len(WORDS), 0.8)
FILLER_WEIGHTS = _zipf_weights(len(FILLER), 1.0)


def sentence(rng: random.Random, n: int) -> str:
    """Word frequencies like real posts: stop words, a topical vocabulary where the commonest
    words appear in roughly half the posts, and a long tail."""
    out = []
    for _ in range(n):
        roll = rng.random()
        if roll < 0.45:
            out.append(rng.choice(COMMON))
        elif roll < 0.55:
            out.append(rng.choices(WORDS, cum_weights=TOPIC_WEIGHTS)[0])
        else:
            out.append(rng.choices(FILLER, cum_weights=FILLER_WEIGHTS)[0])
    return " ".join(out).capitalize() + "."


def paragraph(rng: random.Random, low: int, high: int) -> str:
    text = " ".join(sentence(rng, rng.randint(6, 18)) for _ in range(rng.randint(low, high)))
    if rng.random() < 0.3:
        text += " " + rng.choice(PHRASES).capitalize() + " is what I keep thinking about."
    return text


def queries(rng: random.Random, boards: list[str]) -> list[tuple[str, str, dict]]:
    """200 fixed queries: (kind, text, filters)."""
    out = []
    for _ in range(50):
        out.append(("short term", rng.choice(WORDS[:80]), {}))
    for _ in range(50):
        out.append(("multi-word", " ".join(rng.sample(WORDS[:120], rng.randint(2, 4))), {}))
    for _ in range(50):
        out.append(("phrase", f'"{rng.choice(PHRASES)}"', {}))
    for i in range(50):
        filters = [
            {"kind": "questions"},
            {"category": rng.choice(boards)},
            {"tag": rng.choice(TAGS)},
            {"specialist_answered": True, "sort": "helpful"},
            {"has_helped": True, "sort": "newest"},
        ][i % 5]
        out.append(("filtered", " ".join(rng.sample(WORDS[:60], rng.randint(1, 2))), filters))
    return out


def setup_environment(folder: Path) -> None:
    os.environ["HAVEN_DATA_DIR"] = str(folder)
    os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'bench.sqlite3'}"
    os.environ["SEARCH_URL"] = str(folder / "whoosh_index")
    os.environ.pop("REDIS_URL", None)
    os.environ.pop("CACHE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "haven.settings"
    import django

    django.setup()


def generate(total_posts: int, rng: random.Random) -> dict:
    """Bulk-insert users, specialists, questions with answers, articles and board threads."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone
    from machina.apps.forum_conversation.models import Post, Topic

    from forum.models import Board
    from profiles.models import SpecialistProfile
    from questions.models import Answer, Article, Question, Tag

    User = get_user_model()
    now = timezone.now()
    members = User.objects.bulk_create(
        User(username=f"m{i}", email=f"m{i}@example.org", display_name=f"Member {i}")
        for i in range(400)
    )
    specialists = User.objects.bulk_create(
        User(username=f"s{i}", email=f"s{i}@example.org", display_name=f"Dr. Spec {i}")
        for i in range(40)
    )
    ask = list(Board.objects.filter(kind=Board.Kind.ASK).select_related("forum"))
    community = list(Board.objects.filter(kind=Board.Kind.COMMUNITY).select_related("forum"))
    articles_board = Board.objects.get(kind=Board.Kind.ARTICLES)
    profiles = SpecialistProfile.objects.bulk_create(
        SpecialistProfile(
            user=u,
            status=SpecialistProfile.Status.VERIFIED,
            professional_title="Licensed therapist",
            languages="English, Spanish",
            bio=paragraph(rng, 2, 4),
            offers_free_consultation=rng.random() < 0.5,
            verified_at=now,
        )
        for u in specialists
    )
    through = SpecialistProfile.specialisations.through
    through.objects.bulk_create(
        through(specialistprofile_id=p.pk, board_id=b.pk)
        for p in profiles
        for b in rng.sample(ask, 2)
    )
    tags = [Tag.objects.create(name=name) for name in TAGS]

    n_articles = total_posts // 20
    n_board_posts = total_posts // 5
    n_questions = (total_posts - n_articles - n_board_posts) * 27 // 100
    n_answers = total_posts - n_articles - n_board_posts - n_questions
    n_threads = n_board_posts // 4

    def topic(forum, poster, i):
        subject = sentence(rng, rng.randint(5, 12))[:-1] + "?"
        created = now - timezone.timedelta(minutes=i)
        return Topic(
            forum=forum,
            poster=poster,
            subject=subject,
            slug=f"t-{i}",
            type=Topic.TOPIC_POST,
            status=Topic.TOPIC_UNLOCKED,
            approved=True,
            created=created,
            last_post_on=created,
        )

    def posts_for(topics, body_range, poster_pick, per_topic=1):
        return [
            Post(
                topic=t,
                poster=poster_pick(),
                subject=t.subject[:255],
                content=paragraph(rng, *body_range),
                approved=True,
                created=t.created,
            )
            for t in topics
            for _ in range(per_topic)
        ]

    def link_first_posts(topics, posts):
        first = {}
        for p in posts:
            first.setdefault(p.topic_id, p)
        for t in topics:
            t.first_post = t.last_post = first[t.pk]
            t.posts_count = 1
        Topic.objects.bulk_update(
            topics, ["first_post", "last_post", "posts_count"], batch_size=2000
        )

    batch = 2000
    q_topics = Topic.objects.bulk_create(
        (topic(rng.choice(ask).forum, rng.choice(members), i) for i in range(n_questions)),
        batch_size=batch,
    )
    q_posts = Post.objects.bulk_create(
        posts_for(q_topics, (2, 6), lambda: rng.choice(members)), batch_size=batch
    )
    link_first_posts(q_topics, q_posts)
    questions = Question.objects.bulk_create(
        (
            Question(topic=t, is_anonymous=rng.random() < 0.3, score=rng.randint(-2, 30))
            for t in q_topics
        ),
        batch_size=batch,
    )
    Question.objects.filter(pk__in=[q.pk for q in questions]).update(created=now)
    Question.tags.through.objects.bulk_create(
        (
            Question.tags.through(question_id=q.pk, tag_id=t.pk)
            for q in questions
            for t in rng.sample(tags, rng.randint(1, 3))
        ),
        batch_size=batch,
    )
    answer_topics = [rng.choice(questions) for _ in range(n_answers)]
    a_posts = Post.objects.bulk_create(
        (
            Post(
                topic_id=q.topic_id,
                poster=rng.choice(specialists),
                subject="Re: answer",
                content=paragraph(rng, 3, 8),
                approved=True,
            )
            for q in answer_topics
        ),
        batch_size=batch,
    )
    answers = Answer.objects.bulk_create(
        (
            Answer(post=p, question=q, score=rng.randint(0, 40))
            for p, q in zip(a_posts, answer_topics, strict=True)
        ),
        batch_size=batch,
    )
    counts: dict[int, int] = {}
    helped = {}
    for a in answers:
        counts[a.question_id] = counts.get(a.question_id, 0) + 1
        if rng.random() < 0.2:
            helped[a.question_id] = a.pk
    for q in questions:
        q.answer_count = counts.get(q.pk, 0)
        q.helped_answer_id = helped.get(q.pk)
    Question.objects.bulk_update(questions, ["answer_count", "helped_answer"], batch_size=batch)

    art_topics = Topic.objects.bulk_create(
        (
            topic(articles_board.forum, rng.choice(specialists), n_questions + i)
            for i in range(n_articles)
        ),
        batch_size=batch,
    )
    art_posts = Post.objects.bulk_create(
        posts_for(art_topics, (8, 20), lambda: rng.choice(specialists)), batch_size=batch
    )
    link_first_posts(art_topics, art_posts)
    Article.objects.bulk_create((Article(topic=t) for t in art_topics), batch_size=batch)

    c_topics = Topic.objects.bulk_create(
        (
            topic(rng.choice(community).forum, rng.choice(members), n_questions + n_articles + i)
            for i in range(n_threads)
        ),
        batch_size=batch,
    )
    c_posts = Post.objects.bulk_create(
        posts_for(c_topics, (1, 4), lambda: rng.choice(members), per_topic=4), batch_size=batch
    )
    link_first_posts(c_topics, c_posts)
    return {
        "questions": n_questions,
        "answers": n_answers,
        "articles": n_articles,
        "board posts": n_board_posts,
        "posts": Post.objects.count(),
        "boards": [b.slug for b in ask],
    }


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def build(posts: int, rng: random.Random) -> list[str]:
    """Generate the posts and index them the way ``reindex_search --clear`` does."""
    from django.core.management import call_command

    from forum.services import setup_forums

    call_command("migrate", verbosity=0)
    setup_forums()
    t0 = time.perf_counter()
    made = generate(posts, rng)
    print(
        f"Generated {made['posts']:,} posts ({made['questions']:,} questions, "
        f"{made['answers']:,} answers, {made['articles']:,} articles, "
        f"{made['board posts']:,} board posts) in {time.perf_counter() - t0:.1f}s"
    )
    t0 = time.perf_counter()
    call_command("reindex_search", clear=True, no_progress=True, verbosity=0)
    took = time.perf_counter() - t0
    docs = made["posts"] + 40  # posts and the verified specialists
    print(f"Index build: {docs:,} documents in {took:.1f}s = {docs / took:,.0f} docs/s")
    return made["boards"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--keep", action="store_true", help="Keep the temporary folder.")
    parser.add_argument("--reuse", type=Path, help="Time queries on a folder kept by --keep.")
    args = parser.parse_args()
    folder = args.reuse or Path(tempfile.mkdtemp(prefix="haven-search-bench-"))
    setup_environment(folder)
    from questions import search

    rng = random.Random(20261125)
    try:
        if args.reuse:
            from forum.models import Board

            boards = [b.slug for b in Board.objects.filter(kind=Board.Kind.ASK)]
        else:
            boards = build(args.posts, rng)
        from haystack import connections

        backend = connections["default"].get_backend()
        backend.setup()
        docs = backend.index.doc_count()
        index_dir = folder / "whoosh_index"
        size = sum(p.stat().st_size for p in index_dir.iterdir() if p.is_file())
        print(f"Index size: {size / 1024 / 1024:.1f} MB for {docs:,} documents")

        plan = queries(random.Random(7), boards)
        search.search("warm up", search.Filters())
        load_before = os.getloadavg()[0]
        timings = []
        for kind, text, filters in plan:
            wall, cpu = time.perf_counter(), time.process_time()
            outcome = search.search(text, search.Filters(**filters))
            wall = (time.perf_counter() - wall) * 1000
            cpu = (time.process_time() - cpu) * 1000
            assert outcome.ok, text
            timings.append((wall, cpu, kind, text, filters, outcome))
        print(
            f"\n{len(timings)} queries, search page path (first page of 20, snippets, database "
            f"check); load average {load_before:.1f} → {os.getloadavg()[0]:.1f} on "
            f"{os.cpu_count()} CPUs. Wall clock, and CPU time of this process (≈ wall clock on an "
            "idle machine):"
        )

        def line(label, rows):
            wall = [r[0] for r in rows]
            cpu = [r[1] for r in rows]
            print(
                f"  {label:<12} wall p50 {percentile(wall, 50):6.1f}"
                f"  p95 {percentile(wall, 95):6.1f}  max {max(wall):6.1f} ms"
                f" | cpu p50 {percentile(cpu, 50):6.1f}"
                f"  p95 {percentile(cpu, 95):6.1f}  max {max(cpu):6.1f} ms"
            )

        line("all", timings)
        for kind in dict.fromkeys(t[2] for t in timings):
            line(kind, [t for t in timings if t[2] == kind])
        partial = sum(1 for t in timings if t[5].partial)
        estimated = sum(1 for t in timings if not t[5].exact)
        print(f"  {partial} stopped at the time limit, {estimated} with an estimated count")
        print("\nSlowest queries (cpu):")
        for _wall, cpu, kind, text, filters, outcome in sorted(timings, key=lambda t: -t[1])[:8]:
            print(f"  {cpu:7.1f} ms  {kind:<11} {text!r} {filters or ''} → {outcome.total:,} hits")
        similar = []
        for _kind, text, _filters in plan[50:100]:
            cpu = time.process_time()
            search.similar_questions(text)
            similar.append((time.process_time() - cpu) * 1000)
        print(
            f"\nAsk-form suggestions ({len(similar)} titles, cpu): p50 "
            f"{percentile(similar, 50):.1f} ms  p95 {percentile(similar, 95):.1f} ms"
            f"  max {max(similar):.1f} ms"
        )
    finally:
        if args.keep or args.reuse:
            print(f"\nKept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
