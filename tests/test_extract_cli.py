"""`accord extract --json` prints the facts format for every sample article."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from accord.cli import app
from accord.core import INSTRUMENT_STATUSES, INSTRUMENT_TYPES, MEETING_KINDS

runner = CliRunner()
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
FIELDS: dict[str, set[str]] = {
    "instruments": {"cluster", "record", "type", "subject", "sectors", "parties", "status", "date", "place",
                    "signatories", "evidence"},
    "commitments": {"cluster", "record", "actor", "action", "deadline_text", "deadline", "change",
                    "evidence"},
    "meetings": {"cluster", "record", "kind", "participants", "place", "date", "evidence"},
    "people": {"cluster", "record", "name", "role", "country", "evidence"},
    "figures": {"cluster", "record", "value", "number", "approx", "what", "evidence"},
    # accord's sixth kind, beside the five of the shared format (docs/facts-format.md)
    "initiatives": {"cluster", "record", "type", "subject", "sectors", "parties", "state", "evidence"},
}


def check_facts_format(obj: dict[str, Any], text: str) -> None:
    """Assert `obj` follows the facts format and every span points into `text`."""
    assert set(obj) == {"article", "published", "outlet", "dateline", *FIELDS}
    assert obj["published"] is None or PARTIAL_DATE.match(obj["published"])
    for kind, fields in FIELDS.items():
        for fact in obj[kind]:
            assert set(fact) == fields, (kind, fact)
            ev = fact["evidence"]
            assert text[ev["start"]:ev["end"]] == ev["text"] and ev["text"].strip(), (kind, fact)
            for key in ("date", "deadline"):
                if fact.get(key) is not None:
                    assert PARTIAL_DATE.match(fact[key]), (kind, fact)
    for ins in obj["instruments"]:
        assert ins["type"] in INSTRUMENT_TYPES and ins["status"] in INSTRUMENT_STATUSES
        assert isinstance(ins["sectors"], list) and isinstance(ins["parties"], list)
    for mtg in obj["meetings"]:
        assert mtg["kind"] in MEETING_KINDS
    for fig in obj["figures"]:
        assert fig["approx"] in (None, "over", "nearly", "about")


def test_one_file_gives_one_object(examples_dir: Path) -> None:
    path = sorted(examples_dir.glob("*.txt"))[0]
    result = runner.invoke(app, ["extract", str(path), "--json"])
    assert result.exit_code == 0, result.output
    obj = json.loads(result.stdout)
    assert obj["article"] == path.name
    check_facts_format(obj, path.read_text(encoding="utf-8"))


def test_a_folder_gives_one_object_per_line_and_valid_facts(examples_dir: Path) -> None:
    result = runner.invoke(app, ["extract", str(examples_dir), "--json"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    names = sorted(p.name for p in examples_dir.glob("*.txt"))
    assert sorted(o["article"] for o in lines) == names
    for obj in lines:
        check_facts_format(obj, (examples_dir / obj["article"]).read_text(encoding="utf-8"))
    assert sum(len(o["instruments"]) + len(o["people"]) for o in lines) > 0


def test_workers_give_the_same_output_as_one_process(examples_dir: Path) -> None:
    files = [str(p) for p in sorted(examples_dir.glob("*.txt"))]
    one = runner.invoke(app, ["extract", *files, "--json"])
    two = runner.invoke(app, ["extract", *files, "--json", "--workers", "2"])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout


def test_a_missing_path_is_reported_and_the_rest_still_extracted(examples_dir: Path, tmp_path: Path) -> None:
    good = sorted(examples_dir.glob("*.txt"))[0]
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt"), str(good), "--json"])
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1])["article"] == good.name


def test_extract_consolidates_across_the_files_given(tmp_path: Path) -> None:
    one = tmp_path / "a.txt"
    two = tmp_path / "b.txt"
    one.write_text(" date 2031-03-04 Prime Minister Arvid Kessler of Norway met President Ana Rojas "
                   "of Chile in Oslo on Monday.\n", encoding="utf-8")
    two.write_text(" date 2031-03-05 Chilean President Ana Rojas held talks with Norwegian Prime "
                   "Minister Arvid Kesler in Oslo.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(one), str(two), "--json"])
    assert result.exit_code == 0, result.output
    objs = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    clusters = [{p["name"]: p["cluster"] for p in o["people"]} for o in objs]
    assert clusters[0]["Ana Rojas"] == clusters[1]["Ana Rojas"] is not None
    kessler = next(v for k, v in clusters[0].items() if "Kessler" in k)
    kesler = next(v for k, v in clusters[1].items() if "Kesler" in k)
    assert kessler == kesler
    plain = runner.invoke(app, ["extract", str(one), str(two), "--json", "--no-consolidate"])
    assert all(p["cluster"] is None for line in plain.stdout.splitlines() if line.strip()
               for p in json.loads(line)["people"])
