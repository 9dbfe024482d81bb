"""The parse stage: long texts in pieces that join back exactly, and the per-Doc caches."""

from __future__ import annotations

import pytest
import spacy

from accord.nlp import (
    BLANK_TOKENIZER,
    PARAGRAPHS,
    PIECE_CHARS,
    KeptParses,
    LemmaIndex,
    doc_text,
    ent_at,
    ents_in,
    keep_co_verbs,
    keep_courtesy_abbreviations,
    load_pipeline,
    parse_texts,
    span_text,
    split_letter_marks,
    split_text,
)
from accord.settings import Settings

PARAGRAPH = ("Pakistan and Belarus signed an agreement on trade in Minsk on Tuesday, Prime Minister "
             "Shehbaz Sharif said after talks with President Alexander Lukashenko.")


@pytest.mark.parametrize("text", [
    "short", "", "\n\n".join([PARAGRAPH] * 2000), ("x" * 250_000), ("word " * 60_000),
    "\n".join([PARAGRAPH] * 1500),
])
def test_pieces_join_back_and_stay_under_the_limit(text: str) -> None:
    pieces = split_text(text)
    assert "".join(pieces) == text
    assert all(len(p) <= PIECE_CHARS for p in pieces)
    if len(text) <= PIECE_CHARS:
        assert pieces == [text]  # a text within the limit is parsed whole, as before


def test_a_cut_falls_after_a_paragraph_when_there_is_one() -> None:
    text = "\n\n".join([PARAGRAPH] * 2000)
    assert all(p.endswith("\n\n") for p in split_text(text)[:-1])
    assert split_text("x" * 250_000, 100_000) == ["x" * 100_000, "x" * 100_000, "x" * 50_000]


def test_a_long_text_is_one_doc_whose_offsets_are_the_whole_texts() -> None:
    nlp = load_pipeline(Settings.from_env().model)
    text = "\n\n".join([PARAGRAPH] * 120)
    assert len(split_text(text, 4000)) == 5
    [whole] = parse_texts(nlp, [text], piece_chars=4000)
    assert whole.text == text and doc_text(whole) == text
    persons = [e for e in whole.ents if e.label_ == "PERSON"]
    assert len(persons) >= 120 * 2 * 0.9
    assert all(text[e.start_char:e.end_char] == e.text for e in whole.ents)
    for sent in list(whole.sents)[::97]:
        assert ents_in(sent) == list(sent.ents)
        for token in sent:
            found = ent_at(whole, token.i)
            assert (found is None) == (token.ent_iob_ == "O")
            assert found is None or found.start <= token.i < found.end


def test_a_spans_text_is_cut_from_its_docs_text_as_spacy_joins_it() -> None:
    nlp = load_pipeline(Settings.from_env().model)
    text = "Leaders met  in Minsk.\n\n  - Exploring trade;\tthe MoU was signed.  \nKenya and Ghana agreed. "
    [doc] = parse_texts(nlp, [text * 3])
    spans = [*doc.sents, *doc.ents, doc[2:9], doc[5:6], doc[0:len(doc)]]
    assert len(list(doc.sents)) >= 6
    assert [span_text(s) for s in spans] == [s.text for s in spans]


def test_kept_parses_are_given_once_and_the_oldest_go_past_the_allowance() -> None:
    nlp = load_pipeline(Settings.from_env().model)
    texts = ["Kenya and Ghana signed an MoU.", "Chile and Peru held talks.", "Norway sent aid."]
    kept = KeptParses(chars=len(texts[1]) + len(texts[2]))
    for text in texts:
        kept.keep(text, nlp.make_doc(text))
    assert kept.take(texts[0]) is None  # dropped for the later two
    doc = kept.take(texts[1])
    assert doc is not None and doc.text == texts[1]
    assert kept.take(texts[1]) is None  # given once
    kept.keep("x" * 100, nlp.make_doc("x"))  # longer than the whole allowance: not kept
    assert kept.take("x" * 100) is None and kept.take(texts[2]) is not None


def test_a_kept_parse_lets_go_of_its_batchs_token_vectors() -> None:
    nlp = load_pipeline(Settings.from_env().model)
    parsed = next(parse_texts(nlp, [PARAGRAPH]))
    assert parsed.tensor.size > 0 and parsed.tensor.base is not None  # a view of its batch's arrays
    KeptParses().keep(PARAGRAPH, parsed)
    assert parsed.tensor.size == 0
    assert [t.lemma_ for t in parsed][:3] == ["Pakistan", "and", "Belarus"] and len(parsed.ents) > 0


def test_the_indexed_lemmatizer_and_attribute_ruler_annotate_as_spacys_own() -> None:
    nlp = load_pipeline(Settings.from_env().model)
    plain = spacy.load(Settings.from_env().model, exclude=["ner"])  # spaCy's own, as it loads them
    plain.add_pipe(PARAGRAPHS, before="parser")
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert table and all(isinstance(words, LemmaIndex) for words in table.values())
    assert "match" in vars(nlp.get_pipe("attribute_ruler"))  # looked up, not matched rule by rule
    text = ("The ministers were meeting; they had met, signing agreements and promising studies of the "
            "better-known geese, mice and lorries, worse ties, leaves, stronger data and criteria. "
            "Buses carried the delegations' belongings; she ran, he flies, they've written analyses. "
            "There is a plan, there're two. It ain't over: y'all gonna see, let's go, c'mon! He gave it "
            "to me and I told you that, which was done. Does he do it? He did. That one, those, whether "
            "it's nothin' or not, I'm here; isn't it? \"Yes\" - he said (twice).\n\n  \t- Item one\n")
    ours, theirs = nlp(text * 2), plain(text * 2)
    assert [(t.tag_, t.pos_, str(t.morph), t.lemma_) for t in ours] == \
        [(t.tag_, t.pos_, str(t.morph), t.lemma_) for t in theirs]
    assert {t.lemma_ for t in ours} >= {"meet", "sign", "agreement", "mouse", "study", "write", "be", "go"}
    assert {t.pos_ for t in ours} >= {"AUX", "PART", "SCONJ", "PRON", "VERB", "PUNCT", "SPACE"}
    nlp.get_pipe("lemmatizer").to_bytes()  # still written out as spaCy's lists


def test_the_tokenizer_loaded_from_the_packages_file_alone_is_spacys_own() -> None:
    nlp = load_pipeline(Settings.from_env().model)
    plain = spacy.load(Settings.from_env().model, exclude=list(nlp.pipe_names))
    split_letter_marks(plain)  # accord's additions: "a." opening a lettered list is two tokens,
    keep_co_verbs(plain)  # and "co-chaired" is one
    keep_courtesy_abbreviations(plain)  # and "Hon." is one
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == BLANK_TOKENIZER  # not built twice
    # (the vocabulary aside: this process's parses added words to it)
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == plain.tokenizer.to_bytes(exclude=["vocab"])
    text = ("U.S. and U.K. officials (e.g. Mr. O'Neill) can't say: \"it's 3:30p.m.\" -- see "
            "https://example.org/a?b=1, me@example.org; $4.5bn/yr, 1,000km & 50%... :-) don't")
    assert [(t.text, t.whitespace_) for t in nlp.make_doc(text)] == \
        [(t.text, t.whitespace_) for t in plain.make_doc(text)]
    assert [t.text for t in nlp.make_doc("can't Mr. U.S.")] == ["ca", "n't", "Mr.", "U.S."]
