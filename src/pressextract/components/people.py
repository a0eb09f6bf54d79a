"""People: named natural persons, from the statistical NER and civilities.

Candidates are the model's PER entities and "civility + capitalized name"
("M. Martin", "Mme Pernod", "Dr Léa Roux"). They are cleaned (civility and
line breaks cut off, the name kept as written) and dropped when they sit in
an organization or programme name, follow a street or building word ("avenue
Jean Jaurès", "lycée Victor Hugo"), or are a lone word never introduced in
full. Results: ``doc.spans["people"]`` with ``span._.person`` =
``{"civility"}``.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import register_extensions
from ..resources import load_json
from ._tokens import COMPASS, ROWS, is_break, is_capitalized, keep_longest, overlaps

_APPOINTED = {"élu", "élue", "élit", "élisent", "réélu", "réélue", "nommé", "nommée", "nomme", "désigné", "désignée", "désigne", "reconduit", "reconduite", "choisi", "choisie"}


_TITLE_WORDS_NEVER_NAMES = {"directeur", "directrice", "président", "présidente", "responsable", "gérant", "gérante", "fondateur", "fondatrice", "dirigeant", "dirigeante"}


class PeopleFinder:
    """Find person mentions."""

    def __init__(self, nlp: Language, name: str, models_dir: str | None) -> None:
        register_extensions()
        self.name = name
        lex = load_json("lexicon/titles.json", models_dir)
        self.civilities = {c.lower() for c in lex["civilities"]}
        self.ranks = {r for r in lex["ranks"] if " " not in r}
        self.titles = set(lex["heads"])
        self.title_openers = self.titles | set(lex["former_markers"]) | set(lex["title_modifiers"])
        people_lex = load_json("lexicon/people.json", models_dir)
        self.thing_words = set(people_lex["thing_words"])
        self.firm_words = set(people_lex["firm_words"])  # "Cabinet Chauvel Expertise": a firm's name, no person's
        self.players = set(lex["player_heads"])
        self.nationalities = set(lex["nationality_adjectives"])
        names = load_json("lexicon/first_names.json", models_dir)
        self.first_names = set(names["feminine"]) | set(names["masculine"])

    def __call__(self, doc: Doc) -> Doc:
        blocked = list(doc.spans.get("organizations", [])) + list(doc.spans.get("programmes", []))
        candidates = []
        for ent in doc.ents:
            # ("remplace Caroline Meunier à la tête du site": a first name and a surname the model calls a place)
            # ("Présidente : Catherine BELLANGER-KERAUDREN": a hyphen glued inside the surname)
            words = [t for t in ent if not (t.text == "-" and not t.whitespace_ and t.i > ent.start and not doc[t.i - 1].whitespace_)]
            named = ent.label_ in {"LOC", "MISC"} and 2 <= len(words) <= 3 and all(is_capitalized(t) for t in words) and (
                ent[0].text in self.first_names
                # ("la centre fidjienne Litia X", "le chef finlandais Aapo X": a trade or a position and a nationality before a name)
                or ent.start > 1 and doc[ent.start - 1].lower_ in self.nationalities and doc[ent.start - 2].lower_ in self.titles | self.players)
            # ("la talonneuse Marine X": a first name after a title, whatever the model's label)
            titled = ent.label_ == "ORG" and len(words) == 2 and ent[0].text in self.first_names and is_capitalized(words[1]) and ent.start > 0 \
                and doc[ent.start - 1].lower_ in self.titles | self.players
            if ent.label_ == "PER" or named or titled:
                # ("le troisième ligne Romain Delmas-Ribot": a first name the model gave another label, right before the surname)
                start = ent.start - 1 if ent.label_ == "PER" and ent.start > 0 and doc[ent.start - 1].text in self.first_names \
                    and doc[ent.start - 1].ent_type_ != "PER" and doc[ent.start - 1].whitespace_ else ent.start
                span = self._clean(doc, start, ent.end)
                if span is not None:
                    candidates.append(span)
        for tok in doc:
            if self._is_civility(doc, tok.i) and tok.i + 1 < len(doc) and is_capitalized(doc[tok.i + 1]):
                end = self._name_end(doc, tok.i + 1)
                span = self._clean(doc, tok.i, end)
                if span is not None:
                    candidates.append(span)
        candidates += self._by_apposition(doc)
        candidates += self._by_appointment(doc)
        # "Habitat Solidaire", "Pierre Fabre": a name the text also uses for an organization
        org_names = {o.text for o in doc.spans.get("organizations", []) if not (o._.org or {}).get("anaphor")}
        # ("l'AOP Chevrotin des Aravis", then "le fromage de Chevrotin des Aravis": the end of a programme's name elsewhere)
        programme_tails = [g.text for g in doc.spans.get("programmes", []) if len(g) > 2]
        people = keep_longest([(p, d) for p, d in candidates if not overlaps(p, blocked) and not self._after_place_word(doc, p) and p.text not in org_names
                               and not any(t.endswith(" " + p.text) for t in programme_tails)], "person")
        full_surnames = {p[-1].lower_ for p in people if len(p) > 1}
        doc.spans["people"] = [p for p in people if len(p) > 1 or p._.person["civility"] or p[0].lower_ in full_surnames]
        return doc

    def _is_civility(self, doc: Doc, i: int) -> bool:
        tok = doc[i]
        word = tok.lower_
        if word in {"m", "mm", "dr", "pr", "me"} and i + 1 < len(doc) and doc[i + 1].text == ".":
            return False  # the dot is split off: "M ." is handled as "M."
        return word in self.civilities and is_capitalized(tok)

    @staticmethod
    def _name_end(doc: Doc, start: int) -> int:
        """End of "Jean-Pierre Martin" or "DUPONT" after a civility (at most 4 tokens)."""
        end = start
        for j in range(start, min(len(doc), start + 6)):
            tok = doc[j]
            if tok.text == "-" and not tok.whitespace_ and j > start:
                continue
            if is_capitalized(tok) and tok.is_alpha or (tok.text.endswith(".") and len(tok) == 2 and tok.text[0].isupper()):
                end = j + 1
                continue
            if tok.lower_ in {"de", "du", "d'", "le", "la"} and j + 1 < len(doc) and is_capitalized(doc[j + 1]) and j > start:
                continue
            break
        return end

    def _by_apposition(self, doc: Doc) -> list[tuple[Span, dict[str, Any]]]:
        """"Franck Meyer, président de …": a first and last name the model
        missed, recognised by the function title in apposition after it."""
        found = []
        for i, tok in enumerate(doc[:-2]):
            if tok.text != "," or doc[i + 1].lower_ not in self.title_openers:
                continue
            start = i
            while start > 0 and i - start < 4 and (is_capitalized(doc[start - 1]) and doc[start - 1].is_alpha or doc[start - 1].lower_ in {"de", "le", "-"}):
                start -= 1
            if start > 0 and doc[start].lower_ in {"de", "le"} and doc[start - 1].ent_type_ == "PER" and is_capitalized(doc[start - 1]):
                start -= 1  # "Maarten de Wijs-Kooiman, CEO de …": the first name the model reads before the particle
            while start < i and (not is_capitalized(doc[start]) or doc[start].is_stop):
                start += 1  # "Pour Julie Caron, …": the name starts after the preposition
            words = [t for t in doc[start:i] if t.is_alpha and is_capitalized(t)]
            if len(words) < 2 or any(t.is_upper and len(t) > 1 for t in words[:1]) or doc[start].lower_ in self.civilities:
                continue
            span = self._clean(doc, start, i)
            if span is not None:
                found.append(span)
        return found

    def _by_appointment(self, doc: Doc) -> list[tuple[Span, dict[str, Any]]]:
        """"a élu Romain Petit vice-président de …": a first and last name
        between a verb of appointment and the title it gives."""
        found = []
        for i, tok in enumerate(doc[:-3]):
            if tok.lower_ not in _APPOINTED:
                continue
            end = i + 1
            while end < len(doc) and end - i <= 4 and (is_capitalized(doc[end]) and doc[end].is_alpha or doc[end].text == "-" and not doc[end].whitespace_):
                end += 1
            if end - i >= 3 and end < len(doc) and doc[end].lower_ in self.title_openers and not doc[i + 1].is_stop:
                span = self._clean(doc, i + 1, end)
                if span is not None:
                    found.append(span)
        return found

    def _clean(self, doc: Doc, start: int, end: int) -> tuple[Span, dict[str, Any]] | None:
        civility = None
        for j in range(start, end):
            if is_break(doc[j]) or doc[j].text in {",", "(", ")", ":", ";", "«", "»", '"'}:
                end = j
                break
        if start + 2 < end and doc[start].lower_ in _OPENING_PREPOSITIONS and doc[start + 1].lower_ in {"de", "d'", "du", "des"}:
            start += 2  # "Autour de Frédéric X, directeur général, …": a preposition the model took into the name
        elif start + 3 < end and doc[start].pos_ == "NOUN" and doc[start].ent_type_ != "PER" and doc[start + 1].lower_ in {"de", "d'", "du"} and doc.vocab[doc[start].lower_].has_vector:
            start += 2  # "Disparition de Roger X, maire de …": a headline's noun before the name
        while start < end and self._is_civility(doc, start):
            civility = doc[start].text
            start += 1
        while start + 1 < end and doc[start].lower_ in self.ranks and doc[start].is_lower and is_capitalized(doc[start + 1]):
            start += 1  # "le colonel Deleuze": a grade, not part of the name
        if start > 0 and civility is None and self._is_civility(doc, start - 1):
            civility = doc[start - 1].text
        cut = next((j for j in range(start + 2, end) if doc[j].lower_ in self.titles and is_capitalized(doc[j])
                    and (j + 1 < end or doc[j].lower_ in _TITLE_WORDS_NEVER_NAMES)), None)  # (not "Manon Le Pape": a surname)
        if cut is not None:
            end = cut  # "nomme Karima X Directrice Générale France": a capitalized title after the name
        while end > start and (doc[end - 1].is_punct and doc[end - 1].text != "." or doc[end - 1].is_space):
            end -= 1
        # "Guivarc'" + "h": the model stopped inside a name the tokenizer split
        while end < len(doc) and doc[end - 1].text.endswith("'") and not doc[end - 1].whitespace_ and doc[end].is_alpha:
            end += 1
        if end <= start:
            return None
        if civility is None and all(t.is_upper for t in doc[start:end] if t.is_alpha):
            return None  # "HAROPA PORT": capitals only and no civility, a name of a thing
        words = [t for t in doc[start:end] if t.is_alpha]
        if not words or not all(is_capitalized(t) for t in words if len(t) > 3 and t.lower_ not in {"de", "du", "des", "le", "la"}):
            return None
        if doc[start].lower_ in self.titles:
            return None
        if end - start > 1 and civility is None and (doc[start].lower_ in self.thing_words or doc[start].lower_ in self.firm_words):
            return None  # "Cabinet Chauvel Expertise", "Menuiserie Pelé": a firm named after someone, no person
        if civility is None and start > 0 and doc[start - 1].lower_ in {"la", "le", "les", "l'"} and doc[start].pos_ != "PROPN" and doc.vocab[doc[start].lower_].has_vector:
            return None  # "la Fabrique de Vouziers": an article before a common noun, a place or a thing
        if start > 1 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
            return None  # "Centre-Val de Loire": the end of a hyphenated place name
        if civility is None and end - start > 1 and doc[end - 1].text in COMPASS:
            return None  # "Hydrotech Ouest": a company's regional name, no person's
        if civility is None and _in_work_title(doc, start, end):
            return None  # "une adaptation de « La Maison de Bernarda Alba »": a work's title, no person of the text
        if civility is None and end + 3 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "dont" and doc[end + 2].lower_ in {"le", "la", "les", "l'"} \
                and doc[end + 3].lower_ in _BODY_PARTS:
            return None  # "confiée à Tisséo Voyageurs, dont le directeur général, X": a body with its head or its seat, no person
        return Span(doc, start, end, label="PER"), {"civility": civility}

    def _after_place_word(self, doc: Doc, span: Span) -> bool:
        """"avenue Jean Jaurès", "le salon Hannover Messe", "le syndicat mixte
        Mégalis Bretagne": a name right after such a word names a thing."""
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and prev.lower_ in {"de", "du", "d'"} and span.start > 1:
            prev = doc[span.start - 2]
        if prev is not None and prev.lower_ == "ligne" and prev.i > 0 and doc[prev.i - 1].lower_ in ROWS:
            return False  # "le deuxième ligne Maxime X": a rugby forward
        if prev is not None and prev.lower_ == "centre" and any(t.lower_ in self.players for t in span.sent):
            return False  # "du centre Hugo X, … et de l'arrière Thomas Y": a three-quarter among players
        # ("l'atelier Faure-Vézinhet", "la menuiserie Pelé": a firm named after its founders, no person)
        return prev is not None and (prev.lower_ in self.thing_words or prev.lower_ in self.firm_words and not any(t.whitespace_ for t in span[:-1]))


