"""The "possible risk" tier of crisis screening: its figures, its guards, and what moderators,
authors and other readers see when it matches."""

import csv
from pathlib import Path

import pytest
from django.urls import reverse

from moderation import concern, crisis, selectors, services
from moderation.models import AuditEntry, Flag, ReviewItem, Screening
from questions import demo_content
from tests import factories
from tests.moderation_helpers import act_url, answered_question, text

HERE = Path(__file__).parent
CONCERN_BATCH = HERE / "crisis_concern_corpus.tsv"
CRISIS_CORPUS = HERE / "crisis_corpus.tsv"
CONCERN_BODY = (
    "Everyone tells me to focus on myself, but I'm a burden to everyone who knows me. "
    "I've been giving thought to what comes next."
)


def _load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _score(rows, found) -> tuple[float, float, list[str], list[str]]:
    tp = fp = fn = 0
    misses, false_alarms = [], []
    for row in rows:
        hit, expected = found(row["text"]), row["label"] == "1"
        tp += hit and expected
        fp += hit and not expected
        fn += expected and not hit
        if hit != expected:
            (misses if expected else false_alarms).append(row["text"])
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), misses, false_alarms


def _demo_posts():
    """Every post the demo seeds: questions and answers, articles and comments, threads."""
    for q in demo_content.QUESTIONS:
        yield q["title"], f"{q['title']}\n{q['body']}"
        yield from ((q["title"], a["body"]) for a in q["answers"])
    for article in demo_content.ARTICLES:
        yield article["title"], f"{article['title']}\n{article['body']}"
        yield from ((article["title"], c["body"]) for c in article.get("comments", []))
    for thread in demo_content.COMMUNITY_THREADS:
        yield thread["title"], f"{thread['title']}\n{thread['body']}"
        yield from ((thread["title"], r["body"]) for r in thread.get("replies", []))


def test_concern_tier_figures(capsys):
    """Crisis alone vs crisis + concern on the fresh batch, on the crisis corpus, and how much
    of the demo content the concern tier would queue. The batch is the tuning set: its only
    fresh figure is crisis alone on the first 220 lines, 0.95 / 0.17, before any concern rule."""
    tiers = {
        "crisis": lambda t: crisis.detect(t).matched,
        "crisis+concern": lambda t: concern.screen(t).matched,
    }
    figures = {}
    with capsys.disabled():
        print()
        for name, path in (("concern batch", CONCERN_BATCH), ("crisis corpus", CRISIS_CORPUS)):
            rows = _load(path)
            for tier, found in tiers.items():
                precision, recall, misses, false_alarms = _score(rows, found)
                figures[name, tier] = precision, recall
                print(
                    f"{name} ({len(rows)}), {tier}: precision {precision:.3f}, recall {recall:.3f}"
                )
                if tier == "crisis+concern":
                    print("".join(f"  missed:      {m}\n" for m in misses), end="")
                    print("".join(f"  false alarm: {f}\n" for f in false_alarms), end="")
        posts = list(_demo_posts())
        queued = [title for title, body in posts if concern.screen(body).level == concern.CONCERN]
        print(f"demo content: concern tier queues {len(queued)} of {len(posts)} posts {queued}")
    assert figures["concern batch", "crisis"][1] < 0.3  # what the tier is for
    assert figures["concern batch", "crisis+concern"] >= (0.95, 0.95)
    precision, recall = figures["crisis corpus", "crisis+concern"]
    assert precision >= 0.98 and recall >= 0.99
    assert len(queued) <= 2


def test_the_batch_is_balanced_and_large_enough():
    rows = _load(CONCERN_BATCH)
    positives = [r for r in rows if r["label"] == "1"]
    assert len(rows) >= 200 and abs(len(positives) * 2 - len(rows)) <= 10
    assert {r["category"] for r in positives} == set(crisis.CATEGORY_LABELS)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I bought a rope and hid it in the garage.", concern.SUICIDE),
        ("Everyone would be better off if I just wasn't around.", concern.SUICIDE),
        ("I've said goodbye to my dog and my mum, I think that's everything.", concern.SUICIDE),
        ("I keep a blade in my pencil case just in case.", concern.SELF_HARM),
        ("He tracks my phone and I'm scared of what he'll do.", concern.ABUSE),
        ("He put his hands on me last night.", concern.ABUSE),
        ("My kids are scared of their dad and hide when he comes home.", concern.CHILD),
    ],
)
def test_indirect_language_is_a_concern(text, category):
    result = concern.screen(text)
    assert result.matched and result.level in (concern.CONCERN, concern.CRISIS)
    assert category in result.categories and result.phrases


