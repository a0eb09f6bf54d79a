"""Figures: every quantitative fact, as value + unit (+ subject, qualifier).

How to read this file: the Matcher (rules in ``models/patterns/figures.jsonl``)
finds number cores: grouped digits "14 000", plain digits "1,5", number words
"deux cents", approximate nouns "une trentaine". ``_read`` then looks right
of a core for a scale ("millions", "M€"), a currency ("d'euros", "€"), a
percent sign or the counted noun phrase, and left of it for a qualifier
("plus de"). Cores that are years, dates, times, phone numbers, postal
codes, references ("article 12") or parts of names are dropped. A bare
number takes the unit of the last count of its sentence ("32 ouvertures …
(sur 89 …)"). "entre 10 et 15 millions" and "de 5 à 8 %" are ranges.
Results: ``doc.spans["figures"]`` with ``span._.figure`` = ``{"value",
"value_max", "unit", "subject", "qualifier"}``.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import numbers
from ..extensions import register_extensions
from ..periods import normalize_period
from ..resources import load_json, load_patterns
from ._tokens import is_break, is_capitalized, is_participle, overlaps, sentences_of

_ADJ_BEFORE_NOUN = 2  # "deux gros projets", "14 000 nouveaux emplois"
_PERIOD_REACH = 25  # tokens between a figure and the time expression of its sentence
_PLACE_REACH = 12
_PLACE_PREPOSITIONS = {"en", "dans", "à", "au", "aux", "sur", "partout"}


class FigureFinder:
    """Find figures and normalize them."""

    def __init__(self, nlp: Language, name: str, models_dir: str | None) -> None:
        register_extensions()
        self.name = name
        self.matcher = Matcher(nlp.vocab, validate=True)
        for rule in load_patterns("patterns/figures.jsonl", models_dir):
            self.matcher.add(f"{rule['label']}:{rule['id']}", [rule["pattern"]])
        self.period_matcher = Matcher(nlp.vocab, validate=True)
        for rule in load_patterns("patterns/periods.jsonl", models_dir):
            self.period_matcher.add(rule["id"], [rule["pattern"]])
        lex = load_json("lexicon/figures.json", models_dir)
        self.prenominal = set(lex["prenominal_adjectives"])
        self.participle_nouns = set(lex["participle_nouns"])
        self.qualifiers = [
            (kind, [t.lower_ for t in nlp.make_doc(phrase)])
            for kind, phrases in lex["qualifiers"].items()
            for phrase in phrases
        ]
        self.qualifiers.sort(key=lambda q: -len(q[1]))
        self.qualifiers_by_last: dict[str, list[list[str]]] = {}
        for _kind, words in self.qualifiers:
            self.qualifiers_by_last.setdefault(words[-1], []).append(words)
        self.not_after = set(lex["not_after"])
        self.not_before = set(lex["not_before"])
        self.months = set(lex["months"])
        self.measure_units = set(lex["measure_units"])
        self.not_units = set(lex["not_units"])

    def __call__(self, doc: Doc) -> Doc:
        blocked = [s for key in ("programmes", "organizations", "people") for s in doc.spans.get(key, [])]
        phone = _phone_tokens(doc)
        cores = []
        for match_id, start, end in self.matcher(doc):
            label = doc.vocab.strings[match_id].split(":")[0]
            cores.append(Span(doc, start, end, label=label))
        cores = [c for c in filter_spans(cores) if not overlaps(c, blocked) and not any(i in phone for i in range(c.start, c.end)) and not _in_place_name(doc, c)]
        by_start = {c.start: c for c in cores}
        sentences = sentences_of(doc)
        periods = self._periods(doc)
        places = self._places(doc, blocked)
        figures: list[Span] = []
        last_unit: dict[int, tuple[str, Any]] = {}  # sentence start -> (unit, chars) of its last count
        last_money: dict[int, str] = {}  # sentence start -> currency of its last amount
        head_unit: dict[int, tuple[str, Any]] = {}  # sentence start -> (unit, chars) of its last count not after a preposition
        skip_until = -1
        for core in cores:
            if core.start < skip_until or self._excluded(doc, core):
                continue
            fig = self._read(doc, core, by_start)
            if fig is None:
                continue
            skip_until = fig["end"]
            sent, sent_end = sentences.bounds(core.start)
            scaled = any(numbers.scale_of_word(t.text) for t in doc[core.start : fig["end"]])
            if fig["unit"] is None and scaled and sent in last_money:
                fig["unit"] = last_money[sent]  # "3,4 milliards d'euros de crédits, dont 1,1 milliard aux PME"
            elif fig["unit"] is None and ((noun := _number_after(doc, fig["end"])) is not None or sent not in last_unit and (noun := _number_of(doc, sent, core.start)) is not None):
                # "le nombre de licenciés a atteint 402 000"
                fig["unit"], fig["unit_chars"] = noun.text, [noun.idx, noun.idx + len(noun)]
                last_unit[sent] = (fig["unit"], fig["unit_chars"])
            elif fig["unit"] is None:
                if sent not in last_unit or doc[core.start - 1].lower_ in {"le", "du", "au"}:
                    continue  # "le 2": a day of the month, not an elliptical count
                if fig["end"] < len(doc) and doc[fig["end"]].lower_ in {"fois", "reprises"}:
                    continue  # "à trois reprises": how often, not a count of the sentence's last unit
                if last_unit[sent][0] in _DURATIONS and doc[core.start - 1].lower_ not in {"à", "et", "ou", "contre", "sur", "dont", "puis"}:
                    continue  # "Il y a trois ans, nous étions quatre": a count of people, not of years
                # "3 800 salariés dans 11 pays, dont 1 650 en France": a part of the sentence's first count
                # ("38 000 spectateurs en six jours, …, contre 33 000 l'an dernier": the count compared, not the duration)
                compared = doc[core.start - 1].lower_ == "contre" and last_unit[sent][0] in _DURATIONS and sent in head_unit
                fig["unit"], fig["unit_chars"] = head_unit.get(sent, last_unit[sent]) if doc[core.start - 1].lower_ == "dont" or compared else last_unit[sent]
            elif fig["unit_chars"] is not None:
                if doc[core.start - 1].lower_ == "dont" and sent in head_unit and (named := doc.char_span(*fig["unit_chars"])) is not None \
                        and len(named) == 1 and named[0].is_lower and (named[0].pos_ == "ADJ" or is_participle(named[0]) and _adverbial(doc, named[0].i + 1)):
                    # "212 espèces d'oiseaux dont 87 nicheuses": nesting species ("312 dossiers, dont 118 reçus à la suite de …": received files)
                    fig["unit_prefix"] = head_unit[sent][0]
                    fig["unit"] = f"{head_unit[sent][0]} {fig['unit']}"
                last_unit[sent] = (fig["unit"], fig["unit_chars"])
                if core.start == 0 or doc[core.start - 1].pos_ != "ADP":
                    head_unit[sent] = last_unit[sent]  # (not "dans 11 pays": a complement)
            elif fig["unit"] != "%":
                last_money[sent] = fig["unit"]
            if core.label_ == "APPROX" and core[0].lower_ in {"des", "quelques", "plusieurs"} and core[-1].lower_.endswith("s"):
                continue  # "quelques milliers de patchs", "des centaines de bénévoles": a unit for what follows, but no value
            parts = [(fig["start"], fig["end"], fig)]
            if fig["value_max"] is not None and fig.get("upper") is not None and _changes(doc, fig["start"]):
                # "l'effectif passera de 22 à 45 salariés": two counts, before and after
                upper = fig["upper"]
                parts = [(fig["start"], upper.start - 1, dict(fig, value_max=None)), (upper.start, fig["end"], dict(fig, value=fig["value_max"], value_max=None))]
            for begin, stop, data in parts:
                span = Span(doc, begin, stop, label="FIGURE")
                span._.figure = {k: data[k] for k in ("value", "value_max", "unit", "unit_chars", "subject", "qualifier")}
                if data.get("unit_prefix"):
                    span._.figure["unit_prefix"] = data["unit_prefix"]
                span._.figure["period"] = self._nearest(span, periods, (sent, sent_end))
                span._.figure["place"] = self._nearest(span, places, (sent, sent_end), reach=_PLACE_REACH)
                figures.append(span)
        doc.spans["figures"] = figures
        return doc

    # -- context: when and where -------------------------------------------
    def _periods(self, doc: Doc) -> list[tuple[Span, dict[str, Any]]]:
        found = [Span(doc, s, e, label=doc.vocab.strings[m]) for m, s, e in self.period_matcher(doc)]
        out = []
        for span in filter_spans(found):
            data = normalize_period(span.label_, span.text)
            if any(data.values()):
                data["chars"] = [span.start_char, span.end_char]
                out.append((span, data))
        return out

    @staticmethod
    def _places(doc: Doc, blocked: list[Span]) -> list[tuple[Span, dict[str, Any]]]:
        """"en Auvergne-Rhône-Alpes", "dans la France entière": a place the sentence scopes to."""
        out = []
        for ent in doc.ents:
            if ent.label_ != "LOC" or overlaps(ent, blocked) or ent.start == 0:
                continue
            start = ent.start + 1 if ent[0].pos_ == "DET" else ent.start
            lead = ent.start - 1
            if lead > 0 and doc[lead].lower_ in {"le", "la", "les", "l'"} and start == ent.start:
                lead -= 1  # "dans le Finistère"
            if start < ent.end and doc[lead].lower_ in _PLACE_PREPOSITIONS:
                out.append((ent, {"chars": [doc[start].idx, ent.end_char]}))
        return out

    @staticmethod
    def _nearest(fig: Span, context: list[tuple[Span, dict[str, Any]]], sentence: tuple[int, int], reach: int = _PERIOD_REACH) -> Any:
        """The context item of the figure's sentence closest to it, within ``reach`` tokens."""
        best, best_gap = None, reach + 1
        sent, sent_end = sentence
        for span, data in context:
            if span.start < sent or span.end > sent_end or overlaps(span, [fig]):
                continue
            gap = span.start - fig.end if span.start >= fig.end else fig.start - span.end
            if gap < best_gap:
                best, best_gap = data, gap
        return best

    # -- one figure ------------------------------------------------------
    def _excluded(self, doc: Doc, core: Span) -> bool:
        """Numbers that are not figures: years, dates, codes, references, names."""
        prev = doc[core.start - 1] if core.start > 0 else None
        nxt = doc[core.end] if core.end < len(doc) else None
        text = core.text
        this_one = prev is not None and core.start > 1 and doc[core.start - 2].lower_ in {"cette", "cet", "ce"}  # "cette saison 22 joueurs": a time, then a count
        # after a month, a day or a year ("juin 2025"), not a count ("découvert en juin 6,8 tonnes", "en mars 300 vélos")
        dated = prev is not None and prev.lower_ in self.months and text.isdigit() and (int(text) <= 31 or 1800 <= int(text) <= 2100)
        if prev is not None and prev.lower_ in self.not_after and not this_one or dated:
            return True
        if prev is not None and prev.text in {"«", "“", '"'} and nxt is not None and nxt.text in {"»", "”", '"'}:
            return True  # "à la tête du « 92 »": a number quoted alone is a name
        if prev is not None and prev.lower_ in {"le", "du", "au"} and text.lower() == "neuf" and (nxt is None or nxt.pos_ != "NOUN"):
            return True  # "que dans le neuf classique": new-build housing, not nine
        if prev is not None and prev.lower_ == "entre" and core.text.lower() == "deux" and not any(t.lower_ == "et" for t in doc[core.end : core.end + 4]):
            return True  # "entre deux cours", "entre deux rendez-vous": a moment, not a count
        clock = prev is not None and prev.lower_ in {"à", "vers", "dès", "avant", "après", "jusqu'à", "de"}  # "à 18 heures de …"
        if nxt is not None and nxt.lower_ in self.not_before and (clock or not _counted_hours(doc, core.end)):
            return True
        if prev is not None and prev.text in {"-", "/", "."} and not prev.whitespace_ and core.start > 1 and doc[core.start - 2].like_num:
            return True  # the tail of a code or a date: "n° 12-2025-0807", "12/03"
        if nxt is not None and nxt.text in {"-", "/"} and not core[-1].whitespace_ and core.end + 1 < len(doc) and doc[core.end + 1].like_num:
            return True  # the head of one
        money_or_scale = nxt is not None and (numbers.parse_unit_token(nxt.text) or numbers.scale_of_word(nxt.text) or nxt.text == "%")
        if core.label_ == "NUM" and len(core) == 1 and core[0].lower_ in {"un", "une"} and not money_or_scale:
            return True  # an article far more often than a count; "un million" is one
        if len(core) == 1 and text.isdigit() and len(text) == 4 and 1800 <= int(text) <= 2100 and not money_or_scale:
            return True  # a year
        if len(core) == 1 and text.isdigit() and len(text) == 5 and nxt is not None and (is_capitalized(nxt) or nxt.lower_ == "cedex"):
            return True  # a postal code before a town
        if prev is not None and prev.lower_ in {"min", "s", "h", "sec"} and core.start > 1 and doc[core.start - 2].like_num:
            return True  # "en 1 min 57 s 84": the rest of a time, not a count
        if prev is not None and prev.lower_ in {"tous", "toutes"} and text.lower() in {"deux", "trois", "quatre"}:
            return True  # "toutes deux éleveuses": the people just named, not a count
        if nxt is not None and nxt.lower_ == "questions" and core.end + 1 < len(doc) and doc[core.end + 1].lower_ in {"à", "a"}:
            return True  # "Trois questions à X": an interview's heading, not a count
        if prev is not None and prev.lower_ == "sur" and core.start > 2 and doc[core.start - 3].text == text and doc[core.start - 2].lower_ in {"heures", "h", "jours", "j"}:
            return True  # "ouvertes 24 heures sur 24", "7 jours sur 7": all the time, not a count
        if prev is not None and is_capitalized(prev) and not prev.is_sent_start and not prev.is_punct and not money_or_scale and prev.pos_ == "PROPN":
            return True  # part of a name: "Horizon 2020", "Next 40"
        if prev is not None and is_capitalized(prev) and prev.is_alpha and not prev.is_sent_start and text.isdigit() and len(text) <= 2 \
                and not money_or_scale and (nxt is None or nxt.is_punct or nxt.pos_ in {"ADP", "CCONJ", "DET"}):
            return True  # "montent en Nationale 1, le troisième niveau", "la Ligue 2": a league's number, whatever the tagger calls its word
        if prev is not None and prev.lower_ == "à" and core.start > 2 and doc[core.start - 2].like_num and is_capitalized(doc[core.start - 3]) \
                and doc[core.start - 3].pos_ == "PROPN" and not money_or_scale:
            return True  # "a battu l'AS Béziers Hérault 27 à 19": a match's score (its first number is part of the name above)
        return False

    def _qualifier(self, doc: Doc, start: int) -> int:
        """Start of the qualifier ("plus de", "jusqu'à") before token ``start``."""
        if start == 0:
            return start
        for words in self.qualifiers_by_last.get(doc[start - 1].lower_, ()):
            n = len(words)
            if start - n >= 0 and [t.lower_ for t in doc[start - n : start]] == words:
                return start - n
        return start

    def _numeric_end(self, doc: Doc, core: Span) -> int:
        """End of the number with its scale, currency or percent sign."""
        j, n = core.end, len(doc)
        if core.label_ == "APPROX" and j + 1 < n and doc[j].lower_ in {"de", "d'"} and (
            numbers.scale_of_word(doc[j + 1].text) or doc[j + 1].lower_ in {"millier", "milliers"}
        ):
            j += 2  # "une trentaine de millions", "des dizaines de milliers"
        if j < n and (numbers.scale_of_word(doc[j].text) or numbers.parse_unit_token(doc[j].text)):
            j += 1
        if j < n and (doc[j].text in numbers.CURRENCY_SIGNS or numbers.currency_of_word(doc[j].text) or doc[j].text == "%"):
            j += 1
        elif j + 1 < n and doc[j].lower_ in {"d'", "de"} and numbers.currency_of_word(doc[j + 1].text):
            j += 2
        elif j + 1 < n and doc[j].lower_ == "pour" and doc[j + 1].lower_ == "cent":
            j += 2
        return j

    def _read(self, doc: Doc, core: Span, by_start: dict[int, Span]) -> dict[str, Any] | None:
        """Extents from tokens, meaning from ``numbers.parse_quantity``."""
        start = self._qualifier(doc, core.start)
        if start > 0 and doc[start - 1].text in {"-", "+", "–"} and not doc[start - 1].whitespace_ and (start < 2 or doc[start - 2].whitespace_ or doc[start - 2].is_punct):
            start -= 1  # a sign: "-3 %", "–4,3 %", "+0,8 %"
        num_end = self._numeric_end(doc, core)
        text_start = start
        last = core
        # ranges: "entre 10 et 15 millions", "de 5 à 8 %"
        if num_end + 1 < len(doc) and doc[num_end].lower_ in {"et", "à", "-"} and (num_end + 1) in by_start and start == core.start and core.start > 0 and doc[core.start - 1].lower_ in {"entre", "de", "d'"}:
            upper = by_start[num_end + 1]
            if not self._excluded(doc, upper):
                text_start = core.start - 1
                num_end = self._numeric_end(doc, upper)
                last = upper
        quantity = numbers.parse_quantity(doc[text_start:num_end].text)
        if quantity is not None and last is not core and quantity.value_max is None:
            # ("recule de 8 % à 118 millions d'euros": two units, no range; each number is read on its own)
            text_start, num_end, last = start, self._numeric_end(doc, core), core
            quantity = numbers.parse_quantity(doc[text_start:num_end].text)
        if quantity is None:
            return None
        unit = quantity.unit if quantity.unit in numbers.ISO_AND_PERCENT else None
        unit_chars = subject = None
        j = num_end
        if unit is None:
            scaled = doc[num_end - 1].i >= last.end  # ("de 120 à 150 salariés": a range, not a scale word)
            need_de = scaled or last.label_ == "APPROX" or last[-1].lower_ == "mille"
            found = self._noun_phrase(doc, j, need_de)
            if found is None and j + 1 < len(doc) and doc[j].lower_ in {"des", "sur"} and (j + 1) in by_start:
                # "27 des 41 stations de mesure", "12 sur 40 communes": part of the next count, in its unit
                whole = by_start[j + 1]
                nxt = self._noun_phrase(doc, self._numeric_end(doc, whole), False)
                if nxt is not None:
                    unit_span = nxt[0]
                    unit, unit_chars = unit_span.text, [unit_span.start_char, unit_span.end_char]
            if found is not None:
                unit_span, subject, j = found
                unit, unit_chars = unit_span.text, [unit_span.start_char, unit_span.end_char]
        elif j + 1 < len(doc) and doc[j].lower_ in {"d'", "de"} and doc[j + 1].pos_ == "NOUN" and unit != "%":
            subject = doc[j + 1 : j + 2]  # "1,5 milliard d'euros d'investissements"
        return {
            "start": start if text_start == start else text_start, "end": j, "value": quantity.value, "unit": unit,
            "unit_chars": unit_chars, "subject": [subject.start_char, subject.end_char] if subject is not None else None,
            "qualifier": quantity.qualifier, "value_max": quantity.value_max, "upper": last if last is not core else None,
        }

    def _is_head_noun(self, tok: Any, allow_adj: bool = False) -> bool:
        """Whether ``tok`` can be what a number counts."""
        if tok.lower_ in self.measure_units:
            return True
        # ("11 300 chasseurs": a lower-case plural the tagger may call a proper noun)
        pos_ok = tok.pos_ == "NOUN" or allow_adj and tok.pos_ == "ADJ" or tok.lower_ in self.participle_nouns or tok.pos_ == "PROPN" and tok.is_lower and tok.lower_.endswith(("s", "x"))
        doc = tok.doc
        # "six allers-retours": a compound the tagger splits, whatever it calls its first word
        pos_ok = pos_ok or tok.is_lower and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ and not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].pos_ == "NOUN"
        return pos_ok and tok.lower_ not in self.not_units and tok.lower_ not in self.months and (tok.is_alpha or "-" in tok.text)

    def _noun_phrase(self, doc: Doc, j: int, need_de: bool) -> tuple[Span, Span | None, int] | None:
        """(unit, subject or None, end) of the counted noun phrase at ``j``."""
        n = len(doc)
        if need_de:
            if j < n and doc[j].lower_ in {"de", "d'"}:
                j += 1
            elif j < n and doc[j].lower_ not in self.measure_units:
                return None
        adjs = 0
        while j < n and doc[j].pos_ == "ADJ" and adjs < _ADJ_BEFORE_NOUN and doc[j].lower_ not in self.measure_units:
            j, adjs = j + 1, adjs + 1
        backed_off = False
        if j < n and not self._is_head_noun(doc[j]) and adjs:
            # the tagger took the noun for an adjective: "deux cents stagiaires"
            j, adjs, backed_off = j - 1, adjs - 1, True
        # "45 000 heures de travail": hours of something are counted, not a time
        if j >= n or is_break(doc[j]) or not (_counted_hours(doc, j) or self._is_head_noun(doc[j], allow_adj=backed_off)):
            return None
        if doc[j].lower_ in self.prenominal and j + 1 < n and doc[j + 1].pos_ == "NOUN" and self._is_head_noun(doc[j + 1]) and adjs < _ADJ_BEFORE_NOUN:
            j, adjs = j + 1, adjs + 1  # "cinq jeunes artisans": the tagger took the adjective for the noun
        head = doc[j]
        is_unit = head.lower_ in self.measure_units
        unit_end = j + 1
        while unit_end + 1 < n and doc[unit_end].text == "-" and not doc[unit_end - 1].whitespace_ and not doc[unit_end].whitespace_ and doc[unit_end + 1].is_alpha:
            unit_end += 2  # "2 100 sapeurs-pompiers"
        if unit_end + 1 < n and doc[unit_end].lower_ in {"de", "d'", "du", "des"} and doc[unit_end + 1].pos_ == "NOUN" and not is_unit:
            unit_end += 2
            while unit_end < n and doc[unit_end].pos_ == "ADJ":
                unit_end += 1
        end = unit_end
        while end < n and doc[end].pos_ == "ADJ" and not is_break(doc[end]):
            end += 1
        first = j - adjs
        # the unit is the noun phrase as written, adjectives before the noun
        # included ("140 nouvelles écoles de vélo"); the subject adds those after it
        subject = doc[first:end] if (first, end) != (first, unit_end) else None
        return doc[first:unit_end], subject, end