def _in_work_title(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens start..end sit in a short title between guillemets that
    opens with a capitalized article ("« La Maison de Bernarda Alba »")."""
    opener = next((k for k in range(start - 1, max(-1, start - 8), -1) if doc[k].text in {"«", "»"}), None)
    closer = next((k for k in range(end, min(len(doc), end + 8)) if doc[k].text in {"«", "»"}), None)
    if opener is None or closer is None or doc[opener].text != "«" or doc[closer].text != "»" or closer - opener > 12:
        return False
    first = opener + 1 + (doc[opener + 1].is_space if opener + 1 < len(doc) else 0)
    # (a noun phrase: not a quotation that names someone, "« Le travail de Marie Curie reste un modèle »")
    return first < start and doc[first].text in {"La", "Le", "Les", "L'", "L’", "Un", "Une"} and not any(t.pos_ in {"VERB", "AUX"} for t in doc[opener:closer])


_BODY_PARTS = {"directeur", "directrice", "président", "présidente", "siège", "capital", "usine", "usines", "filiale", "filiales", "salariés", "effectif", "actionnaire"}
_OPENING_PREPOSITIONS = {"autour", "auprès", "près", "lors", "face", "grâce", "hors", "loin", "à côté"}  # (before "de")


@Language.factory(
    "pressextract_people",
    assigns=["doc.spans"],
    default_config={"models_dir": None},
)
def make_people(nlp: Language, name: str, models_dir: str | None) -> PeopleFinder:
    """Factory: ``nlp.add_pipe("pressextract_people")``."""
    return PeopleFinder(nlp, name, models_dir)
