"""Article text: read a file, strip HTML or markdown, parse the header block, drop page furniture,
split sentences with character offsets.

Offsets are into :attr:`Article.text`, the article's plain text: for a ``.txt`` file that is the
file's text exactly as decoded (header block included), so ``text[start:end]`` is the evidence.

>>> a = parse_article("title: Strike\\noutlet: Wire\\n\\nA US strike hit Iraq. It was late.\\nRead the full article here")
>>> [s.text for s in sentences(a)]
['A US strike hit Iraq.', 'It was late.']
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from proxygraph.ontology import LoaderError, Location

__all__ = ["Article", "Sentence", "read_article", "parse_article", "sentences", "MAX_BYTES", "MAX_CHARS"]

MAX_BYTES = 10_000_000  # a saved news page with its scripts is a few MB at most; more is not an article
MAX_CHARS = 1_000_000  # an article's text is a few thousand words; a million characters is a dump, not reporting
HEADER_KEYS = ("title", "outlet", "url", "published", "author", "date", "based_on", "source", "byline")


@dataclass
class Article:
    """An article's plain text, its metadata, and the spans of its body that are content."""

    text: str
    path: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    author: str | None = None
    body_start: int = 0
    meta: dict = field(default_factory=dict)
    furniture: list[tuple[int, int]] = field(default_factory=list)
    truncated: bool = False


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    index: int


# -- reading ---------------------------------------------------------------------------------------
def read_article(path: str | Path, published: dt.date | None = None) -> Article:
    """Read one article file (.txt, .md, .html) or raise a :class:`LoaderError` saying why not."""
    p = Path(path)
    loc = Location(str(p))
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise LoaderError("file not found", loc) from None
    except OSError as e:
        raise LoaderError(f"cannot read: {e.strerror}", loc) from None
    if p.is_dir():
        raise LoaderError("is a directory, expected a file", loc)
    if size > MAX_BYTES:
        raise LoaderError(f"file is {size:,} bytes, more than the {MAX_BYTES:,} an article may have", loc)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise LoaderError(f"cannot read: {e.strerror}", loc) from None
    text = decode(data, loc)
    kind = p.suffix.lower()
    article = parse_article(text, path=str(p), kind=kind, published=published)
    if len(article.text) > MAX_CHARS:
        raise LoaderError(f"the text is {len(article.text):,} characters, more than the {MAX_CHARS:,} an article may have", loc)
    return article


def decode(data: bytes, loc: Location | None = None) -> str:
    """UTF-8 text from bytes; binary data and other encodings are errors that say so."""
    loc = loc or Location()
    if not data.strip():
        return ""
    if b"\x00" in data[:8192] or _binary_share(data[:8192]) > 0.1:
        raise LoaderError("binary file, expected UTF-8 text", loc)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        if e.start >= len(data) - 3 and e.reason == "unexpected end of data":
            # A file cut off inside a multi-byte character: keep what is whole.
            return data[: e.start].decode("utf-8-sig")
        line = data[: e.start].count(b"\n") + 1
        raise LoaderError(
            f"not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}); convert the file to UTF-8",
            Location(loc.file, line),
        ) from None


def _binary_share(chunk: bytes) -> float:
    if not chunk:
        return 0.0
    bad = sum(1 for b in chunk if b < 32 and b not in (9, 10, 12, 13))
    return bad / len(chunk)


_HTML_SNIFF = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<article|<p[ >]|<div)", re.I)


def parse_article(text: str, path: str | None = None, kind: str = ".txt", published: dt.date | None = None) -> Article:
    """An :class:`Article` from text: HTML and markdown are turned into plain text first."""
    meta: dict = {}
    if kind in (".html", ".htm") or _HTML_SNIFF.match(text[:200]):
        text, meta = html_to_text(text)
    elif kind in (".md", ".markdown"):
        text = markdown_to_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    article = Article(text=text, path=path)
    _header(article, meta)
    if published is not None and article.published is None:
        article.published = published
    article.furniture = furniture_spans(text, article.body_start)
    tail = [line for line in text[article.body_start:].split("\n") if line.strip()]
    spans = article.furniture
    last = ""
    pos = len(text)
    for line in reversed(text[article.body_start:].split("\n")):
        pos -= len(line) + 1
        if line.strip() and not any(a <= pos + 1 <= b for a, b in spans):
            last = line.strip()
            break
    article.truncated = bool(tail) and bool(last) and not re.search(r"[.!?\"”’)]$", last)
    return article


