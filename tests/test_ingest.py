"""Ingest: every input kind, every bad input, metadata finders and the sample articles.

Every fixture file is written by the test itself into tmp_path; the only files read
from the repository are the five sample articles in examples/.
"""

from __future__ import annotations

import codecs
import os
from datetime import date
from pathlib import Path

import pytest

from accord.core import Article
from accord.errors import DuplicateInputError, InputError
from accord.ingest import IngestOptions, content_hash, iter_articles, read_source
from accord.ingest.boilerplate import is_boilerplate
from accord.ingest.dates import parse_date
from accord.ingest.metadata import find_metadata

OPTIONS = IngestOptions()

BODY = (
    "NAIROBI: Kenya and Ghana on Monday signed a memorandum of understanding on trade and investment "
    "during a two-day visit by the Ghanaian president, officials said.\n"
    "The two leaders also agreed to set up a joint commission that will meet every year to review the "
    "progress of the agreements signed during the visit.\n"
    "Bilateral trade stood at about 200 million dollars last year, and both sides hope to double it "
    "within five years, the foreign ministry said in a statement.\n"
)


def write(path: Path, content: str | bytes) -> Path:
    """Return `path` after writing `content` to it (parents created)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    return path


def read_one(path: Path, options: IngestOptions = OPTIONS) -> Article:
    """Return the single article in `path`."""
    articles = read_source(path, options)
    assert len(articles) == 1
    return articles[0]


def error_of(path: Path, options: IngestOptions = OPTIONS) -> InputError:
    """Return the InputError reading `path` raises."""
    with pytest.raises(InputError) as info:
        read_source(path, options)
    assert info.value.source.startswith(str(path))
    return info.value


def skipped_texts(article: Article) -> list[str]:
    return [article.text[s:e] for s, e in article.skip]


# --------------------------------------------------------------------------- bad input

def test_missing_path_is_an_error(tmp_path: Path) -> None:
    assert error_of(tmp_path / "nope.txt").reason == "no such file or directory"


def test_binary_file_is_an_error(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    assert "binary" in error_of(write(tmp_path / "image.txt", png)).reason


def test_control_bytes_without_nul_count_as_binary(tmp_path: Path) -> None:
    data = bytes([1, 2, 3, 4, 5, 6, 0x0E, 0x0F, 0x10, 0x11, 0x7F]) * 200
    assert "binary" in error_of(write(tmp_path / "blob", data)).reason


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  "])
def test_empty_or_blank_file_is_an_error(tmp_path: Path, content: bytes) -> None:
    assert error_of(write(tmp_path / "empty.txt", content)).reason.startswith("empty file")


def test_non_utf8_names_offset_and_suggests_encoding(tmp_path: Path) -> None:
    text = "Caf\u00e9 talks: " + BODY
    path = write(tmp_path / "latin.txt", text.encode("cp1252"))
    reason = error_of(path).reason
    assert "not UTF-8" in reason
    assert "offset 3" in reason
    assert "--encoding" in reason
    article = read_one(path, IngestOptions(encoding="cp1252"))
    assert article.text == text
    assert article.content_hash == read_one(write(tmp_path / "utf8.txt", text)).content_hash


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be"])
def test_utf32_with_bom_is_decoded_not_read_as_utf16(tmp_path: Path, codec: str) -> None:
    data = BODY.encode(codec)
    if codec != "utf-32":
        data = (codecs.BOM_UTF32_LE if codec.endswith("le") else codecs.BOM_UTF32_BE) + data
    article = read_one(write(tmp_path / "wide.txt", data))
    assert article.text.lstrip("\ufeff") == BODY and "\x00" not in article.text


@pytest.mark.parametrize("content", ["x", "Kenya\n", "\u00a0\u3000\u2003\n", "Kenya Ghana\n"])
def test_blank_or_one_word_files_are_refused_with_a_reason(tmp_path: Path, content: str) -> None:
    reason = error_of(write(tmp_path / "tiny.txt", content)).reason
    assert reason.startswith(("empty file", "too short for an article"))


def test_nul_anywhere_is_refused_the_same_way(tmp_path: Path) -> None:
    late = BODY * 100 + "\x00" + BODY
    assert "offset" in error_of(write(tmp_path / "late.txt", late)).reason
    wide = ("\ufeff" + BODY + "\x00" + BODY).encode("utf-16-le")
    reason = error_of(write(tmp_path / "wide.txt", wide)).reason
    assert reason == f"NUL character at offset {len(BODY)}: binary data, not text"  # BOM dropped


def test_a_file_name_that_is_not_utf8_keeps_its_article(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9-report.txt")
    path = write(tmp_path / name, BODY)
    [article] = [a for a in iter_articles([tmp_path], OPTIONS) if isinstance(a, Article)]
    assert article.name == "caf\\xe9-report.txt" and article.name.encode("utf-8")
    assert article.source == str(tmp_path / "caf\\xe9-report.txt") and path.exists()


def test_the_size_limit_message_shows_numbers_that_differ(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", BODY * (10_500_000 // len(BODY) + 1))
    reason = error_of(path, IngestOptions(max_bytes=10 * 1024 * 1024)).reason
    assert reason.startswith("file is 10,50") and "over the 10,485,760-byte limit" in reason
    small = error_of(path, IngestOptions(max_bytes=1024 * 1024)).reason
    assert small == "file is 10.0 MB, over the 1.0 MB limit"


def test_unknown_forced_encoding_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", BODY)
    assert "unknown encoding" in error_of(path, IngestOptions(encoding="no-such-codec")).reason


def test_utf8_bom_is_kept_in_text_but_skipped(tmp_path: Path) -> None:
    article = read_one(write(tmp_path / "bom.txt", codecs.BOM_UTF8 + BODY.encode()))
    # Kept so offsets match a plain UTF-8 read of the file, as the scorer does.
    assert article.text == "\ufeff" + BODY
    assert article.skip[0] == (0, 1)
    assert article.content_hash == content_hash(BODY)
    assert article.dateline == "Nairobi"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_decoded(tmp_path: Path, codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    article = read_one(write(tmp_path / "wide.txt", bom + BODY.encode(codec)))
    assert article.text == BODY
    assert article.content_hash == content_hash(BODY)


def test_large_file_is_refused_from_its_size_without_reading(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)     # sparse: no 50 MB written to disk

    def no_open(self: Path, *args: object, **kwargs: object) -> None:
        raise AssertionError(f"{self} was opened")

    monkeypatch.setattr(Path, "open", no_open)
    reason = error_of(path).reason
    assert "50.0 MB" in reason and "10.0 MB limit" in reason


def test_max_bytes_option_is_the_limit(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", BODY)
    assert "limit" in error_of(path, IngestOptions(max_bytes=100)).reason
    assert read_one(path, IngestOptions(max_bytes=len(BODY.encode()))).text == BODY


def test_permission_denied_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "secret.txt", BODY)

    def denied(name: object, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(name))

    # chmod does not stop root, who runs CI here: fail the open itself instead.
    with monkeypatch.context() as patch:
        patch.setattr(os, "open", denied)
        error = error_of(path)
    assert error.reason == "permission denied"


def test_folder_with_a_file_suffix_is_walked_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "dir.txt"
    folder.mkdir()
    assert list(iter_articles([folder], OPTIONS)) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_special_file_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert error_of(fifo).reason == "not a regular file"


def test_malformed_html_has_no_article_text(tmp_path: Path) -> None:
    page = "<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav><div><span>"
    assert error_of(write(tmp_path / "broken.html", page)).reason == "no article text found"


def test_broken_feed_is_an_error(tmp_path: Path) -> None:
    feed = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>x</ti'
    assert error_of(write(tmp_path / "broken.xml", feed)).reason.startswith("broken feed")


def test_feed_without_entries_is_an_error(tmp_path: Path) -> None:
    feed = '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    assert error_of(write(tmp_path / "quiet.rss", feed)).reason == "feed has no entries"


def test_iter_articles_reports_errors_and_goes_on(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", BODY)
    items = list(iter_articles([tmp_path / "missing.txt", write(tmp_path / "empty.txt", b""), good],
                               OPTIONS))
    assert [type(i) for i in items] == [InputError, InputError, Article]
    assert str(items[0]).startswith(f"{tmp_path / 'missing.txt'}: no such file")
    assert isinstance(items[2], Article) and items[2].source == str(good)


# --------------------------------------------------------------------------- plain text

DAWN_STYLE = (
    BODY
    + "Published in Dawn, March 5th, 2024\n"
    + "Dear visitor, the comments section is undergoing an overhaul and will return soon.\n"
    + "Follow us on Twitter and Facebook\n"
)


def test_txt_with_print_footer_finds_date_outlet_and_skips_footer(tmp_path: Path) -> None:
    path = write(tmp_path / "dawn.txt", DAWN_STYLE)
    article = read_one(path)
    assert article.text == path.read_bytes().decode("utf-8")
    assert article.name == "dawn.txt"
    assert article.media_type == "text"
    assert article.published == date(2024, 3, 5)
    assert article.outlet == "Dawn"
    assert article.dateline == "Nairobi"
    assert article.language == "en"
    assert skipped_texts(article) == [
        "Published in Dawn, March 5th, 2024",
        "Dear visitor, the comments section is undergoing an overhaul and will return soon.",
        "Follow us on Twitter and Facebook",
    ]
    assert not article.is_skipped(0, len("NAIROBI: Kenya and Ghana"))
    # Footer lines do not change what the article is.
    assert article.content_hash == content_hash(BODY)


def test_leading_date_stamp_is_the_date_and_skipped(tmp_path: Path) -> None:
    text = " date 2024-11-26 ACCRA - Ghana and Togo signed a border trade protocol on Tuesday.\n" + BODY
    article = read_one(write(tmp_path / "stamp.txt", text))
    assert article.text == text
    assert article.published == date(2024, 11, 26)
    assert skipped_texts(article)[0] == "date 2024-11-26"
    assert article.dateline == "Accra"


def test_stamp_wins_over_byline_dates_and_byline_lines_are_skipped(tmp_path: Path) -> None:
    text = (" date 2024-06-20 China offers Malaysia help on rail link\n"
            "PUBLISHED : 19 Jun 2024 at 13:04\n"
            "UPDATED : 19 Jun 2024 at 17:59\n"
            "WRITER: Reuters and Bloomberg\n" + BODY)
    article = read_one(write(tmp_path / "a.txt", text))
    assert article.published == date(2024, 6, 20)
    assert article.title == "China offers Malaysia help on rail link"
    assert skipped_texts(article)[1:] == ["PUBLISHED : 19 Jun 2024 at 13:04",
                                          "UPDATED : 19 Jun 2024 at 17:59",
                                          "WRITER: Reuters and Bloomberg"]


@pytest.mark.parametrize(("top", "expected"), [
    ("PUBLISHED : 19 Jun 2024 at 13:04\nUPDATED : 21 Jun 2024 at 17:59", date(2024, 6, 19)),
    ("Updated: 19 Jun 2024 at 16:20", date(2024, 6, 19)),
    ("January 30, 2024", date(2024, 1, 30)),
    ("Sun, November 4, 2018", date(2018, 11, 4)),
    ("By Staff Reporter\nPublished on 2 March 2023 10:15 AM", date(2023, 3, 2)),
])
def test_dated_byline_lines_near_the_top(tmp_path: Path, top: str, expected: date) -> None:
    article = read_one(write(tmp_path / "a.txt", f"Kenya and Ghana sign a trade pact\n{top}\n{BODY}"))
    assert article.published == expected
    assert all(line in skipped_texts(article) for line in top.splitlines())


def test_crlf_text_keeps_offsets_exact(tmp_path: Path) -> None:
    text = DAWN_STYLE.replace("\n", "\r\n")
    article = read_one(write(tmp_path / "dos.txt", text))
    assert article.text == text
    assert skipped_texts(article)[0] == "Published in Dawn, March 5th, 2024"
    assert article.content_hash == content_hash(BODY)


def test_a_headline_that_names_a_date_is_not_a_date_line(tmp_path: Path) -> None:
    article = read_one(write(tmp_path / "a.txt", f"Talks set for March 3, 2025\n{BODY}"))
    assert article.published is None
    assert article.title == "Talks set for March 3, 2025"
    assert article.skip == ()


def test_date_and_outlet_options_fill_only_what_the_text_leaves_open(tmp_path: Path) -> None:
    options = IngestOptions(date=date(2020, 1, 2), outlet="The Ledger")
    plain = read_one(write(tmp_path / "plain.txt", BODY), options)
    assert (plain.published, plain.outlet) == (date(2020, 1, 2), "The Ledger")
    dawn = read_one(write(tmp_path / "dawn.txt", DAWN_STYLE), options)
    assert (dawn.published, dawn.outlet) == (date(2024, 3, 5), "Dawn")
    bare = read_one(write(tmp_path / "bare.txt", BODY))
    assert (bare.published, bare.outlet) == (None, None)


@pytest.mark.parametrize(("opening", "place"), [
    ("ISLAMABAD: Pakistan and Belarus", "Islamabad"),
    ("MINSK: Pakistan and Belarus", "Minsk"),
    ("ISLAMABAD - Pakistan and Belarus", "Islamabad"),
    ("KUALA LUMPUR – China and Malaysia", "Kuala Lumpur"),
    ("WASHINGTON (Reuters) - The United States and Brazil", "Washington"),
    ("BEIJING, Jan 4 (Yonhap) -- South Korea and China", "Beijing"),
    ("NEW DELHI, April 5: India and Sri Lanka", "New Delhi"),
    ("HANOI/WASHINGTON - The United States and Vietnam", "Hanoi/Washington"),
    ("DAR ES SALAAM: Tanzania and Kenya", "Dar es Salaam"),
    ("Minsk, April 11 (BelTA) – Belarus and Pakistan", "Minsk"),
    ("(LEAD) Talks(ATTN: ADDS photo)By Kim Eun-jung SEOUL, Jan. 4 (Yonhap) -- Seoul and Beijing", "Seoul"),
])
def test_dateline_variants(opening: str, place: str) -> None:
    text = f"{opening} signed a series of agreements on Tuesday, officials said.\nMore text follows.\n"
    assert find_metadata(text).dateline == place


@pytest.mark.parametrize("opening", [
    "Pakistan and Belarus: a partnership renewed",
    "UPDATE: Pakistan and Belarus",
    "US - Pakistan and Belarus",
    "The Prime Minister said: Pakistan and Belarus",
])
def test_no_dateline_where_there_is_none(opening: str) -> None:
    text = f"{opening} signed a series of agreements on Tuesday, officials said.\nMore text follows.\n"
    assert find_metadata(text).dateline is None


@pytest.mark.parametrize(("opening", "day"), [
    ("OTTAWA, March 3, 2025 (Reuters) - Canada and Chile", date(2025, 3, 3)),
    ("Hanoi, 14 May 2023 (VNA) – Vietnam and Laos", date(2023, 5, 14)),
    ("NEW DELHI, April 5, 2024: India and Sri Lanka", date(2024, 4, 5)),
    ("OTTAWA, March 3 (Reuters) - Canada and Chile", None),     # no year: no day to date it
    ("ISLAMABAD: Pakistan and Belarus", None),
])
def test_a_dateline_with_its_year_dates_the_story(opening: str, day: date | None) -> None:
    text = f"{opening} signed a series of agreements on Tuesday, officials said.\nMore text follows.\n"
    assert find_metadata(text).published == day


def test_a_date_line_of_the_page_wins_over_the_dateline() -> None:
    text = ("Published: 4 March 2025\nOTTAWA, March 3, 2025 (Reuters) - Canada and Chile signed "
            "a series of agreements on Tuesday, officials said.\nMore text follows.\n")
    assert find_metadata(text).published == date(2025, 3, 4)


def test_dateline_is_looked_for_after_headline_and_caption(tmp_path: Path) -> None:
    text = (" date 2025-04-11 Leaders shake hands at the palace in Minsk, April 11, 2025. — PID\n\n"
            "MINSK: Pakistan and Belarus on Friday signed a series of agreements.\n" + BODY)
    article = read_one(write(tmp_path / "a.txt", text))
    assert article.dateline == "Minsk"
    assert article.title is None          # a captioned photo line is not a headline
    assert not article.is_skipped(17, 40)  # and it is article text, not boilerplate


@pytest.mark.parametrize("line", [
    "Published in Dawn, November 27th, 2024",
    "Dear visitor, the comments section is undergoing an overhaul and will return soon.",
    "Follow us on Instagram",
    "Follow The Ledger on X and Facebook",
    "Subscribe to our newsletter",
    "Copyright © 2024 The Ledger. All rights reserved.",
    "All rights reserved.",
    "Advertisement",
    "Share this article",
    "Facebook Twitter WhatsApp Email",
    "Read more: Kenya and Ghana sign trade pact",
    "RELATED",
    "Tags: Kenya, Ghana, trade",
    "(Reporting by John Smith; Editing by Jane Doe)",
    "By Kim Eun-jung",
    "By Sarah Kim, Staff Reporter",
    "REUTERS",
    "ejkim@yna.co.kr(END)",
    "This article appeared on the Viet Nam News newspaper website, a partner of The Jakarta Post",
])
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "Prime Minister Shehbaz Sharif (left) shakes hands with President Lukashenko in Minsk. — PID",
    "Follow-up talks will be held in Minsk within two weeks.",
    "Related agreements were signed on energy and health.",
    "Subscribers to the service in both countries will benefit.",
    "By December, both sides will sign the deal.",
    "By March, Pakistan will sign the agreement.",
    "Copyright law was among the topics the two ministers discussed.",
    "The share of bilateral trade rose to 12 percent.",
    "Kenya and Ghana sign trade pact",
])
def test_article_lines_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize(("phrase", "expected"), [
    ("November 27th, 2024", date(2024, 11, 27)),
    ("19 Jun 2024 at 13:04", date(2024, 6, 19)),
    ("Sun, November 4, 2018", date(2018, 11, 4)),
    ("Sept. 10, 2023", date(2023, 9, 10)),
    ("2024-11-26", date(2024, 11, 26)),
    ("26.11.2024", date(2024, 11, 26)),
    ("Friday, April 04, 2025 06:00 PM", date(2025, 4, 4)),
    ("Tuesday", None),
    ("March 2024", None),
])
def test_parse_date(phrase: str, expected: date | None) -> None:
    assert parse_date(phrase) == expected


def test_non_english_text_is_skipped_cleanly(tmp_path: Path) -> None:
    russian = ("Премьер-министр Пакистана Шахбаз Шариф прибыл в Минск с официальным визитом. "
               "Стороны подписали несколько соглашений о сотрудничестве в области торговли, "
               "сельского хозяйства и образования, а также договорились провести новые переговоры.\n")
    french = ("Le Premier ministre français est arrivé à Hanoï pour une visite officielle de trois jours. "
              "Les deux pays ont signé plusieurs accords de coopération dans les domaines de l'énergie, "
              "de la santé et de l'éducation, et ils ont convenu de se revoir l'année prochaine.\n")
    assert error_of(write(tmp_path / "ru.txt", russian)).reason == "not English (detected 'ru')"
    assert error_of(write(tmp_path / "fr.txt", french)).reason == "not English (detected 'fr')"


def test_short_text_is_not_judged_by_language(tmp_path: Path) -> None:
    article = read_one(write(tmp_path / "short.txt", "Kenya, Ghana sign MoU\n"))
    assert article.language is None


def test_plain_text_without_extension_and_markdown_are_read(tmp_path: Path) -> None:
    assert read_one(write(tmp_path / "README", BODY)).text == BODY
    assert read_one(write(tmp_path / "note.md", BODY)).text == BODY


# --------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Kenya and Ghana sign trade pact | The Daily Ledger</title>
<meta property="og:site_name" content="The Daily Ledger">
<meta property="og:title" content="Kenya and Ghana sign trade pact">
<meta property="article:published_time" content="2024-03-14T09:30:00Z">
<script>var tracker = "SECRET_SCRIPT_TEXT";</script>
<style>.x { color: red }</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news menu</a></li></ul></nav>
<article>
<h1>Kenya and Ghana sign trade pact</h1>
<p>NAIROBI: Kenya and Ghana on Wednesday signed a memorandum of understanding on trade and
investment during a visit by the Ghanaian president to Nairobi, officials said.</p>
<p>The two leaders also agreed to set up a joint commission that will meet every year to review
progress on the deals signed during the visit.</p>
<p>Officials said bilateral trade stood at about 200 million dollars last year and both sides
hoped to double it within five years.</p>
<script>document.write("INLINE_SCRIPT_TEXT")</script>
</article>
<footer>Copyright 2024 The Daily Ledger. All rights reserved. Privacy policy.</footer>
</body></html>
"""


