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

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..extensions import register_extensions
from ..normalize import fold
from ..resources import load_json
from ._tokens import (
    COMPASS,
    REGIONAL_ADJECTIVE,
    PhraseTable,
    abbreviates,
    acronym_after,
    acronym_uses,
    closing,
    extend_name,
    is_break,
    is_capitalized,
    is_ordinal,
    is_participle,
    keep_longest,
    load_gazetteer,
    occurrences,
    overlaps,
    parenthesis_ahead,
)

Candidate = tuple[Span, dict[str, Any]]
_DETERMINERS = {"la", "le", "l'", "les", "du", "au", "aux", "des", "cette", "cet", "ce", "notre", "votre", "leur", "son", "sa"}
_DEFINITE = {"la", "l'", "le", "du", "au"}
_LINKS = {"de", "du", "des", "d'"}
# words before "d'État" that make it part of a title or a degree, not the State
_OF_STATE = {"secrétaire", "secrétaires", "secrétariat", "ministre", "coup", "diplôme", "diplômes", "diplômé", "diplômée", "diplômés", "diplômées", "docteur", "docteure"}
_ORGANS = {"commission", "comité", "conseil"}
_NAMING_VERBS = {"baptisée", "baptisé", "baptisées", "baptisés", "dénommée", "dénommé", "appelée", "appelé"}
_JOINING = {"rejoindre", "rejoint", "rejoignent", "rejoignait", "intégrer", "intègre", "intégré", "intégrée"}
_LEGAL_TEXTS = {"directive", "règlement", "loi", "norme", "réglementation", "ordonnance", "décret"}  # "la directive européenne CSRD"
_OWNED_UNITS = {"division", "branche", "filiale"}
_HEADS_OF_BODIES = {"directeur", "directrice", "président", "présidente", "pdg", "dirigeant", "dirigeante", "gérant", "gérante"}  # ", dont le directeur …"  # "la division Fluides de Fives": a company's unit, then the company
# (a place after the profession: "d'Occitanie", "de la Creuse", "du Val-d'Oise")
_ORDER_COUNCIL = re.compile(r"\b[Cc]onseil (?:(?:régional|départemental|national|interrégional|interdépartemental) )?de l['’][Oo]rdre des [a-zéèêà-]+\b(?![’'])"
                            r"(?: (?:de la |de l['’]|du |des |de |d['’])[A-ZÉÈ][\w'’-]*(?:[ -](?:de |du |d['’])?[A-ZÉÈ][\w'’-]*)*)?")
_CAMEL = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:[A-ZÀ-Ý][a-zà-ÿ]+)+")  # a name in camel case is a brand's or a body's
_GLUED_GRAND = re.compile(r"Grand[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-Za-zÀ-ÿ]+)*")
_UNIT_HEADS = {"direction", "service", "pôle", "observatoire", "cellule", "mission"}
_SERVICE_SCOPE_STEMS = ("départemental", "interdépartemental", "régional", "national", "public", "publique", "intercommunal", "municipal", "communal", "territorial", "civique")
# words after which a list names funders or partners: "financés par A, B et C", "aux côtés de A et B"
_FUNDING_CUES = {"par", "avec", "côtés", "partenaires", "partenariat", "financeurs", "soutien"}
_UNIT_NOUNS = {"département", "service", "pôle", "division", "branche", "filière", "master", "licence", "diplôme", "parcours", "section", "option"}  # before a unit's or a course's name
_HOLDS_PARENT = {"fonds", "faculté", "fondation", "fédération", "caisse", "comité", "antenne", "délégation"}  # bodies named after the body they belong to
_SERVES_KNOWN = {"fondation", "fonds", "faculté"}  # of those, bodies of their own whose name runs to a known body's end ("la Fondation des Hospices civils de Lyon")
_VENUES = {"salle", "espace", "stade", "gymnase", "rue", "avenue", "boulevard", "place", "square", "quai", "halle", "allée", "chemin", "impasse", "esplanade"}
_UNITS = {"délégation", "antenne", "direction", "agence", "service"}  # a unit named before the organization it belongs to
_SERVICE_SCOPES = {"régionale", "départementale", "interrégionale", "interdépartementale"}
_UNIT_SCOPES = _SERVICE_SCOPES | {"régional", "départemental", "interrégional", "interdépartemental", "territorial", "territoriale"}
_MANAGED = {"géré", "gérée", "gérés", "gérées", "exploité", "exploitée", "exploités", "exploitées"}
_NAMED_AFTER_PEOPLE = {"laboratoire", "institut", "fondation"}  # "laboratoire Jean Kuntzmann"


