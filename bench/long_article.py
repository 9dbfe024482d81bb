"""Benchmark: extraction time per 10,000 characters as one article grows from 10k to 1M characters.

    .venv/bin/python bench/long_article.py [--sizes 10000,40000,...] [--profile SIZE]

The article is made of real paragraphs (the seed and more/ articles of ../shared/corpus
when present, else examples/pakistan-belarus) cycled in a fixed order until it reaches
the size, so it reads like a very long report of the genre. For each size it times the
parse (spaCy, in pieces past `accord.nlp.PIECE_CHARS`) and the rule stages apart and
prints seconds per 10k characters: extraction is linear when the column stays flat.
`--profile SIZE` prints the 25 costliest functions of the rule stages at one size.
Not part of the tests: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from dataclasses import replace
from pathlib import Path

from rich.console import Console
from rich.table import Table

from accord.core import Article
from accord.extract import get_extractor
from accord.extract.rules import RulesExtractor
from accord.ingest import IngestOptions, iter_articles
from accord.nlp import parse_texts
from accord.settings import Settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEFAULT_SIZES = (10_000, 40_000, 80_000, 160_000, 320_000, 1_000_000)
PER = 10_000


def sample_paths() -> list[Path]:
    """Return the files to draw paragraphs from: the dev corpus if beside the repo, else the example."""
    shared = [SHARED / "corpus" / "seeds", SHARED / "corpus" / "more" / "articles"]
    paths = [p for folder in shared if folder.is_dir() for p in sorted(folder.glob("*.txt"))]
    return paths or sorted((REPO / "examples" / "pakistan-belarus").glob("*.txt"))


def paragraphs() -> list[str]:
    """Return the body paragraphs of the sample articles (boilerplate lines left out)."""
    out: list[str] = []
    for article in iter_articles(sample_paths(), IngestOptions()):
        if isinstance(article, Article):
            out += [p.strip() for p in article.text.split("\n") if len(p.strip()) > 80]
    return out


def long_article(paras: list[str], size: int, template: Article) -> Article:
    """Return one article of about `size` characters: the paragraphs cycled in order."""
    parts: list[str] = []
    length = 0
    i = 0
    while length < size:
        parts.append(paras[i % len(paras)])
        length += len(parts[-1]) + 2
        i += 1
    text = "\n\n".join(parts)[:size]
    return replace(template, text=text, name=f"long-{size}.txt", skip=())


def time_one(extractor: RulesExtractor, article: Article) -> tuple[float, float]:
    """Return the seconds spent parsing and in the rule stages for one article."""
    start = time.perf_counter()
    [doc] = parse_texts(extractor.nlp, [article.text])
    parsed = time.perf_counter()
    extractor.extract_doc(article, doc)
    return parsed - start, time.perf_counter() - parsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)))
    parser.add_argument("--profile", type=int, default=0, help="profile the rule stages at this size")
    args = parser.parse_args()
    extractor = get_extractor(Settings.from_env())
    assert isinstance(extractor, RulesExtractor)
    paras = paragraphs()
    template = next(a for a in iter_articles(sample_paths(), IngestOptions()) if isinstance(a, Article))
    if args.profile:
        article = long_article(paras, args.profile, template)
        [doc] = parse_texts(extractor.nlp, [article.text])
        with cProfile.Profile() as profile:
            extractor.extract_doc(article, doc)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
        return
    table = Table(title="one long article: seconds per 10k characters (flat = linear)")
    for name in ("characters", "parse s", "rules s", "parse s/10k", "rules s/10k", "total s/10k"):
        table.add_column(name, justify="right")
    for size in (int(s) for s in args.sizes.split(",")):
        parse_s, rules_s = time_one(extractor, long_article(paras, size, template))
        scale = PER / size
        table.add_row(f"{size:,}", f"{parse_s:.1f}", f"{rules_s:.1f}", f"{parse_s * scale:.3f}",
                      f"{rules_s * scale:.3f}", f"{(parse_s + rules_s) * scale:.3f}")
        Console().print(f"{size:,} characters: parse {parse_s:.1f} s, rules {rules_s:.1f} s")
    Console().print(table)


if __name__ == "__main__":
    main()
