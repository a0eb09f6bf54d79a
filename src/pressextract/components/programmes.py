"""Programmes: named plans, packs, funds, calls for projects, labels, contracts.

How to read this file: a programme is found (1) by name from the national
gazetteer, (2) as a trigger noun followed by a name in guillemets
("appel à projets « Industrie du futur »"), (3) as a quoted phrase that
starts with a trigger ("« plan de relocalisation stratégique »"), (4) as a
capitalized trigger and its complement ("Pack relocalisation"), (5) as a
lower-case trigger followed by a proper name ("le dispositif Booster"),
(6) with its acronym, (7) with a scope adjective ("la stratégie régionale
hydrogène"), (8) as a determined trigger and a bare noun ("le plan vélo
départemental", "le plan de reconstitution forestière"), or (9) as a short
quoted name after a naming word ("baptisée « Bouge ton été »", "labellisés
« Sport santé »").
Generic mentions ("un plan ambitieux") match none of these. Results go to
``doc.spans["programmes"]`` with ``span._.programme`` = ``{"kind", "name"}``.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import register_extensions
from ..normalize import fold
from ..resources import load_json, load_tsv
from ._tokens import (
    PhraseTable,
    abbreviates,
    acronym_after,
    acronym_uses,
    extend_name,
    is_break,
    is_capitalized,
    is_ordinal,
    is_participle,
    keep_longest,
    load_gazetteer,
    overlaps,
    parenthesis_ahead,
)

_OPEN = {"«", '"'}
_CLOSE = {"»", '"'}
_MAX_QUOTED = 12  # tokens: longer guillemet content is a quotation, not a name
_MAX_COMPLEMENT = 6
_FUNCTION_WORDS = {"de", "d'", "du", "des", "la", "l'", "le", "les", "et", "à", "au", "aux", "pour", "en"}
_COMPLEMENT_LINKS = {"de", "d'", "du", "des", "l'", "la", "à", "au", "aux", "en", "-", "pour"}


class ProgrammeFinder:
    """Find programme mentions (see the module docstring for the rules)."""

    def __init__(self, nlp: Language, name: str, models_dir: str | None) -> None:
        register_extensions()
        self.name = name
        lex = load_json("lexicon/programmes.json", models_dir)
        self.triggers = PhraseTable(nlp, lex["triggers"])
        # "le Pack Export de la Région Bretagne": an organization's head ends a programme's name
        self.org_heads = {h.split()[0] for h in load_json("lexicon/organizations.json", models_dir)["heads"]}
        self.generic = set(lex["generic_complements"])
        # "le chantier Naval du Moros": a trigger that opens a company's common noun ("chantier naval")
        self.org_nouns = PhraseTable(nlp, load_json("lexicon/organizations.json", models_dir)["common_nouns"])
        self.org_names = {row[0].split()[0] for row in load_tsv("gazetteers/organizations.tsv", models_dir) if row and row[0]}
        self.scopes = set(lex["scope_adjectives"])
        self.gazetteer, self.matcher = load_gazetteer(nlp, "gazetteers/programmes.tsv", models_dir, lower_first=True)
        self.juxtaposed = set(lex["juxtaposed_triggers"])
        self.naming_words = dict(lex["naming_words"])
        self.generic_heads = set(lex["generic_heads"])

    def __call__(self, doc: Doc) -> Doc:
        known = []
        for match_id, start, end in self.matcher(doc):
            name_, kind = self.gazetteer[doc.vocab.strings[match_id]]
            if kind == "call_for_projects" and end < len(doc) and re.fullmatch(r"20\d\d", doc[end].text):
                known.append(_span(doc, start, end + 1, kind, f"{name_} {doc[end].text}"))  # "l'appel à projets générique 2026": a call's edition
                continue
            known.append(_span(doc, start, end, kind, name_))
        found = []
        for i in range(len(doc)):
            glued = _glued_trigger_name(doc, i, self.triggers)
            if glued is not None:
                found.append(glued)  # "le Pass'Région Sport"
                continue
            trigger = self.triggers.at(doc, i)
            if trigger is not None and doc[i].lower_ == "mission" and doc[i + 1 : i + 2].text.lower() in {"locale", "locales"}:
                continue  # "la Mission locale du Pays de Morlaix": an association for young people's employment
            if trigger is not None and doc[i].lower_ == "mission" and i > 1 and doc[i - 1].lower_ == "de" and doc[i - 2].lower_.startswith("chargé"):
                continue  # "chargé de mission Natura 2000": a title, not a mission
            if trigger is not None and doc[i].lower_ == "dotation" and i > 1 and doc[i - 1].lower_ == "de" and doc[i - 2].lower_ == "fonds":
                continue  # "le fonds de dotation Guilhaumon": a body (an endowment fund), not a grant
            if trigger is not None and (noun := self.org_nouns.at(doc, i)) is not None and noun[1] > trigger[1]:
                continue  # "le chantier Naval du Moros": a company's common noun, the trigger's word with more
            if trigger is not None and doc[i].lower_ in _VERB_TRIGGERS and (i == 0 or doc[i - 1].lower_ not in _TRIGGER_DETERMINERS) \
                    and not is_capitalized(doc[i]):
                continue  # "La Région aide Tuffery Textiles à …": a verb, not the scheme "aide X"
            if trigger is not None:
                cand = self._name_after(doc, i, *trigger) or self._name_before(doc, i, *trigger)
                if cand is not None:
                    found.append(cand)
            elif doc[i].lower_ in self.naming_words:
                cand = self._named_in_quotes(doc, i)
                if cand is not None:
                    found.append(cand)
        # a name from the gazetteer beats a rule's reading around it ("plan France 2030")
        # unless the rule's name runs on past it with more name ("fonds French Tech
        # Seed"), not with a complement ("programme Horizon Europe de l'Union")
        # ("appel à projets i-Nov" keeps its words and takes the gazetteer's name)
        known_spans = [s for s, _ in known]
        kept_found = []
        for span, data in found:
            inside = [(k, kd) for k, kd in known if span.start <= k.start and k.end <= span.end]
            if len(inside) == 1 and inside[0][0].end == span.end and span.start < inside[0][0].start:
                kept_found.append((span, dict(data, name=inside[0][1]["name"])))
            elif not overlaps(span, known_spans) or any(k.start >= span.start and k.end < span.end and doc[k.end].lower_ not in _COMPLEMENT_LINKS for k in known_spans):
                kept_found.append((span, data))
        found = [_past_acronym_territory(doc, *_to_acronym(doc, *_with_spelled_adjective(doc, span, data))) for span, data in kept_found]
        found += [more for span, data in found for more in _coordinated_quotes(doc, span, data)]
        kept = keep_longest(found + known, "programme")
        extra = [_span(doc, s, e, p._.programme["kind"], p._.programme["name"] or p.text) for s, e, p in acronym_uses(doc, kept, _inner_acronym)]
        doc.spans["programmes"] = keep_longest([(s, s._.programme) for s in kept] + extra, "programme")
        return doc

    def _chained(self, doc: Doc, k: int) -> int | None:
        """End of a chain of complements opening at ``k`` ("des criées", "pour
        l'eau et l'assainissement", "sur le loup"), or None."""
        end = None
        while k < len(doc):
            word = doc[k].lower_
            step = 0
            if word in {"des", "du"}:
                step = 1
            elif word in {"de", "pour", "sur", "contre"} and k + 1 < len(doc) and doc[k + 1].lower_ in {"la", "l'", "le", "les"}:
                step = 2
            elif word == "en" and end is not None:
                step = 1  # "… de l'alimentation en eau potable"
            elif word == "et" and end is not None and k + 2 < len(doc) and doc[k + 1].lower_ in {"de", "d'"} and doc[k + 2].lower_ in {"la", "l'"}:
                step = 3  # "… des soins palliatifs et de l'accompagnement de la fin de vie"
            elif word == "et" and end is not None and k + 1 < len(doc) and doc[k + 1].lower_ in {"la", "l'", "le", "les", "de", "des", "du"}:
                step = 2 if doc[k + 1].lower_ in {"la", "l'", "le", "les"} else 1
            elif word == "de" and end is not None and k + 1 < len(doc) and doc[k + 1].lower_ in {"vie", "travail", "santé", "formation"}:
                step = 1  # "… de la fin de vie", "… de la qualité de vie au travail"
            if not step or k + step >= len(doc) or not _plain_noun(doc[k + step]) or doc[k + step].lower_ in _ORG_NOUNS:
                break
            k += step + 1
            while k < len(doc) and doc[k].pos_ == "ADJ" and doc[k].is_lower and doc[k].lower_ not in _ENDOWED:
                k += 1  # ("… en eau potable", not "… doté de")
            end = k
        return end

    @staticmethod
    def _endowed(doc: Doc, j: int) -> bool:
        """Whether a participle of endowment or adoption follows the phrase
        at ``j`` within a few words ("… doté de", "… adopté en")."""
        for t in doc[j : j + 10]:
            if t.text in {".", ";", "!", "?"}:
                return False
            if t.lower_ in _ENDOWED:
                return True
        return False

    @staticmethod
    def _fundraise(doc: Doc, i: int) -> bool:
        """Whether the sentence of token ``i`` tells of money raised from investors."""
        lo = i
        while lo > 0 and not doc[lo].is_sent_start and not is_break(doc[lo - 1]):
            lo -= 1
        words = {t.lower_ for t in doc[lo:i]}
        return bool(words & _FUNDRAISE)

    def _named_in_quotes(self, doc: Doc, i: int) -> tuple[Span, dict[str, Any]] | None:
        """"Baptisée « Bouge ton été », l'opération …", "des clubs labellisés
        « Sport santé »": a naming word before a short quoted name."""
        j = i + 1
        if j < len(doc) and doc[j].text in _OPEN:
            return _quoted_name(doc, j, self.naming_words[doc[i].lower_], capital=True, longest=7)
        return None

    def _juxtaposed(self, doc: Doc, i: int, tend: int, kind: str) -> tuple[Span, dict[str, Any]] | None:
        """"le plan vélo départemental", "le fonds chaleur", "le plan de
        reconstitution forestière", "ce fonds d'urgence aviculture": after a
        definite or possessive determiner, a lower-case trigger followed by a
        bare noun, or by "de" and a noun that an adjective or a second noun
        qualifies, names a scheme; "un plan ambitieux", "le plan de
        financement", "le programme prévoit" do not."""
        if i == 0 or doc[i:tend].text.lower() not in self.juxtaposed or not (doc[i].is_lower or is_capitalized(doc[i]) and not _starts_sentence(doc, i) and doc[i].lower_ != "fonds"):
            return None  # ("son Plan de protection des vergers": a capital inside a sentence; a capitalized "Fonds d'…" is a body)
        j = tend
        # "une prime vélo": the bare noun is enough ("un nouveau plan d'arrachage … doté de" too)
        indefinite = doc[i - 1].lower_ in {"un", "une"} or i > 1 and doc[i - 1].lower_ in _RANKS and doc[i - 2].lower_ in {"un", "une"}
        ranked = i > 1 and (doc[i - 1].lower_ in _RANKS or is_ordinal(doc[i - 1])) and doc[i - 2].lower_ in _NAMING_DETERMINERS
        if doc[i - 1].lower_ not in _NAMING_DETERMINERS and not indefinite and not ranked:
            return None  # ("le troisième plan de lutte …", "le nouveau plan …" are determined too)
        if not indefinite and j < len(doc) and re.fullmatch(r"20\d\d", doc[j].text):
            return _span(doc, i, j + 1, kind)  # "le budget participatif 2026": a programme's edition
        dated = None if indefinite else _to_period(doc, j)
        if dated is not None:
            return _span(doc, i, dated, kind)  # "le plan de recrutement des volontaires 2026-2028"
        qualified = False
        if j + 1 < len(doc) and doc[j].is_lower and doc[j].pos_ == "ADJ" and doc[j].lower_ not in self.scopes | self.generic and doc[j + 1].lower_ in {"de", "d'"}:
            j += 1  # "son plan pluriannuel d'investissement pour l'eau …"
            qualified = not indefinite  # ("la dotation générale de décentralisation": the adjective qualifies it already)
        if j < len(doc) and doc[j].lower_ in {"de", "d'"}:
            if indefinite and not self._endowed(doc, j):
                return None  # "un plan de modernisation des criées doté de 30 M€" is named by its endowment
            j += 1
            if j + 1 >= len(doc) or not _plain_noun(doc[j]) or doc[j].lower_ in self.generic_heads and not _plain_noun(doc[j + 1]):
                return None
            # "plan de modernisation des criées", "plan pluriannuel d'investissement pour l'eau …":
            # a qualified noun, then "des/du/pour le/sur le" and a noun that is no organization
            chained = self._chained(doc, j + 1) if doc[i].lower_ not in {"contrat", "contrats"} else None  # "remporte le contrat de rénovation du viaduc": a market
            if chained is not None and doc[j].lower_ not in self.generic_heads:
                return _span(doc, i, chained, kind)
            # "plan d'adaptation au changement climatique du bassin Adour-Garonne"
            article = 1 if j + 2 < len(doc) and doc[j + 2].lower_ in {"la", "l'"} else 0
            governed = doc[j + 1].lower_ in {"à", "au", "aux"} and j + 2 + article < len(doc) and _plain_noun(doc[j + 2 + article])
            if governed and doc[j].lower_ not in self.generic_heads:
                return _span(doc, i, max(j + 3 + article, self._complement(doc, j)), kind)
            # "pacte d'orientation et d'avenir agricoles": two coordinated complements
            if j + 3 < len(doc) and doc[j + 1].lower_ == "et" and doc[j + 2].lower_ in {"de", "d'"} and _plain_noun(doc[j + 3]):
                end = j + 4
                while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].is_lower and end - j < 7:
                    end += 1
                return _span(doc, i, end, kind)
            if ranked and is_ordinal(doc[i - 1]) and not (doc[j + 1].pos_ == "ADJ" and doc[j + 1].is_lower):
                return _span(doc, i, j + 1, kind)  # "son 12e programme d'intervention": a numbered edition is named
            if qualified and doc[j].lower_ not in self.generic_heads and (doc[j + 1].is_punct or doc[j + 1].pos_ in {"CCONJ", "ADP", "VERB", "AUX"}):
                return _span(doc, i, j + 1, kind)
            if not (doc[j + 1].pos_ == "ADJ" and doc[j + 1].is_lower or _plain_noun(doc[j + 1])):
                return None
        elif j + 1 < len(doc) and doc[j].lower_ == "jeunes" and _plain_noun(doc[j + 1]) and doc[j + 1].lower_.endswith(("s", "x")) and not indefinite:
            return _span(doc, i, j + 2, kind)  # "la dotation jeunes agriculteurs", "la prime jeunes diplômés": whom it is for
        elif j >= len(doc) or not _plain_noun(doc[j]) or doc[j].lower_ in self.generic_heads:
            return None
        elif doc[i - 1].lower_ in {"ce", "cet", "cette"} or j + 1 < len(doc) and doc[j + 1].pos_ in {"DET", "NUM", "PRON"}:
            return None  # "Ce label récompense trois années": a verb the tagger took for a noun
        end = j + 1
        while end < len(doc) and end - j < 4 and doc[end].lower_ not in _ENDOWED and (doc[end].pos_ == "ADJ" and doc[end].is_lower and doc[end].is_alpha or _plain_noun(doc[end]) and end == j + 1):
            end += 1
        # "plan climat 2025-2030": its period is part of the name
        if end + 2 < len(doc) and doc[end].like_num and doc[end + 1].text in {"-", "–"} and doc[end + 2].like_num and not doc[end].whitespace_:
            end += 3
        return _span(doc, i, end, kind)

    def _name_before(self, doc: Doc, i: int, kind: str, tend: int) -> tuple[Span, dict[str, Any]] | None:
        """"lance Sols Vivants, un programme de recherche": the apposition names it."""
        if i < 3 or doc[i - 1].lower_ not in {"un", "une", "le", "la", "l'"} or doc[i - 2].text != ",":
            return None
        end = i - 2
        start = end
        while start > 0 and (is_capitalized(doc[start - 1]) or doc[start - 1].text == "-" and not doc[start - 1].whitespace_) and not doc[start - 1].is_sent_start:
            start -= 1
        if start == end or end - start > 5 or doc[start].pos_ not in {"PROPN", "NOUN", "X", "ADJ"}:
            return None
        if any(t.ent_type_ == "PER" for t in doc[start:end]) or start > 1 and doc[start - 1].text == "," and doc[start - 2].pos_ == "NOUN":
            return None  # "Présenté par le vice-président, Karim X, le plan …": a person, then the sentence's subject
        if end - start == 1 and doc[start].lower_ in self.org_heads:
            return None  # "… à l'hôtel du Département, une convention de partenariat": a body, not the convention's name
        if start > 0 and doc[start - 1].lower_ in {"de", "d'", "du", "des", "en", "à", "au", "aux"} and tend < len(doc) and doc[tend].pos_ in {"AUX", "VERB"}:
            return None  # "Prescrite par la Drac de Bretagne, l'opération a débuté": a place, then the sentence's subject
        return _span(doc, start, end, kind)

    def _name_after(self, doc: Doc, i: int, kind: str, tend: int) -> tuple[Span, dict[str, Any]] | None:
        # (2) trigger « Name », also with a word or two between ("le plan stratégique « X »")
        if tend + 3 < len(doc) and doc[tend].text == "(" and doc[tend + 2].text == ")" and doc[tend + 1].is_upper and doc[tend + 3].text in _OPEN:
            found = _quoted_name(doc, tend + 3, kind)  # "l'appel à manifestation d'intérêt (AMI) « Territoires hydrogène »"
            if found is not None:
                return found
        # "une opération de prévention, « Motards, restez en vie »": the name in apposition
        if tend + 3 < len(doc) and doc[tend].lower_ in {"de", "d'"} and doc[tend + 1].pos_ == "NOUN" and doc[tend + 2].text == "," and doc[tend + 3].text in _OPEN:
            found = _quoted_name(doc, tend + 3, kind, capital=True, longest=8)
            if found is not None:
                return found
        # "Un appel à projets commun, « Cours d'eau en liberté », sera ouvert": after an adjective, or the trigger alone
        # (not "Son projet, « Un théâtre à ciel ouvert »": a person's project, named like a work)
        comma = tend + (tend < len(doc) and doc[tend].is_lower and doc[tend].pos_ == "ADJ")
        owned = i > 0 and doc[i - 1].lower_ in {"son", "sa", "leur", "mon", "ma", "notre"} or doc[i].lower_ in {"projet", "projets"}
        if not owned and comma + 1 < len(doc) and doc[comma].text == "," and doc[comma + 1].text in _OPEN:
            found = _quoted_name(doc, comma + 1, kind, capital=True, longest=8)
            if found is not None:
                return found
        for gap in (0, 1, 2):
            mark = tend + gap
            # "la chaire de recherche « IA et santé mentale »": "de" and a noun may come between
            linked = gap == 1 and doc[mark - 1].lower_ in {"de", "d'"} and mark < len(doc) and doc[mark].pos_ == "NOUN"
            if linked:
                continue
            if mark >= len(doc) or gap and not (doc[mark - 1].is_lower and doc[mark - 1].pos_ in {"ADJ", "NOUN"}):
                break
            if doc[mark].text in _OPEN:
                found = _quoted_name(doc, mark, kind)
                if found is not None:
                    return found
                break
        # (3) « trigger de … »: the whole quoted phrase is the name
        if i > 0 and doc[i - 1].text in _OPEN:
            close = _closing(doc, i - 1)
            if close is not None and close > tend and not any(t.pos_ in {"VERB", "AUX"} for t in doc[i:close]):
                return _span(doc, i, close, kind)
        if tend >= len(doc):
            return None
        # (4) Capitalized trigger: "Pack relocalisation", "Plan Climat Air Énergie"
        if is_capitalized(doc[i]) and not doc[i].is_upper:
            # at a sentence start the capital proves nothing: ask for a capitalized name
            if _starts_sentence(doc, i) and not is_capitalized(doc[tend]):
                return None
            end = self._complement(doc, tend)
            if end < len(doc) and doc[end].text in _OPEN:
                # "Plan climat « Gardez le Sud »": the quoted words are the name
                close = _closing(doc, end)
                if close is not None and close > end + 1:
                    return _span(doc, end + 1, close, kind)
            if end > tend:
                return _span(doc, i, end, kind)
            # "Fonds régional de garantie et d'investissement (FRGI)": named by its acronym;
            # "son Plan de protection des vergers": a complement, read as after a lower-case trigger
            return self._with_acronym(doc, i, tend, kind) or (self._juxtaposed(doc, i, tend, kind) if not _starts_sentence(doc, i) else None)
        # an investor named in a fundraise ("une levée de 12 M€ auprès du fonds Eurazeo
        # Smart City") is an organization; "via son fonds French Tech Seed" stays a programme
        if doc[i].lower_ == "fonds" and i > 0 and doc[i - 1].lower_ in {"le", "du", "au"} and self._fundraise(doc, i):
            return None
        # (5) lower-case trigger + proper name: "le dispositif Booster", "la mission
        # Patrimoine en péril", "l'appel à projets i-Nov"
        if tend + 3 < len(doc) and doc[tend].text == "(" and doc[tend + 1].is_upper and doc[tend + 2].text == ")" and is_capitalized(doc[tend + 3]) \
                and doc[i].is_lower and _initials(doc[i:tend]) == fold(doc[tend + 1].text):
            # "l'appellation d'origine protégée (AOP) Chevrotin des Aravis": the trigger's acronym, then the name (named without it)
            end = _lower_tail(doc, extend_name(doc, tend + 3))
            if end > tend + 3:
                return _span(doc, i, end, kind, f"{doc[i:tend].text} {doc[tend + 3 : end].text}")
        glued = tend + 2 < len(doc) and doc[tend + 1].text == "-" and not doc[tend].whitespace_ and is_capitalized(doc[tend + 2])
        if is_capitalized(doc[tend]) and not doc[tend].is_sent_start or glued:
            end = _voiced_end(doc, tend) or max(self._before_issuer(doc, tend, _lower_tail(doc, extend_name(doc, tend))), self._complement(doc, tend))
            if end > tend:
                return _span(doc, i, end, kind)
        # "le plan stratégique Horizon 2030", "le label d'excellence ClerVolc", "le projet
        # européen EruptAlert": an adjective or a "de" noun, then the proper name
        qualifier = 1 if doc[tend].is_lower and doc[tend].pos_ == "ADJ" else 2 if doc[tend].lower_ in {"de", "d'"} and tend + 1 < len(doc) and doc[tend + 1].is_lower and doc[tend + 1].pos_ == "NOUN" else 0
        named = tend + qualifier
        dated = named + 1 < len(doc) and re.fullmatch(r"20\d\d", doc[named + 1].text) is not None  # ("le plan stratégique Cap 2032", whatever the model calls it)
        if qualifier and named < len(doc) and is_capitalized(doc[named]) and not doc[named].is_sent_start and (doc[named].ent_type_ not in {"PER", "LOC"} or dated) and doc[named].lower_ not in self.org_heads | {"les", "la", "le", "l'"}:
            end = _voiced_end(doc, named) or _lower_tail(doc, extend_name(doc, named))
            if end > named and i > 0 and doc[i - 1].lower_ in _NAMING_DETERMINERS:
                return _span(doc, i, end, kind)
        # (6) lower-case name with its acronym: "contrats de relance et de transition écologique (CRTE)"
        found = self._with_acronym(doc, i, tend, kind)
        if found is not None:
            return found
        # (8) "le plan vélo départemental", "le plan de reconstitution forestière"
        found = self._juxtaposed(doc, i, tend, kind)
        if found is not None:
            return found
        # (7b) "le plan numérique éducatif départemental": adjectives closed by a scope adjective
        if doc[i].is_lower and i > 0 and doc[i - 1].lower_ in _NAMING_DETERMINERS:
            j = tend
            while j < len(doc) and j - tend < 4 and doc[j].is_lower and doc[j].is_alpha and doc[j].pos_ in {"ADJ", "NOUN"} and doc[j].lower_ not in self.scopes:
                j += 1
            if j > tend and j < len(doc) and doc[j].lower_ in self.scopes and doc[tend].lower_ not in self.generic:
                return _span(doc, i, j + 1, kind)
        # (7) trigger + scope + complement: "la stratégie régionale hydrogène", "le schéma
        # régional des mobilités" (but not "la stratégie régionale" alone)
        if doc[tend].lower_ in self.scopes and not doc[i].is_sent_start:
            j = tend + 1
            while j < len(doc) and doc[j].lower_ in {"de", "du", "des", "d'", "la", "l'", "les", "pour", "à", "aux", "au"}:
                j += 1
            if j < len(doc) and doc[j].pos_ in {"NOUN", "PROPN", "ADJ", "X"} and doc[j].lower_ not in self.generic:
                end = self._complement(doc, j)
                if end > j:
                    return _span(doc, i, end, kind)
        return None

    @staticmethod
    def _with_acronym(doc: Doc, i: int, tend: int, kind: str) -> tuple[Span, dict[str, Any]] | None:
        for j in range(tend, min(len(doc) - 2, tend + 10)):
            tok = doc[j]
            if tok.text == "(":
                acronym = doc[j + 1].text
                if doc[j + 2].text != ")" or not acronym.isupper() or len(acronym) < 2:
                    return None
                return _span(doc, i, j, kind) if _initials(doc[i:j]) == fold(acronym) else None
            if tok.is_punct or is_break(tok):
                return None  # the initials must match: the words between need no checking
        return None

    def _before_issuer(self, doc: Doc, start: int, end: int) -> int:
        """A proper name's end before the body that awards or funds the
        programme: "le label Deeptech de Bpifrance" ends at "Deeptech"."""
        for k in range(start + 1, end):
            if doc[k].text == "France" and k + 1 == end:
                continue  # "le label Grand Site de France": the country ends the name, no issuer
            if is_capitalized(doc[k]) and (doc[k].lower_ in self.org_heads or doc[k].text in self.org_names) and doc[k - 1].lower_ in {"de", "du", "d'", "des"}:
                return k - 1
        return end

    def _complement(self, doc: Doc, start: int) -> int:
        """End of the words naming a capitalized trigger's programme."""
        end = start
        content = 0
        i = start
        most = _MAX_COMPLEMENT
        while i < len(doc) and content < most:
            tok = doc[i]
            if is_break(tok) or tok.lower_ in self.generic:
                break
            if tok.lower_ == "et" and content and i + 3 < len(doc) and doc[i + 1].lower_ in {"de", "d'", "du", "des"} \
                    and _plain_noun(doc[i + 2 + (doc[i + 2].lower_ in {"la", "l'", "le", "les"})]):
                most = _MAX_COMPLEMENT + 3  # "plan national de développement des soins palliatifs et de l'accompagnement de la fin de vie"
                i += 1
                continue
            if is_capitalized(tok) and (tok.lower_ in self.org_heads or tok.text in self.org_names or tok.text.upper() in self.org_names) and i > start and doc[i - 1].lower_ in _COMPLEMENT_LINKS:
                break  # "Prêt Croissance Industrie de Bpifrance": the lender is not part of the name
            if tok.lower_ in {"sur", "contre"} and i > start and i + 2 < len(doc) and doc[i + 1].lower_ in {"le", "la", "l'", "les"} and _plain_noun(doc[i + 2]):
                i += 2  # "plan national d'actions sur le loup", "plan national de lutte contre les cancers"
                continue
            if tok.lower_ == "pour" and (i > start or not is_capitalized(doc[start - 1])):
                break  # "Pacte pour la jeunesse", but not "Fonds Chaleur pour l'année 2024"
            if tok.lower_ in {"du", "de", "des"} and i > start and i + 1 < len(doc) and doc[i + 1].is_lower and doc[i + 1].lower_ in self.org_heads | _ORG_NOUNS | {"pôle"}:
                break  # "programme Scale-up Excellence du pôle de compétitivité X": whose it is, not its name
            if tok.like_num and i + 1 < len(doc) and doc[i + 1].lower_ in {"euros", "euro", "€", "%", "eur"}:
                break  # "le pass Jeunes à 10 euros la place": a price, not the name
            if tok.lower_ == "en" and doc[i + 1 : i + 3].text.lower() in {"faveur de", "faveur du", "faveur des", "faveur d'"}:
                i += 3  # "Pacte en faveur de la haie", "plan en faveur de l'emploi des seniors"
                continue
            if tok.lower_ in _COMPLEMENT_LINKS and tok.is_alpha and i > start and re.fullmatch(r"(?:19|20)\d\d", doc[i - 1].text):
                break  # "les aides du plan Écophyto 2030 à des résultats": a year ends the name
            if tok.lower_ in _COMPLEMENT_LINKS and (i > start or tok.lower_ == "pour"):
                i += 1
                continue
            after_link = i > start and doc[i - 1].lower_ in _COMPLEMENT_LINKS
            if tok.pos_ in {"NOUN", "ADJ", "PROPN", "NUM", "X"} and not tok.is_punct or is_capitalized(tok) and tok.is_alpha or after_link and tok.pos_ == "ADV":
                content += 1
                end = i + 1
                i += 1
                continue
            break
        return end


