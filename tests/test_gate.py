"""The trained sentence gate: shipped weights, determinism, and its effect on sentences written here."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from accord.core import Article
from accord.errors import AccordError, ConfigError
from accord.extract.rules import RulesExtractor, gate, make_extractor
from accord.extract.rules.gate import GATED_KINDS, KindModel, SentenceGate, load_gate, sentence_features
from accord.nlp import load_pipeline
from accord.settings import DEFAULT_MODEL, Settings
from accord.train import MIN_ARTICLES, Sentence, TrainingSet, fit, gated, main, threshold_for, tuning_articles

# one sentence written for each gated kind, and sentences of no kind
WRITTEN = {
    "instruments": "The two foreign ministers signed a memorandum of understanding on fisheries in Hanoi.",
    "meetings": "The president held talks with his visiting counterpart at the palace on Monday.",
    "commitments": "Both countries agreed to hold the next round of talks in Lima before the year ends.",
    "figures": "Bilateral trade reached $4.2 billion last year, up from $3.1 billion the year before.",
}
NOTHING = [
    "Her grandmother, aged 93, still tends the family garden every morning.",
    "The stadium, which seats 40,000 fans, was built in 1998 and renovated twice.",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(DEFAULT_MODEL)


def feats(nlp: Language, text: str) -> list[str]:
    return sentence_features(nlp(text)[:])


def test_the_shipped_gate_loads_with_its_training_record() -> None:
    shipped = load_gate()
    assert set(shipped.kinds) == set(GATED_KINDS)
    assert len(shipped.training["sha256"]) == 64
    assert shipped.training["seed"] == 13
    for model in shipped.kinds.values():
        assert 0.0 < model.threshold < 1.0 and model.weights


def test_the_gate_scores_the_same_sentence_the_same_way(nlp: Language, tmp_path: Path) -> None:
    shipped = load_gate()
    copy = tmp_path / "gate.json"
    copy.write_text(json.dumps({"format": 1, "training": shipped.training,
                                "kinds": {k: {"bias": m.bias, "weights": m.weights, "threshold": m.threshold}
                                          for k, m in shipped.kinds.items()}}), encoding="utf-8")
    again = load_gate(copy)
    for text in [*WRITTEN.values(), *NOTHING]:
        f = feats(nlp, text)
        for kind in GATED_KINDS:
            assert shipped.probability(kind, f) == again.probability(kind, f) == shipped.probability(kind, f)


@pytest.mark.parametrize("kind", GATED_KINDS)
def test_each_kind_scores_its_own_written_sentence_highest(nlp: Language, kind: str) -> None:
    shipped = load_gate()
    scores = {k: shipped.probability(kind, feats(nlp, text)) for k, text in WRITTEN.items()}
    assert max(scores, key=lambda k: scores[k]) == kind, scores
    assert shipped.keeps(kind, feats(nlp, WRITTEN[kind]))


def test_sentences_of_no_kind_score_below_the_sentences_of_each_kind(nlp: Language) -> None:
    shipped = load_gate()
    for kind in GATED_KINDS:
        own = shipped.probability(kind, feats(nlp, WRITTEN[kind]))
        assert all(shipped.probability(kind, feats(nlp, text)) < own for text in NOTHING)


ARTICLE = (
    "Published in Dawn on 2025-03-04.\n"
    "The foreign ministers of Chile and Kenya met in Nairobi on Monday and signed an agreement on "
    "cooperation in tourism. Bilateral trade between the two countries reached $250 million last year, "
    "the ministers said. The national zoo will also receive three tractors from Chile, the "
    "ambassador told the delegation."
)


def test_a_gate_drops_the_candidates_of_the_sentences_it_rejects() -> None:
    extractor = RulesExtractor(DEFAULT_MODEL)
    article = Article(name="written.txt", text=ARTICLE, content_hash="written", published=date(2025, 3, 4))
    off = next(extractor.extract([article]))
    said = {f.value for f in off.figures}
    assert {"$250 million", "three"} <= said
    # a hand-made model: figures are unlikely in a sentence about a zoo
    extractor.gate = SentenceGate({"figures": KindModel(2.0, {"w:zoo": -6.0}, 0.5)}, {})
    on = next(extractor.extract([article]))
    assert {f.value for f in on.figures} == said - {"three"}
    assert on.instruments == off.instruments and on.meetings == off.meetings


def test_the_gate_is_a_setting_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings(db_url="sqlite://").gate == "off"
    assert make_extractor(Settings(db_url="sqlite://")).gate is None
    on = make_extractor(Settings(db_url="sqlite://", gate="on"))
    assert on.gate is not None and on.version.endswith("+gate")
    monkeypatch.setenv("ACCORD_GATE", "ON ")
    assert Settings.from_env().gate == "on"
    with pytest.raises(ConfigError, match="ACCORD_GATE"):
        make_extractor(Settings(db_url="sqlite://", gate="maybe"))


def test_malformed_weights_are_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "gate.json"
    bad.write_text('{"format": 1, "kinds": {"figures": {"bias": 1}}, "training": {}}', encoding="utf-8")
    with pytest.raises(ConfigError, match="malformed"):
        load_gate(bad)
    bad.write_text("not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="not JSON"):
        load_gate(bad)
    with pytest.raises(ConfigError, match="cannot read"):
        load_gate(tmp_path / "missing.json")


def test_the_threshold_keeps_the_share_of_positives_asked_for() -> None:
    probabilities = [0.9, 0.8, 0.7, 0.6, 0.5, 0.1, 0.05]
    positive = [True, True, True, True, False, True, False]
    assert threshold_for(probabilities, positive, 1.0) == 0.1
    assert threshold_for(probabilities, positive, 0.8) == 0.6
    assert threshold_for(probabilities, positive, 0.5) == 0.7  # 3 of 5
    assert threshold_for([0.3], [False], 0.9) == 0.0


def _written_training_set() -> list[Sentence]:
    out = []
    for n in range(6):
        article = f"a{n}"
        for kind, text in WRITTEN.items():
            words = [w.strip(".,$") for w in text.lower().split()] + [f"extra{n}"]
            out.append(Sentence(article, 0, [f"w:{w}" for w in words], frozenset({kind})))
        for text in NOTHING:
            words = [w.strip(".,") for w in text.lower().split()]
            out.append(Sentence(article, 0, [f"w:{w}" for w in words], frozenset()))
    return out


def test_training_is_deterministic_and_learns_the_written_kinds() -> None:
    first = fit(_written_training_set())
    assert first == fit(_written_training_set())
    trained = SentenceGate.from_json({"format": 1, "training": {}, "kinds": first})
    signing = [f"w:{w.strip('.,')}" for w in WRITTEN["instruments"].lower().split()]
    assert trained.probability("instruments", signing) > trained.probability("meetings", signing)
    assert not any(k.startswith("w:extra") for k in first["instruments"]["weights"])  # one article's words


def test_a_feature_counts_only_when_min_articles_articles_hold_it() -> None:
    told = [Sentence(f"a{n}", 0, [word], frozenset({"instruments"}))
            for n in range(3) for word in ["w:thrice", "w:pairwise"][: 2 if n < 2 else 1]]
    weights = fit([*_written_training_set(), *told])["instruments"]["weights"]
    assert MIN_ARTICLES == 3 and weights["w:thrice"] > 0 and "w:pairwise" not in weights


def test_apply_keeps_every_fact_a_gate_without_kinds_sees(nlp: Language) -> None:
    extractor = RulesExtractor(DEFAULT_MODEL)
    article = Article(name="written.txt", text=ARTICLE, content_hash="written", published=date(2025, 3, 4))
    facts = next(extractor.extract([article]))
    before = facts.to_json()
    gate.apply(SentenceGate({}, {}), facts, nlp(ARTICLE))
    assert facts.to_json() == before


def test_gated_predictions_lose_only_the_rejected_sentences_candidates() -> None:
    sentences = [Sentence("a", 0, ["w:signed"], frozenset()), Sentence("a", 20, ["w:weather"], frozenset())]
    pred = {"figures": [{"value": "2", "evidence": {"start": 3, "end": 8}},
                        {"value": "40", "evidence": {"start": 25, "end": 30}}],
            "people": [{"name": "X", "evidence": {"start": 25, "end": 30}}]}
    rejecting = SentenceGate({"figures": KindModel(2.0, {"w:weather": -6.0}, 0.5)}, {})
    out = gated(pred, rejecting, sentences)
    assert [f["value"] for f in out["figures"]] == ["2"]
    assert out["people"] == pred["people"] and len(pred["figures"]) == 2


def test_training_on_a_missing_set_is_a_one_line_error(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    split = tmp_path / "split.json"
    split.write_text('{"checking": []}', encoding="utf-8")
    code = main(["--set", str(tmp_path / "nogold"), str(tmp_path), "--split", str(split),
                 "--out", str(tmp_path / "w.json")])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("error: ") and err.count("\n") == 1
    assert not (tmp_path / "w.json").exists()


def _written_set(root: Path, stems: list[str], checking: list[str] | None = None) -> tuple[Path, Path, Path]:
    gold, articles = root / "gold", root / "articles"
    gold.mkdir(parents=True)
    articles.mkdir()
    for n, stem in enumerate(stems):
        (gold / f"{stem}.json").write_text('{"figures": []}', encoding="utf-8")
        (articles / f"{stem}.txt").write_text(list(WRITTEN.values())[n % len(WRITTEN)], encoding="utf-8")
    split = root / "split.json"
    split.write_text(json.dumps({"checking": checking or []}), encoding="utf-8")
    return gold, articles, split


def test_each_set_keeps_its_own_checking_part_out_of_training(tmp_path: Path) -> None:
    own_gold, own_articles, own_split = _written_set(tmp_path / "own", ["o1", "o2", "o3"], ["o3"])
    dev_gold, dev_articles, dev_split = _written_set(tmp_path / "dev", ["d1", "d2", "d3", "d4"], ["d2", "o1"])
    whole_gold, whole_articles, _ = _written_set(tmp_path / "whole", ["w1", "w2"])
    sets = [TrainingSet(own_gold, own_articles, own_split), TrainingSet(dev_gold, dev_articles, dev_split),
            TrainingSet(whole_gold, whole_articles)]
    assert [s.tuning() for s in sets] == [["o1", "o2"], ["d1", "d3", "d4"], ["w1", "w2"]]
    assert [stem for stem, _, _ in tuning_articles(sets)] == ["o1", "o2", "d1", "d3", "d4", "w1", "w2"]
    # a checking article need not even be readable: it is never opened
    (own_articles / "o3.txt").unlink()
    assert len(tuning_articles(sets)) == 7


def test_a_stem_in_two_training_sets_is_an_error(tmp_path: Path) -> None:
    first = _written_set(tmp_path / "a", ["x1", "x2"])
    second = _written_set(tmp_path / "b", ["x2", "x3"])
    with pytest.raises(AccordError, match="'x2' is in two training sets"):
        tuning_articles([TrainingSet(*first[:2]), TrainingSet(*second[:2])])


def test_set_takes_an_optional_split_of_its_own_beside_the_common_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    own_gold, own_articles, own_split = _written_set(tmp_path / "own", ["o1", "o2"], ["o2"])
    dev_gold, dev_articles, dev_split = _written_set(tmp_path / "dev", ["d1", "d2"], ["d1"])
    told: list[list[TrainingSet]] = []

    def fake_train(sets: list[TrainingSet], seed: int) -> dict[str, object]:
        told.append(list(sets))
        return {"training": {"sentences": 0, "articles": 0, "sha256": "0" * 64}}

    monkeypatch.setattr("accord.train.train", fake_train)
    out = str(tmp_path / "w.json")
    # the command as it was: every set under the common split
    assert main(["--set", str(dev_gold), str(dev_articles), "--split", str(dev_split), "--out", out]) == 0
    # a set with its own split beside one under the common split, and one read whole
    assert main(["--set", str(own_gold), str(own_articles), str(own_split), "--set", str(dev_gold),
                 str(dev_articles), "--split", str(dev_split), "--out", out]) == 0
    assert main(["--set", str(own_gold), str(own_articles), "--out", out]) == 0
    dev = TrainingSet(dev_gold, dev_articles, dev_split)
    assert told == [[dev], [TrainingSet(own_gold, own_articles, own_split), dev],
                    [TrainingSet(own_gold, own_articles, None)]]
    with pytest.raises(SystemExit):
        main(["--set", str(own_gold), "--out", out])
