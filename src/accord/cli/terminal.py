"""What reaches the terminal from articles: control characters made visible, never obeyed.

Article text and file names are untrusted. Rich escapes markup but passes escape sequences
through, so `ESC ] 0;…` (set the window title) or `ESC [2J` (clear the screen) in a
news file would act on the reader's terminal. Every character is replaced one for one, so
character offsets (evidence spans) still point at the same places.
"""

from __future__ import annotations

import re
import sys

from rich.console import Console, ConsoleOptions, ConsoleRenderable, RenderHook, RenderResult
from rich.segment import Segment

# C0 controls but tab and newline, CR unless it ends a line, DEL and the C1 controls (0x9b is
# a one-character CSI on some terminals)
# a lone surrogate (an undecodable byte of a file name) cannot be written as UTF-8 at all
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]|\r(?!\n)")
# inside JSON the same characters can be escaped without losing them (C0 ones already are)
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\ud800-\udfff]")
_DEL_PICTURE = "\u2421"


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)   # U+2400 block: ␀ … ␟, e.g. ESC → ␛
    return _DEL_PICTURE if code == 0x7F else "\ufffd"


def printable(text: str) -> str:
    """Return `text` with every control character a terminal would obey replaced by a visible one."""
    return _UNSAFE.sub(_picture, text)


def json_printable(text: str) -> str:
    """Return JSON text with DEL and C1 controls written as `\\u` escapes (same value, inert)."""
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def write_out(text: str) -> None:
    """Write CSV, Markdown or other plain output to stdout, control characters made visible."""
    sys.stdout.write(printable(text))


def write_json(text: str) -> None:
    """Write JSON to stdout with control characters escaped."""
    sys.stdout.write(json_printable(text))


class _Printable:
    """A renderable that renders another and makes the text of its segments printable."""

    def __init__(self, inner: ConsoleRenderable) -> None:
        self.inner = inner

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for segment in console.render(self.inner, options):
            # control segments are Rich's own cursor moves, not text
            yield segment if segment.control else Segment(printable(segment.text), segment.style)


class PrintableHook(RenderHook):
    """Makes everything a console prints printable, whatever renderable it came in."""

    def process_renderables(self, renderables: list[ConsoleRenderable]) -> list[ConsoleRenderable]:
        return [_Printable(r) for r in renderables]


def guard(*consoles: Console) -> None:
    """Make the consoles print control characters as visible pictures from now on."""
    for console in consoles:
        console.push_render_hook(PrintableHook())