_RANKS = {"nouveau", "nouvel", "nouvelle", "prochain", "prochaine"}  # besides ordinals
_VERB_TRIGGERS = {"aide", "aides", "prime", "primes"}  # triggers that are also verbs ("la Région aide X", "le jury prime Y")
_TRIGGER_DETERMINERS = {"le", "la", "l'", "les", "un", "une", "des", "du", "de", "d'", "au", "aux", "son", "sa", "ses", "leur", "leurs", "cette", "ce", "cet",
                        "ces", "notre", "votre", "nos", "vos", "première", "nouvelle", "nouvelles", "régionale", "régionales", "l’", "d’"}
_ENDOWED = {"doté", "dotée", "dotés", "adopté", "adoptée", "voté", "votée", "lancé", "lancée", "financé", "financée", "baptisé", "baptisée"}
_ORG_NOUNS = {"groupe", "entreprise", "société", "région", "département", "ville", "commune", "métropole", "état", "ministère", "agence", "association", "établissement", "collectivité"}
_FUNDRAISE = {"levée", "lève", "lèvent", "levé", "levés", "tour", "investisseurs", "investisseur", "capital", "participation"}
_NAMING_DETERMINERS = {"le", "la", "l'", "du", "au", "son", "sa", "leur", "ce", "cet", "cette", "notre", "votre"}
_NOT_NAMES = {"an", "ans", "année", "années", "mois", "jour", "jours", "semaine", "fois",
              "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "demain", "matin", "soir"}  # "a présenté le programme mardi": a day


def _plain_noun(tok: Any) -> bool:
    """A lower-case common noun that may name a scheme ("vélo", "climat"),
    also where the tagger reads it as a participle that no participle ending
    supports ("le plan vélo")."""
    if not (tok.is_lower and tok.is_alpha and len(tok) > 2) or tok.lower_ in _NOT_NAMES:
        return False
    mistagged = tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm") and not is_participle(tok)
    # ("le plan sécheresse": a noun the tagger calls an adjective, which its ending belies)
    mistagged = mistagged or tok.pos_ == "ADJ" and tok.lower_.endswith(("esse", "ité", "tion", "sion", "isme", "ence", "ance", "ment", "ure", "age"))
    return tok.pos_ == "NOUN" or mistagged


def _starts_sentence(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i].is_sent_start or is_break(doc[i - 1]) or doc[i - 1].text in {".", ":", "!", "?"}


def _quoted_name(doc: Doc, open_i: int, kind: str, capital: bool = False, longest: int | None = None) -> tuple[Span, dict[str, Any]] | None:
    """The name in the guillemets opening at ``open_i``: at least one word,
    at most ``longest`` tokens with its closing mark; opening with a capital
    when ``capital``, else not with a lower-case function word (a quoted
    clause such as "« qui place Marseille … »" is no name)."""
    close = _closing(doc, open_i)
    if close is None or close <= open_i + 1 or longest is not None and close - open_i > longest:
        return None
    first = doc[open_i + 1]
    if (not is_capitalized(first)) if capital else (first.is_lower and first.is_stop):
        return None
    if close == open_i + 2 and first.is_lower and first.pos_ in {"ADJ", "ADV", "VERB"}:
        return None  # "a salué un dispositif « pragmatique »": a word quoted as a judgement, no name
    return _span(doc, open_i + 1, close, kind)


def _coordinated_quotes(doc: Doc, span: Span, data: dict[str, Any]) -> list[tuple[Span, dict[str, Any]]]:
    """"les appels à projets « Eau et climat » et « Haies bocagères »": the
    quoted names joined to a quoted programme name are programmes of its kind."""
    out = []
    k = span.end
    while span.start > 0 and doc[span.start - 1].text in _OPEN and k + 2 < len(doc) and doc[k].text in _CLOSE and doc[k + 1].lower_ in {"et", ","} and doc[k + 2].text in _OPEN:
        found = _quoted_name(doc, k + 2, data["kind"], capital=True, longest=10)
        if found is None:
            break
        out.append(found)
        span, k = found[0], found[0].end
    return out


def _closing(doc: Doc, open_i: int) -> int | None:
    """Index of the mark closing the guillemet at ``open_i`` (short, same line)."""
    for j in range(open_i + 1, min(len(doc), open_i + _MAX_QUOTED + 2)):
        if is_break(doc[j]):
            return None
        if doc[j].text in _CLOSE:
            return j
    return None


def _glued_trigger_name(doc: Doc, i: int, triggers: Any) -> tuple[Span, dict[str, Any]] | None:
    """"Pass'Région Sport", "Prêt'Avenir": a trigger word glued by an
    apostrophe to a capitalized name is a programme's brand name."""
    tok = doc[i]
    if not (tok.text.endswith(("'", "’")) and len(tok) > 2 and not tok.whitespace_ and i + 1 < len(doc) and is_capitalized(doc[i + 1])):
        return None
    kind = triggers.table.get((tok.text[:-1].lower(),))
    if kind is None:
        return None
    return _span(doc, i, extend_name(doc, i + 1), kind)


def _lower_tail(doc: Doc, end: int) -> int:
    """A proper name that ends on "de" and a lower-case noun before a
    punctuation mark ("le programme Fabriques de territoire.", "le label
    Villes de lumière,"): the noun is part of it."""
    if end + 2 < len(doc) and doc[end].lower_ in {"de", "d'"} and doc[end + 1].is_lower and doc[end + 1].pos_ == "NOUN" and doc[end + 2].is_punct:
        return end + 2
    return end


def _voiced_end(doc: Doc, k: int) -> int | None:
    """End of a name in the user's voice opening at ``k`` ("Mon soutien psy",
    "Ma prime adapt'"), which goes on in lower case; None for other names."""
    if doc[k].lower_ not in {"mon", "ma", "mes"}:
        return None
    end = k + 1
    while end < len(doc) and end - k < 5 and doc[end].is_alpha and doc[end].pos_ not in {"VERB", "AUX", "DET", "CCONJ", "PRON"} and not doc[end].is_stop:
        if end + 1 < len(doc) and doc[end + 1].pos_ == "DET":
            break  # "… adapt' aide les retraités": a verb the tagger took for a noun
        end += 1
    if end < len(doc) and doc[end].text in {"'", "’"} and not doc[end - 1].whitespace_:
        end += 1  # "Ma prime adapt'"
    return end if end > k + 1 else None


def _to_acronym(doc: Doc, span: Span, data: dict[str, Any]) -> tuple[Span, dict[str, Any]]:
    """"programme régional d'accès à la prévention et aux soins des plus démunis
    (PRAPS)": a name cut short runs on to the acronym that spells all of it."""
    close = parenthesis_ahead(doc, span.end)
    if close is not None and close > span.end and close + 2 < len(doc) and doc[close + 2].text == ")" and doc[close + 1].is_upper:
        if abbreviates(doc[close + 1].text, [t.text for t in doc[span.start : close]]) and not abbreviates(doc[close + 1].text, [t.text for t in span]):
            return Span(doc, span.start, close, label=span.label_), dict(data, name=None)
    return span, data


def _past_acronym_territory(doc: Doc, span: Span, data: dict[str, Any]) -> tuple[Span, dict[str, Any]]:
    """"plan local pour l'insertion et l'emploi (PLIE) du Pays de Morlaix": a
    local plan's territory after its acronym belongs to its name."""
    e = span.end
    if not (e + 4 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")" and doc[e + 1].is_upper and doc[e + 3].lower_ in {"du", "de", "des", "d'"}):
        return span, data
    k = e + 4 + (doc[e + 3].lower_ == "de" and doc[e + 4].lower_ in {"la", "l'"})
    if k >= len(doc) or not is_capitalized(doc[k]):
        return span, data
    end = extend_name(doc, k)
    if end < len(doc) and not (doc[end].is_punct or doc[end].pos_ in {"VERB", "AUX"} or is_break(doc[end])):
        return span, data  # (the name must end there)
    name = f"{span.text} {doc[e + 3 : end].text}"
    return Span(doc, span.start, end, label=span.label_), dict(data, name=name)


def _inner_acronym(span: Span) -> tuple[int, int] | None:
    """The acronym in parentheses inside a programme's name ("… (PLIE) du Pays de Morlaix")."""
    doc = span.doc
    return next(((k + 1, k + 2) for k in range(span.start, span.end - 2) if doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].is_upper), None)


