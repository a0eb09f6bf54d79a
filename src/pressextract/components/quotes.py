"""Quotes: direct quotations and who said them.

How to read this file: ``_quotations`` pairs opening and closing marks
(« … », and straight double quotes, to which “ ” are normalized), across
paragraphs; a closing » with no opening (a release that begins
mid-quotation, as scraped pages do) opens at the start of its paragraph.
Short quoted phrases without a verb are names, not quotations. ``_speaker``
then looks, in order, right after the closing mark on the same line
(« … », déclare X), at the start of the next line (a signature line
"X, présidente de …"), and before the opening mark in the same sentence
("Pour X, « … »", "X a déclaré : « … »"). Results: ``doc.spans["quotes"]``
with ``span._.quote`` = ``{"speaker": [start_char, end_char] | None}``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import register_extensions
from ._tokens import is_break

_MIN_TOKENS = 3
_LONG_ENOUGH = 8  # tokens: a quoted passage this long is a quotation even without a verb
_LOOKAHEAD = 8
_LOOKBEHIND = 25
_SENTENCE_END = {".", "!", "?", ";"}


class QuoteFinder:
    """Find quotations and attribute them."""

    def __init__(self, nlp: Language, name: str) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        people = list(doc.spans.get("people", []))
        quotes = []
        for start, end, close in self._quotations(doc):
            inner = doc[start:end]
            words = [t for t in inner if not t.is_punct and not t.is_space]
            if len(words) < _MIN_TOKENS:
                continue
            if len(words) < _LONG_ENOUGH and not any(t.pos_ in {"VERB", "AUX"} for t in inner):
                continue
            span = Span(doc, start, end, label="QUOTE")
            speaker = self._speaker(doc, start, close, people)
            span._.quote = {"speaker": [speaker.start_char, speaker.end_char] if speaker is not None else None}
            quotes.append(span)
        doc.spans["quotes"] = quotes
        return doc

    @staticmethod
    def _quotations(doc: Doc) -> list[tuple[int, int, int]]:
        """(inner start, inner end, closing-mark index) of each quotation."""
        found = []
        open_at: int | None = None
        straight_open: int | None = None
        for tok in doc:
            if tok.text == "«":
                if open_at is None:
                    open_at = tok.i
                # a « at a paragraph start inside a quotation continues it
            elif tok.text == "»":
                if open_at is not None:
                    found.append((open_at + 1, tok.i, tok.i))
                    open_at = None
                else:
                    para = tok.i
                    while para > 0 and not is_break(doc[para - 1]):
                        para -= 1
                    found.append((para, tok.i, tok.i))
            elif tok.text == '"' and open_at is None:
                if straight_open is None:
                    straight_open = tok.i
                else:
                    found.append((straight_open + 1, tok.i, tok.i))
                    straight_open = None
            elif is_break(tok) and straight_open is not None and "\n\n" in tok.text:
                straight_open = None  # an unbalanced straight quote does not cross a blank line
        return [(_skip_space(doc, s, e), e, c) for s, e, c in found if e > s]

    @staticmethod
    def _speaker(doc: Doc, start: int, close: int, people: list[Span]) -> Span | None:
        # 1. « … », déclare X  /  « … » (X)  — same line, a few tokens on
        line_end = close + 1
        while line_end < len(doc) and not is_break(doc[line_end]) and line_end - close <= _LOOKAHEAD:
            line_end += 1
        after = [p for p in people if close < p.start < line_end]
        if after and not any(t.text in _SENTENCE_END | {"«"} for t in doc[close + 1 : after[0].start]):
            return after[0]
        # 2. the next line opens with a person: a signature line
        nxt = close + 1
        while nxt < len(doc) and not is_break(doc[nxt]):
            if not doc[nxt].is_punct and not doc[nxt].is_space:
                break
            nxt += 1
        while nxt < len(doc) and doc[nxt].is_space:
            nxt += 1
        for p in people:
            if p.start == nxt or (p.start == nxt + 1 and doc[nxt].text in {"-", "–", "—"}):
                return p
        # 3. Pour X, « … »  /  X déclare : « … »  — same sentence, before
        opener = start - 1
        while opener > 0 and doc[opener].is_space:
            opener -= 1
        before = [p for p in people if opener - _LOOKBEHIND <= p.start and p.end <= opener]
        if before:
            cand = before[-1]
            between = doc[cand.end : opener]
            if not any(is_break(t) or t.text in _SENTENCE_END | {"»"} for t in between):
                return cand
        return None


def _skip_space(doc: Doc, start: int, end: int) -> int:
    while start < end and doc[start].is_space:
        start += 1
    return start


@Language.factory("pressextract_quotes", assigns=["doc.spans"], default_config={})
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    """Factory: ``nlp.add_pipe("pressextract_quotes")`` (after people)."""
    return QuoteFinder(nlp, name)
