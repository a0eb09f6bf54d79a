"""Roles: which person holds which function, in which organization, and when.

How to read this file: for every person span, ``_right`` reads the
apposition after the name ("X, alors président de la Région Y, …",
"X et Y, respectivement …") and ``_left`` the title before it ("la
présidente de la Région, Carole Delga", "le préfet de la Manche Pierre
Martin"). ``_title_at`` reads one title from its first word: former markers
("alors", "ancien", "ex-"), modifiers ("première"), a head from the titles
lexicon, then its delegation and scope up to a stop; an organization span
inside the title becomes the role's organization and is cut off the title.
Functions the text gives without an apposition are read by passes over the
whole document: ``_clause_titles`` ("Elle est directrice de …"),
``_presidencies`` and ``_founders`` ("présidée par", "fondée par"),
``_handovers`` ("cède la présidence à", and ``_after_office``: "Après
onze ans de présidence, X …"), ``_predecessors`` ("succède à"),
``_led`` (verbs: "dirige", "préside", "à la tête de"), ``_held_before``
("qui occupait cette fonction"), ``_entrusted`` ("la présidence sera
assurée par", "le commissariat est assuré par") and ``_plural_titles``
("les rapporteurs, Mmes X et Y"). Around a name, ``_shared_plural`` reads a
plural title after coordinated people ("X et Y, céréaliers") and
``_fronted_phrases`` the phrases set before a pronoun ("Kinésithérapeute
à X, ancienne joueuse …, elle …").
Results: ``doc.spans["roles"]`` with ``span._.role`` = ``{"person": [s, e],
"title": [s, e], "organization": [s, e] | None, "status"}`` (char offsets).
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import register_extensions
from ..periods import MONTHS, iso_stamp
from ..resources import load_json
from ..titles import BOARD_COMMITTEES, has_scope
from ._tokens import (
    COMPASS,
    PARTICIPLE_END,
    ROWS,
    Sentences,
    closing,
    extend_name,
    is_break,
    is_capitalized,
    is_participle,
    occurrences,
    sentences_of,
    text_of,
)

_ORGANS = {"conseil", "comité", "assemblée", "bureau", "jury", "commission", "directoire"}  # a body's organs


def _aged(doc: Doc, k: int) -> bool:
    """Whether an age in commas (", 49 ans,") opens at token ``k``."""
    return k + 4 < len(doc) and doc[k].text == "," and doc[k + 1].like_num and doc[k + 2].lower_ == "ans" and doc[k + 3].text == ","
_DELEGATED = {"chargé", "chargée", "délégué", "déléguée"}  # a delegation given after the name
_HARD_STOPS = {".", ";", ":", "!", "?", "«", "»", '"', "(", ")", "[", "]", "–", "—"}
_CONTINUE_AFTER = {"à", "au", "aux", "de", "du", "des", "d'", "en", "chargé", "chargée", "délégué", "déléguée", "auprès"}
_ORG_LINKS = {"de", "du", "des", "d'", "la", "l'", "le", "les", "auprès", "près", "chez", "à", "au", "cette", "cet", "dans"}
_LEFT_OPENERS = {"le", "la", "l'", "les", "son", "sa", "leur", "notre", "du", "au", "par", "pour", "de", "avec", "et", "selon", "un", "une", "autre"}  # ("L'autre cofondatrice, X")
_MAX_TITLE = 30
_POSSESSIVES = {"son", "sa", "leur"}
# (feminine ending, masculine ending) pairs and the reverse, for title words
_FEMININE_ENDINGS = (("rice", "eur"), ("trice", "teur"), ("ère", "er"), ("ète", "et"), ("effe", "ef"), ("ée", "é"), ("ente", "ent"), ("ale", "al"), ("ointe", "oint"), ("euse", "eur"), ("enne", "en"), ("e", ""))
_MASCULINE_ENDINGS = tuple((b, a) for a, b in _FEMININE_ENDINGS if b)
# adjectives after a title's head ("administrative", "financière", "opérationnelle", "commerciale")
_ADJECTIVE_ENDINGS = (("ive", "if"), ("ière", "ier"), ("elle", "el"), ("ale", "al"), ("ée", "é"), ("ante", "ant"), ("ente", "ent"))
_ADJECTIVE_ENDINGS_M = (("if", "ive"), ("ier", "ière"), ("el", "elle"), ("al", "ale"), ("é", "ée"), ("ant", "ante"), ("ent", "ente"))
_TITLE_LINKS = {"de", "du", "des", "à", "au", "aux", "en", "pour", "chez", "sur"}
_FOUNDED = {"fondé", "fondée", "fondés", "fondées", "créé", "créée", "cofondé", "cofondée"}
_COPULAS = {"était", "est", "reste", "restera", "devient", "deviendra", "sera", "fut", "demeure"}
_OFFICES = {"présidence": ("présidente", "président"), "direction": ("directrice", "directeur"),  # "nommée à la direction du musée"
            "commandement": ("commandante", "commandant")}  # "a pris le commandement du groupement de gendarmerie"
_VICE_OFFICES = {"vice-présidence": ("vice-présidente", "vice-président")}  # "la vice-présidence étudiante revient à X"
_ALL_OFFICES = _OFFICES | _VICE_OFFICES
_ENDED_SPAN = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:de (?:19|20)\d\d à (?:19|20)\d\d|jusqu['’]en)")  # "(IC2MP) de 2019 à 2024": a past post's dates
_YEAR_ANYWHERE = re.compile(r"\b(?:19|20)\d{2}\b")  # a year of the text ("jusqu'en 1998" before a later one: a past post)
_DIRECTED = {"dirigé", "dirigée", "dirigés", "dirigées", "codirigé", "codirigée", "codirigés", "codirigées"}  # ("codirigé par": its codirecteur)
_DURATION_UNITS = {"ans", "années", "mois", "saisons"}  # "depuis trois ans", "pendant huit ans"
_NUMBER_WORDS = {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "quinze", "vingt"}
_COUNT_WORDS = {2: "deux", 3: "trois", 4: "quatre"}
_BRANCH_WORDS = {"caisse", "agence", "antenne", "délégation", "succursale", "usine", "site", "magasin"}  # (a body's local branch: "directeur de sa caisse de X")
_PAST_MARKS = {"ancien", "ancienne"}  # (a fronted phrase's own mark of a past post: "…, ancien troisième-ligne de …, il")
_TERMS = {"ans", "années", "saisons", "mois", "mandats"}  # (lengths of a term: "après dix saisons comme joueuse")
_CLASS_NOUNS = {"magistrat", "magistrate", "élu", "élue", "expert", "experte", "agent", "agente", "professionnel", "professionnelle"}  # plural classes
_TAKES_HEAD = {"prendre", "prend", "prendra", "pris", "prenait", "reprendre", "reprend", "reprendra"}  # "… la tête de"
_APPOINTMENTS = {"nomination", "désignation", "élection", "réélection", "arrivée"}  # "la nomination de X à la direction de Y"
_TAKEN_OVER = {"repris", "reprise"}  # "le garage X, repris en 2025 par Inès Y": its dirigeante
_PRESIDED = {"présidé", "présidée", "présidés", "présidées"}
_COORDINATED = {"coordonné", "coordonnée"}  # "une équipe de quatorze bénévoles, coordonnée par X": its coordinatrice
_COMMANDED = {"commandé", "commandée", "commandés", "commandées"}  # "La brigade, commandée par l'adjudant-chef X": its commandant
_ELECTED = {"élu", "élue", "élus", "élues", "réélu", "réélue", "nommé", "nommée", "désigné", "désignée", "porté", "portée", "portés", "reconduit", "reconduite", "promu", "promue",
            "devenu", "devenue", "installé", "installée"}
_INTERNAL_ORGAN = re.compile(rf"(?:{BOARD_COMMITTEES}|conseil d['’]administration|conseil de surveillance|conseil scientifique)\b")  # a board's organs, named by their function
_MANDATES = {"maire", "député", "députée", "sénateur", "sénatrice", "eurodéputé", "eurodéputée", "conseiller", "conseillère", "adjoint", "adjointe"}  # local and national mandates
_PREDECESSOR_NOUNS = {"prédécesseur", "prédécesseure"}  # "Son prédécesseur, X, …"
_SUCCEEDS = {"succède", "succédera", "succédant", "succédé", "remplace", "remplacera", "remplaçant", "remplacé"}
_WEEKDAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier"}
_DATE_WORDS = {"en", "le", "depuis", "au", "à", "lors", "il", "pour", "par", "fin", "début", "mi"}
_SINCE = re.compile(
    r"\b(?:élue?|réélue?|nommée?|désignée?|installée?|depuis|en poste depuis)\s+(?:(?:en|le|au|à|fin|début|mi)[\s-]+)?"
    r"(?:(?:\d{1,2}|1er)\s+)?(?P<month>" + "|".join(MONTHS) + r")?\s*(?P<year>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
_PAST_ADVERBS = {"jusqu'ici", "jusqu'", "jusque-là", "auparavant", "précédemment"}
_CAREER_ADVERBS = {"notamment", "successivement", "longtemps", "aussi", "également", "déjà", "ensuite", "dernièrement", "récemment"}  # "il a notamment été …"
_SEASONS = {"été", "printemps", "automne", "hiver", "rentrée"}
_CLAUSE_ADVERBS = {"depuis", "jusqu'ici", "jusqu'", "jusqu'à", "ici", "présent", "jusque-là", "alors", "aussi", "ainsi", "également", "en", "désormais",
                   "aujourd'hui", "toujours", "auparavant", "précédemment", "déjà", "actuellement", "dernièrement", "récemment"}
_INTERNAL_BODY = re.compile(r"(?:du|de son|de sa) (?:conseil de surveillance|conseil d['’]administration|directoire)", re.IGNORECASE)
# verbs of leading: (the title they give, whether the tense puts it in the past)
_LEADS = {
    "dirige": ("direct", False), "dirigera": ("direct", False), "dirigeait": ("direct", True), "dirigé": ("direct", True),
    "préside": ("chair", False), "présidera": ("chair", False), "présidait": ("chair", True), "présidé": ("chair", True),
    "entraîne": ("coach", False), "entraînera": ("coach", False), "entraînait": ("coach", True), "entraîné": ("coach", True),
    "diriger": ("direct", False), "présider": ("chair", False),  # "X, parti diriger la Comédie de Caen", "appelé à présider …"
    "repris": ("lead", False), "reprend": ("lead", False),  # "X, qui a repris en 2022 la menuiserie Y": its dirigeante
    "commande": ("command", False), "commandait": ("command", True), "commandé": ("command", True),  # "a commandé le groupement du Var"
    "commander": ("command", False),  # ("avant de commander la compagnie de Lannion": past, below)
    "présida": ("chair", True), "dirigea": ("direct", True), "commanda": ("command", True),  # (a narrative's simple past: "présida l'office de tourisme")
}
_LEAD_FORMS = {"direct": ("directrice", "directeur"), "codirect": ("codirectrice", "codirecteur"), "lead": ("dirigeante", "dirigeant"), "chair": ("présidente", "président"),
               "coach": ("entraîneuse", "entraîneur"), "command": ("commandante", "commandant")}  # (feminine, masculine) titles by kind of leading
_BOARD_TITLES = {"administrateur", "administratrice", "trésorier", "trésorière", "vice-président", "vice-présidente"}  # held in the release's organization
_COACHES = {"entraîneur", "entraîneuse", "coach", "préparateur", "préparatrice", "agent", "agente"}  # held toward a sportsperson too
_ATHLETES = {"coureur", "coureuse", "athlète", "joueur", "joueuse", "nageur", "nageuse", "cycliste", "skieur", "skieuse", "pilote", "boxeur", "boxeuse",
             "judoka", "escrimeur", "escrimeuse", "gymnaste", "sprinteur", "sprinteuse", "navigateur", "navigatrice", "championne", "champion", "perchiste",
             "marathonien", "marathonienne", "sportif", "sportive", "tenniswoman", "tennisman", "golfeur", "golfeuse", "rameur", "rameuse"}
_KIN_FEMININE = {"fille", "sœur", "soeur", "épouse", "femme", "mère", "nièce", "cousine", "tante", "petite-fille", "belle-fille", "compagne"}
_KIN_MASCULINE = {"fils", "frère", "époux", "mari", "père", "neveu", "cousin", "oncle", "petit-fils", "gendre", "compagnon"}
_FEMININE_TITLE_ENDINGS = ("rice", "ère", "ée", "ente", "ale", "euse", "ointe", "ienne", "cheffe")
_LEAD_AUXILIARIES = {"a", "avait", "ont", "était", "est", "sera", "reste", "été", "depuis", "déjà", "alors", "aussi", "également", "à", "la"}
_NEW_POST = {"devenu", "devenue", "désormais", "aujourd'hui", "nommé", "nommée", "promu", "promue", "partie", "parti"}
_QUALIFIED_BY = {"de", "du", "des", "d'", "en", "agronome", "agronomes", "diplômé", "diplômée", "civil", "civile", "forestier", "forestière", "chimiste", "informaticien", "informaticienne", "hydrologue", "géomètre",
                "écologue", "écologues", "hydrogéologue", "géologue", "biologiste", "paysagiste", "acousticien", "acousticienne", "thermicien", "thermicienne",
                "énergéticien", "énergéticienne", "géotechnicien", "géotechnicienne", "halieute", "environnementaliste"}  # "ingénieure agronome", "ingénieur écologue": a degree or a trade
_TERM_WORDS = {"saison", "saisons", "an", "ans", "année", "années", "mois", "mandat", "mandats", "prochaine", "prochaines", "prochain", "prochains"}
_ACCOMPANYING = {"en présence", "aux côtés", "ainsi que", "en accord", "en plein", "en lien", "en concertation"}  # (", en présence de …" opens another person's mention)
_CAREER_PARTICIPLES = {"formé", "formée", "formés", "formées", "passé", "passée", "issu", "issue", "installé", "installée", "basé", "basée",
                       "né", "née", "recruté", "recrutée", "arrivé", "arrivée", "venu", "venue"}
_COPULAS_BEFORE_NAME = {"est", "sera", "était", "devient", "reste", "demeure"}
_GRADUATES = {"ingénieur", "ingénieure", "ingénieurs", "ingénieures", "diplômé", "diplômée", "diplômés", "diplômées", "docteur", "docteure", "ancien élève", "ancienne élève"}
_COMPANY_WORDS = {"entreprise", "société", "groupe", "pme", "start-up", "startup", "firme", "maison", "domaine", "exploitation"}
_ORGAN_WORDS = {"conseil", "comité", "commission", "directoire", "bureau", "jury", "collège", "service", "pôle", "département", "laboratoire", "équipe"}
_ARTICLE_LINKS = {"le": "du", "la": "de la", "l'": "de l'", "les": "des"}
_YEAR = re.compile(r"(?:19|20)\d\d")


def _of(article: str, words: str) -> str:
    """The words after the "de" their article calls for: ("la", "division X") -> "de la division X", ("l'", "unité") -> "de l'unité"."""
    return f"{_ARTICLE_LINKS.get(article, 'de')} {words}".replace("de l' ", "de l'")


def _of_noun(words: str, feminine: bool, elided: str = "aeéiou") -> str:
    """The same for words the text gives with no article of their own ("son information" -> "de l'information", "le comité
    de pilotage" -> "du comité de pilotage"): elided before the letters of ``elided``, else by gender."""
    return _of("l'" if words[:1] in elided else "la" if feminine else "le", words)

_SCHOOL_HEADS = {"lycée": ("proviseure", "proviseur"), "collège": ("principale", "principal")}  # who directs them
_COMMANDED_UNITS = {"compagnie", "brigade", "escadron", "peloton", "section", "bataillon", "escadrille", "base", "frégate", "sous-marin", "détachement"}
_COMPANY_UNITS = {"division", "branche", "activité", "pôle", "département"}  # "la division X de Sermati, dirigée par Y"
_FACILITIES = {"station", "aéroport", "port", "gare", "piscine", "patinoire", "golf", "camping", "stade", "réserve"}  # run by a body, not one
_BODY_NOUNS = {"laboratoire", "institut", "musée", "école", "société", "entreprise", "filiale", "association", "club", "théâtre", "hôpital", "clinique", "lycée", "collège"}
_HEADING_TITLES = {"président", "présidente", "directeur", "directrice", "pdg", "président-directeur", "présidente-directrice", "dirigeant", "dirigeante",
                   "gérant", "gérante"}  # (titles one stays "à la tête de" a body with)
_HEADLINE_TITLES = {"directrice", "directeur", "présidente", "président", "proviseure", "proviseur", "principale", "principal", "rectrice", "recteur"}
_OWN_UNITS = {"département", "équipe", "service", "pôle", "division", "branche", "unité", "direction"}  # "son équipe X, dirigée par Y"
_NOT_LED = {"filiale", "coopérative", "caisse", "mutuelle"}  # (directed, not led: "la coopérative X, dirigée par Y": its directeur)
_STAFF_NOUNS = {"agents", "salariés", "collaborateurs", "employés", "permanents", "personnes", "bénévoles"}  # (a body's staff: "une équipe de 21 agents")
_SITE_WORDS = {"site", "sites", "antenne", "usine", "campus", "agence", "établissement", "délégation", "implantation", "port"}
_COUNCIL_OF = re.compile(r"(?:conseil de surveillance|conseil d['’]administration|directoire|assemblée générale)\s+(?:de la|de l['’]|du|des|de|d['’])\s*(?:(?:société|groupe|caisse|association|fédération)\s*)?$", re.IGNORECASE)
_ASSURED = {"assurée", "assuré", "exercée", "exercé", "occupé", "occupée"}  # "la présidence sera assurée par X", "le poste … sera occupé par X"
_GIVEN = {"confiée", "confié", "confie", "confiera", "revient", "reviendra", "revenue"}  # "confiée à X", "revient à X"
_HOLDS = {"occupe", "occupait", "occupé", "occupera"}
_HELD = {"occupe", "occupait", "exerce", "exerçait", "assure", "assurait"}  # "… les fonctions de"
_HELD_BEFORE = {"occupait", "exerçait", "assurait"}
_LEADING_TITLES = ("présid", "coprésid", "vice-présid", "direct", "dirige", "pdg", "dg", "chef", "gérant", "responsable", "command", "maire", "ceo")
_UNIT_WORDS = {"département", "service", "pôle", "unité"}  # a unit named before the body it belongs to ("chef du département X de l'IUT")
_ENSEMBLES = {"orchestre", "chœur", "choeur", "ensemble", "maîtrise", "orchestres"}  # bodies a conductor "dirige" in concert
_SITS = {"siège", "siégeait", "siégera", "siégé"}  # "siège au conseil d'administration d'Atout France": a seat held
_BOARD_JOINS = {"rejoint", "rejoindra", "intègre", "intégrera", "entre", "entrera"}  # "rejoint le conseil d'administration", "entre au directoire"
_BOARD_NAME = re.compile(r"(?:conseil d['’]\s?administration|conseil de surveillance|comité exécutif|directoire)\b")  # (not a comité de direction: a post's seat)
_TEACHERS = {"professeur", "professeure", "enseignant", "enseignante", "enseignant-chercheur", "enseignante-chercheuse"}
_WORKPLACES = {"réserve", "site", "sites", "territoire", "secteur", "zone", "plateforme", "chantier", "chantiers", "station", "port", "terrain", "parc"}
_JOINS = {"rejoint", "rejoindra", "rejoindre", "rejoignait", "intègre", "intégrera", "intégré", "intégrer"}
# ", poste qu'elle occupait jusqu'à sa nomination", ", fonctions qu'il a exercées pendant dix ans"
_LEFT_POST_ANYWHERE = re.compile(r",\s*(?:poste|fonction|fonctions|mandat|charge)\s+qu['’]")
_LEFT_POST = re.compile(r"\s*,\s*(?:poste|fonction|fonctions|mandat|charge)\s+qu['’](?:il|elle)\s+(?:occupait|exerçait|assurait|a\s+(?:occupée?s?|exercée?s?|assumée?s?)|avait\s+(?:occupée?s?|exercée?s?))\b")
# ("cogérant de Vélos Solidaires ; Agnès X, conseillère régionale déléguée …": a seat in a local authority, never a firm's)
_SEAT = re.compile(r"\b(?:régional|régionale|départemental|départementale|municipal|municipale|communautaire|métropolitain|métropolitaine)\b")
_DEPUIS_YEAR = re.compile(r"\s*depuis (?:19|20)\d\d\b")  # "président de la caisse locale depuis 2014"
_OUTGOING = {"sortant", "sortante", "sortants", "sortantes"}  # "le président sortant": the office just left
_PAST_CAREER = {"avant", "auparavant", "précédemment", "commencé", "débuté", "jusqu'en", "passé", "entré", "entrée"}  # ("entré au journal en 2004 comme localier": where a career began)
_ROLE_ADVERBS = {"ici", "aujourd'hui", "désormais", "également", "actuellement", "aussi", "par", "ailleurs", "notamment"}


def _title_of(role: Span, text: str) -> str:
    """A role's title words: the ones the text implies ("présidée par X" ->
    "présidente"), else its span's in ``text`` (the Doc's text, built once)."""
    return role._.role.get("title_text") or text[slice(*role._.role["title"])]

class RoleFinder:
    """Attach titles to people."""

    def __init__(self, nlp: Language, name: str, models_dir: str | None) -> None:
        register_extensions()
        self.name = name
        lex = load_json("lexicon/titles.json", models_dir)
        self.heads = set(lex["heads"])
        self._feminine_heads = {f for m in self.heads for f in _feminine_forms(m) if f in self.heads and f != m}  # "entraîneuse", "ingénieure"
        self._masculine_heads = {m for m in self.heads if any(f in self._feminine_heads for f in _feminine_forms(m))}  # ("entraîneur": it has a feminine)
        self.former = set(lex["former_markers"])
        self.modifiers = set(lex["title_modifiers"])
        self.shared_heads = set(lex["shared_org_heads"])
        self.temporal = set(lex["temporal_markers"])
        self.since_markers = set(lex["since_markers"])
        self.territorial = set(lex["territorial_heads"])
        self.scope_adjectives = set(lex["scope_adjectives"])  # "conseillère municipale": a title scoped to its kind of body
        self.scope_kinds: dict[str, str] = lex["scope_adjectives"]
        self.corporate = set(lex["corporate_heads"])
        self.players = set(lex["player_heads"])
        self.corps = {c.lower() for c in lex["corps"] + lex["personal_titles"]}
        self.nationalities = set(lex["nationality_adjectives"])
        self.trades = set(lex["trades"])
        self.monuments = set(lex["monuments"])  # ("administratrice du château de Vincennes, de la Sainte-Chapelle …": no body named after them)
        self.civilities = set(lex["civilities"]) | set(lex["ranks"])  # "le commandant Paul X": a grade
        self.base_civilities = set(lex["civilities"])  # ("sous la direction du professeur X": a civility, not the player "du capitaine X")
        self.long_ranks = {r.replace("’", "'") for r in lex["ranks"] if " " in r}  # "le vice-amiral d'escadre Paul X"
        self.ranks = set(lex["ranks"])
        orgs = load_json("lexicon/organizations.json", models_dir)
        self.terms = set(orgs["term_acronyms"])  # "directrice de la RSE": a field, not a body
        # nouns that name a company's kind ("biscuiterie", "entreprise", "PME"): whoever heads one is its dirigeant
        self.company_nouns = {w for table in ("heads", "common_nouns") for w, kind in orgs[table].items() if kind == "company" and " " not in w}
        self.event_words = {w for w in orgs["event_heads"] if " " not in w}  # "le directeur du Tour": an event, no body
        places = load_json("lexicon/places.json", models_dir)
        self.places = set(places["departements"]) | set(places["regions"])
        self.countries = set(places["countries"])
        names = load_json("lexicon/first_names.json", models_dir)
        self.feminine_names, self.masculine_names = set(names["feminine"]), set(names["masculine"])
        self.first_names = self.feminine_names | self.masculine_names

    def __call__(self, doc: Doc) -> Doc:
        people = list(doc.spans.get("people", []))
        self._starts = {p.start: p for p in people}
        self._ends = {p.end: p for p in people}
        self._orgs = {o.start: o for o in doc.spans.get("organizations", [])}
        self._org_ends = {o.end: o for o in doc.spans.get("organizations", [])}
        # (a title word inside a body's name is no title: "laboratoire des sciences de l'ingénieur …"; names of
        # several words only, which anaphora never are)
        self._org_tokens = {t for o in doc.spans.get("organizations", []) if len(o) > 2 for t in range(o.start + 1, o.end)}
        self._new_orgs: list[Span] = []
        self._short_names: dict[tuple[int, int], Span] = {}
        self._unnamed: dict[int, Span] = {}  # sentence start -> the person its opening title refers to (_unnamed_holders)
        roles: list[Span] = []
        sentences = self._sentences = sentences_of(doc)
        self._lowers = [t.lower_ for t in doc]  # (the passes below visit only the tokens whose words they read)
        self._genders = self._gender_evidence(doc, people)
        for person in people:
            found = self._right(doc, person)
            owner = self._parenthesized_owner(doc, person) if found else None
            for role in found if owner is not None else []:
                if role._.role["organization"] is None and not role._.role.get("unnamed"):
                    role._.role["organization"] = [owner.start_char, owner.end_char]  # "Delsol Avocats (Me X, associé ; Me Y, collaboratrice)"
            left = self._left(doc, person)
            # "Son directeur général, Hugo X, ancien directeur industriel de Y": a title
            # that opens the clause before the name is the person's too
            named_org = bool(left) and left[0]._.role.get("organization") is not None  # "représenté par son président X, éleveur"
            # "le biologiste japonais Kenji X, professeur à …": a title right before the name
            adjacent = bool(left) and left[0].end == person.start
            # "a recruté une directrice financière, Sandrine X, ancienne …": the object's title, then the name
            gap = doc[left[0].end : person.start] if left else None
            pre = left[0].start - 1 if left else -1  # (the word before the title, past "nouvel": "par un nouvel entraîneur, X")
            while pre > 0 and self._lowers[pre] in self.temporal:
                pre -= 1
            introduced = bool(left) and pre >= 0 and self._lowers[pre] in {"un", "une"} and gap is not None and len(gap) <= 5 and gap[-1:].text == "," and not any(t.pos_ in {"VERB", "AUX"} for t in gap)
            listed = bool(left) and left[0]._.role.get("listed")
            # "présenté par la préfète de l'Isère, Claire X, déléguée de l'Anah": an article opens the title, a comma closes it
            articled = bool(left) and pre > 0 and self._lowers[pre] in {"le", "la", "l'"} and self._lowers[pre - 1] in {"par", "avec", "pour", "à"} \
                and gap is not None and gap.text == ","
            # "conseiller du nouveau directeur du site, Mickaël X, jusqu'ici …": the title another's ends on
            opener = left[0].start - 1 if left else -1
            while opener > 0 and self._lowers[opener] in self.temporal | self.former | {"la", "l'"}:
                opener -= 1
            nested = opener > 0 and self._lowers[opener] in {"du", "de", "d'"} and self._nested_title(doc, opener)
            if listed or left and (left[0]._.role.get("clause_initial") or articled) and len(left) == 1:
                # "- 1re vice-présidente : Sylvie X, chargée des solidarités"; "le sous-préfet de Saintes, Arnaud X,
                # chargé de la coordination du plan": one function, its delegation or its charge after the name
                charge = self._delegation_after(doc, person, found, _DELEGATED if listed else {"chargé", "chargée"})
                if charge is not None:
                    found.remove(charge)
                    self._join_delegation(doc, left[0], charge)
            if not found or left and (left[0]._.role.get("clause_initial") or named_org or adjacent or introduced or nested or articled) and (
                    left[0].text.lower() not in self.civilities or not adjacent):
                found += left  # (not "Le professeur Karim X, chef du service …": a civility; but "La capitaine, Inès X, ailière …": a title set apart)
            if not found:
                found = self._signature(doc, person) or self._contact_line(doc, person)
            if left and left[0] in found:
                found += self._possessive_before(doc, person, left[0])
            roles += found
        roles += self._presidencies(doc, people, sentences)
        roles += self._founders(doc, people, sentences)
        roles += self._list_leaders(doc)
        roles += self._clause_titles(doc, people, roles)
        roles += self._handovers(doc, people)
        roles += self._counterparts(doc, roles)
        roles.sort(key=lambda r: r.start)
        self._share_organizations(doc, roles, sentences)
        roles += self._entrusted(doc)  # (before the predecessors: "a confié la direction à X. Elle remplacera Y")
        roles += self._unnamed_holders(doc, people, roles)  # (before the predecessors: "Le talonneur de 29 ans succède à X")
        roles += self._headline_office(doc, people, roles)
        roles += self._announced_by_name(doc)  # (before the predecessors: "Il s'agit de X. Il remplace Y")
        roles += self._board_seats(doc, people)  # (before the predecessors: "X rejoindra le directoire. Il succède à Y")
        roles += self._composed_boards(doc, roles)
        roles += self._predecessors(doc, people, roles, sentences)
        roles += self._respective_predecessors(doc, people, roles, sentences)
        roles += self._recruited_successors(doc, people, roles, sentences)
        roles += self._led(doc, people, roles)
        roles += self._held_before(doc, people, roles)
        roles += self._same_functions(doc, people, roles)
        roles += self._copular(doc, people, roles)
        roles += self._plural_titles(doc)
        roles += self._became(doc, people, roles)
        roles += self._stays_at_head(doc, people, roles)
        roles += self._successive_bodies(doc, roles)
        roles = self._with_delegations(doc, roles)
        self._left_posts(doc, roles)
        self._resigned(doc, people, roles)
        self._spent_periods(doc, roles)
        self._superseded(doc, roles)
        self._taken_then_left(doc, roles)
        self._site_owners(doc, roles)
        self._contact_organizations(doc, roles)
        for role in roles:
            role._.role["since"] = self._since(doc, role)
        doc.spans["roles"] = roles
        if self._new_orgs:
            for span in self._new_orgs:
                full = self._short_names.get((span.start, span.end))
                data = {"kind": "other", "name": None, "anaphor": False, "via": "title", "alias": None}
                if full is not None:
                    data.update(kind=full._.org["kind"], name=full._.org.get("name") or full.text)
                span._.org = data
            doc.spans["organizations"] = sorted(list(doc.spans["organizations"]) + self._new_orgs + self._new_repeats(doc), key=lambda s: s.start)
        return doc

    def _successive_bodies(self, doc: Doc, roles: list[Span]) -> list[Span]:
        """"Ancien coureur professionnel chez Cofidis puis chez Arkéa": the same
        title, held in the body named after "puis chez" (or "puis à", "puis au")."""
        out = []
        for role in roles:
            chars = role._.role["organization"]
            body = doc.char_span(*chars) if chars is not None else None
            if body is None or body.start < 1 or self._lowers[body.start - 1] not in {"chez", "à", "au"} or body.end + 2 >= len(doc):
                continue
            if self._lowers[body.end] != "puis" or self._lowers[body.end + 1] not in {"chez", "à", "au"}:
                continue
            k = body.end + 2 + (self._lowers[body.end + 2] in {"la", "l'", "le"})
            then = self._orgs.get(k)
            if then is None or any(tuple(r._.role["person"]) == tuple(role._.role["person"]) and r._.role["organization"] == [then.start_char, then.end_char] for r in roles):
                continue
            span = Span(doc, body.end, then.end, label="ROLE")  # (its own span: the title's offsets stay in the data)
            span._.role = dict(role._.role, organization=[then.start_char, then.end_char])
            out.append(span)
        return out

    def _superseded(self, doc: Doc, roles: list[Span]) -> None:
        """"Directrice du réseau Côtes-d'Armor depuis 2022, X est nommée directrice
        du réseau Finistère" (or "… prend la direction du réseau Finistère"): a
        title set before the name, of the same head as the one the sentence
        appoints the person to, is the post being left."""
        new = [r for r in roles if (r._.role.get("appointed") or r._.role.get("taken")) and r._.role["status"] == "current"]
        if not new:
            return
        full = text_of(doc)
        for role in roles:
            person = tuple(role._.role["person"])
            if role._.role["status"] != "current" or role._.role.get("appointed") or role._.role.get("taken") or role.end_char > person[0]:
                continue
            head = self._lowers[role.start] if role.start < len(doc) else ""
            if any(tuple(r._.role["person"]) == person and self._sentences.start[r.start] == self._sentences.start[role.start] and r.start > role.start
                   and _title_of(r, full).lower().split()[:1] == [head] and _title_of(r, full).lower() != _title_of(role, full).lower() for r in new):
                role._.role["status"] = "former"

    def _taken_then_left(self, doc: Doc, roles: list[Span]) -> None:
        """"La présidente succède à X, qui avait pris la présidence en 2017":
        an office the predecessor is said to have taken is the one handed on."""
        full = text_of(doc)
        left = {(tuple(r._.role["person"]), _title_of(r, full).lower()) for r in roles if r._.role.get("succeeded") and r._.role["status"] == "former"}
        for role in roles:
            data = role._.role
            if data.get("taken") and data["status"] == "current" and (tuple(data["person"]), _title_of(role, full).lower()) in left \
                    and "avait" in self._lowers[max(0, role.start - 4) : role.start]:
                data["status"] = "former"

    def _spent_periods(self, doc: Doc, roles: list[Span]) -> None:
        """"Arbitre fédéral pendant quinze ans, il …", "X, directrice du musée durant
        dix ans, …": a title held for a period the text counts out is a past one;
        so is one held "jusqu'en 1998" when the text names a later year
        ("Président-directeur général jusqu'en 1998, il confie …")."""
        latest = max((int(y) for y in _YEAR_ANYWHERE.findall(text_of(doc))), default=0)
        for role in roles:
            if role._.role["status"] != "current":
                continue
            for k in range(role.start + 1, min(role.end + 1, len(doc) - 3)):
                if doc[k].pos_ in {"VERB", "AUX"} or doc[k].text in _HARD_STOPS:
                    break
                ended = self._lowers[k] in {"jusqu'", "jusqu’"} and self._lowers[k + 1] == "en" and doc[k + 2].text.isdigit() and len(doc[k + 2].text) == 4 \
                    and int(doc[k + 2].text) < latest and (k + 3 == len(doc) or doc[k + 3].text in {",", ".", ";"} or is_break(doc[k + 3])) \
                    and not any(t.lower_ in {"et", ","} for t in doc[role.start : k])  # (not "Administratrice depuis 2015 et infirmière … jusqu'en 2022": another title's end)
                if self._duration_at(doc, k) and doc[k + 3].text == "," or ended:
                    role._.role["status"] = "former"
                    break

    def _duration_at(self, doc: Doc, k: int) -> bool:
        """Whether a counted duration opens at token ``k``: "pendant six ans", "durant 12 saisons"."""
        return k + 2 < len(doc) and self._lowers[k] in {"pendant", "durant"} and (doc[k + 1].like_num or self._lowers[k + 1] in _NUMBER_WORDS) \
            and self._lowers[k + 2] in _DURATION_UNITS

    @staticmethod
    def _left_posts(doc: Doc, roles: list[Span]) -> None:
        """"… comme directrice adjointe, poste qu'elle occupait jusqu'à sa
        nomination": a post the relative clause after it says was held is former."""
        text = text_of(doc)
        if not _LEFT_POST_ANYWHERE.search(text):
            return
        for role in roles:
            data = role._.role
            if data["status"] != "current":
                continue
            end = max(role.end_char, data["organization"][1] if data.get("organization") else 0)
            if _LEFT_POST.match(text, end):
                data["status"] = "former"

    def _resigned(self, doc: Doc, people: list[Span], roles: list[Span]) -> None:
        """"X a remis sa démission de la présidence du conseil départemental": the
        subject's presidency (or direction) is a past one, wherever the text gives it."""
        text = text_of(doc)
        for i, _tok in self._at(doc, {"démission"}):
            if i < 2 or self._lowers[i - 1] not in {"sa", "leur"} or doc[i + 1 : i + 4].text.lower() not in {"de la présidence", "de la direction"}:
                continue
            verb = i - 2
            while verb > 0 and (doc[verb].pos_ == "ADV" or doc[verb].lower_ in _WEEKDAYS or doc[verb].like_num):
                verb -= 1  # "a remis lundi sa démission"
            person = self._subject(doc, people, verb)
            if person is None:
                continue
            root = {"présidence": "président", "direction": "directeur"}[self._lowers[i + 3]]
            for role in roles:
                if text[slice(*role._.role["person"])] == person.text and self._office_root_text(_title_of(role, text).lower()) == root:  # (any mention of the person)
                    role._.role["status"] = "former"

    def _new_repeats(self, doc: Doc) -> list[Span]:
        """The other mentions of a name a title gave ("présidente-directrice
        générale de Biosourcia" in a release that writes "Biosourcia" again in
        its headline and its address): the same words, capitalized, where no
        other entity is."""
        taken = {t for s in [*doc.spans.get("organizations", []), *doc.spans.get("people", []), *self._new_orgs] for t in range(s.start, s.end)}
        out: list[Span] = []
        for span in self._new_orgs:
            words = tuple(t.text for t in span)
            if not is_capitalized(span[0]) or span[0].is_upper and len(span) == 1 and len(span[0]) < 3:
                continue
            for i in occurrences(doc, words):
                if any(j in taken for j in range(i, i + len(words))):
                    continue
                if i + len(words) < len(doc) and is_capitalized(doc[i + len(words)]) and not is_break(doc[i + len(words) - 1]):
                    continue  # ("Biosourcia Labs": a longer name)
                out.append(_repeat_span(doc, i, i + len(words), span))
                taken.update(range(i, i + len(words)))
        return out

    def _at(self, doc: Doc, words: set[str] | frozenset[str]) -> Any:
        """(index, token) of the tokens whose lower-case form is in ``words``."""
        return ((i, doc[i]) for i, w in enumerate(self._lowers) if w in words)

    @staticmethod
    def _is_body(org: Span) -> bool:
        return bool(org._.org and org._.org.get("via") == "anaphor" and org.text.lower() in {"conseil", "comité"})

    def _last_org(self, lo: int, hi: int, skip_bodies: bool = False) -> Span | None:
        """The organization mention found last among those between tokens
        ``lo`` and ``hi`` ("the one the sentence names before")."""
        return max((o for o in self._orgs.values() if lo <= o.start and o.end <= hi and not (skip_bodies and self._is_body(o))), key=lambda o: (o.end, len(o)), default=None)  # (the outer of two ending together)

    def _previous_sentence(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """(start, end) of the sentence before the one of token ``i``, across a
        paragraph break (a blank line is no sentence); None at the text's start."""
        lo = self._sentences.start[i]
        end = lo - 1
        while end > 0 and doc[end].is_space:
            end -= 1
        return (self._sentences.start[end], lo) if end >= 0 else None

    def _previous_subject(self, doc: Doc, i: int) -> Span | None:
        """The first organization mention of the sentence before token ``i``,
        when it opens that sentence (its subject)."""
        previous = self._previous_sentence(doc, i)
        if previous is None:
            return None
        return self._opening_org(doc, *previous)

    def _opening_org(self, doc: Doc, lo: int, hi: int) -> Span | None:
        """The organization mention that opens the sentence from token ``lo``
        to ``hi`` (its subject), if one does."""
        if is_participle(doc[lo]):
            # "Créée en 2025 par le Département et les communes, la SPL gérera …": the subject after the fronted clause
            comma = next((c for c in range(lo + 1, hi - 1) if doc[c].text == ","), None)
            if comma is not None:
                lo = comma + 1
        j = lo + (doc[lo].lower_ in {"le", "la", "l'", "les"})
        while j not in self._orgs and j + 1 < len(doc) and j - lo < 5 and (doc[j].is_lower or doc[j].text in {"'", "’"}) and doc[j].pos_ not in {"VERB", "AUX"}:
            j += 1  # "Le groupe (d'opposition) Legrand-Morel emploie …": the name after its common noun
        return self._orgs.get(j)  # the sentence opens with it: its subject

    def _fronted_subject(self, doc: Doc, i: int) -> Span | None:
        """The organization that is the subject of the sentence before token
        ``i`` after a fronted phrase: "Avec ses sept départements, FEMTO-ST est …"."""
        previous = self._previous_sentence(doc, i)
        if previous is None:
            return None
        prev_lo, lo = previous
        return next((o for o in sorted(self._orgs.values(), key=lambda o: o.start) if prev_lo < o.start and o.end < lo and o.start > 1
                     and (doc[o.start - 1].text == "," or self._lowers[o.start - 1] in {"l'", "le", "la"} and doc[o.start - 2].text == ",")
                     and doc[o.end].pos_ in {"VERB", "AUX"}), None)

    def _presidencies(self, doc: Doc, people: list[Span], sentences: Sentences) -> list[Span]:
        """Presidencies the text gives without a title word: "l'association X,
        présidée par Martine Y"; "a élu Sandrine Y à sa présidence";
        "Paul Y a été élu à la présidence de la fédération". The title is
        "président" or "présidente" by what the text or the first name says of
        the person; with neither, no role is given."""
        out = []
        for i, tok in self._at(doc, _PRESIDED | _DIRECTED | _TAKEN_OVER | _COMMANDED | _OFFICES.keys() | _COORDINATED):
            word = tok.lower_
            person = self._agent(doc, i, 5) if word in _PRESIDED | _DIRECTED | _TAKEN_OVER | _COMMANDED | _COORDINATED else None  # "présidée (depuis 2021) par X"
            if word in _COORDINATED:
                # "une équipe de quatorze bénévoles, coordonnée par X": the body's coordinatrice
                if person is not None and self._staff_before(doc, i - 1 if doc[i - 1].text == "," else i):
                    out += self._presidency(doc, person, None, i, person.end, None, ("coordinatrice", "coordinateur"), possessive=True)
                continue
            elsewhere = None
            if word in _PRESIDED | _DIRECTED and i + 3 < len(doc) and self._lowers[i + 1] == "par" and self._lowers[i + 2] in {"le", "la", "l'"}:
                # "Le syndicat, présidé par le président du conseil départemental du Cantal, Michel X": the office held elsewhere, then the name
                elsewhere = self._title_at(doc, i + 3)
                if elsewhere is not None and elsewhere["end"] + 1 < len(doc) and doc[elsewhere["end"]].text == ",":
                    # ("Le comité sera présidé par le sous-préfet de Lorient, Benoît X": an office of no body, then the name)
                    person = self._starts.get(elsewhere["end"] + 1) or person
                if elsewhere is None or elsewhere["org"] is None or elsewhere["end"] + 1 >= len(doc) or doc[elsewhere["end"]].text != ",":
                    elsewhere = None
            # ("dirigée par la directrice de recherche X": a grade, not the function)
            organ_subject = _BOARD_NAME.search(doc[max(0, i - 6) : i].text.lower()) is not None  # ("Le conseil d'administration, présidé par le PDG X": the board's chair)
            if person is not None and elsewhere is None and any(self._is_head(t) and t.lower_.startswith("direct" if word in _DIRECTED else "présid") for t in doc[i + 1 : person.start]) \
                    and not any(t.lower_ == "recherche" for t in doc[i + 1 : person.start]) and not organ_subject:
                continue  # "dirigé par son directeur musical, Jean-Pierre X": the title the text gives is read before the name
            if person is not None:
                k = i - 1 if doc[i - 1].text == "," else i
                if doc[i - 1].lower_ == "et":
                    # "La chaire sera portée par le laboratoire X et dirigée par Y": the subject of both participles
                    lo = sentences.start[i]
                    first = next((n - 1 for n in range(i - 2, max(lo, i - 12), -1) if doc[n].lower_ == "par" and is_participle(doc[n - 1])), None)
                    if first is not None:
                        k = first - 1 if doc[first - 1].text == "," else first
                while k > 1 and doc[k - 1].lower_ in {"est", "sera", "était", "été", "a", "reste", "restera", "demeure"}:
                    k -= 1  # "La Fondation est dirigée par X", "Le directoire reste présidé par X"
                if k > 3 and doc[k - 1].text == ")" and doc[k - 3].text == "(":
                    k -= 3  # "Comité régional des pêches … (CRPMEM), présidé par X"
                org = self._org_ending_at(doc, k)
                if org is None and k > 2 and doc[k - 1].text == ",":
                    # "Le lycée X, dont le proviseur Y part à la retraite, sera dirigé par Z": past the relative clause
                    opening = next((c for c in range(k - 2, max(sentences.start[i], k - 25), -1) if doc[c].text == "," and doc[c + 1].lower_ in {"dont", "qui", "où"}), None)
                    org = self._org_ends.get(opening) if opening is not None else None
                    if org is not None and any(t.lower_ in {"de", "du", "des", "d'"} for t in doc[sentences.start[i] : org.start]):
                        org = None  # ("La société sportive du club, qui gère …, reste présidée par X": not the club's)
                dont = next((d for d in range(k - 1, max(1, k - 6), -1) if self._lowers[d] == "dont" and doc[d - 1].text == ","), None) if org is None else None
                if dont is not None and any(self._lowers[n] in {"délégation", "antenne", "section", "branche"} for n in range(dont + 1, k)) \
                        and all(t.is_lower and t.pos_ in {"DET", "NOUN", "ADJ"} for t in doc[dont + 1 : k]):
                    org = self._org_ending_at(doc, dont - 1)  # "la Fondation du patrimoine, dont la délégation régionale est présidée par X": the body's
                if org is None and k >= 1 and self._lowers[k - 1] in {"il", "elle"} and sentences.start[i] == k - 1 and (word in _PRESIDED or word.startswith("codirig")):
                    # "Il est présidé par X": of the body that opened the sentence before, else of no body the text names
                    # ("Le laboratoire réunira 18 chercheurs. Il sera codirigé par X": a laboratory the text does not name)
                    subject = self._previous_subject(doc, i)
                    forms = _LEAD_FORMS["codirect" if word.startswith("codirig") else "chair"]
                    out += self._presidency(doc, person, subject, i, person.end, None, forms, unnamed=subject is None)
                    continue
                lo = sentences.start[i]
                if org is None and word in _PRESIDED and self._lowers[lo : lo + 2] == ["le", "jury"] and k - lo < 10 and not any(t.pos_ in {"VERB", "AUX"} for t in doc[lo:k]):
                    # "Le jury du prix X, présidé par l'écrivain Y, …": the jury's president, of no body
                    out += self._presidency(doc, person, None, i, person.end, None, ("présidente du jury", "président du jury"), unnamed=True)
                    continue
                organ = {"directoire": "du directoire", "administration": "du conseil d'administration", "surveillance": "du conseil de surveillance"}.get(doc[k - 1].lower_ if k > 0 else "")
                if org is None and organ is not None:
                    # "Le directoire est dirigé par X": its président, in the organization the release is about
                    out += self._presidency(doc, person, None, i, person.end, None, (f"présidente {organ}", f"président {organ}"), possessive=True)
                    continue
                body = next((n for n in range(k - 1, max(0, k - 4), -1) if doc[n].lower_ in _ORGANS - {"directoire"} and doc[n - 1].lower_ in {"un", "une", "le", "la", "l'", "au", "du"}), None)
                if org is None and body is not None and word in _PRESIDED and all(t.is_lower and (t.pos_ in {"ADJ", "NOUN"} or t.lower_ in {"de", "d'", "des", "du"}) for t in doc[body + 1 : k]):
                    # "Un comité scientifique présidé par l'historienne Françoise X": the organ's president, of no named organization
                    organ = doc[body:k].text
                    if organ.lower() in {"comité de direction", "comité exécutif"} and doc[person.end : person.end + 1].text == "," and person.end + 1 < len(doc) \
                            and self._is_head(doc[person.end + 1]):
                        continue  # "le comité de direction présidé par X, présidente-directrice générale": her function, the title after the name
                    of_organ = _of_noun(organ, doc[body].lower_ in {"commission", "assemblée"})
                    out += self._presidency(doc, person, None, i, person.end, None, (f"présidente {of_organ}", f"président {of_organ}"), unnamed=True)
                    continue
                if org is None and k > 1 and doc[k - 1].lower_ in {"il", "elle"}:
                    org = self._previous_subject(doc, k - 1)  # "Le groupe X emploie … Il est présidé par Henri X"
                if org is None and (tok.is_sent_start or i > 0 and is_break(doc[i - 1])):
                    # "Présidée depuis 2021 par Sylvain X, boucher à Sablé, la chambre forme …": the subject after the clause
                    hi = self._sentences.end[i]
                    for c in range(person.end + 1, hi):
                        if doc[c - 1].text == "," and is_capitalized(doc[c]) and c not in self._orgs:
                            self._repeat_at(doc, c)  # ("…, Atmo Grand Est réunit …": a body named before, written again)
                    org = next((o for o in sorted(self._orgs.values(), key=lambda o: o.start) if person.end < o.start < hi and self._after_comma(doc, o.start)), None)
                forms = _LEAD_FORMS["codirect" if word.startswith("codirig") else "direct" if word in _DIRECTED else "lead" if word in _TAKEN_OVER
                                    else "command" if word in _COMMANDED else "chair"]
                if word in _TAKEN_OVER | _COMMANDED and org is None:
                    continue  # (a taking over of something the text does not name)
                noun = doc[org.start - 1].lower_ if org is not None and org.start > 0 else ""  # ("la coopérative Terres d'Argoat")
                school = org.text.lower().split()[0] if org is not None and word in _DIRECTED else ""
                if school in _SCHOOL_HEADS:
                    forms = _SCHOOL_HEADS[school]  # "Le lycée X sera dirigé par Y": its proviseure
                # ("La compagnie de danse Mira, dirigée par le chorégraphe X": a troupe's directeur)
                troupe = org is not None and org.start > 2 and self._lowers[org.start - 3] == "compagnie" and noun in {"danse", "théâtre", "cirque", "marionnettes"}
                if word in _DIRECTED and org is not None and (org._.org or {}).get("kind") == "company" and noun not in _NOT_LED and not troupe \
                        and not org.text.lower().startswith(tuple(_NOT_LED | _SITE_WORDS)) and not any(self._lowers[n] in _SITE_WORDS for n in range(max(0, org.start - 3), org.start)):
                    forms = _LEAD_FORMS["lead"]  # "L'entreprise X, dirigée depuis 2019 par Y": a company's dirigeante (a cooperative or a bank has a directeur)
                unit = next((n for n in range(org.start - 2, max(1, org.start - 8), -1) if self._lowers[n] in _COMPANY_UNITS and self._lowers[n - 1] in _ARTICLE_LINKS), None) \
                    if org is not None and word in _DIRECTED and org.start > 2 and self._lowers[org.start - 1] in {"de", "du", "d'"} else None
                if unit is not None and not any(t.is_punct or t.pos_ in {"VERB", "AUX"} for t in doc[unit : org.start]):
                    # "la division Mouvement industriel de Sermati, dirigée par X": the unit's directrice, in the company
                    unit_name = _of(self._lowers[unit - 1], doc[unit : org.start - 1].text)
                    forms = (f"directrice {unit_name}", f"directeur {unit_name}")
                if org is None and doc[i - 1].lower_ == "et" and out and self._sentences.start[out[-1].start] == self._sentences.start[i] and out[-1]._.role["organization"] is not None:
                    # "Elle est présidée par X, …, et dirigée par Y": the same organization
                    org = next((o for o in self._orgs.values() if [o.start_char, o.end_char] == out[-1]._.role["organization"]), None)
                if org is not None:
                    roles = self._presidency(doc, person, org, i, person.end, None, forms)
                    if any(self._lowers[n] in {"était", "fut"} for n in range(max(0, i - 3), i)):
                        for role in roles:
                            role._.role["status"] = "former"  # "La fonderie était dirigée depuis 1994 par X" (before its sale)
                    out += roles
                elif word in _DIRECTED and (k > 1 and doc[k - 1].lower_ in _SITE_WORDS and doc[k - 2].lower_ in {"la", "le", "l'"} or self._staff_before(doc, k)):
                    # "Le site, dirigé par Gwénola X": a site of the organization the release is about
                    # ("… dispose d'une équipe de 21 agents, dirigée par X": its staff, so its director)
                    out += self._presidency(doc, person, None, i, person.end, None, forms, possessive=True)
                elif word in _DIRECTED and any(self._lowers[n] in _OWN_UNITS and self._lowers[n - 1] in {"son", "sa", "leur"}
                                               and not any(t.is_punct and t.text != "-" or t.pos_ in {"VERB", "AUX"} for t in doc[n:k]) for n in range(max(1, k - 6), k)):
                    # "Son département Temps-fréquence, dirigé par X": the unit's head, in the body the sentence before
                    # is about (its subject), else the one the release is about
                    subject = self._previous_subject(doc, k) or self._fronted_subject(doc, k)
                    out += self._presidency(doc, person, subject, i, person.end, None, forms, possessive=subject is None)
                elif word in _DIRECTED and k > 1 and self._lowers[k - 1] in {"service", "pôle"} and self._lowers[k - 2] in {"le", "ce"}:
                    # "Le service sera dirigé par le docteur X" (in a hospital's release): its chef de service, in the body the release is about
                    unit = self._lowers[k - 1]
                    out += self._presidency(doc, person, None, i, person.end, None, (f"cheffe de {unit}", f"chef de {unit}"), possessive=True)
                elif word in _DIRECTED and any(doc[n].pos_ == "NOUN" and doc[n].lower_ not in _SITE_WORDS and doc[n - 1].lower_ in {"la", "le", "l'", "un", "une"}
                                               and not any(t.is_punct or t.pos_ in {"VERB", "AUX"} or t.i in self._orgs for t in doc[n:k]) for n in range(max(1, k - 6), k)):
                    # "La chaire sera dirigée par Karine X", "un centre de recherche à Grenoble dirigé par Y": a director
                    # of something the text does not name as an organization
                    out += self._presidency(doc, person, None, i, person.end, None, forms, unnamed=True)
            elif word == "présidence" and i > 1 and doc[i - 1].lower_ == "la" and doc[i - 2].lower_ == "sous" and doc[i + 1 : i + 2].text.lower() in {"de", "d'"}:
                # "Le conseil de surveillance de la Caisse X, réuni sous la présidence de Véronique Y": its présidente
                person = self._starts.get(i + 2) or (self._starts.get(i + 3) if i + 3 < len(doc) and doc[i + 2].lower_.rstrip(".") in self.civilities else None)
                lo = sentences.start[i]
                org = next((o for o in sorted(self._orgs.values(), key=lambda o: o.start) if lo < o.start < i), None)
                j = lo + (doc[lo].lower_ in {"le", "la", "l'"})
                # ("Le conseil portuaire se réunira sous la présidence de X, vice-président du conseil départemental": the subject
                # comes before, so a body after the name is the person's own)
                fronted = bool(PARTICIPLE_END.search(doc[lo].lower_)) and doc[lo].pos_ in {"VERB", "ADJ"} \
                    or not any(t.pos_ in {"VERB", "AUX"} and "Part" not in t.morph.get("VerbForm") for t in doc[lo:i])  # ("Réunie ce vendredi sous …", tagged finite)
                if org is None and person is not None and not fronted and doc[j].lower_ in _ORGANS:
                    end = j + 1
                    while end < i and (doc[end].is_lower and doc[end].pos_ in {"ADJ", "NOUN"} or self._lowers[end] in {"de", "d'"} and end + 1 < i and doc[end + 1].is_lower and doc[end + 1].pos_ == "NOUN"):
                        end += 1 + (self._lowers[end] in {"de", "d'"})
                    organ = doc[j:end].text  # "le conseil portuaire", "le comité de pilotage": its président, of no body the text names
                    of_organ = _of_noun(organ, doc[j].lower_ in {"commission", "assemblée"})
                    out += self._presidency(doc, person, None, i, person.end, None, (f"présidente {of_organ}", f"président {of_organ}"), unnamed=True)
                    continue
                if org is None and person is not None and fronted and person.end < len(doc) and doc[person.end].text == ",":
                    # "Réunie sous la présidence de Franck X, la commission permanente de la Région Grand Est a voté …": the subject after the clause
                    j = person.end + 1 + (doc[person.end + 1 : person.end + 2].text.lower() in {"le", "la", "l'"})  # (not past a text's end)
                    org = next((o for o in sorted(self._orgs.values(), key=lambda o: o.start) if person.end < o.start < sentences.end[i] and o.start - j < 8), None)
                if person is None or org is None:
                    continue
                organ = doc[j : self._link_start(doc, org.start)].text if doc[j].lower_ in _ORGANS else ""
                of_organ = _of_noun(organ, organ.startswith("commission"))
                forms = (f"présidente {of_organ}", f"président {of_organ}") if organ else ("présidente", "président")
                out += self._presidency(doc, person, org, i, person.end, None, forms)
            elif word in _OFFICES and i > 1 and doc[i - 1].lower_ in {"la", "sa", "leur"} and doc[i - 2].lower_ == "à":
                org = self._orgs.get(i + 2) if i + 2 < len(doc) and doc[i + 1].lower_ in {"de", "du", "d'", "des"} else None
                if org is None and i + 3 < len(doc) and doc[i + 1].lower_ == "de" and doc[i + 2].lower_ in {"la", "l'"}:
                    org = self._orgs.get(i + 3)
                if org is None and i + 4 < len(doc) and doc[i + 1].lower_ == "de" and self._lowers[i + 2] in {"sa", "son", "leur"} and doc[i + 3].is_lower:
                    # "à la présidence de sa filiale française, Nordvik Elevators France": the body the apposition names
                    comma = next((c for c in range(i + 4, min(len(doc) - 1, i + 7)) if doc[c].text == ","), None)
                    if comma is not None and all(t.is_lower for t in doc[i + 3 : comma]):
                        org = self._orgs.get(comma + 1)
                lo = sentences.start[i]
                elected = next((j for j in range(i - 3, lo - 1, -1) if doc[j].lower_ in _ELECTED), None)
                if elected is None:
                    # "la nomination de Léonie X à la direction du Centre dramatique national": the person the noun names
                    named = next((j for j in range(i - 3, max(lo, i - 10) - 1, -1) if self._lowers[j] in _APPOINTMENTS and self._lowers[j + 1] in {"de", "d'"}), None)
                    person = self._starts.get(named + 2) if named is not None else None
                    if person is None or person.end != i - 2 or doc[i - 2].lower_ != "à":
                        continue
                    elected = named
                # "a élu Sandrine Y à sa présidence" (person after the verb) or
                # "Paul Y a été élu à la présidence de …" (person before it)
                person = next((p for p in people if elected < p.start and p.end <= i - 2), None)
                if person is None and doc[i - 1].lower_ in {"sa", "leur"}:
                    person = self._starts.get(i + 1)  # "Le conseil a élu à sa présidence Yvon X"
                bare = person is None and doc[i - 1].lower_ == "la" and elected == i - 3 and i + 1 < len(doc) and i + 1 in self._starts
                if bare:
                    person = self._starts[i + 1]  # "les délégués ont élu à la présidence Marie X": the body's, named before
                feminine = None
                if person is None:
                    person = next((p for p in reversed(people) if lo <= p.start and p.end <= elected), None)
                    feminine = doc[elected].lower_.endswith("e")  # "élue", agreeing with the person
                if person is None and elected == lo:
                    # "Réélue à la présidence de la chambre en mai, Anne X a …": the name after the fronted clause
                    person = next((p for p in people if i < p.start < sentences.end[i] and doc[p.start - 1].text == ","), None)
                if person is None:
                    continue
                body = _INTERNAL_BODY.match(doc[i + 1 : i + 6].text)
                if body is not None:
                    # "a reconduit X à la présidence du conseil de surveillance": of the organization the release is about
                    forms = tuple(f"{f} {body.group(0)}" for f in _OFFICES[word])
                    out += self._presidency(doc, person, None, min(person.start, elected), i + 1, feminine, forms, possessive=True)
                    continue
                if org is None:
                    org = self._last_org(lo, min(elected, person.start))
                if org is not None:
                    out += self._presidency(doc, person, org, min(person.start, elected), i + 1, feminine, _OFFICES[word])
                elif doc[i - 1].lower_ in {"sa", "leur"} or bare:
                    # "Le nouveau conseil a élu à sa présidence Yvon X": of the organization the release is about
                    out += self._presidency(doc, person, None, min(person.start, elected), i + 1, feminine, _OFFICES[word], possessive=True)
        return out

    def _staff_before(self, doc: Doc, k: int) -> bool:
        """Whether "une équipe de 21 agents" (a body's staff, counted) ends at ``k``."""
        return k > 4 and self._lowers[k - 1] in _STAFF_NOUNS and (doc[k - 2].like_num or self._lowers[k - 2] in _NUMBER_WORDS) \
            and self._lowers[k - 3] == "de" and self._lowers[k - 4] in {"équipe", "effectif"} and self._lowers[k - 5] in {"une", "son", "l'"}

    @staticmethod
    def _after_comma(doc: Doc, start: int) -> bool:
        """Whether the name at ``start`` opens a clause after a comma: ", Lumedix",
        ", la société Lumedix", ", la maroquinerie Atelier Verdier"."""
        j = start - 1
        while j > 0 and start - j <= 3 and doc[j].is_lower and doc[j].pos_ in {"NOUN", "ADJ"}:
            j -= 1
        j -= j > 0 and doc[j].lower_ in {"la", "le", "l'", "les"}
        return j >= 0 and doc[j].text == ","

    def _founders(self, doc: Doc, people: list[Span], sentences: Sentences) -> list[Span]:
        """"Fondée en 2020 par Thomas X et Inès Y, la jeune entreprise …",
        "la société Z, fondée par Paul X": founders of the organization the
        sentence is about (the one before the participle, else the first after
        the names)."""
        out = []
        for i, tok in self._at(doc, _FOUNDED):
            first = self._agent(doc, i, 6)  # "fondée en 2020 par"
            if first is None:
                continue
            group = [first]
            k = group[0].end
            while k + 1 < len(doc):
                if doc[k].text == "(":
                    close = closing(doc, k, ")", 8)
                    if close is not None:
                        k = close + 1  # "par Julien X (président) et Émilie Y (directrice technique)"
                        continue
                if doc[k].text == "," and doc[k + 1].lower_ == "et" and k + 2 < len(doc) and self._person_after(doc, k + 2) is not None:
                    group.append(self._person_after(doc, k + 2))  # "par Claire X, docteure en …, et Yanis Y"
                    k = group[-1].end
                    continue
                if doc[k].text == "," and self._person_after(doc, k + 1) is None:
                    # "par Thibault X, ancien consultant chez Y, et Amina Z, ingénieure …": skip the apposition
                    nxt = next((j for j in range(k + 1, min(len(doc), k + 12)) if doc[j].text == "," or is_break(doc[j]) or doc[j].text in _HARD_STOPS), None)
                    if nxt is None or doc[nxt].text != "," or any(t.pos_ == "AUX" or t.pos_ == "VERB" and "Part" not in t.morph.get("VerbForm") for t in doc[k + 1 : nxt]):
                        break  # (not "par X, Plastoval est dirigée par son fils, Y": the main clause, not an apposition)
                    k = nxt
                    continue
                if doc[k].lower_ not in {"et", ","} or self._person_after(doc, k + 1) is None:
                    break
                group.append(self._person_after(doc, k + 1))  # "… et l'ancienne directrice de recherche de Sanofi, Émilie X"
                k = group[-1].end
            org = self._org_ends.get(i - 1 if doc[i - 1].text == "," else i)
            if org is None and i > 4 and doc[i - 1].text == "," and doc[i - 2].text == ")" and doc[i - 4].text == "(":
                org = self._org_ends.get(i - 4)  # "- Innovation : Bioptéra (Beaucouzé), fondée par X": past the town
            if org is None:
                # "Cardiolys, start-up fondée en 2021 par X": the name an apposed common noun describes
                n = i - 1
                while n > 0 and i - n <= 4 and (doc[n].is_lower and doc[n].pos_ not in {"VERB", "AUX", "ADP", "DET", "CCONJ", "PRON"} or doc[n].text == "-"):
                    n -= 1
                if n < i - 1 and doc[n].text == ",":
                    org = self._org_ends.get(n)
            if org is None:
                hi = sentences.end[i]
                last = group[-1].end
                # the subject after the fronted clause ("…, Lumedix a mis au point"), not a name inside an apposition
                subject = next((o for o in sorted(self._orgs.values(), key=lambda o: o.start) if last <= o.start < hi and self._after_comma(doc, o.start)), None)
                org = subject or next((o for o in self._orgs.values() if k <= o.start < hi), None)
            after = k + 1
            if org is None and doc[i].is_sent_start and after < len(doc) and doc[k].text == "," and after not in self._starts and doc[after].pos_ == "PROPN" and is_capitalized(doc[after]):
                # "Fondée en 1974 par Lucien X, Plastibel emploie …": the name after the fronted clause is its subject
                end = extend_name(doc, after)
                if end < len(doc) and doc[end].pos_ in {"VERB", "AUX"}:
                    org = Span(doc, after, end, label="ORG")
                    self._new_orgs.append(org)
                    self._orgs[after] = org
            if org is None:
                continue
            forms = ("cofondatrice", "cofondateur") if tok.lower_.startswith("cofond") else ("fondatrice", "fondateur")  # "Cofondée par X et Y"
            for person in group:
                out += self._presidency(doc, person, org, i, person.end, None, forms)
        return out

    def _subject(self, doc: Doc, people: list[Span], i: int) -> Span | None:
        """The person a verb at ``i`` has for subject: the last person named
        before it in its sentence, or, after "il"/"elle", the last person named
        before the pronoun whose gender the text does not contradict."""
        lo = self._sentences.start[i]
        k = i - 1
        while k >= lo and (doc[k].pos_ in {"AUX", "ADV", "VERB"} or doc[k].lower_ in {"ne", "n'", "y", "en", "a", "avait", "aura"}):
            k -= 1  # "X a officiellement pris ses fonctions": back to the subject
        if k - 3 >= lo and _aged(doc, k - 3):
            k -= 4  # "la nouvelle présidente, 49 ans, est …": past the age
        named = [p for p in people if lo <= p.start and p.end <= i]
        if k >= lo and doc[k].lower_ == "et" and not named:
            # "il était jusqu'ici vice-président et présidait la caisse locale": the pronoun of the first verb
            pronoun = next((n for n in range(k - 1, lo - 1, -1) if self._lowers[n] in {"il", "elle"}), None)
            if pronoun is not None and not any(t.text in {";", ":", "«", "»"} for t in doc[pronoun:k]):
                k = pronoun  # (read as the pronoun below)
            else:
                # "… le nouveau président était jusqu'ici secrétaire adjoint et préside depuis 2019 la coopérative X": the phrase that points back
                pointing = next((n for n in range(lo + 2, k) if self._referring(doc, n) is not None), None)
                if pointing is not None and not any(t.text in {";", ":", "«", "»"} for t in doc[pointing:k]):
                    k = pointing
        if k > lo + 2 and doc[k].text == "," and self._lowers[lo : lo + 3] in (["ce", "dernier", ","], ["cette", "dernière", ","]) \
                and not any(t.text in {"«", "»", ":", ";"} or t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in doc[lo + 3 : k]):
            k = lo + 1  # "Ce dernier, président depuis 2014, reste membre du bureau": past the apposition to the pointing subject
        demonstrative = self._demonstrative(doc, k) if k >= lo else None
        if k >= lo and (doc[k].lower_ in {"il", "elle"} or doc[k].lower_ in {"dernier", "dernière"} and k > lo and doc[k - 1].lower_ in {"ce", "cette"}
                        or demonstrative is not None):
            # "Il était …", "Ce dernier occupait …", "Celle-ci reste …": the last person named, of the pronoun's gender
            feminine = doc[k].lower_ in {"elle", "dernière"} or bool(demonstrative)
            k -= 2 if demonstrative is not None else 0
            previous = self._previous_sentence(doc, k) if k == lo else None
            if previous is not None and not any(previous[0] <= p.start < previous[1] for p in people) and self._previous_subject(doc, k) is not None:
                return None  # "L'université accueille 9 500 étudiants. Elle est membre de …": the body the sentence before is about
            return next((p for p in reversed(people) if p.end <= k and self._feminine(p) in {None, feminine}), None)
        if k >= lo and (feminine := self._referring(doc, k)) is not None:
            # "…, la nouvelle directrice était depuis 2022 responsable …": the last person named of its gender,
            # not one who only spoke ("« … », a salué la maire, X")
            # (nor the one replaced: "Il succède à Y, qui ne se représentait pas. Âgé de 47 ans, le nouveau président était …")
            return next((p for p in reversed(people) if p.end <= k - 2 and self._feminine(p) in {None, feminine}
                         and (not self._speaker(doc, p) or self._elected_after(p)) and not self._replaced(doc, p)), None)
        if k >= lo and doc[k].lower_ == "et" and named:
            # "X, qui dirigeait le Quai depuis 2020 et a pris la direction de Y": the relative clause's second verb
            qui = next((q for q in range(k - 1, named[-1].end - 1, -1) if doc[q].lower_ == "qui" and doc[q - 1].text == ","), None)
            if qui is not None and not any(t.text in {",", "«", "»", ":", ";"} for t in doc[qui + 1 : k]):
                return self._antecedent(doc, people, qui)
        if k >= lo and doc[k].lower_ == "qui" and named and doc[k - 1].text == ",":
            # "Elle succède à Bernard X, fils du fondateur, qui conserve …": the antecedent, past its apposition
            between = doc[named[-1].end : k]
            if not any(t.text in {"«", "»", ":", ";"} or t.pos_ in {"VERB", "AUX"} for t in between):
                return named[-1]
        # "Damien X a pris lundi ses fonctions": no quotation, clause or second verb between
        if named and not any(t.text in {"«", "»", ":", ";"} or t.lower_ in {"que", "qu'", "qui"} for t in doc[named[-1].end : i]):
            return named[-1]
        # "Pierre X, 66 ans, qui dirigeait la société depuis 1994, a cédé …": a relative clause
        # closed by a comma before the verb; its antecedent is the subject
        first = next((p for p in people if lo <= p.start < i), None)
        if first is not None and k >= lo and doc[k].text == "," and first.start == self._sentence_start_name(doc, lo):
            between = doc[first.end : k]
            if any(t.lower_ == "qui" and doc[t.i - 1].text == "," for t in between) and not any(t.text in {"«", "»", ":", ";"} for t in between):
                if all(p.start < first.end or p.start > k for p in people):
                    return first
        return None

    def _parenthesized_owner(self, doc: Doc, person: Span) -> Span | None:
        """The body a parenthesis opened right after it lists the person in: "Delsol Avocats (Me Thomas X, associé ; …)"."""
        k = person.start - 1
        while k >= 0 and person.start - k < 25 and not is_break(doc[k]) and doc[k].text not in {"(", ")", ".", "«", "»"}:
            k -= 1
        if k < 1 or doc[k].text != "(" or k not in self._org_ends:
            return None
        owner = self._org_ends[k]
        return None if (owner._.org or {}).get("anaphor") else owner

    def _demonstrative(self, doc: Doc, k: int) -> bool | None:
        """Whether ``k`` ends "celle-ci" / "celui-ci" (split in three tokens): its gender (True: feminine), else None."""
        if k < 2 or self._lowers[k] != "ci" or doc[k - 1].text != "-":
            return None
        return {"celle": True, "celui": False}.get(self._lowers[k - 2])

    def _replaced(self, doc: Doc, person: Span) -> bool:
        """Whether ``person`` is named as the one a successor replaces ("succède à M. Y", "remplace Y")."""
        return any(self._lowers[n] in _SUCCEEDS for n in range(max(0, person.start - 4), person.start))

    def _referring(self, doc: Doc, k: int) -> bool | None:
        """Whether a title head at ``k`` ends a phrase that points back to a
        person like a pronoun ("Titulaire d'un doctorat, la nouvelle
        directrice était …"): its gender (True: feminine), else None. The
        phrase opens its sentence or follows a comma."""
        if k < 2 or not self._is_head(doc[k]) or self._lowers[k - 1] not in {"nouveau", "nouvelle", "nouvel"} or self._lowers[k - 2] not in {"le", "la", "l'"}:
            return None
        if not (k - 2 == self._sentences.start[k] or doc[k - 3].text == ","):
            return None
        return {"la": True, "le": False}.get(self._lowers[k - 2], self._lowers[k] in self._feminine_heads)

    def _sentence_start_name(self, doc: Doc, lo: int) -> int:
        """Where the sentence's opening name starts, past an article and a
        description ("Le fondateur, Pierre X, …" -> the name), and past a
        dateline ("Châlons, le 4 septembre 2026 – Le commissaire X …")."""
        dash = next((d for d in range(lo, min(len(doc), lo + 15)) if doc[d].text in {"–", "—"}), None)
        if dash is not None and any(t.like_num for t in doc[lo:dash]):
            lo = dash + 1
        k = lo
        while k < len(doc) and k - lo < 6 and k not in self._starts and doc[k].pos_ not in {"VERB", "AUX"}:
            k += 1
        return k

    def _within_org(self, k: int) -> bool:
        """Whether token k lies inside an organization's name."""
        return any(o.start <= k < o.end for o in self._orgs.values())

    def _clause_titles(self, doc: Doc, people: list[Span], found: list[Span]) -> list[Span]:
        """Titles given by a clause rather than an apposition: "Elle est depuis
        2021 directrice adjointe du Théâtre X" (a pronoun and a copula: the
        last person named), "X a pris ses fonctions de directeur du SDIS",
        "Il a fondé en 2009 la compagnie X", "Y, qui en était jusqu'ici la
        directrice commerciale" ("en": the organization named before)."""
        out = []
        have = {(tuple(r._.role["person"]), r.start) for r in found}
        for i, tok in enumerate(doc):
            word = tok.lower_
            person, title, former = None, None, False
            been = i + 2
            while been < len(doc) and been - i < 5 and doc[been].lower_ in _CLAUSE_ADVERBS | _PAST_ADVERBS | _CAREER_ADVERBS:
                been += 1  # "il a auparavant été", "elle avait déjà été"
            pointer = word in {"il", "elle"} or self._referring(doc, i) is not None or self._demonstrative(doc, i) is not None  # ("la nouvelle directrice était …", "celle-ci")
            # "Il en était jusqu'ici le directeur général": "en", the body named last before the pronoun
            of_it = pointer and i + 3 < len(doc) and self._lowers[i + 1] == "en" and self._lowers[i + 2] in _COPULAS
            if of_it:
                i += 1
            elif pointer and _aged(doc, i + 1):
                i += 4  # "la nouvelle présidente, 49 ans, est arbitre nationale": past the age
            if pointer and i + 1 < len(doc) and (doc[i + 1].lower_ in _COPULAS or doc[i + 1].lower_ in {"a", "avait"} and doc[been : been + 1].text == "été"):
                j = i + 2 if doc[i + 1].lower_ in _COPULAS else been + 1
                former = doc[i + 1].lower_ in {"était", "fut", "a", "avait"}
                j = self._skip_adverbs(doc, j)
                whose = i > 1 and self._lowers[i - 1] == "dont" and doc[i - 2].text == ","  # ("…, dont il était le trésorier")
                if (of_it or whose) and j + 1 < len(doc) and self._lowers[j] in {"le", "la", "l'"} and (self._is_head(doc[j + 1]) or self._lowers[j + 1] in self.modifiers):
                    j += 1
                if j + 2 < len(doc) and self._lowers[j] == "depuis" and (doc[j + 1].like_num or self._lowers[j + 1] in _NUMBER_WORDS) and self._lowers[j + 2] in _DURATION_UNITS:
                    j += 3  # "il était depuis quatre ans entraîneur au centre de formation …"
                title = self._title_at(doc, j)
                if title is not None and doc[title["start"]].lower_ in {"chargé", "chargée", "chargés", "chargées"} and doc[title["start"] + 1 : title["start"] + 2].text in {"des", "du"}:
                    title = None  # "Elle sera chargée des finances": a delegation of the function just named, not a title
                person = self._subject(doc, people, i + 1 - of_it) if title is not None else None
                if title is not None and of_it and title["org"] is None:
                    # the body named last before the pronoun, past one a description attaches to ("l'institut X, unité associée au CNRS")
                    previous = self._previous_sentence(doc, i - 1)
                    lo = previous[0] if previous is not None else self._sentences.start[i]
                    named = [o for o in sorted(self._orgs.values(), key=lambda o: o.start) if lo <= o.start and o.end <= i - 1 and not (o._.org or {}).get("anaphor")]
                    named = [o for o in named if self._lowers[o.start - 1] not in {"au", "aux", "à"} and self._lowers[o.start - 2 : o.start] != ["à", "l'"]] or named
                    title["org"] = named[-1] if named else None
                if title is not None and title["org"] is None and i > 1 and doc[i - 1].lower_ in {"dont", "où"} and doc[i - 2].text == ",":
                    # "La FDSEA de Vaucluse, dont il est administrateur"; "le musée X, où elle était directrice adjointe"
                    # ("Il a siégé au conseil général du Lot de 1985 à 2004, dont il avait été vice-président": the last body named before)
                    title["org"] = self._org_ends.get(i - 2) or self._last_org(self._sentences.start[i], i - 2)
            elif word == "fonctions" and i > 4 and self._lowers[i - 1] == "des" and self._lowers[i - 2] == "intérim" and doc[i + 1 : i + 2].text.lower() in {"de", "d'"}:
                # "Le sous-préfet de Pontivy, X, assure l'intérim des fonctions de secrétaire général de la préfecture"
                title = self._title_at(doc, i + 2)
                verb = i - 4 if self._lowers[i - 3] in {"l'", "l’"} else i - 3
                person = self._subject(doc, people, verb) if title is not None and self._lowers[verb] in {"assure", "assurera", "assurait"} else None
                former = self._lowers[verb] == "assurait"
            elif word == "fonctions" and i > 1 and doc[i - 1].lower_ in {"ses", "les"} and doc[i + 1 : i + 2].text.lower() in {"de", "d'"}:
                # ("a exercé les fonctions de juge d'instruction à Bordeaux, puis de vice-présidente …": each a post)
                listed = self._listed_posts(doc, i + 2)
                title = listed[0] if listed else None
                verb = i - 1
                while verb > 0 and (doc[verb - 1].lower_ in {"depuis", "alors", "déjà", "jusqu'alors", "jusqu'ici"} | _CLAUSE_ADVERBS | _CAREER_ADVERBS
                                    or doc[verb - 1].like_num and doc[verb - 2].lower_ == "depuis"):
                    verb -= 1  # "où elle occupait depuis 2020 les fonctions de …", "a ensuite occupé successivement les fonctions de …"
                person = self._subject(doc, people, verb) if title is not None else None
                # ("où elle a occupé les fonctions de …": a compound past)
                aux = verb - 2
                while aux > 0 and self._lowers[aux] in _PAST_ADVERBS | _CAREER_ADVERBS:
                    aux -= 1  # ("elle avait auparavant occupé les fonctions de …")
                compound = verb > 1 and self._lowers[verb - 1] in {"occupé", "exercé", "assuré"} and self._lowers[aux] in {"a", "avait"}
                held = verb > 0 and doc[verb - 1].lower_ in _HELD or compound
                former = held and doc[verb - 1].lower_ in _HELD_BEFORE or compound
                if verb > 1 and doc[verb - 1].lower_ == "de" and doc[verb - 2].lower_ in {"démissionné", "démissionnée", "démissionne", "démissionnera", "démissionner"}:
                    person, former = self._subject(doc, people, verb - 2), True  # "qui a démissionné de ses fonctions d'adjoint": held until then
                v = verb - compound  # (the auxiliary of a compound past)
                if title is not None and held and title["org"] is None and v > 3 and doc[v - 2].lower_ in {"il", "elle"} and doc[v - 3].lower_ == "où" and doc[v - 4].text == ",":
                    title["org"] = self._org_ends.get(v - 4)  # "… a rejoint NTN-SNR, où elle occupait les fonctions de …"
                for later in listed[1:] if person is not None and title is not None else []:
                    out.append(self._role(doc, person, dict(later, status="former" if former else later["status"])))
            elif word in {"restant", "demeurant"} and i > 0 and doc[i - 1].lower_ == "en" and i + 1 < len(doc):
                # "X, qui a démissionné de ses fonctions d'adjoint tout en restant conseiller municipal": still held
                title = self._title_at(doc, i + 1)
                lo = self._sentences.start[i]
                qui = next((q for q in range(i - 1, lo, -1) if doc[q].lower_ == "qui" and doc[q - 1].text == ","), None)
                person = (self._antecedent(doc, people, qui) if qui is not None else self._subject(doc, people, i - 1)) if title is not None else None
            elif word == "postes" and i > 2 and self._lowers[i - 1] == "les" and self._lowers[i + 1 : i + 2] in (["de"], ["d'"]) \
                    and (self._lowers[i - 2] in _HOLDS or self._lowers[i - 2] == "successivement" and self._lowers[i - 3] in _HOLDS):
                # "…, où il a occupé successivement les postes de directeur d'usine, de directeur industriel Europe puis de …": each a past post there
                verb = i - 2 - (self._lowers[i - 2] == "successivement")
                titles = self._listed_posts(doc, i + 2)
                person = self._subject(doc, people, verb) if titles else None
                if person is not None and doc[verb - 1].lower_ in {"a", "avait"} and doc[verb - 2].lower_ in {"il", "elle"} and doc[verb - 3].lower_ == "où" and doc[verb - 4].text == ",":
                    there = self._last_org(self._sentences.start[i], verb - 4)  # ("Il a rejoint Somfy en 2009, où …": the body joined)
                    for listed in titles:
                        listed["org"] = listed["org"] or there
                for listed in titles[1:] if person is not None else []:
                    out.append(self._role(doc, person, dict(listed, status="former")))
                title = titles[0] if titles else None
                former = True
            elif word == "poste" and i > 1 and doc[i - 1].lower_ == "le" and doc[self._before_duration(doc, i - 1) - 1].lower_ in _HOLDS | {"prend", "prendra", "pris"} \
                    and doc[i + 1 : i + 2].text.lower() in {"de", "d'"}:
                # "Ce dernier occupait le poste de directeur de l'agence de Rouen"; "… a occupé pendant huit ans le poste de …";
                # "X prend le poste de VP Sales Europe"
                verb = self._before_duration(doc, i - 1) - 1
                title = self._title_at(doc, i + 2)
                former = doc[verb].lower_ in {"occupait", "occupé"}
                person = self._subject(doc, people, verb) if title is not None else None
                if title is not None and title["org"] is None and verb > 4 and doc[verb - 1].lower_ in {"a", "avait"} and doc[verb - 2].lower_ in {"il", "elle"} \
                        and doc[verb - 3].lower_ == "où" and doc[verb - 4].text == ",":
                    title["org"] = self._org_ends.get(verb - 4)  # "… avant de rejoindre le groupe X, où il a occupé le poste de …"
            elif (word == "tant" and i > 0 and doc[i - 1].lower_ == "en" and doc[i + 1 : i + 2].text.lower() in {"que", "qu'"}
                  or word == "comme" and i + 1 < len(doc) and (self._is_head(doc[i + 1]) or doc[i + 1].lower_ in self.modifiers and i + 2 < len(doc) and self._is_head(doc[i + 2]))
                  or word in {"qualité", "poste"} and i > 0 and doc[i - 1].lower_ == ("en" if word == "qualité" else "au") and doc[i + 1 : i + 2].text.lower() in {"de", "d'"}):
                # "… avant de rejoindre le ministère X en tant que sous-directrice des ports", "… comme directrice industrielle",
                # "X rejoint le groupe en qualité de directrice financière", "a nommé X au poste de directrice générale"
                title = self._title_at(doc, i + 1 if word == "comme" else i + 2)
                lo, hi = self._sentences.bounds(i)
                person = self._sentence_subject(doc, people, lo) if title is not None else None
                opener = self._opener(doc, lo, i)
                if title is not None and person is None and opener is not None and is_participle(opener):
                    # "Recrutée en tant que responsable RSE en janvier, Émilie X complète l'équipe": the name after the clause
                    comma = next((k for k in range(i, hi) if doc[k].text == ","), None)
                    person = self._starts.get(comma + 1) if comma is not None else None
                rel = next((k for k in range(i - 1, lo, -1) if doc[k].lower_ == "qui" and doc[k - 1].text == "," and self._antecedent(doc, people, k) is not None), None)
                if title is not None and rel is not None and not any(doc[k].text == "," and not self._within_org(k) for k in range(rel, i)):
                    # "Il succède à X, qui rejoindra le festival Y comme directrice": X (a comma inside a body's name, as in
                    # "la direction générale des infrastructures, des transports et des mobilités", ends no clause);
                    # "Elle succède à X, en poste depuis 2011, qui rejoint …": X past the apposition
                    person = self._antecedent(doc, people, rel)
                # "Il succède à Mme X, appelée à d'autres fonctions en qualité de directrice de cabinet": X
                apposed = next((k for k in range(i - 1, lo, -1) if doc[k].text == "," and k in self._ends and is_participle(doc[k + 1])), None)
                if title is not None and apposed is not None and not any(t.text == "," for t in doc[apposed + 1 : i]):
                    person = self._ends[apposed]
                named = next((p for p in reversed(people) if lo <= p.start and p.end <= i and p.start > 1 and doc[p.start - 1].lower_ == "de" and doc[p.start - 2].lower_ == "nomination"), None)
                if title is not None and named is not None:
                    person = named  # "Le maire a annoncé la nomination de Françoise X comme première adjointe"
                if title is not None and person is None:
                    # "L'assemblée a élu X au comité directeur, en tant que représentante des athlètes": the one it names
                    person = next((p for p in reversed(people) if lo <= p.start and p.end <= i), None)
                pronoun = next((k for k in range(lo, i) if doc[k].lower_ in {"il", "elle"} and (k == lo or doc[k - 1].text == ",")), None)
                if title is not None and person is None and pronoun is None and title["end"] + 1 < len(doc) and doc[title["end"]].text == "," \
                        and self._lowers[title["end"] + 1] in {"il", "elle"} and lo == self._sentences.start[title["end"] + 1]:
                    pronoun = title["end"] + 1  # "Entré chez X en 2012 comme affréteur, il dirigeait …": the pronoun after the clause
                if title is not None and person is None and pronoun is not None:
                    # "Entré dans le groupe en 1998, il a rejoint la Caisse X comme directeur régional": the pronoun's person
                    person = self._subject(doc, people, pronoun + 1)
                if title is not None and title["org"] is None and not title.get("indefinite"):
                    # "rejoint l'état-major des armées, à Paris, comme chef du bureau …": the body joined
                    # (not "comme responsable de quai chez un messager": a body the text does not name)
                    joins = next((k for k in range(i - 1, lo - 1, -1) if self._lowers[k] in _JOINS), None)
                    joined = self._orgs.get(joins + 1 + (self._lowers[joins + 1] in {"la", "le", "l'", "les"})) if joins is not None and joins + 2 < i else None
                    title["org"] = joined if joined is not None and joined.end <= i else self._last_org(i - 8, i)
                    if title["org"] is None and any(w in {"directoire", "surveillance", "administration"} for w in self._lowers[max(lo, i - 6) : i]):
                        title["possessive"] = True  # "la nomination de X au directoire, en qualité de directeur de …": the release's body
                    if (title["org"] is not None and person is not None and person.end <= title["org"].start < i and doc[person.end].text == ","
                            and not any(t.pos_ in {"VERB", "AUX"} and "Part" not in t.morph.get("VerbForm") or t.lower_ in {"rejoindre", "rejoint", "rejoindra"} for t in doc[person.end : i])
                            and any(self._is_head(t) for t in doc[person.end : title["org"].start])):
                        # "a coopté Nathalie X, ancienne directrice générale de la coopérative Terrena, en qualité de
                        # membre indépendant": the organization of the person's apposition is not the new one's
                        title["org"], title["possessive"] = None, True
                former = any(t.lower_ in _PAST_CAREER for t in doc[lo:i]) or bool(re.search(r"\bde (?:19|20)\d\d à (?:19|20)\d\d\b", doc[lo:hi].text))
                # "arrivée en 2022 après dix saisons comme joueuse au club X": a term that ended
                former = former or word == "comme" and i - 3 >= lo and self._lowers[i - 3] == "après" and doc[i - 2].like_num and self._lowers[i - 1] in _TERMS
                # "X siégeait au bureau depuis 2021 en tant que trésorière": the clause's verb in the imperfect, a post held before
                # (the clause's own: not "qui était à la tête de la maison et rejoindra le festival comme …")
                clause = next((k + 1 for k in range(i - 1, lo - 1, -1) if self._lowers[k] in {"et", ",", "qui", "puis"}), lo)
                verb = next((t for t in reversed(doc[clause:i]) if t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm")), None)
                former = former or verb is not None and "Imp" in verb.morph.get("Tense") and "Ind" in verb.morph.get("Mood")
            elif word in {"mandat", "siège"} and i > 0 and doc[i - 1].lower_ in {"son", "sa"} and doc[i + 1 : i + 2].text.lower() in {"de", "d'"}:
                # ("Il conserve son siège de conseiller départemental du canton d'Yssingeaux": the seat the text names)
                # "…, qui a choisi de se consacrer à son mandat de maire de Vitré": the title the mandate names
                title = self._title_at(doc, i + 2)
                lo = self._sentences.start[i]
                rel = next((k for k in range(i - 1, lo, -1) if doc[k].lower_ == "qui" and doc[k - 1].text == ","), None)
                person = (self._antecedent(doc, people, rel) if rel is not None else self._sentence_subject(doc, people, lo)) if title is not None else None
            elif word == "été" and i > 1 and doc[i - 1].lower_ == "avoir" and doc[i - 2].lower_ in {"après", "d'", "de"}:
                # "…, après avoir été conseiller à la Cour de cassation": a past title of the sentence's subject
                title = self._title_at(doc, self._skip_adverbs(doc, i + 1))
                former = True
                if title is not None:
                    title["career"] = True  # (leaves room for the function a verb of the sentence gives: "il présidait X, après avoir été …")
                lo = self._sentences.start[i]
                pronoun = next((k for k in range(lo, i) if doc[k].lower_ in {"il", "elle"}), None)
                person = (self._subject(doc, people, pronoun + 1) if pronoun is not None else self._sentence_subject(doc, people, lo)) if title is not None else None
            elif (word in {"devient", "deviendra", "reste", "restera", "demeure"} or word == "sera" and self._lowers[i - 1] == "en"
                  or word in {"est", "était"} and self._lowers[i - 1] == "en" and i > 2 and doc[i - 2].text == "," and (i - 2) in self._ends) and i > 0 and i not in self._ends:
                # ("Théo X, chef du service des sports, en sera le rédacteur en chef"; "Sa sœur, Élodie X, en est la directrice financière")
                former = word == "était"
                # "… Marie X, qui présidait la chambre depuis 2016 et devient présidente d'honneur";
                # "L'ancien PDG, Michel X, petit-fils du fondateur, reste conseiller de la direction"
                j = self._skip_adverbs(doc, i + 1)
                pronoun = self._lowers[i - 1] == "en"  # ("X, directrice technique depuis 2015, en devient directrice générale": no article needed)
                title = self._title_at(doc, j + (pronoun and j < len(doc) and self._lowers[j] in {"le", "la", "l'"}))
                previous = self._previous_sentence(doc, i) if title is not None and pronoun and title["org"] is None else None
                organ = previous is not None and any(self._lowers[n] in {"bureau", "conseil", "comité", "directoire"} for n in range(previous[0], min(previous[0] + 3, previous[1])))
                if organ:
                    title["possessive"] = True  # "Le nouveau bureau compte trois vice-présidents : … . X en devient le secrétaire général": the release's body
                elif title is not None and pronoun and title["org"] is None:
                    # "Sylvie X, présidente de la Caisse B, en devient la directrice générale déléguée": of the
                    # body the sentence before ends with ("… à la tête de l'entité fusionnée")
                    near = max((p.start for p in people if p.end <= i), default=None)
                    title["org"] = self._last_org(max(0, near - 60), near) if near is not None else None  # (before the subject and its apposition)
                if title is not None and title["org"] is None and self._lowers[i - 1] == "y" and i > 1 and self._lowers[i - 2] in {"il", "elle"}:
                    # "Entré comme inspecteur à l'Urssaf de la Haute-Vienne, il y devient responsable du contrôle": where, the body named before the pronoun
                    title["org"] = self._last_org(self._sentences.start[i], i - 2)
                if title is not None:
                    lo = self._sentences.start[i]
                    rel = next((k for k in range(i - 1, lo, -1) if doc[k].lower_ == "qui" and doc[k - 1].text == "," and self._antecedent(doc, people, k) is not None), None)
                    # ("Mickaël X, conseiller délégué depuis 2020, qui devient adjoint": past the apposition)
                    person = self._antecedent(doc, people, rel) if rel is not None else self._subject(doc, people, i)
                if title is not None and person is not None and pronoun and word in {"devient", "deviendra"}:
                    # "X, directrice technique depuis 2015, en devient directrice générale": the post before, left
                    root = self._office_root(doc[title["start"]])
                    for r in found:
                        if r._.role["person"] == [person.start_char, person.end_char] and person.end <= r.start < i and self._office_root(doc[r.start]) == root \
                                and r._.role["status"] == "current":
                            r._.role["status"] = "former"
            elif word == "qui" and i > 1 and doc[i - 1].text == "," and (i - 1) in self._ends:
                # "Élodie X, qui en était jusqu'ici la directrice commerciale"
                person = self._ends[i - 1]
                j = i + 1
                pronoun = j < len(doc) and doc[j].lower_ == "en"
                j += pronoun
                if j + 1 < len(doc) and doc[j].lower_ in {"avait", "a"} and doc[j + 1].lower_ == "été":
                    j += 1  # "André X, qui avait été son adjoint aux finances": a past title
                    former = True
                    j = self._skip_adverbs(doc, j + 1)
                    j += j < len(doc) and doc[j].lower_ in {"le", "la", "l'", "son", "sa"}
                    title = self._title_at(doc, j)
                    if title is not None and doc[j - 1].lower_ in {"son", "sa"} and title["org"] is None:
                        title["org"] = self._last_org(self._sentences.start[i], person.start)
                elif j < len(doc) and doc[j].lower_ in _COPULAS:
                    former = doc[j].lower_ in {"était", "fut"}
                    j = self._skip_adverbs(doc, j + 1)
                    owned = j < len(doc) and doc[j].lower_ in {"son", "sa"}  # "…, qui fut son adjoint aux travaux": the body of the one named before
                    j += j < len(doc) and doc[j].lower_ in {"le", "la", "l'", "son", "sa"}
                    title = self._title_at(doc, j)
                    if title is not None and owned and title["org"] is None:
                        title["org"] = self._last_org(self._sentences.start[i], person.start)
                        title["possessive"] = title["org"] is None
                    if title is not None and pronoun and title["org"] is None:
                        lo = self._sentences.start[i]
                        title["org"] = self._last_org(lo, person.start)
            elif word == "en" and i in self._ends and i + 2 < len(doc) and self._lowers[i + 1] in _COPULAS:
                # "… est présidente de l'entreprise et sa sœur Marine X en est la directrice commerciale": the body named before
                person = self._ends[i]
                former = self._lowers[i + 1] in {"était", "fut"}
                j = self._skip_adverbs(doc, i + 2)
                j += j < len(doc) and self._lowers[j] in {"le", "la", "l'"}
                title = self._title_at(doc, j)
                if title is not None and title["org"] is None:
                    title["org"] = self._last_org(self._sentences.start[i], person.start)
            if word in {"il", "elle"} and i > 1 and doc[i - 1].text == ",":
                # "Ingénieure des ponts, elle était …", "Éleveur laitier, il préside la coopérative":
                # the title opening the sentence is the pronoun's person's
                lo = self._sentences.start[i]
                # "Après avoir été responsable du service … à la Caf du Nord, elle a rejoint …": a past post
                past = lo + 3 < i and self._lowers[lo] == "après" and self._lowers[lo + 1] == "avoir" and self._lowers[lo + 2] == "été"
                until = _past_lead(doc, lo)  # "Jusqu'ici vice-présidente chargée de la prévention, elle …": a post held until now
                opener = self._title_at(doc, self._skip_adverbs(doc, lo + 3) if past else until or lo)
                past = past or until is not None
                if past and opener is not None:
                    opener["status"] = "former"
                holder = person or (self._subject(doc, people, i + 1) if i + 1 < len(doc) else None)  # (not past a text's last word)
                chained = self._chained(doc, opener, i - 1) if opener is not None and holder is not None else None
                own_end = opener["end"] if opener is not None else i  # (where the opener's own words end, before it is stretched to the comma)
                if chained is not None:
                    # "Chargée de mission puis responsable du pôle biodiversité du Parc national des Cévennes à partir de 2016, elle …"
                    out += [self._role(doc, holder, dict(title, end=i, unnamed=title["org"] is None)) for title in chained]
                    opener = None
                elif opener is not None and _date_tail(doc, opener["end"], i - 1) == i - 1:
                    opener["end"] = i - 1  # "Ingénieure au Parc national de la Vanoise à partir de 2010, elle …"
                elif opener is not None and opener["end"] < i - 1 and sum(t.text == "," for t in doc[opener["end"] : i - 1]) <= 1 \
                        and not any(t.pos_ in {"VERB", "AUX"} and not t.lower_.startswith(("chargé", "délégué")) or t.text in {"«", "»"} for t in doc[opener["end"] : i - 1]) \
                        and not (doc[opener["end"]].text == "," and (nxt := self._title_at(doc, opener["end"] + 1 + (past_next := self._lowers[opener["end"] + 1] in _PAST_MARKS))) is not None
                                 and nxt["end"] <= i - 1 and (nxt["org"] is not None or past_next)):
                    # (not "Professeur de chimie, directeur depuis 2020 de l'IPREM, il …": a second title with its body, read below, nor
                    # "Chef d'entreprise, ancien troisième-ligne de l'équipe première, il …": a past post;
                    # a portfolio's participle is no verb: "… et jusqu'ici vice-présidente chargée de la prévention, elle …")
                    opener["end"] = i - 1  # "Éleveur à Louvigné, à la tête d'un troupeau de 90 vaches, il …": one more phrase between
                    opener["cut"] = min(opener["cut"], i - 1)
                if opener is not None and opener["end"] == i - 1 and (past or all(t.lower_ in self.former | self.temporal for t in doc[lo : opener["start"]])) and holder is not None:
                    # (a qualification more often than a post: no organization is guessed for it; a board's
                    # title is held in the organization the release is about: "Administratrice depuis 2015, elle …")
                    board = doc[opener["start"]].lower_ in _BOARD_TITLES or self._held_here(doc, opener)
                    out.append(self._role(doc, holder, dict(opener, end=i, unnamed=opener["org"] is None and not board, possessive=board and opener["org"] is None)))
                    out += self._second_fronted(doc, holder, own_end if opener["org"] is not None else opener["cut"], i - 1)
                elif opener is not None and holder is not None and all(t.lower_ in self.former | self.temporal for t in doc[lo : opener["start"]]):
                    out += self._fronted_phrases(doc, holder, opener, i - 1)
            if person is None or title is None or ((person.start_char, person.end_char), title["start"]) in have:
                continue
            if former:
                title["status"] = "former"
            out.append(self._role(doc, person, title))
            end = title["end"]
            if end + 4 < len(doc) and doc[end].lower_ == "de" and _YEAR.fullmatch(doc[end + 1].text) and doc[end + 2].lower_ == "à":
                end += 4  # "sous-préfet de Bayonne de 2019 à 2022, puis …"
            if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "puis":
                end += 1  # "…, puis secrétaire général de la préfecture de la Gironde"
            if end + 1 < len(doc) and doc[end].lower_ in {"et", "puis"}:
                # "Il était jusqu'ici trésorier de la CCI et président de la commission industrie"
                second = self._title_at(doc, end + 1)
                if second is not None:
                    second["status"] = title["status"]
                    if doc[end].lower_ == "puis" and second["org"] is None and title["org"] is not None and second["cut"] - second["start"] <= 4 \
                            and not any(self._lowers[n] in {"de", "du", "des", "d'"} for n in range(second["start"] + 1, second["cut"])):
                        second["org"] = title["org"]  # "où elle a été cheffe d'édition puis rédactrice en chef adjointe": the same body
                    out.append(self._role(doc, person, second))
        return out + self._active_founders(doc, people)

    def _listed_posts(self, doc: Doc, k: int) -> list[dict[str, Any]]:
        """The titles of "les postes de A, de B puis de C" from ``k`` (A's first word)."""
        titles: list[dict[str, Any]] = []
        while k < len(doc):
            title = self._title_at(doc, k)
            if title is None:
                break
            # ("… à Cluses, de directeur industriel Europe puis de directeur de …": where the next one starts)
            then = next((n for n in range(title["start"] + 1, title["end"]) if self._next_post(doc, n)), None)
            if then is not None:
                title = dict(title, end=then, cut=min(title["cut"], then))
                if title["org"] is not None and title["org"].start >= then:
                    title["org"] = None
            titles.append(title)
            m = self._after_joiner(doc, title["end"], {"puis", "et"})
            if m == title["end"] or m >= len(doc) or self._lowers[m] not in {"de", "d'"}:
                break
            k = m + 1
        last = titles[-1]["org"] if titles else None
        if last is not None and self._lowers[last.start - 3 : last.start - 1] in (["au", "sein"], ["sein", "de"]) or last is not None and self._lowers[last.start - 1] == "chez":
            # "les fonctions de directeur technique puis de directeur de l'indemnisation au sein de la Macif": where the whole list was held
            for title in titles[:-1]:
                if title["org"] is None and doc[title["start"]].lower_ not in self.trades and not any(is_capitalized(t) for t in doc[title["start"] + 1 : title["cut"]]):
                    title["org"] = last
        return titles

    def _after_joiner(self, doc: Doc, k: int, joiners: set[str]) -> int:
        """The token after an optional comma and one of ``joiners`` from ``k``
        (", puis de …", "et le …"); ``k`` when neither is there."""
        m = k + (k < len(doc) and doc[k].text == ",")
        return m + (m < len(doc) and self._lowers[m] in joiners)

    def _next_post(self, doc: Doc, n: int) -> bool:
        """Whether another post of a list opens at ``n``: ", de directeur …", "puis de cheffe …", ", puis de …"."""
        m = self._after_joiner(doc, n, {"puis"})
        return m > n and m + 1 < len(doc) and self._lowers[m] in {"de", "d'"} and (self._is_head(doc[m + 1]) or self._lowers[m + 1] in self.modifiers)

    def _chained(self, doc: Doc, opener: dict[str, Any], comma: int) -> list[dict[str, Any]] | None:
        """"Chargée de mission puis responsable du pôle biodiversité du Parc
        national des Cévennes à partir de 2016, elle …": two titles joined by
        "puis" before the pronoun at ``comma`` + 1, each dated or not. The
        first is past; a first post with no body of its own, not a trade, is
        held where the second is."""
        k = _date_tail(doc, opener["end"], comma)
        k += k < comma and doc[k].text == ","
        if k >= comma or doc[k].lower_ != "puis":
            return None
        second = self._title_at(doc, k + 1)
        if second is None or second["end"] > comma or _date_tail(doc, second["end"], comma) != comma:
            return None
        first = dict(opener, status="former")
        if first["org"] is None and second["org"] is not None and doc[first["start"]].lower_ not in self.trades \
                and not any(is_capitalized(t) for t in doc[first["start"] + 1 : first["cut"]]):
            first["org"] = second["org"]
        return [first, second]

    def _second_fronted(self, doc: Doc, holder: Span, k: int, comma: int) -> list[Span]:
        """"Administratrice depuis 2015 et infirmière cadre au CHU de Poitiers
        jusqu'en 2022, elle …": a second title after the first one's date and
        "et", past when "jusqu'en" dates its end."""
        if k < comma and doc[k].lower_ == "depuis":
            k += 1
            while k < comma and (doc[k].like_num or doc[k].lower_ in MONTHS):
                k += 1
        if k + 1 >= comma or doc[k].lower_ != "et":
            return []
        until = _past_lead(doc, k + 1)  # ("Administratrice depuis 2014 et jusqu'ici vice-présidente, elle …")
        title = self._title_at(doc, until or k + 1)
        if title is None or title["end"] > comma:
            return []
        rest = doc[title["end"] : comma].text.lower()
        if until is not None or rest.startswith(("jusqu'en", "jusqu’en", "jusqu'à", "jusqu’à")):
            title["status"] = "former"  # (and "… et vice-présidente sortante, elle succède à …": _title_at reads "sortante")
        board = doc[title["start"]].lower_ in _BOARD_TITLES or self._held_here(doc, title)
        return [self._role(doc, holder, dict(title, end=comma + 1, unnamed=title["org"] is None and not board, possessive=board and title["org"] is None))]

    def _fronted_phrases(self, doc: Doc, holder: Span, opener: dict[str, Any], comma: int) -> list[Span]:
        """"Kinésithérapeute installée à Plérin, ancienne joueuse de l'équipe
        première, elle …": phrases set by commas before the pronoun at
        ``comma`` + 1, each a title or a place; none with a finite verb. The
        titles are the pronoun's person's, no organization guessed."""
        stops = [k for k in range(opener["end"], comma) if doc[k].text == ","] + [comma]
        if len(stops) > 3 or any(t.text in {"«", "»", ";", ":"} or t.pos_ in {"VERB", "AUX"} and "Part" not in t.morph.get("VerbForm") for t in doc[opener["start"] : comma]):
            return []
        played = self._held_here(doc, opener)
        out = [self._role(doc, holder, dict(opener, end=stops[0] + 1, unnamed=opener["org"] is None and not played, possessive=played and opener["org"] is None))]
        for lo, hi in zip(stops, stops[1:]):
            past = self._lowers[lo + 1] in _PAST_MARKS  # ("Chef d'entreprise, ancien troisième-ligne de l'équipe première, il …")
            title = self._title_at(doc, lo + 1 + past)
            if title is not None and title["end"] <= hi:
                if past:
                    title["status"] = "former"
                played = self._held_here(doc, title)
                if _ENDED_SPAN.match(doc[title["end"] : hi].text):
                    title["status"] = "former"  # "…, directeur de l'institut X de 2019 à 2024, il …": a post it held
                # (a qualification the sentence gives, never the office a succession hands on: "…, fondateur du groupe X, il succède à Y")
                out.append(self._role(doc, holder, dict(title, end=hi + 1, unnamed=title["org"] is None and not played, possessive=played and title["org"] is None,
                                                        fronted=True)))
        return out

    def _held_here(self, doc: Doc, title: dict[str, Any]) -> bool:
        """A fronted title held in the body the release is about: a team
        position with nothing after it that names another team ("ancienne
        meneuse de l'équipe féminine": the club's; not "joueuse
        internationale", "capitaine de l'équipe de France"), or a seat of a
        kind of body ("conseillère municipale")."""
        words = doc[title["start"] : title["cut"]]
        if len(words) > 1 and words[1].lower_ in self.scope_adjectives and not any(is_capitalized(t) for t in words[2:]):
            return True  # ("Conseillère municipale déléguée au commerce depuis 2020, elle …": held in the one town the release names)
        if any(t.lower_ in {"adjoint", "adjointe"} for t in words[:2]) and len(words) <= 3 and not any(is_capitalized(t) for t in words[1:]):
            return True  # ("Premier adjoint de 1983 à 1989, il devient maire": a deputy of the town the release names)
        return words[0].lower_ in self.players and not any(t.lower_.startswith("international") or is_capitalized(t) for t in words[1:])

    def _antecedent(self, doc: Doc, people: list[Span], qui: int) -> Span | None:
        """The person a ", qui" at ``qui`` follows: named right before the
        comma, or before an apposition with no verb ("X, conseiller
        municipal depuis 2020, qui …")."""
        if (qui - 1) in self._ends:
            return self._ends[qui - 1]
        lo = self._sentences.start[qui]
        before = next((p for p in reversed(people) if lo <= p.start and p.end < qui), None)
        if before is None or doc[before.end].text != ",":
            return None
        between = doc[before.end : qui - 1]
        finite = any(t.pos_ in {"VERB", "AUX"} and "Part" not in t.morph.get("VerbForm") for t in between)  # ("délégué": a participle)
        return None if finite or any(t.text in {"«", "»", ":", ";"} for t in between) else before

    def _sentence_subject(self, doc: Doc, people: list[Span], lo: int) -> Span | None:
        """The person a sentence opens with ("Fabienne X, 51 ans, a commencé …"),
        or the one its opening "il"/"elle" stands for."""
        k = lo
        while k < len(doc) and k - lo < 8 and not (k in self._starts or doc[k].lower_ in {"il", "elle"}):
            if doc[k].pos_ in {"VERB", "AUX"}:
                return None
            k += 1
        if k in self._starts:
            return self._starts[k]
        if k < len(doc) and doc[k].lower_ in {"il", "elle"}:
            return self._subject(doc, people, k + 1)
        return None

    @staticmethod
    def _before_duration(doc: Doc, j: int) -> int:
        """Start of a duration just before token ``j`` ("pendant huit ans", "durant
        dix années"), or ``j`` when there is none."""
        if j > 2 and doc[j - 1].lower_ in _DURATION_UNITS and doc[j - 2].like_num and doc[j - 3].lower_ in {"pendant", "durant"}:
            return j - 3
        return j

    @staticmethod
    def _skip_adverbs(doc: Doc, j: int) -> int:
        """Past "depuis 2021", "jusqu'ici", "aussi", "en dernier lieu" after a copula."""
        while j + 2 < len(doc) and doc[j].lower_ == "depuis" and doc[j + 1].lower_ in {"l'", "le", "la"} and doc[j + 2].lower_ in _SEASONS:
            j += 3  # "Il était depuis l'été sélectionneur adjoint …"
        while j < len(doc) and (doc[j].lower_ in _CLAUSE_ADVERBS or doc[j].like_num or doc[j].lower_ == "à" and doc[j + 1 : j + 2].text == "présent"
                                or doc[j : j + 3].text.lower() == "en dernier lieu" or doc[j].lower_ in {"dernier", "lieu"} and doc[j - 1].lower_ in {"en", "dernier"}
                                or doc[j].lower_ in _DURATION_UNITS and j > 0 and doc[j - 1].like_num):
            j += 1  # ("jusqu'à présent", "depuis trois ans")
        return j

    def _active_founders(self, doc: Doc, people: list[Span]) -> list[Span]:
        """"Inès X a fondé en 2009 la compagnie Les Voix Basses": the subject
        founded the organization named after the verb."""
        out = []
        for i, tok in self._at(doc, {"fondé", "cofondé", "créé"}):
            aux = i - 1
            while aux > 0 and self._lowers[aux] in {"auparavant", "également", "aussi", "déjà", "notamment", "ensuite"}:
                aux -= 1  # "Il a auparavant cofondé la start-up X"
            if i == 0 or doc[aux].lower_ not in {"a", "avait", "ont", "avaient"}:
                continue
            j = i + 1
            while j < len(doc) and j - i < 6 and j not in self._orgs and (not doc[j].is_punct and (doc[j].is_lower or doc[j].like_num)
                                                                        or doc[j].text == "-" and not doc[j - 1].whitespace_):  # ("la start-up X")
                j += 1
            org = self._orgs.get(j)
            person = self._subject(doc, people, aux) if org is not None else None
            group = [person] if person is not None else []
            while group and doc[aux].lower_ in {"ont", "avaient"}:
                # "Julie X (présidente) et Thomas Y (directeur technique) ont créé l'entreprise": each of the joined subjects
                k = group[0].start - 1
                if k > 0 and doc[k].lower_ in {"et", ","}:
                    k -= 1
                    if doc[k].text == ")":
                        k = next((n for n in range(k - 1, max(0, k - 8), -1) if doc[n].text == "("), 0) - 1
                    before = next((p for p in people if p.end == k + 1), None)
                    if before is not None:
                        group.insert(0, before)
                        continue
                break
            if len(group) == 1 and doc[aux].lower_ in {"ont", "avaient"}:
                group = []  # (a plural verb with one name: "Marie X et son frère ont créé …", the others unnamed; "Ils ont créé …")
            forms = ("cofondatrice", "cofondateur") if tok.lower_ == "cofondé" else ("fondatrice", "fondateur")
            for n, person in enumerate(group[: org.end - i] if org is not None else []):
                # (a span of its own for each founder, the title cut at the verb: two roles on one span would share its data)
                out += self._presidency(doc, person, org, i, i + 1 + n, None, forms, cut=i + 1)
        return out

    def _counterparts(self, doc: Doc, roles: list[Span]) -> list[Span]:
        """"X, délégué syndical CGT de l'usine. Son homologue de Force ouvrière,
        Sylvie Y, …": the title the text gave just before, held in the
        counterpart's own body, in her gender."""
        out = []
        text = text_of(doc)
        for i, _ in self._at(doc, {"homologue"}):
            if i == 0 or self._lowers[i - 1] not in {"son", "sa"} or self._lowers[i + 1 : i + 2] not in (["de"], ["du"], ["d'"]):
                continue
            org = self._orgs.get(i + 2) or (self._orgs.get(i + 3) if self._lowers[i + 2 : i + 3] in (["la"], ["l'"]) else None)
            if org is None or org.end + 1 >= len(doc) or doc[org.end].text != ",":
                continue
            person = self._person_after(doc, org.end + 1)
            if person is None:
                continue
            model = max((r for r in roles if r.end <= i and r._.role["organization"] is not None and i - r.start < 60
                         and r._.role["person"] != [person.start_char, person.end_char]), key=lambda r: r.start, default=None)
            if model is None:
                continue
            title = _title_of(model, text)
            out += self._presidency(doc, person, org, i, person.end, None, (self._gendered(title, True), self._gendered(title, False)))
        return out

    def _handovers(self, doc: Doc, people: list[Span]) -> list[Span]:
        """"X cède la présidence de l'entreprise à sa fille, Y": X held it, Y
        holds it; "Elle prend la direction du musée": the subject holds it. With
        no organization after the office, the one the release is about."""
        out = []
        for i, tok in self._at(doc, _OFFICES.keys()):
            if i > 3 and doc[i - 1].lower_ in {"de", "d'"} and doc[i - 2].lower_ in {"ans", "années", "mandats", "an", "année", "mandat"} and doc[self._sentences.start[i]].lower_ == "après":
                out += self._after_office(doc, people, i)  # "Après onze ans de présidence, X a passé la main"
                continue
            kept = i > 2 and doc[i - 1].lower_ == "une" and self._lowers[i - 2] in {"conserve", "conservera", "garde", "gardera"}  # "qui conserve une présidence non exécutive"
            if i < 2 or doc[i - 1].lower_ != ("le" if tok.lower_ == "commandement" else "la") and not kept:
                continue
            v = i - 2
            while v > 1 and v > i - 7 and (doc[v].lower_ in MONTHS or doc[v].like_num or doc[v].lower_ in {"en", "le", "dès", "début", "fin", "mi", ",", "1er"}):
                v -= 1  # "a pris en juin la direction du Théâtre X", "a pris, le 1er septembre, le commandement de …"
            verb = doc[v].lower_
            leaves = verb in {"cède", "cédera", "cédé", "quitte", "quittera", "quitté", "laisse", "laissera", "transmet", "transmis", "transmettra", "remis", "remet"}
            takes = verb in {"prend", "prendra", "pris", "prendre", "reprendre", "reprend", "conserve", "conservera", "garde", "gardera", "reprendra", "repris", "assure", "assurera", "occupe"}
            held = self._held_after(doc, people, i)
            if held:
                out += held  # "… et à la présidence de la confédération X, qu'il occupe depuis 2023"
                continue
            # (a presidency only: "… un campus à Lens. X en prendra la direction" directs no organization)
            pointed = takes and tok.lower_ == "présidence" and v > 0 and doc[v - 1].lower_ == "en" and self._previous_subject(doc, v)
            if not leaves and not takes or v > 0 and doc[v - 1].lower_ in {"en", "y"} and not pointed:
                continue  # ("X en prendra la direction": of something named before, perhaps no organization)
            k = i + 1
            org = pointed or None  # "La fédération X a élu son bureau. Monique Y en prend la présidence": the subject before
            adjectives = 0
            while k < len(doc) and adjectives < 3 and doc[k].is_lower and (doc[k].pos_ == "ADJ" or doc[k].lower_ in {"adjoint", "adjointe", "déléguée", "délégué"}):
                k, adjectives = k + 1, adjectives + 1  # "prend la direction générale adjointe de l'Institut X"
            if k < len(doc) and doc[k].lower_ in {"de", "du", "des", "d'"}:
                k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ in {"la", "l'"})
                org = self._orgs.get(k) if k < len(doc) else None
                if org is None and k + 1 < len(doc) and doc[k].is_lower and doc[k].pos_ == "NOUN" and (k + 1) in self._orgs and self._after_common_noun(doc, k + 1):
                    org = self._orgs[k + 1]  # "prend la présidence de l'association Creuse Solidaire"
                if org is None and k + 2 < len(doc) and doc[k].lower_ in {"filiale", "société", "entreprise", "association", "coopérative"} and doc[k + 1].is_lower and doc[k + 1].pos_ == "ADJ":
                    org = self._orgs.get(k + 2)  # "prend la présidence de la filiale allemande Vialis GmbH"
                k = org.end if org is not None else k
            organ = None
            if org is None and k < len(doc) and self._lowers[k] in _ORGANS - {"directoire", "jury"} and self._lowers[k - 1] in {"du", "de", "la", "l'"}:
                # "prendre la présidence de la commission des essais cliniques d'Unicancer": an organ, then its body
                n = k + 1
                while n < len(doc) and n - k < 8 and n not in self._orgs and doc[n].is_lower and not doc[n].is_punct and doc[n].pos_ not in {"VERB", "AUX"} and self._lowers[n] != "et":
                    n += 1
                link = self._link_start(doc, n) if n in self._orgs else n
                if n in self._orgs and link > k + 1 and not (self._orgs[n]._.org or {}).get("anaphor"):
                    org = self._orgs[n]
                    organ = f"du {doc[k:link].text}" if self._lowers[k - 1] == "du" else _of(self._lowers[k - 1], doc[k:link].text)
                    k = org.end
            unit = None
            if org is None and k < len(doc) and self._lowers[k] in _COMPANY_UNITS | {"réseau"} and self._lowers[k - 1] in {"du", "de", "d'", "la", "l'"}:
                # "prendre la direction du réseau Finistère": a unit of the release's body, named in the title
                end = k + 1
                while end < len(doc) and end - k < 6 and (is_capitalized(doc[end]) or doc[end].text in {"-", "'", "’"} and not doc[end].whitespace_
                                                          or self._lowers[end] in {"d'", "de"} and doc[end - 1].text == "-"):
                    end += 1
                unit = doc[i + 1 + adjectives : end].text if end > k + 1 else None
            if tok.lower_ == "commandement" and (org is None or re.search(r"\bSDIS\b|incendie", org.text)):
                continue  # "prend le commandement du SDIS 72": its head's title is "directeur départemental", which the text gives
            subject = self._subject(doc, people, v)
            if subject is None and verb in {"prendre", "reprendre"} and v > 0 and self._lowers[v - 1] == "pour":
                # "…, qui quitte ses fonctions après huit ans pour prendre la présidence de …": the relative's antecedent
                qui = next((q for q in range(v - 2, self._sentences.start[v], -1) if self._lowers[q] == "qui" and doc[q - 1].text == ","), None)
                if qui is not None and not any(t.text in {",", ";", ":", "«", "»"} for t in doc[qui + 1 : v]):
                    subject = self._antecedent(doc, people, qui)
            holders = [(subject, "former" if leaves else "current")]
            if leaves and k < len(doc) and doc[k].lower_ in {"à", "au"}:
                # "à sa fille, Élodie X" / "à Élodie X" / "au colonel X"
                heir = next((p for p in people if k < p.start <= k + 5 and all(t.is_lower or t.text == "," for t in doc[k + 1 : p.start])), None)
                holders.append((heir, "current"))
            for person, status in holders:
                if person is None:
                    continue
                # (spaCy keys span extensions by offsets: the heir's span runs on to the heir)
                end = person.end if person.start > i else i + 1
                forms = _OFFICES[tok.lower_]
                if tok.lower_ == "commandement" and org is not None and "régiment" in self._lowers[org.start : org.start + 2]:
                    forms = ("chef de corps", "chef de corps")  # a regiment's commander
                if adjectives:
                    tail = doc[i + 1 : i + 1 + adjectives].text  # "la direction générale adjointe" -> "directrice générale adjointe"
                    forms = (f"{forms[0]} {tail}", self._gendered(f"{forms[1]} {tail}", False))
                if unit is not None:
                    forms = (f"{forms[0]} {unit}", f"{forms[1]} {unit}")
                if organ is not None:
                    forms = (f"{forms[0]} {organ}", f"{forms[1]} {organ}")
                # ("prend la direction de la station", "… de l'aéroport": a facility the release names no body for: none guessed)
                facility = org is None and k < len(doc) and self._lowers[k] in _FACILITIES
                roles = self._presidency(doc, person, org, i, end, None, forms, cut=None if org is not None else i + 1, possessive=org is None and not facility, unnamed=facility)
                # "le commandement de la région de gendarmerie de Bretagne et du groupement de …": both bodies
                second = None
                if org is not None and k + 3 < len(doc) and self._lowers[k] == "et" and self._lowers[k + 1] in {"du", "de"} and person.start < i:
                    second = self._orgs.get(k + 2 + (self._lowers[k + 2] in {"la", "l'"}))
                if second is not None:
                    roles += self._presidency(doc, person, second, i, second.end, None, forms)  # (a span of its own: extensions are keyed by offsets)
                for role in roles:
                    role._.role["status"] = status
                    role._.role["taken"] = status == "current" and person.start < i  # (a post the subject takes)
                out += roles
        return out

    def _list_leaders(self, doc: Doc) -> list[Span]:
        """"la liste « Saint-Avé ensemble » conduite par Anne X": the one who
        leads an electoral list is its tête de liste (of no organization)."""
        out = []
        for i, _tok in self._at(doc, {"conduite", "menée", "emmenée", "portée"}):
            person = self._agent(doc, i, 3)
            lo = self._sentences.start[i]
            listed = any(self._lowers[n] in {"liste", "listes"} for n in range(max(lo, i - 10), i))
            if person is not None and listed:
                out += self._presidency(doc, person, None, i, person.end, None, ("tête de liste", "tête de liste"), unnamed=True)
        return out

    def _held_after(self, doc: Doc, people: list[Span], i: int) -> list[Span]:
        """"la présidence de la confédération générale de Roquefort, qu'il
        occupe depuis 2023": the office of the organization named after it,
        that a relative clause says the subject holds (or held: "occupait")."""
        k = i + 1
        if k + 1 >= len(doc) or self._lowers[k] not in {"de", "du", "d'", "des"}:
            return []
        k += 1 + (self._lowers[k + 1] in {"la", "l'"})
        org = self._orgs.get(k)
        if org is None or org.end + 3 >= len(doc) or doc[org.end].text != "," or self._lowers[org.end + 1] not in {"qu'", "que"} \
                or self._lowers[org.end + 2] not in {"il", "elle"} or self._lowers[org.end + 3] not in _HELD | {"exercera", "occupera", "assurera"}:
            return []
        person = self._subject(doc, people, org.end + 3)
        if person is None:
            return []
        roles = self._presidency(doc, person, org, i, org.end, self._lowers[org.end + 2] == "elle", _OFFICES[self._lowers[i]])
        for role in roles:
            role._.role["status"] = "former" if self._lowers[org.end + 3] in _HELD_BEFORE else "current"
        return roles

    def _after_office(self, doc: Doc, people: list[Span], i: int) -> list[Span]:
        """"Après onze ans de présidence, Gérard X a passé la main lors de
        l'assemblée générale du club Y": the subject after the clause held the
        office, in the organization the office names, else the first one the
        sentence names after the person, else the one the release is about."""
        hi = self._sentences.end[i]
        k = i + 1
        org = None
        if k + 1 < len(doc) and doc[k].lower_ in {"de", "du", "d'"}:
            org = self._orgs.get(k + 1 + (doc[k + 1].lower_ in {"la", "l'"}))
        comma = next((c for c in range(i + 1, min(hi, i + 12)) if doc[c].text == ","), None)
        person = self._starts.get(comma + 1) if comma is not None else None
        if person is None:
            return []
        verb = next((t for t in doc[person.end : hi] if t.pos_ in {"VERB", "AUX"}), None)
        if verb is None:
            return []
        if org is None:
            org = next((o for o in sorted(self._orgs.values(), key=lambda o: o.start) if person.end < o.start < hi and not (o._.org or {}).get("anaphor")), None)
        roles = self._presidency(doc, person, org, i, i + 1, None, _OFFICES[doc[i].lower_], possessive=org is None)
        for role in roles:
            role._.role["status"] = "former"
        return roles

    def _led(self, doc: Doc, people: list[Span], found: list[Span]) -> list[Span]:
        """Functions a verb gives: "X, qui dirige l'entreprise depuis 2004"
        (dirigeant), "Elle a dirigé le laboratoire Y de 2017 à 2023"
        (directrice, former), "il préside l'association Z", "X était à la tête
        du musée depuis 2015". The organization must follow the verb; a person
        the sentence already gives a title keeps that one."""
        out = []
        # people the sentence titles already (a scoped title, "maire d'Auray", leaves room for another)
        # (nor does a qualification, "Ancienne nageuse, elle préside …")
        # (nor does a trade: "Commissaire d'exposition et historienne de l'art, X dirige depuis 2020 le centre d'art Y")
        # (nor a grade: "Directrice de recherche, spécialiste des forêts, X dirige depuis 2020 l'unité Y")
        full = text_of(doc)
        titling = [r for r in found
                   if not (r._.role["organization"] is None and (r[0].lower_ in self.territorial or r._.role.get("unnamed") or r[0].lower_ in self.trades
                                                                 or doc[r.start : r.start + 2].text.lower().replace("’", "'") == "commissaire d'"
                                                                 or self._graded(r, full)))
                   and not r._.role.get("career")]
        # (nor, for a past function, the post a verb of staying gives: "X, qui dirigeait le domaine depuis 1989, restera consultant")
        titled = {(tuple(r._.role["person"]), self._sentences.start[r.start]) for r in titling
                  if not (r.start > 0 and self._lowers[r.start - 1] in {"restera", "deviendra", "devient"})}
        # ("Ancienne joueuse, elle entraîne le club X": a past title leaves room for a present function)
        titled_now = {(tuple(r._.role["person"]), self._sentences.start[r.start]) for r in titling if r._.role["status"] != "former"}
        # ("il succède à X, qui avait pris la tête du syndicat en 2022": the predecessor's function, already read)
        succeeded = {(tuple(r._.role["person"]), self._sentences.start[r.start]): r._.role["organization"] for r in found if r._.role.get("succeeded")}
        for i, tok in self._at(doc, _LEADS.keys() | {"tête"}):
            word = tok.lower_
            lead = _LEADS.get(word)
            # "Nommée en janvier à la tête du Théâtre X, …, la metteuse en scène Inès Y": the name after the clause
            fronted = word == "tête" and self._fronted_election(doc, i) is not None
            elected = False
            if lead is None and word == "tête" and i > 1 and doc[i - 1].lower_ == "la" and self._lowers[i - 2] in _TAKES_HEAD and doc[i + 1 : i + 2].text.lower() in {"de", "du", "des", "d'"}:
                lead = ("head", False)  # "avant de prendre la tête de la start-up Nexio", "a pris en 2021 la tête du groupe"
            elif lead is None and word == "tête" and i > 1 and doc[i - 1].lower_ == "la" and doc[i - 2].lower_ == "à":
                verb = i - 2
                while verb > 0 and (doc[verb - 1].pos_ == "ADV" or doc[verb - 1].like_num or doc[verb - 1].lower_ in {"depuis", "déjà", "alors"}):
                    verb -= 1  # "était depuis 2015 à la tête de"
                prev = doc[verb - 1].lower_ if verb > 0 else ""
                if prev in {"remplacé", "remplacée", "remplacés", "remplacées", "succédé"} and not fronted:
                    lead = ("head", False)  # "Elle sera remplacée à la tête d'Ouest Rénovation par Kévin X": the agent takes it
                elif prev in _ELECTED - {"devenu", "devenue"} and not fronted:
                    lead = ("chair" if prev.startswith(("élu", "réélu")) else "head", False)  # "a été élu à la tête du conseil de X"
                    elected = True  # (a new function, whatever else the sentence calls the person)
                elif prev not in _COPULAS | {"été", "placé", "placée", "arrivé", "arrivée", ","} and not fronted:
                    continue
                else:
                    # ("Après trente ans à la tête de X, Y passe le relais": held until now)
                    lead = ("head", not fronted and prev in {"était", "été", "fut"} or fronted and doc[self._sentences.start[i]].lower_ == "après")
            if lead is None:
                continue
            kind, former = lead
            aux = i - 1 - (i > 1 and doc[i - 1].pos_ == "ADV")  # ("a notamment commandé")
            # ("il avait exercé trois mandats et présidé de 1992 à 2008 le syndicat …": the auxiliary of the first participle)
            shared_aux = aux > 0 and doc[aux].lower_ == "et" and any(self._lowers[n] in {"a", "avait", "ont", "avaient"} and is_participle(doc[n + 1])
                                                                 for n in range(max(self._sentences.start[i], aux - 8), aux - 1))
            if word in {"dirigé", "présidé", "entraîné", "repris", "commandé"} and not (aux >= 0 and doc[aux].lower_ in {"a", "avait", "ont", "avaient", "avoir"} or shared_aux):
                continue  # ("est dirigé par": a passive, read by _presidencies)
            # "…, après avoir dirigé pendant six ans le service X de Y, Z présente …": a past function of the clause's subject
            infinitive = word in {"dirigé", "présidé"} and aux >= 1 and doc[aux].lower_ == "avoir" and self._lowers[aux - 1] == "après"
            if infinitive or i > 1 and self._lowers[i - 1] in {"de", "d'"} and self._lowers[i - 2] == "avant":
                former = True  # ("… avant de commander la compagnie de Lannion": a step before the next one)
            j = i + 1
            if self._duration_at(doc, j):
                j += 3  # "a dirigé pendant six ans le service …"
            elif j + 3 < len(doc) and self._lowers[j] == "de" and _YEAR.fullmatch(doc[j + 1].text) and self._lowers[j + 2] == "à" and _YEAR.fullmatch(doc[j + 3].text):
                j += 4  # "a présidé de 2016 à 2021 l'Union des industries …"
            elif j + 1 < len(doc) and self._lowers[j] in {"en", "depuis"} and _YEAR.fullmatch(doc[j + 1].text):
                j += 2  # "a dirigé en 2019 la campagne …", "préside depuis 2020 le club …"
            elif j + 1 < len(doc) and self._lowers[j] in {"en", "depuis"} and self._lowers[j + 1] in MONTHS:
                j += 2 + (j + 2 < len(doc) and bool(_YEAR.fullmatch(doc[j + 2].text)))  # "a repris en mars (2024) la menuiserie …"
            if word == "tête":
                if j >= len(doc) or doc[j].lower_ not in {"de", "du", "des", "d'"}:
                    continue
                j += 1
            j = self._skip_adverbs(doc, j)
            inverted = i > 0 and doc[i - 1].lower_ in {"que", "qu'"} and word in {"préside", "dirige", "présidait", "dirigeait"}
            if inverted:
                # "la société X, que préside le docteur Antoine Y": the person after the verb, the organization before "que"
                person = self._person_after(doc, j) or self._person_after(doc, j + (doc[j].lower_ in {"le", "la"}))
                org = self._org_ends.get(i - 2 if doc[i - 2].text == "," else i - 1) if i > 1 else None
                if person is not None and org is not None:
                    roles = self._presidency(doc, person, org, i, person.end, None, _LEAD_FORMS[kind])
                    for role in roles:
                        role._.role["status"] = "former" if former else "current"
                    out += roles
                continue
            article = doc[j].lower_ if j < len(doc) else ""
            j += article in {"le", "la", "l'", "les"}
            org = self._orgs.get(j)
            if org is not None and (org._.org or {}).get("anaphor") and len(org) == 1 and org.end + 1 < len(doc) and self._lowers[org.end] in {"de", "d'"}:
                # "a présidé le club de l'US Saint-Malo": the noun introduces the body named after it
                named = self._orgs.get(org.end + 1 + (self._lowers[org.end + 1] in {"la", "l'"}))
                org = named if named is not None and not (named._.org or {}).get("anaphor") else org
            if org is None and article in {"le", "la", "l'"} and word in {"diriger", "dirigera", "dirige", "présider", "présidera"} and j < len(doc) and is_capitalized(doc[j]) \
                    and doc[j].ent_type_ != "PER" and j not in self._starts and doc[j].lower_ not in self.heads and doc[j].text not in self.places and doc[j].lower_ not in self.event_words:
                org = self._named_here(doc, j)  # "qui part diriger le Biotropica de Val-de-Reuil": a name right after the verb's article is the body led
            compound = j + 3 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_ and not doc[j + 1].whitespace_  # "la start-up Nexio"
            if org is None and j + 1 < len(doc) and doc[j].is_lower and (doc[j].pos_ == "NOUN" or compound) and doc[j].lower_ not in _ORGAN_WORDS:
                # "dirigeait la filiale Ouest Rénovation", "dirige l'entreprise familiale Leduc Emballages"
                named = j + 3 if compound else j + 1
                while named < len(doc) and named - j <= 3 and named not in self._orgs and doc[named].is_lower and doc[named].pos_ == "ADJ":
                    named += 1
                org = self._orgs.get(named)
                if org is None:
                    # "dirige l'unité mixte de recherche Silva": the common noun of several words that introduced the name
                    org = next((o for o in self._orgs.values() if j < o.start <= j + 6 and ((o._.org or {}).get("alias") or [None])[0] == doc[j].idx), None)
                if org is None and named < len(doc) and doc[named].lower_ in {"de", "d'"}:  # (not past a text's end)
                    # "entraîne le club de Tarbes Gespe Bigorre": a name its noun introduced
                    org = self._orgs.get(named + 1)
                    org = org if org is not None and ((org._.org or {}).get("alias") or [None])[0] == doc[j].idx else None
            organ = None
            if org is None and j < len(doc) and (doc[j].lower_ in _ORGAN_WORDS or word.startswith("dirig") and doc[j].lower_ in _COMPANY_UNITS | {"réseau", "rédaction"}):
                # "préside le conseil de surveillance du centre hospitalier X": an organ of a named organization
                # ("a dirigé le réseau des agences professionnelles de la Banque Populaire X": a unit of it)
                k = j + 1
                # ("entraînait l'équipe réserve du FC Lorient": a noun after the organ's, whatever tag the model gives it)
                while k < len(doc) and (k - j < 12 and k not in self._orgs and (doc[k].is_lower or doc[k].text in {"'", "’"}) and not doc[k].is_punct
                                        and (doc[k].pos_ not in {"VERB", "AUX"} or k == j + 1 and self._lowers[k + 1 : k + 2] in (["du"], ["de"], ["d'"]))
                                        and doc[k].lower_ not in {"et", "pendant", "depuis", "durant"} or doc[k].text == "«"):
                    if doc[k].text == "«":
                        close = closing(doc, k, "»", 10)
                        if close is None:
                            break
                        k = close  # "dirige l'équipe « Adaptation au climat » du laboratoire X": the team's name
                    k += 1
                org = self._orgs.get(k)
                link = self._link_start(doc, k) if org is not None else k
                account = next((c for c in range(j + 1, min(len(doc) - 4, j + 12)) if self._lowers[c : c + 3] == ["pour", "le", "compte"] and self._lowers[c + 3] in {"de", "d'", "du"}), None)
                if org is None and account is not None and word.startswith("dirig") and not any(t.is_punct or t.pos_ in {"VERB", "AUX"} for t in doc[j:account]):
                    # "a dirigé le réseau de tramway de Besançon pour le compte de Keolis": the operator's network
                    org, link = self._orgs.get(account + 4 + (self._lowers[account + 4] in {"la", "l'"})), account
                if org is None or link <= j + 1:
                    org = None  # (perhaps a unit of the body before "où", below)
                else:
                    organ = _of(article, doc[j:link].text)
            if org is None and organ is None and word.startswith("dirig") and j < len(doc) and self._lowers[j] in {"usine", "site"} and article in {"l'", "le"}:
                # "il dirigeait jusqu'ici l'usine de Vernon du fabricant de flacons Verescence": a site of the company named after it
                k = j + 1
                while k < len(doc) and k - j < 10 and k not in self._orgs and not doc[k].is_punct and doc[k].pos_ not in {"VERB", "AUX"} and self._lowers[k] not in {"et", "depuis", "pendant"}:
                    k += 1
                org = self._orgs.get(k) if k < len(doc) and any(self._lowers[n] in {"du", "de", "d'"} for n in range(j + 2, k)) else None
            if org is None and organ is None and (word.startswith("dirig") or word.startswith("présid") and j < len(doc) and self._lowers[j] in _ORGANS) \
                    and article in _ARTICLE_LINKS and j < len(doc) and doc[j].is_lower and doc[j].pos_ == "NOUN":
                # "chez Legrand, où elle a dirigé la division des services …": a unit of the body before "où"
                org, organ = self._where_unit(doc, i, j, article)
            if org is None and kind == "command" and article in _ARTICLE_LINKS and j < len(doc) and self._lowers[j] in _COMMANDED_UNITS:
                # "Le chef d'escadron X, qui commande la compagnie de Marmande": the unit's commandant, of no body
                end = j + 1
                while end < len(doc) and end - j < 7 and (self._lowers[end] in {"de", "du", "d'", "des"} or is_capitalized(doc[end]) or doc[end].text == "-" and not doc[end].whitespace_
                                                          or doc[end].is_lower and doc[end].pos_ == "NOUN" and self._lowers[end - 1] == "de"):  # ("la compagnie de gendarmerie de Lannion")
                    end += 1
                while end > j + 1 and self._lowers[end - 1] in {"de", "du", "d'", "des"}:
                    end -= 1
                person = self._subject(doc, people, i)
                if person is not None:
                    pronoun = {"elle": True, "il": False}.get(self._lowers[i - 1]) if i > 0 else None
                    roles = self._presidency(doc, person, None, i, i + 1, pronoun, tuple(f"{f} {_of(article, doc[j:end].text)}" for f in _LEAD_FORMS["command"]), unnamed=True)
                    then = self._then_object(doc, end)
                    if then is not None:
                        # "a commandé la compagnie de Lannion, puis le groupement de gendarmerie de l'Yonne": the next post, a body
                        roles += self._presidency(doc, person, then, i, then.end, pronoun, _LEAD_FORMS["command"])
                    for role in roles:
                        role._.role["status"] = "former" if former else "current"
                    out += roles
                continue
            internal = _INTERNAL_ORGAN.match(doc[j : j + 5].text.lower()) if org is None and organ is None and word.startswith("présid") and article in {"le", "la", "l'"} else None
            if internal is not None:
                # "X, ancienne directrice financière de Nexans, présidera le comité d'audit": an organ of the body the release is about
                person = self._subject(doc, people, i)
                if person is not None:
                    roles = self._presidency(doc, person, None, i, i + 1, None, tuple(f"{f} {_of(article, internal.group(0))}" for f in _LEAD_FORMS["chair"]), possessive=True)
                    for role in roles:
                        role._.role["status"] = "former" if former else "current"
                    out += roles
                continue
            if org is None and word == "diriger" and self._lowers[i - 1] == "pour" and (i - 1) in self._ends and self._lowers[i + 1 : i + 2] in (["son"], ["sa"]) \
                    and i + 2 < len(doc) and doc[i + 2].pos_ == "NOUN" and doc[i + 2].is_lower and doc[i + 2].lower_ not in _COMPANY_WORDS | _ENSEMBLES:
                # "La chaîne X a choisi Nadia Y pour diriger son information": the department's directrice, in the body that chose her
                end = i + 3
                while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].is_lower:
                    end += 1
                unit = doc[i + 2 : end].text
                of_unit = _of_noun(unit, "Fem" in doc[i + 2].morph.get("Gender"), elided="aeéèiouhy")
                out += self._presidency(doc, self._ends[i - 1], None, i, i + 1, None, (f"directrice {of_unit}", f"directeur {of_unit}"), possessive=True)
                continue
            if org is None:
                continue
            if word.startswith("dirig") and org.text.lower().split()[0] in _ENSEMBLES:
                continue  # "Il a dirigé l'orchestre lillois en 2024": conducted it, no post
            k = i - 1
            while k > 0 and (doc[k].lower_ in _LEAD_AUXILIARIES or doc[k].like_num):
                k -= 1
            handed = word == "tête" and doc[k].lower_ in {"remplacé", "remplacée", "remplacés", "remplacées"}
            if handed:
                person = self._agent(doc, org.end - 1, 3)  # (a handover said outright: whatever else the sentence calls the heir)
            elif fronted:
                # the first person after the clause, past an apposition and a title ("…, la metteuse en scène Inès Y")
                person = next((p for p in people if org.end <= p.start < self._sentences.end[i] and not any(t.pos_ in {"VERB", "AUX"} for t in doc[org.end : p.start])), None)
            else:
                person = self._subject(doc, people, i if word != "tête" else i - 2)
                if person is None:
                    # "Âgé de 46 ans, l'ancien meneur de l'équipe de France entraînait le Paris Basketball": the person the
                    # sentence's opening description stands for
                    person = self._unnamed.get(self._sentences.start[i])
                qui = next((q for q in range(i - 1, max(self._sentences.start[i], i - 4), -1) if self._lowers[q] == "qui" and doc[q - 1].text == ","), None)
                if qui is not None and word in {"diriger", "présider"}:
                    person = self._antecedent(doc, people, qui) or person  # "Il remplace X, qui part diriger le Biotropica": X
                if infinitive and person is None:
                    # ("…, a souligné X, directrice …, qui a pris ses fonctions en septembre après avoir dirigé …": the relative's subject)
                    qui = next((q for q in range(aux - 2, self._sentences.start[i], -1) if self._lowers[q] == "qui" and doc[q - 1].text == ","), None)
                    if qui is not None and not any(t.text in {",", ";", ":", "«", "»"} for t in doc[qui + 1 : aux - 1]):
                        person = self._antecedent(doc, people, qui)
                if infinitive and person is None:
                    # ("Elle était depuis 2019 adjointe au directeur du musée X, après avoir dirigé le musée Y": the sentence's pronoun)
                    lo = self._sentences.start[i]
                    pronoun = next((n for n in range(lo, min(lo + 3, aux)) if self._lowers[n] in {"il", "elle"}), None)
                    person = self._subject(doc, people, pronoun + 1) if pronoun is not None else None
                if infinitive and person is None:
                    # ("Nommée en janvier …, après avoir dirigé …, Sophie X présente": the name after the clause)
                    comma = next((c for c in range(org.end, self._sentences.end[i]) if doc[c].text == ","), None)
                    person = self._starts.get(comma + 1) if comma is not None else None
            # (a past function elsewhere: "… sa directrice, X, qui dirigeait auparavant la bibliothèque de Y")
            # ("X, conseiller communautaire du Grand Chalon, qui présidait la structure depuis 2014": another body, in a relative clause)
            relative = former and self._lowers[k] == "qui" and person is not None and not any(
                r._.role["person"] == [person.start_char, person.end_char] and r._.role["organization"] in (None, [org.start_char, org.end_char])
                for r in found if self._sentences.start[r.start] == self._sentences.start[i])
            elsewhere = relative or former and not (org._.org or {}).get("anaphor") and not any(r._.role["person"] == [person.start_char, person.end_char] and r._.role["organization"] == [org.start_char, org.end_char] for r in found) if person is not None else False
            where_organ = organ is not None and self._lowers[k] in {"il", "elle"} and self._lowers[k - 1] == "où"  # ("…, où elle présidait la commission X": an organ's office of its own)
            if person is None or not (handed or fronted or elected or elsewhere or where_organ) and ((person.start_char, person.end_char), self._sentences.start[i]) in (titled if former else titled_now):
                continue
            before = succeeded.get(((person.start_char, person.end_char), self._sentences.start[i]), False)
            if before is not False and ((org._.org or {}).get("anaphor") or before == [org.start_char, org.end_char]):
                continue  # (the succeeded function itself, not "X, partie diriger le GHT du Tarn-et-Garonne")
            if any(t.lower_ in {"si", "s'"} for t in doc[i : self._sentences.end[i]]):
                continue  # "X présidera la communauté si le conseil l'élit": not yet a function
            org_kind = (org._.org or {}).get("kind", "other")
            if kind == "head":
                kind = {"association": "chair", "region": "chair", "department": "chair"}.get(org_kind, "direct")
                if org_kind == "municipality":
                    continue  # ("à la tête de la ville": a mayor, or a council's president)
            club = org_kind == "association" and (org._.org or {}).get("via") == "club"  # ("qui dirigeait l'ASSB Volley": a club's leader)
            # ("remplacée à la tête d'Ouest Rénovation", a subsidiary named bare: its directrice)
            led = word == "tête" and org_kind == "company" and (org[0].lower_ in self.company_nouns or doc[org.start - 1].lower_ in self.company_nouns - _NOT_LED
                                                                 or doc[max(0, org.start - 3) : org.start].text.lower() in self.company_nouns)  # ("la start-up Nexio")
            if kind == "direct" and (doc[j].lower_ in _COMPANY_WORDS or club and word != "tête" or led):  # ("à la tête de la biscuiterie X": its dirigeant)
                kind = "lead"  # "qui dirige l'entreprise": a dirigeant (not "dirigeait la filiale X": its directrice)
            forms = _LEAD_FORMS[kind]
            unit = False
            if organ is not None:
                unit = word == "tête" and kind == "direct" and organ.split()[1:2] != [] and organ.split()[1] in {"pôle", "service", "département", "équipe"}
                if unit:
                    forms, org = ("cheffe", "chef"), None  # "prend la tête du pôle urgences du CHU": its cheffe (a unit's, of no organization)
                forms = (f"{forms[0]} {organ}", f"{forms[1]} {organ}")  # "présidente du conseil de surveillance"
            pronoun = {"elle": True, "il": False}.get(doc[k].lower_)  # "Elle préside …": the subject's gender
            roles = self._presidency(doc, person, org, i, i + 1, pronoun, forms, unnamed=unit)
            for then in self._next_objects(doc, org.end) if organ is None and org is not None else []:
                # "a entraîné Le Mans, l'ASVEL puis le Panathinaïkos": each body in turn
                roles += self._presidency(doc, person, then, i, then.end, pronoun, forms)  # (offsets of its own: not the body's span)
            former = former or self._named_predecessor(doc, person)  # ("Son prédécesseur, X, à la tête du SDIS depuis 2019, …")
            for role in roles:
                role._.role["status"] = "former" if former else "current"
            out += roles
        return out

    def _named_predecessor(self, doc: Doc, person: Span) -> bool:
        """Whether "Son prédécesseur, le contrôleur général" introduces ``person``."""
        k = person.start - 1
        while k > 0 and (doc[k].is_lower and doc[k].lower_ not in _PREDECESSOR_NOUNS or doc[k].text == "," or self._lowers[k] in self.civilities) and person.start - k < 7:
            k -= 1
        return k > 0 and self._lowers[k] in _PREDECESSOR_NOUNS and self._lowers[k - 1] in {"son", "sa", "leur"}

    def _named_here(self, doc: Doc, start: int) -> Span:
        """A body the rules name at ``start``: its capitalized words (and glued
        hyphens), four at most, recorded as a new organization mention."""
        end = start + 1
        while end < len(doc) and end - start < 4 and (is_capitalized(doc[end]) or doc[end].text == "-" and not doc[end].whitespace_):
            end += 1
        org = Span(doc, start, end, label="ORG")
        self._new_orgs.append(org)
        self._orgs[start] = org
        return org

    def _next_objects(self, doc: Doc, k: int) -> list[Span]:
        """The bodies listed after a verb's first object, from token ``k``: ", l'ASVEL puis le Panathinaïkos"."""
        out: list[Span] = []
        while k < len(doc):
            m = self._after_joiner(doc, k, {"puis", "et"})
            if m == k or m >= len(doc):
                break
            m += self._lowers[m] in {"le", "la", "l'", "les"}
            then = self._orgs.get(m)
            if then is None or (then._.org or {}).get("anaphor"):
                break
            out.append(then)
            k = then.end
        return out

    def _then_object(self, doc: Doc, k: int) -> Span | None:
        """The body named after ", puis le/la/l'" at token ``k`` (a verb's next object)."""
        k += k < len(doc) and doc[k].text == ","
        if k + 2 < len(doc) and self._lowers[k] == "puis" and self._lowers[k + 1] in {"le", "la", "l'"}:
            return self._orgs.get(k + 2)
        return None

    def _org_ending_at(self, doc: Doc, k: int) -> Span | None:
        """The organization whose name ends at token ``k`` (a comma after it),
        or the one before a place set between commas ("la menuiserie X, à
        Elven, reprise par Y", "la biscuiterie X, à Carnac, dont …")."""
        org = self._org_ends.get(k)
        if org is None and k > 1 and doc[k - 1].is_lower and doc[k - 1].pos_ == "ADJ" and (k - 1) in self._org_ends and (self._org_ends[k - 1]._.org or {}).get("anaphor"):
            return self._org_ends[k - 1]  # "le groupe familial est présidé par X": an anaphor and its adjective
        if org is not None or k < 4 or doc[k].text != ",":
            return org
        p = k - 1
        while p > 0 and k - p < 6 and (is_capitalized(doc[p]) or doc[p].text in {"-", "'", "’"} or self._lowers[p] in {"sur", "en", "de", "la", "le", "les", "l'"}):
            p -= 1
        if p < k - 1 and self._lowers[p] == "à" and doc[p - 1].text == "," and is_capitalized(doc[p + 1]):
            return self._org_ends.get(p - 1)
        if p < k - 1 and self._lowers[p] == "à" and is_capitalized(doc[p + 1]) and all(t.ent_type_ != "PER" for t in doc[p + 1 : k]):
            return self._org_ends.get(p)  # "la délégation territoriale de l'INAO à Annecy, dirigée par X": the body, then its town
        return None

    def _where_unit(self, doc: Doc, i: int, j: int, article: str) -> tuple[Span | None, str | None]:
        """For "X, où il/elle [a] dirigeait <article> <unit>" with the verb at ``i``
        and the unit's first word at ``j``: the body before "où" and "de la
        <unit>" (up to a date, a duration or the clause's end), else (None, None)."""
        p = i - 1
        while p > 0 and (doc[p].pos_ == "ADV" or self._lowers[p] in {"a", "avait"}):
            p -= 1
        if p < 2 or self._lowers[p] not in {"il", "elle"} or self._lowers[p - 1] != "où" or doc[p - 2].text != ",":
            return None, None
        org = self._org_ends.get(p - 2)
        if org is None and p > 5 and doc[p - 3].text == ")" and doc[p - 5].text == "(":
            org = self._org_ends.get(p - 5) or self._org_ends.get(p - 3)  # "l'Agence nationale … (Anses), où elle a dirigé …"
        if org is None and p > 4 and self._lowers[p - 4] == "depuis" and _YEAR.fullmatch(doc[p - 3].text):
            org = self._org_ends.get(p - 4)  # "au conseil d'administration de l'organisation depuis 2020, où elle présidait …"
        # ("où elle a dirigé le laboratoire de catalyse": a body of its own, unread; not "le laboratoire de Lyon": a site named by its town)
        town = j + 2 < len(doc) and self._lowers[j + 1] in {"de", "d'"} and doc[j + 2].ent_type_ == "LOC" and is_capitalized(doc[j + 2]) \
            and (j + 3 == len(doc) or not is_capitalized(doc[j + 3]))
        if org is None or self._lowers[j] in _BODY_NOUNS and not town:
            return None, None
        end = j
        while end < len(doc) and end - j < 10 and not doc[end].is_punct and doc[end].pos_ not in {"VERB", "AUX"} and not doc[end].like_num \
                and self._lowers[end] not in {"depuis", "pendant", "durant", "avant", "après", "puis", "jusqu'en", "jusqu’en"} \
                and not (self._lowers[end] == "et" and not (doc[end - 1].pos_ == "NOUN" and end + 1 < len(doc) and doc[end + 1].is_lower and doc[end + 1].pos_ == "NOUN")) \
                and not (self._lowers[end] in {"de", "en", "à"} and end + 1 < len(doc) and doc[end + 1].like_num):
            end += 1  # ("la commission formation et apprentissage": two fields of one unit)
        while end > j + 1 and self._lowers[end - 1] in {"de", "du", "des", "d'", "la", "le", "les", "l'", "en", "à", "au", "aux", "pour"}:
            end -= 1
        return org, _of(article, doc[j:end].text)

    def _board_seats(self, doc: Doc, people: list[Span]) -> list[Span]:
        """"X rejoint le conseil d'administration de Kyneris", "Y entre au conseil
        de surveillance": a seat ("membre du conseil d'administration") on the
        board of the body named after it, or, unnamed, of the organization the
        release is about."""
        out = []
        for i, tok in self._at(doc, _BOARD_JOINS | _SITS | {"entré", "entrée"}):
            j = i + 1
            if j + 1 < len(doc) and self._lowers[j] == "le" and (doc[j + 1].like_num or self._lowers[j + 1] == "1er"):
                j += 1  # "rejoindra le 1er janvier 2027 le directoire de X": past the date
                while j < len(doc) and (doc[j].like_num or self._lowers[j] in MONTHS or self._lowers[j] == "1er"):
                    j += 1
            if tok.lower_ == "siège" and i > 1 and self._lowers[i - 1] == "un":
                # "Il conservera un siège au conseil de surveillance": a seat, the noun after its verb
                article = self._lowers[j] if j < len(doc) else ""
                k, committee = self._board_at(doc, j + 1) if article == "au" else (None, False)
                person = self._subject(doc, people, i - 2) if k is not None else None
                if person is not None:
                    title = f"membre du {doc[j + 1 : k + 1].text}"
                    out += self._presidency(doc, person, None, i, k + 1, True, (title, title), possessive=True)
                continue
            if tok.lower_ in {"entré", "entrée"} and self._lowers[j : j + 3] != ["au", "conseil", "municipal"]:
                continue  # (only the town council: "entré au conseil municipal en 1971")
            if tok.lower_ in {"entre", "entré", "entrée"} and self._lowers[j : j + 3] == ["au", "conseil", "municipal"]:
                # "… entre au conseil municipal en 1977": a seat, in the town the release names
                person = self._subject(doc, people, i)
                if person is not None:
                    out += self._presidency(doc, person, None, i, j + 3, None, ("conseillère municipale", "conseiller municipal"))
                continue
            while tok.lower_ in _SITS and j < len(doc) and j - i < 4 and (doc[j].pos_ == "ADV" or self._lowers[j] in {"par", "ailleurs", "également", "aussi"}):
                j += 1  # "Elle siège par ailleurs au conseil d'administration d'Atout France"
            article = self._lowers[j] if j < len(doc) else ""
            j += article in {"le", "au", "son"}  # ("rejoint son conseil d'administration": the release's body)
            k, committee = self._board_at(doc, j)
            if k is not None and tok.lower_ in _SITS and committee:
                k = None  # ("siégera au comité exécutif" with a new post: a seat the post comes with)
            person = self._subject(doc, people, i) if k is not None else None
            if person is None or tok.lower_ in {"entre", "entrera"} | _SITS and article != "au":
                continue
            # the body named right after it ("… de l'association Les Restos du Cœur": past its article and common noun)
            m = k + 2
            while m < len(doc) and m - k < 6 and m not in self._orgs and doc[m].is_lower:
                m += 1
            linked = k + 1 < len(doc) and self._lowers[k + 1] in {"de", "du", "d'", "des"}
            org = self._orgs.get(m) if linked else None
            if org is None and linked and m == k + 2 and m < len(doc) and is_capitalized(doc[m]) and doc[m].ent_type_ != "LOC" and m not in self._starts \
                    and doc[m].lower_ not in self.heads and doc[m].text not in self.places:
                org = self._named_here(doc, m)  # "rejoint le conseil d'administration de Kyneris": a name right after the board is its body
            title = f"membre du {doc[j : k + 1].text}"
            for role in self._presidency(doc, person, org, i, k + 1, True, (title, title)):
                role._.role["status"] = "former" if tok.lower_ in {"siégeait", "siégé"} else "current"
                role._.role["seat"] = tok.lower_ in _BOARD_JOINS  # ("rejoindra le directoire … Il succède à Y": the seat handed on, after a post)
                out.append(role)
        for person in people:
            # "a approuvé la nomination de Thomas X au directoire": a seat on the board of the body the release is about
            j = person.end + 1
            if j + 1 >= len(doc) or self._lowers[person.end] != "au" or self._lowers[max(0, person.start - 2)] != "nomination" or self._lowers[person.start - 1] not in {"de", "d'"}:
                continue
            k, committee = self._board_at(doc, j)
            if k is None or committee:
                continue
            if k + 1 < len(doc) and self._lowers[k + 1] in {"de", "du", "d'", "des"}:
                continue  # (a body named after the board: the reading above, when a verb joins it)
            title = f"membre du {doc[j : k + 1].text}"
            out += self._presidency(doc, person, None, person.start, k + 1, True, (title, title), possessive=True)
        return out

    def _composed_boards(self, doc: Doc, found: list[Span]) -> list[Span]:
        """"Le directoire sera composé de quatre membres : outre son président,
        A (banque de détail), B (finances) et C (…)": each person listed after the
        colon sits on the board, of the organization the release is about."""
        out = []
        for i, _ in self._at(doc, {"composé", "composée"}):
            lo, hi = self._sentences.start[i], self._sentences.end[i]
            k, _committee = self._board_at(doc, lo + 1) if self._lowers[lo] in {"le", "la", "son", "sa"} else (None, False)
            colon = next((c for c in range(i + 1, hi) if doc[c].text == ":"), None)
            if k is None or colon is None or not all(t.pos_ in {"AUX", "VERB", "ADP", "NUM", "NOUN", "DET", "ADV"} for t in doc[k + 1 : i]):
                continue
            title = f"membre du {doc[lo + 1 : k + 1].text}"
            for person in (p for p in self._starts.values() if colon < p.start < hi):
                listed = doc[person.end : person.end + 1].text in {"(", ",", ".", ";"} or self._lowers[person.end : person.end + 1] == ["et"]
                seated = any(self._lowers[r.start] == "membre" for r in found if tuple(r._.role["person"]) == (person.start_char, person.end_char))
                if listed and not seated:
                    out += self._presidency(doc, person, None, colon, person.end, True, (title, title), possessive=True)
        return out

    @staticmethod
    def _board_at(doc: Doc, j: int) -> tuple[int | None, bool]:
        """The last token of a board's name opening at token ``j`` ("conseil
        d'administration", "directoire"; None when none opens there), and
        whether it is a committee ("comité exécutif")."""
        board = _BOARD_NAME.match(doc[j : j + 4].text.lower()) if j < len(doc) else None
        if board is None:
            return None, False
        return next(t.i for t in doc[j : j + 4] if t.idx + len(t) >= doc[j].idx + board.end()), board.group(0).startswith("comité")

    def _stays_at_head(self, doc: Doc, people: list[Span], found: list[Span]) -> list[Span]:
        """"X, président du directoire de la Caisse A depuis 2020, reste à la tête
        de l'entité fusionnée": the title X holds, now in the body named after
        "à la tête de"."""
        out = []
        for i, _ in self._at(doc, {"reste", "restera", "demeure", "demeurera"}):
            if self._lowers[i + 1 : i + 5] not in (["à", "la", "tête", "de"], ["à", "la", "tête", "du"], ["à", "la", "tête", "d'"]):
                continue
            k = i + 5 + (i + 5 < len(doc) and self._lowers[i + 4] == "de" and self._lowers[i + 5] in {"la", "l'"})
            org = self._orgs.get(k)
            # (a named body, or "l'entité fusionnée"; not "restera à la tête de l'entreprise", the one already headed)
            merged = org is not None and org.end < len(doc) and (self._lowers[org.end].startswith("fusionn") or self._lowers[org.end : org.end + 2] == ["issue", "de"])
            if org is None or (org._.org or {}).get("anaphor") and not merged:
                continue
            person = self._subject(doc, people, i)
            if person is None:
                continue
            lo = self._sentences.start[i]
            text = text_of(doc)
            held = (_title_of(r, text) for r in found if tuple(r._.role["person"]) == (person.start_char, person.end_char) and lo <= r.start < i
                    and r._.role["status"] == "current" and r._.role.get("organization") is not None)
            title = next((t for t in held if t.split()[0].lower() in _HEADING_TITLES), None)
            if title is not None:
                out += self._presidency(doc, person, org, i, k + len(org), None, (title, title))
        return out

    def _became(self, doc: Doc, people: list[Span], found: list[Span]) -> list[Span]:
        """"…, avant de devenir en 2021 déléguée régionale d'Orange": a past step of
        the subject's career (the release's news is the next one); "est devenue en
        2021 directrice …": a title after the verb and its date."""
        out = []
        have = {(tuple(r._.role["person"]), r.start) for r in found}
        for i, tok in self._at(doc, {"devenir", "devenu", "devenue"}):
            infinitive = tok.lower_ == "devenir" and i > 1 and self._lowers[i - 1] in {"de", "d'"} and self._lowers[i - 2] == "avant"
            if not infinitive and not (i > 0 and self._lowers[i - 1] in {"est", "était"}):
                continue
            j = i + 1
            if j + 1 < len(doc) and self._lowers[j] in {"en", "dès"} and _YEAR.fullmatch(doc[j + 1].text):
                j += 2  # ("devenir en 2021 …")
            if j == i + 1 and not infinitive:
                continue  # (no date between: the appointment reader has it)
            title = self._title_at(doc, j)
            person = (self._sentence_subject(doc, people, self._sentences.start[i]) if infinitive else self._subject(doc, people, i - 1)) if title is not None else None
            if person is None or ((person.start_char, person.end_char), title["start"]) in have:
                continue
            if infinitive:
                title["status"] = "former"
            out.append(self._role(doc, person, title))
            end = title["end"] + (title["end"] < len(doc) and doc[title["end"]].text == ",")
            then = self._title_at(doc, end + 1) if end + 1 < len(doc) and self._lowers[end] == "puis" else None
            if then is not None:
                # "avant de devenir proviseure adjointe du lycée X, puis directrice du lycée Y": the next step, past too
                out.append(self._role(doc, person, dict(then, status=title["status"])))
        return out

    @staticmethod
    def _line_opener(doc: Doc, start: int) -> bool:
        """Whether token ``start`` opens its line (past a bullet)."""
        k = start - 1
        if k >= 0 and doc[k].text in {"•", "·", "-", "–", "—", "*", "▪"}:
            k -= 1
        return k < 0 or is_break(doc[k]) or doc[k].is_space

    @staticmethod
    def _opener(doc: Doc, lo: int, hi: int) -> Any:
        """The first token between ``lo`` and ``hi`` that is not white space (a sentence's first word), or None."""
        return next((t for t in doc[lo:hi] if not t.is_space), None)

    def _fronted_election(self, doc: Doc, i: int) -> int | None:
        """The participle that opens the clause of "à la tête" at ``i`` ("Nommée en
        janvier à la tête de …", after a sentence start, a dateline's dash or a
        line break), else None."""
        lo = self._sentences.start[i]
        for k in range(i - 3, max(lo, i - 8) - 1, -1):
            if self._lowers[k] in _ELECTED and (k == lo or doc[k - 1].text in {"–", "—", "-", ":"} or is_break(doc[k - 1])):
                between = doc[k + 1 : i - 2]
                return k if all(t.lower_ in {"en", "le", "au", "à", "dès"} or t.lower_ in MONTHS or t.like_num for t in between) else None
        # "Pour sa troisième saison à la tête du Théâtre X, Patrick Y a présenté …": a term spent there
        if i - 4 >= lo and doc[lo].lower_ == "pour" and doc[lo + 1].lower_ in {"sa", "son"} and self._lowers[i - 3] in {"saison", "année", "rentrée", "édition", "mandat"}:
            return lo
        # "Après trente-deux ans à la tête de la biscuiterie X, Jean-Yves Y passe le relais": a term ending
        if i - 4 >= lo and doc[lo].lower_ == "après" and self._lowers[i - 3] in {"ans", "années"} and i - 3 - lo <= 3:
            return lo
        return None

    def _plural_titles(self, doc: Doc) -> list[Span]:
        """"Les rapporteurs de l'avis, Mmes Annie X et Sylvie Y et M. Jacques Z";
        "deux nouvelles vice-présidentes, Anne X, éleveuse à Janzé, et
        Laurence Y": a plural title, then the people who each hold it (in their
        gender), with the organization the title names, else the release's."""
        out = []
        for j, word in enumerate(self._lowers):
            if not word.endswith(("s", "x")) or word in self.heads or word[:-1] not in self.heads:
                continue
            tok = doc[j]
            if tok.pos_ not in {"NOUN", "ADJ"}:
                continue
            if j > 0 and self._lowers[j - 1][:-1] in self.heads and self._lowers[j - 1].endswith(("s", "x")):
                continue  # ("maires délégués": one title, read from its first word)
            if j > 0 and self._lowers[j - 1] in {"été", "sont", "seront", "furent"} and word in {"élus", "élues", "réélus", "réélues"}:
                continue  # "Ont été élus : A (présidente), B (vice-président)": a passive verb, not the title "élu"
            k = j + 1
            while k < len(doc) and k - j < 8 and doc[k].text != "," and not is_break(doc[k]) and doc[k].text not in _HARD_STOPS and (doc[k].pos_ not in {"VERB", "AUX"} or is_participle(doc[k])
                                                                                                                            or self._lowers[k] in {"sont", "seront"} and doc[k + 1 : k + 2].text == ":"
                                                                                                                            or self._lowers[k] in {"ont", "été", "sont"} and ":" in doc[k + 1 : k + 4].text):
                # ("trois nouveaux membres titulaires ont été reçus : A, B et C")
                k += 1  # ("artistes associés, …": a participle of the title goes on; "Les vice-présidents sont : A, B …")
            verb = k  # (the title's words end before a verb)
            if k < len(doc) and doc[k].pos_ in {"VERB", "AUX"} and j - self._sentences.start[j] <= 1:
                # "Trois artistes associés accompagneront le théâtre pendant trois saisons : A, B et C": the sentence's subject, its list after the colon
                colon = next((c for c in range(k + 1, min(len(doc), k + 12)) if doc[c].text == ":"), None)
                if colon is not None and not any(t.is_punct and t.text != "-" or is_break(t) for t in doc[k + 1 : colon]):
                    k = colon
            own_first = k + 2 < len(doc) and self._lowers[k + 1] in {"le", "la", "l'"} and (first := self._title_at(doc, k + 2, stop_at_et=True)) is not None \
                and first["end"] in self._starts  # (": le médecin X, l'architecte Y et …": each one's own title first)
            if k < len(doc) and doc[k].text == ":" and k + 1 < len(doc) and (k + 1) not in self._starts and not own_first:
                continue  # (a colon must open the list of names)
            # ("Les autres vice-présidents sont A, président de …, et B": the copula opens the list)
            copular = k + 1 < len(doc) and self._lowers[k] in {"sont", "seront"} and ((k + 1) in self._starts or self._lowers[k + 1] in self.civilities and (k + 2) in self._starts)
            if k >= len(doc) or doc[k].text not in {",", ":"} and not copular:
                continue  # ("trois nouveaux adjoints au maire : A, chargé des finances, B …")
            holders = []
            genders: dict[int, bool] = {}
            m = k + 1
            while m < len(doc):
                while m < len(doc) and (doc[m].lower_ in self.civilities or doc[m].lower_ in {"mmes", "mm.", "et", ","}):
                    m += 1
                person = self._starts.get(m)
                if person is None and m < len(doc) and doc[m].lower_ in {"le", "la", "l'"} and (own := self._title_at(doc, m + 1, stop_at_et=True)) is not None:
                    # "deux vice-capitaines, le demi de mêlée Julien X et l'ailier Semi Y": past each one's own title
                    person = self._starts.get(own["end"])
                    if person is not None and doc[own["start"]].lower_ in self._feminine_heads | self._masculine_heads:
                        genders[person.start] = doc[own["start"]].lower_ in self._feminine_heads  # ("l'ailier fidjien Semi X": he)
                if person is None:
                    break
                holders.append(person)
                m = person.end
                if m < len(doc) and doc[m].text == "(":
                    close = closing(doc, m, ")", 10)
                    m = close + 1 if close is not None else m  # "Yvon X (finances), Sandrine Y (environnement)": past the delegation
                if m + 1 < len(doc) and doc[m].lower_ == "pour" and is_capitalized(doc[m + 1]):
                    # "maires délégués : Patrick X pour Saint-Caprais et Josiane Y pour Pleine-Selve": past the place
                    m += 1
                    while m < len(doc) and (is_capitalized(doc[m]) or doc[m].text in {"-", "'"} or doc[m].lower_ in {"de", "du", "des", "la", "le", "les", "sur", "en"} and m + 1 < len(doc) and doc[m + 1].text != ","):
                        m += 1
                civil = doc[m + 1].lower_ in self.civilities and (m + 2) in self._starts if m + 1 < len(doc) else False  # ("Hugo X, professeur à …": a title, no civility)
                if m + 2 < len(doc) and doc[m].text == "," and self._lowers[m + 1] in {"un", "une", "le", "la", "l'"} and self._is_head(doc[m + 2]) \
                        and not (own_first and self._lowers[m + 1] in {"le", "la", "l'"}):
                    break  # "deux vice-présidents, A et B, une trésorière, C, …": the next title's own list (not ": le médecin A, l'architecte B")
                if own_first and m + 1 < len(doc) and doc[m].text == "," and self._lowers[m + 1] in {"le", "la", "l'"}:
                    continue  # (the next holder, after its own title)
                if m + 1 < len(doc) and doc[m].text == "," and self._starts.get(m + 1) is None and not civil and doc[m + 1].lower_ not in {"et", "mmes"}:
                    # "Anne X, éleveuse à Janzé, et …": past the person's own apposition
                    # ("Sébastien X, chargé des finances, …": a participle of the apposition is no verb of the sentence)
                    nxt = next((c for c in range(m + 1, min(len(doc), m + 16)) if doc[c].text == "," or doc[c].pos_ in {"VERB", "AUX"} and not is_participle(doc[c]) or doc[c].text in _HARD_STOPS), None)
                    if nxt is None or doc[nxt].text != ",":
                        break
                    if nxt + 1 < len(doc) and self._lowers[nxt + 1] in {"chargé", "chargée", "délégué", "déléguée"}:
                        # ("Julien X, expert-comptable à Nîmes, chargé de l'attractivité, et …": the delegation after the apposition)
                        nxt = next((c for c in range(nxt + 2, min(len(doc), nxt + 16)) if doc[c].text == "," or doc[c].text in _HARD_STOPS), None)
                        if nxt is None or doc[nxt].text != ",":
                            break
                    m = nxt
            if len(holders) < 2:
                continue
            term = next((c for c in range(j + 1, verb) if self._lowers[c] in {"pour", "depuis", "sont", "seront", "ont", "été"} or self._lowers[c].startswith("jusqu")), verb)
            complement = doc[j + 1 : term]  # ("artistes associés pour trois ans": the term is no part of the title)
            org = next((o for o in self._orgs.values() if complement.start <= o.start and o.end <= complement.end), None)
            if org is not None and word[:-1] in _GRADUATES and (org._.org or {}).get("kind") == "university":
                continue  # "X et Y, ingénieurs de l'INSA Lyon": a degree, no post
            # "ingénieurs agronomes" -> "ingénieur agronome": adjectives right after the head agree with it
            words = [(t.text[:-1] if t.is_lower and (t.pos_ in {"ADJ", "NOUN"} or is_participle(t)) and t.text.endswith("s") and t.i == complement.start else t.text) + t.whitespace_ for t in complement]
            text = word[:-1] + ("" if org is not None or not complement.text else " " + "".join(words).strip())
            board = word[:-1] in self.shared_heads | {"président", "présidente", "rapporteur", "rapporteure", "administrateur", "administratrice", "membre", "associé", "associée"}
            board = board or any(t.lower_ in {"associés", "associées"} for t in complement)  # "artistes associés": of the body the release is about
            for person in holders:
                if word[:-1] in _CLASS_NOUNS and doc[person.end : person.end + 1].text == "," and person.end + 1 < len(doc) and self._is_head(doc[person.end + 1]):
                    continue  # "deux nouveaux magistrats, Julien X, juge aux affaires familiales, et …": each one's own title
                civility = doc[person.start - 1].lower_ if person.start else ""
                feminine = True if civility in {"mme", "mmes", "madame"} else False if civility in {"m.", "m", "mm.", "monsieur"} else genders.get(person.start, self._feminine(person))
                if feminine is None:
                    continue
                title = self._gendered(text, feminine)
                # ("maires délégués": a town's office, linked as "maire" is)
                made = self._presidency(doc, person, org, j, person.end, feminine, (title, title), possessive=org is None and board,
                                        unnamed=org is None and not board and word[:-1] not in {"maire", "adjoint", "adjointe"} | self.players)
                for role in made:
                    role._.role["plural"] = True
                out += made
        return out

    def _announced_by_name(self, doc: Doc) -> list[Span]:
        """"Le comité directeur du club X a élu son nouveau président. Il s'agit
        de Y": the title the sentence before announced (after "nouveau",
        "nouvelle"), in the organization it names, else the release's."""
        out = []
        for i, word in enumerate(self._lowers[:-2]):
            if word != "agit" or i < 2 or self._lowers[i - 1] not in {"s'", "s’"} or self._lowers[i - 2] not in {"il", "elle"} or self._lowers[i + 1] not in {"de", "d'", "d’"}:
                continue
            person = self._starts.get(i + 2)
            previous = self._previous_sentence(doc, i)
            if person is None or previous is None or self._sentences.start[i] != i - 2:
                continue
            lo, hi = previous
            new = next((k for k in range(lo, hi - 1) if self._lowers[k] in {"nouveau", "nouvelle", "nouvel"} and self._is_head(doc[k + 1])), None)
            title = self._title_at(doc, new + 1) if new is not None else None
            if title is None:
                continue
            org = title["org"] or self._last_org(lo, new)
            text = doc[new + 1 : title["cut"]].text if title["org"] is not None else doc[new + 1 : title["end"]].text
            forms = (self._gendered(text, True), self._gendered(text, False))
            out += self._presidency(doc, person, org, i, person.end, self._feminine(person), forms, possessive=org is None)
        return out

    def _headline_office(self, doc: Doc, people: list[Span], found: list[Span]) -> list[Span]:
        """"Nouvelle direction pour l'école X" over "le conseil a proposé la
        nomination de Thomas Y, professeur des universités": the office the
        headline announces is the function of the person the body appoints
        with no title word ("nomination de Y", "a élu Y", "Y a été nommé"),
        in the body the headline names (else the release's)."""
        head = next(((i, _OFFICES[w]) for i, w in enumerate(self._lowers[:80]) if w in _OFFICES and i > 0
                     and (self._lowers[i - 1] in {"nouvelle"} or self._lowers[i - 1] == "de" and i > 1 and self._lowers[i - 2] == "changement")), None)
        if head is None:
            # "Ouest Santé Numérique : une nouvelle directrice pour …": a title the headline announces with no name
            head = next(((i, (self._gendered(w, True), self._gendered(w, False))) for i, w in enumerate(self._lowers[:80]) if i > 1
                         and self._lowers[i - 1] in {"nouvelle", "nouveau", "nouvel"} and self._lowers[i - 2] in {"une", "un"} and w in _HEADLINE_TITLES), None)
        if head is None:
            return []
        i, forms = head
        hi = self._sentences.end[i]
        if "\n" not in doc[hi - 1 : hi + 1].text and hi < len(doc) and not doc[hi].is_space:
            return []  # (a headline is a line of its own)
        lo = self._sentences.start[i]
        ordered = sorted(self._orgs.values(), key=lambda o: o.start)
        org = next((o for o in ordered if i < o.start < hi), None) or next((o for o in ordered if lo <= o.start < i), None)  # (or the body before it)
        # (not one the text already gives that office: "a élu X présidente")
        titled = {tuple(r._.role["person"]) for r in found if r._.role["status"] == "current"
                  and _title_of(r, text_of(doc)).lower().startswith(forms)}
        for person in people:
            if person.start <= hi or (person.start_char, person.end_char) in titled:
                continue
            b = person.start - (person.start > 0 and self._lowers[person.start - 1].rstrip(".") in self.civilities)  # ("de Mme X")
            before = [w.replace("’", "'") for w in self._lowers[max(0, b - 2) : b]]
            after = self._lowers[person.end : person.end + 4]
            appointed = before in (["nomination", "de"], ["nomination", "d'"], ["a", "élu"], ["a", "nommé"], ["a", "désigné"], ["a", "choisi"]) \
                or after[:1] == ["a"] and after[1:2] == ["été"] and after[2:3] and after[2] in _ELECTED
            if not appointed:
                continue
            made = self._presidency(doc, person, org, person.start, person.end, None, forms, possessive=org is None)
            for role in made:
                role._.role["appointed"] = True
            return made
        return []

    def _unnamed_holders(self, doc: Doc, people: list[Span], known: list[Span]) -> list[Span]:
        """"Le talonneur de 29 ans, formé au club, succède à …", "La nouvelle
        présidente a remercié …": a title that opens a sentence with no name,
        said of a person (an age, or "nouveau"), is the function of the person
        the sentence before named last, of the title's gender; so is a former
        career ("L'ancienne sabreuse, médaillée …"). Not a former office (it
        may point to anyone), nor a title with its own name after it."""
        out = []
        full = text_of(doc)
        for i, tok in self._at(doc, {"le", "la", "l'"}):
            lo = self._sentences.start[i]
            # ("Âgé de 46 ans, l'ancien meneur de l'équipe de France entraînait …": past a fronted age)
            fronted_age = lo < i and self._lowers[lo] in {"âgé", "âgée"} and doc[i - 1].text == "," and i - lo <= 6 and any(t.lower_ == "ans" for t in doc[lo:i])
            if lo != i and not fronted_age or i + 2 >= len(doc):
                continue
            marked = doc[i + 1].lower_ in {"nouveau", "nouvelle", "nouvel", "jeune"}
            title = self._title_at(doc, i + 1)
            # ("L'ancienne sabreuse, médaillée de bronze …, étudie …": a past career points back too; a past office may not)
            career = title is not None and title["status"] == "former" and doc[title["start"]].lower_ in self.trades | _ATHLETES | self.players
            if title is None or title["status"] == "former" and not career:
                continue
            k = title["start"] + 1
            while k < title["end"] and not (doc[k].lower_ == "de" and doc[k + 1 : k + 2].text.isdigit() and doc[k + 2 : k + 3].text.lower() == "ans"):
                k += 1
            aged = k < title["end"]  # "Le talonneur de 29 ans"
            if aged:
                title = {**title, "cut": k, "end": k, "org": None}
            e = title["end"]
            aged = aged or fronted_age or doc[e : e + 1].text == "," and doc[e + 1 : e + 2].text.isdigit() and doc[e + 2 : e + 3].text.lower() == "ans"
            hi = self._sentences.end[i]
            first_verb = next((n for n in range(e, hi) if doc[n].pos_ in {"VERB", "AUX"} and "Part" not in doc[n].morph.get("VerbForm")), hi)
            # ("La présidente de l'association succède à X": the one just elected, whoever held it before)
            succeeding = first_verb < hi and self._lowers[first_verb] in {"succède", "succédera", "remplace", "remplacera"}
            if not (marked or aged or career or succeeding) or title["cut"] - title["start"] > (6 if career else 4):  # ("meneur de l'équipe de France")
                continue
            if any(e <= p.start < first_verb for p in people):
                continue  # "La nouvelle présidente, Marie X, …": the name is there
            previous = self._previous_sentence(doc, i)
            if previous is None:
                continue
            feminine = {"la": True, "le": False}.get(tok.lower_)
            if feminine is None:
                # "L'ancienne épéiste": the adjective says it; else the head, unless it has one form for both
                head = doc[title["start"]].lower_
                adjective = {"ancienne": True, "nouvelle": True, "ancien": False, "nouvel": False}.get(self._lowers[i + 1])
                feminine = adjective if adjective is not None else True if head in self._feminine_heads else False if head in self._masculine_heads else None
            genders = {feminine, None} if feminine is not None else {True, False, None}
            # (not the speaker of the sentence before: "« Julie X saura … », a salué Claire Y. La nouvelle directrice …")
            before = [p for p in people if previous[0] <= p.start and p.end <= previous[1] and self._feminine(p) in genders and not self._speaker(doc, p)
                      and not (marked and self._replaced(doc, p))]
            if not before:
                continue
            holder = before[-1]
            said = doc[title["start"] : title["cut"]].text.lower()
            if marked and not succeeding:
                # ("… nommée directrice générale. … L'intérim a été assuré par Y. « La nouvelle directrice générale trouvera … »":
                # the one appointed to that title, not the last one named)
                # ("… ont élu leur président, X. Il succède à Y … Âgé de 47 ans, le nouveau président était …": the one person holding it)
                holding = {full[slice(*r._.role["person"])]: r._.role["person"] for r in known
                           if r._.role["status"] == "current" and _title_of(r, full).lower() == said and r.start < i}  # (one person, however often named)
                span = doc.char_span(*next(iter(holding.values()))) if len(holding) == 1 else None
                holder = self._starts.get(span.start, holder) if span is not None else holder
            title["appointed"] = marked or succeeding and not (aged or career)
            out.append(self._role(doc, holder, title))
            self._unnamed[lo] = holder
        return out

    def _with_delegations(self, doc: Doc, roles: list[Span]) -> list[Span]:
        """"trois adjoints au maire : A, chargé des finances, …": the plural title
        and the delegation after each name are one function."""
        drop = set()
        by_chars = {(p.start_char, p.end_char): p for p in self._starts.values()}
        for role in roles:
            data = role._.role
            person = by_chars.get(tuple(data["person"])) if data.get("plural") else None
            if person is None:
                continue
            own = self._delegation_after(doc, person, [r for r in roles if r is not role and r._.role["person"] == data["person"]], _DELEGATED)
            if own is not None:
                self._join_delegation(doc, role, own)
                drop.add(id(own))
        for role in roles:
            # "X, vice-présidente du conseil départemental de la Côte-d'Or, déléguée aux solidarités": one function
            data = role._.role
            if id(role) in drop or data.get("title_text") or self._lowers[role.start] not in {"vice-président", "vice-présidente", "adjoint", "adjointe"}:
                continue
            after = role.end + (role.end < len(doc) and doc[role.end].text == ",")
            own = next((r for r in roles if r is not role and id(r) not in drop and r.start == after and r._.role["person"] == data["person"] and self._lowers[r.start] in _DELEGATED
                        and r._.role["organization"] is None), None)
            if own is not None:
                self._join_delegation(doc, role, own)
                drop.add(id(own))
        return [r for r in roles if id(r) not in drop]

    @staticmethod
    def _delegation_after(doc: Doc, person: Span, roles: list[Span], words: set[str]) -> Span | None:
        """The role among ``roles`` that opens right after the name (and its
        comma) with one of ``words`` ("chargée des solidarités")."""
        after = person.end + (person.end < len(doc) and doc[person.end].text == ",")
        # (not "chargée de recherche à l'IRD": a grade of the research bodies, no delegation)
        return next((r for r in roles if r.start == after and doc[r.start].lower_ in words and doc[r.start + 1 : r.start + 3].text.lower() not in {"de recherche", "de recherches"}), None)

    @staticmethod
    def _join_delegation(doc: Doc, role: Span, own: Span) -> None:
        """Make ``own``'s words the end of ``role``'s title: one function."""
        text = text_of(doc)
        role._.role["title_text"] = f"{_title_of(role, text)} {text[slice(*own._.role['title'])]}"

    def _entrusted(self, doc: Doc) -> list[Span]:
        """"La présidence sera assurée par Sandrine X"; "une direction de la
        transition environnementale, confiée à Sarah Y": the office and its
        field give the title; the organization is the one after the office
        ("la présidence du club"), else the one the release is about."""
        out = []
        for i, tok in self._at(doc, _ASSURED | _GIVEN):
            word = tok.lower_
            if word in {"confié", "confie", "confiera"} and i + 2 < len(doc) and doc[i + 1].lower_ in {"la", "sa"} and doc[i + 2].lower_ in _ALL_OFFICES:
                out += self._entrusted_to(doc, i + 2)  # "a confié la direction générale de l'organisme à Maite X"
                continue
            heir = self._person_after(doc, i + 2) if word in {"confié", "confie", "confiera"} and i + 2 < len(doc) and doc[i + 1].lower_ == "à" else None
            if heir is not None and heir.end + 1 < len(doc) and self._lowers[heir.end] in {"la", "sa"} and self._lowers[heir.end + 1] in _ALL_OFFICES:
                out += self._entrusted_to(doc, heir.end + 1, heir)  # "a confié à Julien X la direction de sa nouvelle usine"
                continue
            if word in _ASSURED:
                person = self._agent(doc, i, 3)
            elif word in _GIVEN:
                # "La vice-présidence chargée de la recherche revient à Sonia X"; "confiée depuis septembre à Sophie Y"
                to = next((j for j in range(i + 1, min(i + 5, len(doc))) if doc[j].text == "à" or doc[j].is_punct), None)
                if to is None or doc[to].text != "à":
                    continue
                person = self._person_after(doc, to + 1)
            else:
                continue
            if person is None:
                continue
            k = i - 1
            while k > 0 and doc[k].lower_ in {"sera", "est", "a", "été", ",", "désormais", "provisoirement"}:
                k -= 1
            lo = self._sentences.start[i]
            office = next((o for o in range(k, max(lo - 1, k - 10), -1) if doc[o].lower_ in _ALL_OFFICES and o > 0 and doc[o - 1].lower_ in {"la", "une", "sa"}), None)
            curated = next((o for o in range(k, max(lo - 1, k - 10), -1) if doc[o].lower_ in {"commissariat", "co-commissariat"} and o > 0 and doc[o - 1].lower_ in {"le", "son"}), None)
            if office is None and curated is not None and word in _ASSURED:
                # "Le commissariat de l'exposition est assuré par Agathe X, conservatrice …, avec Olivier Y": curators, of no organization
                hi = self._sentences.end[i]
                second = next((p for p in self._starts.values() if person.end < p.start < hi and (doc[p.start - 1].lower_ in {"avec", "et"} or self._lowers[p.start - 2 : p.start] == ["et", "par"])
                               and not any(t.pos_ in {"VERB", "AUX"} and "Part" not in t.morph.get("VerbForm") for t in doc[person.end : p.start])), None)
                for curator in [person] + ([second] if second is not None else []):
                    out += self._presidency(doc, curator, None, curated, curator.end, False, ("commissaire", "commissaire"), unnamed=True)
                continue
            post = None if office is not None or word not in _ASSURED else next(
                (o for o in range(lo, i) if self._lowers[o] == "poste" and o > 0 and self._lowers[o - 1] == "le" and self._lowers[o + 1] in {"de", "d'"}), None)
            if post is not None:
                # "Le poste de directeur général adjoint qu'elle laisse vacant sera occupé par X"
                title = self._title_at(doc, post + 2)
                if title is not None:
                    out.append(self._role(doc, person, dict(title, possessive=title["org"] is None)))
                continue
            if office is None:
                continue
            field = doc[office + 1 : k + 1]
            org = self._orgs.get(office + 2) if len(field) > 1 and field[0].lower_ in {"du", "de", "d'", "des"} else None
            if org is None and len(field) > 2 and field[0].lower_ == "de" and field[1].lower_ in {"la", "l'"}:
                org = self._orgs.get(office + 3)
            if org is None and office > 3 and self._lowers[office - 2] == "dont" and doc[office - 3].text == ",":
                org = self._org_ending_at(doc, office - 3)  # "une filiale, X, dont la direction a été confiée à Y": X's
            text = "" if org is not None or not field.text.strip(" ,") else " " + field.text.strip(" ,")  # (the field's words, when no body follows the office)
            if org is None and office - 1 == lo and self._lowers[lo] == "la":
                # "La nouvelle structure, baptisée Les Vignerons du Vallon, rassemblera … La présidence sera assurée par X":
                # the body the sentence before is about
                previous = self._previous_sentence(doc, office)
                org = (self._opening_org(doc, *previous) or next((o for o in sorted(self._orgs.values(), key=lambda o: o.start) if previous[0] <= o.start < previous[1]
                                                                    and self._lowers[o.start - 1] in {"baptisée", "baptisé", "dénommée", "dénommé"}), None)) if previous is not None else None
            forms = tuple(f + text for f in _ALL_OFFICES[doc[office].lower_])
            out += self._presidency(doc, person, org, office, person.end, None, forms, possessive=org is None)
        return out

    def _entrusted_to(self, doc: Doc, office: int, person: Span | None = None) -> list[Span]:
        """"(Le conseil) a confié la direction générale de l'organisme à X" (or
        "a confié à X la direction …"): the office, its adjectives and the
        organization after it give X's title."""
        if person is None:
            # (the "à" before the person: not one inside the body's name, "du conservatoire à rayonnement régional, par intérim, à X")
            to = next((j for j in range(office + 1, min(office + 16, len(doc))) if doc[j].text == "à" and self._person_after(doc, j + 1) is not None or doc[j].text in _HARD_STOPS), None)
            person = self._person_after(doc, to + 1) if to is not None and doc[to].text == "à" else None
        else:
            to = next((j for j in range(office + 1, min(office + 12, len(doc))) if doc[j].is_punct or is_break(doc[j])), min(office + 12, len(doc)))
        if person is None:
            return []
        adjectives = []
        j = office + 1
        while j < to and doc[j].is_lower and doc[j].pos_ == "ADJ":
            adjectives.append(doc[j].text)
            j += 1
        org = None
        if j < to and doc[j].lower_ in {"de", "du", "d'", "des"}:
            org = self._orgs.get(j + 1) or (self._orgs.get(j + 2) if doc[j + 1].lower_ in {"la", "l'", "le"} else None)
        feminine_form, masculine_form = _ALL_OFFICES[doc[office].lower_]
        tail = " ".join(adjectives)
        forms = (f"{feminine_form} {tail}".strip(), self._gendered(f"{masculine_form} {tail}".strip(), False))
        start, end = (office, person.end) if person.start > office else (person.start, office + 1)
        return self._presidency(doc, person, org, start, end, None, forms, possessive=org is None)

    def _copular(self, doc: Doc, people: list[Span], found: list[Span]) -> list[Span]:
        """"Le nouveau directeur du site est Paul X"; "l'exposition « … », dont le
        commissaire est Grégoire Y": a title, a copula, then the name. The
        organization is the title's own, else the one before ", dont"."""
        out = []
        taken = {t for r in found for t in range(r.start, r.end)}
        for person in people:
            v = person.start - 1
            if v > 2 and self._lowers[v].rstrip(".") in self.civilities and self._lowers[v - 1] in {"le", "la", "l'"}:
                v -= 2  # "L'investigatrice principale de l'essai est la professeure X": past the civility
            if v < 2 or self._lowers[v] not in _COPULAS_BEFORE_NAME or v in taken:
                continue
            lo = self._sentences.start[v]
            # the article that opens a title ending before the copula ("… de l'usine Renault de
            # Douai est": the site's place may end it)
            # (the article opens the clause: not "le pire ennemi de la présidente est X")
            b, title = next(((k, t) for k in range(v - 2, max(lo, v - 12) - 1, -1) if self._lowers[k] in {"le", "la", "l'"}
                             and (k == lo or doc[k - 1].is_punct or is_break(doc[k - 1]) or self._lowers[k - 1] in {"dont", "et", "mais", "car"})
                             and (t := self._title_at(doc, k + 1)) is not None and t["end"] <= v and v - t["end"] <= 4
                             and not any(w.pos_ in {"VERB", "AUX"} or not w.is_alpha for w in doc[t["end"] : v])), (None, None))
            if b is None or title is None or any(t in taken for t in range(b, v)):
                continue
            if title["org"] is None and b >= 2 and self._lowers[b - 1] == "dont" and doc[b - 2].text == ",":
                title["org"] = self._org_ends.get(b - 2)  # "la fondation X, dont le président est Y"
                title["unnamed"] = title["org"] is None  # ("dont le commissaire est X" after an exhibition: no guess)
            out.append(self._role(doc, person, title))
        return out

    def _same_functions(self, doc: Doc, people: list[Span], found: list[Span]) -> list[Span]:
        """"Karim X rejoint le groupe en tant que directeur des ressources
        humaines. Il occupait depuis 2022 les mêmes fonctions chez Faiveley
        Transport": the subject's function just given, held before in the
        body named after "chez" / "au sein de"."""
        out = []
        for i, _tok in self._at(doc, {"fonctions"}):
            if i < 3 or self._lowers[i - 1] not in {"mêmes", "même"} or self._lowers[i - 2] not in {"les", "des"}:
                continue
            k = i + 1
            verb = i - 2
            while verb > 0 and (self._lowers[verb - 1] in _CLAUSE_ADVERBS or doc[verb - 1].like_num):
                verb -= 1
            if self._lowers[k : k + 3] == ["au", "sein", "de"] or self._lowers[k : k + 3] == ["au", "sein", "du"]:
                k += 3
            elif k < len(doc) and self._lowers[k] in {"chez", "à", "au", "dans"}:
                k += 1
            elif verb > 3 and self._lowers[verb - 2] in {"il", "elle"} and self._lowers[verb - 3] == "où":
                # "arrivée de l'université de Poitiers, où elle occupait les mêmes fonctions": the body before "où"
                k = None
            else:
                continue
            if k is None:
                org = self._org_ends.get(verb - 3 - (doc[verb - 4].text == ","))  # (keyed by the token after the name)
            else:
                k += self._lowers[k] in {"la", "l'", "le"} if k < len(doc) else 0
                org = self._orgs.get(k)
                if org is None and k + 1 < len(doc) and doc[k].is_lower and (k + 1) in self._orgs:
                    org = self._orgs[k + 1]  # "chez l'équipementier Faiveley Transport"
            person = self._subject(doc, people, verb - 1) if verb > 0 and self._lowers[verb - 1] in _HELD | {"occupé", "exercé"} else None
            if org is None or person is None:
                continue
            span = (person.start_char, person.end_char)
            own = next((r for r in reversed(found) if tuple(r._.role["person"]) == span and r.start < i and r._.role["status"] == "current"), None)
            if own is None:
                continue
            # (a span of its own: spaCy keys span extensions by offsets, and the first role keeps its own)
            title = {"start": verb - 1, "cut": i + 1, "end": org.end, "org": org, "status": "former" if self._lowers[verb - 1] in _HELD_BEFORE | {"occupé", "exercé"} else "current",
                     "text": _title_of(own, text_of(doc))}
            out.append(self._role(doc, person, title))
        return out

    def _held_before(self, doc: Doc, people: list[Span], found: list[Span]) -> list[Span]:
        """"l'élection d'une nouvelle première adjointe après la démission de
        Philippe X, qui occupait cette fonction depuis 2020": the function the
        sentence named before, in the person's gender."""
        out = []
        taken = {t for r in found for t in range(r.start, r.end)}  # (a title the text gives someone already)
        for i, tok in self._at(doc, _HOLDS | {"exerçait", "exerce", "assurait", "assure"}):
            if i < 2 or doc[i - 1].lower_ != "qui":
                continue
            if doc[i + 1 : i + 3].text.lower() not in {"cette fonction", "ce poste", "ces fonctions", "cette charge", "ce mandat"}:
                continue
            person = self._antecedent(doc, people, i - 1)
            if person is None:
                continue
            lo = self._sentences.start[i]
            head = next((h for h in range(person.start - 1, lo - 1, -1) if self._is_head(doc[h]) and h not in taken), None)
            if head is None:
                continue
            begin = head
            while begin > lo and doc[begin - 1].lower_ in self.modifiers:
                begin -= 1  # "première adjointe"
            title = self._title_at(doc, begin)
            feminine = self._feminine(person)
            if title is None or feminine is None:
                continue
            text = self._gendered(doc[title["start"] : title["cut"]].text, feminine)
            roles = self._presidency(doc, person, title["org"], i, i + 3, feminine, (text, text))
            for role in roles:
                role._.role["status"] = "former" if tok.lower_ in {"occupait", "occupé", "exerçait", "assurait"} else "current"
            out += roles
        return out

    def _agent(self, doc: Doc, i: int, reach: int) -> Span | None:
        """The person after "par" following the participle at ``i`` (within
        ``reach`` tokens, no punctuation between): "présidée depuis 2021 par X"."""
        j = i + 1
        while j < len(doc) and j - i < reach and doc[j].lower_ != "par" and not doc[j].is_punct:
            j += 1
        if j + 1 < len(doc) and doc[j].lower_ == "par":
            return self._person_after(doc, j + 1)
        return None

    def _person_after(self, doc: Doc, k: int) -> Span | None:
        """The person named at ``k``, or after a description of them: "deux
        ingénieurs agronomes, Lucie X", "le neurologue Philippe X", "l'ancienne
        directrice de recherche de Sanofi, Émilie X"."""
        if k in self._starts:
            return self._starts[k]
        j = k
        while j < len(doc) and j - k <= 9 and j not in self._starts and (doc[j].text.replace("-", "").isalpha() or doc[j].text in {"'", "-"} or doc[j].text.endswith(("'", "’"))) and not is_break(doc[j]):
            if doc[j].pos_ in {"VERB", "AUX"}:
                return None
            j += 1
        if j < len(doc) and j > k and j in self._starts and doc[k].is_lower:
            return self._starts[j]  # "le neurologue Philippe X"
        if j + 1 < len(doc) and j > k and doc[j].text == "," and doc[k].is_lower:
            return self._starts.get(j + 1)  # "deux ingénieurs agronomes, Lucie X"
        return None

    def _presidency(self, doc: Doc, person: Span, org: Span | None, start: int, end: int, feminine: bool | None,
                    forms: tuple[str, str] = ("présidente", "président"), cut: int | None = None, **flags: bool) -> list[Span]:
        """A title the text implies ("présidée par X", "à la présidence du conseil
        de surveillance"), in the person's gender; none when the gender is unknown.
        ``flags``: "possessive" (the organization the release is about), "unnamed"
        (no organization is guessed)."""
        if feminine is None:
            feminine = self._feminine(person)
        if feminine is None:
            return []
        implied = {"start": start, "cut": end if cut is None else cut, "end": end, "org": org, "status": "current",
                   "text": forms[0] if feminine else forms[1], **flags}
        return [self._role(doc, person, implied)]

    def _gendered(self, title: str, feminine: bool) -> str:
        """The title in the other grammatical gender when its words are known
        heads or modifiers in that form ("directrice générale" ->
        "directeur général"); words with no known form stay as they are."""
        known = self.heads | self.modifiers
        out = []
        linked = False  # (the words after "de", "chargé", "à" name a field, not the holder: "de la communication")
        for n, token in enumerate(title.split()):
            word, mark = (token[:-1], token[-1]) if token[-1:] in {",", ";"} else (token, "")  # ("huitième adjointe, chargée …")
            forms = [word[: -len(a)] + b for a, b in (_FEMININE_ENDINGS if not feminine else _MASCULINE_ENDINGS) if word.lower().endswith(a)]
            if feminine:
                forms.append(word + "e")  # "rapporteur" -> "rapporteure"
            linked = linked or word.lower() in _TITLE_LINKS or word.lower().startswith(("d'", "l'", "chargé"))
            # ("entraîneuse de son équipe première": the field's words keep their gender)
            known_form = next((f for f in forms if f.lower() in known), None) if not linked or word.lower() in self.heads else None
            if known_form is None and n > 0 and not linked and word.isalpha() and word.islower():
                # "directrice administrative et financière" -> "directeur administratif et financier"
                known_form = next((word[: -len(a)] + b for a, b in (_ADJECTIVE_ENDINGS if not feminine else _ADJECTIVE_ENDINGS_M) if word.endswith(a)), None)
            out.append((known_form or word) + mark)
        return " ".join(out)

    def _feminine(self, person: Span) -> bool | None:
        """The person's gender as the text or the first name gives it."""
        civility = (person._.person or {}).get("civility") or ""
        if civility.lower().rstrip(".") in {"mme", "madame", "mlle"}:
            return True
        if civility.lower().rstrip(".") in {"m", "monsieur"}:
            return False
        first = person[0].text
        if "-" in first and first not in self.feminine_names | self.masculine_names:
            first = first.split("-")[0]  # "Pierre-Louis", "Marie-Claire": the first name's first part gives its gender
        if first in self.feminine_names:
            return True
        if first in self.masculine_names:
            return False
        return getattr(self, "_genders", {}).get(person.text)

    def _gender_evidence(self, doc: Doc, people: list[Span]) -> dict[str, bool]:
        """What the text says of the gender of people whose first name does not
        ("sa fille, Camille X", "son frère Dominique X", "la cheffe Claude X"):
        a kinship noun or a feminine title right before the name."""
        out: dict[str, bool] = {}
        for person in people:
            j = person.start - 1
            if j >= 0 and doc[j].text == ",":
                j -= 1
            word = doc[j].lower_ if j >= 0 else ""
            if word in _KIN_FEMININE or word in self.heads and word.endswith(_FEMININE_TITLE_ENDINGS) and j > 0 and doc[j - 1].lower_ in {"la", "sa", "cette"}:
                out.setdefault(person.text, True)
            elif word in _KIN_MASCULINE:
                out.setdefault(person.text, False)
            elif j > 0 and doc[j + 1].text == ",":
                # "Conseillère municipale depuis 2020 et professeure …, Camille X prend …": a title
                # that opens the sentence, with no verb before the name
                lo = self._sentences.start[person.start]
                opener = doc[lo].lower_
                if opener in self.heads and lo < j and not any(t.pos_ in {"VERB", "AUX"} and "Part" not in t.morph.get("VerbForm") for t in doc[lo:j]):
                    if opener.endswith(_FEMININE_TITLE_ENDINGS):
                        out.setdefault(person.text, True)
                    elif any(form in self.heads for form in _feminine_forms(opener)):
                        out.setdefault(person.text, False)  # "Retraité de la SNCF, Dominique X": a form with a feminine twin
        # "… à Maite X, qui prendra ses fonctions le 1er juin. Elle remplacera …": the one person
        # a sentence names, when the next sentence opens with a pronoun
        sentences = self._sentences
        for person in people:
            if person[0].text in self.first_names or person.text in out:
                continue
            lo, hi = sentences.bounds(person.start)
            nxt = hi
            while nxt < len(doc) and (doc[nxt].is_space or doc[nxt].is_punct):
                nxt += 1
            if nxt < len(doc) and doc[nxt].lower_ in {"il", "elle"} and sum(lo <= p.start < hi for p in people) == 1:
                out[person.text] = doc[nxt].lower_ == "elle"
        return out

    @staticmethod
    def _held_since(role: Span, text: str) -> bool:
        """Whether the text dates a role back with "depuis" right after its title
        (or its organization): "président de la caisse locale de Melle depuis 2014"."""
        data = role._.role
        end = max(data["title"][1], data["organization"][1] if data["organization"] else 0)
        return bool(_DEPUIS_YEAR.match(text, end))

    def _predecessors(self, doc: Doc, people: list[Span], roles: list[Span], sentences: Sentences) -> list[Span]:
        """"Claire Royer succède à Jean-Pierre Lallement": the predecessor held
        the successor's function, and no longer does."""
        out = []
        text = text_of(doc)
        for i, tok in self._at(doc, _SUCCEEDS | {"prend", "prendra", "prenant", "pris", "remplacement", "démission", "départ", "relais"} | _PREDECESSOR_NOUNS):
            if tok.lower_ == "relais":
                out += self._relay(doc, people, roles, i, text)
                continue
            if tok.lower_ in _PREDECESSOR_NOUNS:
                # "Son prédécesseur, le contrôleur général X, à la tête du SDIS depuis 2019, …": X held the new head's post
                if i == 0 or self._lowers[i - 1] not in {"son", "sa", "leur"}:
                    continue
                predecessor = next((p for p in people if i < p.start <= i + 7 and all(t.is_lower or t.is_punct or t.lower_ in self.civilities for t in doc[i + 1 : p.start])), None)
                successor = next((p for p in reversed(people) if p.end < i and p is not predecessor and not self._reporting(doc, p)), None)
                if predecessor is None or successor is None:
                    continue
                out += self._hand_on(doc, roles, sentences, successor, predecessor, i, text)
                continue
            suite = tok.lower_ in {"prend", "prendra", "prenant", "pris"} and doc[i + 1 : i + 4].text.lower() in {"la suite de", "la suite d'"}
            # "… en qualité d'administratrice, en remplacement de M. X, démissionnaire"
            instead = tok.lower_ == "remplacement" and i > 0 and self._lowers[i - 1] == "en" and self._lowers[i + 1 : i + 2] in (["de"], ["d'"])
            # "… a élu X à sa présidence, à la suite de la démission de Y": Y held it
            instead = instead or tok.lower_ in {"démission", "départ"} and self._lowers[i + 1 : i + 2] in (["de"], ["d'"]) \
                and any(self._lowers[n] in {"suite", "après"} for n in range(max(0, i - 4), i)) and (i + 2) in self._starts
            if tok.lower_ not in _SUCCEEDS and not suite and not instead:
                continue
            j = i + 4 if suite else i + 2 if instead else i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "à")
            successor = next((p for p in reversed(people) if p.end <= i and p.start >= sentences.start[i]), None) or self._unnamed.get(sentences.start[i])
            pronoun = next((t.lower_ for t in doc[sentences.start[i] : i] if t.lower_ in {"elle", "il"}), None)
            if successor is None and pronoun is not None:
                # "… à sa présidence. Ancienne trésorière, elle succède à X": the last person named (in the
                # pronoun's gender, and not one who only reports a quotation: "», souligne X, manager général")
                # (one who reports a quotation and is elected in the same sentence is the new holder: "», résume X, vigneron,
                # élu le 15 octobre à la présidence de l'ODG. Il succède à Y")
                successor = next((p for p in reversed(people) if p.end <= i and (not self._reporting(doc, p) or self._elected_after(p))
                                  and self._feminine(p) in {None, pronoun == "elle"}), None)
                previous = self._previous_sentence(doc, i)
                opening = self._starts.get(self._sentence_start_name(doc, previous[0])) if previous is not None and doc[sentences.start[i]].lower_ == pronoun else None
                if opening is not None and opening is not successor and self._feminine(opening) in {None, pronoun == "elle"} and self._feminine(successor) is not None:
                    # "Le docteur X … a été nommée cheffe du pôle par la directrice générale, Y. Elle succède à Z": the
                    # sentence before's subject, not the last woman it names
                    successor = opening
            # "Il remplacera le 5 janvier X", "succédera dès le 1er mars à X": past the date
            k = j
            while k < len(doc) and k - j < 6 and (self._lowers[k] in {"le", "dès", "en", "à", "compter", "du", "1er"} or doc[k].like_num or self._lowers[k] in MONTHS):
                k += 1
            if any(self._lowers[n] in MONTHS for n in range(j, k)):
                j = k - (self._lowers[k - 1] in {"à", "du"})  # (the "à" of "à X" stays)
            # "succède à X", "succède au contrôleur général X", "succédera à Mme X"
            if j < len(doc) and doc[j].lower_ in {"au", "à"}:
                j += 1 + (j + 1 < len(doc) and doc[j].lower_ == "à" and doc[j + 1].lower_ in {"la", "l'"})
            predecessor = next((p for p in people if j <= p.start <= j + 3 and all(t.is_lower or t.is_punct or t.lower_ in self.civilities for t in doc[j : p.start])), None)
            if successor is None or predecessor is None:
                continue
            # the successor's current function, from any mention of the successor
            # (not a qualification the text gives the successor: "Chef d'entreprise, fondateur du groupe X, il succède à …")
            # (the function the text gave before the succession: not "Elle remplacera X. Elle est actuellement directrice de Y")
            # (an office held "depuis 2014" is not the one just taken: "élu à sa présidence X, …, président de la caisse locale depuis 2014")
            ranked = sorted(roles, key=lambda r: (r._.role["status"] == "former", not (r._.role.get("appointed") or r._.role.get("taken") or _posted(r, text)),
                                                  not r._.role.get("seat"), r.start > i,
                                                  self._held_since(r, text), r._.role["organization"] is None))
            named = doc[successor.start : successor.end].text
            held = [r for r in ranked if named in text[slice(*r._.role["person"])] and (not r._.role.get("unnamed") or r._.role.get("facility")) and not r._.role.get("fronted")]  # the successor's, best first
            # (an office before a grade: "Administrateur général des finances publiques, X a été installé … directeur départemental")
            # (and before a trade: "Elle succède à X" after "la photographe Y, … au poste de directrice artistique")
            held.sort(key=lambda r: self._graded(r, text) or _title_of(r, text).lower().split()[0] in self.trades)  # (stable: the ranking above stays)
            role = held[0] if held else None
            after = predecessor.end
            verb = self._lowers[after + 2] if after + 2 < len(doc) and doc[after].text == "," and self._lowers[after + 1] == "qui" else ""
            office = {"présid": "présid", "dirige": "direct"}.get(verb[:6])  # ("présidait", "dirigeait": the office the verb says)
            # "X, volcanologue et directrice de recherche au CNRS, succède à Y, qui dirigeait l'unité depuis 2017": the
            # successor holds none of the offices the verb says (a grade is none), so both hold the one the verb gives
            leading = [r for r in held if office is not None and _title_of(r, text).lower().startswith(office) and not self._graded(r, text)]
            if office is not None and not leading and verb in {"dirigeait", "présidait"}:
                k = after + 3 + (after + 3 < len(doc) and self._lowers[after + 3] in {"le", "la", "l'", "les"})
                body = self._orgs.get(k)
                if body is not None:
                    forms = _LEAD_FORMS["direct" if office == "direct" else "chair"]
                    for person, status in ((successor, "current"), (predecessor, "former")):
                        for made in self._presidency(doc, person, body, i if person is successor else after + 2, body.end, None, forms):
                            made._.role["status"] = status
                            made._.role["succeeded"] = person is predecessor
                            out.append(made)
                    continue
            if role is None:
                continue
            titled = _title_of(role, text).lower()
            if office is not None and not titled.startswith(_LEADING_TITLES):
                # "succède à X, qui présidait la juridiction depuis 2019": of the successor's functions, the one the verb
                # says (when the one read first leads nothing: "juge consulaire")
                said = next((r for r in held if _title_of(r, text).lower().startswith(office)), None)
                role = said or role
            # evidence: "succède à X" (spaCy keys span extensions by offsets alone, so
            # the successor's role span cannot be reused)
            # "succède à X, président pendant neuf ans": X's own title is the past one
            # "elle succédera à X": X holds the function until then
            status = "current" if tok.lower_ in {"succédera", "remplacera"} else "former"
            # (the apposition's title, not "…, qui présidait la chambre et devient présidente d'honneur")
            own = [r for r in roles if tuple(r._.role["person"]) == (predecessor.start_char, predecessor.end_char) and r.start <= predecessor.end + 2
                   and not any(t.lower_ in _NEW_POST for t in doc[predecessor.end : r.start + 1])  # (not "X, devenue directrice de Y": the new post)
                   and not (r.start < predecessor.start and r._.role["organization"] is None)  # (not "succède au physicien X": a qualification)
                   and not self._other_body(doc, r, role)  # (not "remplace X, conseiller communautaire du Grand Chalon, qui présidait …")
                   and not self._other_mandate(r, role, text)  # (not "succède à X, maire de Fayl-Billot, qui présidait l'association")
                   and not _title_of(r, text).lower().startswith(("fondat", "cofondat"))]  # (nor "succède à X, fondateur du festival": a founder stays one)
            for r in own:
                r._.role["status"] = status
                if r._.role["organization"] is None:
                    r._.role["organization"] = role._.role["organization"]
                    r._.role["possessive"] = role._.role.get("possessive", False)  # (resolved as the successor's is)
            if own:
                continue
            # "nommé secrétaire général de la préfecture du Tarn, sous-préfet d'Albi. Il succède à X": one post of two titles
            joint = next((r for r in held if r is not role and r._.role.get("appointed") and r.start == role.end + 1 and doc[role.end].text == ","), None)
            for n, handed in enumerate((role, joint) if joint is not None and role._.role.get("appointed") else (role,)):
                span = Span(doc, i + n, predecessor.end, label="ROLE")  # (spans of other offsets: extensions are keyed by them)
                span._.role = dict(handed._.role, person=[predecessor.start_char, predecessor.end_char], status=status, since=None, succeeded=True)
                feminine = self._feminine(predecessor)
                implied = _title_of(handed, text)
                if feminine is not None:
                    span._.role["title_text"] = self._gendered(implied, feminine)  # "directrice générale" -> "directeur général"
                elif self._gendered(implied, False) != implied:
                    span._.role["title_text"] = self._gendered(implied, False)  # (a first name of either gender, "Dominique": the generic masculine)
                elif handed._.role.get("title_text") and not implied.startswith("membre "):
                    continue  # (a title the text implies, of a gender unknown; "membre du directoire" has one form)
                out.append(span)
        return out

    def _elected_after(self, person: Span) -> bool:
        """Whether the sentence elects or appoints ``person`` after the name ("…, élu le 15 octobre à la présidence")."""
        return any(self._lowers[n] in _ELECTED for n in range(person.end, min(self._sentences.end[person.start], person.end + 12)))

    def _respective_predecessors(self, doc: Doc, people: list[Span], roles: list[Span], sentences: Sentences) -> list[Span]:
        """"Ils succèdent respectivement à Mme A, …, à M. B, … et à M. C": the
        people named before the verb, in order, hand their new posts to the
        people listed after it, one each."""
        out: list[Span] = []
        text = text_of(doc)
        for i, _tok in self._at(doc, {"succèdent", "succéderont", "remplacent", "remplaceront"}):
            if self._lowers[i + 1 : i + 3] != ["respectivement", "à"]:
                continue
            hi = sentences.end[i]
            listed = [p for p in people if i < p.start < hi and (self._lowers[p.start - 1] == "à" or self._lowers[p.start - 1].rstrip(".") in self.civilities
                                                                and self._lowers[p.start - 2] == "à")]
            named = [p for p in people if p.end <= i and not any(q.start == p.start for q in listed)]
            seen: list[Span] = []
            for p in named:  # (each named once, in order: the last ones before the verb)
                if not any(doc[q.start : q.end].text == doc[p.start : p.end].text for q in seen):
                    seen.append(p)
            if len(listed) < 2 or len(seen) < len(listed):
                continue
            for successor, predecessor in zip(seen[-len(listed):], listed):
                out += self._hand_on(doc, roles, sentences, successor, predecessor, i, text)
        return out

    def _hand_on(self, doc: Doc, roles: list[Span], sentences: Sentences, successor: Span, predecessor: Span, i: int, text: str) -> list[Span]:
        """The successor's current post, held by the predecessor in the past: the
        predecessor's own mention of it in the sentence (at ``i``) is made past,
        else the post is handed on as a new role."""
        named = doc[successor.start : successor.end].text
        held = sorted((r for r in roles if named in text[slice(*r._.role["person"])] and r._.role["status"] == "current"
                       and not r._.role.get("unnamed") and not r._.role.get("fronted") and not self._graded(r, text)),
                      key=lambda r: (not (r._.role.get("appointed") or _posted(r, text)), r._.role["organization"] is None, -r.start))
        role = held[0] if held else None
        # (the predecessor's own post in the sentence: "…, à la tête du SDIS depuis 2019, …", past now)
        # (not the predecessor's next post: "…, à M. B, nommé sous-préfet de Brest")
        mine = [r for r in roles if tuple(r._.role["person"]) == (predecessor.start_char, predecessor.end_char) and sentences.start[r.start] == sentences.start[i]
                and (role is None and r._.role["organization"] is not None or role is not None and r._.role["organization"] in (None, role._.role["organization"]))
                and not (r.start > 0 and self._lowers[r.start - 1] in {"nommé", "nommée", "promu", "promue", "appelé", "appelée", "devenu", "devenue"})]
        for r in mine:
            r._.role["status"] = "former"
            if role is not None:
                r._.role["organization"] = r._.role["organization"] or role._.role["organization"]
        if mine or role is None:
            return []
        return [self._handed(doc, role, predecessor, i, predecessor.end, text)]

    def _recruited_successors(self, doc: Doc, people: list[Span], roles: list[Span], sentences: Sentences) -> list[Span]:
        """"Après le départ de Y, directeur général des services depuis 2015, la Ville a
        recruté X pour lui succéder" ("L'assemblée a désigné X pour la remplacer"): X takes
        the post the text gives Y (in the sentence, else the one before), and Y no longer holds it."""
        out = []
        text = text_of(doc)
        for i, _tok in self._at(doc, {"succéder", "remplacer"}):
            if i < 3 or self._lowers[i - 1] not in {"lui", "le", "la", "l'"} or self._lowers[i - 2] != "pour":
                continue
            lo = sentences.start[i]
            successor = next((p for p in reversed(people) if lo <= p.start and p.end <= i - 2), None)
            if successor is None:
                continue
            previous = self._previous_sentence(doc, i)
            begin = previous[0] if previous is not None else lo
            held = [r for r in roles if r._.role["status"] == "current" and begin <= r.start < successor.start
                    and tuple(r._.role["person"]) != (successor.start_char, successor.end_char) and not self._graded(r, text) and not r._.role.get("unnamed")]
            if not held:
                continue
            role = held[-1]  # (the post named last before the successor: the one left)
            if not any((p.start_char, p.end_char) == tuple(role._.role["person"]) for p in people) or any(tuple(r._.role["person"]) == (successor.start_char, successor.end_char) and r._.role["organization"] == role._.role["organization"]
                                     and r._.role["status"] == "current" for r in roles):
                continue
            role._.role["status"] = "former"
            out.append(self._handed(doc, role, successor, i - 2, i + 1, text, status="current"))
        return out

    def _handed(self, doc: Doc, role: Span, holder: Span, start: int, end: int, text: str, status: str = "former") -> Span:
        """``role``'s post as ``holder`` held it before (a span of its own: extensions are keyed
        by offsets), its title in the holder's gender (the generic masculine when unknown); with
        ``status`` "current", as ``holder`` takes it on ("recruté X pour lui succéder")."""
        span = Span(doc, start, end, label="ROLE")
        span._.role = dict(role._.role, person=[holder.start_char, holder.end_char], status=status, since=None)
        if status == "former":
            span._.role["succeeded"] = True
        span._.role["title_text"] = self._gendered(_title_of(role, text), bool(self._feminine(holder)))
        return span

    def _relay(self, doc: Doc, people: list[Span], roles: list[Span], i: int, text: str) -> list[Span]:
        """"Michel X passe le relais à sa fille Camille X, qui devient présidente"
        ("relais" at ``i``): the one who hands over held the heir's new post."""
        if i < 2 or self._lowers[i - 1] != "le" or self._lowers[i - 2] not in {"passe", "passera", "passé", "transmet", "transmettra", "transmis"} \
                or self._lowers[i + 1 : i + 2] != ["à"]:
            return []
        heir = next((p for p in people if i + 2 <= p.start <= i + 5 and all(t.is_lower for t in doc[i + 2 : p.start])), None)
        giver = self._subject(doc, people, i - 2 - (self._lowers[i - 2] in {"passé", "transmis"}))
        mine = [r for r in roles if heir is not None and tuple(r._.role["person"]) == (heir.start_char, heir.end_char) and r._.role["status"] == "current" and r.start > i]
        if heir is None or giver is None or giver is heir or not mine:
            return []
        return [self._handed(doc, mine[0], giver, i, heir.end, text)]

    def _graded(self, role: Span, text: str) -> bool:
        """Whether a role's title is a grade or a corps ("directrice de recherche"), not an office
        (``text``: the Doc's text, built once)."""
        title = _title_of(role, text).lower()
        return any(title.startswith(c) for c in self.corps)

    def _other_mandate(self, own: Span, succeeded: Span, text: str) -> bool:
        """Whether a predecessor's apposition is a local mandate or a trade held beside the succeeded function
        ("maire de Fayl-Billot", "notaire à Laval" beside a presidency): no organization of its own, another office."""
        title = _title_of(own, text).lower()
        first = title.split()[0]
        return own._.role["organization"] is None and (first in _MANDATES or first in self.trades) \
            and self._office_root_text(title) != self._office_root_text(_title_of(succeeded, text).lower())

    def _office_root_text(self, title: str) -> str:
        """A title's first word in the masculine ("présidente de …" -> "président")."""
        return self._gendered(title.split()[0], False) if title else ""

    def _other_body(self, doc: Doc, own: Span, succeeded: Span) -> bool:
        """Whether two roles name bodies by different names (neither an anaphor)."""
        spans = [r._.role["organization"] for r in (own, succeeded)]
        if None in spans:
            return False
        orgs = [next((o for o in self._orgs.values() if [o.start_char, o.end_char] == list(c)), None) for c in spans]
        if any(o is None or (o._.org or {}).get("anaphor") for o in orgs):
            return False
        short, long_ = sorted((o.text.lower() for o in orgs), key=len)
        return short != long_ and not long_.startswith(short + " ")  # ("le Frac" after "le Frac Auvergne-Rhône-Alpes": one body)

    def _speaker(self, doc: Doc, person: Span) -> bool:
        """Whether the person is named after a quotation closed in the same sentence ("« … », a salué la vice-présidente, X")."""
        marks = [t.text for t in doc[self._sentences.start[person.start] : person.start] if t.text in {"«", "»"}]
        return bool(marks) and marks[-1] == "»"

    @staticmethod
    def _reporting(doc: Doc, person: Span) -> bool:
        """Whether the person is named only as the speaker after a quotation ("», souligne X")."""
        before = doc[max(0, person.start - 4) : person.start]
        return any(t.text in {"»", "”", '"'} for t in before) and any(t.pos_ == "VERB" for t in before)

    def _since(self, doc: Doc, role: Span) -> str | None:
        """"élue en mars 2024", "depuis 2021", "nommé le 3 juin 2023" near the role: its start."""
        end, own = role.end, role._.role["person"][0]
        while end < min(len(doc), role.end + 10) and not is_break(doc[end]) and doc[end].text not in {".", ";", "«", "»"}:
            if end in self._starts and self._starts[end].start_char != own:
                break  # (not past the sentence or the next person: "…, présidente de X. Paul Y, président depuis 2019")
            end += 1
        window = doc[role.end : end].text
        found = _SINCE.search(window)
        if not found and any(t.lower_ == "depuis" for t in role):
            found = _SINCE.search(role.text)  # "directeur depuis 2020 de l'IPREM": the date inside the title's span
        if not found:
            return None
        return iso_stamp(found.group("year"), found.group("month"))

    def _share_organizations(self, doc: Doc, roles: list[Span], sentences: Sentences) -> None:
        """"X, président de la Région, et Y, vice-présidente déléguée à …":
        Y's title names no organization, the previous title of the sentence does.
        "Son fondateur, X, … . L'autre cofondatrice, Y": "autre" points back to a
        title of that kind held by another person, and to its organization."""
        full = text_of(doc)
        for n, role in enumerate(roles):
            if role._.role["organization"] is None and role.start > 1 and self._lowers[role.start - 1] == "autre":
                stem = self._lowers[role.start].removeprefix("co-").removeprefix("co")[:6]
                earlier = next((r for r in reversed(roles[:n]) if r._.role["organization"] is not None and r._.role["person"] != role._.role["person"]
                                and _title_of(r, full).lower().split()[0].removeprefix("co-").removeprefix("co")[:6] == stem and r.start < role.start), None)
                if earlier is not None:
                    role._.role["organization"] = earlier._.role["organization"]
        for role in roles:
            # "L'autre cofondatrice, Inès X, directrice technique, …": a company function after the name, of the body
            # the title before the name is held in
            person = role._.role["person"]
            if role._.role["organization"] is not None or self._lowers[role.start] not in self.corporate or role.start_char <= person[1] or role._.role.get("indefinite"):
                continue  # (not "responsable de quai chez un messager": a body the text does not name)
            # (not a grade, a trade or a degree: "conservatrice en chef du patrimoine", "ingénieure agronome")
            if not (self._lowers[role.start] in _GRADUATES | self.trades | {"conservateur", "conservatrice"} or self._graded(role, full)):
                before = next((r for r in roles if r._.role["person"] == person and r._.role["organization"] is not None and r.end_char <= person[0]
                               and sentences.start[r.start] == sentences.start[role.start] and self._lowers[r.start] in self.corporate), None)
                if before is not None:
                    role._.role["organization"] = before._.role["organization"]
        for prev, role in zip(roles, roles[1:]):
            data, before = role._.role, prev._.role
            if data["organization"] is not None or before["organization"] is None:
                continue
            if sentences.start[prev.start] != sentences.start[role.start] or before["person"] == data["person"] or data.get("listed"):
                continue  # ("X, gérante de la librairie Y, devient vice-présidente": her own second function; "- Directrice des études : X": the list's body)
            if role.start > 0 and self._lowers[role.start - 1] in {"un", "une"}:
                continue  # ("deux vice-présidentes, A, présidente de Y, et B, ainsi qu'un trésorier, C": a new member of the list's body)
            between = doc[prev.end : role.start]
            if any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in between) and not any(t.lower_.startswith("représent") for t in between):
                # ("Après le départ de X, nommé directeur de Y, la Ville a confié … à Z, jusqu'ici directrice adjointe": another
                # clause; not "X, présidente de Y, s'était fait représenter par Z, vice-président chargé des routes")
                continue
            head = next((t.lower_ for t in role if self._is_head(t)), None)
            title = role.text
            # "… était représenté par la déléguée départementale du Lot": a place scope is no organization
            scope = re.search(r"\b(?:de la|de l'|du|des|de|d')\s*(.+)$", title)
            place_scope = head in {"délégué", "déléguée"} and scope is not None and scope.group(1) in self.places
            if _SEAT.search(title.lower()):
                named = full[slice(*before["organization"])]
                kinds = {(o._.org or {}).get("kind") for o in self._orgs.values() if o.text == named}  # (of every mention: a repeated name may be "other")
                if kinds & {"company", "association"} and not kinds & {"region", "department", "municipality"}:
                    continue
            if head in self.shared_heads and (not has_scope(title, self.heads) or place_scope) and not self._own_complement(role):
                data["organization"] = before["organization"]

    def _own_complement(self, role: Span) -> bool:
        """"directrice départementale de la sécurité publique": a title whose head
        (and its adjectives) takes a "de" complement names its own field."""
        k = next((t.i for t in role if self._is_head(t)), role.start) + 1
        while k < role.end and role.doc[k].is_lower and role.doc[k].pos_ == "ADJ" and role.doc[k].lower_ not in _CONTINUE_AFTER:
            k += 1
        if k >= role.end or role.doc[k].lower_ not in {"de", "du", "des", "d'"}:
            return False
        k += role.doc[k + 1 : k + 2].text.lower() in {"la", "l'"}
        return role.doc[k + 1 : role.end].text not in self.places  # (a place is a scope, not a field)

    # -- one title --------------------------------------------------------
    def _is_head(self, tok: Any) -> bool:
        word = tok.lower_
        if word == "ligne":
            return tok.i > 0 and tok.doc[tok.i - 1].lower_ in ROWS  # "le troisième ligne X", not "la ligne 12"
        if word == "centre":
            # "le centre Hugo X", "la centre fidjienne Ana X" (a player), not "le centre hospitalier"
            return (tok.i + 1) in self._starts or (tok.i + 2) in self._starts and self._lowers[tok.i + 1] in self.nationalities
        if word == "tête":
            return self._lowers[tok.i + 1 : tok.i + 3] == ["de", "liste"]  # "La tête de liste de la Coordination rurale, X" (not "à la tête de")
        if word == "cadre":
            # "cadre de santé", "cadre supérieure de santé": a hospital's function, not "dans le cadre de"
            after = " ".join(self._lowers[tok.i + 1 : tok.i + 4])
            if tok.i > 0 and (self._lowers[tok.i - 1] in {"du", "au"} or " ".join(self._lowers[max(tok.i - 2, 0) : tok.i]) == "dans le"):
                return False
            return after.startswith(("de santé", "supérieur de santé", "supérieure de santé"))
        return word in self.heads or (word.startswith("ex-") and word[3:] in self.heads) \
            or tok.i + 1 < len(self._lowers) and self._lowers[tok.i + 1] == "solo" and f"{word} solo" in self.heads  # "le violon solo, X"

    def _office_root(self, tok: Any) -> str:
        """A title's office without its rank or gender: "sous-préfète" -> "préfet",
        "vice-rectrice" -> "recteur" (for a post left for another of its kind)."""
        word = tok.lower_.removeprefix("sous-").removeprefix("vice-")
        return self._gendered(word, False) if word in self._feminine_heads else word

    def _nested_title(self, doc: Doc, k: int) -> bool:
        """Whether "du"/"de la" at ``k`` opens another person's title, told as
        new or former, that the person's name follows after a comma ("… du
        nouveau directeur du site, Mickaël X"; not "directrice de cabinet du
        président de la Région")."""
        j = k + 1 + (k + 1 < len(doc) and self._lowers[k + 1] in {"la", "l'"})
        if j >= len(doc) or self._lowers[j] not in self.temporal | self.former:
            return False
        while j < len(doc) and (self._lowers[j] in self.temporal | self.former or self._lowers[j] in self.modifiers and not self._is_head(doc[j])):
            j += 1
        if j >= len(doc) or not self._is_head(doc[j]):
            return False
        comma = next((c for c in range(j + 1, min(len(doc), j + 8)) if doc[c].text == "," or is_break(doc[c])), None)
        return comma is not None and doc[comma].text == "," and (comma + 1) in self._starts

    def _title_at(self, doc: Doc, i: int, stop_at_et: bool = False) -> dict[str, Any] | None:
        """Read a title starting at token ``i``; None if no title starts there."""
        status = "current"
        j = i
        while j < len(doc) and (doc[j].lower_ in self.former or doc[j].lower_ in self.temporal or doc[j].lower_ == "ex" and doc[j + 1 : j + 2].text == "-"):
            if doc[j].lower_ not in self.temporal:  # "actuelle dirigeante": current, and not part of the title
                status = "former"
            j += 2 if doc[j].lower_ == "ex" else 1
        if j < len(doc) and doc[j].lower_.startswith("ex-"):
            status = "former"
        start = j
        # "première vice-présidente", "directeur général adjoint": a modifier
        # before a head; "adjointe au maire": a head that is also a modifier
        while j + 1 < len(doc) and doc[j].lower_ in self.modifiers and (doc[j + 1].lower_ in self.modifiers or self._is_head(doc[j + 1])):
            if self._is_head(doc[j]) and not self._is_head(doc[j + 1]):
                break  # "délégué général": a head and its modifier
            j += 1
        if j >= len(doc) or not self._is_head(doc[j]):
            return None
        if self._lowers[j] in {"auteur", "autrice", "auteure"} and doc[j + 1 : j + 2].text.lower() in {"de", "d'", "du", "des"} and (
                doc[j + 2 : j + 3].text[:1].isdigit() or any(t.text in {"«", '"', "“"} for t in doc[j + 2 : j + 6])):
            return None  # "auteur de 18 essais", "auteur de la série « Les Gardiens du phare »": a record, not a function
        if doc[j].lower_ in _ELECTED and j + 1 < len(doc) and self._lowers[j + 1] in {"meilleur", "meilleure"}:
            return None  # "élu meilleur joueur du championnat": an award, no function
        if doc[j].lower_ in _ELECTED and (j + 1 >= len(doc) or is_break(doc[j + 1]) or doc[j + 1].is_punct or self._lowers[j + 1] in {"avec", "par", "le", "dès", "lors"}):
            return None  # "…, Christophe X élu": the election, no title; "Élu avec 24 voix sur 33, X devient …"
        if doc[j].lower_ in {"commandant", "commandante"} and doc[j + 1 : j + 2].text.lower() in {"le", "la", "l'"} and j + 2 in self._orgs:
            # "le colonel X, commandant le groupement de gendarmerie de la Somme": the participle of the function, and its body
            return {"start": start, "cut": j + 1, "end": self._orgs[j + 2].end, "org": self._orgs[j + 2], "status": status, "unnamed": False}
        if j + 1 < len(doc) and doc[j + 1].lower_ in {"un", "une", "les", "le", "la", "l'", "son", "sa", "ses"}:
            return None  # "…, pilote une équipe de 24 agents": a verb with its object, not the title "pilote"
        if doc[j].lower_ in self.since_markers and j + 1 < len(doc) and doc[j + 1].lower_ in _DATE_WORDS:
            return None  # "élue en mars 2024" dates a role, it is not one
        if doc[j].lower_ == "titulaire" and doc[j + 1 : j + 3].text.lower().replace("’", "'") in {"d'un", "d'une", "du", "des"}:
            return None  # "Titulaire d'un doctorat": a degree, not a function
        if doc[j].lower_ in {"auteur", "autrice", "auteure"} and re.match(r"(?:de l['’](?:étude|article)|de la publication|des travaux)\b", doc[j + 1 : j + 4].text.lower()):
            return None  # "première autrice de l'étude": who wrote the paper, not a function
        if doc[j + 1 : j + 3].text.lower() in {"de formation", "de profession", "de métier"}:
            return None  # "ingénieure de formation": a training, not a function ("Instituteur de profession": a trade, said of a life)
        if doc[j].lower_ == "officier" and re.match(r"(?:de la légion|de l['’]ordre|dans l['’]ordre|du mérite|des arts)", doc[j + 1 : j + 4].text.lower()):
            return None  # "officier de la Légion d'honneur": a distinction, not a function
        if doc[j].lower_ in _ELECTED and j + 1 < len(doc) and (self._is_head(doc[j + 1]) or doc[j + 1].lower_ in self.modifiers):
            return self._title_at(doc, j + 1, stop_at_et)  # "élu premier adjoint": the title follows the election
        if doc[j].lower_ in _ELECTED and j + 2 < len(doc) and self._lowers[j + 1] in _WEEKDAYS and (self._is_head(doc[j + 2]) or doc[j + 2].lower_ in self.modifiers):
            return self._title_at(doc, j + 2, stop_at_et)  # "Élue mercredi présidente du …": past the day
        k = j + 1
        org = None
        unnamed = indefinite = monument = False
        within = None  # where "au sein de" begins: "responsable des ventes au sein de la start-up X"
        dated_cut = None  # where "depuis <date>" begins inside a title: "directeur depuis 2020 de l'IPREM"
        demonstrative = False
        while k < len(doc) and k - start < _MAX_TITLE:
            tok = doc[k]
            if within is None and k > j and self._lowers[k : k + 2] == ["au", "sein"] and k + 2 < len(doc) and self._lowers[k + 2] in {"de", "du", "des", "d'"}:
                within = k  # (the body after it holds the title; the words are no part of it)
                k += 2
                continue
            if tok.text == "«" and (k + 1) in self._orgs and self._orgs[k + 1].end < len(doc) and doc[self._orgs[k + 1].end].text == "»":
                org = self._orgs[k + 1]  # "présidente du groupe « Agir pour le Grand Dax »": a name in quotation marks
                k = org.end + 1
                break
            if tok.text == "«" and doc[k - 1].is_lower and doc[k - 1].pos_ == "NOUN":
                close = closing(doc, k, "»", 12)
                if close is not None:
                    k = close + 1  # "responsable de l'équipe « Adaptation des plantes aux stress » au sein de …"
                    continue
            if tok.text == "(" and k == j + 1 and (close := closing(doc, k, ")", 5)) is not None and close > k + 1 and close + 1 < len(doc) \
                    and self._lowers[close + 1] in {"de", "du", "des", "d'"} and all(is_capitalized(t) or t.is_upper or t.text == "-" for t in doc[k + 1 : close]):
                k = close + 1  # "le député (Horizons) de la 3e circonscription": a party's label inside the title
                continue
            if is_break(tok) or tok.text in _HARD_STOPS or k in self._starts:
                break
            # ("marraine de la 35e édition": an edition of the event, no body of its own)
            edition = tok.lower_ == "de" and k > j and self._lowers[k + 1 : k + 2] == ["la"] and "édition" in self._lowers[k + 2 : k + 4]
            # (not "vice-présidente de cette université": an anaphor of a body the text names)
            if tok.lower_ == "de" and k > j and (self._lowers[k + 1 : k + 2] in (["cette"], ["cet"], ["ce"]) and k + 2 < len(doc) and self._lowers[k + 2] not in _DATE_WORDS
                                                 and not any(n in self._orgs for n in range(k + 2, min(len(doc), k + 4))) or edition):
                demonstrative = True  # "la marraine de cette 35e édition": of the event the text is about
                break
            if tok.lower_ == "depuis" and dated_cut is None:
                # "directeur depuis 2020 de l'Institut X (IPREM)": the date inside, then the body
                m = _past_date(doc, k + 1, len(doc))
                m2 = m + 1 + (m + 1 < len(doc) and self._lowers[m + 1] in {"la", "l'"})
                if m > k + 1 and m < len(doc) and self._lowers[m] in {"de", "du", "d'"} and m2 in self._orgs:
                    dated_cut, org = k, self._orgs[m2]
                    k = org.end
                    break
            if tok.pos_ in {"AUX", "VERB"} and "Part" not in tok.morph.get("VerbForm") or tok.lower_ in {"qui", "que", "qu'", "qu’", "dont", "où", "depuis", "pendant", "durant", "après", "avant", "lors"} or tok.lower_.startswith(("jusqu'", "jusqu’")):
                break  # "président depuis 2013": the date is the role's start, not its title (nor "… jusqu'à l'installation de …" its end)
            if tok.lower_ == "à" and self._lowers[k + 1 : k + 2] in (["compter"], ["partir"], ["l'issue"], ["l’issue"]):
                break  # "directeur musical à compter de la saison 2027-2028": a date, not the title
            if tok.lower_ == "à" and doc[k + 1 : k + 2].text.isdigit() and self._lowers[k + 2 : k + 3] == ["ans"]:
                status = "former"
                break  # "Sapeur-pompier volontaire à 17 ans, X a rejoint …": the start of a career told, not the title
            if tok.lower_ == "dans" and doc[k + 1 : k + 3].text.lower() in {"les années", "le département", "la région", "le territoire", "la commune", "le pays", "la limite", "l'attente"}:
                break  # "meneuse de l'équipe féminine dans les années 2000": a time, not the title ("son secrétaire général dans le département": a place)
            if tok.lower_ in {"du", "de", "d'"} and self._nested_title(doc, k):
                break  # "conseiller du nouveau directeur du site, Mickaël X": another person's title, then that person
            if tok.lower_ in {"aux", "avec"} and doc[k + 1 : k + 2].text[:1].isdigit():
                break  # "meneuse de jeu internationale aux 142 sélections": a record, not the title
            if tok.lower_ == "par" and (doc[k + 1 : k + 2].text[:1].isdigit() or self._lowers[k + 1 : k + 2] in (["le"], ["la"], ["l'"], ["les"], ["décret"], ["arrêté"])):
                break  # "élue présidente par 29 voix sur 38": the vote, not the title; "nommé évêque de Bayonne par le pape": who appointed
            if tok.lower_ == "sur" and self._lowers[k + 1 : k + 2] in (["la"], ["le"], ["l'"], ["les"]) and self._lowers[k + 2 : k + 3] and self._lowers[k + 2] in _WORKPLACES:
                unnamed = True
                break  # "garde-technicienne sur la réserve naturelle de …", "technicien sur le site de …": where, not whose
            if tok.lower_ in {"diplômé", "diplômée"} and k == j + 1:
                unnamed = True
                break  # "Ingénieur diplômé de l'INSA de Lyon": the school gave the degree, it employs no one
            if tok.lower_ in {"retraité", "retraitée"} and k == j + 1:
                status = "former"
                if self._lowers[k + 1 : k + 2] in (["du"], ["de"], ["d'"]) and (k + 2 in self._orgs or k + 3 in self._orgs and self._lowers[k + 2] in {"la", "l'"}):
                    org = self._orgs.get(k + 2) or self._orgs[k + 3]  # "Infirmière retraitée du CHU de Limoges": the body once served
                    k = org.end
                else:
                    unnamed = True
                break  # "Jean-Claude X, ingénieur retraité": a trade once practised, no body
            if tok.lower_ == "puis" and k + 1 < len(doc) and (self._is_head(doc[k + 1]) or self._lowers[k + 1] in self.modifiers and k + 2 < len(doc) and self._is_head(doc[k + 2])):
                break  # "où elle a été cheffe d'édition puis rédactrice en chef adjointe": two titles, one after the other
            if tok.lower_ == "tout" and doc[k + 1 : k + 2].text == "en" or tok.lower_ == "pour" and "raisons" in self._lowers[k + 1 : k + 3]:
                break  # "adjoint pour raisons professionnelles tout en restant conseiller": the reason, then a second clause
            if tok.lower_ == "en" and doc[k + 1 : k + 2].text in {"tant", "date"}:
                break  # "membre du bureau en tant que trésorière": a second title; "en date du 24 février": a date
            if tok.lower_ == "pour" and any(t.lower_ in _TERM_WORDS for t in doc[k + 1 : k + 6]):
                break  # "entraîneur des avants pour les deux prochaines saisons": the term, not the title
            if tok.lower_ in {"le", "en", "de"} and k + 1 < len(doc) and (doc[k + 1].like_num and (tok.lower_ != "de" or _YEAR.fullmatch(doc[k + 1].text)) or tok.lower_ != "de" and doc[k + 1].lower_ in MONTHS):
                break  # "élu président du comité syndical le 8 janvier", "sous-préfet de Bayonne de 2019 à 2022": a date, not the title
            if k in self._orgs and doc[k].text == "État" and doc[k - 1].lower_ in {"l'", "de"} and doc[j].lower_ in {"administrateur", "administratrice", "attaché", "attachée", "inspecteur", "inspectrice"}:
                unnamed = True  # "administrateur de l'État": a corps of the civil service, no post in the State
                k += 1
                continue
            career = tok.lower_ in _CAREER_PARTICIPLES and doc[k + 1 : k + 2].text.lower() in {"au", "à", "aux", "dans", "en"}  # "défenseur formé au FC Nantes"
            associate = tok.lower_ in {"associé", "associée"} and self._is_head(doc[k - 1])  # "directeur associé chez X": a grade of partner
            if career and self._lowers[k + 1] == "au" and self._lowers[k + 2 : k + 3] == ["club"] and not (k + 3 < len(doc) and is_capitalized(doc[k + 3])):
                dated_cut, org = k, self._orgs.get(k + 2, org)  # "ailière gauche formée au club": the club the release is about, hers still
                break
            if is_participle(tok) and tok.is_lower and not associate and (doc[k + 1 : k + 2].text.lower() in {"par", "chez"} or career):
                unnamed = True  # (no organization is guessed for it)
                break  # "ingénieure passée par la Société Générale": a career, not the title
            if tok.lower_ in {"de", "d'", "chez", "dans"} and k + 1 < len(doc) and doc[k + 1].lower_ in {"un", "une"}:
                unnamed = indefinite = True  # "dirigeante d'une imprimerie", "responsable de quai chez un messager": an organization the text does not name
                break
            if tok.lower_ in {"de", "d'"} and k + 1 < len(doc) and doc[k + 1].lower_ in {"entreprise", "entreprises", "société", "sociétés", "pme", "tpe"}:
                unnamed = True  # "chef d'entreprise à Langueux": a company of one's own, not the one the release names
            if tok.text == ",":
                nxt = doc[k + 1] if k + 1 < len(doc) else None
                en_charge = nxt is not None and nxt.lower_ == "en" and doc[k + 2 : k + 3].text == "charge"
                # ("en présence de Mme X, préfète du Gers, de M. Y, député …": the next guest, not the title's complement)
                guest = nxt is not None and nxt.lower_ in {"de", "du"} and k + 2 < len(doc) and (
                    (k + 2) in self._starts or self._lowers[k + 2].rstrip(".") in self.civilities and (k + 3 in self._starts or k + 4 in self._starts))
                # ("Corinne X, maire de Job, de l'éducation": a place ends the title; the next field is another's delegation, the verb left out)
                placed_end = (doc[k - 1].pos_ == "PROPN" or doc[k - 1].ent_type_ == "LOC") and is_capitalized(doc[k - 1]) and self._lowers[j] not in {"ministre", "secrétaire"} and nxt is not None and nxt.lower_ in {"de", "du", "des", "d'"} \
                    and not any(self._lowers[m] in {"chargé", "chargée", "délégué", "déléguée", "charge", "à", "au", "aux"} for m in range(j, k))
                if nxt is not None and (nxt.lower_ in _CONTINUE_AFTER - {"en"} or en_charge) and not stop_at_et and not guest and not placed_end:  # (not ", en présence de …")
                    k += 1
                    continue
                break
            # ("directrice administrative et financière": two adjectives of one title go on)
            paired = k + 1 < len(doc) and doc[k - 1].pos_ == "ADJ" and doc[k + 1].pos_ == "ADJ" and doc[k + 1].is_lower and not self._is_head(doc[k + 1])
            # ("de la délégation Bretagne et Pays de la Loire du CNRS": two places in a unit's name)
            # (and a see of two towns' names: "évêque de Quimper et Léon")
            placed = k + 1 < len(doc) and is_capitalized(doc[k - 1]) and is_capitalized(doc[k + 1]) and any(self._lowers[m] in {"délégation", "direction", "antenne", "évêque", "archevêque", "diocèse"} for m in range(j, k))
            # ("chef du service eau et biodiversité de la DDT": a unit named by two fields)
            fields = k + 1 < len(doc) and any(self._lowers[m] in _UNIT_WORDS for m in range(j, k)) and doc[k - 1].is_lower and doc[k + 1].is_lower \
                and doc[k - 1].pos_ in {"NOUN", "ADJ"} and doc[k + 1].pos_ in {"NOUN", "ADJ"} and not self._is_head(doc[k + 1]) and doc[k - 1].lower_ not in _UNIT_WORDS
            if tok.lower_ in {"et", "ou"} and (stop_at_et or k + 1 >= len(doc) or doc[k + 1].lower_ not in _CONTINUE_AFTER and not paired and not placed and not fields):
                break
            if is_capitalized(tok) and doc[k - 1].lower_ in _UNIT_WORDS and doc[k - 2].lower_ in {"du", "de", "le"}:
                # "chef du département Génie électrique … (GEII) de l'IUT": a unit's name, then its body
                parent = self._named_by_title(doc, k)
                if parent is not None:
                    org = parent
                    k = parent.end
                    break
            if k in self._orgs and doc[k].is_upper and len(doc[k]) > 1 and doc[k - 1].is_lower and doc[k - 1].is_alpha:
                org = self._orgs[k]  # "délégué syndical CGT de l'usine": the acronym names the organization
                k = org.end
                break
            if k in self._orgs and doc[k].text == "État" and doc[k - 1].lower_ in {"d'", "de"}:
                k += 1  # "secrétaire d'État chargé de la Santé": a title, not the State
                continue
            if doc[k : k + 2].text.lower() == "éducation nationale" and doc[k - 3 : k - 1].text.lower() == "services de":
                k += 2  # "directeur académique des services de l'Éducation nationale du Doubs": one title
                continue
            # "de l'unité mixte de recherche Institut X": a name after its description (not "l'usine Renault de Douai": a site)
            described = k in self._orgs and doc[k - 1].is_lower and doc[k - 1].pos_ == "NOUN" and doc[k - 1].lower_ not in _SITE_WORDS and doc[k - 2].lower_ in _ORG_LINKS
            # ("de la coopérative laitière Eurial Ouest": an adjective after the noun)
            described = described or k in self._orgs and k > 3 and doc[k - 2].lower_ not in _SITE_WORDS and self._described_pair(doc, k)
            if k in self._orgs and (doc[k - 1].lower_ in _ORG_LINKS or self._after_common_noun(doc, k) or described):
                # "de la Région X", or "de l'agence X" (a common noun before the name)
                org = self._orgs[k]
                k = org.end
                break
            after_de_la = doc[k - 1].lower_ == "la" and k > 1 and doc[k - 2].lower_ == "de" and k not in self._orgs  # "président de la Carene"
            hyphenated = k > 2 and doc[k - 2].text == "-" and not doc[k - 2].whitespace_ and not doc[k - 3].whitespace_  # ("réseau Côtes-d'Armor": a place's name)
            scope = k > 1 and self._lowers[k - 2] in self.territorial and k - 2 > j  # ("directeur de cabinet de la rectrice de Bordeaux": the nested office's place)
            # ("administratrice du château de Vincennes, de la Sainte-Chapelle …": monuments, no body named after them)
            monument = monument or k > j + 1 and self._lowers[k - 1] in self.monuments and self._lowers[k - 2] in {"du", "la", "l'"}
            if (doc[k - 1].lower_ in {"de", "du", "d'", "des", "l'"} or after_de_la) and doc[j].lower_ not in self.territorial and not hyphenated and not scope and not monument:
                glued = "".join(t.lower_ for t in doc[j : j + 3]) if j + 2 < len(doc) and doc[j + 1].text == "-" else doc[j].lower_
                named = self._named_by_title(doc, k, corporate=doc[j].lower_ in self.corporate or glued in self.corporate)
                if named is not None:
                    org = named
                    k = org.end
                    break
            k += 1
        graduated = org is not None and any(t.lower_ in {"diplômé", "diplômée", "diplômés", "diplômées"} for t in doc[j:org.start])  # "Ingénieur diplômé de Centrale Lille"
        if org is not None and (doc[j].lower_ in _GRADUATES and (org._.org or {}).get("kind") == "university" or graduated) and org[0].lower_ not in {"université", "laboratoire"}:
            org, unnamed = None, True  # "ingénieure des Arts et Métiers": a degree from the school, no post in it
        if org is None and doc[j].lower_ in _GRADUATES and k > j + 1 and doc[j + 1].lower_ in _QUALIFIED_BY:
            # "Ingénieure de l'aviation civile, Claire X": a qualification, no organization guessed
            # (not "ingénieure méthodes": a post)
            unnamed = True
        cut = k if org is None else self._link_start(doc, org.start) if dated_cut is None else dated_cut
        if within is not None and org is None:
            # "au sein de la start-up toulousaine Skylinks": the body named after its description
            org = next((self._orgs[n] for n in range(within + 3, min(len(doc), within + 10)) if n in self._orgs
                        and all(t.is_lower or t.text in {"'", "’", "-"} for t in doc[within + 3 : n])), None)
            if org is not None:
                k = org.end
        if org is not None and within is not None and self._lowers[org.start - 1] in _UNIT_WORDS | {"centre", "direction", "division"}:
            # "au sein du centre Développement & Ingénierie de Nantes de RTE": a unit, then the body it belongs to
            owner = next((self._orgs[n] for n in range(org.end + 1, min(len(doc), org.end + 6)) if n in self._orgs
                          and self._lowers[n - 1] in {"de", "du", "d'"} and not (self._orgs[n]._.org or {}).get("anaphor")
                          and all(is_capitalized(t) or t.lower_ in {"de", "du", "d'", "-"} for t in doc[org.end : n])), None)
            if owner is not None:
                org, k = owner, owner.end
        if within is not None and org is not None:
            cut = within
        while cut > start and (doc[cut - 1].is_punct and not (doc[cut - 1].text == "»" and any(t.text == "«" for t in doc[start:cut])) or doc[cut - 1].lower_ in _ORG_LINKS):
            cut -= 1  # (keeping a name's closing mark: "animatrice de sa commission « Littoral »")
        if doc[max(start, cut - 2) : cut].text == "de formation" and not (cut - 3 > start and self._lowers[cut - 3] in {"centre", "organisme", "pôle", "institut"}):
            return None  # "chef de chant de formation": a training too (not "entraîneur au centre de formation du club X")
        if org is None and doc[start:cut].text.lower().replace("’", "'") in self.corps and not demonstrative:  # (not "marraine de cette édition")
            unnamed = True  # "conservateur en chef du patrimoine", "maître d'apprentissage": a grade, or a tie to a person: no organization guessed
        facility = False
        if org is None and any(self._lowers[n] in _FACILITIES and self._lowers[n - 1] in {"du", "la", "l'"} for n in range(j + 2, cut)):
            unnamed = facility = True  # "conservatrice de la réserve", "directeur du port": a facility, run by a body the title does not name
        if "commission médicale" in doc[start:cut].text.lower():
            org, unnamed = None, True  # "président de la commission médicale d'établissement de Dinan": the CME's, no organization (corpus/README.md)
        if any(self._lowers[n] in _OUTGOING for n in range(start + 1, cut)):
            status = "former"  # "le président sortant, X": the office just left
        if org is None and not unnamed and any(self._lowers[n] in {"sa", "son"} and self._lowers[n + 1] in _BRANCH_WORDS for n in range(j + 1, cut - 1)):
            # "le directeur de sa caisse de Saint-Malo": a branch of the body the sentence named before the title
            org = self._last_org(self._sentences.start[start], start)
        title = {"start": start, "cut": cut, "end": max(k, cut), "org": org, "status": status, "unnamed": unnamed, "facility": facility, "indefinite": indefinite}
        if (org is None or (org._.org or {}).get("anaphor") and org.text.lower() in _RUNNING_BODIES) and not unnamed:
            self._run_by_relative(doc, title)  # ("de l'association qui gère le Frac": the anaphor "association" finds no body of its own)
        if org is None and not unnamed and (demonstrative or any(self._lowers[n] in {"sa", "son", "leur"} and self._lowers[n - 1] in {"de", "à"} for n in range(j + 1, cut))):
            title["possessive"] = True  # "animatrice de sa commission « Littoral »": of the organization the text is about
        if org is None and not unnamed and (doc[max(start, cut - 3) : cut].text.lower() == "centre de formation" or doc[max(start, cut - 2) : cut].text.lower() == "la section"):
            # ("Le président de la section, X": the club's or the union's section)
            title["possessive"] = True  # "Le directeur du centre de formation, X": the academy of the body the release is about
        return title

    def _run_by_relative(self, doc: Doc, title: dict[str, Any]) -> None:
        """"Présidente de l'association qui gère le Frac, X": a body the title
        names by a relative clause, whose object is the organization; "le
        président de l'association qui exploite le train, les Amis du …, X":
        or whose name follows the object in apposition."""
        k = title["end"]
        if not (k + 3 < len(doc) and self._runs_at(k)):
            return
        n = k + 2 + (self._lowers[k + 2] in {"le", "la", "l'", "les"})
        if n not in self._orgs and n < len(doc) and is_capitalized(doc[n]):
            self._repeat_at(doc, n)  # ("qui gère le Frac" after "directrice du Frac": a name a title gave, again)
        if n in self._orgs:
            title["org"], title["end"] = self._orgs[n], self._orgs[n].end
            return
        comma = next((m for m in range(n, min(len(doc) - 2, n + 6)) if doc[m].text == ","), None)
        if comma is None or any(t.pos_ in {"VERB", "AUX"} for t in doc[n:comma]):
            return
        named = comma + 1 + (self._lowers[comma + 1] in {"le", "la", "l'", "les"})
        if named in self._orgs and self._orgs[named].end < len(doc) and doc[self._orgs[named].end].text == ",":
            title["org"], title["end"] = self._orgs[named], self._orgs[named].end

    def _runs_at(self, c: int) -> bool:
        """Whether "qui gère", "qui porte" … at ``c`` follows a body's noun ("l'association qui gère le Frac")."""
        return self._lowers[c] == "qui" and self._lowers[c + 1] in _RUNNING_VERBS and self._lowers[c - 1] in _RUNNING_BODIES

    def _repeat_at(self, doc: Doc, n: int) -> None:
        """A name at ``n`` that a body found so far is written as: a mention of it."""
        end = extend_name(doc, n)
        known = next((o for o in [*self._orgs.values(), *self._new_orgs] if o.text == doc[n:end].text and not (o._.org or {}).get("anaphor")), None)
        if known is not None:
            span = _repeat_span(doc, n, end, known)
            self._new_orgs.append(span)
            self._orgs[n] = span
            self._org_ends[end] = span

    def _named_by_title(self, doc: Doc, k: int, corporate: bool = False) -> Span | None:
        """"directeur général de HAROPA PORT": a capitalized name after a
        function's "de", that the model takes for no place and no person, is
        the organization the function is held in."""
        if not is_capitalized(doc[k]) or doc[k].lower_ in self.heads or doc[k].is_sent_start or doc[k].lower_ in self.event_words:
            return None
        if doc[k].pos_ == "NOUN" and not doc[k].is_upper and doc[k].ent_type_ != "PER" and doc.vocab[doc[k].lower_].has_vector and k not in self._orgs \
                and not (k + 1 < len(doc) and is_capitalized(doc[k + 1])) and any(is_capitalized(t) and self._is_head(t) for t in doc[max(0, k - 3) : k]):
            return None  # "Directrice des Opérations de Geodis", "Directrice de Site chez Amazon": a title in capitals names its field
        if any(p.start <= k < p.end for p in doc.spans.get("programmes", [])):
            return None  # "la coordinatrice du PLIE": a programme, no body
        if k > 1 and doc[k - 1].lower_ in {"du", "de"} and doc[k - 2].lower_ in _UNIT_WORDS or doc[k - 1].lower_ in _UNIT_WORDS and doc[k - 2].lower_ in {"du", "le", "au"}:
            # "chef du département Génie électrique et informatique industrielle (GEII) de l'IUT": a unit's name, then its body
            parent = next((o for o in self._orgs.values() if k < o.start < k + 14 and doc[o.start - 1].lower_ in {"de", "du", "l'", "d'"} and not (o._.org or {}).get("via") == "title"), None)
            return parent if parent is not None and not any(t.is_sent_start or t.text in {";", ":"} for t in doc[k + 1 : parent.start]) else None
        if doc[k - 1].lower_ in {"de", "d'"}:
            # "l'ancien directeur de Saint-Mihiel" in a release that names "le centre hospitalier de
            # Saint-Mihiel": the one organization of that town
            end = extend_name(doc, k)
            located = [o for o in self._orgs.values() if o.start != k and o.text.endswith((" de " + doc[k:end].text, " d'" + doc[k:end].text, " d’" + doc[k:end].text))]
            if len(located) == 1 and (located[0]._.org or {}).get("kind") not in {"region", "department", "municipality"}:
                span = Span(doc, k, end, label="ORG")
                self._new_orgs.append(span)
                self._short_names[(k, end)] = located[0]
                self._orgs[k] = span
                return span
        if k > 1 and doc[k - 1].lower_ in {"de", "d'", "du"} and doc[k - 2].lower_ in _SITE_WORDS:
            return None  # "directrice déléguée du site d'Auray": where a unit is, not an organization
        adjective = k > 2 and doc[k - 2].pos_ == "ADJ" and doc[k - 3].is_lower and doc[k - 3].pos_ == "NOUN" and not self._is_head(doc[k - 3])  # ("de la sûreté urbaine de Lille")
        if k > 1 and doc[k - 1].lower_ in {"de", "d'"} and doc[k - 2].is_lower and (doc[k - 2].pos_ == "NOUN" or adjective) and not self._is_head(doc[k - 2]) \
                and doc[k - 2].lower_ not in self.company_nouns and doc[k].ent_type_ == "LOC" and extend_name(doc, k) == k + 1:
            return None  # "directrice du réseau de Saint-Malo": the network of a town, no body named
        if k > 1 and is_capitalized(doc[k - 2]) and not doc[k - 2].is_sent_start and not self._is_head(doc[k - 2]):
            return None  # inside a name: "directrice régionale Centre-Val de Loire"
        if k > 2 and doc[k - 1].lower_ in {"la", "l'"} and doc[k - 2].lower_ == "de" and is_capitalized(doc[k - 3]) and not doc[k - 3].is_sent_start and not self._is_head(doc[k - 3]):
            return None  # inside a place's name: "de la délégation Bretagne et Pays de la Loire"
        end = extend_name(doc, k)
        chain = doc[k:end].text
        continent = doc[k].text in {"Europe", "Afrique", "Asie", "Amérique", "Océanie"} and doc[k - 1].lower_ in {"l'", "la", "le"}  # ("pour l'Europe du Sud")
        # ("directrice régionale des finances publiques de Bourgogne-Franche-Comté et de la Côte-d'Or": two places)
        parts = re.split(r"\s+et\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?", chain)
        if len(parts) > 1 and all(p in self.places for p in parts):
            return None
        if chain in self.places or chain in {"République", "Nation", "État", "Bleus", "Bleues"} | COMPASS | self.terms or chain in self.countries and doc[k - 1].lower_ in {"l'", "la", "le"} or continent:
            # ("directrice financière pour l'Europe": a region of the world, not "France Boissons")
            return None  # "déléguée départementale du Lot": a place; "Président de la République": the office; "capitaine des Bleues": a team
        # "président de Grand Cognac": an intercommunality, whatever the model calls it (not the Grand Est)
        grand = doc[k].text == "Grand" and end - k > 1 and doc[k + 1].text not in {"Est", "Ouest", "Nord", "Sud"}
        # "président de la Carene": a name with an article that no place list knows is an organization's
        grand = grand or k > 1 and doc[k - 1].lower_ in {"la", "l'"} and doc[k - 2].lower_ == "de" and chain not in self.countries
        town = end - k == 1 and doc[k].ent_type_ == "LOC" and doc[k].pos_ == "PROPN"  # ("entraîneuse au pôle espoirs de Nantes": a town, not "Nantes Atlantique Canoë-Kayak")
        for org in list(self._orgs.values()) if not town else []:
            if org.text.startswith(chain + " ") and org.start != k:
                # "présidente de Grand Poitiers" after "Grand Poitiers Communauté urbaine"
                span = Span(doc, k, end, label="ORG")
                self._new_orgs.append(span)
                self._short_names[(k, end)] = org
                self._orgs[k] = span
                return span
        later = [o.start for o in self._orgs.values() if k < o.start < end]
        end = min([end] + later)
        while end > k and doc[end - 1].lower_ in {"de", "du", "des", "d'", "la", "l'", "le"}:
            end -= 1
        if end <= k:
            return None
        capitals = all(t.is_upper for t in doc[k:end] if t.is_alpha) or doc[k].is_upper and len(doc[k]) > 1  # "HAROPA PORT", "GAL Livradois-Forez"
        for ent in doc.ents:
            # a place or a person the model found, and nothing more: "préfet de la Manche"
            # (a company title's "de X" names a company, even one the model takes for a place)
            brand = corporate and (ent.label_ == "LOC" or doc[k].text not in self.first_names)
            # ("administrateur général de Grenoble INP - UGA": an acronym in it makes a place's name a body's)
            brand = brand or ent.label_ == "LOC" and any(t.is_upper and t.is_alpha and len(t) > 1 for t in doc[k + 1 : end])
            if ent.label_ in {"LOC", "PER"} and ent.start <= k and end <= ent.end and not (capitals and ent.label_ == "PER") and not brand and not grand and not (doc[k].is_upper and len(doc[k]) > 1):
                return None  # ("PDG de Biscuits Lambert": no first name, a company)
        span = Span(doc, k, end, label="ORG")
        self._new_orgs.append(span)
        self._orgs[k] = span
        return span

    def _after_common_noun(self, doc: Doc, k: int) -> bool:
        org = self._orgs[k]
        data = org._.org or {}
        if data.get("via") != "common_noun":
            return False
        if doc[k - 1].is_lower and doc[k - 2].lower_ in _ORG_LINKS:
            return True
        # "de l'agence web Kerlab": the noun that introduced the name, a word or two before it
        alias = data.get("alias")
        # ("de l'agence de voyages en ligne Sud Évasion": a longer description, in lower-case words)
        return bool(alias) and any(doc[n].idx == alias[0] and doc[n - 1].lower_ in _ORG_LINKS and all(t.is_lower or t.text in {"'", "’", "-"} for t in doc[n + 1 : k])
                                   for n in range(max(1, k - 6), k))

    def _described_pair(self, doc: Doc, k: int) -> bool:
        """Whether a noun and its adjective (or second noun) describe the organization
        at token ``k`` after a link: "de la coopérative laitière X" (not "le délégué
        syndical CGT": a title's head)."""
        return (doc[k - 1].is_lower and (doc[k - 1].pos_ in {"ADJ", "NOUN"} or doc[k - 1].is_alpha and not doc[k - 1].is_stop and doc[k - 1].pos_ in {"PRON", "X", "ADP"})  # ("l'agence web X")
                and doc[k - 2].is_lower and doc[k - 2].pos_ == "NOUN"
                and doc[k - 3].lower_ in _ORG_LINKS and not self._is_head(doc[k - 2]))

    def _link_start(self, doc: Doc, org_start: int) -> int:
        """First token of "de la" / "auprès de l'" before an organization."""
        j = org_start
        if j > 1 and doc[j - 1].is_lower and doc[j - 2].lower_ in _ORG_LINKS and doc[j - 2 : j].text.lower() not in {"de recherche", "de mission", "de projet", "de projets"}:
            j -= 1  # "de l'agence X": the common noun goes with the organization (not "chargée de recherche INRAE": the title's own words)
        elif j > 2 and self._described_pair(doc, j):
            j -= 2  # "de la coopérative laitière X"
        while j > 0 and doc[j - 1].lower_ in _ORG_LINKS:
            j -= 1
        return j

    # -- around a person --------------------------------------------------
    def _right(self, doc: Doc, person: Span) -> list[Span]:
        i = person.end
        group = [person]
        # "X et Y, respectivement A et B de Z": gather the coordinated people
        while i + 1 < len(doc) and doc[i].lower_ in {"et", ","} and (i + 1) in self._starts:
            group.append(self._starts[i + 1])
            i = self._starts[i + 1].end
        if i + 2 < len(doc) and doc[i].text == "(" and len(group) == 1:
            title = self._title_at(doc, i + 1)
            if title is not None and title["end"] < len(doc) and doc[title["end"]].text == ")":
                return [self._role(doc, person, title)]  # "Pascal X (PDG)"
        if len(group) == 1 and i + 1 < len(doc) and doc[i].text in {"–", "—", "-"} and doc[i - 1].whitespace_ and self._line_opener(doc, person.start):
            # "Clémence X – Directrice générale" on its own line (a team's list): the title fills the rest of the line
            title = self._title_at(doc, i + 1)
            if title is not None and (title["end"] >= len(doc) or is_break(doc[title["end"]]) or doc[title["end"]].text in {";", "."}):
                return [self._role(doc, person, title)]
        copula = None
        if len(group) == 1 and i + 3 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 3].text == "," and (doc[i + 1].is_upper or is_capitalized(doc[i + 1])) and not self._is_head(doc[i + 1]):
            i += 3  # "Christine X (LR), présidente du conseil départemental": past the party
        if len(group) == 1 and i + 4 < len(doc) and doc[i].text == "," and doc[i + 1].like_num and doc[i + 2].lower_ == "ans" and doc[i + 3].text == "," and doc[i + 4].lower_ in _COPULAS:
            i += 4  # "Jean-Marc X, 52 ans, était depuis 2022 membre du directoire": past the age
        if len(group) == 1 and i + 3 < len(doc) and doc[i].text == "," and self._lowers[i + 1] in {"du", "de", "des"}:
            # "Gilles X, du collège employeurs, président du conseil": past a short phrase of the person's side or list
            comma = next((c for c in range(i + 2, min(len(doc), i + 6)) if doc[c].text == ","), None)
            if comma is not None and comma + 1 < len(doc) and all(t.is_alpha and not self._is_head(t) and t.pos_ not in {"VERB", "AUX"} and t.i not in self._org_tokens
                                                                  and (t.i not in self._orgs or (self._orgs[t.i]._.org or {}).get("anaphor")) for t in doc[i + 2 : comma]) \
                    and (self._is_head(doc[comma + 1]) or self._lowers[comma + 1] in _COPULAS):
                i = comma
        appointed = self._appointment(doc, i) if len(group) == 1 else None
        if appointed is None and len(group) == 1 and i + 1 < len(doc) and self._lowers[i] == "en":
            appointed = self._appointment(doc, i + 1)  # "Sylvie X en a été élue présidente": of the body just named
        if appointed is None and len(group) == 1 and i + 1 < len(doc) and doc[i].text == "," and person.start > 0 and doc[person.start - 1].text == ",":
            appointed = self._appointment(doc, i + 1)  # "La directrice financière, Sandrine X, est nommée directrice générale déléguée"
        if appointed is not None:
            i = appointed  # "Antoine X a été nommé directeur du laboratoire"
        elif len(group) == 1 and i + 2 < len(doc) and doc[i].lower_ in {"a", "avait"} and not self._appointment(doc, i):
            # "M. X a notamment été sous-préfet de Bayonne, puis …": a past title
            been = i + 1
            while been < len(doc) and been - i < 4 and doc[been].lower_ in _CAREER_ADVERBS | _PAST_ADVERBS | {"auparavant", "également", "successivement"}:
                been += 1
            if doc[been].lower_ == "été" and self._title_at(doc, self._skip_adverbs(doc, been + 1)) is not None:
                copula = "fut"
                i = self._skip_adverbs(doc, been + 1)
        if copula is None and len(group) == 1 and i + 2 < len(doc) and self._lowers[i] in {"n'", "n’", "ne"} and self._lowers[i + 1] in _COPULAS and self._lowers[i + 2] == "plus":
            copula = "fut"  # "Rodolphe X n'est plus l'entraîneur de l'équipe première": a title no longer held
            i += 3
            if i + 1 < len(doc) and self._lowers[i] in {"le", "la", "l'"} and self._is_head(doc[i + 1]):
                i += 1
        if copula is None and len(group) == 1 and i < len(doc) and doc[i].lower_ in _COPULAS:
            # "Stéphane X était depuis 2020 directeur des opérations de Sanofi": a past title
            copula = doc[i].lower_
            i += 1
            while i < len(doc) and (doc[i].lower_ in _CLAUSE_ADVERBS - {"jusqu'", "jusqu'à", "ici", "présent"} or doc[i].like_num
                                    or doc[i].lower_ in _DURATION_UNITS and doc[i - 1].like_num  # ("était depuis six ans responsable de …")
                                    or self._lowers[i] in {"jusqu'", "jusqu’"} and self._lowers[i + 1 : i + 3] == ["à", "présent"]):
                i += 3 if self._lowers[i] in {"jusqu'", "jusqu’"} else 1  # ("était jusqu'à présent directeur …")
            if i + 1 < len(doc) and person.start > 0 and self._lowers[person.start - 1] == "dont" and self._lowers[i] in {"le", "la", "l'"} and self._is_head(doc[i + 1]):
                i += 1  # "la biscuiterie X, dont Yannick Y est le président": the article before the title
        if i < len(doc) and doc[i].text == ",":
            i += 1
        if i + 3 < len(doc) and doc[i].like_num and doc[i + 1].lower_ == "ans" and doc[i + 2].text == ",":
            k = i + 3
            while k < len(doc) and doc[k].lower_ in _ROLE_ADVERBS | _PAST_ADVERBS:
                k += 1  # ("Nadège X, 44 ans, jusqu'ici trésorière du club")
            if self._title_at(doc, k) is not None:
                i += 3  # "Yanis X, 22 ans, défenseur central": the age before the title
        if len(group) > 1:
            if i < len(doc) and doc[i].lower_ == "respectivement":
                return self._respectively(doc, group, i + 1)
            return self._shared_plural(doc, group, i)
        titles = []
        if i + 2 < len(doc) and doc[i].lower_ == "au" and doc[i + 1].lower_ == "poste" and doc[i + 2].lower_ in {"de", "d'"}:
            i += 3  # "la nomination de Claire X au poste de directrice de la stratégie"
        while i < len(doc):
            past = False
            while i < len(doc) and (doc[i].lower_ in _ROLE_ADVERBS | _PAST_ADVERBS or doc[i].lower_ in _ELECTED and i + 1 < len(doc) and (self._is_head(doc[i + 1]) or doc[i + 1].lower_ in self.modifiers)):
                past = past or doc[i].lower_ in _PAST_ADVERBS  # "Sandrine X, jusqu'ici directrice industrielle de Y"
                # ("Théo X, jusqu'à présent chef du service des sports, …": the adverb's three words)
                i += 3 if self._lowers[i] in {"jusqu'", "jusqu’"} and self._lowers[i + 1 : i + 3] in (["à", "présent"], ["à", "maintenant"]) else 1
                # ("…, aujourd'hui conseiller spécial", "Mathieu X, nommé directeur général délégué")
            # "… à Thibault X, son directeur général": the title of the organization the release is about
            owned = not titles and doc[i - 1].text == "," and i + 1 < len(doc) and self._lowers[i] in {"son", "sa", "leur"} and (self._is_head(doc[i + 1]) or self._lowers[i + 1] in self.modifiers)
            # "Marie X, la présidente de l'association, a …", "Y, l'ancien maire, …": an apposition opened by an
            # article, closed by a comma or the sentence's end (not "X, la directrice Z": another's title before a name)
            articled = not titles and not owned and doc[i - 1].text == "," and i + 1 < len(doc) and self._lowers[i] in {"le", "la", "l'"} \
                and (self._is_head(doc[i + 1]) or self._lowers[i + 1] in self.modifiers | self.former | self.temporal)
            title = self._title_at(doc, i + (owned or articled))
            if title is not None and articled and not (title["end"] >= len(doc) or doc[title["end"]].text in {",", ".", ";", ")"} and title["end"] + 1 not in self._starts):
                title = None
            if title is not None and owned:
                title["possessive"] = title["org"] is None
            if title is not None and past:
                title["status"] = "former"
            if title is not None and re.fullmatch(r"de (?:19|20)\d\d à (?:19|20)\d\d", doc[title["end"] : title["end"] + 4].text):
                title["status"] = "former"  # "Jean-Claude X, maire de Gramat de 1989 à 2008"
            if title is None:
                break
            # "fondatrice et dirigeante d'Algaëlle": titles joined by "et" share the organization
            title["joined"] = bool(titles) and doc[i - 1].lower_ == "et"
            if titles and doc[i - 1].text == "," and doc[title["start"]].lower_ in {"chargé", "chargée"}:
                pass  # "directeur général adjoint de la Caisse X, chargé de la banque de détail": the same function
            else:
                titles.append(title)
            i = self._next_title_start(doc, title["end"])
            if i is None:
                break
        if appointed is not None and titles:
            titles[0]["appointed"] = True
            if titles[0]["org"] is None and not titles[0].get("unnamed") and any(self._lowers[k] in {"promu", "promue"} for k in range(person.end, appointed)):
                titles[0]["promoted"] = True  # "Yannick X est promu directeur régional Sud-Est": a post in the body the release is about
        if appointed is None and len(group) == 1:
            # "Antoine X, professeur des universités, a été nommé directeur du LMV",
            # "Paul X, 52 ans, a été nommé …"
            after = titles[-1]["end"] if titles else next((k for k in range(i, min(len(doc), i + 8)) if doc[k].text == ","), len(doc))
            if titles and after + 1 < len(doc) and doc[after].lower_ == "depuis":
                # "Marc X, urgentiste au centre hospitalier depuis 2014, a été nommé chef du pôle …": past the date
                k = _past_date(doc, after + 1, len(doc))
                if k < len(doc) and doc[k].text == ",":
                    after = k
            if titles and after < len(doc) and doc[after].lower_ == "à":
                # "X, directeur de l'hôtel Y à Villeneuve-sur-Lot, est élu trésorier": past the place
                comma = next((k for k in range(after + 1, min(len(doc), after + 7)) if doc[k].text == ","), None)
                if comma is not None and all(is_capitalized(t) or t.text in {"-", "'"} or t.lower_ in {"de", "du", "la", "le", "les", "sur", "en"} for t in doc[after + 1 : comma]):
                    after = comma
            after += after < len(doc) and doc[after].text == ","
            k = self._appointment(doc, after)
            title = self._title_at(doc, k) if k is not None else None
            if k is None and titles and after < len(doc) and self._lowers[after] in {"était", "fut"} and doc[after - 1].text == ",":
                # "Antoine X, ingénieur agronome, était jusqu'à présent directeur général de …": a past post after the apposition
                j = self._skip_adverbs(doc, after + 1)
                past = self._title_at(doc, j) if j < len(doc) and (self._is_head(doc[j]) or self._lowers[j] in self.modifiers) else None
                if past is not None:
                    titles.append(dict(past, status="former", joined=False))
            elif k is None and titles and after < len(doc) and self._lowers[after] in {"est", "sera"} and doc[after - 1].text == ",":
                # "Mireille X, conseillère régionale, est première vice-présidente, chargée de …": a further post after the apposition
                j = self._skip_adverbs(doc, after + 1)
                held = self._title_at(doc, j) if j < len(doc) and (self._is_head(doc[j]) or self._lowers[j] in self.modifiers) else None
                if held is not None and not (self._lowers[j] in {"chargé", "chargée"} and self._lowers[j + 1 : j + 3] not in (["de", "mission"], ["de", "recherche"], ["d'", "affaires"])):
                    titles.append(dict(held, joined=False))  # (not "est chargé du tourisme": a delegation of a title the text leaves out)
            if title is not None and person.start > 0 and self._lowers[person.start - 1] in self.ranks and doc[title["start"] : title["end"]].text.lower() in self.ranks:
                title = None  # "Le lieutenant Nathalie X, cheffe du centre de Nérac, a été nommée capitaine": a promotion in grade, no function
            while title is not None:
                for held in titles:
                    if not held.get("appointed") and self._office_root(doc[held["start"]]) == self._office_root(doc[title["start"]]):
                        held["status"] = "former"  # "M. X, préfet de l'Indre, est nommé préfet de la Haute-Vienne": the post left
                titles.append(dict(title, joined=titles != [] and doc[title["start"] - 1].lower_ == "et", appointed=True))
                # "est nommé recteur de la région académique Centre-Val de Loire, recteur de l'académie d'Orléans-Tours"
                k = self._next_title_start(doc, title["end"])
                title = self._title_at(doc, k) if k is not None and k < len(doc) and self._is_head(doc[k]) else None
        if titles and titles[0]["org"] is None and not titles[0].get("unnamed") and person.start > 0 and doc[person.start - 1].lower_ in _ELECTED:
            # "le conseil d'administration de la Caisse X a élu Laurent Y président"; "le conseil de
            # surveillance de la société X, concessionnaire de l'aéroport Y, a nommé Z …": the council's organization
            lo = self._sentences.start[person.start]
            owner = next((o for o in sorted(self._orgs.values(), key=lambda o: o.start) if lo <= o.start < person.start
                          and _COUNCIL_OF.search(doc[max(lo, o.start - 8) : o.start].text)), None)
            titles[0]["org"] = owner or self._last_org(lo, person.start - 1, skip_bodies=True)
        if copula is not None and titles and titles[0]["org"] is None and person.start >= 2 and doc[person.start - 1].lower_ == "dont" and doc[person.start - 2].text == ",":
            titles[0]["org"] = self._org_ending_at(doc, person.start - 2)  # "la Coopération agricole Ouest, dont Stéphane X est administrateur"
        if titles and titles[0]["org"] is None and person.start > 2 and doc[person.start - 1].text == ",":
            # "Pour Supernova Invest, Karim X, directeur d'investissement, souligne …": the body the sentence opens with
            opening = self._org_ends.get(person.start - 1)
            if opening is not None and opening.start > 0 and self._lowers[opening.start - 1] in {"pour", "chez", "côté"} and self._sentences.start[person.start] == opening.start - 1:
                titles[0]["org"] = opening
        if copula in {"était", "fut"}:
            for title in titles:
                title["status"] = "former"
        for before, after in zip(reversed(titles[:-1]), reversed(titles[1:])):
            if doc[before["start"]].lower_ in self.trades or before.get("unnamed"):
                continue  # "arboriculteur et président de la coopérative X": a trade of one's own ("conservatrice en chef et directrice du musée": a grade)
            if self._lowers[before["start"]] in _TEACHERS and self._lowers[before["start"] + 1 : before["start"] + 2] in (["de"], ["d'"]) and doc[before["start"] + 2 : before["start"] + 3].text.islower():
                continue  # "professeure de chimie et directrice de l'Institut X": a discipline taught, not a post in the institute
            scoped = any(is_capitalized(t) for t in doc[before["start"] + 1 : before["cut"]])  # ("maire de Clermont-Ferrand et président de X": its own town)
            # ("conseillère communautaire et présidente du groupe X": a seat in a kind of body the group is not)
            kinds = {self.scope_kinds[t.lower_] for t in doc[before["start"] : before["cut"]] if t.lower_ in self.scope_kinds}
            if any(t.lower_ == "maire" for t in doc[before["start"] + 1 : before["cut"]]):
                kinds.add("municipality")  # ("adjointe au maire … et vice-présidente du CCAS": the town's office, not the centre's)
            scoped = scoped or bool(kinds) and after["org"] is not None and (after["org"]._.org or {}).get("kind") not in kinds
            if after["joined"] and before["org"] is None and after["org"] is not None and before["end"] <= before["cut"] + 1 and not scoped:
                before["org"] = after["org"]
        return [self._role(doc, person, t) for t in titles]

    @staticmethod
    def _appointment(doc: Doc, i: int) -> int | None:
        """Where the title starts after "a été nommé", "est nommée", "sera élu" at ``i``."""
        j = i
        if j < len(doc) and doc[j].lower_ in {"a", "est", "sera", "avait", "vient", "a-t-il", "a-t-elle"}:
            j += 1
            if j < len(doc) and doc[j].lower_ == "d'" and doc[j + 1 : j + 2].text == "être":
                j += 2  # "vient d'être nommée"
            if j < len(doc) and doc[j].lower_ == "été":
                j += 1
            if j < len(doc) and doc[j].lower_ in {"officiellement", "récemment", "unanimement", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}:
                j += 1
            if j < len(doc) and doc[j].lower_ in {"également", "aussi"}:
                j += 1  # "est également nommée"
            elif j + 1 < len(doc) and doc[j : j + 2].text.lower() in {"par ailleurs", "en outre"}:
                j += 2  # "est par ailleurs nommée"
            if j < len(doc) and doc[j].lower_ in _ELECTED:
                return j + 1
        return None

    def _next_title_start(self, doc: Doc, i: int) -> int | None:
        """Where a further title of the same person may start: after "," or
        "et", or after the rest of a delegation that follows the organization
        ("vice-président de la Région chargé de …, aujourd'hui …")."""
        for j in range(i, min(len(doc), i + 12)):
            tok = doc[j]
            if tok.lower_ in {",", "et"}:
                k = j + 1 + (j + 1 < len(doc) and doc[j + 1].lower_ == "puis")  # ("…, puis secrétaire général de …")
                while k + 4 < len(doc) and self._lowers[k] == "de" and _YEAR.fullmatch(doc[k + 1].text) and self._lowers[k + 2] == "à" \
                        and _YEAR.fullmatch(doc[k + 3].text) and self._lowers[k + 4] in {",", "et"}:
                    k += 5 + (k + 5 < len(doc) and self._lowers[k + 4] == "," and self._lowers[k + 5] == "et")  # ("maire pendant vingt ans, de 1989 à 2014, et conseiller général …")
                return k
            if is_break(tok) or tok.text in _HARD_STOPS or j in self._starts:
                return None
            if tok.pos_ in {"AUX", "VERB"} and "Part" not in tok.morph.get("VerbForm"):
                return None
        return None

    def _shared_plural(self, doc: Doc, group: list[Span], i: int) -> list[Span]:
        """"a désigné Maëlle X et Youssef Y codirecteurs artistiques"; "Anne X et
        Paul Y, éleveurs à Corps-Nuds": a plural title after coordinated names is
        each one's, in his or her gender; the organization is the one the title
        names, else (after a verb of appointment) the one the sentence names before."""
        appointed = doc[group[0].start - 1].lower_ in _ELECTED | {"désigné", "désignée", "désignés", "nommés", "élus"} if group[0].start > 0 else False
        j = i + (i < len(doc) and doc[i].text == "," and not appointed)
        if j >= len(doc) or not (appointed or doc[j - 1].text == ","):
            return []
        if j + 2 < len(doc) and doc[j].lower_ in {"tous", "toutes"} and doc[j + 1].lower_ in {"deux", "trois", "quatre"}:
            j += 2  # "Soizic X et Laurence Y, toutes deux éleveuses"
        elif j + 1 < len(doc) and doc[j].lower_ == _COUNT_WORDS.get(len(group)) and not appointed:
            j += 1  # "Yannick X et Marion Y, deux anciens ingénieurs de Thales": as many as the names
        former = j + 1 < len(doc) and doc[j].lower_ in {"anciens", "anciennes"}
        j += former  # (a past post each held: "anciens ingénieurs")
        word = doc[j].lower_
        if not word.endswith(("s", "x")) or word in self.heads or word[:-1] not in self.heads or doc[j].pos_ not in {"NOUN", "ADJ"}:
            return []
        k = j + 1
        while k < len(doc) and doc[k].is_lower and doc[k].pos_ == "ADJ" and doc[k].text.endswith("s"):
            k += 1  # "codirecteurs artistiques"
        singular = " ".join([word[:-1]] + [t.text[:-1] for t in doc[j + 1 : k]])
        org = None
        if k + 1 < len(doc) and doc[k].lower_ in {"de", "du", "d'", "des"}:
            org = self._orgs.get(k + 1) or self._orgs.get(k + 2)
        if org is not None and word in _GRADUATES and (org._.org or {}).get("kind") == "university":
            return []  # "X et Y, ingénieurs de l'INSA Lyon": a degree, no post
        if org is None and appointed:
            lo = self._sentences.start[group[0].start]
            org = self._last_org(lo, group[0].start, skip_bodies=True)
        roles = []
        for person in group:
            feminine = self._feminine(person)
            if feminine is None:
                continue
            title = self._gendered(singular, feminine)
            # (one span per person: spaCy keys a span's extensions by its offsets)
            held = self._presidency(doc, person, org, person.start, k, feminine, (title, title), cut=person.end, unnamed=org is None)
            for role in held if former else []:
                role._.role["status"] = "former"
            roles += held
        return roles

    def _respectively(self, doc: Doc, group: list[Span], i: int) -> list[Span]:
        titles = []
        while i < len(doc) and len(titles) < len(group):
            title = self._title_at(doc, i, stop_at_et=True)
            if title is None:
                break
            titles.append(title)
            i = title["end"]
            if i < len(doc) and doc[i].lower_ in {",", "et"}:
                i += 1
        shared = titles[-1]["org"] if titles else None
        if shared is None and titles:
            # "Fondée par X et Y, respectivement président et directrice technique, la jeune
            # entreprise …": the organization the sentence names
            lo, hi = self._sentences.bounds(i - 1)
            shared = next((o for o in self._orgs.values() if lo <= o.start < hi and (o.end <= group[0].start or o.start >= i)), None)
        roles = []
        for person, title in zip(group, titles):
            if title["org"] is None:
                title["org"] = shared
            roles.append(self._role(doc, person, title))
        return roles

    def _signature(self, doc: Doc, person: Span) -> list[Span]:
        """A signature: the title alone on the line above a name alone on its
        line ("Le Maire de Montluçon,⏎Pierre-Henri X")."""
        j = person.start - 1
        if j < 1 or not is_break(doc[j]) or "\n" not in doc[j].text or person.end < len(doc) and not (is_break(doc[person.end]) or doc[person.end].text in {".", ","} and (person.end + 1 == len(doc) or is_break(doc[person.end + 1]))):
            return []
        k = j - 1
        k -= doc[k].text in {",", "."}
        line = k
        while line > 0 and not is_break(doc[line - 1]) and k - line < 12:
            line -= 1
        if line > 0 and not is_break(doc[line - 1]):
            return []
        begin = line + (doc[line].lower_ in {"le", "la", "l'"})
        title = self._title_at(doc, begin) if begin <= k and self._is_head(doc[begin]) else None
        if title is None or title["end"] <= k:
            return []  # (the whole line is the title)
        return [self._role(doc, person, title)]

    def _site_owners(self, doc: Doc, roles: list[Span]) -> None:
        """"le directeur du site, Didier X" in a text that says whose the site is
        ("sur le site du verrier Verallia à Cognac"): held in that organization."""
        owners = []
        for i, _tok in self._at(doc, {"site", "usine"}):
            j = i + 1
            if j < len(doc) and doc[j].lower_ in {"de", "du", "d'"}:
                j += 1 + (j + 1 < len(doc) and doc[j + 1].lower_ in {"la", "l'", "le"})
                j += j + 1 < len(doc) and doc[j].is_lower and doc[j].pos_ == "NOUN" and is_capitalized(doc[j + 1])  # "du verrier Verallia"
                chain = doc[j : extend_name(doc, j)].text if j < len(doc) and is_capitalized(doc[j]) else ""
                owner = self._orgs.get(j) or next((o for o in self._orgs.values() if chain and o.text == chain), None)
                if owner is not None:
                    owners.append(owner)
        if len({o.text for o in owners}) != 1:
            return
        for role in roles:
            data = role._.role
            words = text_of(doc)[slice(*data["title"])].lower().split()
            if data["organization"] is None and words[-2:] in (["du", "site"], ["l'usine"]) or data["organization"] is None and words[-1:] == ["l'usine"]:
                data["organization"] = [owners[0].start_char, owners[0].end_char]

    def _contact_organizations(self, doc: Doc, roles: list[Span]) -> None:
        """A contact line: "Hélène X, chargée des relations presse, Champs Libres –
        h.x@…": the name between the title and the dash is the organization;
        with no name there ("Contact presse : Père X, délégué diocésain à
        l'information – 02 …"), the organization the release is about."""
        for role in roles:
            data = role._.role
            k = role.end
            line = self._sentences.start[role.start]
            if data["organization"] is None and self._lowers[line].startswith("contact") and not data.get("unnamed"):
                data["possessive"] = True
            if data["organization"] is not None or k + 2 >= len(doc) or doc[k].text != "," or k + 1 in self._starts:
                continue
            start = k + 1 + (doc[k + 1].is_lower and doc[k + 1].pos_ == "NOUN")  # (", agence Relais Culture –")
            if not is_capitalized(doc[start]):
                continue
            end = extend_name(doc, start)
            known = self._orgs.get(start)
            place = (known is None or known.end != end) and (doc[start:end].text in self.places or doc[start:end].text in self.countries or any(e.label_ == "LOC" and e.start <= start and end <= e.end for e in doc.ents))
            if not place and end < len(doc) and (doc[end].text in {"–", "—", "-", "|"} or is_break(doc[end])) and self._sentences.start[k] == self._sentences.start[end - 1]:
                # (not "X, présidente de l'association, Quimper –": a town)
                org = self._orgs.get(start)
                if org is None:
                    org = Span(doc, start, end, label="ORG")
                    self._new_orgs.append(org)
                    self._orgs[start] = org
                data["organization"] = [org.start_char, org.end_char]

    def _contact_line(self, doc: Doc, person: Span) -> list[Span]:
        """A contact block: a name alone on its line, its title alone on the next
        ("Camille X⏎Responsable communication⏎camille.x@…"), held in the
        organization the release is about."""
        if person.start == 0 or not is_break(doc[person.start - 1]) or person.end + 1 >= len(doc) or not is_break(doc[person.end]) or "\n" not in doc[person.end].text:
            return []
        title = self._title_at(doc, person.end + 1) if self._is_head(doc[person.end + 1]) else None
        if title is None or title["end"] < len(doc) and not is_break(doc[title["end"]]):
            return []
        title["possessive"] = title["org"] is None  # (whose: the release's organization)
        return [self._role(doc, person, title)]

    @staticmethod
    def _list_item(doc: Doc, colon: int) -> bool:
        """Whether the colon at ``colon`` ends the first phrase of a line (a list
        item or a heading: "- 1re vice-présidente : Sylvie X")."""
        k = colon - 1
        # (a short phrase: a title, not a sentence that introduces a list; its delegation may follow a comma:
        # "- Première vice-présidente, chargée de la formation : X")
        while k >= 0 and colon - k <= 12 and not is_break(doc[k]) and doc[k].text not in _HARD_STOPS - {"–", "—"} and (
                doc[k].text != "," or _delegation_opens(doc, k + 1)):
            k -= 1
        # (up to 11 words after a bullet: "- Directeur de la recherche et de la formation continue : X")
        bulleted = k + 1 < colon and doc[k + 1].text in {"-", "•", "*", "·"}
        return (colon - k <= 7 or colon - k <= 12 and bulleted) and (k < 0 or is_break(doc[k]) or doc[k].text in {"–", "—"} and (k == 0 or is_break(doc[k - 1])))

    def _left(self, doc: Doc, person: Span) -> list[Span]:
        j = person.start - 1
        before = j - (j > 0 and doc[j].lower_.rstrip(".") in self.civilities and doc[j].lower_ not in self.heads)  # ("en remplacement de M. X": past the civility)
        if before >= 0 and doc[before].lower_ in {"de", "d'", "du"}:
            return []  # "l'élection d'une première adjointe après la démission de Philippe X": a complement, not an apposition
        # "son directeur général, le professeur Thierry X": a civility before the name
        if j > 0 and doc[j].lower_ in self.civilities and (doc[j - 1].lower_ in {"le", "la", "l'"} or doc[j - 1].lower_ in {"au", "du"} and (doc[j].lower_ not in self.heads or doc[j].lower_ in self.base_civilities)):
            j -= 2  # ("Il succède au colonel X"; not "la prolongation du capitaine X", a team's)
        elif j > 0 and doc[j].lower_.rstrip(".") in self.civilities and doc[j - 1].text in {",", ":"} and doc[j].text[:1].isupper():
            j -= 1  # "La bâtonnière du barreau de Rennes, Me Claire X": a civility after the comma ("- Trésorière : Me X": the colon)
        else:
            # "le préfet maritime, le vice-amiral d'escadre Paul X": a grade of several words
            rank = next((k for k in range(j - 1, max(0, j - 7), -1) if doc[k:j + 1].text.lower().replace("’", "'") in self.long_ranks), None)
            if rank is not None and doc[rank - 1].lower_ in {"le", "la", "l'", "au", "du"}:
                j = rank - 2  # ("Il succède au contrôleur général X")
        listed = j > 0 and doc[j].text == ":" and self._list_item(doc, j)  # "- 2e vice-président : Michel X, chargé des routes"
        # "L'office de tourisme X a une nouvelle directrice : Laëtitia Y a pris …": the title announced before the colon
        announced = not listed and j > 2 and doc[j].text == ":" and any(doc[k].lower_ in {"nouveau", "nouvelle", "nouvel"} for k in range(max(0, j - 4), j))
        if j >= 0 and doc[j].text == "," or listed or announced:
            j -= 1
        # "Agricultrice à Ballon, où elle cultive 180 hectares, Anne X": past a relative clause on the title's place
        where = next((c for c in range(j, max(-1, j - 16), -1) if doc[c].text == "," or is_break(doc[c]) or doc[c].text in _HARD_STOPS), None)
        # ("Fondateur de l'entreprise X, qui emploie 140 salariés à Colomiers, Raphaël Y …": past a relative clause on the title's body)
        relative = where is not None and where > 1 and self._lowers[where + 1] == "qui" and where in self._org_ends and not any(self._starts.get(c) for c in range(where, j + 1))
        if where is not None and where > 1 and doc[where].text == "," and doc[j + 1].text == "," and (self._lowers[where + 1] == "où" and self._lowers[where + 2] in {"il", "elle"} or relative):
            j = where - 1
        # ("Dirigeante de Navaltec, une entreprise de chaudronnerie de 65 salariés, Karine X": past the body's description)
        described = where is not None and where > 1 and doc[where].text == "," and doc[j + 1].text == "," and self._lowers[where + 1] in {"un", "une"} \
            and where in self._org_ends and not any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in doc[where:j + 1])
        if described:
            j = where - 1
        # ("Présidente de l'association qui gère le Frac, Nadine X": past the relative clause that names the body)
        run = next((c for c in range(j - 1, max(1, j - 16), -1) if self._runs_at(c)), None)
        if run is not None and j >= 0 and doc[j + 1].text == "," and ((j + 1) in self._org_ends or is_capitalized(doc[j])) and not any(c in self._starts for c in range(run, j + 1)):
            j = run - 1
        bests: list[int] = []  # the title heads that may open the title, nearest the name first
        while j >= 0 and person.start - j <= _MAX_TITLE:
            tok = doc[j]
            if tok.text == ")" and j > 1 and doc[j - 2].text == "(" and is_capitalized(doc[j - 1]) and (doc[j - 1].text[1:] != doc[j - 1].text[1:].lower() or j > 2 and self._is_head(doc[j - 3])):
                j -= 3  # "… de Bordeaux (ICMCB), Laure X": an acronym inside the title's organization ("le député (Horizons) de …": a party's label)
                continue
            if tok.text == ")" and j > 2 and doc[j - 3].text == "(" and doc[j - 2].is_upper and doc[j - 2].is_alpha and doc[j - 1].like_num:
                j -= 4  # "… d'Ille-et-Vilaine (CDG 35) par …": an acronym and its département's number
                continue
            if is_break(tok) or tok.text in _HARD_STOPS or (j + 1) in self._ends:
                break
            if tok.pos_ in {"AUX", "VERB"} and "Part" not in tok.morph.get("VerbForm") and not (listed and tok.is_lower):
                break  # (a list item's title has no verb: "- Directeur de la recherche et de la formation continue : X")
            if tok.text == "," and j + 1 < len(doc) and doc[j + 1].pos_ == "DET":
                break
            if tok.lower_ == "par" and j + 1 < person.start and doc[j + 1].lower_ in {"le", "la", "l'", "les"} and not (j + 2 < len(doc) and self._lowers[j + 2] in _ORGANS):
                # "installé dans ses fonctions de directeur … par le préfet de la Marne, X": the agent's title, not the one before
                # (not "Élue présidente du centre … par le conseil d'administration, X": an organ elects, it holds no title)
                break
            if tok.text == "," and (doc[j + 1 : j + 3].text.lower() in _ACCOMPANYING or doc[j + 1 : j + 2].text.lower() in {"avec", "accompagné", "accompagnée", "entouré", "entourée"}):
                break  # "X, président de Y, en présence de la sous-préfète, Anne Z": another person's title
            if tok.lower_ == "et" and j > 0 and (doc[j - 1].text == "," or doc[j + 1].lower_ in _POSSESSIVES):
                break  # "X, ancien consultant chez Y, et Amina Z": the title is X's; "le maire et son adjointe, Y": Y's is the second
            dated = j > 1 and self._lowers[j - 1] in _WEEKDAYS and self._lowers[j - 2] in _ELECTED  # ("Élue mercredi présidente du …")
            # ("Âgé de 52 ans, ingénieur des Mines, X …": the title after an age that opens the sentence)
            aged = j > 4 and doc[j - 1].text == "," and self._lowers[j - 2] == "ans" and self._lowers[j - 4] == "de" and self._lowers[j - 5] in {"âgé", "âgée"} \
                and self._sentences.start[j] == j - 5
            # ("Nommé directeur de … en septembre, X" on the line after a headline the parser joined to it)
            fronted = j > 1 and self._lowers[j - 1] in _ELECTED and is_break(doc[j - 2])
            if self._is_head(tok) and j not in self._org_tokens and (j == 0 or doc[j - 1].lower_ in _LEFT_OPENERS | self.modifiers | self.former | self.temporal or doc[j - 1].is_sent_start or is_break(doc[j - 1]) or dated or aged or fronted
                                       or self._sentences.start[j] == j and is_capitalized(tok) or doc[j - 1].text in {"–", "—"} and is_capitalized(tok)
                                       or doc[j - 1].text in {"-", "•", "*", "·"} and (j == 1 or is_break(doc[j - 2])) and (is_capitalized(tok) or listed)):  # ("- Trésorier : X", "- trésorier : X ;")
                bests.append(j)
            j -= 1
        if not bests:
            return []
        begin = bests[-1]
        while begin > 0 and (doc[begin - 1].lower_ in self.modifiers | self.former | self.temporal):
            begin -= 1
        title = self._title_at(doc, begin)
        if title is None and len(bests) > 1 and doc[bests[-1] + 1 : bests[-1] + 2].text.lower() in {"le", "la", "l'"} and bests[-2] == bests[-1] + 2:
            # "a choisi pour parrain le dessinateur X": the title right before the name, after an article
            begin = bests[-2]
            title = self._title_at(doc, begin)
        if title is None or title["end"] > person.start:
            return []
        if begin > 1 and self._lowers[begin - 1] in _POSSESSIVES and self._lowers[begin - 2] == "outre":
            return []  # "outre son président, Nathalie X (banque de détail)": besides the one who holds it, X does not
        kin = begin - 1 - (begin > 2 and doc[begin - 1].lower_ in {"la", "l'", "un", "une"} and doc[begin - 2].lower_ in {"de", "d'"})  # ("fils d'un artisan tailleur")
        if kin > 0 and doc[kin].lower_ in {"du", "de", "d'"} and doc[kin - 1].lower_.split("-")[-1] in _KIN_FEMININE | _KIN_MASCULINE:
            return []  # "Arrière-petit-fils du fondateur, Hervé X": a kinship, the title is another's
        if kin > 0 and doc[kin].lower_ in {"du", "de", "d'"} and self._lowers[kin - 1] in {"décision", "proposition", "initiative", "demande", "invitation", "arrêté"} \
                and person.end < len(doc) and doc[person.end].pos_ in {"AUX", "VERB"}:
            return []  # "Par décision du président-directeur général du CNRS, Mathilde X est nommée …": the decider's title, the name the verb's subject
        gap = doc[title["end"] : person.start]
        # ("Élue présidente de l'université le 2 juillet, Sylvie X": the date of a fronted election)
        opening = title["start"] - 1 - (title["start"] > 1 and self._lowers[title["start"] - 1] in _WEEKDAYS)  # (the title read from "Élue" starts after it)
        elected = opening >= 0 and self._lowers[opening] in _ELECTED and (self._sentences.start[opening] == opening or opening > 0 and (is_break(doc[opening - 1]) or doc[opening - 1].text in {"–", "—"}))
        if any(t.lower_ in MONTHS or t.lower_ in {"du", "le"} and doc[t.i + 1].like_num for t in gap) and gap[0].lower_ not in self.since_markers | {"depuis"} and not elected:
            return []  # "par arrêté du ministre de … en date du 1er juillet, X": a date between, not an apposition
        # "Son directeur général, Hugo X": the organization the release is about
        # (not "le groupe d'opposition, par la voix de son président X": the
        # possessive must open the sentence or follow its verb, "… », résume sa présidente")
        # ("Selon son président, X, « … »": a sentence opened by "selon" or "pour")
        opened = begin > 2 and doc[begin - 2].lower_ in {"selon", "pour"} and (doc[begin - 2].is_sent_start or is_break(doc[begin - 3]) or doc[begin - 3].text in {".", "»"})
        a = begin - 1 - (begin > 1 and self._lowers[begin - 1] == "autre")  # ("L'autre cofondatrice, X": past "autre")
        title["clause_initial"] = a >= 0 and doc[a].lower_ in _POSSESSIVES | {"le", "la", "l'"} and (
            a == 0 or doc[a].is_sent_start or is_break(doc[a - 1]) or doc[a - 1].text in {".", "»"} or doc[a - 1].pos_ in {"VERB", "AUX"} or opened
        ) or (begin == 0 or self._sentences.start[begin] == begin or is_break(doc[begin - 1])) and is_capitalized(doc[begin])  # "Secrétaire générale des JA, Pauline X, …"
        title["clause_initial"] = title["clause_initial"] or listed or announced or elected
        if announced and title["org"] is None:
            title["org"] = self._last_org(self._sentences.start[begin], begin)
        title["listed"] = listed
        if title["org"] is None and self._lowers[person.start - 1] in self.nationalities and self._lowers[title["start"]] not in self.players:
            # (not "le meneur américain X": a player a club release presents is the club's)
            title["unnamed"] = True  # "le chef estonien Kristjan X": the person's trade, held in no body of the release
        title["possessive"] = title["clause_initial"] and begin > 0 and doc[begin - 1].lower_ in _POSSESSIVES or title.get("possessive", False)
        if title["org"] is None and begin > 4 and self._lowers[begin - 1] in {"son", "sa", "leur", "le", "la", "l'"} and self._lowers[begin - 2] == "par" \
                and self._lowers[begin - 3].startswith("représenté") and doc[begin - 4].text == ",":
            # "La CFDT, représentée par son secrétaire général, X": the body represented
            # (and "Le cabinet X, représenté par l'architecte Y": its architect)
            title["org"] = self._org_ends.get(begin - 4)
        if title["org"] is None and begin > 3 and self._lowers[begin - 1] in {"son", "sa", "leur"} and self._lowers[begin - 2] == "par" and self._lowers[begin - 3].startswith("représenté"):
            # "La Ville, premier financeur de la structure, était représentée par son adjointe, X": the sentence's subject
            title["org"] = self._opening_org(doc, self._sentences.start[begin], begin)
        ended = next((k for k in range(begin - 2, max(self._sentences.start[begin], begin - 8) - 1, -1) if self._lowers[k] in {"démission", "départ", "décès", "disparition"}), None)
        if ended is not None and self._lowers[begin - 2] in {"de", "du", "d'"} and not any(t.pos_ in {"VERB", "AUX"} for t in doc[ended:begin]):
            title["status"] = "former"  # "après la démission pour raisons de santé de son président, X"
        if title.get("unnamed"):
            title["possessive"] = False  # ("formée par son maître d'apprentissage, X": held toward a person)
        elif not title["possessive"] and title["org"] is None and begin > 0 and doc[begin - 1].lower_ in _POSSESSIVES:
            # "Le syndicat, représenté par son président X": the organization the sentence names before
            # ("La Région finance … . Présent à la cérémonie, son vice-président X": the previous sentence's subject)
            lo = self._sentences.start[begin]
            title["org"] = self._last_org(lo, begin - 1)
            opener = self._opener(doc, lo, begin)
            if title["org"] is None and opener is not None and (opener.pos_ == "ADJ" or is_participle(opener)):
                title["org"] = self._previous_subject(doc, begin - 1)  # (not "Le groupe d'opposition, par la voix de son président X")
        if title["possessive"] and title["org"] is None and not title.get("unnamed") and doc[title["start"]].lower_ in _COACHES and self._athlete_before(doc, begin):
            title["unnamed"], title["possessive"] = True, False  # "… la coureuse de 24 ans est … Son entraîneur, Karim X": the athlete's
        if title["possessive"] and title["org"] is None and not title.get("unnamed") and self._sentences.start[begin] == begin - 1:
            # "Créée en 2019 …, Purivia emploie 23 personnes. Son fondateur et président, X, …": the body the sentence before is about
            title["org"] = self._previous_subject(doc, begin - 1)
            if title["org"] is not None and (title["org"]._.org or {}).get("anaphor") and title["org"].text.lower() == "organisation":
                # ("L'organisation repose sur l'association X. Sa présidente, Y": the organizing, not a body, for subject; the one body the sentence names)
                previous = self._previous_sentence(doc, begin - 1)
                bodies = {o.text: o for o in self._orgs.values() if previous is not None and previous[0] <= o.start < previous[1] and not (o._.org or {}).get("anaphor")}
                if len(bodies) == 1:
                    title["org"] = next(iter(bodies.values()))
        if title["possessive"] and title["org"] is None and not title.get("unnamed"):
            title["org"] = self._of_its_kind(doc, title)  # "Sa directrice de laboratoire, Sophie X": the laboratory the text names
        leader = doc[title["start"]].lower_ in {"dirigeant", "dirigeante", "patron", "patronne", "pdg", "gérant", "gérante", "fondateur", "fondatrice"}
        if title["possessive"] and title["org"] is None and not title.get("unnamed"):
            # "La FDSEA de Vaucluse réclame … Son président, Joël X": the organization the
            # previous sentence opened with (else, in convert, the one the release names most)
            # (a company's leader only of a company: not "La Région apporte … à la fonderie X. « … », explique son dirigeant")
            subject = self._previous_subject(doc, begin - 1)
            title["org"] = subject if not leader or subject is None or (subject._.org or {}).get("kind") == "company" else None
        if title["possessive"] and title["org"] is None and not title.get("unnamed") and begin > 0 and doc[begin - 1].lower_ in {"sa", "son"} and self._sentences.start[begin] == begin - 1:
            # "Parmi les exposants figure la PME X, installée à Vire. Sa présidente, Claire Y, …": the one company the
            # sentence before names
            previous = self._previous_sentence(doc, begin - 1)
            prev_lo = previous[0] if previous is not None else self._sentences.start[begin - 1]  # (across a paragraph break)
            named = {o.text: o for o in self._orgs.values() if prev_lo <= o.start < begin - 1 and (o._.org or {}).get("kind") == "company" and not (o._.org or {}).get("anaphor")}
            others = [o for o in self._orgs.values() if prev_lo <= o.start < begin - 1 and not (o._.org or {}).get("anaphor") and (o._.org or {}).get("kind") != "company"]
            if len(named) == 1 and not others:
                title["org"] = next(iter(named.values()))
        if title["possessive"] and title["org"] is None and leader:
            # "L'aide va à la fonderie X … « … », explique son dirigeant, Patrick Y": the last company named before
            previous = self._previous_sentence(doc, begin)
            lo = previous[0] if previous is not None else self._sentences.start[begin]  # (across a paragraph break)
            title["org"] = next((o for o in sorted(self._orgs.values(), key=lambda o: -o.start) if lo <= o.start < begin and (o._.org or {}).get("kind") == "company" and not (o._.org or {}).get("anaphor")), None)
        # "Fibois Grand Est, dont la présidente, Sylvie X": the organization before "dont"
        if title["org"] is None and begin >= 3 and doc[begin - 2].lower_ == "dont" and doc[begin - 3].text == "," and (begin - 3) not in self._org_ends \
                and (placed := self._org_ending_at(doc, begin - 3)) is not None:
            title["org"] = placed  # "l'entreprise X, à Oyonnax, dont le directeur de site, Y"
        if title["org"] is None and begin >= 3 and doc[begin - 2].lower_ == "dont" and doc[begin - 3].text == "," and (begin - 3) not in self._org_ends:
            # "Fibois Grand Est, l'interprofession régionale de la forêt et du bois, dont le président": the name before the apposition
            title["org"] = self._named_before_apposition(doc, begin - 4, max(0, begin - 20))
        if title["org"] is None and begin >= 3 and doc[begin - 2].lower_ == "dont" and doc[begin - 3].text == "," and (begin - 3) in self._org_ends:
            title["org"] = self._org_ends[begin - 3]
            # "TaM, la société publique locale des transports de la métropole, dont le directeur":
            # the organization the apposition describes, not the one inside it
            if (title["org"]._.org or {}).get("anaphor"):
                title["org"] = self._named_before_apposition(doc, begin - 4, 0) or title["org"]
        roles = [self._role(doc, person, title)]
        lo = self._sentences.start[begin]
        if begin > lo + 3 and self._lowers[begin - 1] in {"le", "la", "l'"} and doc[begin - 2].text == "," and self._lowers[lo] in {"le", "la", "l'"}:
            # "La capitaine, la troisième ligne Inès X, …": the title that opens the sentence is the same person's
            first = self._title_at(doc, lo + 1)
            if first is not None and first["end"] == begin - 2:
                held = self._held_here(doc, first)
                roles.append(self._role(doc, person, dict(first, end=begin - 1, unnamed=first["org"] is None and not held, possessive=held and first["org"] is None)))
        # "Son président et fondateur, Bruno X": a second title joined by "et";
        # "le préfet de la région Occitanie, préfet de la Haute-Garonne, Jérôme X": by a comma
        end = title["end"]
        if doc[end].lower_ == "depuis" and end + 2 < person.start:
            # "Conseillère municipale depuis 2020 et professeure des écoles, Camille X": past the date
            end = _past_date(doc, end + 1, person.start)
        if end + 1 < person.start and doc[end].lower_ in {"et", ",", "puis"}:
            # ("Instituteur puis directeur de l'école Jean-Jaurès, X": one title after the other)
            second = self._title_at(doc, end + 1)
            if second is not None and doc[end].text == "," and doc[second["start"]].lower_ in _DELEGATED:
                second = None  # "Première adjointe depuis 2020, chargée des finances, X": the same function
            # (or past a relative clause on the second title's body: "…, qui emploie 140 salariés à Colomiers, Raphaël X")
            relative = second is not None and second["end"] + 1 < person.start and doc[second["end"]].text == "," and self._lowers[second["end"] + 1] in {"qui", "où"} \
                and not any(c in self._starts for c in range(second["end"], person.start))
            # ("Ancienne infirmière, bénévole depuis 2004, Martine X": past the second title's date)
            tail = _past_date(doc, second["end"] + 1, person.start) if second is not None and second["end"] < person.start and doc[second["end"]].lower_ == "depuis" else None
            if second is not None and second["end"] <= person.start and (all(t.is_punct or t.lower_ in self.civilities | {"le", "la"} for t in doc[tail or second["end"] : person.start]) or relative):
                second["possessive"] = title["possessive"]
                if title["possessive"] and second["org"] is None and title["org"] is not None:
                    second["org"] = title["org"]  # "Son fondateur et président, X": both of the body "Son" refers to
                bare = not any(t.lower_ in {"de", "du", "des", "d'"} for t in doc[title["start"] : title["end"]])  # (not "le maire de X et président du CCAS")
                # (not "Musicienne et ancienne programmatrice du festival X": a past title is another's)
                scoped = any(t.lower_ in self.scope_adjectives for t in doc[title["start"] : title["end"]])  # ("conseillère municipale")
                if doc[end].lower_ == "et" and end == title["end"] and not scoped and roles[0]._.role["organization"] is None and second["org"] is not None and title["end"] <= title["cut"] + 1 and bare and second["status"] == title["status"]:
                    # "le président et cofondateur de Vitisense, Arnaud X": one organization for both
                    roles[0]._.role["organization"] = [second["org"].start_char, second["org"].end_char]
                roles.append(self._role(doc, person, second))
        return roles

    def _athlete_before(self, doc: Doc, i: int) -> bool:
        """Whether the sentence before token ``i`` is about one sportsperson: it
        names a person, or calls its subject "la coureuse", "le joueur" …."""
        previous = self._previous_sentence(doc, i)
        if previous is None:
            return False
        prev_lo, lo = previous
        return any(self._lowers[k] in _ATHLETES and k > 0 and self._lowers[k - 1] in {"la", "le", "l'"} for k in range(prev_lo, lo))

    def _of_its_kind(self, doc: Doc, title: dict[str, Any]) -> Span | None:
        """"Sa directrice de laboratoire", "son chef d'usine": a title whose "de"
        takes a bare common noun is held in the one organization the text names
        with that noun ("le laboratoire Motricité humaine …"), if only one."""
        words = doc[title["start"] : title["cut"]]
        link = next((t.i for t in words if t.lower_ in {"de", "d'"}), None)
        if link is None or link + 2 != title["cut"] or not doc[link + 1].is_lower or doc[link + 1].pos_ != "NOUN":
            return None
        noun = doc[link + 1].lower_
        named = {o.text: o for o in self._orgs.values() if o[0].lower_ == noun and len(o) > 1}
        return next(iter(named.values())) if len(named) == 1 else None

    def _named_before_apposition(self, doc: Doc, j: int, floor: int) -> Span | None:
        """The organization named right before the apposition that ends at
        token ``j`` ("X, la société publique locale …, dont …"): the first
        comma found going back from ``j`` (above ``floor``, no sentence break
        or hard stop between) must close X's name and open the apposition
        with an article, or a bare noun ("X, partenaire de l'événement, dont …")."""
        k = next((c for c in range(j, floor, -1) if doc[c].text == "," or is_break(doc[c]) or doc[c].text in _HARD_STOPS), None)
        opened = k is not None and (doc[k + 1].lower_ in {"la", "le", "l'", "un", "une"} or doc[k + 1].is_lower and doc[k + 1].pos_ == "NOUN")
        if k is not None and doc[k].text == "," and k in self._org_ends and opened:
            return self._org_ends[k]
        return None

    def _possessive_before(self, doc: Doc, person: Span, left: Span) -> list[Span]:
        """"le contrat de son capitaine, le talonneur Benjamin X": a possessive
        title apposed before the title that precedes the name is the person's too."""
        comma = left.start - 2
        if comma < 2 or self._lowers[left.start - 1] not in {"le", "la", "l'"} or doc[comma].text != ",":
            return []
        poss = next((k for k in range(comma - 1, max(0, comma - 6), -1) if self._lowers[k] in {"son", "sa", "leur"}), None)
        title = self._title_at(doc, poss + 1) if poss is not None else None
        if title is None or title["end"] != comma or title["start"] != poss + 1:
            return []
        # whose: the organization the sentence names before ("Le club a prolongé … de son capitaine"), else
        # none ("La chaire … . Son titulaire, le géographe X": a chair's, no organization)
        org = title["org"] or self._last_org(self._sentences.start[poss], poss)
        return [self._role(doc, person, dict(title, org=org, unnamed=org is None))]

    @staticmethod
    def _role(doc: Doc, person: Span, title: dict[str, Any]) -> Span:
        end = max(title["end"], title["cut"])
        span = Span(doc, title["start"], end, label="ROLE")
        org = title["org"]
        span._.role = {
            "since": None,
            "person": [person.start_char, person.end_char],
            "title": [doc[title["start"]].idx, doc[title["cut"] - 1].idx + len(doc[title["cut"] - 1])],
            "organization": [org.start_char, org.end_char] if org is not None else None,
            "status": title["status"],
            "possessive": title.get("possessive", False),
            "unnamed": title.get("unnamed", False),
        }
        if title.get("clause_initial"):
            span._.role["clause_initial"] = True
        if title.get("listed"):
            span._.role["listed"] = True
        if title.get("career"):
            span._.role["career"] = True
        if title.get("fronted"):
            span._.role["fronted"] = True  # (a phrase set before the pronoun: a qualification, not an office handed on)
        if title.get("facility"):
            span._.role["facility"] = True  # (a post in a facility: no organization guessed, yet a post a successor hands on)
        if title.get("appointed"):
            span._.role["appointed"] = True  # (the function a succession hands on)
        if title.get("indefinite"):
            span._.role["indefinite"] = True  # ("chez un messager lyonnais": no body the text names, none to borrow)
        if title.get("promoted"):
            span._.role["promoted"] = True  # ("est promu directeur régional Sud-Est": a post in the release's body)
        if title.get("text"):
            span._.role["title_text"] = title["text"]  # a title the text implies ("présidée par X")
        return span


def _posted(role: Span, text: str) -> bool:
    """Whether a role's title follows "au poste de" ("a désigné X au poste de directrice artistique": the post just given)."""
    start = role._.role["title"][0]
    return text[max(0, start - 14) : start].rstrip().replace("’", "'").endswith(("au poste de", "au poste d'"))


# "de l'association qui gère le Frac": a body named by what it runs
_RUNNING_BODIES = {"association", "structure", "société", "fédération", "coopérative", "fondation", "syndicat", "groupement", "entreprise"}
_RUNNING_VERBS = {"gère", "porte", "exploite", "anime", "organise", "pilote", "administre", "fédère", "regroupe", "dirige", "possède", "détient"}


def _repeat_span(doc: Doc, start: int, end: int, known: Span) -> Span:
    """Another mention, at ``start``–``end``, of the body ``known`` names."""
    span = Span(doc, start, end, label="ORG")
    span._.org = dict(known._.org or {}, via="repeat")
    return span


def _past_lead(doc: Doc, k: int) -> int | None:
    """The token after "jusqu'ici", "jusqu'alors", "jusqu'à présent",
    "jusque-là" or "auparavant" at ``k`` (a post held until now), else None."""
    words = [t.lower_.replace("’", "'") for t in doc[k : k + 3]]
    if words[:1] in (["jusque-là"], ["auparavant"], ["précédemment"]):
        return k + 1
    if words[:1] == ["jusqu'"] and len(words) > 1 and words[1] in {"ici", "alors", "maintenant"}:
        return k + 2
    if words == ["jusqu'", "à", "présent"]:
        return k + 3
    return None


def _date_tail(doc: Doc, k: int, limit: int) -> int:
    """The end of the dates that follow a title at ``k`` ("à partir de 2016",
    "depuis 2020", "de 2014 à 2018", "en 2012", "jusqu'en 2022"), before
    ``limit``; ``k`` when there are none."""
    while k < limit:
        words = [t.lower_ for t in doc[k : min(k + 3, limit)]]
        if words[:3] == ["à", "partir", "de"] or words[:3] == ["à", "compter", "de"]:
            j = k + 3
        elif words[0] in {"depuis", "en", "dès"} or words[0] in {"jusqu'", "jusqu’"} and words[1:2] == ["en"]:
            j = k + 1 + (words[0] in {"jusqu'", "jusqu’"})
        elif words[0] == "de" and len(words) == 3 and _YEAR.fullmatch(words[1]) and words[2] in {"à", "au"}:
            j = k + 3
        else:
            break
        end = _past_date(doc, j, limit)
        if end == j:
            break
        k = end
    return k


def _delegation_opens(doc: Doc, k: int) -> bool:
    """Whether a delegation opens at ``k`` ("chargée de …", "déléguée à …", "en charge de …")."""
    return k < len(doc) and (doc[k].lower_ in {"chargé", "chargée", "délégué", "déléguée"} or doc[k : k + 2].text.lower() == "en charge")


def _past_date(doc: Doc, k: int, limit: int) -> int:
    """The end of the date that opens at ``k`` after "depuis" ("2020", "le 1er
    mars 2021", "dix ans"), before ``limit``."""
    while k < limit and (doc[k].like_num or doc[k].lower_ in MONTHS or doc[k].lower_ in {"le", "1er", "ans", "mois"}):
        k += 1
    return k


def _feminine_forms(word: str) -> list[str]:
    """The feminine forms a masculine title word may have ("retraité" ->
    "retraitée", "directeur" -> "directrice", "conseiller" -> "conseillère")."""
    forms = [word + "e"]
    if word.endswith("eur"):
        forms += [word[:-3] + "rice", word[:-3] + "euse", word[:-3] + "eure"]
    if word.endswith("er"):
        forms.append(word[:-2] + "ère")
    if word.endswith("ien"):
        forms.append(word + "ne")
    return forms


@Language.factory("pressextract_roles", assigns=["doc.spans"], default_config={"models_dir": None})
def make_roles(nlp: Language, name: str, models_dir: str | None) -> RoleFinder:
    """Factory: ``nlp.add_pipe("pressextract_roles")`` (after people and organizations)."""
    return RoleFinder(nlp, name, models_dir)