def _phone_tokens(doc: Doc) -> set[int]:
    """Indices of tokens in runs of two-digit groups ("04 72 59 40 00")."""
    out: set[int] = set()
    run: list[int] = []
    for tok in list(doc) + [None]:  # type: ignore[list-item]
        if tok is not None and len(tok.text) == 2 and tok.text.isdigit():
            run.append(tok.i)
            continue
        if tok is not None and tok.text in {"+33", "(0)"} :
            run.append(tok.i)
            continue
        if len(run) >= 4:
            out.update(run)
            out.update(i - 1 for i in run if i > 0 and doc[i - 1].text.startswith("+"))
        run = []
    return out


def _counted_hours(doc: Doc, j: int) -> bool:
    """"45 000 heures de travail", "120 heures de formation": hours of
    something are what the number counts, not a time of day."""
    if j + 2 < len(doc) and doc[j].lower_ == "heures" and doc[j + 1].lower_ == "par" and doc[j + 2].lower_ in {"semaine", "jour", "mois", "an", "année"}:
        return True  # "ouverte 42 heures par semaine"
    return j + 2 < len(doc) and doc[j].lower_ == "heures" and doc[j + 1].lower_ in {"de", "d'"} and doc[j + 2].pos_ == "NOUN"


@Language.factory("pressextract_figures", assigns=["doc.spans"], default_config={"models_dir": None})
def make_figures(nlp: Language, name: str, models_dir: str | None) -> FigureFinder:
    """Factory: ``nlp.add_pipe("pressextract_figures")``."""
    return FigureFinder(nlp, name, models_dir)