def _to_period(doc: Doc, j: int) -> int | None:
    """End of lower-case words closed by a period of years ("de recrutement des
    volontaires 2026-2028"): a plan with its own dates is a named one."""
    k = j
    while k < len(doc) and k - j < 8 and (doc[k].is_lower and doc[k].is_alpha or doc[k].lower_ in {"d'", "l'"}) and doc[k].pos_ not in {"VERB", "AUX"}:
        if doc[k].lower_ in {"pour", "sur", "entre", "pendant", "durant", "période"}:
            return None  # "le plan vélo pour la période 2025-2031": the period is not in the name
        k += 1
    if k + 2 < len(doc) and re.fullmatch(r"(?:19|20)\d\d", doc[k].text) and doc[k + 1].text in {"-", "–"} and re.fullmatch(r"(?:19|20)\d\d", doc[k + 2].text):
        return k + 3
    return None


def _initials(tokens: Span) -> str:
    """Folded first letters of the content words: "contrats de relance et de transition écologique" -> "crte"."""
    return fold("".join(t.text[0] for t in tokens if t.is_alpha and t.lower_ not in _FUNCTION_WORDS))


def _with_spelled_adjective(doc: Doc, span: Span, data: dict[str, Any]) -> tuple[Span, dict[str, Any]]:
    """"le nouveau programme national de renouvellement urbain (NPNRU)": an
    adjective before the trigger belongs to the name when the acronym spells it."""
    i = span.start
    rng = acronym_after(doc, span)
    if rng is None or i == 0 or doc[i - 1].pos_ != "ADJ" or not doc[i - 1].is_lower:
        return span, data
    acronym = fold(doc[rng[0] : rng[1]].text)
    if _initials(span) != acronym and _initials(doc[i - 1 : span.end]) == acronym:
        return Span(doc, i - 1, span.end, label=span.label_), dict(data, name=None)
    return span, data


def _span(doc: Doc, start: int, end: int, kind: str, name: str | None = None) -> tuple[Span, dict[str, Any]]:
    return Span(doc, start, end, label="PROGRAMME"), {"kind": kind, "name": name}


@Language.factory(
    "pressextract_programmes",
    assigns=["doc.spans"],
    default_config={"models_dir": None},
)
def make_programmes(nlp: Language, name: str, models_dir: str | None) -> ProgrammeFinder:
    """Factory: ``nlp.add_pipe("pressextract_programmes")``."""
    return ProgrammeFinder(nlp, name, models_dir)
