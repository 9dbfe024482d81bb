"""Cross-article consolidation: many articles' facts become one register of canonical records.

`consolidate(facts)` builds a `Register`; `Register.add(facts)` updates it article by
article with the same result. Records carry their mentions (each quote with its source),
the conflicts between sources and, for instruments, lifecycle links.
"""

from accord.resolve.model import Conflict, ConflictValue, Link, Mention, Record
from accord.resolve.register import Register, consolidate
from accord.resolve.rules import ResolveOptions
from accord.resolve.state import StateError
from accord.resolve.text import Similarity, word_similarity

__all__ = [
    "Conflict",
    "ConflictValue",
    "Link",
    "Mention",
    "Record",
    "Register",
    "ResolveOptions",
    "Similarity",
    "StateError",
    "consolidate",
    "word_similarity",
]
