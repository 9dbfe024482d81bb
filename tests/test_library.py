"""The notebook API: accord.extract, accord.open, Rows.to_dataframe; the README and module doctests."""

from __future__ import annotations

import doctest
import re
import sys
from pathlib import Path

import pytest

import accord
import accord.extract.rules  # importing a submodule must not take `accord.extract(...)` away
import accord.library
from accord.core import Instrument
from accord.errors import ConfigError, InputError
from accord.library import Rows
from tests.conftest import REPO

_PYCON = re.compile(r"```pycon\n(.*?)```", re.S)


def test_module_doctests() -> None:
    result = doctest.testmod(accord.library, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0


def test_readme_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)  # the examples name files from the repository's root
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = _PYCON.findall(readme)
    assert blocks, "README.md has no pycon examples"
    parser, runner = doctest.DocTestParser(), doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    globs: dict[str, object] = {}
    for number, block in enumerate(blocks, start=1):
        test = parser.get_doctest(block, globs, f"README.md pycon block {number}", "README.md", 0)
        runner.run(test, clear_globs=False)
        globs.update(test.globs)  # one session, as in a notebook: later blocks use earlier names
    assert runner.summarize(verbose=False).failed == 0


def test_extract_is_typed_and_grounded() -> None:
    text = "ISLAMABAD: Pakistan and Belarus signed an agreement on visa-free travel on Friday."
    found = accord.extract(text, published="2025-04-11")
    assert found.instruments and all(isinstance(f, Instrument) for f in found.instruments)
    assert found.article.published is not None and found.article.published.isoformat() == "2025-04-11"
    for fact in found.facts:
        assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.text


def test_bad_calls_are_clear_errors() -> None:
    with pytest.raises(ConfigError, match="give a date as YYYY-MM-DD"):
        accord.extract("Pakistan and Belarus met.", published="April 11")
    with pytest.raises(InputError, match="empty text"):
        accord.extract("   ")
    with pytest.raises(InputError, match="not English"):
        accord.extract("Le Pakistan et la Biélorussie ont signé hier un accord de coopération "
                       "commerciale et culturelle à Minsk, a annoncé le ministère des affaires étrangères.")


def test_to_dataframe_says_how_to_get_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if pandas were not installed
    with pytest.raises(ConfigError, match=r"pip install 'accord\[notebook\]'"):
        Rows[Instrument]().to_dataframe()


def test_open_ingest_and_query(tmp_path: Path, examples_dir: Path) -> None:
    with accord.open(tmp_path / "lib.db") as reg:
        done = reg.ingest(examples_dir)
        assert (done.added, done.known, done.failed) == (5, 0, ())
        assert [Path(e.source).name for e in done.unsupported] == ["README.md"]
        again = reg.ingest(examples_dir / "000_846070d1f38a0bf4.txt")
        assert (again.added, again.known) == (0, 1)
        frame = reg.facts(kind="people").to_dataframe()
        assert set(frame["kind"]) == {"people"}
        assert len(frame) == len(reg.facts(kind="people"))
        assert reg.conflicts(pair="BY-PK").to_json() == [c.to_json() for c in reg.conflicts(pair="PK-BY")]
        assert reg.timeline("PK-BY")