def _adverbial(doc: Doc, k: int) -> bool:
    """Whether an adverbial complement opens at ``k`` ("reçus pour la première
    fois", "reçus à la suite de …", "installés depuis 2010"): after it, a
    participle describes the counted noun (not "15 conduites sans assurance")."""
    return k < len(doc) and doc[k].lower_ in {"pour", "par", "à", "au", "aux", "en", "depuis", "lors", "dans", "après", "avant", "cette", "ce", "cet"}


def _in_place_name(doc: Doc, core: Span) -> bool:
    """"les Deux-Sèvres", "Trois-Rivières": a capitalized number word joined
    to a capitalized name by a hyphen is part of a place name."""
    first, last = doc[core.start], doc[core.end - 1]
    joined = core.end + 1 < len(doc) and doc[core.end].text == "-" and not last.whitespace_ and is_capitalized(doc[core.end + 1])
    return first.is_alpha and is_capitalized(first) and joined


def _number_of(doc: Doc, lo: int, i: int) -> Any:
    """The plural noun of "le nombre de licenciés" opening the clause of the
    number at ``i`` (within its sentence, from ``lo``), or None."""
    for j in range(i - 2, lo, -1):
        if doc[j].is_punct:
            return None
        if doc[j].lower_ == "nombre" and doc[j + 1].lower_ in {"de", "d'"} and doc[j + 2].pos_ == "NOUN" and doc[j + 2].lower_.endswith(("s", "x")):
            return doc[j + 2]
    return None


