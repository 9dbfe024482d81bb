"""Model arrays kept unpacked in the user's cache and memory-mapped (accord.unpacked)."""

from __future__ import annotations

from array import array
from pathlib import Path

import numpy as np
import pytest

from accord import unpacked

ARRAYS = {"weights": np.arange(12, dtype=np.float32).reshape(3, 4).T, "labels": np.array(["en", "fr"])}


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(unpacked.platformdirs, "user_cache_dir", lambda _app: str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_the_copy_is_made_once_then_mapped_read_only(cache: Path) -> None:
    calls: list[int] = []

    def make() -> dict[str, np.ndarray]:
        calls.append(1)
        return ARRAYS

    first = unpacked.kept_arrays("model-1", list(ARRAYS), make)
    again = unpacked.kept_arrays("model-1", list(ARRAYS), make)
    assert calls == [1]
    assert first is not None and again is not None
    for name, value in ARRAYS.items():
        assert np.array_equal(again[name], value) and again[name].dtype == value.dtype
        assert again[name].flags.c_contiguous and not again[name].flags.writeable
    assert [p.name for p in cache.iterdir()] == ["model-1"]  # no half-written folder left


def test_a_damaged_copy_or_no_writable_cache_gives_none(cache: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    assert unpacked.kept_arrays("model-1", list(ARRAYS), lambda: ARRAYS) is not None
    (cache / "model-1" / "labels.npy").unlink()
    assert unpacked.kept_arrays("model-1", list(ARRAYS), lambda: ARRAYS) is None
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(unpacked.platformdirs, "user_cache_dir", lambda _app: str(blocked / "accord"))
    assert unpacked.kept_arrays("model-2", list(ARRAYS), lambda: ARRAYS) is None


def test_a_copy_another_process_made_first_is_the_one_read(cache: Path) -> None:
    def make_while_another_does() -> dict[str, np.ndarray]:
        other = {name: value + 1 if value.dtype.kind == "f" else value for name, value in ARRAYS.items()}
        assert unpacked.kept_arrays("model-1", list(ARRAYS), lambda: other) is not None
        return ARRAYS

    found = unpacked.kept_arrays("model-1", list(ARRAYS), make_while_another_does)
    assert found is not None and np.array_equal(found["weights"], ARRAYS["weights"] + 1)
    assert [p.name for p in cache.iterdir()] == ["model-1"]


@pytest.mark.parametrize("dtype", [np.uint16, np.uint32, np.int32, np.int64])
def test_mapped_integers_index_as_a_stdlib_array_does(dtype: type) -> None:
    values = np.array([0, 7, 65535 if np.dtype(dtype).kind == "u" else -1, 3], dtype=dtype)
    view = unpacked.int_sequence(values)
    stdlib = array(view.format, values.tolist())
    assert [view[i] for i in range(len(values))] == list(stdlib) == values.tolist()
