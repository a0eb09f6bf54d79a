"""Small token helpers shared by the components (no state, no data)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans


def is_break(tok: Token) -> bool:
    """A token that ends any phrase: a line break or blank."""
    return tok.is_space and "\n" in tok.text


def is_capitalized(tok: Token) -> bool:
    """Starts with an upper-case letter (proper names, acronyms)."""
    return bool(tok.text) and tok.text[0].isupper()


def extend_name(doc: Doc, start: int, limit: int | None = None, allow_lower: bool = False) -> int:
    """End (exclusive) of a proper-name chain beginning at ``start``.

    The chain takes capitalized tokens, hyphens glued to them, digits glued
    to a name, and linking words followed by a capitalized token (or by a
    lower-case noun when ``allow_lower``). Trailing links are never kept.
    """
    limit = len(doc) if limit is None else min(limit, len(doc))
    end = start
    i = start
    while i < limit:
        tok = doc[i]
        if is_break(tok):
            break
        if tok.text in {"-", "'"}:
            # a hyphen or apostrophe belongs to a name only when glued to it
            if i == start or doc[i - 1].whitespace_ or tok.whitespace_:
                break
            i += 1
            continue
        if tok.is_punct:
            break
        if is_capitalized(tok) or (tok.like_num and i > start):
            end = i + 1
            i += 1
            continue
        if allow_lower and tok.pos_ in {"NOUN", "ADJ", "PROPN"} and tok.is_alpha:
            end = i + 1
            i += 1
            continue
        if i + 1 < limit and _is_link(doc, i, allow_lower):
            i += 1
            continue
        break
    return end


def _is_link(doc: Doc, i: int, allow_lower: bool) -> bool:
    """Whether lower-case token ``i`` may join two parts of one name."""
    tok, prev, nxt = doc[i], doc[i - 1], doc[i + 1]
    word = tok.lower_
    if prev.text == "-" and not prev.whitespace_ and not tok.whitespace_ and nxt.text == "-":
        return True  # "Hauts-de-France", "Boulogne-sur-Mer"
    if word in {"de", "du", "des", "d'"}:
        return True
    if word in {"la", "le", "les", "l'"}:
        return prev.lower_ in {"de", "à"}
    if word == "et":
        return nxt.lower_ in {"de", "d'", "des", "du", "à", "aux", "au"}
    return allow_lower and word in {"à", "aux", "au"}


def overlaps(span: Span | tuple[int, int], spans: Iterable[Span]) -> bool:
    """Whether the token range of ``span`` meets any of ``spans``."""
    s, e = (span.start, span.end) if isinstance(span, Span) else span
    return any(o.start < e and s < o.end for o in spans)


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """Token range of the sentence holding token ``i``, cut at line breaks."""
    sent = doc[i].sent
    start, end = sent.start, sent.end
    for j in range(i, start - 1, -1):
        if is_break(doc[j]) and j != i:
            start = j + 1
            break
    for j in range(i, end):
        if is_break(doc[j]):
            end = j
            break
    return start, end


def acronym_after(doc: Doc, span: Span) -> str | None:
    """The acronym in parentheses right after ``span`` ("… (ADEME)"), if any."""
    e = span.end
    if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")":
        word = doc[e + 1].text
        if len(word) >= 2 and sum(c.isupper() for c in word) >= 2 and word.replace("-", "").isalnum():
            return word
    return None


def acronym_uses(doc: Doc, spans: list[Span]) -> list[tuple[int, Span]]:
    """Tokens that repeat an acronym introduced after one of ``spans``, with
    the span it stands for; tokens inside ``spans`` are left out."""
    found = {}
    for span in spans:
        acronym = acronym_after(doc, span)
        if acronym:
            found.setdefault(acronym, span)
    return [(t.i, found[t.text]) for t in doc if t.text in found and not overlaps((t.i, t.i + 1), spans)]


def keep_longest(candidates: list[tuple[Span, dict]], attr: str) -> list[Span]:
    """The longest non-overlapping candidate spans, each given its data.

    Data is attached only after filtering: spaCy keys span extensions by
    offsets, so two candidates over the same text would share (and
    overwrite) one value if it were set before.
    """
    data = {id(span): value for span, value in candidates}
    kept = filter_spans([span for span, _ in candidates])
    for span in kept:
        setattr(span._, attr, data[id(span)])
    return sorted(kept, key=lambda s: s.start)


def glued_word(doc: Doc, i: int) -> tuple[str, int]:
    """The word at ``i`` with hyphenated parts the tokenizer split off
    ("start", "-", "up" -> "start-up"), lower-cased, and its end index."""
    end = i + 1
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        end += 2
    return "".join(t.lower_ for t in doc[i:end]), end