@pytest.mark.parametrize(
    "text",
    [
        "This breakup is killing me.",
        "My ex hit me up last night.",
        "I'm done with dating apps.",
        "She gave away my hoodies to charity.",
        "I'm not a burden to everyone, my therapist says.",  # negation
        "I used to feel like a burden to everyone, but not now.",  # clearly past
        'We watched the film "I\'m a burden to everyone" last night.',  # quoted media
        "I'm afraid of my mother-in-law's opinions on the wedding.",
    ],
)
def test_look_alikes_and_guards_are_not_a_concern(text):
    assert not concern.screen(text).matched


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I've been putting my paracetamol in a jar for weeks now.", concern.SUICIDE),
        (
            "There's a spot on the motorway bridge I keep driving past. Tomorrow I'm going to "
            "stop the car there.",
            concern.SUICIDE,
        ),
        ("I keep my razor taped under the bed and use it when he ignores me.", concern.SELF_HARM),
        ("Been biting my arm till it bleeds since the divorce.", concern.SELF_HARM),
        ("My stepmum locks my little brother in the shed when he cries.", concern.CHILD),
    ],
)
def test_the_risk_score_reaches_language_no_rule_was_written_for(text, category):
    assert not concern.detect_concern(text).matched  # no phrase rule: the score alone
    result = concern.screen(text)
    assert result.level == concern.CONCERN and category in result.categories
    assert result.phrases  # the words that made the score, for the moderator


@pytest.mark.parametrize(
    "text",
    [
        "He beat me at tennis again and I'm scared I'll never win.",  # idiom
        "Years ago I was hurting myself but I've been well for a decade.",  # clearly past
        "My daughter keeps hitting her brother, how do I stop it?",  # a child hitting
        "We watched a film where she counts out her pills on the balcony, I cried.",  # media
        "I'm exhausted and scared about the wedding, and I keep planning forever.",  # weak words
        # Supporting someone else: not queued (see the README); explicit words still are.
        "My friend keeps talking about the bridge near her work and how easy it would be. "
        "How do I support her?",
    ],
)
def test_the_risk_score_keeps_its_guards(text):
    assert not concern.detect_risk(text).matched
    assert not concern.screen(text).matched


def test_crisis_language_is_still_crisis():
    result = concern.screen("I want to kill myself and I'm a burden to everyone.")
    assert result.level == concern.CRISIS


# --- What people see --------------------------------------------------------------------------
@pytest.fixture
def concern_question(member):
    return factories.make_question(
        member, title="Does anyone else feel like this after a breakup?", body=CONCERN_BODY
    )


@pytest.mark.django_db
def test_a_concern_enters_the_queue_as_its_own_reason(client, moderator, concern_question):
    screening = Screening.objects.get()
    assert (screening.level, screening.shows_help, screening.shows_author_note) == (
        "concern",
        False,
        True,
    )
    item = ReviewItem.objects.get()
    assert item.concern and not item.urgent and not item.crisis
    flag = Flag.objects.get()
    assert (flag.reason, flag.flagger) == ("concern", None)
    client.force_login(moderator)
    page = text(client.get(reverse("moderation:queue")))
    assert "Possible risk — please read" in page
    assert "burden to everyone" in page  # the matched phrase, for the moderator
    assert "risk screening" in page


@pytest.mark.django_db
def test_a_post_only_the_risk_score_catches_is_queued_with_its_words(client, member, moderator):
    factories.make_question(
        member, title="Since the divorce", body="Been biting my arm till it bleeds since then."
    )
    assert ReviewItem.objects.get().concern
    client.force_login(moderator)
    page = text(client.get(reverse("moderation:queue")))
    assert "Possible risk — please read" in page and "biting my arm" in page


@pytest.mark.django_db
def test_queue_order_crisis_then_concern_then_most_reported(boards, member, specialist):
    reported = answered_question(member, specialist, title="Is it okay to text first?")[1].post
    for _ in range(3):
        services.flag(flagger=factories.UserFactory(), target=reported, reason="spam")
    worried = factories.make_question(member, title="After the breakup", body=CONCERN_BODY)
    in_crisis = factories.make_question(
        member, title="Nobody to tell", body="Since she left I keep thinking about killing myself."
    )
    order = [row["target"].obj for row in selectors.queue()]
    assert order == [in_crisis.topic.first_post, worried.topic.first_post, reported]


@pytest.mark.django_db
def test_the_public_sees_no_banner_for_a_concern(client, other_member, concern_question):
    url = concern_question.get_absolute_url()
    for viewer in (None, other_member):
        if viewer:
            client.force_login(viewer)
        page = text(client.get(url))
        assert "help-banner" not in page and "data-help-note" not in page
        assert "you don't have to carry it alone" not in page


