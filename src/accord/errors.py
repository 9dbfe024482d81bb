"""Errors as values with a code and a message a user can act on.

The library raises these; only the CLI decides how to show them.
"""

from __future__ import annotations


class AccordError(Exception):
    """Base class: `code` is stable (for scripts and tests), `message` is for people."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"{self.message} [{self.code}]"


class InputError(AccordError):
    """An input file or URL that cannot become an article (unreadable, binary, empty, …)."""

    code = "E100"

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class DuplicateInputError(InputError):
    """An input whose article was already read in the same batch (nothing to add)."""

    code = "E101"

    def __init__(self, source: str, first: str) -> None:
        super().__init__(source, f"duplicate of {first}")
        self.first = first


class UnsupportedInputError(InputError):
    """A file in a folder that accord does not read (an image, a spreadsheet, the folder's notes)."""

    code = "E102"


class ConfigError(AccordError):
    """A setting that cannot be used (unknown extractor, missing model, bad URL)."""

    code = "E200"


class StoreError(AccordError):
    """The database could not be opened, migrated or written."""

    code = "E300"


class ExtractionError(AccordError):
    """An article that made the extractor raise: reported and left out, the batch goes on.

    It is accord's own fault, not the input's, so it has its own code and exit status.
    """

    code = "E110"

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: extraction failed: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self) -> tuple[type[ExtractionError], tuple[str, str]]:
        # worker processes send these back to the parent
        return type(self), (self.source, self.reason)

    @classmethod
    def of(cls, source: str, exc: BaseException) -> ExtractionError:
        """Return the error for `exc`, on one line and short enough to read."""
        detail = " ".join(str(exc).split())
        reason = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
        return cls(source, reason if len(reason) <= 200 else reason[:199] + "…")


class ManualEntryError(AccordError):
    """A desk officer's entry that cannot be made as given: a missing field, a bad date, withdrawn already."""

    code = "E510"
