"""Model arrays kept unpacked in the user's cache folder and memory-mapped, not read, by each process.

A packaged model (py3langid's LZMA file, MiniLM's safetensors weights) costs every process
that needs it the time to unpack or convert it and the memory of a whole copy. The first
process writes its arrays once, as they are used, to a folder of `.npy` files
(`~/.cache/accord/NAME/` on Linux); later ones map them read-only, so a process reads only
the pages it touches (the rows of the words it meets) and processes share those pages.
The folder is written under a temporary name and renamed whole, so a reader never sees
half of one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import platformdirs

Arrays = dict[str, npt.NDArray[Any]]


def cache_folder() -> Path:
    """Return accord's folder in the user's cache directory (it may not exist yet)."""
    return Path(platformdirs.user_cache_dir("accord"))


def kept_arrays(name: str, names: Sequence[str],
                make: Callable[[], Mapping[str, npt.NDArray[Any]]]) -> Arrays | None:
    """Return the arrays `names` of the kept folder `name`, memory-mapped read-only.

    The folder is made from `make()` when it is absent. None when it can be neither made
    nor read (no writable cache, a damaged file): the caller then unpacks as it would
    without one.
    """
    folder = cache_folder() / name
    try:
        if not folder.is_dir():
            _write(folder, make())
        return {key: _mapped(folder / f"{key}.npy") for key in names}
    except (OSError, ValueError, EOFError):
        return None


def _mapped(path: Path) -> npt.NDArray[Any]:
    # a plain ndarray view of the map: the same bytes, used as any array is
    mapped: npt.NDArray[Any] = np.load(path, mmap_mode="r", allow_pickle=False).view(np.ndarray)
    return mapped


def _write(folder: Path, arrays: Mapping[str, npt.NDArray[Any]]) -> None:
    folder.parent.mkdir(parents=True, exist_ok=True)
    part = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}-", suffix=".part"))
    try:
        for key, value in arrays.items():
            np.save(part / f"{key}.npy", np.ascontiguousarray(value), allow_pickle=False)
        os.rename(part, folder)  # whole or absent
    except OSError:
        shutil.rmtree(part, ignore_errors=True)
        if not folder.is_dir():  # not another process that made it first
            raise
    except BaseException:
        shutil.rmtree(part, ignore_errors=True)
        raise


# the stdlib array type codes of integers by kind (unsigned, signed) and size
_INT_CODES: dict[tuple[str, int], Literal["H", "I", "L", "h", "i", "l"]] = {
    ("u", 2): "H", ("u", 4): "I", ("u", 8): "L", ("i", 2): "h", ("i", 4): "i", ("i", 8): "l"}


def int_sequence(values: npt.NDArray[Any]) -> memoryview:
    """Return integers as a memoryview indexed like a stdlib array, without copying them."""
    return values.data.cast("B").cast(_INT_CODES[(values.dtype.kind, values.dtype.itemsize)])
