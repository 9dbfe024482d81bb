"""The spaCy pipeline accord parses with, loaded once per process by package name."""

from __future__ import annotations

import importlib
import re
import string
import threading
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import islice, pairwise
from pathlib import Path
from types import ModuleType
from typing import Any, cast

import numpy
import spacy
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.util import get_model_meta, load_config, registry

from accord.datelines import DATE_STAMP, LIST_MARK, body_start, dateline_span, speaker_labels
from accord.errors import ConfigError
from accord.lexicon import CURRENCY_CODES, HONORIFICS
from accord.normalize.countries import gazetteer, press_names


@lru_cache(maxsize=4)
def load_pipeline(model: str) -> Language:
    """Return the spaCy pipeline installed as package `model` (never downloads)."""
    nlp: Language
    try:
        module = importlib.import_module(model)
    except ImportError:
        try:
            nlp = spacy.load(model)
        except OSError as exc:
            raise ConfigError(
                f"spaCy model {model!r} is not installed; install its package "
                "(the default is pinned in requirements/model.txt) or set ACCORD_MODEL"
            ) from exc
    else:
        nlp = module.load(**_tokenizer_from_files(module))
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe(STATES, after="ner")
    split_letter_marks(nlp)
    read_bullets_as_dashes(nlp)
    keep_courtesy_abbreviations(nlp)
    keep_co_verbs(nlp)
    index_lemmas(nlp)
    index_attribute_rules(nlp)
    return nlp


def split_letter_marks(nlp: Language) -> None:
    """Make a lettered list's mark ("a.", "c.") two tokens, as "3." is, not a word of its item."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer keeps its own rules
    for letter in string.ascii_lowercase:
        tokenizer.add_special_case(f"{letter}.", [{ORTH: letter}, {ORTH: "."}])


# Bullets the pipeline's training text hardly has: read as a dash, which it knows as a list's mark
# (a "•" was taken for the line's verb, and "• complete the survey by June" lost its verb to it)
_BULLETS = ("•", "▪")


def read_bullets_as_dashes(nlp: Language) -> None:
    """Give "•" and "▪" the features of "-" (norm, shape, prefix, suffix), which the tagger and parser see."""
    dash = nlp.vocab["-"]
    for mark in _BULLETS:
        lexeme = nlp.vocab[mark]
        lexeme.norm_, lexeme.shape_ = dash.norm_, dash.shape_
        lexeme.prefix_, lexeme.suffix_ = dash.prefix_, dash.suffix_


# Courtesies of the Commonwealth press written short with a stop ("Rt. Hon. Pushpa Kamal Dahal", "Hon.
# Anita Among"): the tokenizer splits off the stop and the parser ends a sentence there.
_COURTESY_ABBREVIATIONS = ("Hon.", "Rt.", "HON.", "RT.")
# A given name written short with a stop, as the Philippine press writes "Maria" ("Ma. Elena Cruz"): the
# same split stop cut the name in two.
NAME_ABBREVIATIONS = ("Ma.", "Md.", "Mohd.")
# A hedge written short before an amount ("US$1 billion (approx. RM4.7 billion)"): the same split stop
# ends the sentence inside the bracket.
_HEDGE_ABBREVIATIONS = ("approx.", "Approx.")


def keep_courtesy_abbreviations(nlp: Language) -> None:
    """Make "Hon." and "Rt." one token each, as "Mr." is, so the name after them stays in the sentence;
    "Ma." too, so the name stays whole; "approx." too, so the amount after it does."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    for word in (*_COURTESY_ABBREVIATIONS, *NAME_ABBREVIATIONS, *_HEDGE_ABBREVIATIONS):
        tokenizer.add_special_case(word, [{ORTH: word}])


# Verbs of two sides acting together, written with "co-": the tokenizer splits off "co" and the
# parser then reads it as the sentence's verb ("X and Y co-chaired the session": "co" heads "X").
_CO_VERBS = ("chair", "host", "sponsor", "organise", "organize")
# Words the British and Commonwealth press write with a hyphen after "co-" or "re-" ("co-operate",
# "re-open"), each with its usual spelling: split, "co" or "re" became the verb ("agreed to re-open the
# border" promised "re"). Kept whole, each reads as its usual spelling (its norm, which the tagger and
# parser see, and its lemma).
_HYPHENED_VERBS = ("cooperate", "coordinate", "reopen", "reestablish", "restart", "relaunch", "reaffirm",
                   "reengage", "reschedule", "reconvene", "reactivate", "renegotiate", "reset")
