"""Read files, folders and tabular exports into Article records plus an ingest report.

Nothing is dropped silently: every file and every record gets an IngestEntry, and a bad input
never stops the others.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from .corrections import is_corrections_file
from .models import Article, IngestEntry

TEXT_SUFFIXES = {".txt", ".md"}
TABLE_SUFFIXES = {".csv", ".tsv"}
JSON_SUFFIXES = {".jsonl", ".json"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED = TEXT_SUFFIXES | TABLE_SUFFIXES | JSON_SUFFIXES | HTML_SUFFIXES

COLUMNS = {
    "text": ("text", "body", "content"),
    "date": ("date", "published", "publish_date"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "outlet": ("source", "outlet"),
}

DEFAULT_MAX_BYTES = 50 * 1024 * 1024  # refuse single inputs above 50 MiB
HEADER = re.compile(r"\A\s*date\s+(\S+)[ \t]*\n?")
MIN_WORDS_FOR_LANGUAGE = 20
# words frequent in any English prose and rare in other languages' (a fifth of English news text)
ENGLISH_FUNCTION_WORDS = frozenset("the of and to that for with was were is are said by has have from this".split())


@dataclass
class IngestResult:
    articles: list[Article]
    report: list[IngestEntry]


class InputError(Exception):
    """A whole input cannot be read; the message is shown to the user as is."""


def ingest(paths: Iterable[str | os.PathLike], max_bytes: int = DEFAULT_MAX_BYTES) -> IngestResult:
    return _collect(iter_ingest(paths, max_bytes))


def iter_ingest(paths: Iterable[str | os.PathLike], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | IngestEntry]:
    """Articles and report entries as the inputs are read, one file at a time, so a large corpus
    need not be held in memory (the command line analyses and writes batch by batch)."""
    pending: list[IngestEntry] = []
    for path in _expand(paths, pending):
        yield from pending
        pending.clear()
        yield from _items(path, lambda p=path: _read_bytes(p, max_bytes))
    yield from pending


def cap_articles(result: IngestResult, limit: int) -> IngestResult:
    """Keeps the first `limit` articles; the rest are named in the report, not silently dropped."""
    extra = result.articles[limit:]
    if extra:
        del result.articles[limit:]
        result.report.append(IngestEntry(extra[0].source, extra[0].row, extra[0].article_id, "error",
                                         f"article cap of {limit:,} reached: this and {len(extra) - 1:,} "
                                         "further articles were not analysed"))
    return result


def ingest_bytes(name: str, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> IngestResult:
    """Same as ingest() for an uploaded file that has no path on disk."""
    def read() -> bytes:
        if len(data) > max_bytes:
            raise InputError(f"{len(data):,} bytes is over the size cap of {max_bytes:,} bytes")
        return data

    return _collect(_items(Path(name), read))


def _collect(items: Iterable[Article | IngestEntry]) -> IngestResult:
    result = IngestResult([], [])
    for item in items:
        (result.articles if isinstance(item, Article) else result.report).append(item)
    return result


def _items(path: Path, read) -> Iterator[Article | IngestEntry]:
    """One input's articles and report entries; its failure becomes an entry, never an exception."""
    try:
        for item in _parse(path, read()):
            if isinstance(item, Article):
                item, entry = _check_article(item)
                if item is not None:
                    yield item
                yield entry
            else:
                yield item
    except InputError as exc:
        yield IngestEntry(str(path), None, None, "error", str(exc))


# ---------------------------------------------------------------------------- files and folders


def _expand(paths: Iterable[str | os.PathLike], report: list[IngestEntry]) -> Iterator[Path]:
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, report, seen)
        elif path.exists():
            yield path
        elif path.is_symlink():
            report.append(IngestEntry(str(path), None, None, "error", "broken symbolic link"))
        else:
            report.append(IngestEntry(str(path), None, None, "error", "no such file or folder"))


def _walk(folder: Path, report: list[IngestEntry], seen: set[str]) -> Iterator[Path]:
    try:
        real = os.path.realpath(folder)
    except OSError as exc:
        report.append(IngestEntry(str(folder), None, None, "error", f"cannot resolve: {exc}"))
        return
    if real in seen:
        report.append(IngestEntry(str(folder), None, None, "error",
                                  "symbolic link loop: folder already read"))
        return
    seen.add(real)
    try:
        children = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        report.append(IngestEntry(str(folder), None, None, "error", f"unreadable folder: {exc}"))
        return
    for child in children:
        if child.name.startswith(".") or is_corrections_file(child.name):  # analyst corrections, not news
            continue
        if child.is_dir():
            yield from _walk(child, report, seen)
        elif child.suffix.lower() in SUPPORTED:
            yield child
        elif child.is_symlink() and not child.exists():
            report.append(IngestEntry(str(child), None, None, "error", "broken symbolic link"))
        else:
            report.append(IngestEntry(str(child), None, None, "error",
                                      f"unsupported file type {child.suffix or '(none)'!r}; "
                                      f"accepted: {', '.join(sorted(SUPPORTED))}"))


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{size:,} bytes is over the size cap of {max_bytes:,} bytes")
        with open(path, "rb") as fh:
            return fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError("file disappeared before it could be read") from None
    except OSError as exc:
        raise InputError(f"unreadable: {exc.strerror or exc}") from None