# -- header block ------------------------------------------------------------------------------------
_HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z_]+)\s*:\s*(?P<value>.*)$")


def _header(article: Article, meta: dict) -> None:
    text = article.text
    pos = 0
    front = text.startswith("---\n")
    if front:
        pos = 4
    found = dict(meta)
    end = 0
    while pos < len(text):
        nl = text.find("\n", pos)
        line = text[pos: nl if nl >= 0 else len(text)]
        if front and line.strip() == "---":
            end = (nl + 1) if nl >= 0 else len(text)
            break
        m = _HEADER_LINE.match(line.strip())
        if not m or m["key"].lower() not in HEADER_KEYS:
            if line.strip() == "" and found.keys() - meta.keys():
                end = (nl + 1) if nl >= 0 else len(text)
            break
        found[m["key"].lower()] = m["value"].strip().strip("\"'")
        pos = (nl + 1) if nl >= 0 else len(text)
        end = pos
    if not (found.keys() - meta.keys()):
        end = 0
    article.body_start = end
    article.meta = found
    article.title = found.get("title") or None
    article.outlet = found.get("outlet") or found.get("source") or None
    article.url = found.get("url") or None
    article.author = found.get("author") or found.get("byline") or None
    raw_date = found.get("published") or found.get("date")
    if raw_date:
        article.published = parse_loose_date(raw_date, Location(article.path, None, "published"))


def parse_loose_date(value: str, loc: Location | None = None) -> dt.date:
    """An ISO date or datetime (``2024-02-08``, ``2024-02-08T10:00:00Z``)."""
    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value or "")
    if m:
        try:
            return dt.date.fromisoformat(m[1])
        except ValueError:
            pass
    raise LoaderError(f"published date '{value}' is not a date; expected YYYY-MM-DD", loc)


# -- HTML and markdown -----------------------------------------------------------------------------------
_SKIP_TAGS = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "button", "svg", "figure", "iframe", "select", "template"}
_BLOCK_TAGS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "blockquote", "tr", "table", "main", "title"}
_VOID = {"br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "base", "col", "embed", "param", "track"}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.meta: dict = {}
        self.in_title = False
        self.title = ""

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or "").lower()
            val = a.get("content", "").strip()
            if key in ("og:title", "twitter:title") and val:
                self.meta.setdefault("title", val)
            elif key in ("og:site_name", "publisher") and val:
                self.meta.setdefault("outlet", val)
            elif key in ("og:url",) and val:
                self.meta.setdefault("url", val)
            elif key in ("article:published_time", "date", "pubdate", "publish-date", "dc.date") and val:
                self.meta.setdefault("published", val)
            elif key == "author" and val:
                self.meta.setdefault("author", val)
            return
        if tag == "link" and a.get("rel") == "canonical" and a.get("href"):
            self.meta.setdefault("url", a["href"])
        if tag == "time" and a.get("datetime"):
            self.meta.setdefault("published", a["datetime"])
        if tag in _VOID:
            if tag == "br":
                self.parts.append("\n")
            return
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag == "title":
            self.in_title = True
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS and self.skip:
            self.skip -= 1
        if tag == "title":
            self.in_title = False
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title += data
            return
        if not self.skip:
            self.parts.append(data)


def html_to_text(source: str) -> tuple[str, dict]:
    """Plain text of an HTML page (scripts, navigation and footers dropped) and its metadata."""
    parser = _Text()
    try:
        parser.feed(source)
        parser.close()
    except Exception:  # html.parser is lenient; anything it still chokes on becomes plain text
        return html.unescape(re.sub(r"<[^>]*>", " ", source)), {}
    meta = dict(parser.meta)
    if parser.title.strip():
        meta.setdefault("title", " ".join(parser.title.split()))
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    text = "\n".join(line for line in lines if line)
    return text, meta


_MD_SUBS = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),          # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),       # links keep their text
    (re.compile(r"^\s{0,3}#{1,6}\s*", re.M), ""),        # headings
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),             # block quotes
    (re.compile(r"^\s*[-*+]\s+", re.M), ""),             # bullets
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),            # bold
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)"), r"\1"),  # italics
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"^\s*([-*_]\s*){3,}$", re.M), ""),      # rules
]