# hyphened verbs whose participle is their base ("re-set")
_SAME_PARTICIPLE = ("re-set",)
_HYPHENED_NOUNS = ("cooperation", "coordination", "reopening", "reestablishment", "renegotiation")


def keep_co_verbs(nlp: Language) -> None:
    """Make "co-chaired", "co-hosts", "co-signing" … one token each, so the parse sees one verb, whose
    lemma is the verb's without "co-"; and "co-operate", "re-opened", "co-operation" … one token each,
    read as "cooperate", "reopened", "cooperation"."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    for base in _CO_VERBS:
        for form in _verb_forms(base):
            for word in (f"co-{form}", f"Co-{form}"):
                tokenizer.add_special_case(word, [{ORTH: word}])
            if isinstance(ruler, AttributeRuler):
                # the verb's own lemma ("chair"): rules on chairing read co-chairing too (the
                # lemmatizer would make "co-chaired" "co-chaire")
                ruler.add(patterns=[[{"LOWER": f"co-{form}"}]], attrs={"LEMMA": base})
    words = [(form, base) for base in _HYPHENED_VERBS for form in _verb_forms(base)]
    words += [(form, base) for base in _HYPHENED_NOUNS for form in (base, f"{base}s")]
    for form, base in words:
        hyphened = f"{form[:2]}-{form[2:]}"
        for word in (hyphened, hyphened.capitalize()):
            tokenizer.add_special_case(word, [{ORTH: word, NORM: form}])
        if isinstance(ruler, AttributeRuler):
            ruler.add(patterns=[[{"LOWER": hyphened}]], attrs={"LEMMA": base})
    if isinstance(ruler, AttributeRuler):
        # "has been re-set for October 14": a participle like its base, which the tagger takes for an
        # adjective when it is hyphened
        ruler.add(patterns=[[{"LOWER": {"IN": list(_SAME_PARTICIPLE)}, "TAG": "JJ"}]],
                  attrs={"POS": "VERB", "TAG": "VBN"})


def _verb_forms(base: str) -> set[str]:
    """Return a regular verb's forms: "chair", "chairs", "chaired", "chairing"."""
    stem = base[:-1] if base.endswith("e") else base
    return {base, f"{base}s", f"{stem}ed", f"{stem}ing"}


# spaCy builds a pipeline's tokenizer from its language's defaults (about 1,300 special cases,
# three long regexes), then replaces all of it with what the package's `tokenizer` file holds.
# A package whose config asks for spaCy's plain tokenizer can start from an empty one: the
# file makes it the same tokenizer, and loading costs about 0.15 s of CPU less.
BLANK_TOKENIZER = "accord.blank_tokenizer.v1"


