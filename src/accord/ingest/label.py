"""What names an input: a file path, an upload's bare name, or a URL.

Readers only need a name to show, a source to keep and a suffix to tell the kind by;
a URL is not a path (`Path("https://a/b")` loses a slash), so it gets its own label.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Protocol
from urllib.parse import urlsplit


class Label(Protocol):
    """The name of an input as readers use it (pathlib paths are labels too)."""

    @property
    def name(self) -> str: ...

    @property
    def suffix(self) -> str: ...

    def __str__(self) -> str: ...


@dataclass(frozen=True, slots=True)
class UrlLabel:
    """A URL as a label: its last path part is the name, the URL itself the source."""

    url: str

    @property
    def name(self) -> str:
        parts = urlsplit(self.url)
        return PurePosixPath(parts.path).name or parts.hostname or self.url

    @property
    def suffix(self) -> str:
        return PurePosixPath(urlsplit(self.url).path).suffix

    def __str__(self) -> str:
        return self.url
