"""The sector taxonomy: short lower-case labels and the phrases that name them.

One taxonomy for the whole project (`accord/data/sectors.json`): extraction labels each
instrument's subject with it, and consolidation compares labels to tell whether two
outlets speak of the same document ("vocational training" and "vocational education",
"disaster response" and "disaster management" share a label).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from accord.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """Sector labels with their trigger phrases, compiled for longest-match search."""

    labels: tuple[str, ...]
    triggers: dict[str, str]  # trigger phrase (as in the data file) -> label
    pattern: re.Pattern[str]

    def label_of(self, phrase: str) -> str | None:
        """Return the label a matched phrase stands for (None when it is no trigger)."""
        for key in (phrase, phrase.lower(), _singular(phrase), _singular(phrase.lower())):
            if key in self.triggers:
                return self.triggers[key]
        return None

    def sectors_for(self, text: str) -> tuple[str, ...]:
        """Return the labels named in `text`, in order of first mention, each once."""
        out: list[str] = []
        for match in self.pattern.finditer(text):
            label = self.label_of(match.group(0))
            if label is not None and label not in out:
                out.append(label)
        return tuple(out)

    def is_phrase(self, text: str) -> bool:
        """Say whether `text` as a whole is one trigger phrase ("science and technology")."""
        return self.label_of(" ".join(text.split())) is not None


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _trigger_regex(trigger: str) -> str:
    body = r"\s+".join(re.escape(part) for part in trigger.split())
    if not trigger.endswith("s"):
        body += "s?"  # "health service" also names "health services"
    body += r"(?![\w-])"
    return body if _case_sensitive(trigger) else "(?i:" + body + ")"


def _case_sensitive(trigger: str) -> bool:
    return any(c.isupper() for c in trigger)


def _first_letters(triggers: list[str]) -> str:
    """Return a character class of the letters a trigger can start with."""
    firsts = {c for t in triggers for c in ((t[0],) if _case_sensitive(t) else (t[0].lower(), t[0].upper()))}
    return "[" + "".join(re.escape(c) for c in sorted(firsts)) + "]"


def build(mapping: dict[str, list[str]]) -> Taxonomy:
    """Return the taxonomy for a label -> triggers mapping (each label names itself too)."""
    triggers: dict[str, str] = {}
    for label, phrases in mapping.items():
        for phrase in (label, *phrases):
            key = phrase if _case_sensitive(phrase) else phrase.lower()
            triggers.setdefault(key, label)
    # longest first: "halal trade" must win over "trade", "science and technology" over "science"
    ordered = sorted(triggers, key=lambda t: (-len(t), t))
    # The word-start test and the first letter come before the ~400 alternatives, so that at
    # most positions (inside words, in white space) the search fails once instead of once per
    # alternative: ten times faster on news text, fifty on long runs of spaces. At a word start
    # only the triggers of its letter are tried (each letter's in the same longest-first order):
    # six times faster again.
    by_letter: dict[str, list[str]] = {}
    for trigger in ordered:
        by_letter.setdefault(trigger[0].lower(), []).append(trigger)
    pattern = re.compile(r"(?<![\w-])(?=" + _first_letters(ordered) + ")(?:" + "|".join(
        "(?=" + _first_letters(group) + ")(?:" + "|".join(_trigger_regex(t) for t in group) + ")"
        for group in by_letter.values()) + ")")
    return Taxonomy(tuple(mapping), triggers, pattern)


@lru_cache(maxsize=1)
def taxonomy() -> Taxonomy:
    """Return the project's taxonomy, read once from the packaged data file."""
    try:
        raw = json.loads(files("accord.data").joinpath("sectors.json").read_text(encoding="utf-8"))
        mapping = raw["labels"]
    except (OSError, ValueError, KeyError) as exc:
        raise ConfigError(f"the sector taxonomy accord/data/sectors.json is unreadable: {exc}") from exc
    return build({str(k): [str(p) for p in v] for k, v in mapping.items()})


def sectors_for(text: str) -> tuple[str, ...]:
    """Return the sector labels `text` names, in order of first mention."""
    return taxonomy().sectors_for(text)


def labels() -> tuple[str, ...]:
    """Return every label of the taxonomy."""
    return taxonomy().labels


def is_sector_phrase(text: str) -> bool:
    """Say whether `text` as a whole names one sector (a list item not to split on "and")."""
    return taxonomy().is_phrase(text)
