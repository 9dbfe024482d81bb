"""An article's text as HTML with every evidence span marked.

The text is untrusted: every piece of it is escaped here and only our own `<mark>` tags are
added. Spans overlap freely (one sentence can carry several facts), so marks nest; where two
spans cross, the inner one is closed and reopened as a continuation piece. The first piece of
each fact carries its `id` ("fact-123"), every piece carries `data-fact` so a script can
emphasise all of a fact's pieces.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape


@dataclass(frozen=True, slots=True)
class Span:
    """One fact's evidence span to mark, with what the mark says about it."""

    fact_id: int
    kind: str
    start: int
    end: int
    title: str

    def order(self) -> tuple[int, int, int]:
        """Return the nesting order: earlier and longer spans enclose later and shorter ones."""
        return (self.start, -self.end, self.fact_id)


def _open(span: Span, first: bool) -> str:
    anchor = f' id="fact-{span.fact_id}"' if first else ""
    part = "" if first else " fact-cont"
    return (f'<mark class="fact fact-{escape(span.kind)}{part}"{anchor} data-fact="{span.fact_id}"'
            f' title="{escape(span.title)}">')


def _boundaries(text: str, spans: list[Span]) -> list[int]:
    points = {0, len(text)}
    for s in spans:
        points.update((s.start, s.end))
    return sorted(points)


def highlight(text: str, spans: list[Span]) -> Markup:
    """Return the text escaped, with a `<mark>` around each span (nested, split where spans cross)."""
    spans = sorted((s for s in spans if 0 <= s.start < s.end <= len(text)), key=Span.order)
    points = _boundaries(text, spans)
    out: list[str] = []
    stack: list[Span] = []
    opened: set[int] = set()
    for lo, hi in pairwise(points):
        wanted = [s for s in spans if s.start <= lo and hi <= s.end]
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        out.extend("</mark>" for _ in stack[keep:])
        del stack[keep:]
        for span in wanted[keep:]:
            out.append(_open(span, span.fact_id not in opened))
            opened.add(span.fact_id)
            stack.append(span)
        out.append(str(escape(text[lo:hi])))
    out.extend("</mark>" for _ in stack)
    return Markup("".join(out))
