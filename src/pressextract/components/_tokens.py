"""Small token helpers shared by the components (no state, no data)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from weakref import WeakKeyDictionary

from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..normalize import fold
from ..resources import load_json, load_tsv


def is_break(tok: Token) -> bool:
    """A token that ends any phrase: a line break or blank."""
    return tok.is_space and "\n" in tok.text


def closing(doc: Doc, k: int, mark: str, reach: int) -> int | None:
    """Index of the first ``mark`` ("»", ")") after token ``k``, fewer than
    ``reach`` tokens on from it; None when it does not come."""
    return next((c for c in range(k + 1, min(len(doc), k + reach)) if doc[c].text == mark), None)


def is_capitalized(tok: Token) -> bool:
    """Starts with an upper-case letter (proper names, acronyms)."""
    return bool(tok.text) and tok.text[0].isupper()


def _dateline(doc: Doc, i: int) -> bool:
    """Whether a place at ``i`` opens a dateline ("– Le Mans, le 21 mai 2027")."""
    j = i
    while j < len(doc) and j - i < 4 and (is_capitalized(doc[j]) or doc[j].text == "-"):
        j += 1
    return j + 1 < len(doc) and doc[j].text == "," and (doc[j + 1].lower_ == "le" or doc[j + 1].like_num)


def extend_name(doc: Doc, start: int, limit: int | None = None, allow_lower: bool = False, stop: frozenset[str] = frozenset()) -> int:
    """End (exclusive) of a proper-name chain beginning at ``start``.

    The chain takes capitalized tokens, hyphens glued to them, digits glued
    to a name, and linking words followed by more name. With
    ``allow_lower`` (descriptive names: "Agence nationale de la recherche",
    "ministère de la Transition écologique") it also takes adjectives and
    participles, and nouns that follow a linking word. A word in ``stop``
    (another organization's head after "et du …") ends the chain. Trailing
    links are never kept.
    """
    limit = len(doc) if limit is None else min(limit, len(doc))
    end = start
    i = start
    after_et = False
    et_at: int | None = None
    while i < limit:
        tok = doc[i]
        # ("ministère de la Culture et du ministère de …": a second name; not "Union de la droite et du centre",
        # a head word that names nothing after it)
        if is_break(tok) or (after_et and tok.lower_ in stop and (is_capitalized(tok) or _names_after(doc, i + 1, limit))):
            if not is_break(tok) and is_capitalized(tok) and et_at is not None and i - et_at <= 6 and all(is_capitalized(t) for t in doc[et_at + 1 : i] if t.lower_ not in _LINK_WORDS and t.text != "-"):
                end = min(end, et_at)  # "la Ville de Morlaix et de Morlaix Communauté": the second body's name began after "et"
            break
        if end == i and _dash_in_name(doc, i, start, limit):
            i += 1
            continue
        if tok.text in {"-", "'"}:
            # a hyphen or apostrophe belongs to a name only when glued to it
            if i == start or doc[i - 1].whitespace_ or tok.whitespace_:
                break
            if allow_lower and i + 1 < limit and doc[i - 1].is_lower and doc[i + 1].is_lower and doc[i + 1].is_alpha and end == i:
                end = i + 2  # "de canoë-kayak": a compound word inside a descriptive name
                i += 2
                continue
            i += 1
            continue
        if tok.text == "," and allow_lower and end == i:
            listed = _listed_end(doc, i, limit)
            if listed is None:
                break
            end = i = listed  # "ministère de l'Agriculture, de la Souveraineté alimentaire et de la Forêt"
            allow_lower = False  # the list closes the descriptive part: "… et de l'environnement paraît"
            continue
        if tok.text == "&" and end == i and i + 1 < limit and is_capitalized(doc[i + 1]):
            i += 1  # "Lemoine & Associés"
            continue
        if tok.is_punct:
            break
        counted = i + 1 < limit and (doc[i + 1].text in {"%", "€"} or doc[i + 1].lower_ in {"euros", "millions", "milliards", "pour", "par"})  # "… de la Creuse 20 %"
        # ("a battu l'AS Béziers Hérault 27 à 19": a score after a club's name)
        counted = counted or i + 2 < len(doc) and doc[i + 1].lower_ in {"à", "-"} and doc[i + 2].like_num
        # ("université Rennes 2"; not "au centre hospitalier de Cholet un prêt": a number word)
        if is_capitalized(tok) or (tok.like_num and not tok.is_alpha and i > start and is_capitalized(doc[i - 1]) and not tok.whitespace_ == "\n" and not counted):
            end = i + 1
            i += 1
            if tok.text.endswith(("'", "’")) and len(tok) > 2 and not tok.whitespace_ and i < limit and doc[i].is_alpha:
                end = i = i + 1  # "Presqu'île": a word the tokenizer split at its apostrophe
            continue
        # ("des garde-côtes": a hyphenated compound the tokenizer keeps whole)
        if allow_lower and (tok.is_alpha or tok.is_lower and all(part.isalpha() for part in tok.text.split("-"))) and _descriptive(doc, i, start):
            end = i + 1
            i += 1
            continue
        if end == i and i > start and doc[i - 1].text in _GEOGRAPHIC_NOUNS and tok.is_lower and _REGIONAL.search(tok.lower_) and tok.pos_ not in {"VERB", "AUX"}:
            end = i + 1  # "Pays basque", "Pays bigouden", "Marais poitevin": a country's name with its adjective
            i += 1
            continue
        if end == i and tok.lower_ == "et" and i + 2 < limit and doc[i + 1].lower_ in {"sa", "son", "ses"} and doc[i + 2].lower_ in {"région", "agglomération", "pays", "environs", "territoire"}:
            end = i = i + 3  # "office de tourisme de Strasbourg et sa région": one body's name
            continue
        if tok.lower_ == "et" and i + 2 < limit and doc[i + 1].lower_ in {"des", "les", "de"} and doc[i + 2].lower_ in _GROUPS_OF_PEOPLE:
            break  # "la direction régionale des affaires culturelles et des personnalités du monde de l'art": who else, not the name
        if i + 1 < limit and _is_link(doc, i, allow_lower):
            # ("… d'Art moderne et contemporain de Saint-Étienne Métropole": "et" joins two adjectives, not two names)
            after_et = after_et or tok.lower_ == "et" and not (doc[i + 1].is_lower and doc[i + 1].pos_ == "ADJ")
            if tok.lower_ == "et":
                et_at = i
            i += 1
            continue
        if end == i and i + 1 < limit and tok.lower_ in {"à", "au", "aux", "sur", "sous"} and doc[start].text in {"Le", "La", "Les", "L'"}:
            article = doc[i + 1].lower_ in _ARTICLES and i + 2 < limit
            nxt = i + 1 + article
            # (an article or a contracted one: not "Les Tilleuls à Villeneuve-sur-Lot", a town)
            if is_capitalized(doc[nxt]) and (article or tok.lower_ in {"au", "aux"}) and not (doc[nxt].ent_type_ == "LOC" and doc[nxt].ent_iob_ == "B"):
                i += 1  # "Les Arts à l'Ouest", "La Table au Jardin": a name that is a phrase
                continue
        break
    return end


_GROUPS_OF_PEOPLE = {"personnalités", "élus", "représentants", "acteurs", "habitants", "experts", "professionnels", "usagers", "familles", "bénévoles", "salariés",
                     "citoyens", "riverains", "agents"}


def _dash_in_name(doc: Doc, i: int, start: int, limit: int) -> bool:
    """Whether a spaced dash at ``i``, right after a name's last word, goes on
    with the same name: "université Toulouse III – Paul Sabatier" (an en
    dash, two capitalized words, not a person's nor an acronym: not "Région
    Centre-Val de Loire – SNCF Voyageurs", two issuers), "Grenoble INP -
    Esisar" (a group's acronym, then one word), "université Toulouse III -
    Paul Sabatier" (a university's number, then the person it is named after)."""
    tok = doc[i]
    if tok.text in {"–", "—"} and i > start and i + 1 < limit and _between_regions(doc, i, start, limit):
        return True  # "Établissement français du sang Hauts-de-France – Normandie": one body over two régions
    if tok.text in {"–", "—"}:
        if i + 1 < limit and doc[i + 1].lower_ in {"agence", "délégation", "direction", "antenne", "service", "pôle", "site"}:
            return False  # "Office national des forêts – Agence Landes Nord-Aquitaine": a heading's body, then its unit
        return i + 2 < limit and is_capitalized(doc[i + 1]) and is_capitalized(doc[i + 2]) and doc[i + 1].is_alpha and doc[i + 1].ent_type_ != "PER" \
            and not _dateline(doc, i + 1) and not doc[i + 1].is_upper
    if tok.text != "-" or i <= start or not tok.whitespace_:
        return False
    before = doc[i - 1]
    if before.whitespace_ and before.is_upper and before.is_alpha and len(before) > 1:
        if i + 1 < limit and is_capitalized(doc[i + 1]) and doc[i + 1].is_alpha and doc[i + 1].ent_type_ != "PER" and not _dateline(doc, i + 1) \
                and (i + 2 >= limit or not is_capitalized(doc[i + 2]) or is_break(doc[i + 2])):
            return True
    return bool(_ROMAN.fullmatch(before.text)) and i + 2 < limit and is_capitalized(doc[i + 1]) and is_capitalized(doc[i + 2]) and doc[i + 1].is_alpha


_REGIONS = tuple(load_json("lexicon/places.json")["regions"])


def _between_regions(doc: Doc, i: int, start: int, limit: int) -> bool:
    """Whether the dash at ``i`` joins two région names ("Hauts-de-France – Normandie")."""
    before = doc[max(start, i - 5) : i].text
    after = doc[i + 1 : min(limit, i + 6)].text
    return any(before == r or before.endswith(" " + r) for r in _REGIONS) and any(
        after.startswith(r) and (len(after) == len(r) or not after[len(r)].isalnum() and after[len(r)] != "-") for r in _REGIONS)


def occurrences(doc: Doc, words: tuple[str, ...]) -> Iterator[int]:
    """Where the token run whose texts are ``words`` starts, each time the
    document has it ("Orvane" again after "présidente d'Orvane")."""
    n = len(words)
    for i in range(len(doc) - n + 1):
        if doc[i].text == words[0] and tuple(t.text for t in doc[i : i + n]) == words:
            yield i


def _names_after(doc: Doc, i: int, limit: int) -> bool:
    """Whether a capitalized word follows within five tokens, before any punctuation
    ("et du groupement de gendarmerie départementale d'Ille-et-Vilaine")."""
    for t in doc[i : min(limit, i + 5)]:
        if t.is_punct or is_break(t):
            return False
        if is_capitalized(t):
            return True
    return False


ROWS = frozenset({"première", "deuxième", "troisième", "1re", "2e", "3e", "seconde"})  # "le troisième ligne X": a rugby forward's row
COMPASS = frozenset({"Nord", "Sud", "Est", "Ouest", "Centre", "Nord-Est", "Nord-Ouest", "Sud-Est", "Sud-Ouest"})  # "directeur régional Ouest", "de l'Ouest": a part of the country, no name
_ROMAN = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|X{1,2})")  # "Toulouse III", "Paris VIII"
# normand, nantais, breton, basque; "Bretagne occidentale", "Alpes méridionales"
_GEOGRAPHIC_NOUNS = {"Pays", "Marais", "Bocage", "Bassin", "Plateau", "Causse", "Massif", "Val", "Vexin", "Golfe", "Perche", "Littoral",
                     "Pyrénées", "Alpes", "Préalpes", "Landes", "Vosges", "Ardennes", "Cévennes", "Causses", "Côte", "Côtes"}  # ("Pyrénées catalanes", "Alpes mancelles")
_REGIONAL = re.compile(r"(?:and|ande|ands|andes|ois|oise|oises|ais|aise|aises|on|onne|onnes|ien|ienne|iennes|ain|aine|aines|in|ine|ines|an|ane|anes|elle|elles|que|ques"
                       r"|(?:occident|orient|méridion|septentrion)(?:al|ale|aux|ales))$")
_PRENOMINAL = frozenset({"grand", "grands", "grande", "grandes", "petit", "petits", "petite", "petites", "jeune", "jeunes", "vieux", "vieille", "vieilles",
                         "court", "courts", "long", "longs", "haut", "hauts", "haute", "hautes", "moyen", "moyenne", "beau", "beaux", "belle", "belles"})
REGIONAL_ADJECTIVE = _REGIONAL  # (for the passes that read a town's adjective after a name: "le Rugby Club vannetais")
_LINK_WORDS = frozenset({"de", "du", "des", "d'", "la", "l'", "le", "les", "et"})
_LIST_OPENERS = frozenset({"de", "du", "des", "d'", "à", "au", "aux", "la", "l'", "le", "les", "pour"})
_ARTICLES = frozenset({"la", "l'", "le", "les"})


def _listed_end(doc: Doc, comma: int, limit: int) -> int | None:
    """End of an enumeration that continues a descriptive name after a comma,
    closed by "et": ", de l'environnement et du travail". Each item opens
    with a preposition or an article and holds one to three words; the name
    before the comma must itself end in such an item. None when the words
    after the comma are not such a list."""
    j = comma - 1
    while j > 0 and doc[j].is_alpha and doc[j].lower_ not in _LIST_OPENERS and comma - j <= 3:
        j -= 1
    if doc[j].lower_ not in _LIST_OPENERS:
        return None  # "Région Occitanie, la Métropole": no list to continue
    if any(t.ent_type_ == "LOC" for t in doc[j + 1 : comma]):
        return None  # "la chambre d'agriculture de la Vendée, de Vendée Eau et de …": a place ends the name
    # items may open with an article alone only where the name's last item
    # did ("pour l'agriculture, l'alimentation et l'environnement"); not
    # "université de Bordeaux, le CNRS et …", a list of organizations
    articles_ok = doc[j].lower_ in _ARTICLES and doc[j - 1].lower_ in _LIST_OPENERS - _ARTICLES
    capitals = all(t.is_upper for t in doc[j:comma] if t.is_alpha)  # "MINISTÈRE DE L'ÉCONOMIE, DES FINANCES ET …"
    i = comma
    while i < limit and doc[i].lower_ in {",", "et"}:
        closing = doc[i].lower_ == "et"
        k = i + 1
        while k < limit and doc[k].lower_ in _LIST_OPENERS and k - i <= 2:
            k += 1
        words = k
        while words < limit and doc[words].is_alpha and doc[words].lower_ not in _LIST_OPENERS | {"et"} and words - k < 3 and doc[words].pos_ in {"NOUN", "ADJ", "PROPN"}:
            words += 1
        if k == i + 1 or words == k or doc[i + 1].lower_ in _ARTICLES and not articles_ok:
            return None
        if any(t.is_upper and len(t) > 1 for t in doc[k:words]) and not capitals:
            return None  # an acronym is an organization of its own (not a heading in capitals)
        if closing:
            if words + 1 < limit and doc[words].lower_ == "et" and doc[words - 1].pos_ == "ADJ" and doc[words + 1].pos_ == "ADJ" and doc[words + 1].is_lower:
                words += 2  # "… et de la Souveraineté industrielle et numérique"
            return words
        i = words
    return None


_ORDINAL_WORDS = frozenset({"premier", "première", "second", "seconde"})


_NUMBERED = re.compile(r"\d+(?:e|ème|è|er|re|ère)")


def is_ordinal(tok: Token) -> bool:
    """"premier", "deuxième", "troisième" …: a rank, not part of a name."""
    return tok.lower_ in _ORDINAL_WORDS or tok.lower_.endswith("ième") or bool(_NUMBERED.fullmatch(tok.lower_))  # "12e"


PARTICIPLE_END = re.compile(r"(?:[éiu]e?s?|[st])$")


def is_participle(tok: Token) -> bool:
    """A past participle by its tag and its ending ("placée", "chargé", "mis"),
    not a present-tense verb the tagger called one ("lance")."""
    return tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm") and bool(PARTICIPLE_END.search(tok.lower_))


_ADJECTIVE_SUFFIXES = ("el", "elle", "al", "ale", "aux", "if", "ive", "ien", "ienne", "aire", "ique", "ier", "ière", "eux", "euse", "ais", "aise")


def _descriptive(doc: Doc, i: int, start: int = 0) -> bool:
    """A lower-case word that can continue a descriptive name at ``i`` (the
    chain began at ``start``)."""
    tok, prev = doc[i], doc[i - 1]
    if is_capitalized(prev) and i - 1 >= start and i > 1 and (doc[i - 2].lower_ in {"de", "du", "des", "d'"} or doc[i - 2].text == "-" and not doc[i - 2].whitespace_):
        # "… du Var élit", "… de santé Nouvelle-Aquitaine finance": a place ends the name;
        # "du Bocage normand": not a regional adjective
        if tok.pos_ == "ADJ" and i + 3 < len(doc) and doc[i + 1].text == "(" and doc[i + 3].text == ")" and doc[i + 2].text[:1].isupper() and not prev.pos_ == "PROPN":
            return True  # "École nationale supérieure de Sécurité sociale (EN3S)": the acronym closes the name
        # ("musée d'Art moderne", "musée d'Histoire naturelle": a field the model may take for a place)
        field = prev.lower_ in {"art", "arts", "histoire", "archéologie", "sciences", "industrie"}
        if tok.pos_ == "ADJ" and prev.pos_ == "NOUN" and (prev.ent_type_ not in {"LOC", "PER"} or field) and doc[i - 2].lower_ in {"de", "d'"} and not _REGIONAL.search(tok.lower_):
            return True  # "École nationale supérieure de Sécurité sociale": a capitalized common noun and its adjective
        return tok.pos_ == "ADJ" and bool(_REGIONAL.search(tok.lower_)) and not (i + 1 < len(doc) and doc[i + 1].pos_ == "DET")
    if tok.pos_ == "VERB" and i + 1 < len(doc) and (doc[i + 1].like_num or doc[i + 1].pos_ == "DET"):
        return False  # "Le Conseil de développement réunit 180 membres": a verb and its object, whatever the tagger says
    if tok.pos_ == "ADJ" or is_participle(tok):
        return True
    if i == start and tok.pos_ == "PROPN" and tok.is_lower and tok.lower_.endswith(_ADJECTIVE_SUFFIXES):
        return True  # "Syndicat interprofessionnel du …" opening a text: an adjective the tagger took for a name
    if tok.pos_ == "NOUN" and start - 1 <= i - 2 <= start and prev.lower_ in {"française", "français", "nationale", "national"} and is_capitalized(doc[i - 2]):
        return True  # "Fédération française handisport": the sport after the head's adjective
    if prev.lower_ in {"à", "au", "aux"}:
        # "palmipèdes à foie gras", not "… du sport à hauteur de 2 M€"
        # (not "a cédé le domaine de Roucayrol au groupe X": the body it went to)
        return tok.pos_ == "NOUN" and not (i + 1 < len(doc) and doc[i + 1].lower_ in {"de", "du", "des", "d'"}) \
            and tok.lower_ not in {"groupe", "société", "fonds", "département", "conseil", "ministère", "préfet", "maire"}
    verb_object = tok.lower_.endswith(("er", "ir")) and i + 1 < len(doc) and doc[i + 1].pos_ == "DET"
    if "Inf" in tok.morph.get("VerbForm") or verb_object:
        return False  # "… Loire-Bretagne de conditionner leurs aides": a verb and its object, not the name
    if tok.pos_ == "NOUN" and (prev.lower_ in _PRENOMINAL or prev.is_alpha and is_ordinal(prev)) and i > 1 and doc[i - 2].lower_ in _LINK_WORDS:
        # "fédération des grands vins de Bordeaux", "festival du court métrage": an adjective before its noun
        return True  # ("École de la deuxième chance du Tarn": an ordinal too)
    field = prev.lower_ == "en" and i > 1 and doc[i - 2].lower_ in _FIELD_INTRODUCERS  # "Centre de recherche en cancérologie"
    return tok.pos_ in {"NOUN", "PROPN"} and (prev.lower_ in _LINK_WORDS or prev.lower_ in {"pour", "contre", "sans"} or field)


def _is_link(doc: Doc, i: int, allow_lower: bool) -> bool:
    """Whether lower-case token ``i`` may join two parts of one name."""
    tok, prev, nxt = doc[i], doc[i - 1], doc[i + 1]
    word = tok.lower_
    if prev.text == "-" and not prev.whitespace_ and not tok.whitespace_ and nxt.text == "-":
        return True  # "Hauts-de-France", "Boulogne-sur-Mer"
    if word in {"de", "du", "des", "d'"}:
        return True
    if word in {"la", "le", "les", "l'"}:
        # ("… pour la pêche et la protection du milieu aquatique": a second field after "et")
        return prev.lower_ in {"de", "à", "pour", "contre"} or allow_lower and prev.lower_ == "et" and nxt.is_lower and nxt.pos_ == "NOUN" and i > 3 \
            and doc[i - 2].is_lower and doc[i - 2].pos_ == "NOUN" and doc[i - 3].lower_ in {"la", "le", "l'"} and doc[i - 4].lower_ in {"pour", "contre"}
    if word in {"of", "and", "for", "&"}:
        return is_capitalized(prev) and is_capitalized(nxt)  # "Metropolitan Museum of Art"
    if word == "et" and allow_lower and prev.is_lower and prev.pos_ == "ADJ" and nxt.is_lower and nxt.pos_ == "ADJ":
        return True  # "Comité départemental olympique et sportif du Var"
    if word == "et" and is_capitalized(prev) and is_capitalized(nxt) and nxt.pos_ == "NOUN" and prev.ent_type_ != "PER":
        # "Vienne Nature et Rivières", "Bois et Tradition": a capitalized common noun goes on the name
        # (not "… Habitat et Harmonie Habitat", "… de Strasbourg et Soprema": another name after "et")
        named = nxt.ent_iob_ == "B" and nxt.ent_type_ in {"ORG", "PER", "MISC"}  # (a name the model reads on its own)
        return not (i + 2 < len(doc) and is_capitalized(doc[i + 2])) and not named
    if word == "et":
        return nxt.lower_ in {"de", "d'", "des", "du", "à", "aux", "au"} or allow_lower and nxt.lower_ in {"la", "l'", "le"} and prev.pos_ != "PUNCT"
    if word == "à" and is_capitalized(nxt):
        return False  # "le musée d'Aquitaine à Bordeaux": a place after "à" is where, not the name
    if word == "en" and allow_lower and prev.lower_ in _FIELD_INTRODUCERS and nxt.is_lower and nxt.pos_ == "NOUN":
        return True  # "Centre de recherche en cancérologie de Lyon", "Institut de formation en soins infirmiers": the field
    if word in {"au", "aux"} and nxt.is_upper and len(nxt) > 2 and nxt.is_alpha:
        return False  # "groupement des opérations au SDIS de la Haute-Vienne": a unit, then the body it serves in
    return allow_lower and word in {"à", "aux", "au", "pour", "contre", "sans"}  # "Ligue contre le cancer", "Médecins sans frontières"


_FIELD_INTRODUCERS = {"recherche", "recherches", "formation", "études", "expertise", "innovation"}


def overlaps(span: Span | tuple[int, int], spans: Iterable[Span]) -> bool:
    """Whether the token range of ``span`` meets any of ``spans``."""
    s, e = (span.start, span.end) if isinstance(span, Span) else span
    return any(o.start < e and s < o.end for o in spans)


class Sentences:
    """Sentence (and line) bounds of every token of a Doc, computed once:
    ``token.sent`` walks the whole Doc on each call.

    A line break ends a sentence too: titles, signatures and list items
    have no final stop.
    """

    def __init__(self, doc: Doc) -> None:
        n = len(doc)
        self.start = [0] * n
        self.end = [n] * n
        # one pass over arrays, not Token objects (this runs in three components)
        arr = doc.to_array([SENT_START, IS_SPACE]).tolist() if n else []
        sent_starts = [row[0] for row in arr]
        breaks = [False] * n
        for i, row in enumerate(arr):
            if row[1] and "\n" in doc[i].text:
                breaks[i] = True
        begin = 0
        for i in range(n):
            if i > begin and (sent_starts[i] == 1 or breaks[i - 1]):
                for j in range(begin, i):
                    self.end[j] = i
                begin = i
            self.start[i] = begin
        for j in range(begin, n):
            self.end[j] = n

    def bounds(self, i: int) -> tuple[int, int]:
        """Token range of the sentence holding token ``i``."""
        return self.start[i], self.end[i]


# per-Doc values several components read, built once per Doc (a Doc's tokens
# and sentence starts do not change once the pipeline's components run)
_SENTENCES: WeakKeyDictionary[Doc, Sentences] = WeakKeyDictionary()
_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def sentences_of(doc: Doc) -> Sentences:
    """The Doc's :class:`Sentences`, built on the first call only."""
    found = _SENTENCES.get(doc)
    if found is None:
        found = _SENTENCES[doc] = Sentences(doc)
    return found


def text_of(doc: Doc) -> str:
    """``doc.text``, joined on the first call only (``Doc.text`` joins every
    token on each call)."""
    found = _TEXTS.get(doc)
    if found is None:
        found = _TEXTS[doc] = doc.text
    return found


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and sum(c.isupper() for c in word) >= 2 and word.replace("-", "").replace("&", "").isalnum()


def parenthesis_ahead(doc: Doc, end: int, reach: int = 16) -> int | None:
    """Index of the "(" that follows token ``end`` across name-like words only
    (words, hyphenated words, elisions, commas: "d'origine", "maritimes, la
    pêche et l'aquaculture"), within ``reach`` tokens; None otherwise. Callers
    check that the acronym inside spells the words."""
    for close in range(end, min(len(doc), end + reach)):
        tok = doc[close]
        if tok.text == "(":
            return close
        if not (tok.text.replace("-", "").isalpha() or tok.text in {"'", "-", ","} or tok.text.endswith(("'", "’"))) or is_break(tok):
            return None
    return None


def abbreviates(short: str, words: list[str]) -> bool:
    """Whether ``short`` is built from the starts of ``words`` in order, each
    word giving its first letters or nothing, at least two words used
    ("Inserm" from "Institut national de la santé et de la recherche
    médicale", "Cifog", "Sydec"); accents and case are ignored.

    >>> abbreviates("Cifog", ["Comité", "interprofessionnel", "des", "palmipèdes", "à", "foie", "gras"])
    True
    >>> abbreviates("Angers", ["Agence", "régionale", "de", "santé"])
    False
    """
    letters = fold(short).replace(" ", "")
    # ("Addrn": "Agence d'urbanisme de la région nazairienne", an elided "d'" gives its letter)
    # ("Haute-Vienne", one token, gives two letters: "syndicat énergies Haute-Vienne (SEHV)")
    words = [part for w in words for part in (w.split("-") if "-" in w.strip("-") else [w])]
    folded = [f for f in (fold(w.rstrip("'’")) for w in words if w.isalpha() or len(w) == 2 and w[0].isalpha() and w[1] in "'’") if f]
    if len(letters) < 3 or not folded or not letters.isalpha() or letters[0] != folded[0][:1]:
        return False

    @cache
    def fits(i: int, w: int, used: int) -> bool:
        if i == len(letters):
            return used >= 2
        for k in range(w, len(folded)):
            word = folded[k]
            n = 0
            while n < len(word) and i + n < len(letters) and word[n] == letters[i + n]:
                n += 1
                if fits(i + n, k + 1, used + 1):
                    return True
        return False

    return fits(0, 0, 0)


def acronym_after(doc: Doc, span: Span) -> tuple[int, int] | None:
    """Token range of the acronym in parentheses right after ``span``
    ("… (ADEME)", "… (FRTP PACA)", "… (Inserm)" when its letters open the
    span's words), if any."""
    e = span.end
    if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")" and is_capitalized(doc[e + 1]):
        if not _is_acronym(doc[e + 1].text) and abbreviates(doc[e + 1].text, [t.text for t in span]):
            return e + 1, e + 2
    if e + 3 < len(doc) and doc[e].text == "(" and doc[e + 2].text.isdigit() and doc[e + 3].text == ")" and is_capitalized(doc[e + 1]) \
            and not _is_acronym(doc[e + 1].text) and abbreviates(doc[e + 1].text, [t.text for t in span]):
        return e + 1, e + 3  # "Comité départemental de cyclotourisme du Finistère (Codep 29)": with its département's number
    if e < len(doc) and doc[e].text == "(":
        for n in (1, 2, 3):
            close = e + 1 + n
            if close < len(doc) and doc[close].text == ")" and all(_is_acronym(t.text) or t.text.isdigit() for t in doc[e + 1 : close]):
                return e + 1, close
        # "Établissement public foncier de Normandie (EPF Normandie)": the acronym and the name's place
        for n in (1, 2):
            close = e + 2 + n
            place = [t.text for t in doc[e + 2 : close]]
            if close < len(doc) and doc[close].text == ")" and _is_acronym(doc[e + 1].text) and len(span) > n + 1 and [t.text for t in span[-n:]] == place:
                rest = span[:-n]
                while len(rest) > 1 and rest[-1].lower_ in {"de", "du", "des", "d'", "la", "l'", "le"}:
                    rest = rest[:-1]
                if abbreviates(doc[e + 1].text, [t.text for t in rest]):
                    return e + 1, close
    return None


def acronym_uses(doc: Doc, spans: list[Span], inner: Callable[[Span], tuple[int, int] | None] | None = None) -> list[tuple[int, int, Span]]:
    """(start, end, span) of every use of an acronym introduced in
    parentheses after one of ``spans`` (the parenthesized one included), or
    inside it where ``inner`` says so.
    Callers give these precedence over other readings of the same words."""
    found: dict[tuple[str, ...], Span] = {}
    for span in spans:
        rng = acronym_after(doc, span) or (inner(span) if inner else None)
        if rng:
            found.setdefault(tuple(t.text for t in doc[rng[0] : rng[1]]), span)
            if rng[1] - rng[0] > 1 and _is_acronym(doc[rng[0]].text) and is_capitalized(doc[rng[1] - 1]) and not doc[rng[1] - 1].is_upper:
                found.setdefault((doc[rng[0]].text,), span)  # "EPF Normandie", then "l'EPF"
    uses = []
    for words, span in found.items():
        n = len(words)
        for i in range(len(doc) - n + 1):
            if tuple(t.text for t in doc[i : i + n]) == words and not overlaps((i, i + n), [span]):
                uses.append((i, i + n, span))
    return uses


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


class PhraseTable:
    """Lower-cased phrases of a lexicon, tokenized as the pipeline tokenizes,
    looked up at a token position (longest first).

    Tokenizing the entries (rather than splitting them on spaces) keeps
    "appel à manifestation d'intérêt" equal to its tokens "d'" "intérêt".
    """

    def __init__(self, nlp: Language, entries: dict[str, str]) -> None:
        self.table: dict[tuple[str, ...], str] = {}
        for phrase, value in entries.items():
            self.table[tuple(t.lower_ for t in nlp.make_doc(phrase))] = value
        # first word -> length of the longest entry it opens: most tokens open none
        self.first: dict[str, int] = {}
        for words in self.table:
            self.first[words[0]] = max(self.first.get(words[0], 0), len(words))

    def at(self, doc: Doc, i: int, lowers: list[str] | None = None) -> tuple[str, int] | None:
        """(value, end) of the longest entry starting at token ``i`` (``lowers``:
        the document's lower-case words, when the caller has them: no Token is built)."""
        longest = self.first.get(lowers[i] if lowers is not None else doc[i].lower_)
        if longest is None:
            return None
        for n in range(min(longest, len(doc) - i), 0, -1):
            value = self.table.get(tuple(lowers[i : i + n]) if lowers is not None else tuple(t.lower_ for t in doc[i : i + n]))
            if value is not None:
                return value, i + n
        return None

    def __contains__(self, words: tuple[str, ...]) -> bool:
        return words in self.table


def load_gazetteer(nlp: Language, relative: str, models_dir: str | None, lower_first: bool = False, title_acronyms: bool = False) -> tuple[dict[str, tuple[str, str]], PhraseMatcher]:
    """A TSV gazetteer (name, kind, |-separated aliases) as a form -> (name,
    kind) table and a PhraseMatcher over every form (case-sensitive). With
    ``lower_first``, a multi-word form whose second word is in lower case is
    also matched with a lower-case first letter ("contrat de relance et de
    transition écologique" for "Contrat de relance …"). With ``title_acronyms``,
    an acronym of four letters or more is also matched as the press often
    writes it, with only its first letter in capitals ("Ademe", "Inrae")."""
    table: dict[str, tuple[str, str]] = {}
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    for row in load_tsv(relative, models_dir):
        name, kind = row[0], row[1] if len(row) > 1 else "other"
        forms = [name] + [a for a in (row[2].split("|") if len(row) > 2 else []) if a]
        if lower_first:
            forms += [f[0].lower() + f[1:] for f in forms if " " in f and f.split()[1][:1].islower() and f[0].isupper()]
        if title_acronyms:
            forms += [f[0] + f[1:].lower() for f in forms if len(f) >= 4 and f.isalpha() and f.isupper() and f[0] + f[1:].lower() not in forms]
        for form in forms:
            table[form] = (name, kind)
            matcher.add(form, [nlp.make_doc(form)])
    return table, matcher
