"""Developer aid: run the rules extractor over a dev set and score it with ../shared/tools/score.py.

    .venv/bin/python scripts/devscore.py seeds|more [--kinds people,figures] [--dump DIR]

Uses `accord.ingest` to read the articles, so dates and outlets come from the real ingest.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from accord.extract import extract_articles
from accord.ingest import IngestOptions, iter_articles
from accord.settings import Settings

SHARED = Path(__file__).resolve().parents[2] / "shared"
SETS = {
    "seeds": (SHARED / "corpus/seeds", SHARED / "corpus/gold"),
    "more": (SHARED / "corpus/more/articles", SHARED / "corpus/more/gold"),
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("set", choices=sorted(SETS))
    parser.add_argument("--kinds", default=None)
    parser.add_argument("--dump", type=Path, default=None, help="keep the predictions here")
    args = parser.parse_args()
    articles_dir, gold_dir = SETS[args.set]
    out = args.dump or Path(tempfile.mkdtemp(prefix="accord-dev-"))
    out.mkdir(parents=True, exist_ok=True)
    articles = [a for a in iter_articles(sorted(articles_dir.glob("*.txt")), IngestOptions())
                if not isinstance(a, Exception)]
    for facts in extract_articles(articles, Settings.from_env()):
        stem = Path(facts.article.name).stem
        (out / f"{stem}.json").write_text(json.dumps(facts.to_json(), ensure_ascii=False, indent=1))
    cmd = [sys.executable, str(SHARED / "tools/score.py"), "--gold", str(gold_dir),
           "--articles", str(articles_dir), "--pred", str(out)]
    if args.kinds:
        cmd += ["--kinds", args.kinds]
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