def _blank_tokenizer() -> Callable[[Language], Tokenizer]:
    def make(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return make


registry.tokenizers.register(BLANK_TOKENIZER, func=_blank_tokenizer)


def _tokenizer_from_files(package: ModuleType) -> dict[str, Any]:
    """Return the overrides that load `package`'s tokenizer from its file alone, if it has one."""
    try:
        meta = get_model_meta(Path(str(package.__file__)).parent)
        data = Path(str(package.__file__)).parent / f"{meta['lang']}_{meta['name']}-{meta['version']}"
        factory = load_config(data / "config.cfg", interpolate=False)["nlp"]["tokenizer"]["@tokenizers"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    if factory != "spacy.Tokenizer.v1" or not (data / "tokenizer").is_file():
        return {}
    return {"config": {"nlp": {"tokenizer": {"@tokenizers": BLANK_TOKENIZER}}}}


class LemmaIndex(list[str]):
    """A part of speech's known lemmas, as the list spaCy loads, asked for membership in a set."""

    def __init__(self, words: Iterable[str]) -> None:
        super().__init__(words)
        self._set = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self._set


# A one-token attribute rule on these attributes (values, IN or NOT_IN lists, one value or list
# to look up by) is found through a dictionary; any other rule is left to spaCy's Matcher.
_LOOKED_UP = ("TAG", "DEP", "LOWER")  # read as token.tag_, token.dep_, token.lower_
_Test = tuple[int, frozenset[str], bool]  # (attribute, values, whether it must be one of them)
_Match = tuple[int, int, int, int]  # (rule, its match key, start, end), as AttributeRuler.match gives


def _one_token_rule(pattern: list[dict[str, Any]]) -> tuple[_Test, tuple[_Test, ...]] | None:
    """Return the test to look a one-token pattern up by and its other tests, or None if it asks more."""
    if len(pattern) != 1 or not pattern[0]:
        return None
    tests: list[_Test] = []
    for attr, value in pattern[0].items():
        spec = {"IN": [value]} if isinstance(value, str) else value
        if attr not in _LOOKED_UP or not isinstance(spec, dict) or len(spec) != 1:
            return None
        [(op, words)] = spec.items()
        if op not in ("IN", "NOT_IN") or not (isinstance(words, list)
                                              and all(isinstance(w, str) for w in words)):
            return None
        tests.append((_LOOKED_UP.index(attr), frozenset(words), op == "IN"))
    lookup = next((t for t in tests if t[2]), None)
    return None if lookup is None else (lookup, tuple(t for t in tests if t is not lookup))


def index_attribute_rules(nlp: Language) -> None:
    """Have the attribute ruler find its one-token rules by lookup; it sets the same attributes.

    en_core_web_sm's attribute ruler (the tag map: part of speech and features from the
    tag) runs spaCy's Matcher with its 179 rules over every token, about 0.3 s of CPU for 17
    articles; 167 of them test one token's tag, dependency or lowercase form, which a
    dictionary finds. The other rules still go through a Matcher, and the matches are
    applied in spaCy's order.
    """
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return
    rest = Matcher(nlp.vocab)
    tables: tuple[dict[str, list[tuple[int, int, tuple[_Test, ...]]]], ...] = ({}, {}, {})
    for rule, spec in enumerate(ruler.patterns):
        key = nlp.vocab.strings[str(rule)]
        others: list[list[dict[str, Any]]] = []
        for pattern in cast("list[list[dict[str, Any]]]", spec["patterns"]):
            found = _one_token_rule(pattern)
            if found is None:
                others.append(pattern)
                continue
            (attr, words, _), tests = found
            for word in words:
                tables[attr].setdefault(word, []).append((rule, key, tests))
        if others:
            rest.add(key, others)

    def match(doc: Doc) -> list[_Match]:
        matches = [(int(nlp.vocab.strings[key]), key, start, end)
                   for key, start, end in rest(doc, allow_missing=True, as_spans=False)]
        for token in doc:
            values = (token.tag_, token.dep_, token.lower_)
            for table, value in zip(tables, values, strict=True):
                for rule, key, tests in table.get(value, ()):
                    if all((values[attr] in words) == inside for attr, words, inside in tests):
                        matches.append((rule, key, token.i, token.i + 1))
        matches.sort()  # by rule: a later rule overrides an earlier one, as in AttributeRuler.match
        return matches

    ruler.match = match  # type: ignore[method-assign]


def index_lemmas(nlp: Language) -> None:
    """Give the rule lemmatizer's word lists set lookups; its lemmas stay the same.

    spaCy's rule lemmatizer asks whether each candidate form is a known word of its part of
    speech in a list of up to 57,000 words: about 0.3 s of CPU for the first parses of each
    process (en_core_web_sm), of which a set lookup leaves 0.05 s.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for pos, words in list(table.items()):
        if isinstance(words, list) and not isinstance(words, LemmaIndex):
            table[pos] = LemmaIndex(words)


PARAGRAPHS = "accord_paragraphs"
DATELINE_CHARS = 3000  # the first lines of a story, where its dateline is
# A plain-text table's cell separator ("1. | MoU on … | Framework for …"), or a tab where a page's
# table was copied as text ("1.\tMoU on …\tShri …, Minister of …"); a line with two or more is a
# table row, each of whose cells is a sentence of its own.
CELL_SEPARATOR = "|"
TAB_SEPARATOR = "\t"


def _runs_on(doc: Doc, space: Token) -> bool:
    """Say whether the line ending at `space` runs on ("JOINT STATEMENT OF", "… ABE AND", "…, ")."""
    last = space if not space.is_space else (doc[space.i - 1] if space.i > 0 else space)
    return last.text == "," or last.tag_ in ("IN", "CC", "DT", "TO")


def in_list_mark(tok: Token) -> bool:
    """Say whether a token is part of the list mark opening its line ("(b)", "c.", "3)")."""
    text = doc_text(tok.doc)
    line_start = text.rfind("\n", 0, tok.idx) + 1
    while line_start < tok.idx and text[line_start] in " \t":
        line_start += 1
    mark = LIST_MARK.match(text, line_start)
    return mark is not None and tok.idx < mark.end() and not tok.is_space


def line_bounds(text: str, at: int) -> tuple[int, int]:
    """Return where the line holding `at` starts and ends (before its line break, or at the text's end)."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, end if end >= 0 else len(text)


def in_table_row(text: str, at: int) -> bool:
    """Say whether the line holding `at` is a table row (two or more cell separators of one kind)."""
    start, end = line_bounds(text, at)
    return any(text.count(sep, start, end) >= 2 for sep in (CELL_SEPARATOR, TAB_SEPARATOR))


def on_list_line(text: str, at: int) -> bool:
    """Say whether `at` is on a bulleted, numbered or table line, or on a line that hangs from one
    ending in ":" past the earlier items of its list, each ending in ";" ("… to sign ten documents:\n\n
    A memorandum on …;\n\nAn agreement on …;").
    """
    line_start, line_end = line_bounds(text, at)
    if LIST_MARK.match(text[line_start:at].lstrip()) or in_table_row(text, at):
        return True
    before = text[:line_start].rstrip()
    while before.endswith((";", "; and", "; or")):
        before = before[:before.rfind("\n") + 1].rstrip()
    if before.endswith(":"):
        return True
    # "The documents signed were:\nMemorandum of understanding on …\nAgreement on …": short lines
    # with no marks and no full stops, hanging from the colon
    line = text[line_start:line_end].strip()
    return _item_line(line) and _hangs_from_colon(text, line_start)


def is_cell_separator(tok: Token) -> bool:
    """Say whether a token parts two cells of a table row ("|", or a tab on a line of two or more)."""
    if tok.text == CELL_SEPARATOR:
        return True
    return (tok.is_space and TAB_SEPARATOR in tok.text and "\n" not in tok.text
            and in_table_row(doc_text(tok.doc), tok.idx))


STATES = "accord_states"
_STATE_WORDS = 4  # the longest state name read as one entity ("Saint Kitts and Nevis")
# The recogniser's labels of a time ("in May", "on Tuesday", "this morning").
TIME_ENTS = frozenset({"DATE", "TIME"})
PLACE_ENTS = frozenset({"GPE", "LOC"})  # entities that name a place
_RELABELLED = frozenset({"ORG", "LOC", "NORP", "FAC"})  # a state's name the recogniser filed wrongly


@Language.component(STATES)
def state_entities(doc: Doc) -> Doc:
    """Return `doc` with each state's own name an entity of a place (GPE).

    The small model leaves "Uruguay" untagged and files "Belarus" or "Cameroon" as organisations;
    a state so missed is no party, subject or side to the rules. A state's canonical name counts, and
    the few other names the press writes it by whole ("Korea" after a dateline, "Timor-Leste" taken for an
    organisation); not an alias in another tongue or a code, and a name taken for a person's is left alone.
    """
    names, firsts = _state_names()
    ents = _hyphened_states(doc, names)
    spans: list[Span] = []
    for ent in ents:
        if _stripped(ent).text in names and (ent.label_ in _RELABELLED or _listed_with_state(ent, names)):
            spans.append(Span(doc, ent.start, ent.end, label="GPE"))
        else:
            spans.append(ent)
    taken = {i for span in spans for i in range(span.start, span.end)}
    i = 0
    while i < len(doc):
        if not doc[i].is_title or doc[i].text not in firsts:
            i += 1
            continue
        # a name the recogniser read from here is taken over only by a longer state name holding it
        begun = doc[i].ent_iob_ != "O" or i in taken
        for n in range(min(_STATE_WORDS, len(doc) - i), 1 if begun else 0, -1):
            span = doc[i:i + n]
            if span.text not in names:
                continue
            inside = _ents_inside(spans, span) if n > 1 else []
            held = {k for e in inside for k in range(e.start, e.end)}
            if all(t.i in held or (t.ent_iob_ == "O" and t.i not in taken) for t in span) \
                    and not (span.text in press_names() and _names_a_body(span)):
                spans = [e for e in spans if e not in inside]  # "Antigua and Barbuda": "Barbuda" no person
                spans.append(Span(doc, i, i + n, label="GPE"))
                i += n - 1
                break
        i += 1
    doc.set_ents(sorted(spans, key=lambda e: e.start))
    return doc


def _ents_inside(ents: list[Span], span: Span) -> list[Span]:
    """Return the entities lying wholly within a state's longer name, the recogniser's reading of part
    of it ("Barbuda" of "Antigua and Barbuda" taken for a person's, "Trinidad" of "Trinidad and Tobago")."""
    return [e for e in ents if span.start <= e.start and e.end <= span.end]


def _names_a_body(span: Span) -> bool:
    """Say whether a state's name opens the name of something else ("Viet Nam Airlines", "Korea Exchange
    Bank"): its last word a compound of a proper noun after it."""
    last = span[-1]
    return last.dep_ == "compound" and last.head.i >= span.end and last.head.pos_ == "PROPN"


def _hyphened_states(doc: Doc, names: frozenset[str]) -> list[Span]:
    """Return the entities of `doc`, one that is part of a state's hyphened name widened to all of it.

    The small model may tag only "Leste" of "Timor-Leste" (or "Bissau" of "Guinea-Bissau"): the side
    would be named by half its name. An entity the widened name overlaps is dropped.
    """
    ents = list(doc.ents)
    for ent in list(ents):
        start, end = ent.start, ent.end
        while start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
                and not doc[start - 1].whitespace_:
            start -= 2
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_:
            end += 2
        if (start, end) != (ent.start, ent.end) and doc[start:end].text in names:
            ents = [e for e in ents if e.end <= start or e.start >= end]
            ents.append(Span(doc, start, end, label="GPE"))
    return sorted(ents, key=lambda e: e.start)


def _listed_with_state(ent: Span, names: frozenset[str]) -> bool:
    """Say whether a state's name taken for a person's is coordinated with a state ("Senegal and Mali").

    The small model files "Mali", "Niger", "Benin" as people; beside another state they are states.
    """
    if ent.label_ != "PERSON":
        return False
    doc = ent.doc
    for other in ent.root.conjuncts:
        if ent.start <= other.i < ent.end:
            continue
        start = min([c.i for c in other.lefts if c.dep_ == "compound"] + [other.i])
        end = other.i + 1
        if other.ent_iob_ != "O":  # the whole entity the conjunct heads
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
        if other.ent_type_ == "GPE" or _stripped(doc[start:end]).text in names:
            return True
    return False


def _stripped(ent: Span) -> Span:
    """Return an entity without its leading "the" ("the Gambia")."""
    return ent[1:] if len(ent) > 1 and ent[0].lower_ == "the" else ent


@lru_cache(maxsize=1)
def _state_names() -> tuple[frozenset[str], frozenset[str]]:
    """Return the states' names and the words they start with (most words of a text start none)."""
    names = frozenset(c.name for c in gazetteer().countries) | press_names()
    return names, frozenset(name.split()[0].split("-")[0] for name in names)


@Language.component(PARAGRAPHS)
def paragraph_starts(doc: Doc) -> Doc:
    """Return `doc` with a sentence starting after each blank line, which the parser keeps.

    Without it a date line and a byline may be parsed into the first sentence of the body
    ("… By Charles Audouin\n\nJapanese Prime Minister … will arrive"), its subject lost. A
    sentence starts after a dateline too.
    """
    text = doc.text  # `Doc.text` joins every token anew on each access
    span = dateline_span(text[:DATELINE_CHARS])
    body = body_start(text[:DATELINE_CHARS])
    for before, tok in pairwise(doc):
        if "\n\n" in before.text and not tok.is_space:
            tok.is_sent_start = True
        elif tok.idx < body and not tok.is_space:
            # above the body each line is furniture of its own (headline, stamp), one sentence
            # unless it runs on ("JOINT STATEMENT OF\nPRESIDENT …")
            tok.is_sent_start = "\n" in before.text and not _runs_on(doc, before)
        elif tok.idx == body and "\n" in before.text:
            tok.is_sent_start = True
        elif "\n" in before.text and (mark := LIST_MARK.match(text, tok.idx)):
            # "- Key terms of the Agreement include:" is no part of the line above; its mark opens it
            tok.is_sent_start = True
            for after in doc[tok.i + 1:]:
                after.is_sent_start = False
                if after.idx >= mark.end():
                    break
        elif "\n" in before.text and tok.text[:1].isupper() and _ends_in_aside(text, before.idx):
            tok.is_sent_start = True  # "… imports. (Photo: Xinhua)\nChina and Serbia agreed …"
        elif "\n" in before.text and tok.text[:1].isupper() and not _runs_on(doc, before) \
                and _after_list_item(text, tok.idx):
            tok.is_sent_start = True  # "3. Protocol on border security\nPresident Mahama said …"
        elif is_cell_separator(before) and not tok.is_space and in_table_row(text, before.idx):
            tok.is_sent_start = True  # "… | Agreement on … | Provides for …": a cell, not the row's clause
    # the date stamp is a line of its own: what follows it ("Argentine President Javier Milei will
    # visit …") starts a sentence, whose subject is no "date"
    stamp = DATE_STAMP.match(text)
    if stamp and "\n" in stamp.group():
        first = next((tok for tok in doc if tok.idx >= stamp.end() and not tok.is_space), None)
        if first is not None and first.i > 0:
            first.is_sent_start = True
    # a dateline is a sentence of its own: "OTTAWA, March 3 (Reuters) - Canada and Chile agreed …"
    # has neither Ottawa among who agreed nor March 3 as a deadline, nor the headline above it
    # the dateline's place
    if span:
        for offset in span:
            first = next((tok for tok in doc if tok.idx >= offset and not tok.is_space), None)
            if first is not None and first.i > 0:
                first.is_sent_start = True
        _hold_first_sentence(doc, span[1])
    # a transcript's label ("Ms PRICE (14:23):") is a sentence of its own, and so is what follows it
    for start, end in speaker_labels(text):
        label = doc.char_span(start, end, alignment_mode="expand")
        if label is None:
            continue
        for tok in label:
            if tok.i > 0:
                tok.is_sent_start = tok.i == label.start
        if label.end < len(doc):
            doc[label.end].is_sent_start = True
    for before, tok in pairwise(doc):
        if tok.is_sent_start is None and (_inside_a_name(before, tok) or _after_a_currency_code(before, tok)
                                          or _inline_mark(before, tok) or _after_inline_mark(before)):
            tok.is_sent_start = False
    return doc


def _inline_mark(before: Token, tok: Token) -> bool:
    """Say whether `tok` is a list's number with its dot after a semicolon or a colon inside a line
    ("…; | 2. Agreement on …")."""
    doc = tok.doc
    return (before.text in (":", ";") and tok.text.isdigit() and len(tok.text) <= 2 and not tok.whitespace_
            and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ".")


def _after_inline_mark(before: Token) -> bool:
    """Say whether a token follows a list's number and its dot inside a line, after a colon or a
    semicolon ("The documents signed include: 1. | Memorandum on …; 2. | Agreement on …"): an item
    of the list, not a sentence of its own."""
    if before.text != "." or before.i < 2 or not before.whitespace_:
        return False
    doc = before.doc
    number, opening = doc[before.i - 1], doc[before.i - 2]
    return (not number.whitespace_ and number.text.isdigit() and len(number.text) <= 2
            and opening.text in (":", ";"))


def _after_a_currency_code(before: Token, tok: Token) -> bool:
    """Say whether a number follows a currency's code and its abbreviating dot ("Rs. | 450 crore", "Tk. |
    3,000 crore"), which the parser may take for a full stop."""
    if before.text != "." or not tok.like_num or before.i == 0:
        return False
    code = before.doc[before.i - 1]
    return not code.whitespace_ and code.lower_ in CURRENCY_CODES and code.text[:1].isupper()


def _after_list_item(text: str, at: int) -> bool:
    """Say whether the line at `at` follows an item of a list that ended without a full stop: a line
    opening with a list mark ("3. Protocol on border security\nPresident Mahama said …"), or a short
    capitalised line hanging from a line ending in ":" ("The documents signed were:\nMemorandum of
    understanding on energy\nAgreement on trade")."""
    end = text.rfind("\n", 0, at)
    start = text.rfind("\n", 0, max(end, 0)) + 1
    line = text[start:end].strip() if end > 0 else ""
    if LIST_MARK.match(line):
        return not line.endswith(_LINE_ENDS)
    return _item_line(line) and _hangs_from_colon(text, start)


def _item_line(line: str) -> bool:
    """Say whether a line may be an unmarked item of a list: short, capitalised, no end mark."""
    return bool(line) and line[:1].isupper() and len(line) <= _ITEM_CHARS and not line.endswith(_LINE_ENDS)


def _hangs_from_colon(text: str, line_start: int) -> bool:
    """Say whether the line starting at `line_start` hangs, past other unmarked item lines, from a
    line ending in ":"."""
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if not _item_line(line):
            return line.endswith(":")
        end = start - 1
    return False


# Marks that end a line of prose or a list's heading; how long an unmarked item line may be.
_LINE_ENDS = (".", "!", "?", ";", ":", ",")
_ITEM_CHARS = 120


def _inside_a_name(before: Token, tok: Token) -> bool:
    """Say whether a capitalised word goes on a run of proper nouns or a courtesy on one line.

    The small model's parser may open a sentence inside a title and name ("Chief of Defence Staff
    Lt Gen | Thomas Oppong-Peprah", "ambassador to Sri Lanka | Ama Owusu", "Hon. | Kwame Asante").
    """
    if not tok.text[:1].isupper() or tok.tag_ != "NNP":
        return False
    if before.whitespace_ == " " and before.tag_ == "NNP":
        return True
    doc = before.doc
    courtesy = doc[before.i - 1] if before.i > 0 else None
    return (before.text == "." and before.whitespace_ == " " and courtesy is not None
            and not courtesy.whitespace_ and courtesy.lower_ + "." in HONORIFICS)


# A line that ends in a bracketed aside after a full stop, or is one: a caption's credit
# ("… imports. (Photo: Xinhua)", "(AFP)"); the next line starts a sentence of its own.
_ASIDE_LINE_END = re.compile(r"(?:\A|[.!?][\"”’]?)\s*\([^()\n]{1,60}\)\s*\Z")


def _ends_in_aside(text: str, at: int) -> bool:
    """Say whether the line ending before `at` ends in a caption's bracketed credit."""
    end = text.rfind("\n", 0, at + 1)
    line = text[text.rfind("\n", 0, max(end, 0)) + 1:end] if end >= 0 else ""
    return _ASIDE_LINE_END.search(line.strip()) is not None


_SENTENCE_ENDS = frozenset({".", "!", "?", "…", ";"})


def _hold_first_sentence(doc: Doc, start: int) -> None:
    """Keep the story's first sentence after a dateline whole, up to its full stop or line end.

    Cut off from the dateline, the parser may end a sentence after its first word ("ACCRA, June 2 -
    Ghana | and Côte d'Ivoire on Monday signed …"), losing a party from the subject.
    """
    words = (tok for tok in doc if tok.idx > start and not tok.is_space)
    for tok in words:
        before = doc[tok.i - 1]
        if "\n" in before.text_with_ws or before.text in _SENTENCE_ENDS:
            break
        tok.is_sent_start = False


# Texts longer than this are parsed in pieces: spaCy refuses a text over `nlp.max_length`
# (E088, 1,000,000 characters) and its parser needs about 1 GB per 100,000 characters parsed
# at once. Shorter texts are parsed whole, as they always were.
PIECE_CHARS = 100_000
# where a piece may end, best first: a paragraph, a line, a sentence, a word
_BREAKS = ("\n\n", "\n", ". ", " ")


def split_text(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """Return `text` cut into pieces of at most `limit` characters that join back to it exactly.

    Each cut falls after the last paragraph break of the window, else the last line break,
    sentence end or space in its second half, so that a cut splits no sentence when the
    text has paragraphs; only a window without any white space is cut where it ends.
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def _cut(text: str, start: int, limit: int) -> int:
    half = start + (limit - start) // 2
    for mark in _BREAKS:
        at = text.rfind(mark, half, limit)
        if at >= 0:
            return at + len(mark)
    return limit


def parse_texts(nlp: Language, texts: Iterable[str], batch_size: int = 16,
                piece_chars: int = PIECE_CHARS) -> Iterator[Doc]:
    """Yield one parse per text, in order; a long text is parsed in pieces joined into one Doc.

    The joined Doc has exactly the text given, so every character offset of it (and of the
    evidence the rules take from it) is an offset of the whole text.
    """
    split = [split_text(text, piece_chars) for text in texts]
    docs = nlp.pipe((piece for pieces in split for piece in pieces), batch_size=batch_size)
    for pieces in split:
        parts = list(islice(docs, len(pieces)))
        yield parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)


class KeptParses:
    """Parses kept by text for a later use, up to `chars` characters of text, the oldest dropped first.

    A kept parse drops its tensor (the token vectors of the tok2vec layer, which the rules
    never read): it is a view of its whole batch's arrays and kept them all alive, about
    800 bytes per character of the batch where the rest of a parse holds about 40.
    """

    def __init__(self, chars: int = 400_000) -> None:
        self.chars = chars
        self._docs: OrderedDict[str, Doc] = OrderedDict()
        self._held = 0
        self._lock = threading.Lock()  # extraction may run in threads (a server's requests)

    def keep(self, text: str, doc: Doc) -> None:
        """Keep the parse of `text` (a text longer than the whole allowance is not kept)."""
        if len(text) > self.chars:
            return
        doc.tensor = numpy.zeros((0,), dtype=numpy.float32)
        with self._lock:
            self._forget(text)
            self._docs[text] = doc
            self._held += len(text)
            while self._held > self.chars:
                self._forget(next(iter(self._docs)))

    def take(self, text: str) -> Doc | None:
        """Return the kept parse of `text` and forget it, or None."""
        with self._lock:
            return self._forget(text)

    def _forget(self, text: str) -> Doc | None:
        doc = self._docs.pop(text, None)
        if doc is not None:
            self._held -= len(text)
        return doc


# Per-Doc values spaCy computes anew on every access, kept in the Doc once built: `Doc.text`
# joins every token and `Span.ents` walks every entity of the Doc, which made the rule
# stages quadratic in the length of an article.
_TEXT = "accord.text"
_ENTS = "accord.ents"


def doc_text(doc: Doc) -> str:
    """Return the text of `doc` (built once per Doc)."""
    text = doc.user_data.get(_TEXT)
    if not isinstance(text, str):
        text = doc.user_data[_TEXT] = doc.text
    return text


def span_text(span: Span) -> str:
    """Return the text of `span` as `Span.text` gives it, cut from its Doc's text built once."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def _ents(doc: Doc) -> tuple[tuple[Span, ...], list[int]]:
    found = doc.user_data.get(_ENTS)
    if found is None:
        ents = tuple(doc.ents)
        found = doc.user_data[_ENTS] = (ents, [e.start for e in ents])
    return cast("tuple[tuple[Span, ...], list[int]]", found)


def ents_in(span: Span) -> list[Span]:
    """Return the entities wholly inside `span`, as `span.ents` does, without walking the whole Doc."""
    ents, starts = _ents(span.doc)
    out: list[Span] = []
    for ent in ents[bisect_left(starts, span.start):]:
        if ent.end > span.end:
            break
        out.append(ent)
    return out


def token_at(doc: Doc, at: int) -> Token | None:
    """Return the token the character offset `at` falls in (or the one after the space it falls in)."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def ent_at(doc: Doc, i: int) -> Span | None:
    """Return the entity token `i` belongs to, or None."""
    ents, starts = _ents(doc)
    at = bisect_right(starts, i) - 1
    return ents[at] if at >= 0 and ents[at].end > i else None
