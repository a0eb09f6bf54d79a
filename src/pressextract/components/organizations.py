"""Organizations: named bodies, companies, agencies, and anaphora to them.

How to read this file: ``OrganizationFinder.__call__`` collects candidate
spans from five sources (head noun + name, common noun + name, gazetteer,
the statistical NER, acronyms in parentheses), keeps the longest
non-overlapping ones outside programme names, and stores them in
``doc.spans["organizations"]`` with ``span._.org`` = ``{"kind", "name",
"anaphor", "via"}``. Linking mentions into records happens in ``convert``.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..extensions import register_extensions
from ..resources import load_json, load_tsv
from ._tokens import acronym_uses, extend_name, glued_word, is_capitalized, keep_longest, overlaps

Candidate = tuple[Span, dict[str, Any]]
_DETERMINERS = {"la", "le", "l'", "les", "du", "au", "cette", "cet", "ce", "notre", "votre", "leur", "son", "sa"}


class OrganizationFinder:
    """Find organization mentions.

    >>> import spacy  # doctest: +SKIP
    >>> nlp.add_pipe("pressextract_organizations")  # doctest: +SKIP
    """

    def __init__(self, nlp: Language, name: str, models_dir: str | None, use_ner: bool) -> None:
        register_extensions()
        self.name = name
        self.use_ner = use_ner
        lex = load_json("lexicon/organizations.json", models_dir)
        self.heads: dict[str, str] = lex["heads"]
        self.anaphora: dict[str, str] = lex["anaphora"]
        self.common_nouns: dict[str, str] = lex["common_nouns"]
        self.suffixes = set(lex["name_suffixes"])
        self.gazetteer: dict[str, tuple[str, str]] = {}
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for row in load_tsv("gazetteers/organizations.tsv", models_dir):
            name, kind = row[0], row[1] if len(row) > 1 else "other"
            forms = [name] + [a for a in (row[2].split("|") if len(row) > 2 else []) if a]
            for form in forms:
                self.gazetteer[form] = (name, kind)
                self.matcher.add(form, [nlp.make_doc(form)])
        self.max_head = max(len(h.split()) for h in self.heads)

    def __call__(self, doc: Doc) -> Doc:
        blocked = list(doc.spans.get("programmes", []))
        candidates = self._by_head(doc) + self._by_common_noun(doc) + self._by_gazetteer(doc)
        if self.use_ner:
            candidates += self._by_ner(doc)
        candidates = [(s, d) for s, d in candidates if not overlaps(s, blocked)]
        kept = keep_longest(candidates, "org")
        kept = keep_longest([(s, s._.org) for s in kept] + self._acronyms(doc, kept), "org")
        doc.spans["organizations"] = kept
        return doc

    # -- sources ---------------------------------------------------------
    def _head_at(self, doc: Doc, i: int) -> tuple[str, int] | None:
        """(kind, end) of the longest organization head starting at token i."""
        for n in range(self.max_head, 0, -1):
            if i + n > len(doc):
                continue
            words = " ".join(t.lower_ for t in doc[i : i + n])
            if words in self.heads:
                return self.heads[words], i + n
        return None

    def _by_head(self, doc: Doc) -> list[Candidate]:
        spans = []
        for i, tok in enumerate(doc):
            found = self._head_at(doc, i)
            if found is None:
                continue
            kind, head_end = found
            if not is_capitalized(tok) and tok.lower_ != "ministère":
                # lower-case "la région": an anaphor at most
                spans += self._anaphor(doc, i, head_end)
                continue
            nxt = doc[head_end] if head_end < len(doc) else None
            descriptive = nxt is not None and nxt.is_lower and nxt.pos_ == "ADJ"
            end = extend_name(doc, head_end, allow_lower=descriptive)
            if end > head_end:
                spans.append(self._span(doc, i, end, kind, via="head"))
            else:
                spans += self._anaphor(doc, i, head_end)
        return spans

    def _anaphor(self, doc: Doc, i: int, head_end: int) -> list[Candidate]:
        head = " ".join(t.lower_ for t in doc[i:head_end])
        if head not in self.anaphora or i == 0:
            return []
        if head_end < len(doc) and is_capitalized(doc[head_end]):
            return []  # "l'agence Auvergne-Rhône-Alpes Entreprises": a name follows, not an anaphor
        prev = doc[i - 1].lower_
        # "sa Région" is fine when capitalized; a lower-case head needs a definite article
        if prev not in _DETERMINERS or (not is_capitalized(doc[i]) and prev not in {"la", "l'", "le"}):
            return []
        return [self._span(doc, i, head_end, self.anaphora[head], via="anaphor", anaphor=True)]

    def _by_common_noun(self, doc: Doc) -> list[Candidate]:
        spans = []
        for i, tok in enumerate(doc[:-1]):
            word, name_start = glued_word(doc, i)
            kind = self.common_nouns.get(word)
            if kind is None or not tok.is_lower or i == 0 or doc[i - 1].lower_ not in _DETERMINERS | {"de", "d'"}:
                continue
            end = extend_name(doc, name_start)
            if end > name_start:
                span, data = self._span(doc, name_start, end, kind, via="common_noun")
                data["alias"] = [doc[i].idx, doc[end - 1].idx + len(doc[end - 1])]
                spans.append((span, data))
        return spans

    def _by_gazetteer(self, doc: Doc) -> list[Candidate]:
        spans = []
        for match_id, start, end in self.matcher(doc):
            form = doc.vocab.strings[match_id]
            name, kind = self.gazetteer[form]
            spans.append(self._span(doc, start, end, kind, via="gazetteer", name=name))
        return spans

    def _by_ner(self, doc: Doc) -> list[Candidate]:
        spans = []
        for ent in doc.ents:
            if ent.label_ == "ORG" or (ent.label_ in {"LOC", "MISC"} and ent[-1].text in self.suffixes and len(ent) > 1):
                if any(t.is_space for t in ent) or not is_capitalized(ent[0]):
                    continue
                spans.append(self._span(doc, ent.start, ent.end, "other", via="ner"))
        return spans

    def _acronyms(self, doc: Doc, orgs: list[Span]) -> list[Candidate]:
        """"Agence de … (ADEME)": the acronym and its later uses are mentions."""
        return [
            self._span(doc, i, i + 1, org._.org["kind"], via="acronym", name=org._.org["name"] or org.text)
            for i, org in acronym_uses(doc, orgs)
        ]

    @staticmethod
    def _span(doc: Doc, start: int, end: int, kind: str, via: str, name: str | None = None, anaphor: bool = False) -> Candidate:
        data: dict[str, Any] = {"kind": kind, "name": name, "anaphor": anaphor, "via": via, "alias": None}
        return Span(doc, start, end, label="ORG"), data


@Language.factory(
    "pressextract_organizations",
    assigns=["doc.spans"],
    default_config={"models_dir": None, "use_ner": True},
)
def make_organizations(nlp: Language, name: str, models_dir: str | None, use_ner: bool) -> OrganizationFinder:
    """Factory: ``nlp.add_pipe("pressextract_organizations")``."""
    return OrganizationFinder(nlp, name, models_dir, use_ner)