def _number_after(doc: Doc, end: int) -> Any:
    """The plural noun of "le nombre de communes" right after a bare number
    ("porter à 12 le nombre de communes"), or None."""
    words = doc[end : end + 4]
    if len(words) == 4 and words[0].lower_ == "le" and words[1].lower_ == "nombre" and words[2].lower_ in {"de", "d'"} \
            and words[3].pos_ == "NOUN" and words[3].lower_.endswith(("s", "x")):
        return words[3]
    # "qui a perdu 180 de ses 600 ruches", "180 sur 600 ruches": a part of the whole counted right after
    # (not "un ATR 72 de 70 places": after "de", a determiner must come: "de ses", "des")
    k = end + 1 if end < len(doc) and doc[end].lower_ in {"de", "des", "sur"} else None
    if k is not None and k < len(doc) and doc[k].lower_ in {"ses", "leurs", "nos", "vos", "ces", "les"}:
        k += 1
    elif k is not None and doc[end].lower_ == "de":
        return None
    if k is None or k >= len(doc) or not doc[k].like_num:
        return None
    while k < len(doc) and doc[k].like_num:  # ("600", "1 200" split in two)
        k += 1
    if k < len(doc) and doc[k].pos_ == "NOUN" and doc[k].is_lower and doc[k].lower_.endswith(("s", "x")):
        return doc[k]
    return None


