"""Bytes from disk, checked and decoded: size limit, binary sniffing, strict UTF-8.

Every failure is an `InputError` naming the file and saying what to do about it.
"""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from accord.errors import InputError
from accord.ingest.label import Label
from accord.ingest.options import IngestOptions

# Control bytes that never occur in text (tab, newlines, form feed and escape do).
_CONTROL = frozenset(range(0x00, 0x09)) | {0x0B} | frozenset(range(0x0E, 0x1B)) | {0x1C, 0x1D, 0x1E, 0x1F}
_SNIFF_BYTES = 8192
# UTF-32 first: its little-endian BOM (FF FE 00 00) starts with UTF-16's (FF FE), and read as
# UTF-16 it gives text with a NUL after every character
_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
              (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_WIDE_BOM_BYTES = tuple(bom for bom, _ in _WIDE_BOMS)


def wide_codec(data: bytes) -> str | None:
    """Return "utf-32" or "utf-16" when `data` starts with that encoding's byte-order mark."""
    return next((codec for bom, codec in _WIDE_BOMS if data.startswith(bom)), None)


def read_bytes(path: Path, options: IngestOptions) -> bytes:
    """Return the bytes of a regular file no larger than `options.max_bytes`."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(str(path), "no such file or directory") from None
    except OSError as exc:
        raise InputError(str(path), _os_reason(exc)) from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError(str(path), "not a regular file")
    if info.st_size > options.max_bytes:
        raise InputError(str(path), over_limit("file", info.st_size, options.max_bytes))
    try:
        data = _read_regular(path, options.max_bytes + 1)
    except OSError as exc:
        raise InputError(str(path), _os_reason(exc)) from None
    if len(data) > options.max_bytes:
        raise InputError(str(path), f"file grew over the {_megabytes(options.max_bytes)} limit while read")
    if not data:
        raise InputError(str(path), "empty file")
    return data


# Signatures of binary formats people put beside articles, to name them in the error.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word/Excel file; save it as .docx or PDF"),
    (b"PK\x03\x04", "a ZIP archive or Office file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF file; save it as .docx or PDF"),
)


def check_text(path: Label, data: bytes) -> None:
    """Raise InputError when `data` is binary: no text encoding could make an article of it."""
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(str(path), f"binary file ({what}), not text")
    if looks_binary(data):
        raise InputError(str(path), "binary file, not text")
    nul = -1 if data.startswith(_WIDE_BOM_BYTES) else data.find(b"\x00")
    if nul >= 0:
        # text never holds NUL: binary past the sniffed head, which no --encoding would make text
        raise InputError(str(path), f"binary data at offset {nul}, not text")


def _read_regular(path: Path, limit: int) -> bytes:
    """Return at most `limit` bytes of `path`, checking again on the open file that it is regular.

    The file can be swapped for a pipe or a device between stat and open: opening without
    blocking and checking the open descriptor means a special file is never read.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InputError(str(path), "not a regular file")
        # The size can change between stat and read (a growing log): never read past the limit.
        return handle.read(limit)


def looks_binary(data: bytes) -> bool:
    """Say whether the start of `data` is binary (NUL or many control bytes), UTF-16 aside."""
    head = data[:_SNIFF_BYTES]
    if head.startswith(_WIDE_BOM_BYTES):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b in _CONTROL)
    return controls > len(head) * 0.05


def decode(path: Label, data: bytes, options: IngestOptions) -> str:
    """Return `data` decoded: forced encoding, UTF-32 or UTF-16 with BOM, else strict UTF-8.

    A UTF-8 BOM stays in the text (as U+FEFF) so that offsets match a plain UTF-8 read
    of the file; ingest lists it as a skipped span. Text holding a NUL character is refused:
    no article has one, and databases differ on storing it (PostgreSQL refuses it).
    """
    text = _decoded(path, data, options)
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError(str(path), f"NUL character at offset {nul}: binary data, not text")
    return text


def _decoded(path: Label, data: bytes, options: IngestOptions) -> str:
    if options.encoding:
        try:
            return data.decode(options.encoding)
        except LookupError:
            raise InputError(str(path), f"unknown encoding {options.encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise InputError(str(path), f"cannot decode as {options.encoding} "
                                        f"(byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    wide = wide_codec(data)
    if wide is not None:
        try:
            return data.decode(wide)
        except UnicodeDecodeError as exc:
            raise InputError(str(path), f"broken {wide.upper()} (offset {exc.start})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if looks_binary(data[exc.start:]):
            # binary past the sniffed head: another text encoding would only store junk
            raise InputError(str(path), f"binary data at offset {exc.start}, not text") from None
        raise InputError(str(path), f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                                    f"{options.encoding_hint}") from None


def over_limit(what: str, size: int, limit: int) -> str:
    """Return the reason a `size`-byte input is refused, with numbers that differ when shown."""
    shown, most = _megabytes(size), _megabytes(limit)
    if shown == most:  # 10.5 million bytes are "10.0 MB", like the 10 MiB limit: say the bytes
        shown, most = f"{size:,} bytes", f"{limit:,}-byte"
    return f"{what} is {shown}, over the {most} limit"


def _megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return f"cannot read ({exc.strerror or exc})"
