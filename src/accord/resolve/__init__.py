"""Cross-article consolidation: many articles' facts become one register of canonical records.

`consolidate(facts)` builds a `Register`; `Register.add(facts)` updates it article by
article with the same result. Records carry their mentions (each quote with its source),
the conflicts between sources and, for instruments, lifecycle links. Word rules decide
most pairs of facts; `ResolveOptions.semantic` (sentence embeddings by default, see
`accord.resolve.embeddings`) is asked about the pairs they leave open.
"""

from accord.resolve.model import Conflict, ConflictValue, Link, Mention, Record
from accord.resolve.register import Register, consolidate
from accord.resolve.rules import ResolveOptions
from accord.resolve.state import StateError
from accord.resolve.text import Semantic, Similarity, word_similarity

__all__ = [
    "Conflict",
    "ConflictValue",
    "Link",
    "Mention",
    "Record",
    "Register",
    "ResolveOptions",
    "Semantic",
    "Similarity",
    "StateError",
    "consolidate",
    "word_similarity",
]