def decode(data: bytes) -> tuple[str, str | None]:
    """Bytes to text with universal newlines; the note says when it was not UTF-8."""
    head = data[:8192]
    if b"\0" in head or head.startswith((b"\x89PNG", b"%PDF", b"PK\x03\x04", b"\xff\xd8\xff", b"GIF8")):
        raise InputError("binary file, not text")
    note = None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
            note = "not UTF-8: decoded as Windows-1252"
        except UnicodeDecodeError:
            text = data.decode("latin-1")
            note = "not UTF-8: decoded as Latin-1"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _control_ratio(text) > 0.05:
        raise InputError("undecodable bytes: this does not look like text")
    return text, note


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for c in sample if ord(c) < 32 and c not in "\n\t\f\v" or 0x80 <= ord(c) < 0xA0)
    return bad / len(sample)


# ---------------------------------------------------------------------------- per format


def _parse(path: Path, data: bytes) -> Iterator[Article | IngestEntry]:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES or suffix not in SUPPORTED:
        yield from _parse_text(path, data)
    elif suffix in TABLE_SUFFIXES:
        yield from _parse_table(path, data, "\t" if suffix == ".tsv" else ",")
    elif suffix == ".jsonl":
        yield from _parse_jsonl(path, data)
    elif suffix == ".json":
        yield from _parse_json(path, data)
    else:
        yield from _parse_html(path, data)


def _parse_text(path: Path, data: bytes) -> Iterator[Article | IngestEntry]:
    text, note = decode(data)
    source = str(path)
    if not text.strip():
        raise InputError("empty file" if not text else "file holds only white space")
    body_start = 0
    article_date = None
    notes = [note] if note else []
    header = HEADER.match(text)
    if header:
        article_date, date_note = parse_date(header.group(1))
        if date_note:
            notes.append(date_note)
        body_start = header.end()
    title = None
    first_end = text.find("\n", body_start)
    if first_end != -1 and text[first_end:first_end + 2] == "\n\n":
        first_line = text[body_start:first_end].strip()
        if first_line and not first_line.endswith((".", "!", "?", ":", "”", '"')) and len(first_line) < 300:
            title = first_line
            body_start = first_end + 2
    yield Article(source, 0, source, text, article_date, title, None, None, body_start, tuple(notes))


def _pick_columns(names: Iterable[str]) -> dict[str, str]:
    lower = {n.strip().lower(): n for n in names if n is not None}
    picked = {}
    for key, options in COLUMNS.items():
        for option in options:
            if option in lower:
                picked[key] = lower[option]
                break
    return picked


def _record_article(source: str, row: int, record: dict, cols: dict[str, str],
                    notes: list[str]) -> Iterator[Article | IngestEntry]:
    article_id = f"{source}#{row}"
    text = record.get(cols["text"])
    if not isinstance(text, str) or not text.strip():
        yield IngestEntry(source, row, article_id, "error", "empty text")
        return
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    raw_date = record.get(cols["date"]) if "date" in cols else None
    article_date, date_note = parse_date(raw_date) if raw_date not in (None, "") else (None, None)
    row_notes = list(notes) + ([date_note] if date_note else [])

    def cell(key: str) -> str | None:
        value = record.get(cols[key]) if key in cols else None
        return str(value).strip() or None if value is not None else None

    yield Article(source, row, article_id, text, article_date, cell("title"), cell("url"),
                  cell("outlet"), 0, tuple(row_notes))


def _parse_table(path: Path, data: bytes, delimiter: str) -> Iterator[Article | IngestEntry]:
    text, note = decode(data)
    source = str(path)
    if not text.strip():
        raise InputError("empty file")
    csv.field_size_limit(2**31 - 1)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    cols = _pick_columns(reader.fieldnames or [])
    if "text" not in cols:
        raise InputError(f"no text column (looked for text, body or content; found: "
                         f"{', '.join(c for c in reader.fieldnames or [] if c) or 'no header'})")
    notes = [note] if note else []
    row = 0
    try:
        for row, record in enumerate(reader):
            yield from _record_article(source, row, record, cols, notes)
    except csv.Error as exc:
        yield IngestEntry(source, row + 1, None, "error", f"CSV error after record {row}: {exc}")


