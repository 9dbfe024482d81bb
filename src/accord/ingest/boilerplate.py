"""Site boilerplate: the one list of line patterns that ingest marks as skipped.

Each pattern must match a whole line (stripped of white space). They are written for
the genre (news pages, press releases, wire copy), not for one site, and they stay
narrow on purpose: a caption or a headline is article text, since facts are often
stated there; only lines that carry no reported content belong here.
"""

from __future__ import annotations

import re

MAX_LINE = 320   # a longer line is a paragraph, never boilerplate

_SOCIAL = (r"(?:facebook|twitter|x|instagram|telegram|whatsapp|linkedin|youtube|tiktok|threads|"
           r"google news|reddit|pinterest|messenger|email|e-mail|print|copy link|sms)")
_WIRES = (r"(?:reuters|afp|ap|xinhua|bloomberg|ani|pti|ians|app|bss|yonhap|tass|ria novosti|anadolu|"
          r"bernama|belta|kyodo|dpa|efe|ansa|upi|ips|wam|spa|kuna|irna|ptv news)")
_LINK_LABELS = (r"(?:related|read more|read also|also read|read next|recommended|more on this topic|"
                r"see also|you may also like|most read|most popular|trending|latest news|top stories|"
                r"related (?:articles|stories|news|topics|coverage|posts))")

_CASELESS = (
    # print-edition and republication notes ("Published in Dawn, November 27th, 2024")
    r"(?:this (?:article|story) was )?(?:first |originally )?published in .{2,80}?,\s*.{3,40}\d{4}\.?",
    r"this (?:article|story|report) (?:first |originally )?(?:appeared|was (?:first |originally )?"
    r"published) (?:in|on) .{3,250}",
    # comment-section notices
    r"dear (?:visitor|reader|user)s?,.{0,300}",
    r"(?:the )?comments?(?: section)? (?:is|are|has been|have been) (?:closed|disabled|undergoing|"
    r"turned off|unavailable|moderated).{0,200}",
    # follow, subscribe, newsletters, apps
    r"follow us\b.{0,150}",
    r"follow .{1,60} on " + _SOCIAL + r"\b.{0,80}",
    r"(?:subscribe|sign up)\b.{0,150}",
    r"(?:get|receive) (?:the latest|our|breaking) .{0,80}(?:newsletter|inbox|updates|alerts)\b.{0,60}",
    r"(?:download|get) (?:our|the) .{0,40}\bapp\b.{0,80}",
    r"(?:click|tap) here\b.{0,150}",
    # rights
    r"(?:copyright\s*(?:©|\(c\)|\d{4})|©|\(c\)\s*\d{4}).{0,150}",
    r".{0,150}\ball rights reserved\b.{0,60}",
    # advertising
    r"(?:advertisement|advertising|sponsored(?: content)?|ads?|scroll to (?:continue|read more)"
    r"(?: with content)?|story continues below(?: this)?(?: ad| advertisement)?)\.?",
    # sharing and link lists
    r"share(?: this| the)?(?: article| story| page| post)?(?: on| via)?\s*:?"
    r"(?:\s*[|,/·•]?\s*" + _SOCIAL + r")*",
    _SOCIAL + r"(?:\s*[|,/·•]?\s*" + _SOCIAL + r"){1,8}",
    _LINK_LABELS + r"(?:\s*[:\-–—|»>].{0,200})?",
    r"(?:tags?|keywords?|topics?|filed under|newspaper section|section|category)\s*:.{0,200}",
    # credits, bylines and sign-offs
    r"\(?(?:additional )?(?:reporting|writing|editing) by .{1,200}",
    r"(?:writer|reporter|author|byline)\s*:.{1,80}",
    r"(?:written|posted|edited) by .{1,80}",
    r"\(?" + _WIRES + r"\)?\.?",
    r"(?:photo|image|picture|file photo|video|graphic)s?(?: credits?)?\s*:\s*.{1,80}",
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*(?:\(end\))?",
    r"\(end\)|-*\s*ends?\s*-*|#{3}",
)

# Bylines need case: "By Kim Eun-jung" is one, "by the two sides" is not.
_NAME = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}"
# "Staff Reporter", "Bangkok Post", "Centre for Eurasian Studies"
_DESK = r"[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|and|of|the|in|for|on)){0,5}"
_CASED = (
    # "By Dr. Farah Al-Mansouri, Senior Fellow, Institute for Regional Futures": a name, a post, a house
    rf"(?i:by)\s+{_NAME}(?:\s*(?:and|&|,)\s*{_NAME})*(?:\s*[|,]\s*{_DESK}){{0,2}}",
)

PATTERNS: tuple[re.Pattern[str], ...] = (
    tuple(re.compile(p, re.IGNORECASE) for p in _CASELESS)
    + tuple(re.compile(p) for p in _CASED)
)


def is_boilerplate(line: str) -> bool:
    """Say whether a stripped line is boilerplate by one of PATTERNS."""
    if not line or len(line) > MAX_LINE:
        return False
    return any(p.fullmatch(line) for p in PATTERNS)
