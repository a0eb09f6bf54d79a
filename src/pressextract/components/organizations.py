"""Organizations: named bodies, companies, agencies, and anaphora to them.

How to read this file: ``OrganizationFinder.__call__`` collects candidate
spans from five sources (head noun + name, common noun + name, gazetteer,
the statistical NER, acronyms in parentheses), keeps the longest
non-overlapping ones outside programme names, and stores them in
``doc.spans["organizations"]`` with ``span._.org`` = ``{"kind", "name",
"anaphor", "via", "alias"}`` (``alias``: char offsets of a longer surface
form such as "l'agence X"). Linking mentions into records happens in
``convert``.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..extensions import register_extensions
from ..resources import load_json, load_tsv
from ._tokens import PhraseTable, acronym_uses, extend_name, is_break, is_capitalized, keep_longest, overlaps

Candidate = tuple[Span, dict[str, Any]]
_DETERMINERS = {"la", "le", "l'", "les", "du", "au", "aux", "des", "cette", "cet", "ce", "notre", "votre", "leur", "son", "sa"}
_DEFINITE = {"la", "l'", "le", "du", "au"}
_LINKS = {"de", "du", "des", "d'"}


class OrganizationFinder:
    """Find organization mentions."""

    def __init__(self, nlp: Language, name: str, models_dir: str | None, use_ner: bool) -> None:
        register_extensions()
        self.name = name
        self.use_ner = use_ner
        lex = load_json("lexicon/organizations.json", models_dir)
        self.heads = PhraseTable(nlp, lex["heads"])
        self.lowercase_heads = {tuple(t.lower_ for t in nlp.make_doc(h)) for h in lex["lowercase_heads"]}
        self.anaphora = PhraseTable(nlp, lex["anaphora"])
        self.common_nouns = PhraseTable(nlp, lex["common_nouns"])
        self.suffixes = set(lex["name_suffixes"])
        self.proper_only = set(lex["proper_name_kinds"])
        self.gazetteer: dict[str, tuple[str, str]] = {}
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for row in load_tsv("gazetteers/organizations.tsv", models_dir):
            name_, kind = row[0], row[1] if len(row) > 1 else "other"
            for form in [name_] + [a for a in (row[2].split("|") if len(row) > 2 else []) if a]:
                self.gazetteer[form] = (name_, kind)
                self.matcher.add(form, [nlp.make_doc(form)])

    def __call__(self, doc: Doc) -> Doc:
        blocked = list(doc.spans.get("programmes", []))
        gazetteer = self._by_gazetteer(doc)
        candidates = self._by_head(doc) + self._by_common_noun(doc) + gazetteer
        if self.use_ner:
            candidates += self._by_ner(doc)
        candidates = [self._named_after_gazetteer(c, gazetteer) for c in candidates if not overlaps(c[0], blocked)]
        kept = keep_longest(candidates, "org")
        kept = keep_longest([(s, s._.org) for s in kept] + self._acronyms(doc, kept), "org")
        doc.spans["organizations"] = kept
        return doc

    # -- sources ---------------------------------------------------------
    def _by_head(self, doc: Doc) -> list[Candidate]:
        spans = []
        for i, tok in enumerate(doc):
            found = self.heads.at(doc, i)
            if found is None:
                continue
            kind, head_end = found
            words = tuple(t.lower_ for t in doc[i:head_end])
            nxt = doc[head_end] if head_end < len(doc) else None
            if not is_capitalized(tok):
                # "université de Bordeaux"; otherwise "la région" is an anaphor at most
                lower_ok = words in self.lowercase_heads and nxt is not None and nxt.lower_ in _LINKS
                if not lower_ok or not self._capitalized_after_links(doc, head_end):
                    spans += self._anaphor(doc, i, head_end)
                    continue
            descriptive = kind not in self.proper_only and nxt is not None and nxt.is_lower and (
                nxt.pos_ == "ADJ" or nxt.lower_ in _LINKS and self._lower_noun_after_links(doc, head_end)
            )
            end = extend_name(doc, head_end, allow_lower=descriptive)
            if end > head_end:
                spans.append(self._span(doc, i, end, kind, via="head"))
            else:
                spans += self._anaphor(doc, i, head_end)
        return spans

    @staticmethod
    def _capitalized_after_links(doc: Doc, j: int) -> bool:
        while j < len(doc) and doc[j].lower_ in _LINKS | {"la", "l'", "le", "les"}:
            j += 1
        return j < len(doc) and is_capitalized(doc[j])

    @staticmethod
    def _lower_noun_after_links(doc: Doc, j: int) -> bool:
        while j < len(doc) and doc[j].lower_ in _LINKS | {"la", "l'", "le", "les"}:
            j += 1
        return j < len(doc) and doc[j].is_lower and doc[j].pos_ == "NOUN"

    def _anaphor(self, doc: Doc, i: int, head_end: int) -> list[Candidate]:
        found = self.anaphora.at(doc, i)
        if found is None or i == 0:
            return []
        kind, end = found
        if end < len(doc) and is_capitalized(doc[end]) and not is_break(doc[end - 1]) and doc[end - 1].whitespace_:
            return []  # "l'agence Auvergne-Rhône-Alpes Entreprises": a name follows, not an anaphor
        prev = doc[i - 1].lower_
        # "sa Région" is fine when capitalized; a lower-case head needs a definite article
        if prev not in _DETERMINERS or (not is_capitalized(doc[i]) and prev not in _DEFINITE):
            return []
        return [self._span(doc, i, end, kind, via="anaphor", anaphor=True)]

    def _by_common_noun(self, doc: Doc) -> list[Candidate]:
        spans = []
        for i, tok in enumerate(doc[:-1]):
            found = self.common_nouns.at(doc, i)
            if found is None or not tok.is_lower or i == 0 or doc[i - 1].lower_ not in _DETERMINERS | _LINKS:
                continue
            kind, name_start = found
            while name_start < len(doc) and doc[name_start].is_lower and doc[name_start].pos_ == "ADJ":
                name_start += 1  # "la start-up grenobloise Hyvolia"
            if name_start >= len(doc) or not is_capitalized(doc[name_start]):
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
            name, kind = self.gazetteer[doc.vocab.strings[match_id]]
            spans.append(self._span(doc, start, end, kind, via="gazetteer", name=name))
        return spans

    def _by_ner(self, doc: Doc) -> list[Candidate]:
        spans = []
        for ent in doc.ents:
            suffixed = ent.label_ in {"LOC", "MISC"} and len(ent) > 1 and ent[-1].text in self.suffixes
            if ent.label_ != "ORG" and not suffixed:
                continue
            if any(t.is_space for t in ent) or not is_capitalized(ent[0]):
                continue
            # a capitalized common word at a line start ("Investir", "Sport") is not a name
            if not any(t.pos_ == "PROPN" or (t.is_upper and len(t) > 1) for t in ent):
                continue
            head = self.heads.at(doc, ent.start)
            spans.append(self._span(doc, ent.start, ent.end, head[0] if head else "other", via="ner"))
        return spans

    @staticmethod
    def _named_after_gazetteer(cand: Candidate, gazetteer: list[Candidate]) -> Candidate:
        """"Bpifrance Centre-Val de Loire" is a branch of Bpifrance: same organization."""
        span, data = cand
        for g, gdata in gazetteer:
            if g.start == span.start and g.end < span.end and data.get("via") != "gazetteer":
                data.update(name=gdata["name"], kind=gdata["kind"])
        return cand

    def _acronyms(self, doc: Doc, orgs: list[Span]) -> list[Candidate]:
        """"Agence de … (ADEME)": the acronym and its later uses are mentions."""
        return [
            self._span(doc, s, e, org._.org["kind"], via="acronym", name=org._.org["name"] or org.text)
            for s, e, org in acronym_uses(doc, orgs)
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
