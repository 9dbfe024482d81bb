"""Global options before or after the command; a mistyped --db is an error, not an empty store."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import COMMANDS, app, command_named
from accord.cli.app import hoist_global_options

runner = CliRunner()


@pytest.mark.parametrize(("given", "expected"), [
    (["facts", "--db", "x.db", "--json"], ["--db", "x.db", "facts", "--json"]),
    (["--db", "x.db", "facts"], ["--db", "x.db", "facts"]),
    (["register", "--pair", "PK-BY", "--similarity=words", "--db=y.db"],
     ["--similarity=words", "--db=y.db", "register", "--pair", "PK-BY"]),
    (["--model", "m", "ingest", "a.txt", "--extractor", "rules", "b.txt"],
     ["--model", "m", "--extractor", "rules", "ingest", "a.txt", "b.txt"]),
    (["show", "--", "--db"], ["show", "--", "--db"]),  # after "--" it is a file name
    (["stats", "--db"], ["stats", "--db"]),  # no value: left for the parser to refuse
    ([], []),
])
def test_global_options_after_the_command_move_before_it(given: list[str], expected: list[str]) -> None:
    assert hoist_global_options(given) == expected


def test_the_console_script_takes_db_after_the_command(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    assert runner.invoke(app, ["--db", str(db), "ingest", str(tmp_path / "none.txt")]).exit_code == 1
    script = "import sys; from accord.cli import main; sys.argv = ['accord', 'stats', '--json', '--db', " \
             f"{str(db)!r}]; main()"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert '"articles": 0' in out.stdout


@pytest.mark.parametrize("command", [["stats"], ["facts"], ["register"], ["commitments"], ["show", "1"]])
def test_a_missing_store_file_is_an_error_for_commands_that_read(tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "typo.db"
    result = runner.invoke(app, ["--db", str(db), *command])
    assert result.exit_code == 1
    assert f"no store at {db}" in result.stderr
    assert not db.exists()  # nothing was created by the mistake


def _json(db: Path, *args: str) -> object:
    import json

    result = CliRunner().invoke(app, ["--db", str(db), *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("pair", ["NO-CL", "cl-no", "Chile-Norway", "Norway / Chile", "Chile and Norway",
                                  "CL,Norway"])
def test_a_pair_is_two_codes_or_names_in_any_order(hand_db: Path, pair: str) -> None:
    assert _json(hand_db, "register", "--pair", pair) == _json(hand_db, "register", "--pair", "CL-NO")


@pytest.mark.parametrize("country", ["NO", "no", "Norway", "Norwegian"])
def test_a_country_is_a_code_or_a_name_like_a_pair(hand_db: Path, country: str) -> None:
    found = _json(hand_db, "facts", "--country", country)
    assert found and found == _json(hand_db, "facts", "--country", "Norway")


@pytest.mark.parametrize(("pair", "says"), [("Chile", "give two states"), ("CL-Narnia", "'Narnia' is not"),
                                            ("CL-XX", "'XX' is not")])
def test_a_bad_pair_is_one_line_and_exit_2(hand_db: Path, pair: str, says: str) -> None:
    result = CliRunner().invoke(app, ["--db", str(hand_db), "register", "--pair", pair])
    assert result.exit_code == 2 and says in result.stderr and result.stderr.strip().count("\n") == 0


@pytest.mark.parametrize("day", ["1 June 2025", "June 1, 2025", "01.06.2025", "2025/06/01", "1/6/2025"])
def test_a_day_is_iso_or_a_common_written_form(hand_db: Path, day: str) -> None:
    iso = _json(hand_db, "commitments", "--as-of", "2025-06-01")
    assert _json(hand_db, "commitments", "--as-of", day) == iso


@pytest.mark.parametrize("day", ["June 2025", "2025-13-01", "31 February 2025", "soon"])
def test_a_day_that_is_no_one_day_is_one_line_and_exit_2(hand_db: Path, day: str) -> None:
    result = CliRunner().invoke(app, ["--db", str(hand_db), "commitments", "--as-of", day])
    assert result.exit_code == 2 and "--as-of" in result.stderr and "is not a day" in result.stderr
    assert result.stderr.strip().count("\n") == 0


def test_each_command_is_loaded_from_the_module_that_defines_it() -> None:
    from typer.main import get_command_name

    registered = {c.name or get_command_name(c.callback.__name__): c.callback.__module__
                  for c in app.registered_commands if c.callback is not None}
    listed = {command: f"accord.cli.{module}"
              for module, commands in COMMANDS.items() for command in commands}
    assert listed == registered


@pytest.mark.parametrize(("args", "command"), [
    (["--db", "x.db", "extract", "a.txt"], "extract"),
    (["--similarity=words", "ingest", "--db", "y"], "ingest"),
    (["--help"], None),
    ([], None),
])
def test_the_command_is_found_among_the_global_options(args: list[str], command: str | None) -> None:
    assert command_named(hoist_global_options(args)) == command


def test_extract_runs_without_torch_the_store_the_server_the_read_models_or_spacy_cli(
        tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "ISLAMABAD, 26 November 2024: Pakistan and Belarus signed a memorandum of understanding "
        "on trade. The two sides agreed to meet again in Minsk.\n", encoding="utf-8")
    script = ("import sys\nfrom accord.cli import main\n"
              f"sys.argv = ['accord', 'extract', {str(tmp_path / 'a.txt')!r}]\n"
              "try:\n    main()\nfinally:\n"
              "    heavy = {'torch', 'transformers', 'sqlalchemy', 'fastapi', 'weasyprint',\n"
              "             'accord.shapes', 'accord.owners', 'spacy.cli', 'weasel'}\n"
              "    print('loaded:', sorted(heavy & set(sys.modules)), 'spacy' in sys.modules,\n"
              "          file=sys.stderr)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["instruments"]
    assert "loaded: [] True" in out.stderr


def test_spacy_s_command_line_left_out_by_the_cli_is_imported_when_used() -> None:
    script = ("import sys\nimport accord.cli\nimport spacy\n"
              "print('spacy.cli' in sys.modules, 'weasel' in sys.modules)\n"
              "print(spacy.cli.download.__module__, 'spacy.cli' in sys.modules)\n"
              "print(spacy.info.__module__, type(spacy.cli).__name__)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.split("\n")[:3]
    assert lines == ["False False", "spacy.cli.download True", "accord.nlp_import module"]


def test_the_process_ends_after_its_exit_handlers_with_its_output_written_and_its_code(
        tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "ISLAMABAD, 26 November 2024: Pakistan and Belarus signed a memorandum of understanding "
        "on trade.\n", encoding="utf-8")
    handled = tmp_path / "handled"
    script = ("import atexit, pathlib, sys\nfrom accord.cli import run\n"
              f"atexit.register(pathlib.Path({str(handled)!r}).write_text, 'yes')\n"
              "print('before', end='')\n"  # still in the buffer of a pipe when the command ends
              "sys.argv = ['accord', *sys.argv[1:]]\nrun()\nprint('after run')\n")

    def accord(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True,
                              timeout=300)

    out = accord("extract", str(tmp_path / "a.txt"), "--no-consolidate")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("before") and "after run" not in out.stdout
    assert json.loads(out.stdout.removeprefix("before"))["instruments"]
    assert handled.read_text() == "yes"
    handled.unlink()
    typo = str(tmp_path / "typo.db")
    failed = accord("stats", "--db", typo)
    assert failed.returncode == runner.invoke(app, ["--db", typo, "stats"]).exit_code == 1
    assert "no store at" in failed.stderr and handled.read_text() == "yes"
