"""Crisis screening: the labelled corpus figures, and the rules a reader can check by eye."""

import csv
from pathlib import Path

import pytest

from moderation.crisis import ABUSE, CHILD, SELF_HARM, SUICIDE, detect, normalise

CORPUS = Path(__file__).parent / "crisis_corpus.tsv"
MIN_RECALL = 0.95
MIN_PRECISION = 0.85


def load_corpus() -> list[dict]:
    with CORPUS.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_corpus_is_labelled_and_large_enough():
    rows = load_corpus()
    positives = [r for r in rows if r["label"] == "1"]
    negatives = [r for r in rows if r["label"] == "0"]
    assert len(rows) >= 150
    assert len(positives) >= 60 and len(negatives) >= 60
    assert {r["category"] for r in positives} == {SUICIDE, SELF_HARM, ABUSE, CHILD}


def test_corpus_precision_and_recall(capsys):
    tp = fp = fn = tn = 0
    misses, false_alarms = [], []
    for row in load_corpus():
        found = detect(row["text"]).matched
        expected = row["label"] == "1"
        if found and expected:
            tp += 1
        elif found:
            fp += 1
            false_alarms.append(row["text"])
        elif expected:
            fn += 1
            misses.append(row["text"])
        else:
            tn += 1
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    with capsys.disabled():
        print(
            f"\ncrisis corpus: {tp + fp + fn + tn} sentences, precision {precision:.3f}, "
            f"recall {recall:.3f} (tp={tp} fp={fp} fn={fn} tn={tn})"
        )
        for sentence in misses:
            print(f"  missed:      {sentence}")
        for sentence in false_alarms:
            print(f"  false alarm: {sentence}")
    assert recall >= MIN_RECALL
    assert precision >= MIN_PRECISION


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I want to KILL MYSELF.", SUICIDE),
        ("i want to k1ll myself", SUICIDE),
        ("I wanna diiie", SUICIDE),
        ("feeling suicidial tonight", SUICIDE),
        ("honestly kms", SUICIDE),
        ("I've been self-harming again", SELF_HARM),
        ("He threatened to kill me.", ABUSE),
        ("He’ll kill me, I know it", ABUSE),
        ("My ex hits our son.", CHILD),
    ],
)
def test_recognises_spelling_case_punctuation_and_shorthand(text, category):
    result = detect(text)
    assert result.matched
    assert category in result.categories
    assert result.phrases


@pytest.mark.parametrize(
    "text",
    [
        "I'm not suicidal, just sad.",
        "I would never kill myself.",
        "He has never hit me.",
        "This job is killing me.",
        'The song "I want to die" was on the radio.',
        "We watched Suicide Squad.",
        "Skill myselfie",  # word boundaries: no match inside other words
        "I used to cut myself as a teenager, and I'm well now.",
    ],
)
def test_guards_against_negation_quotes_idioms_and_the_past(text):
    assert not detect(text).matched


def test_quoted_words_still_count_when_someone_says_them():
    assert detect('She texted me "I want to die" at 3am.').matched


def test_normalise_folds_case_quotes_and_leetspeak():
    assert normalise("Don’t  K!LL  Self-Harm") == "dont kill self harm"


def test_empty_text_is_not_a_crisis():
    assert detect("") == detect(None) and not detect("").matched
