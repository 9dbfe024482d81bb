"""`accord eval`: the scorer's rules, its agreement with score.py, the floors gate and the CLI."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.core import INSTRUMENT_TYPES, SCORED_KINDS
from accord.evaluate import (
    EvalError,
    EvalReport,
    corpus_hash,
    evaluate,
    floor_below,
    floor_failures,
    floors_from,
    load_predictions,
    load_split,
    parse_kinds,
    score_predictions,
    split_reports,
)
from accord.evaluate_match import meeting_class, pick_pairs, roles_agree
from accord.evaluate_text import (
    Parties,
    ScoredText,
    Span,
    light_stem,
    name_key,
    number_in,
    same_person,
    sentence_starts,
    subject_words,
)
from accord.settings import Settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SCORE_PY = SHARED / "tools" / "score.py"
SEEDS = (SHARED / "corpus" / "gold", SHARED / "corpus" / "seeds")
MORE = (SHARED / "corpus" / "more" / "gold", SHARED / "corpus" / "more" / "articles")
WIDE = (SHARED / "corpus" / "wide" / "gold", SHARED / "corpus" / "wide" / "articles")
FLOORS = REPO / "tests" / "floors.json"
# The longer dev sets have floors of their own, pinned the same way (`--write-floors`).
SET_FLOORS = {"more": (MORE, REPO / "tests" / "floors-more.json"),
              "wide": (WIDE, REPO / "tests" / "floors-wide.json")}

needs_shared = pytest.mark.skipif(
    not SCORE_PY.is_file() or not SEEDS[0].is_dir(),
    reason="../shared (gold corpus and score.py) is not beside the repository",
)


def settings() -> Settings:
    return Settings(db_url="sqlite://")


# --------------------------------------------------------------------------- text rules


def test_sentences_end_at_terminators_but_not_after_abbreviations_or_initials() -> None:
    text = "Mr. Khan met Dr. Ali in Jan. 2024. They signed it! \u201cGood,\u201d he said. J. Smith came."
    starts = sentence_starts(text)
    firsts = [text[s : s + 4] for s in starts]
    assert firsts == ["Mr. ", "They", "\u201cGoo", "J. S"]


def test_sentences_need_a_capital_or_opener_next_and_every_newline_splits() -> None:
    text = "Trade rose 5 p.c. in May. talks went on\nNew line (Brackets) start. (Next) one"
    firsts = [text[s : s + 3] for s in sentence_starts(text)]
    assert firsts == ["Tra", "New", "(Ne"]


def test_a_span_belongs_to_every_sentence_it_touches_ignoring_edge_spaces() -> None:
    article = ScoredText("One here. Two there. Three.")
    assert article.sentences(Span(0, 9)) == {0}
    assert article.sentences(Span(4, 14)) == {0, 1}
    # the trailing space of sentence one does not drag it into sentence two's span
    assert article.sentences(Span(9, 20)) == {1}


def test_evidence_offsets_are_trusted_only_when_the_text_is_there() -> None:
    article = ScoredText("Aid rose. Aid rose again. The \u201cdeal\u201d  was signed.")
    assert article.locate({"start": 10, "end": 18, "text": "Aid rose"}) == Span(10, 18)
    # wrong offsets: the occurrence nearest the claimed start wins
    assert article.locate({"start": 12, "end": 20, "text": "Aid rose"}) == Span(10, 18)
    assert article.locate({"start": 2, "text": "Aid rose"}) == Span(0, 8)
    assert article.locate("Aid rose") == Span(0, 8)
    # plain quotes and single spaces still find curly quotes and double spaces
    found = article.locate('"deal" was')
    assert found is not None and article.text[found.start : found.end] == "\u201cdeal\u201d  was"
    assert article.locate("no such words") is None
    assert article.locate({"start": 0, "end": 3}) == Span(0, 3)
    assert article.locate({"start": True, "end": 3, "text": "zz"}) is None


def test_light_stem_removes_one_plural_one_suffix_and_a_final_vowel() -> None:
    assert light_stem("agreements") == "agreement"
    assert light_stem("technologies") == "technolog"
    assert light_stem("training") == "train"
    assert light_stem("agricultural") == "agricultur"
    assert light_stem("business") == "business"
    assert light_stem("gas") == "gas"
    assert light_stem("2025") == "2025"


def test_subject_words_drop_generic_words_and_the_parties() -> None:
    parties = Parties.named(["China", "United States"])
    content, loose = subject_words(["MoU on cooperation in Chinese agricultural trade with the US"], parties)
    assert content == {"agricultur", "trad"}
    assert {"mou", "cooperation", "chines"} <= loose
    # a subject made only of generic words keeps its loose words for matching
    assert subject_words(["Bilateral agreement"], parties)[0] == frozenset()


def test_numbers_parse_digits_scales_words_and_money_letters() -> None:
    assert number_in("150,000") == 150000
    assert number_in("$100 bn") == 1e11
    assert number_in("three-year") == 3
    assert number_in("29.1%") == 29.1
    assert number_in("trillions of rupees") == 1e12
    assert number_in("$5m") == 5e6
    assert number_in("5m people") == 5
    assert number_in("twenty five thousand") == 25000
    assert number_in("two hundred") == 200
    assert number_in(12) == 12.0
    assert number_in(True) is None
    assert number_in("several") is None


def test_names_match_without_titles_and_on_surname_with_initial() -> None:
    assert name_key("H.E. Prime Minister Shehbaz Sharif") == ("shehbaz", "sharif")
    assert name_key("President") == ("president",)
    assert same_person(name_key("Shahbaz Sharif"), name_key("Shehbaz Sharif")) is not None
    assert same_person(name_key("S. Sharif"), name_key("Shehbaz Sharif")) is not None
    assert same_person(name_key("Nawaz Sharif"), name_key("Shehbaz Sharif")) is None
    assert same_person(name_key("Ishaq Dar"), name_key("Mohammad Ishaq Dar")) == 1.0


def test_meeting_kinds_fall_into_coarse_classes() -> None:
    assert meeting_class("telephone conversation") == "call"
    assert meeting_class("courtesy call") == "talks"
    assert meeting_class("State visit") == "visit"
    assert meeting_class("signing-ceremony") == "signing_ceremony"
    assert meeting_class("Joint Commission (8th session)") == "commission_session"
    assert meeting_class("reception") == "other"
    assert meeting_class(None) is None


def test_roles_agree_on_distinctive_words_only() -> None:
    assert roles_agree("PM", "Prime Minister")
    assert roles_agree("premier", "prime minister")
    assert not roles_agree("Deputy Minister", "Foreign Minister")
    assert roles_agree("Deputy Minister", "Minister")
    assert not roles_agree(None, "Ambassador")


def test_pairs_prefer_better_scores_then_fewer_rivals() -> None:
    # pred 0 could take gold 0 or 1 equally; gold 1 is pred 1's only option
    candidates = [(0, 0, (1.0, 0.5)), (0, 1, (1.0, 0.5)), (1, 1, (1.0, 0.5))]
    assert pick_pairs(candidates) == [(0, 0), (1, 1)]
    assert pick_pairs([(0, 0, (0.4, 0.0)), (1, 0, (0.9, 0.0))]) == [(1, 0)]
    # the attribute agreement only breaks ties after the rivals rule
    assert pick_pairs([(0, 0, (1.0, 1.0, 0.0)), (1, 0, (1.0, 1.0, 2.0))]) == [(1, 0)]


# --------------------------------------------------------------------------- scoring


ARTICLE = (
    "ISLAMABAD: Pakistan and Belarus signed an MoU on cooperation in agriculture on Tuesday. "
    "Prime Minister Shehbaz Sharif met President Aleksandr Lukashenko for talks. "
    "The two sides agreed to raise bilateral trade to $1 billion by 2026.\n"
    "Both leaders later held a press conference."
)


def gold_facts() -> dict[str, Any]:
    return {
        "article": "a.txt",
        "instruments": [
            {
                "id": "ins-agri",
                "type": "mou",
                "title_or_subject": "MoU on agriculture",
                "sectors": ["agriculture"],
                "parties": ["Pakistan", "Belarus"],
                "status_in_article": "signed",
                "evidence": "Pakistan and Belarus signed an MoU on cooperation in agriculture",
            }
        ],
        "commitments": [
            {
                "id": "com-trade",
                "actor": "both",
                "action": "raise trade to $1 billion",
                "deadline": "2026-12-31",
                "evidence": "agreed to raise bilateral trade to $1 billion",
            }
        ],
        "meetings": [
            {"id": "m1", "kind": "talks", "evidence": "met President Aleksandr Lukashenko for talks"},
            {"id": "m2", "kind": "press conference", "evidence": "held a press conference"},
        ],
        "people": [
            {"name": "Shehbaz Sharif", "role": "Prime Minister", "evidence": "Shehbaz Sharif"},
            {"name": "Aleksandr Lukashenko", "role": "President", "evidence": "Aleksandr Lukashenko"},
        ],
        "figures": [{"value": "$1 billion", "what": "bilateral trade target", "evidence": "$1 billion"}],
    }


def tiny_set(tmp_path: Path, gold: dict[str, Any] | None = None) -> tuple[Path, Path]:
    gold_dir, articles_dir = tmp_path / "gold", tmp_path / "articles"
    gold_dir.mkdir()
    articles_dir.mkdir()
    (articles_dir / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (gold_dir / "a.json").write_text(json.dumps(gold or gold_facts()), encoding="utf-8")
    return gold_dir, articles_dir


def test_gold_scored_against_itself_is_perfect(tmp_path: Path) -> None:
    gold_dir, articles_dir = tiny_set(tmp_path)
    report = score_predictions(gold_dir, articles_dir, {"a": gold_facts()})
    assert all(s.f1 == 1.0 for s in report.per_kind.values())
    assert report.attribute("commitments.deadline").accuracy == 1.0
    assert report.clusters is None or report.clusters.pairs_considered == 0


def test_a_split_scores_its_tuning_and_checking_articles_apart(tmp_path: Path) -> None:
    gold_dir, articles_dir = tiny_set(tmp_path)
    (articles_dir / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (gold_dir / "b.json").write_text(json.dumps(gold_facts()), encoding="utf-8")
    split = tmp_path / "split.json"
    split.write_text(json.dumps({"rule": "b checks", "checking": ["b"]}), encoding="utf-8")
    report = score_predictions(gold_dir, articles_dir, {"a": gold_facts(), "b": {}})
    report.predictions = {"a": gold_facts(), "b": {}}
    parts = split_reports(report, gold_dir, articles_dir, load_split(split))
    assert list(parts["tuning"].articles) == ["a"] and list(parts["checking"].articles) == ["b"]
    assert parts["tuning"].overall.f1 == 1.0 and parts["checking"].overall.f1 == 0.0
    assert 0.0 < report.overall.f1 < 1.0


def test_a_split_file_without_a_checking_list_is_refused(tmp_path: Path) -> None:
    split = tmp_path / "split.json"
    for bad in ("[1]", '{"checking": "b"}', "{"):
        split.write_text(bad, encoding="utf-8")
        with pytest.raises(EvalError, match="split file"):
            load_split(split)


def test_the_repository_split_checks_a_third_of_every_set() -> None:
    checking = load_split(REPO / "eval" / "split.json")
    for gold_dir in (SEEDS[0], MORE[0], SHARED / "corpus" / "wide" / "gold"):
        if not gold_dir.is_dir():
            continue
        stems = [p.stem for p in sorted(gold_dir.glob("*.json"))]
        assert len(stems) // 3 <= sum(s in checking for s in stems) <= len(stems) // 3 + 1


def test_attributes_are_scored_on_matched_pairs(tmp_path: Path) -> None:
    gold_dir, articles_dir = tiny_set(tmp_path)
    pred = gold_facts()
    start = ARTICLE.index("agreed to raise")
    pred["commitments"] = [
        {
            "action": "raise trade",
            "deadline": "2026-12",
            "evidence": {"start": start, "end": start + 20, "text": ARTICLE[start : start + 20]},
        }
    ]
    pred["instruments"] = [
        {"type": "agreement", "subject": "agriculture", "status": "signed", "evidence": "signed an MoU"}
    ]
    pred["meetings"] = [{"kind": "meeting", "evidence": "Shehbaz Sharif met President"}]
    pred["people"] = [{"name": "PM Shahbaz Sharif", "role": "PM"}]
    pred["figures"] = [{"value": "1 bn dollars", "evidence": "nowhere in the text"}]
    report = score_predictions(gold_dir, articles_dir, {"a": pred})
    assert [report.per_kind[k].matched for k in SCORED_KINDS] == [1, 1, 1, 1, 1]
    assert report.attribute("commitments.deadline").accuracy == 0.0
    assert report.attribute("commitments.deadline_month").accuracy == 1.0
    assert report.attribute("instruments.type").accuracy == 0.0
    assert report.attribute("instruments.status").accuracy == 1.0
    assert report.attribute("meetings.kind").accuracy == 1.0
    assert report.attribute("people.role").accuracy == 1.0
    assert report.per_kind["figures"].unlocated_pred == 1
    assert report.per_kind["meetings"].f1 == pytest.approx(2 / 3)


def test_instruments_need_a_shared_sentence_and_subject_words(tmp_path: Path) -> None:
    gold_dir, articles_dir = tiny_set(tmp_path)
    wrong_sentence = {"type": "mou", "subject": "agriculture", "evidence": "raise bilateral trade"}
    generic = {
        "type": "mou",
        "subject": "MoU on cooperation between Pakistan and Belarus",
        "evidence": "signed an MoU",
    }
    report = score_predictions(
        gold_dir, articles_dir, {"a": {"instruments": [wrong_sentence, generic]}}, kinds=["instruments"]
    )
    assert report.per_kind["instruments"].matched == 0
    assert report.kinds == ("instruments",)


def test_clusters_count_pairs_of_matched_facts_across_articles(tmp_path: Path) -> None:
    gold_dir, articles_dir = tiny_set(tmp_path)
    (articles_dir / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (gold_dir / "b.json").write_text(json.dumps(gold_facts()), encoding="utf-8")
    pred = gold_facts()
    for item in pred["meetings"]:
        item["cluster"] = "all-meetings"  # merges m1 and m2 across the two articles
    report = score_predictions(gold_dir, articles_dir, {"a": pred, "b": pred}, kinds=["meetings"])
    clusters = report.clusters
    assert clusters is not None
    assert (clusters.pairs_considered, clusters.gold_same, clusters.pred_same, clusters.both_same) == (
        4,
        2,
        4,
        2,
    )
    assert clusters.figures == pytest.approx((0.5, 1.0, 2 / 3))


def test_bad_inputs_raise_coded_errors(tmp_path: Path) -> None:
    gold_dir, articles_dir = tiny_set(tmp_path, gold={"people": "not a list"})
    with pytest.raises(Exception, match="not a list") as info:
        score_predictions(gold_dir, articles_dir, {})
    assert getattr(info.value, "code", None) == "E100"
    with pytest.raises(EvalError):
        score_predictions(tmp_path / "missing", articles_dir, {})
    with pytest.raises(EvalError, match="unknown kind"):
        parse_kinds(["people,treaties"])
    assert parse_kinds(["figures,people", "people"]) == ("people", "figures")
    assert parse_kinds(None) == SCORED_KINDS


# --------------------------------------------------------------------------- agreement with score.py


def reference_scores(gold_dir: Path, articles_dir: Path, pred_dir: Path, tmp_path: Path) -> dict[str, Any]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    out = tmp_path / "reference.json"
    subprocess.run(
        [
            sys.executable,
            str(SCORE_PY),
            "--gold",
            str(gold_dir),
            "--articles",
            str(articles_dir),
            "--pred",
            str(pred_dir),
            "--json",
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return result


def assert_same_as_reference(
    gold_dir: Path, articles_dir: Path, pred_dir: Path, tmp_path: Path
) -> EvalReport:
    reference = reference_scores(gold_dir, articles_dir, pred_dir, tmp_path)
    report = score_predictions(gold_dir, articles_dir, load_predictions(pred_dir))
    ours = report.to_json()
    for kind in SCORED_KINDS:
        want, got = reference["kinds"][kind], ours["kinds"][kind]
        counts = ("gold", "pred", "matched", "unlocated_pred_evidence")
        assert [got[c] for c in counts] == [want[c] for c in counts], kind
        assert got["attributes"] == want["attributes"], kind
    assert ours["overall"] == reference["overall"]
    assert ours["clusters"] == reference["clusters"]
    assert ours["articles"] == reference["articles"]  # the very same pairs, article by article
    return report


def write_predictions(pred_dir: Path, predictions: dict[str, dict[str, Any]]) -> Path:
    pred_dir.mkdir(parents=True, exist_ok=True)
    for stem, facts in predictions.items():
        (pred_dir / f"{stem}.json").write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    return pred_dir


def _misspell(name: str, rng: random.Random) -> str:
    if len(name) < 4:
        return name
    i = rng.randrange(1, len(name) - 1)
    return rng.choice(
        [
            name[:i] + name[i + 1 :],
            name[:i] + name[i + 1] + name[i] + name[i + 2 :],
            name[:i] + "a" + name[i + 1 :],
        ]
    )


def _shift_evidence(quote: Any, text: str, rng: random.Random) -> Any:
    """Return the gold quote restated the ways a prediction may put it, right or wrong."""
    if not isinstance(quote, str) or rng.random() < 0.2:
        return quote
    start = text.find(quote)
    if start < 0:
        return quote
    end = start + len(quote)
    choice = rng.randrange(7)
    if choice == 0:
        return {"start": start, "end": end, "text": quote}
    if choice == 1:
        s = max(0, min(len(text) - 1, start + rng.randint(-60, 60)))
        e = max(s + 1, min(len(text), end + rng.randint(-60, 60)))
        return {"start": s, "end": e, "text": text[s:e]}
    if choice == 2:
        return {"start": max(0, start + rng.randint(-500, 500)), "end": end, "text": quote}
    if choice == 3:
        words = quote.split()
        cut = rng.randrange(len(words))
        return " ".join(words[cut : cut + rng.randint(1, 4)])
    if choice == 4:
        return {
            "start": start + 3,
            "text": quote.replace("\u201c", '"').replace("\u2019", "'").replace(" ", "  "),
        }
    if choice == 5:
        return {"start": start, "end": end, "text": quote.upper()}
    return rng.choice([None, "", "words that are nowhere", {"start": start, "end": len(text) + 5}])


def _perturb_instrument(item: dict[str, Any], rng: random.Random) -> None:
    item["type"] = rng.choice([item.get("type"), item.get("type"), "MOU", None, *INSTRUMENT_TYPES])
    item["status"] = rng.choice([item.get("status_in_article"), "finalized", "issued", "planned", None])
    subject = str(item.get("title_or_subject") or "")
    words = subject.split()
    item["subject"] = rng.choice(
        [
            subject,
            " ".join(words[: max(1, len(words) // 2)]),
            "MoU on cooperation",
            " ".join(item.get("sectors") or []),
            subject + " and trade, health, education and tourism",
        ]
    )
    if rng.random() < 0.5:
        item.pop("title_or_subject", None)
        item.pop("status_in_article", None)


def _perturb_commitment(item: dict[str, Any], rng: random.Random) -> None:
    deadline = item.get("deadline")
    options: list[Any] = [deadline, None, "2026", "2025-06-30"]
    if isinstance(deadline, str):
        options += [deadline[:7], f"  {deadline.upper()} ", str(int(deadline[:4]) + 1) + deadline[4:]]
    item["deadline"] = rng.choice(options)


def _perturb_meeting(item: dict[str, Any], rng: random.Random) -> None:
    item["kind"] = rng.choice(
        [
            item.get("kind"),
            None,
            "telephone conversation",
            "courtesy call",
            "signing ceremony",
            "state visit",
            "summit",
            "business-forum",
            "delegation-level talks",
            "Joint Commission (3rd session)",
            "dinner",
        ]
    )


def _perturb_person(item: dict[str, Any], rng: random.Random) -> None:
    name = str(item.get("name") or "")
    parts = name.split()
    item["name"] = rng.choice(
        [
            name,
            _misspell(name, rng),
            "Prime Minister " + name,
            parts[-1] if parts else name,
            f"{name[:1]}. {parts[-1]}" if parts else name,
            "Someone Else",
            "H.E. " + name,
        ]
    )
    item["role"] = rng.choice(
        [
            item.get("role"),
            None,
            "PM",
            "premier",
            "Deputy Minister",
            "Ambassador",
            "Minister of Foreign Affairs",
        ]
    )


def _perturb_figure(item: dict[str, Any], rng: random.Random) -> None:
    value = item.get("value")
    number = number_in(value)
    options: list[Any] = [value, None, "several", "two hundred thousand", "$1.5 bn"]
    if isinstance(value, str):
        options += [value.replace(",", ""), value.upper()]
    if number is not None:
        options += [str(number * 10), f"{number:g}"]
        if rng.random() < 0.5:
            item["number"] = rng.choice([number, number + 1])
    item["value"] = rng.choice(options)
    item["what"] = rng.choice([item.get("what"), None, "trade volume"])


PERTURB = {
    "instruments": _perturb_instrument,
    "commitments": _perturb_commitment,
    "meetings": _perturb_meeting,
    "people": _perturb_person,
    "figures": _perturb_figure,
}


def perturbed(gold: dict[str, Any], text: str, rng: random.Random) -> dict[str, Any]:
    """Return predictions made from gold: facts dropped, duplicated, moved, respelt, reclustered."""
    out: dict[str, Any] = {"article": gold.get("article")}
    for kind in SCORED_KINDS:
        items: list[dict[str, Any]] = []
        for original in gold.get(kind) or []:
            if rng.random() < 0.15:
                continue
            for _ in range(2 if rng.random() < 0.15 else 1):
                item = dict(original)
                item["evidence"] = _shift_evidence(original.get("evidence"), text, rng)
                PERTURB[kind](item, rng)
                item["cluster"] = rng.choice([original.get("id"), original.get("id"), None, kind, "x"])
                if rng.random() < 0.5:
                    item.pop("id", None)
                items.append(item)
        if items and rng.random() < 0.3:
            stray = dict(rng.choice(items))
            s = rng.randrange(len(text) - 40)
            stray["evidence"] = {"start": s, "end": s + 40, "text": text[s : s + 40]}
            items.append(stray)
        rng.shuffle(items)
        out[kind] = items
    return out


def dev_sets() -> list[tuple[Path, Path]]:
    return [s for s in (SEEDS, MORE) if s[0].is_dir() and s[1].is_dir()]


@needs_shared
def test_gold_as_predictions_scores_like_score_py_and_perfectly(tmp_path: Path) -> None:
    for i, (gold_dir, articles_dir) in enumerate(dev_sets()):
        report = assert_same_as_reference(gold_dir, articles_dir, gold_dir, tmp_path / str(i))
        assert report.overall.f1 == 1.0
        assert all(
            (a.accuracy or 1.0) == 1.0 for s in report.per_kind.values() for a in s.attributes.values()
        )


@needs_shared
@pytest.mark.parametrize("seed", range(6))
def test_perturbed_gold_scores_like_score_py(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    for i, (gold_dir, articles_dir) in enumerate(dev_sets()):
        predictions = {}
        for path in sorted(gold_dir.glob("*.json")):
            if rng.random() < 0.1:
                continue  # no prediction file at all for this article
            text = (articles_dir / f"{path.stem}.txt").read_text(encoding="utf-8")
            predictions[path.stem] = perturbed(json.loads(path.read_text(encoding="utf-8")), text, rng)
        pred_dir = write_predictions(tmp_path / f"pred{i}", predictions)
        report = assert_same_as_reference(gold_dir, articles_dir, pred_dir, tmp_path / str(i))
        assert 0.0 < report.overall.f1 < 1.0  # the perturbations must make a difference


@pytest.fixture(scope="session")
def seed_report() -> EvalReport:
    if not SEEDS[0].is_dir():
        pytest.skip("../shared/corpus (the seed gold set) is not beside the repository")
    return evaluate(*SEEDS, settings())


@needs_shared
def test_extractor_output_scores_like_score_py(seed_report: EvalReport, tmp_path: Path) -> None:
    pred_dir = write_predictions(tmp_path / "pred", seed_report.predictions)
    again = assert_same_as_reference(*SEEDS, pred_dir, tmp_path)
    assert again.to_json()["kinds"] == seed_report.to_json()["kinds"]


# --------------------------------------------------------------------------- floors


def test_seed_scores_meet_floors(seed_report: EvalReport) -> None:
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    failures = floor_failures(seed_report, floors)
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("name", sorted(SET_FLOORS))
def test_longer_dev_sets_meet_their_floors(name: str) -> None:
    (gold_dir, articles_dir), floors_file = SET_FLOORS[name]
    if not gold_dir.is_dir():
        pytest.skip(f"../shared/corpus/{name} is not beside the repository")
    floors = json.loads(floors_file.read_text(encoding="utf-8"))
    failures = floor_failures(evaluate(gold_dir, articles_dir, settings()), floors)
    assert failures == [], "\n".join(failures)


def test_the_cluster_floor_is_enforced(seed_report: EvalReport) -> None:
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    assert floors["cluster_f1"] >= 0.85
    failures = floor_failures(seed_report, {**floors, "cluster_f1": 1.01})
    assert any(m.startswith("cluster F1") for m in failures)


def test_floors_catch_a_lower_score_and_an_edited_gold_set(tmp_path: Path) -> None:
    gold_dir, articles_dir = tiny_set(tmp_path)
    report = score_predictions(gold_dir, articles_dir, {"a": {"people": gold_facts()["people"]}})
    floors = floors_from(report, margin=0.02)
    assert floors["f1"]["people"] == 0.98 and floors["f1"]["meetings"] == 0.0
    assert floor_failures(report, floors) == []
    floors["f1"]["meetings"] = 0.5
    floors["attributes"]["commitments.deadline"] = 0.1
    assert len(floor_failures(report, floors)) == 2
    (articles_dir / "a.txt").write_text(ARTICLE + " Edited.", encoding="utf-8")
    assert corpus_hash(gold_dir, articles_dir) != report.corpus_sha256
    edited = score_predictions(gold_dir, articles_dir, {})
    messages = floor_failures(edited, floors_from(report))
    assert any("--write-floors" in m for m in messages)


def test_floor_below_rounds_down_and_stops_at_zero() -> None:
    assert floor_below(0.6, 0.02) == 0.58
    assert floor_below(0.789, 0.0) == 0.78
    assert floor_below(0.01, 0.02) == 0.0


# --------------------------------------------------------------------------- CLI


def test_eval_command_prints_tables_and_writes_json_and_floors(tmp_path: Path) -> None:
    gold_dir, articles_dir = tiny_set(tmp_path)
    out, floors = tmp_path / "scores.json", tmp_path / "floors.json"
    split = tmp_path / "split.json"
    split.write_text(json.dumps({"checking": ["a"]}), encoding="utf-8")
    result = CliRunner().invoke(
        app,
        [
            "eval",
            "--gold",
            str(gold_dir),
            "--articles",
            str(articles_dir),
            "--json",
            str(out),
            "--write-floors",
            str(floors),
            "--kinds",
            "people,meetings",
            "--dump",
            str(tmp_path / "dump"),
            "--split",
            str(split),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "people" in result.output and "meetings.kind" in result.output
    assert "overall micro-F1 over meetings+people" in result.output
    scores = json.loads(out.read_text(encoding="utf-8"))
    assert list(scores["kinds"]) == ["meetings", "people"]
    assert scores["kinds"]["people"]["gold"] == 2 and scores["kinds"]["meetings"]["gold"] == 2
    pinned = json.loads(floors.read_text(encoding="utf-8"))
    assert pinned["corpus_sha256"] == corpus_hash(gold_dir, articles_dir)
    assert (tmp_path / "dump" / "a.json").is_file()
    assert "tuning / checking split" in result.output
    assert scores["split"]["checking"]["articles"] == ["a"] and scores["split"]["tuning"]["articles"] == []


def test_eval_command_reports_errors_with_their_code(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "--gold", str(tmp_path), "--articles", str(tmp_path)])
    assert result.exit_code == 1
    assert "no .json files" in result.output


# --------------------------------------------------------------------------- rule by rule against score.py


@pytest.fixture(scope="module")
def reference() -> Any:
    """Return score.py loaded as a module, to compare its rules with ours input by input."""
    if not SCORE_PY.is_file():
        pytest.skip("../shared/tools/score.py is not beside the repository")
    import importlib.util

    spec = importlib.util.spec_from_file_location("reference_score", SCORE_PY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["reference_score"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def corpus_texts() -> list[str]:
    texts = []
    for gold_dir, articles_dir in dev_sets():
        texts += [p.read_text(encoding="utf-8") for p in sorted(articles_dir.glob("*.txt"))]
        texts += [p.read_text(encoding="utf-8") for p in sorted(gold_dir.glob("*.json"))]
    return texts


def gold_values(field_name: str) -> list[Any]:
    values: list[Any] = []
    for gold_dir, _ in dev_sets():
        for path in sorted(gold_dir.glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            values += [
                item.get(field_name)
                for kind in SCORED_KINDS
                for item in data.get(kind) or []
                if field_name in item
            ]
    return values


def jumble(rng: random.Random, pieces: list[str], n: int) -> str:
    return "".join(rng.choice(pieces) for _ in range(n))


SENTENCE_PIECES = [
    ".",
    "...",
    "x",
    "Mr.",
    " Mr. ",
    "U.S.",
    " U.S. ",
    "J.",
    " J. ",
    "etc.",
    " e.g. ",
    "word",
    " Word",
    ". ",
    "! ",
    "? ",
    "?! ",
    ".\u201d ",
    ".) ",
    "\n",
    " ",
    "  ",
    "\u201cQuote",
    "(Aside",
    "[x",
    "'s",
    "Jan.",
    "No.",
    "a.m.",
    "H.E.",
    "abcdefghijklmn.",
    "\u00ab",
    "3.5",
    "\u00c9t\u00e9",
]


@needs_shared
def test_sentence_splitter_agrees_with_score_py(reference: Any) -> None:
    rng = random.Random(1)
    texts = corpus_texts() + [jumble(rng, SENTENCE_PIECES, rng.randint(1, 40)) for _ in range(3000)]
    # a run of letters and dots longer than the look-back window before a '.'
    texts += ["x.........U.S. The end", "ab..........J. Smith", "Mr\n. Next", "x\n. Y"]
    for text in texts:
        assert sentence_starts(text) == reference.split_sentences(text), text[:200]


@needs_shared
def test_evidence_location_agrees_with_score_py(reference: Any) -> None:
    rng = random.Random(2)
    quotes = [q for q in gold_values("evidence") if isinstance(q, str)]
    for text in corpus_texts()[:6] + [jumble(rng, SENTENCE_PIECES, 60) for _ in range(20)]:
        ours, theirs = ScoredText(text), reference.Article("x", text)
        for _ in range(300):
            s = rng.randrange(len(text))
            e = min(len(text), s + rng.randint(0, 80))
            piece = text[s:e]
            variants: list[Any] = [
                piece,
                piece.replace("\u201c", '"').replace("\u2019", "'"),
                piece.replace(" ", "  ", 2),
                " " + piece.strip() + " ",
                rng.choice(quotes),
                piece.upper(),
                {"start": s, "end": e, "text": piece},
                {"start": s + rng.randint(-300, 300), "text": piece},
                {"start": s, "end": e + rng.randint(-5, 5)},
                {"start": s, "end": e, "text": rng.choice(quotes)},
                {"start": rng.choice([None, True, -4, "3"]), "end": e, "text": piece.strip()},
            ]
            for evidence in variants:
                mine, ref = ours.locate(evidence), theirs.locate(evidence)
                assert (mine and (mine.start, mine.end)) == (ref and (ref.start, ref.end)), evidence
                if mine is not None and ref is not None:
                    assert ours.sentences(mine) == theirs.sentences_of(ref)


WORD_PIECES = [
    "pakis",
    "belar",
    "turki",
    "nethe",
    "chinx",
    "agree",
    "ment",
    "s",
    "ies",
    "ing",
    "ical",
    "ial",
    "al",
    "y",
    "e",
    "ss",
    "us",
    "is",
    "sses",
    "techno",
    "log",
    "cooper",
    "ation",
    "pakistan",
    "i",
    "belarus",
    "ian",
    "chin",
    "ese",
    "2025",
    "IT",
    " ",
    " and ",
    " of ",
    " ; ",
    "-",
    "MoU",
    "S&T",
    "ICT",
    "PM",
    "FM",
    "premier",
    "\u00e9",
]
PARTY_NAMES = [
    "Pakistan",
    "Belarus",
    "China",
    "United States",
    "the United Kingdom",
    "UAE",
    "Turkiye",
    "South Africa",
    "Netherlands",
    "Viet Nam",
    "Republic of Korea",
    "Sri Lanka",
    "of the",
]


@needs_shared
def test_words_stems_and_party_filter_agree_with_score_py(reference: Any) -> None:
    rng = random.Random(3)
    words = {w for text in corpus_texts() for w in reference.tokens(text)}
    words |= {jumble(rng, WORD_PIECES[:29], rng.randint(1, 4)).lower() for _ in range(3000)}
    for word in sorted(words):
        assert light_stem(word) == reference.stem(word), word
    subjects = [*map(str, gold_values("title_or_subject")), *map(str, gold_values("sectors"))]
    subjects += [jumble(rng, WORD_PIECES, rng.randint(1, 12)) for _ in range(2000)]
    for subject in subjects:
        names = rng.sample(PARTY_NAMES, rng.randint(0, 3))
        texts = [subject, rng.choice(subjects)[:40]]
        ours = subject_words(texts, Parties.named(names))
        assert ours == reference.word_sets(texts, reference.PartyFilter.from_parties(names)), (texts, names)


NUMBER_PIECES = [
    " hundreds",
    "thousands",
    " millions",
    "billions",
    " dozens",
    "$",
    "\u20ac",
    "Rs",
    "USD",
    "1,500",
    "150,000",
    "1,50",
    "2.5",
    "29.1%",
    "100",
    " bn",
    " mn",
    " m",
    " k",
    "b",
    " billion",
    " million",
    "three",
    " hundred",
    " thousand",
    " and ",
    "-year",
    "dozens",
    "trillions",
    " half",
    "twenty",
    " five",
    " single",
    " lakh",
    " crore",
    " of",
    " a",
]


@needs_shared
def test_number_parsing_agrees_with_score_py(reference: Any) -> None:
    rng = random.Random(4)
    values: list[Any] = [*gold_values("value"), 3, 2.5, True, None, [1], "", "n/a"]
    values += [jumble(rng, NUMBER_PIECES, rng.randint(1, 5)) for _ in range(5000)]
    for value in values:
        assert number_in(value) == reference.parse_number(value), value


NAME_PIECES = [
    "Mr ",
    "H.E. ",
    "H. E. ",
    "Dr. ",
    "President ",
    "Prime Minister ",
    "Sheikh ",
    "Muhammad ",
    "Shehbaz ",
    "Shahbaz ",
    "Sharif",
    "S. ",
    "Ishaq ",
    "Dar",
    "Lukashenko",
    "Aleksandr ",
    "Alexander ",
    "Xi ",
    "Jinping",
    "Wang Yi",
    "Lee",
    " Jae-myung",
    "\u00c9mile ",
]


@needs_shared
def test_names_and_roles_agree_with_score_py(reference: Any) -> None:
    rng = random.Random(5)
    names = [str(n) for n in gold_values("name")]
    names += [jumble(rng, NAME_PIECES, rng.randint(1, 4)) for _ in range(1500)]
    for name in names:
        assert name_key(name) == reference.name_tokens(name), name
    for _ in range(5000):
        a, b = name_key(rng.choice(names)), name_key(rng.choice(names))
        assert same_person(a, b) == reference.name_similarity(a, b), (a, b)
    roles = [
        *gold_values("role"),
        "PM",
        "FM",
        "premier",
        "Deputy Minister",
        "Vice President",
        None,
        ["Minister", "Envoy"],
        "Minister of State for IT",
        "first secretary",
    ]
    for _ in range(5000):
        a, b = rng.choice(roles), rng.choice(roles)
        assert roles_agree(a, b) == reference.roles_agree(a, b), (a, b)


MEETING_PIECES = [
    "telephone",
    " phone",
    " video call",
    " virtual",
    " press",
    " briefing",
    " signing",
    " exchange",
    " forum",
    " commission",
    " council",
    " session",
    " summit",
    " talks",
    " meeting",
    " courtesy call",
    " called on",
    " audience",
    " visit",
    " (state)",
    "_",
    "-",
    " dinner",
    " one-on-one",
    " T\u00eate-\u00e0-t\u00eate",
]


@needs_shared
def test_meeting_classes_and_attribute_checks_agree_with_score_py(reference: Any) -> None:
    rng = random.Random(6)
    kinds = gold_values("kind") + [jumble(rng, MEETING_PIECES, rng.randint(1, 3)) for _ in range(3000)]
    for kind in [*kinds, None, 3, "Signing Ceremony", "other"]:
        assert meeting_class(kind) == reference.meeting_class(kind), kind
    from accord.evaluate_match import attribute_checks

    deadlines = [*gold_values("deadline"), "2025", "2025-06", " 2025-06-30 ", "2026-01-01", None, 2025]
    statuses = [*gold_values("status_in_article"), "Finalised", "issued", " signed ", None]
    types = [*gold_values("type"), "MOU", None]
    roles = [*gold_values("role"), "PM", "Foreign Minister", None, "Minister"]
    for _ in range(5000):
        gold = {
            "deadline": rng.choice(deadlines),
            "type": rng.choice(types),
            "kind": rng.choice(kinds),
            rng.choice(["status", "status_in_article"]): rng.choice(statuses),
            "role": rng.choice(roles),
        }
        pred = {
            "deadline": rng.choice(deadlines),
            "type": rng.choice(types),
            "kind": rng.choice(kinds),
            rng.choice(["status", "status_in_article"]): rng.choice(statuses),
            "role": rng.choice(roles),
        }
        for kind in SCORED_KINDS:
            assert attribute_checks(kind, pred, gold) == reference.attribute_checks(kind, pred, gold), (
                pred,
                gold,
            )


@needs_shared
def test_greedy_pairing_agrees_with_score_py(reference: Any) -> None:
    rng = random.Random(7)
    for _ in range(5000):
        n_pred, n_gold, width = rng.randint(1, 5), rng.randint(1, 5), rng.randint(2, 4)
        candidates = [
            (p, g, tuple(float(rng.randint(0, 2)) for _ in range(width)))
            for p in range(n_pred)
            for g in range(n_gold)
            if rng.random() < 0.6
        ]
        assert pick_pairs(candidates) == reference.greedy(candidates), candidates


# Small articles where facts crowd together, so ties and rival candidates are common.
FUZZ_WORDS = [
    "Shehbaz Sharif",
    "S. Sharif",
    "Ishaq Dar",
    "Mr. Dar",
    "met",
    "signed",
    "an MoU on trade",
    "health",
    "agriculture",
    "$5 million",
    "5m",
    "five",
    "2025",
    "5",
    "talks",
    "visit",
    "by 2026",
    "the two sides",
    "Pakistan",
    "Belarusian",
    "said",
    "\u201cquote\u201d",
    "and",
]
FUZZ_POOLS: dict[str, list[Any]] = {
    "type": ["mou", "agreement", None],
    "status": ["signed", "planned", "issued", None],
    "subject": ["trade", "health and trade", "MoU on cooperation", "agriculture", None],
    "sectors": [["trade"], [], None],
    "deadline": ["2026", "2026-06", "2026-06-30", None],
    "kind": ["talks", "visit", "telephone call", None],
    "name": ["Shehbaz Sharif", "S. Sharif", "Ishaq Dar", "Dar"],
    "role": ["PM", "Foreign Minister", None],
    "value": ["$5 million", "5m", "five", "5", "2025", None],
    "what": ["trade", "aid money", None],
    "cluster": ["a", "b", None],
}


def fuzz_text(rng: random.Random) -> str:
    sentences = [" ".join(rng.choice(FUZZ_WORDS) for _ in range(rng.randint(3, 8))) for _ in range(8)]
    return ". ".join(s[:1].upper() + s[1:] for s in sentences) + "."


def fuzz_fact(rng: random.Random, text: str, gold: bool) -> dict[str, Any]:
    fact = {key: rng.choice(pool) for key, pool in FUZZ_POOLS.items()}
    s = rng.randrange(len(text) - 5)
    e = min(len(text), s + rng.randint(3, 60))
    quote = text[s:e]
    if gold:
        fact["id"] = fact.pop("cluster")
        fact["evidence"] = quote if quote.strip() else text[:10]
    else:
        fact["evidence"] = rng.choice(
            [quote, {"start": s, "end": e, "text": quote}, {"start": max(0, s - 20), "text": quote}, None]
        )
    return fact


@needs_shared
@pytest.mark.parametrize("seed", range(4))
def test_crowded_synthetic_articles_score_like_score_py(tmp_path: Path, seed: int) -> None:
    rng = random.Random(100 + seed)
    gold_dir, articles_dir, pred_dir = tmp_path / "gold", tmp_path / "articles", tmp_path / "pred"
    for folder in (gold_dir, articles_dir, pred_dir):
        folder.mkdir()
    for n in range(4):
        text = fuzz_text(rng)
        (articles_dir / f"s{n}.txt").write_text(text, encoding="utf-8")
        gold = {kind: [fuzz_fact(rng, text, True) for _ in range(rng.randint(0, 6))] for kind in SCORED_KINDS}
        for item in gold["instruments"]:
            item["parties"] = ["Pakistan", "Belarus"]
        pred = {kind: [fuzz_fact(rng, text, False) for _ in range(rng.randint(0, 8))]
                for kind in SCORED_KINDS}
        (gold_dir / f"s{n}.json").write_text(json.dumps(gold), encoding="utf-8")
        (pred_dir / f"s{n}.json").write_text(json.dumps(pred), encoding="utf-8")
    report = assert_same_as_reference(gold_dir, articles_dir, pred_dir, tmp_path / "ref")
    assert report.overall.matched > 0


def test_evaluate_scores_an_article_whose_text_repeats_another(tmp_path: Path) -> None:
    gold_dir, articles_dir = tiny_set(tmp_path)
    (articles_dir / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (gold_dir / "b.json").write_text(json.dumps(gold_facts()), encoding="utf-8")
    report = evaluate(gold_dir, articles_dir, settings(), kinds=["people"])
    assert set(report.predictions) == {"a", "b"}
    assert report.predictions["a"]["people"] == report.predictions["b"]["people"]
    assert report.per_kind["people"].gold == 4
    assert report.articles["a"]["people"] == report.articles["b"]["people"]