class OrganizationFinder:
    """Find organization mentions."""

    def __init__(self, nlp: Language, name: str, models_dir: str | None, use_ner: bool) -> None:
        register_extensions()
        self.name = name
        self.use_ner = use_ner
        self._towns_after: set[tuple[int, int]] = set()  # (start, end) of names read past "de" + their town, per document
        lex = load_json("lexicon/organizations.json", models_dir)
        names = load_json("lexicon/first_names.json", models_dir)
        self.first_names = set(names["feminine"]) | set(names["masculine"])
        titles = load_json("lexicon/titles.json", models_dir)
        self.person_heads = set(titles["heads"])
        self.nationalities = set(titles["nationality_adjectives"])
        self.ranks = {r for r in titles["ranks"] if " " not in r}
        self.players = set(titles["player_heads"]) - {"centre"}  # (a team's positions)
        self.heads = PhraseTable(nlp, lex["heads"])
        self.lowercase_heads = {tuple(t.lower_ for t in nlp.make_doc(h)) for h in lex["lowercase_heads"]}
        # (a local authority's word opens a lower-case name only as the whole head: "région de gendarmerie de
        # Bretagne", never "la région Bretagne")
        # (nor does "établissement", a word for any body: "l'établissement de Verdun"; only "établissement public foncier de Bretagne")
        # (nor "pôle", a unit's word: "le pôle espoirs de Nantes"; only "pôle métropolitain Loire Angers Saumur")
        local = {w for w, kind in lex["anaphora"].items() if kind in {"region", "department"}} | {"établissement", "pôle"}
        self.lowercase_first = {words[0] for words in self.lowercase_heads if words[0] not in local}
        self.anaphora = PhraseTable(nlp, lex["anaphora"])
        self.common_nouns = PhraseTable(nlp, lex["common_nouns"])
        self.apposition = PhraseTable(nlp, {n: lex["common_nouns"].get(n) or lex["common_nouns"].get(n.split()[0]) or lex["heads"].get(n.split()[0], "company") for n in lex["apposition_nouns"]})
        self.suffixes = set(lex["name_suffixes"])
        self.company_suffixes = set(lex["company_suffixes"])
        self.trailing_heads = PhraseTable(nlp, lex["trailing_heads"])
        self.not_names = PhraseTable(nlp, {n: "x" for n in lex["not_names"]})
        self.event_heads = PhraseTable(nlp, {n: "x" for n in lex["event_heads"]})
        self.club_words = set(lex["club_words"])
        self.rubrics = set(lex["rubrics"])
        self.club_nouns, self.club_tails = set(lex["club_nouns"]), set(lex["club_name_tails"])
        self.name_ends = self.suffixes | self.club_words  # ("Vendée Eau", "Angers Loire Volley")
        self.sport_words = {w for w in self.club_words if len(w) > 3 and not w.isupper() and w not in {"Stade", "Olympique", "Racing", "Club"}}
        self.head_words = frozenset(k[0] for k in self.heads.table) - {"de", "du", "la", "grand"}  # ("grand port maritime": not "Fibois Grand Est")
        # "Institut Néel et du laboratoire Jean Kuntzmann": a second organization after "et du"
        self.common_words = frozenset(k[0] for k in self.common_nouns.table)
        self.proper_only = set(lex["proper_name_kinds"])
        self.gazetteer, self.matcher = load_gazetteer(nlp, "gazetteers/organizations.tsv", models_dir, lower_first=True, title_acronyms=True)  # ("l'agence régionale de santé")
        self.regional_bodies = set(lex["regional_bodies"])
        self.military_units = PhraseTable(nlp, dict.fromkeys(lex["military_units"], "state"))
        self.street_words = set(lex["street_words"])
        self.term_words = set(lex["term_acronyms"])
        places = load_json("lexicon/places.json", models_dir)
        self.places = {fold(p) for p in places["departements"] + places["regions"]}
        # (a région of before 2016 only after a regional body: "Urssaf Limousin")
        self.places_and_former = self.places | {fold(p) for p in places["former_regions"]}
        self.countries = {fold(p) for p in places["countries"]}
        self.departement_codes = set(places["departement_codes"])  # ("SDIS 29": a service's acronym, then its département's number)
        self.places_or_countries = self.places | self.countries
        self.title_words = {fold(h) for h in titles["heads"]}

    def __call__(self, doc: Doc) -> Doc:
        blocked = list(doc.spans.get("programmes", []))
        self._towns_after: set[tuple[int, int]] = set()
        gazetteer = self._by_gazetteer(doc)
        # earlier sources win ties: a gazetteer name over a rule's, a rule's over the model's
        apposition = self._by_apposition(doc)
        lowers = [t.lower_ for t in doc]  # (one pass: most tokens open no lexicon entry)
        trailing = self._by_trailing_head(doc)
        by_head = self._by_head(doc, gazetteer + apposition, lowers, trailing)
        candidates = gazetteer + self._by_order_council(doc) + by_head + self._described(doc, by_head) + self._by_naming(doc) + self._by_glued_grand(doc) + trailing + self._by_common_noun(doc) + self._by_initials(doc, blocked) + apposition + self._by_chez(doc) + self._by_unit_owner(doc) + self._by_dont_head(doc) + self._by_club_word(doc) + self._by_listed_town(doc)
        candidates += self._by_military_unit(doc, lowers)
        candidates += self._by_presided(doc, lowers)
        candidates += self._by_grouping(doc, lowers)
        # (an anaphor longer than the head it opens with: "l'union commerciale", where "union" heads a name)
        candidates += [c for i in range(1, len(doc)) if lowers[i] in self.anaphora.first and (a := self.anaphora.at(doc, i, lowers))
                       and not ((h := self.heads.at(doc, i, lowers)) and h[1] >= a[1]) for c in self._anaphor(doc, i, a[1] if a[1] > i + 1 else i + 1)]
        if self.use_ner:
            candidates += self._by_ner(doc)
        # the weakest reading last (ties go to earlier sources): "AgroParisTech"
        candidates += [self._span(doc, t.i, t.i + 1, "other", via="ner") for t in doc if _CAMEL.fullmatch(t.text) and t.ent_type_ != "PER"]
        candidates += self._by_spelled_acronym(doc)
        candidates += self._runs_past_acronym(doc, candidates)
        candidates += self._with_territory(doc, candidates)
        candidates = [c for c in candidates if (c[0].start, c[0].end) not in self._towns_after]
        # "la deuxième Caisse d'Épargne de France": a ranking among the bodies of a network, not a name
        ranked = {c[0].start for c in candidates if c[0].start > 0 and len(c[0]) > 2 and (is_ordinal(doc[c[0].start - 1]) or doc[c[0].start - 1].lower_ in {"premier", "première"})
                  and c[0][-2].lower_ == "de" and c[0][-1].text == "France"}
        candidates = [c for c in candidates if c[0].start not in ranked]
        # "la coopérative laitière Terra Lac": a common noun that introduces a name is no anaphor
        introduced = {data["alias"][0] for _, data in candidates if data.get("via") == "common_noun" and data.get("alias")}
        candidates = [c for c in candidates if not (c[1].get("anaphor") and c[0].start_char in introduced)]
        # "Chief Technology Officer (CTO)", "Head of Sales": a function, not a name
        candidates = [c for c in candidates if c[1].get("via") in {"gazetteer", "head"} or fold(c[0][0].text) not in self.title_words or c[1].get("anaphor")]
        candidates = _without_units(candidates)
        # "Banque de France – Direction régionale Grand Est", "Office national des forêts – Agence X": the heading's unit
        # after a known name and a dash
        candidates = [c for c in candidates if not (c[0].start > 1 and doc[c[0].start - 1].text in {"–", "—"} and c[0][0].lower_ in _UNITS
                                                    and any(g.end == c[0].start - 1 for g, _ in gazetteer + apposition + by_head))]
        candidates = [c for c in candidates if not _site_of_known(c, gazetteer)]
        # "Directrice des Opérations de Geodis", "Directrice de Site chez Amazon": a title in capitals names its field, then its body
        candidates = [t for t in (self._past_title_field(doc, c) for c in candidates) if t is not None]
        # "le Rugby Club vannetais": a club's name ends with its town's adjective in lower case
        candidates = [self._span(doc, c[0].start, c[0].end + 1, c[1].get("kind", "association"), via=c[1].get("via", "ner"))
                      if _town_adjective_at(doc, c[0].end) and (any(t.text in self.club_words for t in c[0]) or len(c[0]) > 1 and c[0][-1].text in self.club_nouns)
                      and not c[1].get("anaphor") else c for c in candidates]  # ("le Lons Section paloise")
        # "la division Mouvement industriel de Sermati": a unit's name, of the company after it
        candidates = [c for c in candidates if not (c[0].start > 0 and doc[c[0].start - 1].lower_ in {"division", "branche"} and is_capitalized(c[0][0]))]
        # "par Lamartine Conseil pour l'acquéreur": a head that ends a name the model reads (as a person's) opens no other
        # (not "Président de la Communauté de communes du Grand Langres", a title and its body the model reads as a person)
        candidates = [c for c in candidates if not (c[1].get("via") == "head" and any(e.start < c[0].start < e.end and fold(e[0].text) not in self.title_words
                                                                                     for e in doc.ents if e.label_ == "PER"))]
        # "la directive européenne CSRD", "le règlement REACH": a text's acronym, no body
        candidates = [c for c in candidates if not (len(c[0]) == 1 and c[0][0].is_upper and c[1].get("via") != "gazetteer" and any(
            doc[n].lower_ in _LEGAL_TEXTS and all(t.is_lower and t.pos_ == "ADJ" for t in doc[n + 1 : c[0].start]) for n in range(max(0, c[0].start - 3), c[0].start)))]
        # "HANDBALL – Le club X présente …": a heading's rubric in capitals before a dash or a colon
        candidates = [c for c in candidates if not (c[1].get("via") == "ner" and len(c[0]) == 1 and c[0][0].is_upper and c[0][0].lower_ in self.rubrics
                                                    and (c[0].start == 0 or is_break(doc[c[0].start - 1])) and doc[c[0].end : c[0].end + 1].text in {"–", "—", "-", ":"})]
        candidates = [self._named_after_gazetteer(c, gazetteer) for c in candidates if not overlaps(c[0], blocked) and not self._not_a_name(c[0], c[1].get("anaphor", False))]
        # "l'opération DuoDay …  « Un DuoDay ne remplace pas … »": the model's reading of a programme's name written again
        programme_names = {p[k:].text for p in blocked for k in range(1, len(p)) if p[k - 1].is_lower and is_capitalized(p[k]) and all(not t.is_lower for t in p[k:])}
        candidates = [c for c in candidates if not (c[1].get("via") == "ner" and c[0].text in programme_names)]
        candidates = [_listed_towns_name(_cut_before_coordinated(_trimmed_to_gazetteer(c, gazetteer), gazetteer)) for c in candidates]
        # "directeur d'agence de Pôle emploi": a rule's span that stops inside a known name is no name
        candidates = [c for c in candidates if c[1].get("via") == "gazetteer" or not any(g.start < c[0].end < g.end and c[0].start < g.start for g, _ in gazetteer)]
        # ("SNCF Réseau Auvergne-Rhône-Alpes": a head inside a known name does not open another one)
        candidates = [c for c in candidates if c[1].get("via") == "gazetteer" or not any(g.start < c[0].start < g.end < c[0].end for g, _ in gazetteer)]
        kept = keep_longest(candidates, "org")
        kept = keep_longest(self._acronyms(doc, kept) + [(s, s._.org) for s in kept], "org")
        kept = keep_longest([(s, s._.org) for s in kept] + self._repeats(doc, kept, blocked), "org")
        kept = keep_longest([(s, s._.org) for s in kept] + self._listed_funders(doc, kept, blocked), "org")
        # "la biscuiterie Moulin SAS": the noun that introduced a name another source found is still its alias
        introducing = {(c.start, c.end): data for c, data in candidates if data.get("via") == "common_noun" and data.get("alias")}
        for span in kept:
            noun = introducing.get((span.start, span.end))
            if noun is not None and not span._.org.get("alias"):
                span._.org = {**span._.org, "alias": noun["alias"]}
            if noun is not None and span._.org.get("kind") in self.proper_only and noun["kind"] not in self.proper_only | {"any"}:
                span._.org = {**span._.org, "kind": noun["kind"]}  # "le cabinet Ville Ouverte": a firm, whatever its name's first word
        # "le Secours populaire de la Gironde" after "la fédération de la Gironde du Secours populaire français": one body, named so
        federations = {span._.org["branch"]: span.text for span in kept if span._.org.get("branch") and span[0].lower_ == "fédération"}
        for span in kept:
            branch = span._.org.get("branch")
            if branch in federations and span[0].lower_ != "fédération":
                span._.org = {**span._.org, "name": federations[branch]}
        doc.spans["organizations"] = self._with_nested(doc, kept, candidates)
        return doc

    def _past_title_field(self, doc: Doc, cand: Candidate) -> Candidate | None:
        """A candidate that opens with a capitalized common noun right after a
        title's "de" ("Directrice des Opérations de Geodis"): the body after its
        own "de", if any, else no body."""
        span, data = cand
        k = span.start
        if data.get("via") == "gazetteer" or k < 2 or doc[k - 1].lower_ not in {"de", "des", "du", "d'"} or doc[k].pos_ != "NOUN" or not is_capitalized(doc[k]) \
                or k + 1 < span.end and is_capitalized(doc[k + 1]) or self.heads.at(doc, k):
            return cand  # (not "PDG de Biscuits Lambert": a name of two words; nor "du Conseil départemental")
        head = k - 2
        while head > 0 and k - head < 4 and fold(doc[head].text) not in self.title_words:
            head -= 1
        if fold(doc[head].text) not in self.title_words or not is_capitalized(doc[head]):
            return cand
        tail = next((j + 1 for j in range(k + 1, span.end - 1) if doc[j].lower_ in {"de", "du", "d'"} and is_capitalized(doc[j + 1])), None)
        if tail is None:
            return None
        return self._span(doc, tail, span.end, data.get("kind", "other"), via=data.get("via", "ner"))

    @staticmethod
    def _with_nested(doc: Doc, kept: list[Span], candidates: list[Candidate]) -> list[Span]:
        """"le fonds de dotation du CHU de Nantes", "la faculté de médecine de
        l'université de Tours": a body named by its head (or a known one) at the
        end of another's name is an organization too, listed before the name
        that holds it (a token then starts or ends the longer name)."""
        out = []
        taken = {(s.start, s.end) for s in kept}
        for span in kept:
            if span[0].lower_ not in _HOLDS_PARENT:
                out.append(span)
                continue
            inner = [c for c, data in candidates if data.get("via") in {"head", "gazetteer"} and not data.get("anaphor") and span.start < c.start and c.end == span.end
                     and (c.start, c.end) not in taken and c.start > 1 and (doc[c.start - 1].lower_ in {"du", "des"} or doc[c.start - 1].lower_ in {"la", "l'"} and doc[c.start - 2].lower_ == "de")]
            if inner:
                nested = min(inner, key=lambda c: c.start)
                taken.add((nested.start, nested.end))
                out.append(nested)
            out.append(span)
        return out

    # -- sources ---------------------------------------------------------
    def _by_head(self, doc: Doc, named: list[Candidate], lowers: list[str], trailing: list[Candidate]) -> list[Candidate]:
        spans = []
        named_elsewhere = {(span.start, span.end) for span, _ in named}
        trailing_names = {(span.start, span.end) for span, _ in trailing}  # ("le conseil de Morlaix Communauté": an organ of that body)
        gazetteer_starts = {span.start for span, data in named if data.get("via") == "gazetteer"}
        gazetteer_ends = {span.start: span.end for span, data in named if data.get("via") == "gazetteer"}
        for i, tok in enumerate(doc):
            found = self.heads.at(doc, i, lowers)
            if found is None or i > 0 and len(doc[i - 1]) > 2 and doc[i - 1].text.endswith(("'", "’")) and not doc[i - 1].whitespace_ and doc[i - 1].text[:1].isupper():
                continue  # "Pass'Région Sport": a brand glued to the head, not a Région
            kind, head_end = found
            organ = next((n for n in range(max(0, i - 3), i) if (o := self.not_names.at(doc, n)) is not None and o[1] == head_end), None)
            if organ is not None:
                continue  # "le conseil d'école de Grenoble INP - Esisar": the organ's last word, not a head
            if any(start < i and end == head_end for start, end in trailing_names):
                continue  # "de Fougères Agglomération et de Couesnon …": the trailing head of a name read before, not a head of its own
            nxt = doc[head_end] if head_end < len(doc) else None
            words = tuple(t.lower_ for t in doc[i:head_end])
            if words == ("club",) and is_capitalized(tok) and i > 0 and is_capitalized(doc[i - 1]) and not doc[i - 1].is_sent_start and not is_break(doc[i - 1]):
                continue  # "Volley Club Angevin": inside a club's name, read by the club words
            if words == ("maison",) and (not is_capitalized(tok) or nxt is None or not is_capitalized(nxt)):
                continue  # "Maison Roudier": a firm named after its family (not "la Maison du Parc", "la maison départementale des solidarités": places)
            if words == ("comité",) and not is_capitalized(tok) and doc[head_end : head_end + 2].text.lower() in {"de suivi", "de pilotage", "d'orientation", "de sélection"}:
                continue  # "le comité de suivi du parc éolien": a project's committee, no body
            if words[0] == "ordre" and i > 1 and doc[i - 1].lower_ in {"l'", "de"} and doc[i - 2].lower_ == "de" and any(t.lower_ == "conseil" for t in doc[max(0, i - 5) : i]):
                continue  # "le conseil départemental de l'ordre des médecins de la Creuse": part of a longer name
            # ("le CHU sort de …": an acronym takes no lower-case words; a heading in capitals is no acronym)
            descriptive = kind not in self.proper_only and not (tok.is_upper and len(tok) > 1 and nxt is not None and not nxt.is_upper)
            # ("la société Transports Pelletreau pour les autres usagers": a firm's proper name takes no lower-case words)
            descriptive = descriptive and not (kind == "company" and words[0] != "groupe" and is_capitalized(tok) and nxt is not None and is_capitalized(nxt) and not nxt.is_upper)
            end = extend_name(doc, head_end, allow_lower=descriptive, stop=self.head_words | self.common_words)
            if end == head_end and tok.is_upper and len(tok) > 1 and nxt is not None and nxt.text in self.departement_codes:
                end += 1  # "le SDIS 29": the département's number names the service's territory
            # ("le diocèse de Quimper et Léon": a see of two towns' names)
            see = words[0] in {"diocèse", "archidiocèse"}  # ("Léon", a first name too)
            if (kind == "municipality" and not is_capitalized(tok) or see) and end > head_end and end + 1 < len(doc) and doc[end].lower_ == "et" \
                    and is_capitalized(doc[end + 1]) and (doc[end + 1].ent_type_ != "PER" or see) and not self.heads.at(doc, end + 1):
                end = extend_name(doc, end + 1, stop=self.head_words | self.common_words)  # "la communauté de communes Estuaire et Sillon": one name
            if kind == "association" and words[0] in {"fondation", "association"} and end == head_end + 1 and self._second_word(doc, i, end):
                end = extend_name(doc, end + 1, stop=self.head_words | self.common_words)  # "la Fondation Accueil et Solidarité en Mayenne"
            if end == head_end + 1 and end + 2 < len(doc) and doc[end].lower_ == "et" and doc[head_end].text in self.first_names \
                    and doc[end + 1].text in self.first_names and is_capitalized(doc[end + 2]) and not self.heads.at(doc, end + 2, lowers):
                end = end + 3  # "l'Université Marie et Louis Pasteur", "le collège Pierre et Marie Curie": named after two people
            if end < len(doc) and doc[end].lower_ == "et" and descriptive:
                # "Association européenne des zoos et aquariums (EAZA)": lower-case words that its acronym closes
                k = end + 1
                while k < len(doc) and k - end < 5 and doc[k].is_lower and (doc[k].pos_ in {"NOUN", "ADJ"} or doc[k].lower_ in _LINKS | {"la", "l'", "les"}):
                    k += 1
                if k > end + 1 and k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].text[:1].isupper() and doc[k + 1].text[1:2].isupper():
                    end = k
            if words == ("ordre",) and end == head_end + 1 and doc[head_end].lower_ in {"régional", "national", "départemental"}:
                continue  # "L'Ordre régional représente …": the order's council named before, an anaphor
            if words[0] == "académie" and end + 3 < len(doc) and doc[end].text == ",":
                # "Académie des sciences, belles-lettres et arts de Savoie": a learned society's fields, then its place
                k = end + 1
                while k < len(doc) and k - end < 8 and (doc[k].is_lower and doc[k].text.replace("-", "").isalpha() and doc[k].lower_ not in _LINKS or doc[k].text == ","):
                    k += 1
                if k + 1 < len(doc) and k > end + 1 and doc[k].lower_ in _LINKS and is_capitalized(doc[k + 1]) and doc[k - 1].pos_ == "NOUN":
                    end = extend_name(doc, k + 1)
                    kind = "association"  # (a learned society, not an académie of the national education)
            if words[0] in _SERVES_KNOWN and nxt is not None and nxt.lower_ in _LINKS:
                # "la Fondation des Hospices civils de Lyon": the name runs to the end of the known body it serves
                articled = doc[head_end + 1 : head_end + 2].text.lower() in {"la", "l'"}
                known = gazetteer_ends.get(head_end + 2) if articled else gazetteer_ends.get(head_end + 1) or gazetteer_ends.get(head_end + 2)
                end = max(end, known or end)
            if words[0] in _SERVES_KNOWN and end in gazetteer_ends.values():
                inner = None  # ("… de Lyon (HCL)": the acronym spells the known body, not the foundation)
            else:
                end = self._to_acronym(doc, i, end)
                end, inner = self._across_acronym(doc, end, i)
            if not is_capitalized(tok) and i > 0 and doc[i - 1].lower_ in {"option", "atelier", "ateliers", "classe", "classes", "spécialité", "cours"}:
                continue  # "l'option théâtre du lycée Victor-Hugo": a subject taught, not a theatre
            if words == ("centre",) and i > 0 and (doc[i - 1].lower_ == "la" or nxt is not None and nxt.lower_ in self.nationalities):
                continue  # "la centre fidjienne Litia X", "le centre néo-zélandais X": a player's position
            if not is_capitalized(tok) and i > 0 and (doc[i - 1].lower_ in {"un", "une", "chaque"} or is_ordinal(doc[i - 1])):
                continue  # "le deuxième centre de greffe de France": a ranking, not a name ("chaque commune du Pays d'Auge": any of them)
            if words[0] == "direction" and i > 1 and doc[i - 1].lower_ == "la" and doc[i - 2].lower_ == "sous":
                continue  # "sous la direction de la professeure X": who supervised, not a service
            if is_capitalized(tok) and _portfolio(doc, i):
                continue  # "ministre déléguée chargée de l'Organisation territoriale et des Professions de santé": a field, not a body
            if i > 1 and doc[i - 1].lower_ in {"de", "du"} and doc[i - 2].lower_ == "hôtel" and words[0] in {"région", "ville", "département", "agglomération", "métropole"}:
                continue  # "à l'hôtel de Région de Montpellier": a building, the seat of a body named otherwise
            if words == ("ville",) and not is_capitalized(tok) and i > 1 and (doc[i - 2].lower_ in {"dans", "vers", "sur", "travers", "toute", "entière"}
                                                                               or doc[i - 1].lower_ in {"une", "notre", "cette", "sa", "leur"}
                                                                               or i > 2 and doc[i - 3].lower_ in {"habitants", "centre", "cœur", "rues", "quartiers", "entrée", "portes"}):
                continue  # "dans la ville de Nancy", "une ville de 12 000 habitants": the town as a place
            if words[0] in {"caisse", "agence", "antenne", "délégation", "succursale"} and not is_capitalized(tok) and i > 0 and doc[i - 1].lower_ in {"sa", "son", "leur"} \
                    and nxt is not None and nxt.lower_ in {"de", "d'", "du"}:
                continue  # "le directeur de sa caisse de Saint-Malo": a branch of the bank just named, no body of its own
            if words[0] == "mairie" and i > 0 and doc[i - 1].lower_ in {"en", "à"}:
                continue  # "quatre permanences en mairie de Varennes": a place, the town hall
            if words == ("commune",) and not is_capitalized(tok) and i > 0 and doc[i - 1].is_lower and doc[i - 1].pos_ == "NOUN":
                continue  # "la liste commune de la FDSEA et des JA", "une position commune": an adjective, shared
            if words == ("commune",) and not is_capitalized(tok) and i > 1 and doc[i - 1].text == "," and is_capitalized(doc[i - 2]):
                continue  # "Hünfeld, commune de Hesse de 16 500 habitants": a town described, no body
            if words == ("direction",) and not is_capitalized(tok) and nxt is not None and nxt.lower_ in _LINKS:
                k = head_end + 1 + (doc[head_end + 1 : head_end + 2].text.lower() in {"la", "l'", "le"})
                if k < len(doc) and is_capitalized(doc[k]) and (self.heads.at(doc, k, lowers) is not None or self.apposition.at(doc, k) is not None):
                    continue  # "nommée à la direction de la Scène nationale du Lot": the body's leadership, not a service
            common = self.common_nouns.at(doc, i)
            if not is_capitalized(tok) and common is not None and common[1] > head_end:
                continue  # "la société de capital-risque Demeter": the common noun introduces the name
            if not is_capitalized(tok):
                # "université de Bordeaux", "université Lumière Lyon 2", "agence de l'eau
                # Rhône Méditerranée Corse"; otherwise "la région" is an anaphor at most
                after_adj = nxt is not None and nxt.pos_ == "ADJ" and nxt.is_lower and head_end + 1 < len(doc) and is_capitalized(doc[head_end + 1])
                after_adj = after_adj and not (common is not None and common[1] == head_end and common[0] == "company")  # ("la société lyonnaise Airsentis": a description, then the name)
                # ("la société des Amis du musée X", not "la société de biotechnologie lyonnaise X": a description, then the name)
                described = words == ("société",) and nxt is not None and nxt.lower_ in _LINKS and head_end + 1 < len(doc) and doc[head_end + 1].is_lower \
                    and doc[head_end + 1].lower_ not in {"la", "l'", "les"}
                lower_ok = not described and (words[0] in self.lowercase_first or words in self.lowercase_heads) and nxt is not None and (
                    nxt.lower_ in _LINKS or is_capitalized(nxt) and (common is None or common[1] < head_end) or after_adj
                )  # "le lycée professionnel Jean-Moulin de Thouars" (and "le fonds de dotation Guilhaumon": a head longer than the common noun "fonds")
                # "office public de l'habitat de Loire-Atlantique", "direction régionale des
                # affaires culturelles de Bretagne" (a direction: a State service, not "la
                # direction générale de Renault"; an organ: not "le conseil scientifique de l'Inserm")
                adj_link = nxt is not None and nxt.pos_ == "ADJ" and nxt.is_lower and head_end + 1 < len(doc) and doc[head_end + 1].lower_ in _LINKS
                if words[0] == "direction":
                    adj_link = adj_link and nxt.lower_ in _SERVICE_SCOPES
                # (not "la société coopérative d'intérêt collectif Habitat Solidaire": a common noun before a name)
                # (nor "l'office public de l'habitat Lyon Métropole Habitat": a name set after the description)
                juxtaposed = any(is_capitalized(doc[k]) and doc[k - 1].is_lower and doc[k - 1].lower_ not in _LINKS | {"la", "le", "les"} for k in range(head_end + 1, end))
                # (unless an acronym of the description follows with the same name: "direction interdépartementale
                # des routes Centre-Est (DIR Centre-Est)")
                juxtaposed = juxtaposed and not self._acronym_repeats(doc, i, end)
                # (nor a région or a département right after the description: "la chambre régionale d'agriculture Auvergne-Rhône-Alpes")
                first_capital = next((k for k in range(head_end + 1, end) if is_capitalized(doc[k])), None)
                juxtaposed = juxtaposed and not (first_capital is not None and self._place_end(doc, first_capital) == end)
                lower_ok = lower_ok or words[0] in self.lowercase_first and adj_link and words[0] not in _ORGANS and self.common_nouns.at(doc, i) is None and not juxtaposed
                if words[0] == "direction" and nxt is not None and (len(words) > 1 and is_capitalized(nxt) or nxt.lower_ in _SERVICE_SCOPES and head_end + 1 < len(doc)
                                                                    and is_capitalized(doc[head_end + 1])):
                    continue  # "prend la direction régionale Grand Est": a company's unit named by its territory, not a State service
                if words[0] in {"délégation", "service", "direction"} and nxt is not None and nxt.lower_ in _UNIT_SCOPES and head_end + 1 < len(doc) \
                        and (is_capitalized(doc[head_end + 1]) or self._territory_after(doc, head_end + 1) == end):
                    continue  # "a dirigé le service départemental du Morbihan, puis la délégation interrégionale Centre-Val de Loire": units named by their territory
                if words in {("centre",), ("agence",)} and nxt is not None and nxt.lower_ in _LINKS and _only_place(doc, head_end + 1, end):
                    continue  # "un ancien garage du centre de Cholet": a town centre; "l'agence de Clamecy": a branch named by its town
                if words == ("centre",) and doc[head_end : head_end + 3].text.lower() in {"de formation du", "de formation de", "de formation des"}:
                    continue  # "le centre de formation du Vélo Club Lorientais": a club's academy, the club named after it
                if words == ("centre",) and nxt is not None and nxt.lower_ in {"aquatique", "commercial", "nautique"} and doc[head_end + 1 : head_end + 2].text.lower() in _LINKS:
                    continue  # "le nouveau centre aquatique de Saint-Berthevin": a facility, not a body
                # ("le conseil de métropole de Montpellier Méditerranée Métropole": an organ, then the body it belongs to)
                organ_of = words[0] == "conseil" and any(doc[k - 1].lower_ in _LINKS and (k, end) in trailing_names for k in range(head_end + 1, end))
                # ("la métropole de Montpellier Méditerranée Métropole": the body's kind, then its name)
                kind_of = kind == "municipality" and (head_end + 1, end) in trailing_names
                if nxt is not None and nxt.lower_ in _LINKS and ((head_end + 1, end) in named_elsewhere and words[0] not in _SERVES_KNOWN or organ_of or kind_of):
                    # "l'observatoire de Tourisme Bretagne": a unit of an organization named on its own
                    # (not "la Fondation des Hospices civils de Lyon": a body of its own, named after the one it serves)
                    continue
                if words[0] == "direction" and nxt is not None and nxt.lower_ in _LINKS | {"de"} and head_end + 2 < len(doc) and (
                        self.heads.at(doc, head_end + 1) or self.heads.at(doc, head_end + 2) or self.anaphora.at(doc, head_end + 2)):  # ("la direction de la Scop")
                    continue  # "prend la direction de l'Agence X": the agency is the organization
                if words[0] == "syndicat" and end == head_end + 2 and nxt is not None and nxt.lower_ in {"du", "de"} and is_capitalized(doc[head_end + 1]) \
                        and self.anaphora.at(doc, head_end + 1):
                    continue  # "le syndicat mixte du Parc": the body that runs the Parc named before, that Parc
                named = lower_ok and any(is_capitalized(t) for t in doc[head_end:end])
                # "la direction départementale de la sécurité publique": a State service named by its field alone
                named = named or lower_ok and words[0] == "direction" and adj_link and end - head_end >= 3
                # "la faculté de médecine et de pharmacie": a faculty named by its fields alone
                fields = words == ("faculté",) and nxt is not None and nxt.lower_ in {"de", "des"} and end - head_end >= 2 and doc[head_end + 1].pos_ == "NOUN" \
                    and all(t.is_lower for t in doc[head_end:end])
                if fields:
                    end = _field_list_end(doc, end)  # "la faculté de droit, économie et sciences sociales"
                named = named or fields
                if not named and not self._spelled_out(doc, i, inner[0] - 1 if inner else end):
                    spans += self._anaphor(doc, i, head_end)
                    k = next((k for k in range(head_end, min(end, head_end + 5)) if is_capitalized(doc[k])), None)
                    if (juxtaposed and k is not None and k - i >= 3 and doc[k - 1].pos_ == "NOUN" and all(t.is_lower or t.text in {"'", "’"} for t in doc[head_end:k])
                            and words[0] not in _ORGANS | {"assemblée", "direction", "service"} and not any(self.common_nouns.at(doc, n) or self.heads.at(doc, n) or self.anaphora.at(doc, n) for n in range(head_end, k))
                            and not any(doc[n].lower_ in self.ranks for n in range(head_end, k))):  # (not "sous l'autorité du vice-amiral d'escadre X": a rank, then a person)
                        # "l'office public de l'habitat Limoges Habitat": a name right after a description of
                        # several words, which introduces it (its alias)
                        own_end = extend_name(doc, k, stop=self.head_words | _LINKS)
                        span, data = self._span(doc, k, own_end, kind if kind != "any" else "other", via="common_noun")
                        data["alias"] = [doc[i].idx, doc[own_end - 1].idx + len(doc[own_end - 1])]
                        spans.append((span, data))
                    continue
            if words == ("service",) and not is_capitalized(tok) and nxt is not None and nxt.is_lower and nxt.is_alpha and nxt.pos_ in {"NOUN", "ADJ"} \
                    and not nxt.lower_.startswith(_SERVICE_SCOPE_STEMS) and any(
                    doc[k - 1].lower_ in _LINKS and is_capitalized(doc[k]) for k in range(head_end + 1, end)):
                continue  # "le service planification de Nantes Métropole": a unit of the organization named after it
            # ("la délégation Bretagne et Pays de la Loire du CNRS": a second place after "et", then the parent)
            reach = end
            if words[0] in _UNITS and reach + 1 < len(doc) and doc[reach].lower_ == "et" and is_capitalized(doc[reach + 1]):
                reach = next((k for k in range(reach + 1, min(len(doc), reach + 8)) if doc[k].is_punct or doc[k].pos_ in {"VERB", "AUX"}), min(len(doc), reach + 8))
            if words[0] in _UNITS and not is_capitalized(tok) and any(doc[k - 1].lower_ in _LINKS | {"l'", "la"} and (self.heads.at(doc, k) or k in gazetteer_starts) for k in range(head_end + 1, reach)):
                continue  # "la délégation Armor-Finistère de l'agence de l'eau X": a unit of the organization named after it
            if words == ("délégation",) and not is_capitalized(tok) and end > head_end and _only_place(doc, head_end, end):
                continue  # "La délégation Bretagne et Pays de la Loire accompagne …": a body's unit named by its territory
            if words[0] == "centre" and not is_capitalized(tok) and any(doc[k - 1].lower_ in _LINKS | {"l'", "la"} and k in gazetteer_starts for k in range(head_end + 1, end)):
                continue  # "le centre de recherches archéologiques de l'Inrap": a site of a known body
            if end > head_end and _line_start(doc, i) and all(t.is_lower for t in doc[head_end:end]) and doc[end : end + 1].text in {",", ":"}:
                continue  # "Banque coopérative, la Caisse X compte …": a fronted description, not a name ("Transports scolaires : …", a heading's topic)
            if end > head_end and _line_start(doc, i) and all(t.is_lower for t in doc[head_end:end]) \
                    and any(doc[c].text == ":" and all(t.is_lower and t.is_alpha for t in doc[end:c]) for c in range(end + 1, min(len(doc), end + 3))):
                continue  # "Conseil juridique investisseur : Delsol Avocats": a list's label, not a name
            if end > head_end and (_line_start(doc, i) or doc[i - 1].text in {".", "»"}) and all(t.is_lower for t in doc[head_end:end]) \
                    and (doc[end : end + 1].text == "par" or is_participle(doc[end - 1]) and doc[end : end + 1].text in {"sous", "à", "en", "dans", "pour", "sur", "depuis"}):
                # ("Établissement public placé sous la tutelle du ministère …, VNF gère …")
                continue  # "Établissement public de coopération culturelle financé par la Ville, le théâtre …": a description
            if end > head_end:
                span, data = self._span(doc, i, end, kind, via="head")
                if inner is not None:
                    # "Agence régionale de santé (ARS) Occitanie": named without the acronym
                    data["name"] = f"{doc[i : inner[0] - 1].text} {doc[inner[1] + 1 : end].text}"
                    data["acronym"] = list(inner)
                    data["short"] = f"{doc[inner[0] : inner[1]].text} {doc[inner[1] + 1 : end].text}"  # "CHU de Rennes"
                    if doc[inner[0] : inner[1]].text in _LEGAL_FORMS and is_capitalized(doc[inner[1] + 1]):
                        # "la société coopérative d'intérêt collectif (SCIC) Écrans d'Auvergne": a legal form, then the name
                        data["name"] = data["short"] = doc[inner[1] + 1 : end].text
                spans.append((span, data))
            else:
                spans += self._anaphor(doc, i, head_end)
        return spans

    @staticmethod
    def _acronym_repeats(doc: Doc, start: int, end: int) -> bool:
        """Whether "(ACRONYM Name)" right after ``end`` spells the lower-case
        description of doc[start:end] and repeats its capitalized name."""
        if end + 3 >= len(doc) or doc[end].text != "(" or not doc[end + 1].is_upper:
            return False
        close = closing(doc, end + 1, ")", 7)
        first_cap = next((k for k in range(start + 1, end) if is_capitalized(doc[k])), None)
        if close is None or first_cap is None:
            return False
        return doc[end + 2 : close].text == doc[first_cap:end].text and abbreviates(doc[end + 1].text, [t.text for t in doc[start:first_cap]])

    @staticmethod
    def _to_acronym(doc: Doc, start: int, end: int) -> int:
        """"Réseau francophone des villes amies des aînés (RFVAA)": a name the
        rules cut short runs on to the acronym that spells all of it."""
        close = parenthesis_ahead(doc, end)
        return close if close is not None and close > end and _spelled_by_acronym(doc, start, close) else end

    @staticmethod
    def _spelled_out(doc: Doc, start: int, end: int) -> bool:
        """A lower-case name is a name when its acronym follows and spells it:
        "direction régionale des affaires culturelles (DRAC)" (not a plural kind
        of place: "établissements d'hébergement pour personnes âgées (EHPAD)")."""
        return end - start >= 3 and "Plur" not in doc[start].morph.get("Number") and _spelled_by_acronym(doc, start, end)

    def _by_spelled_acronym(self, doc: Doc) -> list[Candidate]:
        """"Laboratoire énergies et mécanique théorique et appliquée (LEMTA)": a
        capitalized name of common words that the acronym after it spells."""
        out = []
        for p in (t.i for t in doc if t.text == "(" and t.i + 2 < len(doc) and (doc[t.i + 2].text == ")" or doc[t.i + 2].text.isdigit() and doc[t.i + 3 : t.i + 4].text == ")")):
            acronym = doc[p + 1]  # ("(SDIS 22)": with its département's number)
            if not (acronym.is_upper and acronym.is_alpha and len(acronym) >= 3) or acronym.text in self.term_words:
                continue
            lo = p - 1
            while lo > 0 and p - lo < 16 and ((doc[lo - 1].is_lower or doc[lo - 1].text in {"'", "-"}) and (doc[lo - 1].pos_ not in {"VERB", "AUX"} or "Part" in doc[lo - 1].morph.get("VerbForm")) and not doc[lo - 1].is_punct
                                              or doc[lo - 1].text == "," and doc[lo].lower_ in {"des", "du", "de"}):
                lo -= 1  # (a comma inside an enumerated name: "direction générale des infrastructures, des transports et des mobilités (DGITM)")
            start = lo - 1 if lo > 0 and is_capitalized(doc[lo - 1]) and not doc[lo - 1].is_punct else None
            if start is None or not _spelled_by_acronym(doc, start, p):
                # "au laboratoire de conception et d'intégration des systèmes (LCIS)": a head in lower case
                # (one body after a definite article; not "des établissements d'hébergement … (Ehpad)": a class of places)
                # (or its words after the head: "du laboratoire des sciences de l'ingénieur appliquées … (SIAME)")
                # ("le syndicat énergies Haute-Vienne (SEHV)": a place's name among the words the acronym spells)
                start = next((c for c in range(max(min(lo, p - 15), 1), p - 2) if (self.heads.at(doc, c) or self.common_nouns.at(doc, c)) and doc[c - 1].lower_ in _DEFINITE | {"de"}
                              and (c >= lo or not any(t.is_punct and t.text not in {"-", "'", "’"} or is_break(t) or t.is_space for t in doc[c:p]))
                              and "Plur" not in doc[c].morph.get("Number") and (_spelled_by_acronym(doc, c, p) or doc[c].lower_ == "laboratoire" and doc[c + 1].lower_ in {"des", "de", "du"}
                                                                              and abbreviates(doc[p + 1].text, [t.text for t in doc[c + 2 : p]]))), None)
            if start is not None and start > 0 and doc[start - 1].lower_ in _UNIT_NOUNS:
                continue  # "le département Génie électrique et informatique industrielle (GEII) de l'IUT": a unit or a course
            if start is not None and p - start >= 3 and (_spelled_by_acronym(doc, start, p) or doc[start].lower_ == "laboratoire"):
                head = self.heads.at(doc, start)
                out.append(self._span(doc, start, p, head[0] if head else "other", via="spelled"))
        return out

    def _runs_past_acronym(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """"Jeunes Agriculteurs (JA) du Gers", "Mutualité sociale agricole (MSA)
        Midi-Pyrénées Sud": a name the acronym spells, going on after it."""
        out = []
        for span, data in candidates:
            if data.get("anaphor") or data.get("acronym") or not _spelled_by_acronym(doc, span.start, span.end):
                continue
            end, inner = self._across_acronym(doc, span.end, span.start)
            if inner is None:
                continue
            new, new_data = self._span(doc, span.start, end, data["kind"], via=data["via"])
            new_data["name"] = f"{span.text} {doc[inner[1] + 1 : end].text}"
            new_data["acronym"] = list(inner)
            new_data["short"] = f"{doc[inner[0] : inner[1]].text} {doc[inner[1] + 1 : end].text}"
            out.append((new, new_data))
        return out

    def _across_acronym(self, doc: Doc, end: int, start: int | None = None) -> tuple[int, tuple[int, int] | None]:
        """A name that goes on after its acronym: "Centre hospitalier universitaire
        (CHU) de Rennes", "caisse d'assurance retraite et de la santé au travail
        (Carsat) de Normandie" (a mixed-case acronym that spells the name),
        "Mutualité sociale agricole (MSA) Côtes normandes" (an adjective after the
        place). Returns the new end and the acronym's token range."""
        if end + 3 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            acronym = doc[end + 1]
            if not (acronym.is_upper or start is not None and is_capitalized(acronym) and abbreviates(acronym.text, [t.text for t in doc[start:end]])):
                return end, None
            after = end + 3
            if is_capitalized(doc[after]) or doc[after].lower_ in _LINKS and after + 1 < len(doc) and (is_capitalized(doc[after + 1]) or doc[after + 1].lower_ in {"la", "l'"}):
                new_end = extend_name(doc, after, stop=self.head_words)
                if new_end > after and new_end + 1 < len(doc) and doc[new_end].is_lower and doc[new_end].pos_ == "ADJ" and is_capitalized(doc[new_end - 1]) and doc[new_end + 1].pos_ != "DET":
                    new_end += 1  # "Côtes normandes"
                if new_end > after:
                    return new_end, (end + 1, end + 2)
        return end, None

    @staticmethod
    def _repeats(doc: Doc, orgs: list[Span], blocked: list[Span]) -> list[Candidate]:
        """Every other occurrence of a proper name already found as an
        organization ("Orvane" in "présidente-directrice générale d'Orvane")."""
        names: dict[tuple[str, ...], Span] = {}
        for org in orgs:
            data = org._.org
            stated = data.get("via") in {"common_noun", "apposition", "gazetteer", "initials"}  # "la start-up Kargo": a name, whatever its tag
            if not data.get("anaphor") and is_capitalized(org[0]) and (stated or any(t.pos_ == "PROPN" or t.is_upper for t in org)):
                names.setdefault(tuple(t.text for t in org), org)
                tail = org[1:]
                if len(org) > 1 and not org[0].is_upper and all(t.is_upper or t.text == "-" for t in tail) and max(len(t) for t in tail) > 2 and tail[0].text != "-":
                    names.setdefault(tuple(t.text for t in tail), org)  # "l'Institut FEMTO-ST", then "FEMTO-ST"
        # "le cinéma Le Méliès", then "programmatrice du Méliès": the name's article contracted with "de" or "à"
        contracted = {tuple(t.text for t in org[1:]): (org, {"Le": {"du", "au"}, "Les": {"des", "aux"}}[org[0].text])
                      for org in orgs if len(org) > 1 and org[0].text in {"Le", "Les"} and not (org._.org or {}).get("anaphor") and is_capitalized(org[1])}
        found = []
        # "Isabelle Vernier" is a person even where "Vernier" is the group's name
        persons = [e for e in doc.ents if e.label_ == "PER" and len(e) > 1]
        taken = list(orgs) + list(blocked)
        for words, org in names.items():
            n = len(words)
            for i in occurrences(doc, words):
                # (a shorter span inside it gives way: "Sud Atlantic" in "Habitat Sud Atlantic nomme …")
                if any(t.start < i + n and i < t.end and not (i <= t.start and t.end <= i + n and len(t) < n and (t._.org or {}).get("via") == "ner") for t in taken):
                    continue
                if any(p.start <= i and i + n <= p.end and len(p) > n for p in persons):
                    continue
                data = dict(org._.org, via="repeat")
                if n < len(org):
                    data["name"] = data.get("name") or org.text  # (the acronym alone names the same body)
                found.append((Span(doc, i, i + n, label="ORG"), data))
        for words, (org, links) in contracted.items():
            n = len(words)
            for i in occurrences(doc, words):
                if i == 0 or doc[i - 1].lower_ not in links or any(t.start < i + n and i < t.end for t in taken):
                    continue
                found.append((Span(doc, i, i + n, label="ORG"), dict(org._.org, via="repeat", name=(org._.org or {}).get("name") or org.text)))
        return found

    def _by_initials(self, doc: Doc, blocked: list[Span]) -> list[Candidate]:
        """"la Française des Jeux (FDJ)": a capitalized name whose initials are
        the acronym in parentheses after it."""
        spans = []
        for i, tok in enumerate(doc):
            if tok.text != "(" or i + 2 >= len(doc) or doc[i + 2].text != ")" or not doc[i + 1].is_upper or len(doc[i + 1]) < 2:
                continue
            acronym = doc[i + 1].text
            start = i
            while start > 0 and i - start < 10 and (is_capitalized(doc[start - 1]) or doc[start - 1].lower_ in _LINKS | {"la", "l'", "et"}):
                start -= 1
            while start < i and not is_capitalized(doc[start]):
                start += 1
            words = [t for t in doc[start:i] if is_capitalized(t)]
            every = [t for t in doc[start:i] if t.is_alpha]  # "Française des Jeux (FDJ)" counts the "des"
            initials = {fold("".join(t.text[0] for t in ws)) for ws in (words, every)}
            if len(words) >= 2 and fold(acronym) in initials and not overlaps((start, i), blocked):
                spans.append(self._span(doc, start, i, "other", via="initials"))
                continue
            # "Réunion des musées métropolitains Rouen Normandie (RMM)": lower-case words inside
            for s in range(max(0, i - 10), i - 1):
                inside = doc[s:i]
                if s > 0 and doc[s - 1].lower_ in _UNIT_NOUNS:
                    break  # "le département Génie électrique et informatique industrielle (GEII) de l'IUT": a unit or a course
                if is_capitalized(doc[s]) and not doc[s].is_stop and all(t.is_alpha or t.text in {"'", "-"} for t in inside) and not any(is_break(t) for t in inside):
                    if abbreviates(acronym, [t.text for t in inside]) and not overlaps((s, i), blocked):
                        spans.append(self._span(doc, s, i, "other", via="initials"))
                    break
        return spans + self._spelled_elsewhere(doc, blocked)

    @staticmethod
    def _spelled_elsewhere(doc: Doc, blocked: list[Span]) -> list[Candidate]:
        """"En Avant Guingamp annonce … L'EAG termine la saison": an acronym of
        three letters or more the text uses without parentheses, and three or
        more capitalized words elsewhere that it spells, are one organization."""
        spans = []
        acronyms = {t.text for t in doc if t.is_upper and t.is_alpha and 3 <= len(t) <= 6}
        if not acronyms:
            return spans
        for i in range(len(doc) - 2):
            if not is_capitalized(doc[i]) or i > 0 and is_capitalized(doc[i - 1]) and not is_break(doc[i - 1]) and not doc[i - 1].is_sent_start:
                continue
            end = i
            while end < len(doc) and end - i < 6 and is_capitalized(doc[end]) and doc[end].is_alpha and not doc[end].is_upper and (end == i or not is_break(doc[end - 1])):
                end += 1
            for k in range(end, i + 2, -1):
                initials = "".join(t.text[0] for t in doc[i:k]).upper()
                if initials in acronyms and not overlaps((i, k), blocked) and not any(e.label_ == "PER" and e.start <= i and k <= e.end for e in doc.ents):
                    spans.append(OrganizationFinder._span(doc, i, k, "other", via="initials"))
                    break
        return spans

    def _not_a_name(self, span: Span, anaphor: bool = False) -> bool:
        """"Assemblée générale", "Conseil d'administration": an organ, not
        an organization, also when the organization it belongs to follows
        ("Service presse de la Région Occitanie": the Région is its own mention)."""
        found = self.not_names.at(span.doc, span.start)
        if found is not None and len(span) == 1 and span[0].is_upper and anaphor:
            found = None  # "Fondée en 2004, la PME emploie …": a mention of the company, though "PME" alone names none
        if found is not None and (found[1] >= span.end or span.doc[found[1]].lower_ in _LINKS):
            return True
        if self._internal_unit(span):
            return True
        if span.text == "État" and span.start > 2 and span.doc[span.start - 2].lower_ == "de" and span.doc[span.start - 3].lower_ in {"administrateur", "administratrice", "administrateurs", "attaché", "attachée", "inspecteur", "inspectrice"}:
            return True  # "administrateur de l'État": a corps of the civil service, not the State as a party
        if span.start > 0 and span.doc[span.start - 1].text in {"Prix", "Trophée", "Trophées", "Concours", "Challenge"}:
            return True  # "le Prix Ateliers de France": the prize's name, not a body
        if span.start > 0 and span.doc[span.start - 1].lower_ in {"salon", "forum"} and span[0].text not in {"Le", "La", "Les"}:
            return True  # "au salon Global Industrie": a trade fair, an event
        if span[0].lower_ == "centre" and span[0].is_lower and len(span) > 1 and span[1].ent_type_ == "PER" and any(t.lower_ in self.players for t in span.sent if t.i not in range(span.start, span.end)):
            return True  # "du centre Hugo X, champion de France espoirs, et de l'arrière Y": a player
        if span[0].lower_ == "délégation" and span[0].is_lower and len(span) > 2 and span[1].lower_ in _LINKS and all(t.ent_type_ == "LOC" or t.is_punct or t.lower_ in _LINKS for t in span[2:]):
            return True  # "directrice adjointe de la délégation des Pyrénées-Atlantiques": an agency's unit for a place
        if span[0].lower_ == "service" and span[0].is_lower and span.start > 0 and span.doc[span.start - 1].lower_ == "au":
            return True  # "six années au service des Quimperlois": serving, not a service
        if span[0].lower_ == "agglomération" and span[0].is_lower and span.start > 1 and span.doc[span.start - 2].lower_ == "dans":
            return True  # "des opérations dans l'agglomération de Périgueux": an urban area
        if _competition(span) or span[0].text == "Pôle" and len(span) > 1 and span[1].text in {"France", "Espoir", "Espoirs"}:
            return True  # "championne de Ligue féminine", "évolue en Ligue A"; "le Pôle France de l'INSEP": a training unit
        if span.start > 2 and span[0].lower_ == "éducation" and span.doc[span.start - 3 : span.start - 1].text.lower() == "services de":
            return True  # "directeur académique des services de l'Éducation nationale du Doubs": a title's words
        return self.event_heads.at(span.doc, span.start) is not None  # "Prix Ateliers de France": a prize

    @staticmethod
    def _internal_unit(span: Span) -> bool:
        """A department of the issuer, not a body of its own: "Direction de la
        communication", "Bureau de la communication interministérielle" (a
        communication unit anywhere), and a letterhead line naming a unit in
        lower-case words right after its "de" ("Direction des sécurités" under
        "PRÉFET DE LA SOMME"; not "Direction départementale des territoires",
        nor "Direction territoriale Sud-Ouest")."""
        if span[0].lower_ not in _UNIT_HEADS | {"bureau", "cabinet", "cellule"} or len(span) < 2:
            return False
        if any(t.lower_ == "communication" for t in span[1:]):
            return True
        doc = span.doc
        whole_line = (span.start == 0 or "\n" in doc[span.start - 1].whitespace_ or doc[span.start - 1].is_space) and \
            (span.end == len(doc) or "\n" in span[-1].whitespace_ or doc[span.end].is_space)
        in_header = doc[: span.start].text.count("\n") < 6
        return whole_line and in_header and span[1].lower_ in _LINKS and all(t.is_lower or t.is_punct for t in span[1:])

    def _by_trailing_head(self, doc: Doc) -> list[Candidate]:
        """"Nantes Métropole", "Grand Besançon Agglomération": a head after the name."""
        spans = []
        for i, tok in enumerate(doc):
            found = self.trailing_heads.at(doc, i) if is_capitalized(tok) else None
            if found is None or i == 0 or not is_capitalized(doc[i - 1]):
                continue
            kind, end = found
            start = i
            while start > 0 and i - start < 5 and (is_capitalized(doc[start - 1]) and not doc[start - 1].is_stop or doc[start - 1].text == "-" and not doc[start - 1].whitespace_
                                                  or doc[start - 1].lower_ in {"de", "du", "d'"} and start > 1 and is_capitalized(doc[start - 2]) and not doc[start - 2].is_stop):
                start -= 1  # ("Pays de Montbéliard Agglomération")
            if start < i:
                # "Lyon Métropole Habitat": the name may go on after its trailing head
                more = end
                while more < len(doc) and is_capitalized(doc[more]) and doc[more].text in self.suffixes and not doc[more].is_sent_start:
                    more += 1
                if more == end and end < len(doc) and is_capitalized(doc[end]) and not doc[end].is_sent_start and doc[end].whitespace_ is not None:
                    more = end = extend_name(doc, end)  # "Tours Métropole Val de Loire": the territory after the head
                    spans.append(self._span(doc, start, end, kind, via="head"))
                    continue
                # ("Transdev Nîmes Métropole": a known company's local subsidiary, not the métropole)
                company = more > end or self.gazetteer.get(doc[start].text, ("", ""))[1] == "company"
                spans.append(self._span(doc, start, more, "company" if company else kind, via="head"))
        return spans

    def _by_club_word(self, doc: Doc) -> list[Candidate]:
        """"Brest Iroise Canoë-Kayak", "Rennes Atalante Handball": capitalized words
        ending with a sport's name make a club's name (the model may split it)."""
        spans = []
        texts = [t.text for t in doc]  # (one pass: a Token is built only where a word may open a rule)
        for i, text in enumerate(texts):
            if text not in self.sport_words or i == 0:
                continue
            end = i + 1
            while end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_ and doc[end - 1].whitespace_ == "" and doc[end + 1].text in self.sport_words:
                end += 2  # "Canoë-Kayak"
            start = i
            while start > 0 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and start > 1 and doc[start - 2].text in self.sport_words:
                start -= 2
            first = _name_before(doc, start, past_persons=True)
            if any(t.ent_type_ == "PER" for t in doc[first:start]) and not (first > 0 and doc[first - 1].lower_ in {"le", "la", "les", "l'", "du", "au", "aux", "des"}):
                # (a person's name before a sport's word, unless an article opens the run:
                # "Le Chambray Sud Touraine Handball", which the model half takes for a person)
                first = _name_before(doc, start, past_persons=False)
            while end < len(doc) and doc[end].text in self.club_words:
                end += 1  # "… Mayenne Football Club"
            end += _town_adjective_at(doc, end)  # "le Rugby Club vannetais": the town's adjective ends the name
            if first < start:
                spans.append(self._span(doc, first, end, "association", via="club"))
        for i, text in enumerate(texts[:-1]):
            # "le club de l'US Saint-Malo", "l'ES Blois": a club's initials, then its town (which the model may miss)
            if text in self.club_words and text.isupper() and 2 <= len(text) <= 4 and i > 0 and texts[i - 1].lower() in _DETERMINERS | _LINKS | {"à", "au"} \
                    and is_capitalized(doc[i + 1]) and not doc[i + 1].is_upper and doc[i + 1].ent_type_ != "PER":
                end = extend_name(doc, i + 1, limit=i + 5)
                if end > i + 1:
                    spans.append(self._span(doc, i, end, "association", via="club"))
        openers = {"association", "fédération", "union", "amicale", "groupe", "collectif", "liste", "club"}
        for i in (n for n, text in enumerate(texts[:-4]) if text in openers):
            tok = doc[i]
            # "l'association des irrigants de la Vienne", "la fédération des chasseurs du Cher": a body of a trade's
            # members named in lower case, with its territory
            if tok.lower_ in {"association", "fédération", "union", "amicale"} and tok.is_lower and i > 0 and doc[i - 1].lower_ in _DETERMINERS | _LINKS \
                    and doc[i + 1].lower_ == "des" and doc[i + 2].is_lower and doc[i + 2].pos_ == "NOUN":
                k = i + 3
                while k < len(doc) and k - i < 6 and doc[k].is_lower and doc[k].pos_ == "ADJ":
                    k += 1
                place_end = self._territory_after(doc, k) if k + 1 < len(doc) and doc[k].lower_ in {"de", "du", "d'"} else None
                if place_end is not None:
                    spans.append(self._span(doc, i, place_end, "association", via="head"))
            # "l'association pour le don de sang bénévole de Rouen": an association named by its purpose, with its town
            if tok.lower_ == "association" and tok.is_lower and i > 0 and doc[i - 1].lower_ in {"l'", "l’"} and doc[i + 1].lower_ == "pour":
                k = i + 2 + (doc[i + 2].lower_ in {"le", "la", "l'", "les"})
                if k < len(doc) and doc[k].is_lower and doc[k].pos_ == "NOUN":
                    k += 1
                    while k + 1 < len(doc) and k - i < 12 and (doc[k].is_lower and doc[k].pos_ in {"ADJ", "NOUN"} or doc[k].lower_ in {"de", "d'", "des", "du"} and doc[k + 1].is_lower and doc[k + 1].pos_ == "NOUN"):
                        k += 1 if doc[k].pos_ in {"ADJ", "NOUN"} else 2  # ("de sang bénévole": an adjective the tagger may call a noun)
                    if k + 1 < len(doc) and doc[k].lower_ in {"de", "d'"} and is_capitalized(doc[k + 1]) and doc[k + 1].ent_type_ == "LOC":
                        spans.append(self._span(doc, i, extend_name(doc, k + 1), "association", via="head"))
            # "le groupe « Agir pour le Grand Dax »", "le collectif « Vivre à Sète »": a political group's name in quotation marks
            # ("le groupe d'opposition « Saint-Dié Demain »": past the group's lower-case description)
            if tok.lower_ in {"groupe", "collectif", "liste"} and tok.is_lower:
                q = i + 1
                while q < min(len(doc) - 2, i + 5) and doc[q].is_lower and doc[q].text != "«" and doc[q].pos_ not in {"VERB", "AUX"}:
                    q += 1
                close = closing(doc, q, "»", 12) if q + 1 < len(doc) and doc[q].text == "«" and is_capitalized(doc[q + 1]) else None
                if close is not None and close > q + 1:
                    span, data = self._span(doc, q + 1, close, "association", via="common_noun")
                    data["alias"] = [tok.idx, doc[close].idx + 1]
                    spans.append((span, data))
            # "entraîne le club de Tarbes Gespe Bigorre": a club's name of several capitalized words after "le club de"
            if tok.lower_ == "club" and tok.is_lower and i > 0 and doc[i - 1].lower_ in _DETERMINERS and doc[i + 1].lower_ in {"de", "d'"} and is_capitalized(doc[i + 2]):
                end = extend_name(doc, i + 2, stop=_LINKS)
                if sum(1 for t in doc[i + 2 : end] if t.is_alpha) > 1 and not any(e.label_ == "PER" and e.start <= i + 2 < e.end for e in doc.ents):
                    span, data = self._span(doc, i + 2, end, "association", via="common_noun")
                    data["alias"] = [tok.idx, doc[end - 1].idx + len(doc[end - 1])]
                    spans.append((span, data))
        for i, text in enumerate(texts[:-1]):
            # "la Section paloise", "l'Union sportive dacquoise", "le Stade rochelais": a club noun and its town's adjective
            if text not in self.club_nouns:
                continue
            j = i + 1 + (doc[i + 1].lower_ in {"sportive", "sportif", "olympique", "athlétique", "club"} and i + 2 < len(doc))  # ("le Racing club landais")
            if j < len(doc) and doc[j].is_lower and _DEMONYM.search(doc[j].lower_):
                end = j + 1
                while end < len(doc) and doc[end].lower_ in self.club_tails:
                    end += 1  # "le Stade rennais rugby"
                spans.append(self._span(doc, i, end, "association", via="club"))
            elif j > i + 1 and j < len(doc) and is_capitalized(doc[j]):
                # "l'Association sportive Lannion handball": the club's town, then its sport in lower case
                end = extend_name(doc, j)
                if end < len(doc) and doc[end].is_lower and doc[end].lower_ in self.club_tails:
                    while end < len(doc) and doc[end].is_lower and doc[end].lower_ in self.club_tails:
                        end += 1
                    spans.append(self._span(doc, i, end, "association", via="club"))
        return spans

    def _second_word(self, doc: Doc, i: int, end: int) -> bool:
        """Whether "et" and the capitalized word after it, at ``end``, go on
        the one-word name the head at ``i`` introduced ("Causses et Ségala",
        "Domicile et Entraide"): not a person, another body or its head, and
        not the second of two parties ("entre la société X et Y")."""
        return end + 2 < len(doc) and doc[end].lower_ == "et" and is_capitalized(doc[end + 1]) and doc[end + 1].is_alpha \
            and doc[end + 1].ent_type_ != "PER" and doc[end + 1].text not in self.first_names and not self.heads.at(doc, end + 1) \
            and self.common_nouns.at(doc, end + 1) is None and doc[end + 1].text not in self.gazetteer and fold(doc[end + 1].text) not in self.places \
            and not any(t.lower_ == "entre" for t in doc[max(0, i - 4) : i])

    def _anaphor(self, doc: Doc, i: int, head_end: int) -> list[Candidate]:
        found = self.anaphora.at(doc, i)
        if found is None or i == 0:
            return []
        kind, end = found
        if end + 1 < len(doc) and doc[end].text in {"-", "‑"} and not doc[end - 1].whitespace_ and doc[end + 1].is_alpha:
            return []  # "l'état-major de la Marine": a compound word, not "l'État"
        if head_end > end and head_end < len(doc) and is_capitalized(doc[head_end]):
            return []  # "la région académique Occitanie": a longer head and its name, another body than "la région"
        if end < len(doc) and is_capitalized(doc[end]) and not is_break(doc[end - 1]) and doc[end - 1].whitespace_:
            return []  # "l'agence Auvergne-Rhône-Alpes Entreprises": a name follows, not an anaphor
        if end + 1 < len(doc) and doc[end].is_lower and doc[end].pos_ in {"ADJ", "NOUN"} and is_capitalized(doc[end + 1]) and not doc[end + 1].is_sent_start and doc[end + 1].ent_type_ != "LOC":
            return []  # "l'entreprise familiale Leduc Emballages", "la coopérative laitière X": an adjective, then the name
        if doc[i].lower_ in _ORGANS and end < len(doc) and doc[end].is_lower and doc[end].pos_ in {"ADJ", "NOUN"}:
            return []  # "la commission médicale", "la commission industrie", "le comité régional de l'eau": an organ, not a mention
        if doc[i].is_lower and end + 1 < len(doc) and doc[end].is_lower and doc[end].is_alpha and doc[end].pos_ == "NOUN" and doc[end].whitespace_ \
                and doc[end + 1].lower_ in {"du", "de", "des", "d'", "d’"} and not self.anaphora.at(doc, end) and not self.heads.at(doc, end):
            return []  # "chef du groupement prévision du SDIS des Landes": a unit named by its field, not a mention
        if end + 1 < len(doc) and doc[end].is_lower and doc[end].pos_ == "ADJ" and doc[end + 1].lower_ in {"de", "d'", "des", "du"}:
            return []  # "du laboratoire lorrain de recherche en informatique": a name in words, not a mention
        if doc[i].lower_ == "centre" and end < len(doc) and doc[end].lower_ in {"ancien", "historique", "médiéval", "commercial", "commerçant", "bourg"}:
            return []  # "la rénovation du centre ancien": a part of a town, no body
        if doc[i].lower_ == "parc" and end < len(doc) and doc[end].is_lower and doc[end].pos_ in {"ADJ", "NOUN"} and doc[end].lower_ not in {"naturel", "national"}:
            return []  # "le parc éolien en mer", "du parc photovoltaïque": a plant, not a mention of a park's body
        if doc[i].lower_ == "laboratoire" and end + 1 < len(doc) and doc[end].lower_ in {"de", "d'"} and _only_place(doc, end + 1, extend_name(doc, end + 1)):
            return []  # "où elle a dirigé le laboratoire de Lyon": a body's site named by its town, no mention of a body
        if doc[i].lower_ == "direction" and end < len(doc) and doc[end].lower_ in {"de", "du", "des", "d'"}:
            return []  # "la direction interrégionale de la mer Nord Atlantique": a description going on, not a mention
        if doc[i].lower_ == "ordre" and end < len(doc) and (doc[end].pos_ == "ADJ" or doc[end].lower_ in {"de", "d'", "du", "des"} and not doc[end + 1 : end + 2].text[:1].isupper()):
            return []  # "l'ordre public", "l'ordre du jour", "dans l'ordre de passage": no professional order
        if doc[i].lower_ in _ORGANS and end + 2 < len(doc) and doc[end].lower_ in {"de", "d'"} and doc[end + 1].lower_ in {"la", "l'"} and doc[end + 2].is_lower and doc[end + 2].pos_ == "NOUN" \
                and not self.anaphora.at(doc, end + 2) and not self.heads.at(doc, end + 2):
            return []  # "la commission de l'accès au droit": an organ named by its field, not a mention (not "le conseil de l'ordre")
        if end + 1 < len(doc) and doc[end].lower_ in {"de", "d'", "des", "du"} and doc[end + 1].is_lower and doc[end + 1].is_alpha and doc[end + 1].lower_ not in {"la", "l'", "le", "les"}:
            return []  # "le groupe d'opposition", "l'agence de voyages", "la commission des athlètes": another noun, not a mention
        prev = doc[i - 1].lower_
        # "sa Région", "présidente de Région" are fine when capitalized; a
        # lower-case head needs a definite article
        if is_capitalized(doc[i]):
            if prev not in _DETERMINERS | {"de"} or doc[i].is_upper and prev in {"les", "des", "aux", "leur", "de"}:
                return []  # ("les PME du territoire": an invariable acronym after a plural is a class, not a mention)
        elif prev not in _DEFINITE | {"cette", "cet", "ce"}:
            return []  # ("cette université": a demonstrative points back too)
        elif doc[i].lower_ in {"laboratoire", "unité"} and any(doc[k].lower_ == doc[i].lower_ and doc[k - 1].lower_ in {"un", "une"} and not is_capitalized(doc[k + 1])
                 and (doc[k - 2].lower_.startswith("cré") or doc[k - 2].lower_ in {"d'", "d’"} and doc[k - 3].lower_.startswith("créat")) for k in range(3, i)):
            return []  # "… qui crée un laboratoire mixte international. Le laboratoire réunira …": the new one, which the text does not name
        return [self._span(doc, i, end, kind, via="anaphor", anaphor=True)]

    def _by_common_noun(self, doc: Doc) -> list[Candidate]:
        spans = []
        for i, tok in enumerate(doc[:-1]):
            found = self.common_nouns.at(doc, i)
            lowercase_or_acronym = tok.is_lower or tok.is_upper and len(tok) > 1  # "la start-up X", "la PME X"
            # "Coopérative Terres de Lait – Communiqué": a capitalized noun opening a line (a heading, a signature)
            heading = found is not None and is_capitalized(tok) and not tok.is_upper and (i == 0 or is_break(doc[i - 1]))
            if found is None or not heading and (not lowercase_or_acronym or i == 0 or doc[i - 1].lower_ not in _DETERMINERS | _LINKS):
                continue
            kind, name_start = found
            if name_start - i > 1 and is_capitalized(doc[i + 1]) and not tok.is_upper and not heading:
                name_start = i + 1  # "le chantier Naval du Moros": the common noun's later words, capitalized, open the name
            if i > 1 and doc[i - 1].lower_ in {"d'", "d’"} and doc[i - 2].lower_ in {"chef", "cheffe", "cheffes", "chefs", "créateur", "créatrice"}:
                continue  # "Le chef d'entreprise Raphaël X": a trade before a person's name, no company
            while name_start < len(doc) and name_start - found[1] < 2 and doc[name_start].is_lower and doc[name_start].is_alpha and (doc[name_start].pos_ in {"ADJ", "PROPN", "NOUN"} or not doc[name_start].is_stop and doc[name_start].pos_ not in {"VERB", "AUX", "DET", "CCONJ", "SCONJ"}):
                name_start += 1  # "la start-up grenobloise Hyvolia" (an adjective the tagger may call a name)
            if name_start + 1 < len(doc) and doc[name_start].lower_ == "des" and not (doc[name_start + 1].is_lower and doc[name_start + 1].pos_ == "NOUN"):
                name_start += 1  # "le réseau des Banques Alimentaires"
            elif name_start + 2 < len(doc) and doc[name_start].lower_ in {"de", "d'", "des"} and doc[name_start + 1].is_lower and doc[name_start + 1].pos_ == "NOUN":
                # ("l'association des commerçants Les Vitrines de Tours")
                k = name_start + 2  # "le groupe de distribution alimentaire Lacombe Frais"
                while k < len(doc) and k - name_start < 4 and doc[k].is_lower and doc[k].pos_ == "ADJ":
                    k += 1
                if k + 2 < len(doc) and doc[k].lower_ in {"de", "d'", "en"} and doc[k + 1].is_lower and doc[k + 1].pos_ == "NOUN":
                    k += 2  # "l'éditeur rennais de logiciels de cybersécurité Cyberéa", "l'agence de voyages en ligne Sud Évasion"
                if k < len(doc) and (is_capitalized(doc[k]) or _camel_case(doc[k])) and not doc[k].is_sent_start:
                    name_start = k
            if name_start < len(doc) and _camel_case(doc[name_start]) and not heading:
                # "du fabricant de dispositifs de diagnostic bioMérieux": a brand written with a lower-case first letter
                span, data = self._span(doc, name_start, name_start + 1, kind, via="common_noun")
                data["alias"] = [doc[i].idx, doc[name_start].idx + len(doc[name_start])]
                spans.append((span, data))
                continue
            if name_start >= len(doc) or not is_capitalized(doc[name_start]) or len(doc[name_start]) == 1 and not doc[name_start + 1 : name_start + 2].text[:1].isupper():
                continue  # (a letter alone is no name: "une levée de fonds de série A")
            if doc[i].lower_ in {"industriel", "industrielle"} and doc[name_start].text in self.first_names and doc[name_start].ent_type_ == "PER":
                continue  # "l'industriel Henri X": a person's trade (not "l'industriel Lactalis", a company)
            place_end = self._place_end(doc, name_start)
            if place_end is not None and not (place_end < len(doc) and is_capitalized(doc[place_end])):
                continue  # "le directeur du réseau Vendée", "le groupe Hauts-de-France en commun": a place is no name
            # "le fonds Demeter Transition et de Bpifrance": "et de" opens another name;
            # an association's name may go on in lower case ("l'association Soignants sans frontières")
            if heading:
                end = extend_name(doc, name_start, stop=self.head_words)  # (a heading's name may hold "de": "Terres de Lait")
            else:
                # (an association's name may go on in lower case: "l'association Soignants sans frontières", "le festival Passages d'hiver")
                ns1 = name_start + 1 + (doc[name_start].text in {"Les", "La", "Le"})  # ("la compagnie Les Oiseaux de passage": past the name's article)
                lower_next = ns1 + 1 < len(doc) and doc[ns1].is_lower and (
                    doc[ns1].is_alpha and doc[ns1].lower_ not in _LINKS | {"la", "le", "les", "et"} and doc[ns1].pos_ not in {"VERB", "AUX"}
                    or doc[ns1].lower_ in {"d'", "de"} and doc[ns1 + 1].is_lower and doc[ns1 + 1].pos_ == "NOUN"
                    or ns1 > name_start + 1 and ns1 + 2 < len(doc) and doc[ns1].lower_ == "de" and doc[ns1 + 1].lower_ in {"la", "l'"}
                    and doc[ns1 + 2].is_lower and doc[ns1 + 2].pos_ == "NOUN")  # ("Les Fils de l'air")
                # (and a laboratory's: "le laboratoire Environnement profond de l'Ifremer")
                lab = doc[i].lower_ in {"laboratoire", "unité", "équipe"} and doc[name_start + 1 : name_start + 2].text.islower() and doc[name_start + 1].pos_ == "ADJ"
                troupe = doc[i].lower_ == "compagnie" and ns1 > name_start + 1 and lower_next  # (a theatre's troupe, named like an association)
                end = extend_name(doc, name_start, stop=self.head_words | _LINKS, allow_lower=(kind == "association" or lab or troupe) and lower_next)
                if doc[i].lower_ == "festival" and end + 1 < len(doc) and doc[end].lower_ == "en" and is_capitalized(doc[end + 1]) and not doc[end + 1].is_sent_start:
                    end = extend_name(doc, end + 1, stop=self.head_words | _LINKS)  # "le festival Jazz en Comminges": a festival named by its place
                if troupe and end > ns1:
                    kind = "association"
                if lab or doc[i].lower_ in {"unité", "umr"}:
                    # ("… Environnement profond de l'Ifremer": the body it belongs to ends the laboratory's name)
                    whole = end
                    end = next((k for k in range(name_start + 1, end - 1) if doc[k].lower_.replace("’", "'") in {"de", "du", "d'"}
                                and (doc[k + 1].text in self.gazetteer or doc[k + 1].lower_ in {"l'", "la"} and k + 2 < end and doc[k + 2].text in self.gazetteer)), end)
                    if end < whole and not lab:
                        continue  # "l'unité mixte de recherche Aida du Cirad": a unit of the body named, not a body (corpus/README.md)
            if not heading and end - name_start == 1 and self._second_word(doc, i, end) and (doc[end + 2].is_punct or kind == "association"):
                # "la coopérative fromagère Causses et Ségala, …": one name of two words (not "entre la société X et Y,");
                # an association's goes on ("l'association Domicile et Entraide du Pays castrogontérien")
                end = extend_name(doc, end + 1, stop=self.head_words | _LINKS) if kind == "association" else end + 2
            if doc[name_start].lower_ in {"le", "la", "les"} and end < len(doc) and _adjective(doc[end]):
                end += 1  # "l'association Le Panier rémois": a name that is a noun phrase keeps its adjective
            if kind == "association" and end + 1 < len(doc) and doc[end].lower_ in {"de", "du", "d'"}:
                # "l'association Eau et Rivières de Bretagne": a région or a département ends the association's name
                end = self._territory_after(doc, end) or end
            # ("la fonderie Kessler de Molsheim": a town the model knows; "le cinéma Le Rex de Saint-Flour": past the name's article)
            ns = name_start + (doc[name_start].lower_ in {"le", "la", "les"} and end - name_start == 4)
            town = end - ns == 3 and (doc[ns + 2].ent_type_ in ({"LOC", "MISC"} if ns > name_start else {"LOC"}) and doc[ns].ent_type_ != "LOC" or self._place_end(doc, ns + 2) == end)
            if kind == "company" and end - ns == 3 and doc[ns + 1].lower_ in {"de", "d'"} and doc[ns].pos_ == "PROPN" and (doc[ns].is_oov or town) \
                    and self.common_nouns.at(doc, ns) is None and not self.heads.at(doc, ns):
                self._towns_after.add((name_start, end))  # (the model's longer reading is no name either)
                end = ns + 1  # "la fonderie Lorfonte de Hayange": a proper name, then its town
            spelled = self._to_acronym(doc, i, end)
            if spelled > end:
                # "laboratoire Motricité humaine, expertise, sport, santé (LAMHESS)": the acronym spells the noun and all the words
                spans.append(self._span(doc, i, spelled, kind, via="common_noun"))
                continue
            named_after = doc[i].lower_ in _NAMED_AFTER_PEOPLE and end - name_start > 1
            if doc[i].lower_ == "fondation" or named_after and any(e.label_ == "PER" and e.start <= name_start and end <= e.end for e in doc.ents):
                # "la fondation Carrefour" is not the company Carrefour
                # "laboratoire Jean Kuntzmann": named after a person, the noun is part of the name
                span, data = self._span(doc, i, end, kind, via="common_noun")
                spans.append((span, data))
            elif end > name_start:
                if doc[i].lower_ == "groupe" and name_start > i + 1:
                    end = _motto_tail(doc, end)  # "le groupe d'opposition Laval Agglo en commun": a council group's motto
                span, data = self._span(doc, name_start, end, kind, via="common_noun")
                data["alias"] = [doc[i].idx, doc[end - 1].idx + len(doc[end - 1])]
                spans.append((span, data))
        return spans

    def _by_grouping(self, doc: Doc, lowers: list[str]) -> list[Candidate]:
        """"confiés au groupement formé par Sade et Hydrotech Ouest": the
        capitalized names a grouping of companies is formed of are companies."""
        out = []
        for i, word in enumerate(lowers[:-3]):
            if word not in {"groupement", "consortium"}:
                continue
            k = i + 1
            if k < len(doc) and doc[k].lower_ in {"formé", "composé", "constitué", "réunissant", "associant"}:
                k += 1 + (doc[k + 1].lower_ in {"par", "de", "des"})
            elif k < len(doc) and doc[k].lower_ in {"de", "des"}:
                k += 1  # "le groupement des entreprises Sade et X" (a common noun may follow)
                while k < len(doc) and doc[k].is_lower and doc[k].pos_ == "NOUN":
                    k += 1
            else:
                continue
            while k < len(doc) and is_capitalized(doc[k]):
                end = k + 1
                while end < len(doc) and end - k < 4 and (is_capitalized(doc[end]) or doc[end].text in {"-", "&"} and not doc[end].whitespace_):
                    end += 1
                out.append(self._span(doc, k, end, "company", via="common_noun"))
                if end + 1 < len(doc) and doc[end].text in {",", "et"}:
                    k = end + 1 + (end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "et")
                else:
                    break
        return out

    def _by_presided(self, doc: Doc, lowers: list[str]) -> list[Candidate]:
        """"le réseau régional des tiers-lieux, Grand Est Tiers-Lieux, présidé par
        X": capitalized words set between commas and followed by "présidé(e) par"
        or "dirigé(e) par" name a body (two words at least, neither a person nor
        a région's or département's name alone)."""
        out = []
        for i, word in enumerate(lowers[:-1]):
            if word not in {"présidé", "présidée", "dirigé", "dirigée"} or lowers[i + 1] != "par" or i < 3 or lowers[i - 1] != ",":
                continue
            first = i - 1
            while first > 0 and i - 1 - first < 6 and (is_capitalized(doc[first - 1]) or doc[first - 1].text == "-" and not doc[first - 1].whitespace_) \
                    and doc[first - 1].ent_type_ != "PER" and not is_break(doc[first - 1]):
                first -= 1
            if i - 1 - first >= 2 and doc[first - 1].text == "," and fold(doc[first : i - 1].text) not in self.places_or_countries:
                out.append(self._span(doc, first, i - 1, "other", via="apposition"))
        return out

    def _by_apposition(self, doc: Doc) -> list[Candidate]:
        """"Altriva, spécialiste des systèmes de ventilation", "Fibois Grand
        Est, l'interprofession régionale": a capitalized name that an
        apposition calls a company or a body is one (not a person's full
        name; a single word the model calls a person may well be a brand)."""
        spans = []
        # ("AD'OCC, l'agence régionale …": a name in capitals is no person's, whatever the model says)
        persons = [e for e in doc.ents if e.label_ == "PER" and len(e) > 1 and any(c.islower() for c in e.text)]
        for i in (t.i for t in doc if t.text == "," and t.i > 0):
            numbered = i > 1 and doc[i - 1].like_num and is_capitalized(doc[i - 2])  # "Rennes Volley 35, club de …"
            if not (is_capitalized(doc[i - 1]) or numbered):
                continue
            j = i + 1
            if j < len(doc) and doc[j].lower_ in {"le", "la", "l'", "un", "une"}:
                j += 1
            found = self.apposition.at(doc, j) if j < len(doc) else None
            if found is None:
                continue
            start = i - 2 if numbered else i - 1
            while start > 0 and i - start < 6:
                opening = self._opening_common_words(doc, start)  # "Territoire d'énergie Mayenne"
                if not (is_capitalized(doc[start - 1]) and not doc[start - 1].is_sent_start
                        or doc[start - 1].text == "-" and not doc[start - 1].whitespace_
                        or doc[start - 1].lower_ in {"d'", "de", "du", "des"} and start > 1 and is_capitalized(doc[start - 2])  # "Vent d'Iroise Énergies"
                        and fold(doc[start - 2].text) not in self.title_words  # (not "Dirigeante de Navaltec, une entreprise …": a title, then the name)
                        or doc[start - 1].lower_ in {"la", "l'"} and start > 2 and doc[start - 2].lower_ == "de" and is_capitalized(doc[start - 3])  # "Adapei de la Loire"
                        or opening):
                    break
                start -= 3 if opening else 2 if doc[start - 1].lower_ in {"la", "l'"} else 1
            if doc[start].lower_ in {"d'", "de", "du", "des"} and start > 0:
                start -= 1  # the name's first word opens the sentence: "Vent d'Iroise Énergies, filiale …"
            while start < i - 1 and doc[start].lower_ in {"le", "la", "les", "l'"}:
                start += 1  # "– Le Stade Aurillacois, club de rugby": the article is not the name
            if not is_capitalized(doc[start]) or doc[start].is_stop or overlaps((start, i), persons):
                continue
            if start > 0 and doc[start - 1].lower_ in {"à", "en", "au"} and sum(t.is_alpha for t in doc[start:i]) < 3:
                continue  # "le Théâtre X à Toulouse, centre dramatique national": a place (not "à Auray Quiberon Terre Atlantique, la communauté de communes")
            if any(t.lower_ in self.head_words for t in doc[start:i]):
                continue  # "Région Bretagne, …": the head rules read it
            if start > 0 and doc[start - 1].lower_ in _VENUES:
                continue  # "à la salle Molière, l'association …": a venue named after someone
            after = found[1]
            while after < len(doc) and doc[after].pos_ == "ADJ" and doc[after].is_lower:
                after += 1
            if after < len(doc) and is_capitalized(doc[after]) and not doc[after].is_sent_start:
                continue  # "…, l'association Les Amis du patrimoine": the noun introduces its own name
            # "Fondée par X et Y, anciens de l'université de Lille, la jeune entreprise compte …": after
            # a clause opened by a participle, the noun phrase is the sentence's subject, not an apposition
            opener = next((t for t in doc[i].sent if not t.is_space), doc[i])
            fronted = is_participle(opener) and after < len(doc) and not doc[after].is_punct
            if fronted or after < len(doc) and doc[after].pos_ in {"VERB", "AUX"} and "Fin" in doc[after].morph.get("VerbForm"):
                continue
            span, data = self._span(doc, start, i, found[0], via="apposition")
            spans.append((span, data))
        return spans

    @staticmethod
    def _opening_common_words(doc: Doc, start: int) -> bool:
        """"Territoire d'énergie Mayenne, le syndicat …": a capitalized common noun
        opening the clause, "de" and a lower-case noun before the name's proper part."""
        if start < 3 or not (doc[start - 1].is_lower and doc[start - 1].is_alpha and doc[start - 1].pos_ == "NOUN") or doc[start - 2].lower_ not in {"d'", "de", "des", "du"}:
            return False
        first = start - 3
        return is_capitalized(doc[first]) and not doc[first].is_upper and (first == 0 or doc[first].is_sent_start or is_break(doc[first - 1]) or doc[first - 1].text in {",", "–", "—", ":"})

    @staticmethod
    def _by_glued_grand(doc: Doc) -> list[Candidate]:
        """"GrandAngoulême", "GrandChambéry": an intercommunality named by
        "Grand" glued to its city."""
        return [OrganizationFinder._span(doc, t.i, t.i + 1, "municipality", via="head") for t in doc if _GLUED_GRAND.fullmatch(t.text)]

    @staticmethod
    def _described(doc: Doc, by_head: list[Candidate]) -> list[Candidate]:
        """"L'office public de l'habitat de Loire-Atlantique, Habitat 44, a
        présenté …": the proper name set after a lower-case organization
        description, between commas and before a verb, is the organization's."""
        spans = []
        persons = [e for e in doc.ents if e.label_ == "PER" and len(e) > 1]
        for span, data in by_head:
            i = span.end
            if data.get("anaphor") or not span[0].is_lower or i + 2 >= len(doc) or doc[i].text != "," or not is_capitalized(doc[i + 1]) or doc[i + 1].is_stop:
                continue
            end = extend_name(doc, i + 1, stop=_LINKS)
            if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].pos_ in {"VERB", "AUX"} and not overlaps((i + 1, end), persons):
                spans.append(OrganizationFinder._span(doc, i + 1, end, data["kind"], via="apposition"))
        return spans

    def _by_naming(self, doc: Doc) -> list[Candidate]:
        """"La nouvelle coopérative, baptisée Les Vignerons des Satellites": the
        name given to a body the sentence has just called by its kind."""
        spans = []
        for i, tok in enumerate(doc[:-1]):
            if not is_capitalized(doc[i + 1]):
                continue
            if tok.text == ",":
                # "une nouvelle filiale, Kerlouan Océan, dont …": a body just introduced as "a" kind of
                # company, then named between commas
                noun = self.common_nouns.at(doc, i - 1) if i > 1 and doc[i - 1].is_lower else None
                k = i - 2
                while noun is not None and k > 0 and i - k < 4 and doc[k].is_lower and doc[k].pos_ == "ADJ":
                    k -= 1
                if noun is None or noun[1] != i or doc[k].lower_ not in {"un", "une"}:
                    continue
                end = extend_name(doc, i + 1, stop=self.head_words | _LINKS)
                if end < len(doc) and (doc[end].text == "," or doc[end].lower_ in {"dont", "qui"}) and end > i + 1:
                    span, data = self._span(doc, i + 1, end, noun[0] if noun[0] != "any" else "company", via="common_noun")
                    data["alias"] = [doc[i - 1].idx, doc[i - 1].idx + len(doc[i - 1])]  # (the noun: "filiale")
                    spans.append((span, data))
                continue
            if tok.lower_ not in _NAMING_VERBS:
                continue
            lo = max(0, i - 5)
            noun = next(((j, found) for j in range(i - 1, lo - 1, -1) if (found := self.anaphora.at(doc, j) or self.common_nouns.at(doc, j))), None)
            if noun is None or not doc[noun[0]].is_lower:
                continue
            kind = noun[1][0]
            end = extend_name(doc, i + 1)
            if end > i + 1:
                spans.append(self._span(doc, i + 1, end, kind if kind != "any" else "other", via="common_noun"))
        return spans

    @staticmethod
    def _by_listed_town(doc: Doc) -> list[Candidate]:
        """A list item that names a firm with its town in parentheses: "-
        Export : Menuiseries Bouvet (Cholet), dirigée par …", "- Prix du
        public : Brûlerie angevine (Angers)" (not a person: "- Jean X (Angers)")."""
        spans = []
        persons = [e for e in doc.ents if e.label_ == "PER"]
        for i, tok in enumerate(doc[:-3]):
            if tok.text not in {"-", "–", "•", "*"} or not (i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_):
                continue
            colon = next((c for c in range(i + 1, min(len(doc), i + 6)) if doc[c].text == ":" or is_break(doc[c])), None)
            k = colon + 1 if colon is not None and doc[colon].text == ":" else i + 1
            if k >= len(doc) or not is_capitalized(doc[k]) or doc[k].is_stop and doc[k].text not in {"Les", "La", "Le", "L'"}:
                continue
            end = k + 1
            while end < len(doc) and end - k < 6 and doc[end].text != "(" and not doc[end].is_punct and not is_break(doc[end]) and (is_capitalized(doc[end]) or doc[end].lower_ in _LINKS | {"la", "l'", "le", "les"} or doc[end].is_lower and doc[end].is_alpha and end - k < 3):
                end += 1
            close = end + 2 if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" else None
            # (a person the model finds: "- Jean X (Angers)"; not "Brûlerie angevine", a common noun it takes for one)
            if close is None or not is_capitalized(doc[end + 1]) or any(e.start <= k < e.end for e in persons) and doc[k].pos_ == "PROPN":
                continue
            spans.append(OrganizationFinder._span(doc, k, end, "company", via="listed"))
        return spans

    def _listed_funders(self, doc: Doc, kept: list[Span], blocked: list[Span]) -> list[Candidate]:
        """"financés par la Carène, Cap Atlantique et la communauté de communes
        X": after a word of funding or partnership, the capitalized items listed
        beside a known body are bodies too (not people, not régions,
        départements or countries)."""
        named = {s.start: s for s in kept if not (s._.org or {}).get("anaphor")}
        taken = {t for s in [*kept, *blocked, *doc.spans.get("people", [])] for t in range(s.start, s.end)}
        persons = {t for e in doc.ents if e.label_ == "PER" for t in range(e.start, e.end)}
        out: list[Candidate] = []
        for i, tok in enumerate(doc):
            if tok.lower_ not in _FUNDING_CUES or i + 1 >= len(doc):
                continue
            items: list[tuple[int, int]] = []
            k = i + 1
            closed = False  # (a list closes with "et": not "avec Rennes Métropole, le Carrefour des métiers se tiendra …")
            while k < len(doc) and len(items) < 8 and not closed:
                closed = k > i + 1 and doc[k - 1].lower_ == "et"
                start = k + (doc[k].lower_ in {"la", "le", "l'", "les"})
                if start in named:
                    end = named[start].end
                elif start < len(doc) and is_capitalized(doc[start]) and start not in taken:
                    end = extend_name(doc, start, limit=start + 4)
                else:
                    break
                items.append((start, end))
                if end < len(doc) and doc[end].text == ",":
                    k = end + 1
                elif end < len(doc) and doc[end].lower_ == "et":
                    k = end + 1
                else:
                    break
            if len(items) < 2 or not closed or not any(start in named for start, _ in items):
                continue
            for start, end in items:
                if start in named or any(t in taken or t in persons for t in range(start, end)) or fold(doc[start:end].text) in self.places_or_countries:
                    continue
                out.append(self._span(doc, start, end, "other", via="listed"))
        return out

    def _by_military_unit(self, doc: Doc, lowers: list[str]) -> list[Candidate]:
        """"le 92e régiment d'infanterie", "la 6e brigade légère blindée", "du
        1er régiment de tirailleurs d'Épinal": a numbered unit of the armed
        forces, with its arm (lower-case words) and its garrison town."""
        out = []
        for i in range(1, len(doc)):
            found = self.military_units.at(doc, i, lowers)
            if found is None or not (is_ordinal(doc[i - 1]) and doc[i - 1].text[:1].isdigit()):
                continue
            end = found[1]
            adjective = False
            while end < len(doc):
                tok = doc[end]
                # after an adjective, or a plural noun and a plural adjective ("de chasseurs alpins"; not "d'infanterie change": a verb)
                agrees = doc[end - 1].pos_ == "ADJ" or tok.text.endswith(("s", "x")) and doc[end - 1].text.endswith(("s", "x"))
                if tok.is_lower and tok.is_alpha and (tok.pos_ == "ADJ" or is_participle(tok)) and (end == found[1] or adjective and agrees):
                    end += 1  # "légère blindée", "alpins" (right after the head or another adjective)
                    adjective = True
                    continue
                elif tok.lower_ in {"de", "d'", "du", "des"} and end + 1 < len(doc) and doc[end + 1].is_lower and doc[end + 1].is_alpha and doc[end + 1].pos_ in {"NOUN", "ADJ", "PROPN"}:
                    end += 2  # "d'infanterie", "de chasseurs", "du génie" (lower-case, whatever the tagger says)
                    adjective = True
                elif tok.lower_ in {"de", "d'"} and end + 1 < len(doc) and is_capitalized(doc[end + 1]) and doc[end + 1].pos_ == "PROPN":
                    end = extend_name(doc, end + 1)  # "d'Épinal": its garrison
                    break
                else:
                    break
            if end > found[1] or doc[i - 2 : i - 1].text.lower() in {"le", "la", "du", "au", "de"}:
                out.append(self._span(doc, i - 1, end, "state", via="head"))
        return out

    @staticmethod
    def _by_chez(doc: Doc) -> list[Candidate]:
        """"travaillé chez Pierre Fabre et chez Novartis": after "chez", a name is a
        company (not "formé chez Michel Bras": a person the model recognizes)."""
        spans = []
        persons = [e for e in doc.ents if e.label_ == "PER" and len(e) > 1]
        places = [e for e in doc.ents if e.label_ == "LOC"]
        for i, tok in enumerate(doc[:-1]):
            # "rejoint Lactalis en 2019": a name one joins is an employer, unless a place
            joined = tok.lower_ in _JOINING and not overlaps((i + 1, i + 2), places)
            # "apprentie au Fournil du Château": where a worker works (not "salarié à Lyon": a place)
            # (not "salarié au Mans": a town; "au Fournil des Remparts" goes on with its complement)
            worker = tok.lower_ == "au" and i > 0 and doc[i - 1].lower_ in _WORKERS and (not overlaps((i + 1, i + 2), places) or doc[i + 2 : i + 3].text in {"de", "du", "des"})
            # "le CFA du bâtiment, géré par BTP CFA Bretagne": what runs a site is an organization
            # (not a town: "géré par Bordeaux"; the model may call a longer name a place)
            managed = tok.lower_ == "par" and i > 0 and doc[i - 1].lower_ in _MANAGED and not overlaps((i + 1, i + 2), [p for p in places if len(p) == 1])
            if (tok.lower_ == "chez" or joined or worker or managed) and is_capitalized(doc[i + 1]) and not doc[i + 1].is_stop:
                end = extend_name(doc, i + 1, stop=_LINKS)
                if end > i + 1 and not any(e.start <= i + 1 and end <= e.end for e in persons):
                    spans.append(OrganizationFinder._span(doc, i + 1, end, "company", via="chez"))
                    # "après avoir travaillé chez Lactalis et Bel": a second employer after "et"
                    if tok.lower_ == "chez" and end + 1 < len(doc) and doc[end].lower_ == "et" and is_capitalized(doc[end + 1]) and not doc[end + 1].is_stop:
                        second = extend_name(doc, end + 1, stop=_LINKS)
                        if doc[second - 1].lower_ in {"associés", "associées"}:
                            spans[-1] = OrganizationFinder._span(doc, i + 1, second, "company", via="chez")  # "chez Reichen et Robert & Associés": one firm
                        elif not any(e.start <= end + 1 < e.end for e in persons + places):
                            spans.append(OrganizationFinder._span(doc, end + 1, second, "company", via="chez"))
        return spans

    def _by_order_council(self, doc: Doc) -> list[Candidate]:
        """"le conseil régional de l'Ordre des experts-comptables d'Occitanie",
        "le conseil départemental de l'ordre des médecins de la Creuse": a
        professional order's council, one name to its place."""
        out = []
        for m in _ORDER_COUNCIL.finditer(doc.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
            if span is not None and len(span) > 3:
                out.append(self._span(doc, span.start, span.end, "association", via="head"))
        return out

    def _by_dont_head(self, doc: Doc) -> list[Candidate]:
        """"L'exploitation est confiée à Tisséo Voyageurs, dont le directeur
        général, X, …": a name whose head the relative clause gives is a body's
        (whatever the model calls it)."""
        spans = []
        for i in range(2, len(doc) - 4):
            if doc[i].text != "," or doc[i + 1].lower_ != "dont" or doc[i + 2].lower_ not in {"le", "la", "l'"} or doc[i + 3].lower_ not in _HEADS_OF_BODIES:
                continue
            start = i
            while start > 0 and i - start < 4 and (is_capitalized(doc[start - 1]) and not doc[start - 1].is_sent_start or doc[start - 1].text in {"&", "-"}):
                start -= 1
            if start == i or doc[start].text in {"&", "-"} or fold(doc[start:i].text) in self.places_or_countries or (start > 0 and doc[start - 1].lower_ in {"m.", "mme", "dr"}):
                continue
            prev = doc[start - 1].lower_ if start > 0 else ""
            if prev in {"au", "aux", "en", "dans"} or prev == "à" and (doc[start].ent_type_ == "LOC" or start > 1 and doc[start - 2].text == ","):
                continue  # "l'entreprise X, à Oyonnax, dont le directeur de site": a place (not "confiée à Tisséo Voyageurs, dont …")
            spans.append(self._span(doc, start, i, "company", via="chez"))
        return spans

    def _by_unit_owner(self, doc: Doc) -> list[Candidate]:
        """"la division Fluides de Fives", "la branche Énergie de Vinci": a
        company's division named by its own name, then the company (not a place:
        "la branche Bretagne de la Région")."""
        spans = []
        for i, tok in enumerate(doc[:-3]):
            if tok.lower_ not in _OWNED_UNITS or i == 0 or doc[i - 1].lower_ not in {"la", "sa", "une", "de"}:
                continue
            k = i + 1
            while k < min(len(doc), i + 4) and is_capitalized(doc[k]) and not doc[k].is_stop:
                k += 1
            if k == i + 1 or k + 1 >= len(doc) or doc[k].lower_ not in {"de", "d'", "d’"} or not is_capitalized(doc[k + 1]) or doc[k + 1].is_stop:
                continue
            end = extend_name(doc, k + 1, stop=_LINKS)
            if fold(doc[k + 1 : end].text) not in self.places_or_countries and not any(e.label_ == "PER" and e.start <= k + 1 < e.end for e in doc.ents):
                spans.append(self._span(doc, k + 1, end, "company", via="chez"))
        return spans

    def _by_gazetteer(self, doc: Doc) -> list[Candidate]:
        spans = []
        for match_id, start, end in self.matcher(doc):
            name, kind = self.gazetteer[doc.vocab.strings[match_id]]
            if name == "État" and start > 1 and doc[start - 1].lower_ in {"d'", "de"} and doc[start - 2].lower_ in _OF_STATE:
                continue  # "secrétaire d'État", "ministre d'État": a title, not the State; "diplôme d'État": a degree
            if self._after_street_word(doc, start):
                continue  # "le quartier de la Croix-Rouge", "rue de la Poste": a place
            if (kind == "company" or end - start == 1) and any(e.label_ == "PER" and e.start < start and end <= e.end for e in doc.ents):
                continue  # "Julien Labeyrie", "Julien Matignon": a surname a brand or an institution shares, inside a person's name
            if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and is_capitalized(doc[end + 1]):
                # "CEA-Leti": a unit with a name of its own, not the body it belongs to
                stop = end
                while stop + 1 < len(doc) and doc[stop].text == "-" and not doc[stop].whitespace_ and is_capitalized(doc[stop + 1]):
                    stop += 2
                spans.append(self._span(doc, start, stop, kind, via="gazetteer"))
                continue
            regional = name in self.regional_bodies  # ("agence régionale de santé de Bretagne", "ARS Bretagne")
            territory = self._territory_after(doc, end, juxtaposed=regional) if kind == "association" or regional else None
            if territory is not None:
                # "Restos du Cœur de l'Aisne", "Jeunes Agriculteurs de la Mayenne": a departmental association of its own
                # (as written, but an acronym by its known name: "Les JA du Cantal" is "Jeunes Agriculteurs du Cantal")
                start += doc[start].lower_ in {"les", "la", "le", "l'"} and start + 1 < end
                spelled = f"{name} {doc[end:territory].text}" if doc[start:end].text.isupper() and not regional else None
                span, data = self._span(doc, start, territory, kind, via="gazetteer", name=spelled)
                data["branch"] = (name, fold(self._territory_words(doc, end, territory)))
                spans.append((span, data))
                continue
            federation = self._federation_before(doc, start) if kind == "association" else None
            if federation is not None:
                # "la fédération de la Gironde du Secours populaire français": the departmental federation, a body of its own
                span, data = self._span(doc, federation[0], end, kind, via="gazetteer")
                data["branch"] = (name, federation[1])
                spans.append((span, data))
                continue
            spans.append(self._span(doc, start, end, kind, via="gazetteer", name=name))
        return spans

    @staticmethod
    def _territory_words(doc: Doc, start: int, end: int) -> str:
        """"de la Gironde" -> "Gironde": a territory without its linking words."""
        while start < end and doc[start].lower_ in {"de", "du", "des", "d'", "d’", "la", "l'", "l’"}:
            start += 1
        return doc[start:end].text

    def _federation_before(self, doc: Doc, start: int) -> tuple[int, str] | None:
        """Where "fédération [départementale] de <territory> du" opens before a
        known association's name at ``start``, with the territory's words."""
        link = start - 1
        if link > 1 and doc[link].lower_ in {"la", "l'", "l’"} and doc[link - 1].lower_ == "de":
            link -= 1
        if link < 3 or doc[link].lower_ not in {"du", "de", "des", "d'", "d’"}:
            return None
        head = next((n for n in range(link - 1, max(0, link - 7), -1) if doc[n].lower_ == "fédération"), None)
        if head is None:
            return None
        opening = head + 1 + (doc[head + 1].lower_ in {"départementale", "régionale"})
        end = self._territory_after(doc, opening)
        if end != link:
            return None
        return head, fold(self._territory_words(doc, opening, end))

    def _after_street_word(self, doc: Doc, start: int) -> bool:
        """Whether a street or district word ("rue", "quartier") comes right before ``start``, with or without "de (la)"."""
        k = start - 1
        while k >= 0 and k >= start - 2 and doc[k].lower_ in {"de", "du", "des", "d'", "la", "l'"}:
            k -= 1
        return k >= 0 and doc[k].lower_ in self.street_words

    def _place_end(self, doc: Doc, j: int, former: bool = False) -> int | None:
        """The end of a département's or a région's name starting at token ``j``
        (with ``former``, a région of before 2016 too), else None."""
        k = j + 1
        while k < len(doc) and (doc[k].text in {"-", "'", "’"} or doc[k - 1].text in {"-", "'", "’"} or doc[k - 1].text.endswith(("'", "’"))) and not doc[k - 1].whitespace_:
            k += 1
        # (names with spaces: "Pays de la Loire", "Centre-Val de Loire", "Provence-Alpes-Côte d'Azur")
        longest = min(len(doc), max(k, j + 8))
        # (not inside a hyphenated word: "Rhône-Alpes Création" is no "Rhône")
        # (never past a line break: "… du Finistère⏎⏎")
        places = self.places_and_former if former else self.places
        found = next((stop for stop in range(longest, k - 1, -1) if not doc[stop - 1].is_space and fold(doc[j:stop].text) in places), None)
        parts = fold(doc[j:k].text).split("-")
        if found is None and len(parts) == 2 and all(part in places for part in parts):
            return k  # "le réseau Doubs-Jura": two départements joined, a territory
        return found

    def _territory_after(self, doc: Doc, end: int, juxtaposed: bool = False) -> int | None:
        """The end of "de la Mayenne", "du Finistère", "des Landes", "d'Ille-et-Vilaine"
        (a département or a région) right after token ``end``, else None; with
        ``juxtaposed`` (a regional body's name), also a territory right after
        the name ("ARS Bretagne") and a région of before 2016 ("Urssaf Limousin")."""
        if juxtaposed and end < len(doc) and is_capitalized(doc[end]) and doc[end - 1].whitespace_:
            found = self._place_end(doc, end, former=True)
            if found is not None:
                return found + (found < len(doc) and doc[found].text in COMPASS and doc[found - 1].whitespace_ == " ")  # ("MSA Midi-Pyrénées Nord")
        j = end
        if j < len(doc) and doc[j].lower_ in {"de", "du", "des", "d'", "d’"}:
            j += 1
            if j < len(doc) and doc[j - 1].lower_ == "de" and doc[j].lower_ in {"la", "l'", "l’"}:
                j += 1
        if j == end or j >= len(doc) or not is_capitalized(doc[j]):
            return None
        return self._place_end(doc, j, former=juxtaposed)

    def _with_territory(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """"la FDSEA de la Mayenne": an acronym with the territory of its branch."""
        out = []
        found = {span.start: data for span, data in candidates if len(span) == 1 and not data.get("anaphor") and data.get("via") != "gazetteer"}
        for i, tok in enumerate(doc[1:], 1):
            # (an acronym no other source found counts too, after an article: "la FDSEA du Morbihan")
            if not (tok.is_upper and tok.is_alpha and len(tok) > 2) or i not in found and doc[i - 1].lower_ not in {"la", "le", "l'", "du", "de"} or tok.text in self.term_words:
                continue  # (not "l'ADN du Grand Est", "le PIB de la Bretagne": terms)
            territory = self._territory_after(doc, i + 1)
            known = self.gazetteer.get(tok.text, ("", "association"))[1]  # ("l'ADEME de Normandie": a national agency's branch)
            if territory is not None and fold(tok.text) not in self.places and known == "association":
                out.append(self._span(doc, i, territory, found.get(i, {}).get("kind", "other"), via="acronym_territory"))
        return out

    @staticmethod
    def _term_acronyms(doc: Doc) -> set[str]:
        """"imagerie par résonance magnétique (IRM)": acronyms the text spells with
        lower-case words, terms rather than organizations."""
        terms = set()
        for i in (t.i + 1 for t in doc if t.text == "(" and 1 <= t.i and t.i + 2 < len(doc)):
            if doc[i + 1].text != ")" or not (doc[i].is_upper and doc[i].is_alpha and len(doc[i]) > 1):
                continue
            territory = i + 3 < len(doc) and doc[i + 2].lower_ in {"de", "du", "d'", "des"} and is_capitalized(doc[i + 3])
            if not territory:
                # (not "le peloton de gendarmerie de haute montagne (PGHM) de Savoie": a unit with its territory)
                words = [t.text for t in doc[max(0, i - 7) : i - 1] if t.is_alpha]
                for n in range(len(words)):
                    tail = words[n:]
                    if tail and all(w.islower() for w in tail) and abbreviates(doc[i].text, tail):
                        terms.add(doc[i].text)
                        break
        return terms

    @staticmethod
    def _unit_acronym(doc: Doc, i: int) -> bool:
        """Whether token ``i`` is an acronym in parentheses after a unit's or a
        course's name ("du département Génie électrique … (GEII)")."""
        if not (i > 1 and doc[i - 1].text == "(" and i + 1 < len(doc) and doc[i + 1].text == ")"):
            return False
        return any(doc[k].lower_ in _UNIT_NOUNS for k in range(max(0, i - 10), i - 1))

    def _by_ner(self, doc: Doc) -> list[Candidate]:
        spans = []
        places = {e.text for e in doc.ents if e.label_ == "LOC"}
        terms = self._term_acronyms(doc)
        for ent in doc.ents:
            if len(ent) == 1 and self._unit_acronym(doc, ent.start):
                continue  # "(GEII)" after a department's name: a unit's acronym
            if len(ent) == 1 and ent[0].is_upper and ent.end < len(doc) and doc[ent.end].like_num and ent.start > 0 and doc[ent.start - 1].lower_ in {"en", "un", "une", "des", "d'", "de"}:
                continue  # "opérée en ATR 72": a model, not its maker
            cut = next((t.i for t in ent if is_break(t)), None)
            if cut is not None and cut > ent.start:
                ent = doc[ent.start : cut]  # "Biscuits Lambert⏎⏎Angers": the model ran over a line break
                ent.label_ = "ORG" if doc[cut - 1].ent_type_ == "ORG" else doc[cut - 1].ent_type_
            # "Valdor Emballages", "Picard Construction": a trade word ends a company's name (not a person's)
            # ("Angers Loire Volley": a sports club)
            linked = len(ent) > 1 and ent[1].lower_ in _LINKS
            led = len(ent) > 1 and ent[0].text in self.club_words and not linked  # ("Stade Brestois", not "Stade de France")
            suffixed = ent.label_ in {"LOC", "MISC"} and len(ent) > 1 and (ent[-1].text in self.name_ends or led) or ent.label_ == "PER" and len(ent) > 1 and ent[-1].text in self.company_suffixes
            # "Lamballe Terre & Mer": no place is named with "&"
            suffixed = suffixed or ent.label_ in {"LOC", "MISC"} and any(t.text == "&" for t in ent[1:-1])
            # "Grand Cognac", "Grand Poitiers": an intercommunality (not "Grand Est", "Grand Ouest")
            grand = ent.label_ == "LOC" and len(ent) == 2 and ent[0].text == "Grand" and ent[1].text not in COMPASS and is_capitalized(ent[1])
            suffixed = suffixed or grand
            if ent.label_ != "ORG" and not suffixed or ent[0].text == "Stade" and linked:
                continue  # ("Stade de France": a venue)
            if any(t.is_space or t.text in {":", ";", "«", "»", "(", ")"} for t in ent) or not is_capitalized(ent[0]) or ent.text in terms | self.term_words:
                continue  # ("chef d'entreprise dans le BTP": a sector, not a body)
            if fold(ent.text) in self.places_or_countries or fold(ent[0].text) in self.title_words:
                continue  # "PRÉFÈTE DU LOIRET" in a heading: a title and a place
            if len(ent) == 2 and ent[0].text in self.first_names and is_capitalized(ent[1]) and ent.start > 0 and doc[ent.start - 1].lower_ in self.players | self.person_heads:
                continue  # "la talonneuse Marine X": a person after a title (the model's ORG)
            # a capitalized common word at a line start ("Investir", "Sport") is not a name
            capitalized = sum(is_capitalized(t) and t.is_alpha for t in ent)
            if not any(t.pos_ == "PROPN" or (t.is_upper and len(t) > 1) for t in ent) and capitalized < 2:
                continue
            if len(ent) == 1 and not ent[0].is_upper and _line_start(doc, ent.start) and doc.vocab[ent[0].lower_].has_vector:
                continue
            start = ent.start + 1 if ent[0].pos_ == "DET" else ent.start  # "La France"
            if start < ent.end and not is_capitalized(doc[start]):
                continue  # "« Un des meilleurs apprentis de France »": a title, not a name
            while len(ent) > 1 and ent[-1].lower_ in {"d'", "de", "du", "des", "l'"}:
                ent = doc[ent.start : ent.end - 1]  # "Ouest d'": the model's span ran into a link
            if len(ent) == 1 and ent[0].text in COMPASS:
                continue  # "directeur régional Ouest": a direction, not a name
            if start >= ent.end or doc[start:ent.end].text in places and not (suffixed and ent.end - start > 1):
                continue  # (a place, unless a trade word ends it: "Vendée Eau")
            if _portfolio(doc, start):
                continue  # "ministre de l'Enseignement supérieur et de la Recherche": a minister's field, not a body
            head = self.heads.at(doc, ent.start)
            # the model's span may run past the name ("… du sport à hauteur de 2 M€")
            end = min(ent.end, max(start + 1, extend_name(doc, start, allow_lower=True)))
            if end - start == 1 and len(doc[start]) == 1:
                continue  # "Partager sur X | Imprimer": a letter is no organization
            company = len(ent) > 1 and ent[-1].text in self.company_suffixes
            club = any(t.text in self.club_words for t in ent)
            kind = head[0] if head else "municipality" if grand else "company" if company else "association" if club else "other"
            spans.append(self._span(doc, start, end, kind, via="ner"))
        return spans

    def _named_after_gazetteer(self, cand: Candidate, gazetteer: list[Candidate]) -> Candidate:
        """"Bpifrance Centre-Val de Loire" is a branch of Bpifrance: same
        organization (one-word brand names only: "Agence régionale de santé
        Bretagne" is not the generic gazetteer entry)."""
        span, data = cand
        for g, gdata in gazetteer:
            rest = span.doc[g.end : span.end]
            place = any(t.ent_type_ == "LOC" or t.text in COMPASS for t in rest) or fold(rest.text) in self.places
            own = gdata["kind"] == "company"  # ("Transdev Nîmes Métropole", "Transdev Grand Est": a local company of its own)
            if own and g.start == span.start and g.end < span.end and data.get("kind") == "other":
                data["kind"] = "company"  # ("Crédit Mutuel Océan": a known bank's name opens it)
            if g.start == span.start and g.end == g.start + 1 < span.end and data.get("via") != "gazetteer" and span[-1].text not in self.company_suffixes and place and not own:
                data.update(name=gdata["name"], kind=gdata["kind"])  # (not "Engie Solutions", "Orange Cyberdefense": subsidiaries)
        return cand

    def _acronyms(self, doc: Doc, orgs: list[Span]) -> list[Candidate]:
        """"Agence de … (ADEME)": the acronym and its later uses are mentions."""
        out = []
        inner = lambda org: tuple(org._.org["acronym"]) if org._.org.get("acronym") else None  # noqa: E731
        # ("la Fondation des Hospices civils de Lyon (HCL)": an acronym that does not begin with the holder's initial spells the body it serves)
        orgs = [o for o in orgs if not (o[0].lower_ in _HOLDS_PARENT and (rng := acronym_after(doc, o)) is not None and doc[rng[0]].text[:1].lower() != o[0].lower_[:1])]
        for s, e, org in acronym_uses(doc, orgs, inner):
            if e < len(doc) and doc[e - 1].idx + len(doc[e - 1]) < doc[e].idx and is_capitalized(doc[e]) and doc[s - 1].text != "(":
                e = extend_name(doc, e)  # "la CMA Hauts-de-France": the acronym with its territory
            out.append(self._span(doc, s, e, org._.org["kind"], via="acronym", name=org._.org["name"] or org.text))
        return out

    @staticmethod
    def _span(doc: Doc, start: int, end: int, kind: str, via: str, name: str | None = None, anaphor: bool = False) -> Candidate:
        data: dict[str, Any] = {"kind": kind, "name": name, "anaphor": anaphor, "via": via, "alias": None}
        return Span(doc, start, end, label="ORG"), data


_DEMONYM = re.compile(r"(?:ois|oise|ais|aise|ien|ienne|ain|aine)$")  # "paloise", "dacquoise", "rochelais", "toulousain"
_WORKERS = {"apprenti", "apprentie", "salarié", "salariée", "employé", "employée", "stagiaire", "alternant", "alternante"}


def _field_list_end(doc: Doc, end: int) -> int:
    """The end of a list of fields after a faculty's first one: ", économie et
    sciences sociales" (lower-case nouns and their adjectives, the last one
    after "et"); ``end`` itself when no such list follows."""
    k = end
    while k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].is_lower and doc[k + 1].pos_ == "NOUN":
        k += 2
        while k < len(doc) and doc[k].is_lower and doc[k].pos_ == "ADJ":
            k += 1
    if k > end and k + 1 < len(doc) and doc[k].lower_ == "et" and doc[k + 1].is_lower and doc[k + 1].pos_ == "NOUN":
        k += 2
        while k < len(doc) and doc[k].is_lower and doc[k].pos_ == "ADJ":
            k += 1
        return k
    return end


def _motto_tail(doc: Doc, end: int) -> int:
    """A council group's name that goes on in lower case to the end of its
    phrase, as a motto: "Laval Agglo en commun", "Vendée pour tous"."""
    if end >= len(doc) or doc[end].lower_ not in {"en", "pour", "à", "avec"}:
        return end
    k = end + 1
    while k < len(doc) and k - end < 4 and doc[k].is_alpha and doc[k].pos_ not in {"VERB", "AUX"}:
        k += 1
    return k if k > end + 1 and (k == len(doc) or doc[k].is_punct) else end


def _spelled_by_acronym(doc: Doc, start: int, end: int) -> bool:
    """Whether the acronym in parentheses right after tokens start:end spells them."""
    acronym = acronym_after(doc, doc[start:end])
    if acronym is None:
        return False
    short = re.sub(r"\s+\d{1,3}$", "", doc[acronym[0] : acronym[1]].text)  # ("SDIS 22": the acronym and its département's number)
    if len(short) == 2:  # "Jeunes Agriculteurs (JA)": the initials of its words, the first one capitalized
        return is_capitalized(doc[start]) and "," not in doc[start:end].text and fold(short) == fold("".join(t.text[0] for t in doc[start:end] if is_capitalized(t)))
    return abbreviates(short, [t.text for t in doc[start:end]])


def _trimmed_to_gazetteer(cand: Candidate, gazetteer: list[Candidate]) -> Candidate:
    """"Agence nationale du sport financera …": a rule's span that runs on
    past a known name with lower-case words only ends with the known name."""
    span, data = cand
    if data.get("via") == "gazetteer":
        return cand
    for g, gdata in gazetteer:
        tail = span.doc[g.end : span.end]
        # ("Banque de France pour le Grand Est": the known name, then the area its branch covers)
        area = len(tail) > 1 and tail[0].lower_ in {"pour", "en"} and all(t.is_lower or is_capitalized(t) or t.is_punct for t in tail)
        if g.start == span.start and g.end < span.end and (all(t.is_lower or t.is_punct for t in tail) or area):
            return Span(span.doc, g.start, g.end, label="ORG"), dict(data, kind=gdata["kind"], name=gdata["name"])
    return cand


def _site_of_known(candidate: Candidate, gazetteer: list[Candidate]) -> bool:
    """A regional centre or branch of a known body, not a body of its own:
    "le centre INRAE Occitanie-Toulouse" (the known name right after the
    head), "INRAE – Centre Occitanie-Toulouse" (a letterhead's known name,
    a dash, then the centre)."""
    span, data = candidate
    if data.get("via") != "head" or span[0].lower_ not in {"centre", "délégation", "antenne", "direction"} or len(span) < 2:
        return False
    doc = span.doc
    if any(g.start == span.start + 1 and g.end < span.end for g, _ in gazetteer):
        return True
    return span.start > 1 and doc[span.start - 1].text in {"–", "—", "-"} and any(g.end == span.start - 1 for g, _ in gazetteer)


def _name_before(doc: Doc, start: int, past_persons: bool) -> int:
    """The start of the capitalized words (four at most, no stop word, no line
    break; with ``past_persons`` False, no word the model gives a person) that
    run up to token ``start``: a club's name before its sport's word."""
    first = start
    while first > 0 and start - first < 4 and is_capitalized(doc[first - 1]) and not doc[first - 1].is_stop and not is_break(doc[first - 1]) \
            and (past_persons or doc[first - 1].ent_type_ != "PER"):
        first -= 1
    return first


def _town_adjective_at(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a town's adjective in lower case that ends a club's
    name ("le Rugby Club vannetais"; not a verb, "le RC Vannes démissionne", nor
    a team's sex, "féminin")."""
    tok = doc[k] if k < len(doc) else None
    return tok is not None and tok.is_lower and tok.is_alpha and tok.pos_ not in {"VERB", "AUX"} and bool(REGIONAL_ADJECTIVE.search(tok.lower_)) \
        and tok.lower_ not in {"féminin", "féminine", "masculin", "masculine"}


def _without_units(candidates: list[Candidate]) -> list[Candidate]:
    """Drop "la direction de Datalpes", "la commission des affaires économiques
    de l'Assemblée nationale": a lower-case unit or organ of an organization
    found on its own inside it (the organization is the mention)."""
    out = []
    names = {other.text for other, odata in candidates if not odata.get("anaphor")}
    for span, data in candidates:
        unit = span[0].lower_ in _UNIT_HEADS and span[0].is_lower and data.get("via") == "head"
        k = span.start + 1
        while unit and k < span.end and span.doc[k].lower_ in _LINKS | {"la", "l'", "le", "les"}:
            k += 1
        if not unit or k == span.start + 1:
            out.append((span, data))
            continue
        inner = any(other is not span and span.start < other.start and other.end <= span.end and not odata.get("anaphor") for other, odata in candidates)
        if span.doc[k : span.end].text not in names and not inner:
            out.append((span, data))  # (not "le service des urgences du centre hospitalier de X": the hospital)
    return out


_LEAGUE_TAILS = {"féminine", "masculine", "pro", "élite", "nationale"}


def _competition(span: Span) -> bool:
    """A league as a championship, not the body that runs it: "en Ligue 2",
    "championne de Ligue féminine", "Ligue A" (not "Ligue contre le cancer",
    nor "Ligue de Bretagne de football")."""
    if span[0].text != "Ligue":
        return False
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ == "en":
        return True  # "évolue en Ligue Butagaz Énergie"
    return len(span) == 2 and (span[1].like_num or len(span[1].text) == 1 and span[1].is_upper or span[1].lower_ in _LEAGUE_TAILS)


def _adjective(tok: Token) -> bool:
    """A lower-case adjective or past participle ("rémois", "partagés")."""
    return tok.is_lower and tok.is_alpha and (tok.pos_ == "ADJ" or tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm"))


def _only_place(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens start:end (after an article) are a place the model found and nothing more."""
    while start < end and doc[start].lower_ in {"la", "l'", "le", "les"}:
        start += 1
    return start < end and any(e.label_ == "LOC" and e.start <= start and end <= e.end for e in doc.ents)


def _cut_before_coordinated(cand: Candidate, gazetteer: list[Candidate]) -> Candidate:
    """"des laboratoires du CHU de Nantes et de l'Inserm": a name that runs on
    through "et de" into a known organization ends before "et"."""
    span, data = cand
    doc = span.doc
    for g, _ in gazetteer:
        if span.start < g.start < span.end and g.end <= span.end and data.get("via") != "gazetteer":
            k = g.start - 1
            while k > span.start and doc[k].lower_ in {"de", "du", "des", "d'", "la", "l'", "le", "les"}:
                k -= 1
            if k > span.start and doc[k].lower_ == "et":
                return Span(doc, span.start, k, label="ORG"), data
    return cand


def _camel_case(tok: Any) -> bool:
    """A brand that opens in lower case and goes on with a capital ("bioMérieux", "eDreams")."""
    text = tok.text
    return len(text) > 3 and text.isalpha() and text[0].islower() and any(c.isupper() for c in text[1:])


def _listed_towns_name(cand: Candidate) -> Candidate:
    """"la communauté d'agglomération de Saint-Dizier, Der et Blaise": an
    intercommunality named by a list of its towns or lands, commas and "et"
    with no article, runs to the list's last name."""
    span, data = cand
    doc = span.doc
    if span[0].lower_ != "communauté" or len(span) < 3 or span[-1].lower_ in {"et", ","}:
        return cand
    k = span.end
    while k + 1 < len(doc) and doc[k].text == "," and is_capitalized(doc[k + 1]) and not doc[k + 1].is_sent_start:
        k = extend_name(doc, k + 1, stop={"et"})
    if k == span.end or not (k + 1 < len(doc) and doc[k].lower_ == "et" and is_capitalized(doc[k + 1])):
        return cand
    end = extend_name(doc, k + 1)
    if end < len(doc) and is_capitalized(doc[end]):
        return cand
    return Span(doc, span.start, end, label="ORG"), data


_LEGAL_FORMS = {"SCIC", "SCOP", "SA", "SAS", "SASU", "SARL", "EURL", "SEM", "SPL", "GIE", "SCI", "SCA", "SEML", "EPIC"}


def _portfolio(doc: Doc, i: int) -> bool:
    """Whether the name at token ``i`` is the field of a minister or a
    secretary of State ("ministre de la Culture", "ministre déléguée chargée
    de l'Industrie", "secrétaire d'État chargé de la Mer", "ministre des
    Sports, de la Jeunesse et de la Vie associative")."""
    j = i - 1
    if j >= 0 and doc[j].lower_ in {"la", "l'", "le", "les"}:
        j -= 1
    if j < 0 or doc[j].lower_ not in {"de", "du", "des", "d'", "aux", "au", "à"}:
        return False
    j -= 1
    while j >= 0 and i - j < 25:
        word = doc[j].lower_
        if word in {"ministre", "ministres"} or word in {"secrétaire", "secrétaires"} and doc[j + 1 : j + 3].text.replace("’", "'").replace(" ", "") == "d'État":
            return True  # (not "secrétaire générale de l'Institut X": an office in a body)
        if j >= 2 and doc[j].text == "État" and doc[j - 1].lower_ in {"d'", "de"}:
            j -= 2  # "secrétaire d'État chargée de …"
            continue
        # back over the portfolio's other fields: "des Sports, de la Jeunesse et …"
        if word in _PORTFOLIO_LINKS or is_capitalized(doc[j]) and not doc[j].is_sent_start or doc[j].is_lower and doc[j].pos_ == "ADJ":
            j -= 1
            continue
        return False
    return False


_PORTFOLIO_LINKS = {"de", "du", "des", "d'", "aux", "au", "à", "la", "l'", "le", "les", ",", "et", "chargé", "chargée", "chargés", "chargées",
                    "délégué", "déléguée", "délégués", "déléguées", "auprès"}


def _line_start(doc: Doc, i: int) -> bool:
    return i == 0 or is_break(doc[i - 1]) or doc[i].is_sent_start


@Language.factory(
    "pressextract_organizations",
    assigns=["doc.spans"],
    default_config={"models_dir": None, "use_ner": True},
)
def make_organizations(nlp: Language, name: str, models_dir: str | None, use_ner: bool) -> OrganizationFinder:
    """Factory: ``nlp.add_pipe("pressextract_organizations")``."""
    return OrganizationFinder(nlp, name, models_dir, use_ner)
