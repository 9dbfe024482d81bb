"""Commercial deals told as bulleted purchases under a line that names the package.

"… commend the commercial deals reached … This includes:" followed by "- Purchases of $15
billion of energy commodities." and "- Procurement of aircraft …": each line that opens with
a purchase or supply noun is one deal (type `other`), its subject the goods without the
sum. A list under a line that names no deals, or a line that opens otherwise, gives none.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.extract.rules.context import Context
from accord.extract.rules.instruments_lexicon import DEAL_PLURALS, TRANSACTION_NOUNS
from accord.extract.rules.instruments_lists import LIST_MARK, region
from accord.extract.rules.instruments_merge import Candidate
from accord.normalize.sectors import sectors_for

_MAX_LINES_UP = 12  # how far above a purchase line the line announcing the package may stand


def purchase_lines(ctx: Context, sent: Span, index: int, covered: set[int],
                   last_status: str | None) -> list[Candidate]:
    """Return the deals the bulleted purchase lines of a sentence state (the parser may run
    a list's lines into one sentence, or into the line above).
    """
    found: list[Candidate] = []
    text = ctx.text
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    while line_start < sent.end_char:
        deal = _purchase(ctx, sent, index, covered, line_start, last_status)
        if deal is not None:
            found.append(deal)
        line_start = text.find("\n", line_start, sent.end_char) + 1 or sent.end_char
    return found


def _purchase(ctx: Context, sent: Span, index: int, covered: set[int], line_start: int,
              last_status: str | None) -> Candidate | None:
    """Return the deal one bulleted line states, when it opens with a purchase under a package."""
    text = ctx.text
    line = text[line_start:sent.end_char]
    mark = LIST_MARK.match(line.lstrip())
    if mark is None:
        return None
    after_mark = line_start + len(line) - len(line.lstrip()) + mark.end()  # "1. Acquisition …": past "1."
    opener = next((t for t in sent if t.idx >= after_mark and not (t.is_punct or t.is_space)), None)
    if opener is None or not _transaction(opener) or opener.idx - line_start > 6 \
            or not _under_package(text, line_start):
        return None
    goods = [t for t in region(sent, opener.i, covered) if not _sum(t)]
    if len(goods) < 3:
        return None  # "- Purchases." names no goods
    subject = "".join(t.text_with_ws for t in goods).strip()
    return Candidate("other", subject, sectors_for(subject), last_status or "signed", index,
                     sent.start_char, sent.end_char, named=False, head=opener.idx)


def _transaction(tok: Token) -> bool:
    """Say whether a line's first word is a purchase or supply noun ("Purchases of …", "Supply of …",
    which the model may read as a verb).
    """
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else tok
    noun = tok.pos_ == "NOUN" or (tok.pos_ in ("VERB", "PROPN") and nxt.lower_ in ("of", "for"))
    return noun and (tok.lemma_.lower() in TRANSACTION_NOUNS or tok.lower_.rstrip("s") in TRANSACTION_NOUNS)


def _sum(tok: Token) -> bool:
    """Say whether a token belongs to the sum of a purchase ("of approximately $15 billion",
    "worth $2 billion").
    """
    if tok.ent_type_ == "MONEY":
        return True
    return tok.pos_ in ("ADP", "ADJ") and any(c.ent_type_ == "MONEY" for c in tok.children)


def _under_package(text: str, line_start: int) -> bool:
    """Say whether the list this line belongs to hangs from a line that names deals and ends in ":"."""
    end = line_start - 1
    for _ in range(_MAX_LINES_UP):
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line.endswith(":"):
            return any(w.strip(".,;:()").lower() in DEAL_PLURALS for w in line.split())
        if not LIST_MARK.match(line):
            return False  # a paragraph between: the list ended
        end = start - 1
    return False