@pytest.mark.django_db
def test_the_author_sees_the_gentle_line_with_the_help_lines(client, member, concern_question):
    client.force_login(member)
    page = text(client.get(concern_question.get_absolute_url()))
    assert "If things feel heavy right now, you don't have to carry it alone" in page
    assert "Only you see this note" in page
    assert 'href="tel:116123"' in page and "988" in page
    assert "data-help-banner" not in page  # not the crisis banner


@pytest.mark.django_db
def test_anonymous_authors_stay_anonymous_in_the_queue(client, moderator):
    asker = factories.UserFactory(display_name="Rowan Quietly")
    factories.make_question(
        asker, title="After the breakup, honestly", body=CONCERN_BODY, anonymous=True
    )
    client.force_login(moderator)
    page = text(client.get(reverse("moderation:queue")))
    assert "Possible risk — please read" in page and "posted anonymously" in page
    assert "Rowan Quietly" not in page and asker.username not in page


@pytest.mark.django_db
def test_a_moderator_dismisses_a_concern_as_a_false_alarm(
    client, member, moderator, concern_question
):
    post = concern_question.topic.first_post
    client.force_login(moderator)
    response = client.post(
        act_url(post, "dismiss-concern"), {"reason": "A breakup vent, no risk in context."}
    )
    assert response.status_code == 302
    assert ReviewItem.objects.get().status == ReviewItem.Status.RESOLVED
    entry = AuditEntry.objects.get(action="dismiss_concern")
    assert entry.actor == moderator and "no risk" in entry.reason
    client.force_login(member)
    assert "data-help-note" not in text(client.get(concern_question.get_absolute_url()))


@pytest.mark.django_db
def test_an_edit_from_concern_to_crisis_raises_it_to_the_top(client, concern_question):
    post = concern_question.topic.first_post
    post.content = "I'm a burden to everyone. I want to kill myself tonight."
    post.save()
    item = ReviewItem.objects.get()
    assert item.crisis and item.urgent
    assert set(item.flags.values_list("reason", flat=True)) == {"concern", "at_risk"}
    assert "data-help-banner" in text(client.get(concern_question.get_absolute_url()))


HELD_OUT = HERE / "crisis_heldout.tsv"


def test_held_out_figures(capsys):
    """``crisis_heldout.tsv`` (300 lines, 150 at risk) was written by someone who never saw the
    rules. Scored before any tuning: crisis alone 0.92 / 0.46, crisis + concern 0.93 / 0.53.
    It then became the development set of the risk score (``concern.risk_score``), so the
    crisis + concern figure printed here is TUNED, not fresh; a new batch scores it honestly.
    The banner tier was not tuned on it: crisis alone must stay as it was."""
    rows = _load(HELD_OUT)
    assert len(rows) == 300 and sum(row["label"] == "1" for row in rows) == 150
    crisis_only = _score(rows, lambda t: crisis.detect(t).matched)
    both = _score(rows, lambda t: concern.screen(t).matched)
    categories = {}
    for row in rows:
        if row["label"] == "1":
            found = categories.setdefault(row["category"], [0, 0])
            found[0] += concern.screen(row["text"]).matched
            found[1] += 1
    with capsys.disabled():
        print(
            f"\nheld-out (development) batch, precision / recall: crisis {crisis_only[0]:.2f} / "
            f"{crisis_only[1]:.2f}; crisis + concern {both[0]:.2f} / {both[1]:.2f} (tuned); "
            + ", ".join(f"{name} {hit}/{total}" for name, (hit, total) in categories.items())
        )
    assert crisis_only[:2] == pytest.approx((0.92, 0.46), abs=0.005)  # the banner tier unchanged
    assert both[0] >= 0.9 and both[1] >= 0.9


TEST_BATCH = HERE / "crisis_test_batch.tsv"


def test_fresh_test_batch_figures(capsys):
    """The honest figure: ``crisis_test_batch.tsv`` (300 lines, 150 at risk) was written by
    someone who never saw the rules, and scored once, after the risk score was finished — no
    rule was written or changed while looking at it. Never tune on it.

    Measured then: crisis alone 0.96 / 0.48; crisis + concern (phrase rules only, before the
    risk score) 0.96 / 0.57; crisis + concern with the risk score 0.93 / 0.75."""
    rows = _load(TEST_BATCH)
    assert len(rows) == 300 and sum(row["label"] == "1" for row in rows) == 150
    crisis_only = _score(rows, lambda t: crisis.detect(t).matched)
    both = _score(rows, lambda t: concern.screen(t).matched)
    with capsys.disabled():
        print(
            f"\nfresh test batch, precision / recall: crisis {crisis_only[0]:.2f} / "
            f"{crisis_only[1]:.2f}; crisis + concern {both[0]:.2f} / {both[1]:.2f}"
        )
    assert both[1] >= crisis_only[1] + 0.2  # the second tier catches much the first misses
    assert both[0] >= 0.9 and both[1] >= 0.7
