"""Reading input files: one clear error per bad file, never a traceback.

Text files may be UTF-8 (with or without a byte-order mark) or a legacy
encoding such as cp1252, which is detected, not guessed; HTML press releases
are reduced to their main text with their title kept; PDFs are read page by
page. Offsets of every record refer to the text returned here.

>>> read_text("/nonexistent.txt")
Traceback (most recent call last):
...
pressextract.inputs.InputError: /nonexistent.txt: no such file
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 50 * 1024 * 1024  # a press release is never this large; a bigger file is a mistake
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES


class InputError(Exception):
    """A file that cannot be used as a press release (message is one line).

    ``code`` names the failure: missing, directory, unreadable, empty,
    binary, undecodable, oversized.
    """

    def __init__(self, message: str, code: str = "unreadable") -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class InputDocument:
    """The text of one input file, with the title an HTML page carried."""

    path: str
    text: str
    title: str | None = None
    encoding: str = "utf-8"


def _read_bytes(p: Path, path: str | Path) -> bytes:
    if not p.exists():
        raise InputError(f"{path}: no such file", "missing")
    if p.is_dir():
        raise InputError(f"{path}: is a directory, not a file", "directory")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: {size} bytes, over the {MAX_BYTES} byte limit", "oversized")
        return p.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})", "unreadable") from exc


def decode(data: bytes, path: str | Path) -> tuple[str, str]:
    """(text, encoding) of bytes that hold text; InputError otherwise.

    UTF-8 is tried first; anything else is identified by charset-normalizer
    and accepted only when the detection is unambiguous enough.
    """
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: looks like a binary file, not text", "binary")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    # French text outside UTF-8 is almost always Windows-1252 or Latin-9; a
    # generic detector guesses other code pages on short texts, so these are
    # tried first and kept only when the accents they give are French ones.
    for encoding in ("cp1252", "iso8859_15"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible_french(text):
            return text, encoding
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > 0.2 or not _plausible_french(str(best)):
        raise InputError(f"{path}: is not text in a known encoding", "undecodable")
    return str(best), best.encoding


_FRENCH_NON_ASCII = set("éèêëàâäîïôöùûüÿçÉÈÊËÀÂÄÎÏÔÖÙÛÜŸÇœŒæÆ€«»‘’“”–—…°²³ \u00a0\u202f")


def _plausible_french(text: str) -> bool:
    """Whether the non-ASCII characters of ``text`` are those French uses."""
    if any(ord(c) < 32 and c not in "\n\r\t\f" for c in text):
        return False
    extra = [c for c in text if ord(c) > 127]
    return not extra or sum(c in _FRENCH_NON_ASCII for c in extra) / len(extra) >= 0.9


def read_text(path: str | Path) -> str:
    """The text of a plain-text file (UTF-8, or a detected legacy encoding)."""
    p = Path(path)
    text, _ = decode(_read_bytes(p, path), path)
    if not text.strip():
        raise InputError(f"{path}: is empty", "empty")
    return text


def read_document(path: str | Path) -> InputDocument:
    """Read a press release into its text: HTML and PDF by their extension,
    anything else as plain text."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix in PDF_SUFFIXES:
        text, title, encoding = _pdf_text(_read_bytes(p, path), path), None, "pdf"
    else:
        text, encoding = decode(_read_bytes(p, path), path)
        title = None
        if suffix in HTML_SUFFIXES:
            text, title = _html_text(text, path)
    if not text.strip():
        raise InputError(f"{path}: is empty", "empty")
    return InputDocument(path=str(path), text=text, title=title, encoding=encoding)


def _html_text(html: str, path: str | Path) -> tuple[str, str | None]:
    """Main text of an HTML page (navigation and footers dropped), title first."""
    import trafilatura

    body = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True) or ""
    meta = trafilatura.extract_metadata(html)
    title = meta.title.strip() if meta is not None and meta.title else None
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}" if body else title
    return body, title


def _pdf_text(data: bytes, path: str | Path) -> str:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise InputError(f"{path}: not a readable PDF ({exc})", "unreadable") from exc
    try:
        pages = []
        for i in range(len(pdf)):
            textpage = pdf[i].get_textpage()
            pages.append(textpage.get_text_range().replace("\r\n", "\n"))
        return "\n\n".join(pages)
    finally:
        pdf.close()