def test_html_page_gives_main_text_and_metadata(tmp_path: Path) -> None:
    article = read_one(write(tmp_path / "page.html", PAGE))
    assert article.media_type == "html"
    assert article.title == "Kenya and Ghana sign trade pact"
    assert article.published == date(2024, 3, 14)
    assert article.outlet == "The Daily Ledger"
    assert article.dateline == "Nairobi"
    assert "signed a memorandum of understanding" in article.text
    assert "joint commission" in article.text
    for absent in ("SECRET_SCRIPT_TEXT", "INLINE_SCRIPT_TEXT", "World news menu", "Privacy policy", "color"):
        assert absent not in article.text


def test_html_is_sniffed_whatever_the_extension(tmp_path: Path) -> None:
    assert read_one(write(tmp_path / "saved.txt", PAGE)).media_type == "html"


def test_html_in_another_charset_is_decoded(tmp_path: Path) -> None:
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace("Nairobi, officials",
                                                                          "Nairobi, caf\u00e9 officials")
    article = read_one(write(tmp_path / "old.html", page.encode("cp1252")))
    assert "caf\u00e9 officials" in article.text


# --------------------------------------------------------------------------- feeds

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>The Harbour Times</title><link>https://example.org/</link><description>News</description>
<item><title>Kenya and Ghana sign trade pact</title><guid>a1</guid>
<pubDate>Thu, 14 Mar 2024 09:30:00 +0000</pubDate>
<description>&lt;p&gt;NAIROBI: Kenya and Ghana on Wednesday signed a memorandum on trade.&lt;/p&gt;
&lt;p&gt;The two leaders also agreed to set up a joint commission.&lt;/p&gt;</description></item>
<item><title>Link only</title><guid>a2</guid><link>https://example.org/b</link></item>
<item><title>Chile and Peru agree on ports</title><guid>a3</guid>
<pubDate>Fri, 15 Mar 2024 10:00:00 +0000</pubDate>
<description>LIMA - Chile and Peru agreed to build a joint port authority, officials said.
</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Lakeside Wire</title><id>urn:x</id><updated>2024-05-02T00:00:00Z</updated>
<entry><title>Norway and Chile sign fisheries deal</title><id>urn:1</id>
<updated>2024-05-03T12:00:00Z</updated><published>2024-05-01T08:00:00Z</published>
<content type="html">&lt;p&gt;OSLO: Norway and Chile signed an agreement on fisheries research.&lt;/p&gt;
&lt;script&gt;alert("FEED_SCRIPT")&lt;/script&gt;
&lt;p&gt;Talks &amp;amp; visits will follow.&lt;/p&gt;</content></entry>
<entry><title>Second round</title><id>urn:2</id><updated>2024-05-02T09:00:00Z</updated>
<content type="text">Norway and Chile will hold a second round of talks in Santiago next month.
</content></entry>
</feed>
"""


def test_rss_feed_gives_one_article_per_entry_with_text(tmp_path: Path) -> None:
    articles = read_source(write(tmp_path / "news.xml", RSS), OPTIONS)
    assert [a.name for a in articles] == ["news.xml#1", "news.xml#3"]
    assert [a.published for a in articles] == [date(2024, 3, 14), date(2024, 3, 15)]
    assert [a.title for a in articles] == ["Kenya and Ghana sign trade pact", "Chile and Peru agree on ports"]
    assert {a.outlet for a in articles} == {"The Harbour Times"}
    assert {a.media_type for a in articles} == {"feed"}
    assert articles[0].text == ("NAIROBI: Kenya and Ghana on Wednesday signed a memorandum on trade.\n"
                                "The two leaders also agreed to set up a joint commission.")
    assert [a.dateline for a in articles] == ["Nairobi", "Lima"]
    assert articles[1].source == f"{tmp_path / 'news.xml'}#3"


def test_atom_feed_entries_with_dates_and_html_content(tmp_path: Path) -> None:
    articles = read_source(write(tmp_path / "wire.atom", ATOM), OPTIONS)
    assert [a.published for a in articles] == [date(2024, 5, 1), date(2024, 5, 2)]
    assert articles[0].text == ("OSLO: Norway and Chile signed an agreement on fisheries research.\n"
                                "Talks & visits will follow.")
    assert articles[1].text == "Norway and Chile will hold a second round of talks in Santiago next month."
    assert {a.outlet for a in articles} == {"Lakeside Wire"}


def test_feed_is_sniffed_from_content(tmp_path: Path) -> None:
    articles = read_source(write(tmp_path / "download", ATOM), OPTIONS)
    assert len(articles) == 2


def test_feed_with_a_foreign_entry_keeps_the_english_one(tmp_path: Path) -> None:
    french = ("Le Premier ministre français est arrivé à Hanoï pour une visite officielle de trois jours. "
              "Les deux pays ont signé plusieurs accords de coopération dans les domaines de l'énergie.")
    feed = RSS.replace("LIMA - Chile and Peru agreed to build a joint port authority, officials said.",
                       french)
    items = list(iter_articles([write(tmp_path / "mixed.rss", feed)], OPTIONS))
    assert isinstance(items[0], Article)
    assert isinstance(items[1], InputError) and items[1].source.endswith("mixed.rss#3")
    assert [a.name for a in read_source(tmp_path / "mixed.rss", OPTIONS)] == ["mixed.rss#1"]


# --------------------------------------------------------------------------- folders, duplicates

def test_folder_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    root = tmp_path / "in"
    write(root / "b.txt", BODY.replace("Kenya", "Uganda"))
    write(root / "a" / "z.html", PAGE)
    write(root / "a" / "feed.rss", RSS)
    write(root / "c" / "deep" / "x.text", BODY.replace("Kenya", "Rwanda"))
    write(root / ".hidden.txt", BODY.replace("Kenya", "Malawi"))
    write(root / ".cache" / "y.txt", BODY.replace("Kenya", "Zambia"))
    write(root / "gold.json", '{"not": "an article"}')
    write(root / "photo.png", b"\x89PNG\x00\x00")
    names = [a.name for a in iter_articles([root], OPTIONS) if isinstance(a, Article)]
    assert names == ["feed.rss#1", "feed.rss#3", "z.html", "b.txt", "x.text"]


def _folder_with_links(tmp_path: Path) -> Path:
    """Return a folder holding one article, links to a secret outside and to the article inside."""
    root = tmp_path / "in"
    write(root / "a.txt", BODY)
    secret = write(tmp_path / "secret" / "passwd", BODY.replace("Kenya", "Secretland"))
    (root / "x.txt").symlink_to(secret)
    (root / "outside").symlink_to(secret.parent, target_is_directory=True)
    (root / "again.txt").symlink_to(root / "a.txt")
    (root / "gone.txt").symlink_to(tmp_path / "missing")
    return root


def test_symlinks_in_a_folder_are_refused_by_default(tmp_path: Path) -> None:
    root = _folder_with_links(tmp_path)
    items = list(iter_articles([root], OPTIONS))
    assert [i.name for i in items if isinstance(i, Article)] == ["a.txt"]
    refused = sorted(Path(i.source).name for i in items if isinstance(i, InputError))
    assert refused == ["again.txt", "gone.txt", "outside", "x.txt"]
    assert all("symbolic link" in i.reason for i in items if isinstance(i, InputError))


def test_follow_symlinks_reads_only_links_inside_the_folder(tmp_path: Path) -> None:
    root = _folder_with_links(tmp_path)
    items = list(iter_articles([root], IngestOptions(follow_symlinks=True)))
    articles = [i for i in items if isinstance(i, Article)]
    assert [a.name for a in articles] == ["a.txt"]
    assert not any("Secretland" in a.text for a in articles)
    reasons = {Path(i.source).name: i.reason for i in items if isinstance(i, InputError)}
    assert reasons == {"again.txt": f"duplicate of {root / 'a.txt'}", "gone.txt": "broken symbolic link",
                       "outside": "symbolic link out of the folder, not followed",
                       "x.txt": "symbolic link out of the folder, not followed"}


def test_named_hidden_or_odd_file_is_still_read(tmp_path: Path) -> None:
    assert read_one(write(tmp_path / ".draft.dat", BODY)).text == BODY


def test_duplicates_within_one_call_are_reported(tmp_path: Path) -> None:
    first = write(tmp_path / "a.txt", BODY)
    # Same article: other case, spacing, a date stamp and a footer line.
    second = write(tmp_path / "b.txt", " date 2024-01-01 " + BODY.upper().replace(" ", "  ")
                   + "Advertisement\n")
    other = write(tmp_path / "c.txt", BODY.replace("Ghana", "Togo"))
    items = list(iter_articles([first, second, other, first], OPTIONS))
    assert [type(i) for i in items] == [Article, DuplicateInputError, Article, DuplicateInputError]
    assert isinstance(items[1], InputError) and items[1].reason == f"duplicate of {first}"
    assert items[1].source == str(second)


def test_content_hash_normalises_but_tells_articles_apart() -> None:
    assert content_hash("Kenya  and\nGhana") == content_hash("KENYA AND GHANA")
    assert content_hash("ﬁve accords") == content_hash("five accords")     # NFKC
    assert content_hash("Kenya and Ghana") != content_hash("Kenya and Togo")
    assert content_hash("x FOOTER y", [(2, 8)]) == content_hash("x y")
    assert len(content_hash("a")) == 64


# --------------------------------------------------------------------------- the sample articles

def test_sample_articles(examples_dir: Path) -> None:
    paths = sorted(examples_dir.glob("*.txt"))
    assert len(paths) == 5
    items = list(iter_articles(paths, OPTIONS))
    assert all(isinstance(a, Article) for a in items)
    articles = {a.name[:3]: a for a in items if isinstance(a, Article)}
    for path in paths:
        assert articles[path.name[:3]].text == path.read_bytes().decode("utf-8")
    a000, a002, a004 = articles["000"], articles["002"], articles["004"]
    assert (a000.published, a000.outlet, a000.dateline) == (date(2024, 11, 27), "Dawn", "Islamabad")
    assert a000.text.rstrip().endswith(skipped_texts(a000)[-1])
    assert skipped_texts(a000)[0].startswith("Published in Dawn")
    assert a002.published == date(2024, 11, 26)
    assert (a004.published, a004.dateline) == (date(2025, 4, 11), "Minsk")
    assert articles["001"].dateline == "Islamabad"
    assert articles["001"].published is None and articles["003"].published is None
    # The 004 photo caption names the leaders: it is article text, not boilerplate.
    caption = a004.text.index("Prime Minister Shehbaz Sharif (left)")
    assert not a004.is_skipped(caption, caption + 30)


def test_a_wire_dateline_gives_the_outlet_when_the_text_names_no_other(tmp_path: Path) -> None:
    wire = read_one(write(tmp_path / "w.txt", "OSLO (Reuters) - " + BODY))
    assert wire.outlet == "Reuters" and wire.dateline == "Oslo"
    printed = read_one(write(tmp_path / "p.txt", "OSLO (Reuters) - " + BODY
                             + "\nPublished in Dawn, November 27th, 2024\n"))
    assert printed.outlet == "Dawn"


LANGUAGE_SAMPLES = [
    "Norway and Chile signed a memorandum of understanding on fisheries cooperation in Oslo on Monday.",
    "Le Premier ministre est arrivé à Hanoï pour une visite officielle de trois jours avec sa délégation.",
    "Премьер-министр Пакистана прибыл в Минск с официальным визитом для переговоров о торговле.",
    "Der Bundeskanzler traf sich heute in Berlin mit dem Präsidenten, um über den Handel zu sprechen.",
]


def test_the_language_model_read_from_its_unpacked_copy_judges_as_py3langid_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from accord import unpacked
    from accord.ingest import language

    monkeypatch.setattr(unpacked.platformdirs, "user_cache_dir", lambda _app: str(tmp_path / "cache"))
    language._identifier.cache_clear()
    try:
        made = language._identifier()  # unpacks the copy
        kept = list((tmp_path / "cache").iterdir())
        assert len(kept) == 1 and kept[0].name.startswith("py3langid-") and kept[0].is_dir()
        assert sorted(p.name for p in kept[0].iterdir()) == sorted(f"{n}.npy" for n in language._MODEL_ARRAYS)
        language._identifier.cache_clear()
        again = language._identifier()  # maps the copy
        assert isinstance(again.tk_nextmove, memoryview)
        own = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        for text in LANGUAGE_SAMPLES:
            assert made.classify(text) == again.classify(text) == own.classify(text)
            assert made.rank(text) == again.rank(text) == own.rank(text)
    finally:
        language._identifier.cache_clear()


def test_without_a_writable_cache_the_language_model_is_unpacked_as_shipped(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from accord import unpacked
    from accord.ingest import language

    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(unpacked.platformdirs, "user_cache_dir", lambda _app: str(blocked / "accord"))
    language._identifier.cache_clear()
    try:
        assert language.detect_language(LANGUAGE_SAMPLES[1]) == ("fr", True)
        assert language.detect_language(LANGUAGE_SAMPLES[0]) == ("en", False)
    finally:
        language._identifier.cache_clear()