_DURATIONS = {"ans", "années", "mois", "semaines", "jours", "heures"}

# what a change "de A à B" counts after its verb: "a porté le nombre de conseillers de 48 à 61", "portant le tarif annuel de 45 à 90 euros"
_CHANGED_QUANTITIES = {"nombre", "nombres", "effectif", "effectifs", "part", "taux", "capacité", "tarif", "tarifs", "prix", "montant", "loyer", "loyers", "coût",
                       "redevance", "cotisation", "plafond", "salaire", "budget", "budgets", "moyens", "enveloppe", "dotation", "subvention"}
_CHANGE_STEMS = ("pass", "augment", "croî", "croi", "crû", "grimp", "baiss", "diminu", "recul", "progress", "évolu", "bond", "chut", "port", "ramen", "tomb", "mont")


def _changes(doc: Doc, start: int) -> bool:
    """Whether the range opening at token ``start`` ("de 22 à 45") follows a
    verb of change ("passera", "a augmenté", "est passé"): a before and an after."""
    j = start - 1
    while j >= 0 and doc[j].pos_ == "ADV":
        j -= 1
    if j >= 0 and doc[j].pos_ not in {"VERB", "AUX"}:
        # "a porté le nombre de conseillers de terrain de 48 à 61": past the object the change counts
        k = j
        while k > 0 and start - k < 8 and (doc[k].pos_ in {"NOUN", "ADJ", "DET", "ADP"} or is_participle(doc[k]) and "Past" in doc[k].morph.get("Tense") and doc[k - 1].pos_ == "NOUN") and doc[k].is_lower:
            k -= 1
        if k < j and doc[k + 1].pos_ == "DET" and any(t.lower_ in _CHANGED_QUANTITIES for t in doc[k + 1 : j + 1]):
            j = k
    return j >= 0 and doc[j].pos_ in {"VERB", "AUX"} and doc[j].lower_.startswith(_CHANGE_STEMS)  # (the pipeline runs no lemmatizer)
