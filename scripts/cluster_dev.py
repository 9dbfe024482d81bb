"""Developer aid: consolidate the gold facts of a dev set and score the clusters.

    .venv/bin/python scripts/cluster_dev.py seeds|more [--keep DIR] [--show] [--facts DUMP_DIR]

The gold files are read as ArticleFacts with their ids removed, `accord.resolve.consolidate`
clusters them, and ../shared/tools/score.py compares the predicted clusters with the gold
ids (every fact matches itself, so only the cluster line is of interest). With --facts, an
extractor's output (`scripts/devscore.py SET --dump DUMP_DIR`) is consolidated instead.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

from accord.core import Article, ArticleFacts, Evidence, fact_from_json
from accord.resolve import Register, consolidate

SHARED = Path(__file__).resolve().parents[2] / "shared"
SETS = {
    "seeds": (SHARED / "corpus/seeds", SHARED / "corpus/gold"),
    "more": (SHARED / "corpus/more/articles", SHARED / "corpus/more/gold"),
}
KINDS = ("instruments", "commitments", "meetings", "people", "figures")


def load_scorer() -> ModuleType:
    """Return ../shared/tools/score.py as a module (its meeting classes and number parser)."""
    spec = importlib.util.spec_from_file_location("accord_score", SHARED / "tools/score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["accord_score"] = module
    spec.loader.exec_module(module)
    return module


def locate(text: str, quote: str | None, fallback: str) -> Evidence:
    """Return the evidence span of a gold quote (or of `fallback`, e.g. a person's name)."""
    for needle in (quote, fallback, fallback.split()[-1] if fallback.split() else None):
        if needle and (pos := text.find(needle)) >= 0:
            return Evidence(pos, pos + len(needle), needle)
    return Evidence(0, 0, "")


def gold_fact(kind: str, item: dict[str, Any], text: str, scorer: ModuleType) -> dict[str, Any]:
    """Return a gold item rewritten in the facts format (no cluster id)."""
    data = {k: v for k, v in item.items() if k not in ("id", "evidence")}
    data["subject"] = data.pop("title_or_subject", data.get("subject"))
    data["status"] = data.pop("status_in_article", data.get("status"))
    if kind == "meetings":
        data["kind"] = scorer.meeting_class(data.get("kind")) or "other"
    if kind == "figures":
        data["number"] = scorer.parse_number(data.get("value"))
    if kind != "instruments":
        data.pop("subject", None)
        data.pop("status", None)
    quote = item.get("evidence") if isinstance(item.get("evidence"), str) else None
    ev = locate(text, quote, str(item.get("name") or item.get("value") or ""))
    data["evidence"] = {"start": ev.start, "end": ev.end, "text": ev.text}
    return data


def load_gold(articles_dir: Path, gold_dir: Path, scorer: ModuleType) -> list[ArticleFacts]:
    """Return every gold file of a set as ArticleFacts without cluster ids."""
    out: list[ArticleFacts] = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (articles_dir / f"{path.stem}.txt").read_text(encoding="utf-8")
        published = date.fromisoformat(gold["published"]) if gold.get("published") else None
        article = Article(
            name=f"{path.stem}.txt",
            text=text,
            published=published,
            outlet=gold.get("outlet"),
            content_hash=hashlib.sha256(text.encode()).hexdigest()[:16],
        )
        facts = ArticleFacts(article, "gold", "0")
        for kind in KINDS:
            for item in gold.get(kind, []):
                fact = fact_from_json(kind, gold_fact(kind, item, text, scorer))
                fact.cluster = None
                getattr(facts, kind).append(fact)
        out.append(facts)
    return out


def load_predicted(articles_dir: Path, facts_dir: Path) -> list[ArticleFacts]:
    """Return an extractor's dumped facts files (`devscore.py --dump`) as ArticleFacts, clusters removed."""
    out: list[ArticleFacts] = []
    for path in sorted(facts_dir.glob("*.json")):
        if path.name.startswith("_"):
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        text = (articles_dir / f"{path.stem}.txt").read_text(encoding="utf-8")
        published = date.fromisoformat(data["published"]) if data.get("published") else None
        article = Article(
            name=f"{path.stem}.txt",
            text=text,
            published=published,
            outlet=data.get("outlet"),
            dateline=data.get("dateline"),
            content_hash=hashlib.sha256(text.encode()).hexdigest()[:16],
        )
        facts = ArticleFacts(article, "dump", "0")
        for kind in KINDS:
            for item in data.get(kind, []):
                fact = fact_from_json(kind, item)
                fact.cluster = None
                getattr(facts, kind).append(fact)
        out.append(facts)
    return out


def cluster_f1(facts: list[ArticleFacts], gold_dir: Path) -> tuple[float, float, float]:
    """Return pairwise precision, recall and F1 of "same record" over facts of different articles."""
    labelled: list[tuple[str, str, str, str | None]] = []  # article, kind, gold id, predicted cluster
    for article_facts in facts:
        stem = Path(article_facts.article.name).stem
        gold = json.loads((gold_dir / f"{stem}.json").read_text(encoding="utf-8"))
        for kind in KINDS:
            for item, fact in zip(gold.get(kind, []), getattr(article_facts, kind), strict=True):
                labelled.append((stem, kind, item["id"], fact.cluster))
    both = pred = true = 0
    for i, (art_a, kind_a, gold_a, pred_a) in enumerate(labelled):
        for art_b, kind_b, gold_b, pred_b in labelled[i + 1 :]:
            if art_a == art_b or kind_a != kind_b:
                continue
            same_pred, same_gold = pred_a is not None and pred_a == pred_b, gold_a == gold_b
            pred += same_pred
            true += same_gold
            both += same_pred and same_gold
    p = both / pred if pred else 1.0
    r = both / true if true else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def show(register: Register) -> None:
    """Print the multi-article records and every conflict (for eyeballing)."""
    for record in register.records.values():
        articles = {m.article_name[:3] for m in record.mentions}
        if len(articles) > 1 or record.conflicts or record.links:
            label = (
                record.fields.get("name")
                or record.fields.get("subject")
                or record.fields.get("action")
                or record.fields.get("kind")
                or record.fields.get("value")
            )
            print(f"{record.id} {sorted(articles)} {str(label)[:70]}")
            for c in record.conflicts:
                print(
                    f"    conflict {c.field}: "
                    + " | ".join(f"{v.value} ({len(v.mentions)})" for v in c.values)
                )
            for link in record.links:
                print(f"    link {link.source} {link.relation} {link.target}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("set", choices=sorted(SETS))
    parser.add_argument("--keep", type=Path, default=None, help="write the predictions here")
    parser.add_argument("--show", action="store_true", help="print merged records and conflicts")
    parser.add_argument(
        "--facts",
        type=Path,
        default=None,
        help="consolidate these extracted facts (devscore.py --dump DIR) instead of the gold",
    )
    args = parser.parse_args()
    articles_dir, gold_dir = SETS[args.set]
    scorer = load_scorer()
    facts = (
        load_predicted(articles_dir, args.facts) if args.facts else load_gold(articles_dir, gold_dir, scorer)
    )
    register = consolidate(facts)
    out = args.keep or Path(tempfile.mkdtemp(prefix="accord-clusters-"))
    out.mkdir(parents=True, exist_ok=True)
    for article_facts in facts:
        stem = Path(article_facts.article.name).stem
        (out / f"{stem}.json").write_text(json.dumps(article_facts.to_json(), ensure_ascii=False, indent=1))
    if args.show:
        show(register)
    cmd = [
        sys.executable,
        str(SHARED / "tools/score.py"),
        "--gold",
        str(gold_dir),
        "--articles",
        str(articles_dir),
        "--pred",
        str(out),
        "--json",
        str(out / "_score.json"),
    ]
    code = subprocess.call(cmd, stdout=subprocess.DEVNULL)
    result = json.loads((out / "_score.json").read_text(encoding="utf-8"))["clusters"]
    if result is None:
        print("clusters: n/a")
        return code
    p, r, f = (result[k] if result[k] is not None else float("nan") for k in ("precision", "recall", "f1"))
    print(f"clusters: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    for kind, c in result["by_kind"].items():
        p, r, f = (c[k] if c[k] is not None else float("nan") for k in ("precision", "recall", "f1"))
        print(
            f"  {kind:<12} P {p:.3f} R {r:.3f} F1 {f:.3f}  (pred {c['pred_same_pairs']},"
            f" gold {c['gold_same_pairs']}, both {c['both_same_pairs']})"
        )
    return code


if __name__ == "__main__":
    sys.exit(main())