def markdown_to_text(source: str) -> str:
    """Plain text of a markdown article (front matter kept for the header parser)."""
    front = ""
    if source.startswith("---\n"):
        end = source.find("\n---", 4)
        if end > 0:
            front, source = source[: end + 5], source[end + 5:]
    for pattern, repl in _MD_SUBS:
        source = pattern.sub(repl, source)
    return front + source


# -- page furniture --------------------------------------------------------------------------------------
_FURNITURE = re.compile(
    r"""(
      sign\ up | signup | subscribe | newsletter | delivered\ directly\ to\ your\ inbox | myFT
    | stay\ informed | read\ the\ full\ (article|story) | read\ more | continue\ reading | click\ here
    | share\ (this|on) | share\ via | follow\ us | copyright | all\ rights\ reserved | ©
    | additional\ reporting\ by | reporting\ by | editing\ by | writing\ by | compiled\ by
    | advertisement | sponsored | listen\ to\ this\ article | min(ute)?s?\ read | cookie | log\ ?in
    | photo\ ?(credit)?: | image\ ?(credit)?: | getty\ images | file\ photo | updated\ \d | published\ \d
    | related\ (articles|stories|coverage) | most\ read | recommended | download\ the\ app
    | this\ story\ has\ been | this\ article\ (was|has) | terms\ of\ (use|service) | privacy\ policy
    )""",
    re.I | re.X,
)
_BYLINE = re.compile(r"^\s*(by|from)\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3}(\s*(,|and|in)\s.*)?$")


def furniture_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Spans of lines that are page furniture: sign-ups, share buttons, bylines, credits."""
    spans = []
    pos = start
    for line in text[start:].split("\n"):
        end = pos + len(line)
        stripped = line.strip()
        words = stripped.split()
        if stripped and (
            (len(words) <= 25 and _FURNITURE.search(stripped))
            or _BYLINE.match(stripped)
            or (len(words) < 4 and not re.search(r"[.!?\"”]$", stripped))
        ):
            spans.append((pos, end))
        pos = end + 1
    return spans


# -- sentences -------------------------------------------------------------------------------------------
_ABBREV = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "capt", "adm", "rep", "sen", "gov", "st",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "inc",
    "corp", "ltd", "co", "u.s", "u.k", "u.n", "e.g", "i.e", "vs", "a.m", "p.m", "brig", "cmdr", "pres", "sheikh",
}
_SPLIT = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")
_DATELINE = re.compile(
    r"^[A-Z][A-Z .,'’-]{2,40}(,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(\([^()]{1,30}\))?\s*[-—–]+\s*"
)


def sentences(article: Article) -> list[Sentence]:
    """The content sentences of `article`, each with its offsets into ``article.text``."""
    text = article.text
    out: list[Sentence] = []
    furniture = article.furniture
    pos = article.body_start
    for line in text[article.body_start:].split("\n"):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        if not line.strip() or any(a <= line_start and line_end <= b for a, b in furniture):
            continue
        m = _DATELINE.match(line)
        offset = m.end() if m and m.end() < len(line) else 0
        for s, e in _split_line(line, offset):
            frag = line[s:e]
            lead = len(frag) - len(frag.lstrip())
            frag = frag.strip()
            if frag:
                a = line_start + s + lead
                out.append(Sentence(frag, a, a + len(frag), len(out)))
    return out


rx_initial = re.compile(r"(?:^|\s)[A-Z][a-z]+\s+[A-Z]\.$|(?:^|[\s.])[A-Z]\.[A-Z]\.$|(?:^|\s)[A-Z]\.$")


def _word_before(line: str, start: int, dot: int) -> str:
    """The run of word characters and dots that ends right before the full stop at `dot` (not
    before `start`): "Gen" in "Gen.", "U.S" in "U.S."; empty when there is none."""
    i = dot
    while i > start and (line[i - 1].isalnum() or line[i - 1] in "._"):
        i -= 1
    return line[i:dot]


def _split_line(line: str, offset: int) -> list[tuple[int, int]]:
    spans = []
    start = offset
    for m in _SPLIT.finditer(line, offset):
        if line[m.start()] != ".":
            spans.append((start, m.end()))
            start = m.end()
            continue
        word = _word_before(line, start, m.start())
        initial = len(word) == 1
        if initial and not rx_initial.search(line[start: m.start() + 1]):
            initial = False  # "said on X. Its spokesman": a one-letter word, not a middle initial
        if word and (word.lower() in _ABBREV or initial):
            continue
        spans.append((start, m.end()))
        start = m.end()
    if start < len(line):
        spans.append((start, len(line)))
    return spans