def _parse_jsonl(path: Path, data: bytes) -> Iterator[Article | IngestEntry]:
    text, note = decode(data)
    source = str(path)
    if not text.strip():
        raise InputError("empty file")
    notes = [note] if note else []
    for row, line in enumerate(text.split("\n")):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestEntry(source, row, f"{source}#{row}", "error",
                              f"line {row + 1}: invalid JSON ({exc.msg})")
            continue
        yield from _json_record(source, row, record, notes)


def _parse_json(path: Path, data: bytes) -> Iterator[Article | IngestEntry]:
    text, note = decode(data)
    source = str(path)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON at line {exc.lineno}: {exc.msg}") from None
    if isinstance(doc, dict):
        records = next((v for v in doc.values() if isinstance(v, list)), [doc])
    elif isinstance(doc, list):
        records = doc
    else:
        raise InputError("JSON holds neither an object nor a list of objects")
    notes = [note] if note else []
    for row, record in enumerate(records):
        yield from _json_record(source, row, record, notes)


def _json_record(source: str, row: int, record: object, notes: list[str]) -> Iterator[Article | IngestEntry]:
    if not isinstance(record, dict):
        yield IngestEntry(source, row, f"{source}#{row}", "error", "record is not a JSON object")
        return
    cols = _pick_columns(record.keys())
    if "text" not in cols:
        yield IngestEntry(source, row, f"{source}#{row}", "error",
                          "no text field (looked for text, body or content)")
        return
    yield from _record_article(source, row, record, cols, notes)


def html_metadata(html: str, url: str | None = None) -> dict:
    """trafilatura's main text and metadata (title, date, sitename, hostname, url); {} when it
    finds nothing. Also used by fetch.py, so a fetched page reads as a saved one would."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      favor_precision=True)
    return doc if isinstance(doc, dict) else doc.as_dict() if doc is not None else {}


def _parse_html(path: Path, data: bytes) -> Iterator[Article | IngestEntry]:
    html, note = decode(data)
    source = str(path)
    meta = html_metadata(html)
    text = meta.get("text")
    if not text or not text.strip():
        raise InputError("no article text found in the HTML")
    article_date, date_note = parse_date(meta.get("date")) if meta.get("date") else (None, None)
    notes = [n for n in (note, date_note) if n]
    yield Article(source, 0, source, text, article_date, meta.get("title"), meta.get("url"),
                  meta.get("sitename") or meta.get("hostname"), 0, tuple(notes))


# ---------------------------------------------------------------------------- checks


def parse_date(raw: object) -> tuple[date | None, str | None]:
    """Article dates: ISO first, then dateparser for other spellings; never raises."""
    value = str(raw).strip()
    parsed: date | None = None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            import dateparser

            found = dateparser.parse(value, languages=["en"], settings={"STRICT_PARSING": True})
            parsed = found.date() if found else None
        except Exception:  # dateparser raises several types on odd input
            parsed = None
    if parsed is None:
        return None, f"unparseable date {value[:40]!r}"
    if parsed > date.today() + timedelta(days=2):
        return parsed, f"date {parsed.isoformat()} is in the future"
    return parsed, None


def _check_article(article: Article) -> tuple[Article | None, IngestEntry]:
    body = article.text[article.body_start:]

    def entry(status: str, *messages: str) -> IngestEntry:
        text = "; ".join([*messages, *article.notes])
        return IngestEntry(article.source, article.row, article.article_id, status, text)

    if not body.strip():
        return None, entry("error", "empty text")
    language = detect_language(body)
    if language not in (None, "en"):
        return None, entry("error", f"not English (detected '{language}'): not analysed")
    if article.date is None:
        return article, entry("warning", "no date: analysed undated")
    return article, entry("warning" if article.notes else "ok", f"{len(body.split()):,} words")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code, or None when the text is too short to tell."""
    sample = text[:1200]  # ~200 words decide it; the classifier's time grows with the sample
    words = re.findall(r"\w+", sample.lower())
    if len(words) < MIN_WORDS_FOR_LANGUAGE:
        return None
    if sum(w in ENGLISH_FUNCTION_WORDS for w in words) >= 0.12 * len(words):
        return "en"  # plainly English: no need to load the classifier (a warm reopen stays fast)
    import py3langid

    lang, _ = py3langid.classify(sample)
    return lang
