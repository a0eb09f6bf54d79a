"""The only bridge from spaCy spans to records: grouping, aliases and linking.

Every text field of a record is sliced from the *raw* input with the span's
character offsets (the Doc was built on a same-length normalized copy), so
``raw[start:end] == text`` holds for every evidence and mention.
"""

from __future__ import annotations

import copy
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from .extensions import EXTENSIONS, OFFSET_FIELDS, SPAN_KEYS
from .normalize import fold
from .periods import MONTHS, iso_stamp
from .records import DocumentRecord, Figure, Organization, Period, Person, Programme, Quote, Role, Source, Span
from .resources import load_json, load_tsv
from .titles import BOARD_COMMITTEES, has_scope

# "responsable scientifique du projet", "chef du service d'urologie": the title's own scope
_SCOPE_NOUNS = {"projet", "programme", "mission", "chantier", "service", "comité", "groupe", "réseau", "laboratoire", "chaire", "dispositif", "plan", "pôle", "département", "police", "gendarmerie"}  # ("directeur interdépartemental de la police nationale": a State service)


def key(text: str) -> str:
    """Grouping key of a name: its scoring fold (see ``normalize.fold``).

    >>> key("La  Région")
    'region'
    """
    return fold(text)


def _ev(raw: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=raw[start:end])


def _span_ev(raw: str, span: Fact) -> Span:
    return _ev(raw, span.start_char, span.end_char)


@dataclass(frozen=True)
class Fact:
    """One span of a component's output, with offsets into the whole text."""

    start_char: int
    end_char: int
    tokens: int
    data: dict[str, Any]


def _shift(data: dict[str, Any], fields: tuple[str, ...], base: int) -> dict[str, Any]:
    out = copy.deepcopy(data)
    for name in fields:
        holder, _, leaf = name.rpartition(".")
        target = out.get(holder) if holder else out
        if isinstance(target, dict) and target.get(leaf):
            target[leaf] = [target[leaf][0] + base, target[leaf][1] + base]
    return out


def collect(parts: Sequence[tuple[Doc, int]]) -> dict[str, list[Fact]]:
    """The facts of every span group of ``parts`` (Docs with the offset of
    their first character in the whole text), offsets made absolute."""
    facts: dict[str, list[Fact]] = {k: [] for k in SPAN_KEYS}
    for doc, base in parts:
        for kind in SPAN_KEYS:
            attr = EXTENSIONS[kind]
            for span in doc.spans.get(kind, []):
                data = getattr(span._, attr) or {}
                if base:
                    data = _shift(data, OFFSET_FIELDS[attr], base)
                facts[kind].append(Fact(span.start_char + base, span.end_char + base, len(span), data))
    return facts


def doc_to_record(doc: Doc, raw: str, path: str | None = None) -> DocumentRecord:
    """Turn an annotated Doc (built on ``normalize(raw)``) into a record.

    >>> from pressextract import extract
    >>> extract("Le plan vélo coûte 3 M€.").figures[0].unit  # doctest: +SKIP
    'EUR'
    """
    if len(doc.text) != len(raw):
        raise ValueError("the Doc was not built on a same-length normalization of the raw text")
    return facts_to_record(collect([(doc, 0)]), raw, path)


def facts_to_record(facts: dict[str, list[Fact]], raw: str, path: str | None = None) -> DocumentRecord:
    """Group facts into entities and build the validated record."""
    source = Source(path=path, sha256=hashlib.sha256(raw.encode("utf-8")).hexdigest(), chars=len(raw))
    organizations, org_at = _organizations(facts["organizations"], raw)
    people, person_at = _people(facts["people"], raw)
    _attach_roles(facts["roles"], raw, person_at, org_at)
    _share_list_organizations(people, raw)
    for person in people:
        _deputy_left(person, raw)
        if _deceased(person, raw):
            for role in person.roles:
                if not _founder(role.title):  # (a founder stays the founder)
                    role.status = "former"  # "le décès de Jean-Pierre X, maire de 1989 à 2008": an obituary's offices are all past
    programmes = _programmes(facts["programmes"], raw)
    _programme_context(programmes, raw, org_at)
    return DocumentRecord(
        source=source,
        people=people,
        organizations=organizations,
        programmes=programmes,
        figures=_figures(facts["figures"], raw),
        quotes=_quotes(facts["quotes"], raw, person_at),
    )


def _organizations(spans: list[Fact], raw: str) -> tuple[list[Organization], dict[tuple[int, int], Organization]]:
    records: dict[str, Organization] = {}
    at: dict[tuple[int, int], Organization] = {}
    stated: set[int] = set()  # records whose kind a stated source gave ("l'association X", a head, the gazetteer)
    for span in spans:
        data = span.data
        if data.get("anaphor"):
            continue
        name = data.get("name") or raw[span.start_char : span.end_char]
        rec = records.get(key(name))
        stated_here = data.get("via") in _STATED_KIND
        if rec is None:
            rec = records[key(name)] = Organization(name=name, kind=data.get("kind", "other"))
        elif rec.kind == "other" or stated_here and id(rec) not in stated:
            # "Dermalys" first, "la société Dermalys" later: a company
            rec.kind = data.get("kind", "other")
        if stated_here:
            stated.add(id(rec))
        text = raw[span.start_char : span.end_char]
        alias_chars = data.get("alias")
        for alias in (text, raw[slice(*alias_chars)] if alias_chars else None):
            if alias:
                _add_alias(rec, alias)
        rec.mentions.append(_span_ev(raw, span))
        at[(span.start_char, span.end_char)] = rec
    # (a shortened name or an acronym is merged first: its mentions count for its organization below)
    _merge_prefixes(records, at)
    _merge_spelled(records, at)
    # anaphora ("la Région", "l'agence") refer to the nearest earlier
    # organization of their kind, or to the only one of that kind
    block = raw.find("\n\n")  # (the release's opening block ends there: its issuer's line, _issuer)
    for span in spans:
        data = span.data
        if not data.get("anaphor"):
            continue
        kind = data.get("kind")
        head = key(raw[span.start_char : span.end_char]).split()[0] if span.end_char > span.start_char else ""
        # "du musée" -> "musée des Beaux-Arts de Nancy" before any other organization of its kind
        # ("l'association" -> the one the text introduced as "l'association Le Panier rémois")
        synonyms = _ANAPHOR_SYNONYMS.get(key(raw[span.start_char : span.end_char]), set())
        named = [r for r in records.values() if any(_opens(n, head, synonyms) for n in (r.name, *r.aliases))]
        # ("le PDG du groupe" after "le groupe Fabbrini Industries": the body introduced by the noun, not one a bare
        # "le groupe" was given to before that name came)
        introduced = [r for r in named if any(_opens(n, head, synonyms) and len(key(n).split()) > 1 for n in (r.name, *r.aliases))
                      and any(m.end <= span.start_char for m in r.mentions)]
        if introduced:
            named = introduced
        if head == "club":
            # "le club" after "Angers Loire Volley" or "En Avant Guingamp" (never "la Ligue B")
            named = [r for r in records.values() if r.kind in {"association", "other"} and key(r.name).split()[0] not in _LEAGUE_WORDS]
        # "l'établissement consulaire", "l'organisation": any kind, the one named most so far
        text = raw[span.start_char : span.end_char]
        if head == "ordre":
            # "l'ordre (des avocats)" in a release of one barreau: the barreau's order; never another kind of body
            named = [r for r in records.values() if key(r.name).split()[0] in {"barreau", "ordre"} or " de l'ordre " in key(r.name)]  # (or its council)
            if not named and len(text.split()) == 1:
                continue
        if not named and text.strip().isupper() and len(head) > 1:
            # "la SPL" after "la société publique locale Ports d'Armor": the name its letters spell
            named = [r for r in records.values() if "".join(w[0] for w in key(r.name).split() if w not in _SMALL_WORDS).startswith(head)]
        # "la chambre d'agriculture": a compound anaphor names its kind of body, so only a body of that name
        compound = len(text.split()) > 1 and kind != "any"
        fielded = compound and bool(re.search(r"\s(?:de|des|du)\s|\sd['’]", text))  # "chambre d'agriculture", not "conseil départemental"
        other_body = False
        if compound and not fielded and named and head != "ordre":  # ("l'Ordre régional": the order's council, whatever its words)
            # "le tribunal judiciaire" beside the "tribunal de commerce de X": another body of that head
            named = [r for r in named if any(key(n).startswith(key(text)) or key(n).split()[0] != head and _opens(n, head, synonyms) for n in (r.name, *r.aliases) if key(n))]
            other_body = not named and kind not in {"region", "department", "municipality"}
        of_kind = [] if fielded or other_body else [r for r in records.values() if r.kind == kind or kind == "any"]
        if named and not any(m.end <= span.start_char for r in named for m in r.mentions) and any(m.end <= span.start_char for r in of_kind for m in r.mentions):
            named = []  # "l'école" before the text names the "École de management de X": the school named so far
        if head in _OWN_NAME_HEADS or head == "club":
            of_kind = []  # "la préfecture" is a préfecture, never another State service; "le club" no federation
        elif head == "theatre" and not named:
            # "le théâtre" in a release about a scène nationale named "Le Carré": the body, whatever kind it was given (never a town's)
            of_kind = [r for r in records.values() if r.kind not in {"state", "ministry", "region", "department", "municipality"}]
        candidates = named or of_kind
        if not named and kind == "company" and head.endswith("erie"):
            # "la conserverie" is not the body the text introduced as "la menuiserie Pélissou": another trade's workshop
            # (nor one the text names only after it)
            candidates = [r for r in candidates if not any(key(n).split()[:1] != [head] and key(n).split()[0].endswith("erie") for n in (r.name, *r.aliases) if key(n))
                          and any(m.end <= span.start_char for m in r.mentions)]
        if head in {"entreprise", "societe"} and len(candidates) > 1:
            # "X, filiale du groupe Y, … a rejoint l'entreprise": the subsidiary, not its group ("le groupe" stays the group's)
            subsidiaries = [r for r in candidates if _set_apart(r, raw)]
            if len(subsidiaries) == 1 and any(_grouped(r) for r in candidates if r is not subsidiaries[0]) and not _grouped(subsidiaries[0]):
                candidates = subsidiaries
        if not candidates and head == "association":
            # "L'association qui anime le centre social La Passerelle …; la présidente de l'association": the body it runs
            run = [r for r in records.values() if any(_RUN_BY_ASSOCIATION.search(raw[max(0, m.start - 60) : m.start]) for m in r.mentions)]
            candidates = run if len(run) == 1 else []
        if head in {"comite", "commission"} and candidates and not any(m.end <= span.start_char for r in candidates for m in r.mentions):
            continue  # ("Le comité sera présidé par …" before "le comité départemental des pêches" is named: another committee)
        council = compound and kind in {"region", "department"} and text[:1].isupper() and head == "conseil"  # "le Conseil départemental", named so only
        if not candidates and (compound or head in _OWN_NAME_HEADS) and (kind not in {"region", "department", "municipality", "company"} or council):
            # "le président de la chambre d'agriculture": a body the text names only so
            rec = records.setdefault(key(text), Organization(name=text, kind=kind))
            rec.mentions.append(_span_ev(raw, span))
            at[(span.start_char, span.end_char)] = rec
            continue
        # "le syndicat" in a release about the "Jeunes Agriculteurs du Gers" (a kind the rules could not tell)
        # (not a body of its own kind: "le musée" after "le collège X" is another body)
        if kind == "other" and head not in _OWN_KIND_HEADS and not any(m.end <= span.start_char for r in candidates for m in r.mentions):
            # "élue à la présidence de l'établissement" after "l'université de Bourgogne"
            candidates = [r for r in records.values() if r.kind in {"university", "agency"} and any(m.end <= span.start_char for m in r.mentions)] or candidates
        if head in {"laboratoire", "unite"}:
            # "à la tête du laboratoire" after "l'institut de recherche XLIM" and "l'université de Limoges": the research unit
            units = [r for r in candidates if key(r.name).split()[0] in _RESEARCH_UNITS or r.name.isupper() and r.kind != "university"]
            # ("responsable de l'unité" in a hospital's release: a ward, no body; "l'unité" refers back to a research unit only)
            candidates = units if head == "unite" else units or candidates
        if kind in {"association", "company", "agency"}:  # (never "la région" for an organization of unknown kind)
            # (also when those of its kind are all named after it: "… dans le groupe" before "chez Natixis")
            if not any(m.end <= span.start_char for r in candidates for m in r.mentions):
                candidates = [r for r in records.values() if r.kind == "other" and any(m.end <= span.start_char for m in r.mentions)] or candidates
        # the one named most so far (the release's subject: "L'entreprise" after
        # "… d'Airbus" is still the company the release is about), then the last named
        if head == "club" and len(candidates) > 1:
            # "le club" in a release about a club: the one the headline names (after a merger, the new one)
            headline = raw.find("\n")
            headed = [r for r in candidates if any(m.end <= headline for m in r.mentions)] if headline > 0 else []
            candidates = headed if len(headed) == 1 else candidates
        seen = {id(r): [m.start for m in r.mentions if m.end <= span.start_char] for r in candidates}
        if _MERGED.match(raw, span.end_char) and any(seen[id(r)] for r in candidates):
            # "l'entité fusionnée", "la banque issue de la fusion": the body named last for the first time (the new one)
            newest = max((r for r in candidates if seen[id(r)]), key=lambda r: min(seen[id(r)]))
            _add_alias(newest, text)
            newest.mentions.append(_span_ev(raw, span))
            at[(span.start_char, span.end_char)] = newest
            continue
        earlier = [(len(seen[id(r)]), max(seen[id(r)]), r) for r in candidates if seen[id(r)]]
        if kind == "any" and head == "conseil":
            # "le conseil" (a board) among bodies named as often: the one named first, the release's subject
            earlier = [(n, -min(seen[id(r)]), r) for n, _, r in earlier]
        top = max((n for n, _, _ in earlier), default=0)
        tied = [r for n, _, r in earlier if n == top]
        headed = [r for r in tied if _issuer(r, raw, block)] if len(tied) > 1 else []
        if len(headed) == 1:
            # "Diocèse de Quimper et Léon" alone on the release's first lines, "le diocèse de Lyon" named once since: "le diocèse" is the issuer
            earlier = [(n, 1 if r is headed[0] else 0, r) for n, _, r in earlier]
        target = max(earlier, key=lambda x: x[:2])[2] if earlier else (candidates[0] if len(candidates) == 1 else None)
        if target is None:
            continue
        _add_alias(target, text)
        target.mentions.append(_span_ev(raw, span))
        at[(span.start_char, span.end_char)] = target
    _merge_prefixes(records, at)  # (and again with the bodies anaphora named)
    _merge_appositions(spans, records, at, raw)
    _merge_local_authorities(records, at)
    _merge_intercommunal(records, at)
    _merge_hospitals(records, at)
    _merge_own_organs(records, at)
    _merge_councils(records, at)
    _merge_municipal(records, at)
    _merge_spelled(records, at)
    _merge_same_names(records, at)
    _merge_headline_forms(records, at, raw)
    _merge_centres(records, at, raw)
    _merge_branches(records, at)
    _merge_short_forms(records, at, {key(f.data["short"]): key(f.data.get("name") or raw[f.start_char : f.end_char]) for f in spans if f.data.get("short")})
    _merge_parenthesized(records, at, raw)
    for rec in records.values():
        rec.mentions.sort(key=lambda m: m.start)
        if len(rec.name.split()) > 1 and rec.name.isupper():
            # "COMMUNIQUÉ DE L'INTERSYNDICALE DU CENTRE HOSPITALIER DE NIORT": a heading in capitals; the name as the text writes it below
            written = next((m.text for m in rec.mentions if not m.text.isupper() and key(m.text) == key(rec.name)), None)
            if written is not None:
                _add_alias(rec, rec.name)
                rec.name = written
    return list(records.values()), at


_SUBSIDIARY = re.compile(r"\s*,\s*(?:sa |la |une )?filiale d")  # ("X, filiale du groupe Y")


def _set_apart(org: Organization, raw: str) -> bool:
    """Whether a mention of ``org`` is followed by ", filiale de …" (a subsidiary the text sets apart)."""
    return any(_SUBSIDIARY.match(raw, m.end) for m in org.mentions)


def _grouped(org: Organization) -> bool:
    """Whether the text calls ``org`` a group ("le groupe Y")."""
    return any(key(n).startswith("groupe ") for n in (org.name, *org.aliases))


def _opens(name: str, head: str, synonyms: set[str]) -> bool:
    """Whether ``name`` begins with an anaphor's head word or with another
    word for it ("la jeune pousse" and "start-up X", "l'hôpital" and
    "centre hospitalier de X")."""
    folded = key(name)
    return folded.split()[:1] == [head] or any(folded == s or folded.startswith(s + " ") for s in synonyms)


def _merge_branches(records: dict[str, Organization], at: dict[tuple[int, int], Organization]) -> None:
    """"France Travail Centre-Val de Loire", "Bpifrance Bretagne", "France
    Travail d'Anduze": a national body's regional or local branch is that
    body (named as the gazetteer names it; the branch's name is an alias)."""
    for name_key, rec in list(records.items()):
        if name_key not in records:
            continue
        for known_key, known in _BRANCHES.items():
            if not name_key.startswith(known_key + " "):
                continue
            rest = rec.name[len(known) :].strip(" –-")
            place = re.sub(r"^(?:de la |de l['’]|du |des |de |d['’])", "", rest)
            if not (key(place) in _PLACE_KEYS or rest != place and place[:1].isupper() and len(place.split()) <= 3):
                continue
            if known_key in records:
                _merge_into(records, at, name_key, records[known_key])
            else:
                _add_alias(rec, rec.name)
                rec.name = known
                records[known_key] = records.pop(name_key)
            break


def _issuer(rec: Organization, raw: str, block: int) -> bool:
    """Whether the organization is named alone on a line of the release's
    opening block, which ends at ``block`` (its issuer: "Diocèse de Quimper
    et Léon" above the title), not in a sentence or a headline."""
    for m in rec.mentions:
        if block < 0 or m.start >= block:
            continue
        line_start = raw.rfind("\n", 0, m.start) + 1
        line_end = raw.find("\n", m.end)
        if raw[line_start : line_end if line_end >= 0 else len(raw)].strip() == m.text.strip():
            return True
    return False


_LEGAL_TAILS = {"sa", "sas", "sasu", "se", "sarl", "eurl", "industries", "industrie", "group", "groupe", "holding"}
_SMALL_WORDS = {"de", "du", "des", "d'", "la", "le", "les", "l'", "et", "a", "au", "aux"}
_RESEARCH_UNITS = {"laboratoire", "institut", "unite", "umr", "centre", "equipe"}
_MERGED = re.compile(r"\s+(?:fusionn[ée]e?s?|issue?s? de (?:la|leur) fusion|née? de (?:la|leur) fusion)\b")
_OWN_NAME_HEADS = {"prefecture", "sous-prefecture", "rectorat"}
_OWN_KIND_HEADS = {"musee", "zoo", "parc", "diocese", "mediatheque", "hopital", "chu"}  # anaphora that never refer back to a school or an agency


def _add_alias(rec: Organization | Programme, alias: str) -> None:
    """Record another surface form of an entity, once, unless it is its name."""
    if key(alias) != key(rec.name) and alias not in rec.aliases:
        rec.aliases.append(alias)


def _merge_into(records: dict[str, Any], at: dict[tuple[int, int], Any] | None, source_key: str, target: Organization | Programme) -> None:
    """Move the record under ``source_key`` into ``target``: mentions, names,
    and positions in ``at`` when there is one."""
    source = records.pop(source_key)
    target.mentions.extend(source.mentions)
    for alias in [source.name] + source.aliases:
        _add_alias(target, alias)
    if at is not None:
        for pos, rec in list(at.items()):
            if rec is source:
                at[pos] = target


def _merge_short_forms(records: dict[str, Organization], at: dict[tuple[int, int], Organization], shorts: dict[str, str]) -> None:
    """"CHU de Rennes" after "Centre hospitalier universitaire (CHU) de Rennes":
    the acronym with the rest of the long name is the same organization, named
    as the text goes on to name it."""
    for short_key, long_key in shorts.items():
        if short_key in records and long_key in records and short_key != long_key:
            _merge_into(records, at, long_key, records[short_key])


def _merge_headline_forms(records: dict[str, Organization], at: dict[tuple[int, int], Organization], raw: str) -> None:
    """"le syndicat du bassin de l'Oudon" in a headline and "Syndicat de bassin
    pour l'aménagement de la rivière l'Oudon" below: a body named only in the
    headline, whose head and two other words or more are all among the words
    of one body named below with the same head, is that body in short."""
    headline = raw.find("\n")
    if headline <= 0:
        return
    for short_key, short in list(records.items()):
        words = [w for w in short_key.split() if w not in _LINK_KEYS]
        if short_key not in records or len(words) < 3 or any(m.end > headline for m in short.mentions):
            continue
        below = [r for k, r in records.items() if r is not short and k.split()[0] == words[0] and set(words) <= set(k.split())
                 and any(m.start > headline for m in r.mentions)]
        if len(below) == 1:
            _merge_into(records, at, short_key, below[0])


def _merge_parenthesized(records: dict[str, Organization], at: dict[tuple[int, int], Organization], raw: str) -> None:
    """"Agence de développement pour la Normandie (AD Normandie)": a name the
    text sets in parentheses right after another's mention, opening with
    capitals that the other's first words spell, is the same organization."""
    for short_key, short in list(records.items()):
        first = short.name.split()[0]
        if short_key not in records or not first.isupper() or len(first) < 2 or " " not in short.name:
            continue
        for rec in list(records.values()):
            if rec is short or not any(raw[m.end : m.end + len(short.name) + 3] == f" ({short.name})" for m in rec.mentions):
                continue
            initials = "".join(w[0] for w in re.findall(r"[\w'’-]+", rec.name) if w[0].isupper() or w.lower() not in _SMALL_WORDS)
            if initials.upper().startswith(first):
                _merge_into(records, at, short_key, rec)
                break


def _merge_prefixes(records: dict[str, Organization], at: dict[tuple[int, int], Organization]) -> None:
    """"la Fédération régionale" after "Fédération régionale des travaux
    publics de …": a shortened name of the same kind is the same organization."""
    for short_key, short in list(records.items()):
        # also "Collectivité Eau du Bassin Rennais" for "Eau du Bassin Rennais": a head word before the same name
        # (not "Fondation Université Côte d'Azur": a foundation of a body named by its own head is another body)
        # ("Festival Les Arts à l'Ouest" for "Les Arts à l'Ouest", whose key drops its article)
        headed = [r for k, r in records.items() if k.endswith(" " + short_key) and k.split()[0] in _ORG_HEAD_WORDS | {"festival"}
                  and not (k.split()[0] in {"fondation", "fonds"} and short_key.split()[0] in _ORG_HEAD_WORDS)
                  and (len(k.split()) == len(short_key.split()) + 1 or len(k.split()) == len(short_key.split()) + 2 and k.split()[1] in {"le", "la", "les"}
                       # "Caisse régionale de Crédit Agricole Alpes Provence" for "Crédit Agricole Alpes Provence"
                       # (not "Caisse fédérale du Crédit Mutuel Océan": a federation's bank, another body than its group)
                       or len(k.split()) == len(short_key.split()) + 3 and k.split()[2] in {"de", "du"} and k.split()[1] in {"regionale", "regional"})]
        # ("LIRMM" for "Institut LIRMM": an acronym after the head word)
        if len(headed) == 1 and (len(short_key.split()) > 1 or len(short.name) > 2 and short.name.replace("-", "").isupper() and short.name.replace("-", "").isalpha()
                                 and key(headed[0].name).split()[0] in _ACRONYM_HEADS):
            _merge_into(records, at, short_key, headed[0])
            continue
        # ("Centre hospitalier de Dax" in a headline, "centre hospitalier de Dax-Côte d'Argent" below)
        # ("CEA" and "CEA-Liten": a known body and its institute with a name of its own)
        longer = [r for k, r in records.items() if (k.startswith(short_key + " ") or k.startswith(short_key + "-") and short_key not in _KNOWN_NAMES) and r.kind == short.kind and r is not short
                  and not (short.kind == "company" and set(k[len(short_key) :].split()) & _SUBSIDIARY_TAILS)  # ("Vialis GmbH": a subsidiary of Vialis)
                  and not any(key(a).split()[:1] == ["filiale"] for a in r.aliases)]  # ("une filiale, Kerlouan Océan": another company than Kerlouan)
        if any(key(a).startswith("groupe ") for a in short.aliases) and not any(key(a).startswith("groupe ") for r in longer for a in r.aliases):
            longer = []  # "l'une des 39 caisses régionales du groupe Crédit Agricole": the group, not "Crédit Agricole Alpes Provence"
        if len(longer) != 1:
            # "le collège de Mirande" and "le collège Fernand-Bonnafous de Mirande": one school of a town
            # ("le centre hospitalier de Saint-Brieuc" and "le centre hospitalier Yves-Le Foll de Saint-Brieuc")
            located = re.fullmatch(r"(.+?) (?:de|d'|du) (.+)", short_key) if short.name[:1].islower() else None
            longer = [r for k, r in records.items() if located and r is not short and r.kind == short.kind and k.startswith(located.group(1) + " ")
                      and re.search(rf" (?:de|d'|du) {re.escape(located.group(2))}$", k)] if located else []
            if len(longer) != 1:
                continue
        _merge_into(records, at, short_key, longer[0])


# heads whose name may be an acronym alone, then written without them ("l'Institut LIRMM", "LIRMM"; never "la Fondation EDF")
_ACRONYM_HEADS = {"institut", "laboratoire", "groupe", "universite", "ecole", "unite", "centre"}
# a company's name followed by one of these names a subsidiary abroad or a national branch, not the company itself
_SUBSIDIARY_TAILS = {"gmbh", "ag", "ltd", "limited", "inc", "llc", "plc", "bv", "nv", "srl", "spa", "sl", "kgaa", "france", "deutschland", "italia", "espana",
                     "iberica", "polska", "uk", "usa", "benelux", "belgium", "belgique", "suisse", "schweiz", "canada", "japan", "china", "north", "america"}
# kinds the text states ("l'association X", "Région X", a known name) over kinds guessed from an apposition or the model
_STATED_KIND = {"common_noun", "head", "gazetteer"}
_LINK_KEYS = {"de", "du", "des", "d'", "la", "le", "les", "l'", "et"}
_SCOPE_WORDS = {"regional", "regionale", "departemental", "departementale", "national", "nationale", "local", "locale", "europeen", "europeenne",
                "interregional", "interregionale", "territorial", "territoriale", "metropolitain", "metropolitaine", "federal", "federale"}
_APPOSED = re.compile(r",\s*(?:(?:la|le|les)\s+|l['’])?")
_AFTER_APPOSED = re.compile(r"(?:\s*\([A-Z][A-Za-z]{1,9}\))?\s*(?:,\s*(?!(?:et|la|le|les|un|une|des|du|de)\b|l['’])[a-zà-ÿ]|[.)])")


def _merge_appositions(spans: list[Fact], records: dict[str, Organization], at: dict[tuple[int, int], Organization], raw: str) -> None:
    """"L'office public de l'habitat de Loire-Atlantique, Habitat 44, a
    présenté …": a lower-case description and a proper name set side by side
    (not in a list: the pair is followed by a verb or ends there) are one
    organization, named by its proper name."""
    named = sorted((s for s in spans if not s.data.get("anaphor")), key=lambda s: s.start_char)
    for a, b in zip(named, named[1:]):
        if not _APPOSED.fullmatch(raw[a.end_char : b.start_char]) or not _AFTER_APPOSED.match(raw, b.end_char):
            continue
        if raw[a.start_char - 1 : a.start_char] == "(" and raw[b.end_char : b.end_char + 1] == ")":
            continue  # "(Inserm, université de Montpellier)": a unit's two bodies, listed in parentheses
        first, second = at.get((a.start_char, a.end_char)), at.get((b.start_char, b.end_char))
        if first is None or second is None or first is second or raw[a.start_char].isupper() == raw[b.start_char].isupper():
            continue
        description, proper = (first, second) if raw[a.start_char].islower() else (second, first)
        source_key = next((k for k, r in records.items() if r is description), None)
        if source_key is not None:
            _merge_into(records, at, source_key, proper)


_AUTHORITY = re.compile(r"^(?:conseil (departemental|regional)|(departement|region))(?: de la| de l'| du| des| de| d')? ?(.+)$")


def _merge_local_authorities(records: dict[str, Organization], at: dict[tuple[int, int], Organization]) -> None:
    """"Conseil départemental du Loiret" and "Département du Loiret", "Conseil
    régional de Bretagne" and "Région Bretagne": one local authority, named
    as the Département or the Région."""
    found: dict[tuple[str, str], list[str]] = {}
    for k, rec in records.items():
        m = _AUTHORITY.match(k)
        if m and rec.kind in {"department", "region"}:
            level = (m.group(1) or m.group(2))[:5]  # "depar" / "regio"
            found.setdefault((level, m.group(3)), []).append(k)
    for keys in found.values():
        if len(keys) < 2:
            continue
        target = next((k for k in keys if k.startswith(("departement", "region"))), keys[0])
        for k in keys:
            if k != target and k in records and target in records:
                _merge_into(records, at, k, records[target])


_INTERCOMMUNAL = re.compile(r"^(?:communaute d'agglomeration|communaute de communes|communaute urbaine|agglomeration|agglo|metropole)(?: de la| de l'| du| des| de| d')? ?(.+)$")


def _merge_intercommunal(records: dict[str, Organization], at: dict[tuple[int, int], Organization]) -> None:
    """"Communauté d'agglomération du Grand Dax" and "le Grand Dax": one
    intercommunality, named in full."""
    for k, rec in list(records.items()):
        m = _INTERCOMMUNAL.match(k)
        if m is None or rec.kind != "municipality" or k not in records:
            continue
        short = records.get(m.group(1))
        if short is not None and short is not rec and short.kind == "municipality":
            _merge_into(records, at, m.group(1), rec)
        if k.startswith("agglo "):
            continue
        # ("l'Agglo du Niortais" for "la communauté d'agglomération du Niortais": its short name)
        for other in [o for o in records if o.startswith("agglo ") and (n := _INTERCOMMUNAL.match(o)) is not None and n.group(1) == m.group(1)]:
            _merge_into(records, at, other, rec)


_COUNCIL = re.compile(r"^conseil(?: (municipal|communautaire|metropolitain))?(?: de la| de l'| du| des| de| d')? ?(.+)$")


_MUNICIPAL = re.compile(r"^(?:ville|mairie|commune|conseil municipal) (?:de |d')(.+)$")  # ("le conseil municipal de Landerneau": the town's council is the town here)


def _merge_hospitals(records: dict[str, Organization], at: dict[tuple[int, int], Organization]) -> None:
    """"l'hôpital de Dinan" in a release about "le centre hospitalier René-Pleven
    de Dinan": the one hospital of that town the text names in full."""
    for k in list(records):
        m = re.fullmatch(r"hopital (?:de |d'|du )(.+)", k)
        if m is None or k not in records:
            continue
        town = m.group(1)
        full = [r for kk, r in records.items() if kk.startswith("centre hospitalier ") and re.search(rf"(?: de | d'| du ){re.escape(town)}$", kk)]
        if len(full) == 1:
            _merge_into(records, at, k, full[0])


# a body's own organ named after it: "la Caisse fédérale du Crédit Mutuel de Gascogne" beside the "Crédit Mutuel de
# Gascogne"; "le conseil régional de l'Ordre des experts-comptables d'Occitanie" beside the order the headline names
_OWN_ORGANS = (re.compile(r"caisse federale (?:du |de |de la |des |d')(.+)"), re.compile(r"conseil (?:[a-z]+ )?de l'(ordre .+)"))


def _merge_own_organs(records: dict[str, Organization], at: dict[tuple[int, int], Organization]) -> None:
    """A body's federal bank or governing council, when the text also names the
    body itself: one organization, under the body's name."""
    for k in list(records):
        m = next((m for pattern in _OWN_ORGANS if (m := pattern.fullmatch(k))), None)
        if m is not None and m.group(1) in records:  # (only the key at hand leaves the records)
            _merge_into(records, at, k, records[m.group(1)])


def _merge_municipal(records: dict[str, Organization], at: dict[tuple[int, int], Organization]) -> None:
    """"La commune de Saint-Affrique" and "la Mairie de Saint-Affrique": one
    municipality, named as the text names it first."""
    seen: dict[str, str] = {}
    for k in sorted(records, key=lambda k: min(m.start for m in records[k].mentions)):
        m = _MUNICIPAL.match(k)
        if not m:
            continue
        if m.group(1) in seen and seen[m.group(1)] in records:
            _merge_into(records, at, k, records[seen[m.group(1)]])
        else:
            seen[m.group(1)] = k


def _merge_councils(records: dict[str, Organization], at: dict[tuple[int, int], Organization]) -> None:
    """"le conseil de l'Eurométropole de Strasbourg" is the Eurométropole;
    "le conseil municipal de Chalais" is the Ville, Mairie or Commune de
    Chalais when the text names it so."""
    for k in list(records):
        m = _COUNCIL.match(k)
        if not m or k not in records:
            continue
        rest = m.group(2)
        names = [rest] if not m.group(1) else [rest, *(f"{head} {link}{rest}" for head in ("ville", "mairie", "commune") for link in ("de ", "d'"))]
        target = next((n for n in names if n in records and n != k), None)
        if target is not None:
            _merge_into(records, at, k, records[target])


_RUN_BY_ASSOCIATION = re.compile(r"\bassociation,?\s+qui\s+(?:gère|anime|porte|administre|pilote|organise)\s+(?:(?:le|la|les|l['’])\s*)?(?:[^\W\d]+\s+){0,3}$", re.IGNORECASE)


def _merge_centres(records: dict[str, Organization], at: dict[tuple[int, int], Organization], raw: str) -> None:
    """"le centre INRAE Grand Est-Nancy" and "Le centre Grand Est-Nancy
    regroupe …": a regional centre written once with its body's name is that
    body (corpus/README.md), written without it too."""
    for k in list(records):
        words = records[k].name.split(" ", 1)
        if k not in records or len(words) < 2 or words[0].lower() != "centre" or not words[1][:1].isupper():
            continue
        found = re.search(rf"\bcentre\s+(\S+)\s+{re.escape(words[1])}\b", raw, re.IGNORECASE)
        body = records.get(key(found.group(1))) if found else None
        if body is not None and body is not records[k]:
            _merge_into(records, at, k, body)


def _merge_spelled(records: dict[str, Organization], at: dict[tuple[int, int], Organization]) -> None:
    """"CCI des Côtes-d'Armor" and "chambre de commerce et d'industrie des
    Côtes-d'Armor": an acronym and the words it spells, before the same
    territory, are one organization (named by the acronym)."""
    for k in list(records):
        if k not in records:
            continue
        first, _, rest = records[k].name.partition(" ")
        if first.isupper() and first.isalpha() and len(first) >= 3 and not rest:
            # "EAG" alone and "En Avant Guingamp": the name its letters spell
            spelled = [o for ok, o in records.items() if ok != k and "".join(w[0] for w in o.name.split() if w[:1].isupper()) == first and len(o.name.split()) >= 3]
            if not spelled:
                # "CFA" and "centre de formation d'apprentis du bâtiment de Saint-Brieuc": the first words it spells
                spelled = [o for ok, o in records.items() if ok != k and _initials(ok, len(first)) == first.lower()]
            if len(spelled) == 1:
                _merge_into(records, at, k, spelled[0])
            continue
        # ("Caf de la Somme": an acronym written as a word, checked by the same initials below)
        if not ((first.isupper() and len(first) > 1 or first.isalpha() and len(first) >= 3 and first[0].isupper()) and rest):
            continue
        # ("SDIS 17": a département's number in place of its name)
        tail = key(_DEPARTEMENT_CODES.get(rest, rest))
        for other_key in list(records):
            # ("AS Lannion" and "Association sportive Lannion handball": the club's sport after its town)
            sport = other_key.rsplit(" ", 1)[-1] if other_key.rsplit(" ", 1)[-1] in _CLUB_TAILS else ""
            stem = other_key[: -len(sport) - 1] if sport else other_key
            if other_key == k or not stem.endswith((" " + tail, "'" + tail)):
                continue  # ("CCI Hérault" and "… d'industrie de l'Hérault")
            words = [w.split("'")[-1] for w in stem[: -len(tail)].split() if w not in _SMALL_WORDS]
            if "".join(w[0] for w in words if w) == first.lower():
                _merge_into(records, at, other_key, records[k])  # (named by its acronym, as "CHU de Limoges" is)
                break


def _initials(folded: str, n: int) -> str:
    """Initials of the first ``n`` content words of a folded name ("" when it has fewer)."""
    words = [w.split("'")[-1] for w in folded.split() if w not in _SMALL_WORDS]
    return "".join(w[0] for w in words[:n] if w) if len(words) > n else ""


def _capitalized_words(name: str) -> set[str]:
    """The folded capitalized words of a name after its head: "Fondation Ateliers de France" -> {"ateliers", "france"}."""
    return {key(w) for w in name.split()[1:] if w[:1].isupper()}


def _proper_part(name: str) -> str:
    """The folded words of a name from its first capitalized word after the head:
    "office de tourisme Baie de Morlaix" -> "baie de morlaix"."""
    words = name.split()
    start = next((i for i, w in enumerate(words[1:], 1) if w[:1].isupper()), None)
    return key(" ".join(words[start:])) if start is not None else ""


def _merge_same_names(records: dict[str, Organization], at: dict[tuple[int, int], Organization]) -> None:
    """"Office de tourisme communautaire Baie de Morlaix" and "office de
    tourisme Baie de Morlaix Bretagne": one head and one proper name (of two
    capitalized words at least) that the other's proper name begins with.
    "Groupe Salvéo" in a headline and "Salvéo" written "le groupe Salvéo"
    below: a name that is another record's form."""
    for name_key, rec in list(records.items()):
        other = next((r for k, r in records.items() if r is not rec and k != name_key and name_key in {key(a) for a in r.aliases}), None)
        if other is not None and name_key in records:
            _merge_into(records, at, name_key, other)
    # "CHU d'Amiens-Picardie" in a headline and "CHU Amiens-Picardie" below: the same words but a linking one
    # ("Caisse d'Épargne Auvergne Limousin" and "Caisse d'Épargne d'Auvergne et du Limousin": and an "et")
    bare: dict[str, str] = {}
    for name_key in list(records):
        words = re.sub(r"\b(?:de la|de l'|du|des|de|d'|et)(?:\s+|(?<=')|$)", "", name_key).split()
        squeezed = " ".join(words)
        if len(words) > 1 and squeezed in bare and bare[squeezed] in records and name_key in records and records[bare[squeezed]].kind == records[name_key].kind:
            _merge_into(records, at, name_key, records[bare[squeezed]])
        else:
            bare.setdefault(squeezed, name_key)
    # "l'agence régionale Auvergne-Rhône-Alpes Tourisme" and "Auvergne-Rhône-Alpes Tourisme": a
    # lower-case description before the very name of another record
    for long_key, longer in list(records.items()):
        part = _proper_part(longer.name)
        located = long_key.endswith((" de " + part, " du " + part, " d'" + part))  # ("centre hospitalier de Saint-Mihiel": a town, not a name)
        if long_key in records and longer.name[:1].islower() and part != long_key and part in records and (" " in part or "-" in part) and not located:
            _merge_into(records, at, long_key, records[part])
    for short_key, short in list(records.items()):
        part = _proper_part(short.name)
        if short_key not in records or sum(w[:1].isupper() for w in short.name.split()[1:]) < 2:
            continue
        head = key(short.name).split()[0]
        # ("Office de tourisme Cœur de Bourgogne" and "office de tourisme intercommunal Cœur de Bourgogne": one head, one proper name)
        same = [r for k, r in records.items() if r is not short and key(r.name).split()[0] == head and (_proper_part(r.name).startswith(part + " ") or _proper_part(r.name) == part)]
        if len(same) == 1:
            _merge_into(records, at, short_key, same[0])
    # "Fondation Groupe Legrand-Morel" and "Fondation d'entreprise du groupe Legrand-Morel":
    # one head, the shorter name's other words ending the longer one (not "Chambre
    # d'agriculture de la Manche" and "Chambre régionale d'agriculture …": a scope word)
    for short_key, short in list(records.items()):
        words = key(short.name).split()
        if short_key not in records or len(words) < 3:
            continue
        for long_key, longer in list(records.items()):
            other = long_key.split()
            extra = other[1 : len(other) - len(words) + 1]
            # (not "Fondation Ateliers de France" and "Fondation de France": a proper word between)
            proper = _capitalized_words(longer.name)
            # ("centrale nucléaire EDF de Civaux" and "centrale de Civaux": a proper word that is another record's name is its owner)
            # (nor "Université de technologie de Compiègne" and "Université de Compiègne": a field's "de technologie" makes another body)
            if long_key in records and longer is not short and other[0] == words[0] and len(other) > len(words) and other[-(len(words) - 1) :] == words[1:] \
                    and not (words[1] in _LINK_KEYS and any(w in _LINK_KEYS for w in extra)) and not any(w in _SCOPE_WORDS or w in proper and w not in records for w in extra):
                _merge_into(records, at, long_key, short)  # (every longer form: "Centrale nucléaire de Civaux" too)
    # "chambre de métiers de la Sarthe" and "chambre de métiers et de l'artisanat de la Sarthe": the shorter
    # name's words in order inside the longer one, the same first and last words, only common words added
    for short_key, short in list(records.items()):
        words = short_key.split()
        # (three words with no link, a head, its adjective and a proper name: "Caisse régionale Sud-Vienne" and
        # "Caisse régionale de crédit mutuel agricole Sud-Vienne"; not "Université de Rennes")
        written = short.name.split()  # (as many words as the key, or the check does not apply: "Â'Carole Delga" folds to three)
        headed = len(words) == 3 and len(written) == 3 and words[1] not in _LINK_KEYS and written[-1][:1].isupper() and written[1][:1].islower()
        if short_key not in records or len(words) < 4 and not headed:
            continue
        for long_key, longer in list(records.items()):
            other = long_key.split()
            if long_key not in records or longer is short or len(other) <= len(words) or other[0] != words[0] or other[-1] != words[-1]:
                continue
            rest = iter(other)
            inside = all(w in rest for w in words)  # (a subsequence)
            extra = [w for w in other if w not in words]
            proper = _capitalized_words(longer.name)
            # ("Caisse régionale de Crédit Agricole de Champagne-Bourgogne": the proper words added name the network, another record)
            network = {w for k in [*records, *_KNOWN_NAMES] if k not in {short_key, long_key} and " " in k for w in k.split()} if any(w in proper for w in extra) else set()
            # ("Groupement de gendarmerie départementale de la Sarthe" and "groupement de gendarmerie de la Sarthe": a
            # département's own scope adjective, before the département's name)
            own_scope = set(extra) <= {"departementale", "departemental"} and re.split(r"['’]", words[-1])[-1] in _DEPARTEMENT_KEYS
            if inside and (own_scope or not any(w in _SCOPE_WORDS or w in proper and w not in network for w in extra)):
                _merge_into(records, at, short_key, longer)  # (named by its fuller form)
                break
    # "Groupe Vercorin" in a headline and "Vercorin Industries SA" below: a group and its company's legal name
    for group_key, group in list(records.items()):
        words = group_key.split()
        if group_key not in records or len(words) < 2 or words[0] != "groupe" or group.kind != "company":
            continue
        core = words[1:]
        legal = [k for k, r in records.items() if r is not group and r.kind == "company" and k.split()[: len(core)] == core
                 and len(k.split()) > len(core) and set(k.split()[len(core) :]) <= _LEGAL_TAILS]
        if len(legal) == 1:
            _merge_into(records, at, legal[0], group)


def _people(facts: list[Fact], raw: str) -> tuple[list[Person], dict[tuple[int, int], Person]]:
    spans = sorted(facts, key=lambda s: (-s.tokens, s.start_char))
    records: dict[str, Person] = {}
    at: dict[tuple[int, int], Person] = {}
    by_surname: dict[str, Person] = {}
    for span in spans:
        text = raw[span.start_char : span.end_char]
        words = text.split()
        rec = records.get(key(text))
        if rec is None and len(words) == 1 or rec is None and len(words) == 2 and (words[0].endswith(".") and len(words[0]) <= 3 or words[0] in _PARTICLES):
            rec = by_surname.get(key(words[-1]))  # "Pernod", "S. Pernod" after "Stéphanie Pernod"; "Le Goff" after "Yann Le Goff"
        if rec is None:
            name = text
            civility = span.data.get("civility")
            if len(words) == 1 and civility and civility.lower().rstrip(".") not in {"mm", "mmes", "messieurs", "mesdames"}:
                # only "M. Martin" in the text: the civility stays in the name
                name = raw[span.start_char - len(civility) - 1 : span.end_char] if span.start_char > len(civility) else text
            rec = records[key(text)] = Person(name=name)
            by_surname.setdefault(key(words[-1]), rec)
        elif rec.name == text.upper() or _in_capitals(rec.name) and not _in_capitals(text) and key(rec.name) == key(text):
            rec.name = text  # "Catherine BELLANGER-KERAUDREN", then "Catherine Bellanger-Keraudren": named as usually written
        rec.mentions.append(_span_ev(raw, span))
        at[(span.start_char, span.end_char)] = rec
    for rec in records.values():
        rec.mentions.sort(key=lambda m: m.start)
    ordered = sorted(records.values(), key=lambda r: r.mentions[0].start)
    return ordered, at


_PARTICLES = {"Le", "La", "Du", "De", "Des", "Van", "Von", "Da", "Di", "Del", "El", "Ben", "Mac"}  # a surname's first word ("le Dr Le Goff")


def _in_capitals(name: str) -> bool:
    """Whether a name has a word of three letters or more in capitals ("Pierre DUCASSE")."""
    return any(w.isupper() and len(w) > 2 for w in name.split())


def _title_head(title: str, skip: set[str]) -> str:
    """First content word of a title: "1re vice-présidente déléguée" -> "vice-presidente"."""
    words = [w for w in key(title).replace(",", " ").split() if w not in skip]
    return words[0] if words else ""


def _attach_roles(facts: list[Fact], raw: str, person_at: dict[tuple[int, int], Person], org_at: dict[tuple[int, int], Organization]) -> None:
    orgs = list(dict.fromkeys(map(id, org_at.values())))
    by_id = {id(o): o for o in org_at.values()}
    subsidiaries = [o for o in by_id.values() if _set_apart(o, raw) and not _grouped(o)]
    subsidiary = subsidiaries[0] if len(subsidiaries) == 1 else None
    for span in facts:
        data = span.data
        person = person_at.get(tuple(data["person"]))
        if person is None:
            continue
        title = data.get("title_text") or raw[slice(*data["title"])]
        org = org_at.get(tuple(data["organization"])) if data.get("organization") else None
        if org is None and data.get("organization") and not data.get("title_text") and 0 <= data["organization"][0] - data["title"][1] <= 6:
            # "responsable de l'unité" where "l'unité" refers to no body: the title keeps its words
            title = raw[data["title"][0] : data["organization"][1]]
        founders = data.get("plural") and _founder(title)  # ("les deux cofondateurs, A et B")
        if org is None and (not data.get("unnamed") or founders) and not data.get("organization"):  # (a body the text named but no record holds: no guess)
            # ("par la voix de son président X": whose, the sentence says, even when no record holds it)
            pointed = bool(re.search(r"\b(?:son|sa|leur)\s+$", raw[max(0, data["title"][0] - 8) : data["title"][0]]))
            # (not a label in parentheses after a name: "Claire X (Horizons, Lot)", a party, never the body a title is held in)
            org = _cultural_service(title, [by_id[i] for i in orgs]) or _implicit_organization(
                title, [by_id[i] for i in orgs if not _only_in_parentheses(by_id[i], raw)], possessive=data.get("possessive", False), pointed=pointed,
                promoted=data.get("promoted", False), written=not data.get("title_text"), subsidiary=subsidiary)
        if _title_head(title, _ROLE_SKIP) in {"procureur", "procureure"}:
            org = None  # "procureur de la République près le tribunal judiciaire de X": scoped by its office, no body (corpus/README.md)
        if org is not None and key(title) in {"ingenieur", "ingenieure"} and data.get("organization") \
                and re.fullmatch(r"\s+(?:de\s+(?:l['’]\s*|la\s+)?|d['’]\s*)", raw[data["title"][1] : data["organization"][0]]):
            org = None  # "Ingénieur de Centrale Nantes": the school gave the degree (as "ingénieur diplômé de"; an employer is "chez")
        role = Role(title=title, organization=org.name if org else None, status=data["status"], since=data.get("since"), evidence=_span_ev(raw, span))
        _add_role(person, role, _ROLE_SKIP)


def _cultural_service(title: str, orgs: list[Organization]) -> Organization | None:
    """"le conservateur régional de l'archéologie", "… des monuments
    historiques": a post of the regional cultural affairs service, when the
    text names one (also in parentheses: "prescrite par l'État (direction
    régionale des affaires culturelles Grand Est)")."""
    if key(title).split()[:2] not in (["conservateur", "regional"], ["conservatrice", "regionale"]):
        return None
    services = [o for o in orgs if key(o.name).startswith("direction regionale des affaires culturelles") or "drac" in {key(a).split()[0] for a in o.aliases if a.strip()}]
    return services[0] if len(services) == 1 else None


def _only_in_parentheses(org: Organization, raw: str) -> bool:
    """Whether every mention of a body opens a parenthesis ("(Les Républicains, Pyrénées-Atlantiques)")."""
    return bool(org.mentions) and all(raw[max(0, m.start - 1) : m.start] == "(" for m in org.mentions)


_BULLET = re.compile(r"^[ \t]*[-–—•·*][ \t]+", re.MULTILINE)


def _share_list_organizations(people: list[Person], raw: str) -> None:
    """"Sont nommés :⏎- M. A, directeur du cabinet ;⏎- Mme B, conseillère
    chargée de la forêt ;⏎…": in one bulleted list, when every item that names
    a body names the same one (two at least), the items that name none hold
    their title there too (not a title with its own scope: "maire de X")."""
    starts = [m.start() for m in _BULLET.finditer(raw)]
    if len(starts) < 3:
        return
    blocks: list[list[int]] = []
    for start in starts:
        if blocks and raw.count("\n", blocks[-1][-1], start) == 1:  # (the next line)
            blocks[-1].append(start)
        else:
            blocks.append([start])
    for block in blocks:
        if len(block) < 3:
            continue
        end = raw.find("\n", block[-1])
        end = len(raw) if end < 0 else end
        items = [(p, r) for p in people for r in p.roles if r.evidence and block[0] <= r.evidence.start < end and r.status == "current"]
        named = {r.organization for _, r in items if r.organization}
        if len(named) != 1 or sum(1 for _, r in items if r.organization) < 2:
            continue
        (org,) = named
        for _, role in items:
            # (not a trade: "- Marie X, première vice-présidente, viticultrice à Marcillac ;" practises on her own)
            # (nor a grade or a course of study: "- Vice-président recherche : X, professeur de génie des procédés")
            if role.organization is None and not _SCOPED.search(role.title) and _title_head(role.title, _ROLE_SKIP) not in _TRADE_KEYS | _ACADEMIC_GRADES \
                    and not _graded(role.title):
                role.organization = org


def _implicit_organization(title: str, orgs: list[Organization], possessive: bool = False, pointed: bool = False, promoted: bool = False,
                           written: bool = True, subsidiary: Organization | None = None) -> Organization | None:
    """The organization a title names no organization for, when the document
    leaves no doubt: "maire de Nancy" -> "Ville de Nancy" when the text names
    it; "conseillère régionale" -> its only region; "maire", "adjointe au
    maire" -> its only municipality; "ministre" -> its only ministry;
    "vice-président délégué à …" in a release about one local authority ->
    that authority; "son directeur général" -> the organization the release
    names most. ``written``: the title is the text's own words, not one made
    from a phrase ("prendre la direction régionale Occitanie Est du groupe").
    ``subsidiary``: the one body the text sets apart as "X, filiale du groupe Y"."""
    words = key(title).replace(",", " ").split()
    directed = [o for o in orgs if _directs(words, key(o.name).replace(",", " ").split())
                or any(_heads_service(words, key(n).split()) for n in [o.name, *o.aliases])]
    if len(directed) == 1:
        return directed[0]  # "directeur départemental des territoires" heads the "direction départementale des territoires"
    # (not "directrice du site Alstom de Belfort": the title names its company)
    site = next((w.split("'")[-1] for n, w in enumerate(words[1:4], 1) if w.split("'")[-1] in {"usine", "site", "agence", "etablissement", "antenne", "implantation"}
                 and (n + 1 < len(words) and (words[n + 1] == "de" or words[n + 1].startswith("d'")) or n + 1 == len(words) and w in {"site", "usine"})), None)  # (or "le directeur du site")
    if words[:1] in (["chef"], ["cheffe"]) and re.search(r"\bcentre (?:de secours|d'incendie et de secours)\b", " ".join(words)):
        # "cheffe du centre de secours de Nérac": a station of the fire service the release names
        services = [o for o in orgs if key(o.name).startswith("service departemental d'incendie") or any(key(a).startswith("sdis") for a in o.aliases)]
        if len(services) == 1:
            return services[0]
    labour_courts = [o for o in orgs if key(o.name).startswith("conseil de prud")]
    courts = [o for o in orgs if key(o.name).split()[0] in {"tribunal", "cour"} or o in labour_courts]
    if courts and (" ".join(words[:3]) in {"directeur de greffe", "directrice de greffe"} or words in (["conseiller"], ["conseillere"]) and labour_courts):
        # ("conseillère depuis 2015" in a labour court's release: a conseillère prud'homme)
        return courts[0] if len(courts) == 1 else _most_named(courts)  # "La directrice de greffe, X": the court's
    if [w for w in words if w not in _ORDINALS] in (["president"], ["presidente"], ["vice-president"], ["vice-presidente"]) and courts:
        # "installé dans ses fonctions de président" in a release about a court (the body it names most)
        main = _most_named(orgs)
        if main in courts:
            return main
    if words and words[0] in {"doyen", "doyenne", "vice-doyen", "vice-doyenne", "assesseur", "assesseure"}:
        # "élue doyenne", "assesseure chargée de la pédagogie" in a faculty's release: that faculty's
        faculties = [o for o in orgs if key(o.name).split()[0] in {"faculte", "ufr"}]
        if len(faculties) == 1:
            return faculties[0]
    if len(words) == 1 and _founder(title) and not possessive:
        # "Il rejoint les deux cofondateurs, Léa X, présidente, et Théo Y, …" in a start-up's release: its founders
        main = _most_named([o for o in orgs if o.kind == "company"], first_of_ties=True)
        if main is not None:
            return main
    if words and words[0] in _COURT_TITLES:
        # "Julien X, juge aux affaires familiales" in a release of the one court it names: a judge of that court
        return courts[0] if len(courts) == 1 else _most_named(courts)  # (the court the release is about, named most)
    national = " ".join(words).find("equipe de france") > 0
    if national and words[0] not in _PLAYER_KEYS:
        # "sélectionneuse de l'équipe de France féminine": a national team's staff
        # serve its sport's federation, when the release names one
        federations = [o for o in orgs if key(o.name).split()[0] == "federation"]
        if len(federations) == 1:
            return federations[0]
    if site is not None and words[0] in _CORPORATE_KEYS and not any(key(o.name).startswith(site + " ") for o in orgs):
        # "directrice de l'usine d'Issoire" in a release about one company: a site of that company
        # ("le directeur du site" after "X, filiale du groupe Y, … son usine de Langeais": the subsidiary's)
        if subsidiary is not None and subsidiary.kind == "company" and any(o is not subsidiary and _grouped(o) for o in orgs):
            return subsidiary
        main = _most_named([o for o in orgs if o.kind == "company"], first_of_ties=True)
        if main is not None:
            return main
    if words[0] in _CORPORATE_KEYS and any(w in {"reseau", "division", "branche"} and words[n + 1 : n + 2] not in (["de"], ["du"]) for n, w in enumerate(words[:3])):
        # "directrice du réseau Finistère", "directeur de la division Europe": a unit of the company (or bank) the release is about
        # (not "directrice du réseau de Saint-Malo": a town's network)
        main = _most_named([o for o in orgs if o.kind not in {"state", "region", "department", "municipality"}], first_of_ties=True)
        if main is not None:
            return main
    # "chef du service départemental d'Ille-et-Vilaine", "déléguée régionale …": a territorial unit of the body the release is about
    unit = next((n for n, w in enumerate(words[1:4], 1) if w.split("'")[-1] in {"service", "delegation", "antenne"}), None)
    # ("présidente de la délégation territoriale de la Haute-Vienne", "président de la délégation" in the Croix-Rouge's release)
    unit_officer = words[0] in {"president", "presidente", "vice-president", "vice-presidente"} and unit is not None and words[unit].split("'")[-1] == "delegation"
    if unit is not None and (words[0] in _CORPORATE_KEYS | {"chef", "cheffe"} or unit_officer) \
            and (words[unit + 1 : unit + 2] and words[unit + 1] in _SCOPE_KEYS | {"territoriale", "territorial", "locale", "local"} or unit_officer and len(words) == unit + 1):
        main = _most_named([o for o in orgs if o.kind not in {"state", "region", "department", "municipality"}])
        if main is not None:
            return main
    regional_director = len(words) > 1 and words[0] in {"directeur", "directrice"} and words[1] in _SCOPE_KEYS
    # ("X est promu directeur régional Sud-Est": a post in the release's body, below)
    # ("préfet de la région Occitanie" in the release of the "Préfecture de la région Occitanie": the région's prefect)
    regional_prefect = words[:1] in (["prefet"], ["prefete"]) and " ".join(words[1:4]) == "de la region"
    scoped = (has_scope(title, _SCOPING_HEADS, _TERMS) or regional_prefect) and not _INTERNAL_BODY.search(title) and not (promoted and regional_director)
    scoped = scoped and not any(w.split("'")[-1] in _MONUMENT_KEYS for w in words[1:4])  # ("administratrice de l'abbaye du Mont-Saint-Michel": a site, not a place's office)
    if scoped:
        # "maire de Saint-Aubin": linked only when the text names that organization
        place = key(title.split(" ", 3)[3]) if regional_prefect else _scope_name(title)  # ("région occitanie")
        named = [o for o in orgs if place and re.search(rf"(?:^|[ '’]){re.escape(place)}$", key(o.name))]
        # "maire de Lille": the Ville de Lille before the Métropole européenne de Lille
        heads = _TITLE_ORG_HEADS.get(words[0] if words else "", set())
        if heads:
            # a préfet is held in a préfecture, never in the Conseil départemental of the same place
            named = [o for o in named if key(o.name).split()[0] in heads]
        first = next((w for w in words if w not in _ORDINALS), "")
        if first not in _LOCAL_SEATS:
            # "directrice académique des services de l'éducation nationale du Gers": a State
            # official of the place, not of the Département du Gers; "directeur départemental des
            # territoires de la Charente", not of the "chambre d'agriculture de la Charente" (only
            # a body the title's own words name, unless the head says which: préfet -> préfecture)
            named = [o for o in named if o.kind not in {"region", "department"} and (heads or key(o.name).split()[0] in words)]
        adjective_kinds = {_SCOPES[w] for w in title.lower().split()[1:2] if w in _SCOPES}
        if len(named) > 1 and adjective_kinds:
            # "conseillère régionale du Grand Est" beside "Transdev Grand Est": the Région
            named = [o for o in named if o.kind in adjective_kinds] or named
        shortest = sorted(named, key=lambda o: len(key(o.name).split()))
        if len(shortest) > 1 and len(key(shortest[0].name).split()) < len(key(shortest[1].name).split()):
            return shortest[0]
        if len(named) == 1:
            return named[0]
        # "conseiller régional du Pas-de-Calais": a seat in the one Région the release names
        # (not "conseillère municipale de Redon": a commune's seat is in that commune only, never in another one named)
        same_kind = [o for o in orgs if o.kind in adjective_kinds & {"region", "department"}] if not named and words[0] in {"conseiller", "conseillere"} else []
        return same_kind[0] if len(same_kind) == 1 else None  # "conseiller spécial du président": the title says whose
    # "conseillère régionale" is held in the Région; a "directrice régionale de
    # l'alimentation …" heads a State service or a company's branch
    # ("le directeur régional, X" in a release of one body's regional branch: that body's, as a promoted one's)
    bare_regional = regional_director and written and all(w in {"adjoint", "adjointe"} for w in words[2:])
    if regional_director and not promoted and not bare_regional:
        return None
    # ("délégué régional adjoint": a body's delegate for a region, no seat in a Région)
    delegate = words[:1] in (["delegue"], ["deleguee"]) and len(words) > 1 and words[1] in _SCOPE_KEYS
    kinds = {_SCOPES[w] for w in title.lower().split() if w in _SCOPES} if not regional_director and not delegate else set()
    first = next((w for w in words if w not in _ORDINALS), "")  # "premier adjoint" -> "adjoint"
    if first in _MUNICIPAL_SEATS:
        kinds.add("municipality")
    if first == "ministre":
        kinds.add("ministry")
    if first.removeprefix("vice-") in {"procureur", "procureure", "substitut", "substitute"} and len(words) == 1:
        # "la nouvelle vice-procureure" in a release that names one parquet: held there
        parquets = [o for o in orgs if key(o.name).split()[:1] == ["parquet"]]
        if len(parquets) == 1:
            return parquets[0]
    if first.removeprefix("vice-") in {"batonnier", "batonniere"}:
        # "Me X a été élu vice-bâtonnier" in a release of one barreau: its bâtonnier
        bars = [o for o in orgs if key(o.name).split()[:1] in (["barreau"], ["ordre"])]
        if len(bars) == 1:
            return bars[0]
    if kinds:
        same_kind = [o for o in orgs if o.kind in kinds]
        if first in _MUNICIPAL_SEATS:
            # (a maire or an adjoint sits in a commune, never in its communauté d'agglomération)
            same_kind = [o for o in same_kind if key(o.name).split()[0] not in _INTERCOMMUNAL_HEADS]
        seat = "metropole" if {"metropolitain", "metropolitaine"} & set(words[1:3]) else "communaute" if "communautaire" in words[1:3] else None
        if len(same_kind) > 1 and seat == "metropole":
            # "conseiller métropolitain délégué au tourisme" in a release naming a city and its métropole: the métropole
            same_kind = [o for o in same_kind if "metropole" in key(o.name)] or same_kind
        elif len(same_kind) > 1 and seat == "communaute":
            same_kind = [o for o in same_kind if key(o.name).split()[0] in _INTERCOMMUNAL_HEADS or "agglo" in key(o.name)] or same_kind
        if len(same_kind) > 1 and "municipality" in kinds and seat is None:
            # "adjoint aux sports" in a release of a city and its métropole: the city
            same_kind = [o for o in same_kind if key(o.name).split()[0] in _CITY_HEADS] or same_kind
        if len(same_kind) > 1 and first in _MUNICIPAL_SEATS and len(words) == 1:
            # "le maire" in a Ville's release that names another town once (a career's "ville de Lorient"):
            # the town named at least twice as often as any other
            ranked = sorted(same_kind, key=lambda o: len(o.mentions), reverse=True)
            if len(ranked[0].mentions) >= 2 * len(ranked[1].mentions):
                same_kind = ranked[:1]
        if same_kind or kinds != {"municipality"} or first not in {"adjoint", "adjointe"} or len(words) > 1:
            return same_kind[0] if len(same_kind) == 1 else None
        # (a bare "adjointe" in a release that names no commune: a club's assistant coach, below)
    # "le vice-président chargé des finances" in a group's release on its Région's budget: a delegated
    # vice-president sits in the one local authority the release names
    # (only when the release's body is a council's group: a university's or a company's vice-presidents are its own)
    if first in {"vice-president", "vice-presidente"} and any(w in {"charge", "chargee", "delegue", "deleguee"} for w in words[1:3]):
        local = [o for o in orgs if o.kind in {"region", "department"}]
        main = _most_named(orgs)
        grouped = main is not None and any(key(a).startswith("groupe ") for a in main.aliases)
        if grouped and len(local) == 1 and not any(o.kind == "municipality" for o in orgs):
            return local[0]
    # "vice-présidente déléguée au développement", "présidente d'honneur": of the organization the release is about
    board = bool(words) and (first in _BOARD_HEADS or any(w.endswith("honneur") for w in words))  # ("première vice-présidente chargée de …")
    board = board or words[:2] in (["artiste", "associe"], ["artiste", "associee"])  # "artiste associée pour trois saisons": of the theatre the release is about
    if possessive or promoted or bare_regional or board or _INTERNAL_BODY.search(title):
        # "son directeur général"; "président du conseil de surveillance": the
        # organization the release is about
        # (among organizations named as often, an explicit possessive or a board of the
        # company takes the one named first: "président du conseil de surveillance")
        main = _most_named([o for o in orgs if o.kind != "state"], first_of_ties=possessive or bool(_INTERNAL_BODY.search(title)))
        if main is not None:
            return main
    if first in _CARE_STAFF and (first != "cadre" or words[1:3] == ["de", "sante"]):
        # "Sandrine X, infirmière en réanimation", "médecin de soins palliatifs" in a release about one hospital: its staff
        main = _most_named([o for o in orgs if o.kind != "state"])
        if main is not None and _HOSPITAL_NAME.match(key(main.name)):
            return main
    head = next((w for w in words if w not in _MODIFIER_KEYS), words[0] if words else "")  # ("adjointe" alone is its own head)
    if words[:1] in (["delegue"], ["deleguee"]) and head not in _CORPORATE_KEYS | _LEAD_HEADS:
        head = words[0]  # "déléguée épiscopale à la solidarité": a délégué(e), its adjective after it
    local = [o for o in orgs if o.kind in {"region", "department", "municipality"}]
    if head in _SHARED_KEYS and local:
        main = max(orgs, key=lambda o: len(o.mentions))
        if main in local:
            return main  # a release about one local authority; else, perhaps a company below
    staff = head in {"entraineur", "entraineuse", "preparateur", "preparatrice", "adjoint", "adjointe"}  # ("entraîneur des avants": a club's staff, whatever follows)
    if head in _LEAD_HEADS and (staff or not _own_field(words)) and not possessive and (not pointed or staff):  # ("son adjoint": the coach's, in his club)
        # "la présidente, Hélène X", "est nommé premier vice-président" in a release about one
        # organization (named at least twice as often as any other): held there
        ranked = sorted((o for o in orgs if o.kind != "state"), key=lambda o: len(o.mentions), reverse=True)
        if ranked and (len(ranked) == 1 or len(ranked[0].mentions) >= 2 * len(ranked[1].mentions)):
            return ranked[0]
    if head in _PLAYER_KEYS and any(w.startswith("international") for w in words):
        return None  # "l'ancien passeur international X": a selection in a national team, not the club's
    if (head in _CORPORATE_KEYS or " ".join(words[:2]) in _CORPORATE_KEYS) and orgs:  # (two words: "violon solo")
        # "Julie X (directrice scientifique)" in a release about one company (or
        # federation, or museum): the organization the release names most
        companies = [o for o in orgs if o.kind == "company"]
        others = [o for o in orgs if o.kind not in {"state", "ministry"}]
        main = _most_named(others)
        if main is not None and companies and len(main.mentions) >= 2 * max(len(c.mentions) for c in companies):
            return main  # "le manager général" in a release about a rugby club that names a sponsor once
        # among companies named as often, the one the headline names first
        return _most_named(companies, first_of_ties=True) if companies else main
    return None


_CARE_STAFF = {"infirmier", "infirmiere", "aide-soignant", "aide-soignante", "medecin", "psychologue", "sage-femme", "urgentiste", "kinesitherapeute",
               "ergotherapeute", "cadre"}  # (a hospital's care staff: "cadre de santé")
_HOSPITAL_NAME = re.compile(r"(?:centre hospitalier|chu|chru|hopital|clinique|ehpad|groupe hospitalier|hospices)\b")
_LEAD_HEADS = {"president", "presidente", "vice-president", "vice-presidente", "tresorier", "tresoriere", "directeur", "directrice",
               "entraineur", "entraineuse", "preparateur", "preparatrice", "manager", "adjoint", "adjointe",  # (a club's staff too)
               "principal", "principale", "proviseur", "proviseure", "gestionnaire"}  # (a school's staff: "secondée par X, principal adjoint")


def _directs(title: list[str], name: list[str]) -> bool:
    """Whether a director's title spells the name of the "direction" it heads,
    word for word ("directrice régionale de l'environnement …" and "direction
    régionale de l'environnement …"; feminine adjectives begin with the masculine)."""
    if len(title) < 2 or title[0] not in {"directeur", "directrice"} or not name or name[0] != "direction":
        return False
    # "La direction interdépartementale compte …" and the "directeur interdépartemental de la police nationale";
    # "Le directeur régional, X" under "Direction régionale des affaires culturelles de Normandie": its director
    if name[1:2] and name[1] in _DIRECTION_SCOPES and (len(name) == 2 or len(title) == 2):
        return name[1].startswith(title[1][:-1]) or title[1].startswith(name[1][:-1])
    if len(title) < 3 or len(name) != len(title):
        return False
    return all(n == t or n.startswith(t) or t.startswith(n) for t, n in zip(title[1:], name[1:]))


def _heads_service(title: list[str], name: list[str]) -> bool:
    """"directeur départemental des services d'incendie et de secours de la
    Charente-Maritime" heads the "service départemental d'incendie et de
    secours de la Charente-Maritime": the service's words after "des services"."""
    return len(title) > 5 and title[0] in {"directeur", "directrice"} and title[1].startswith("departementa") and title[2:4] == ["des", "services"] \
        and name[:2] == ["service", "departemental"] and name[2:] == title[4:]


_DIRECTION_SCOPES = {"departementale", "interdepartementale", "regionale", "interregionale", "zonale"}


def _own_field(words: list[str]) -> bool:
    """"directrice de recherche", "président du jury": a title whose "de" names its own field."""
    return any(w in {"de", "du", "des", "d'"} or w.startswith(("d'", "l'")) for w in words[1:])


def _most_named(orgs: list[Organization], first_of_ties: bool = False) -> Organization | None:
    """The organization with the most mentions, if no other has as many; with
    ``first_of_ties``, among equals the one the release names first."""
    if not orgs:
        return None
    # (a mention inside another body's name counts for that body only: "la Fondation de l'université de
    # Poitiers" names the foundation, not the university)
    spans = [(m.start, m.end, id(o)) for o in orgs for m in o.mentions]
    count = {id(o): sum(1 for m in o.mentions if not any(s <= m.start and m.end <= e and e - s > m.end - m.start and other != id(o) for s, e, other in spans))
             for o in orgs}
    most = max(count.values())
    tied = sorted((o for o in orgs if count[id(o)] == most), key=lambda o: min(m.start for m in o.mentions))
    return tied[0] if len(tied) == 1 or first_of_ties else None


_PRENOMINAL = set(load_json("lexicon/figures.json")["prenominal_adjectives"])
# the titles held in a Région's or a Département's own assembly or executive
_LOCAL_SEATS = {"president", "presidente", "vice-president", "vice-presidente", "conseiller", "conseillere", "elu", "elue", "delegue", "deleguee",
                "questeur", "questrice"}
_CITY_HEADS = {"ville", "mairie", "commune"}
_MUNICIPAL_SEATS = {"maire", "adjoint", "adjointe"}  # held in a commune (its Ville, Mairie or Commune)
_INTERCOMMUNAL_HEADS = {"communaute", "metropole", "eurometropole", "agglomeration", "agglo", "syndicat", "pays", "pole", "petr"}
_ORDINALS = {"premier", "premiere", "1er", "1re", "1ere", "second", "seconde"} | {f"{n}{e}" for n in range(2, 21) for e in ("e", "eme")} | {
    w + "ieme" for w in ("deux", "trois", "quatr", "cinqu", "six", "sept", "huit", "neuv", "dix", "onz", "douz", "treiz", "quatorz", "quinz")}
# the titles lexicon, read once ("lexicon/titles.json", as the roles pass reads it by default)
_TITLES = load_json("lexicon/titles.json")
_MONUMENT_KEYS = {key(w) for w in _TITLES["monuments"]}  # (a title naming one is held in the body that runs it, no place's office)
# (the first word the scoring reads: "adjoint" heads "huitième adjoint, chargé des finances")
_ROLE_SKIP = {key(w) for w in _TITLES["former_markers"] + _TITLES["temporal_markers"]} | _ORDINALS
_BOARD_HEADS = {"vice-president", "vice-presidente", "copresident", "copresidente", "co-president", "co-presidente", "tresorier", "tresoriere", "secretaire",
                "administrateur", "administratrice", "representant", "representante", "vice-doyen", "vice-doyenne"}  # (a faculty's vice-deans)
_ORG_LEXICON = load_json("lexicon/organizations.json")
_CLUB_TAILS = {key(w) for w in _ORG_LEXICON["club_name_tails"]}
# ("la jeune pousse" -> the body the text introduced as "la start-up X": another word for the same kind)
_ANAPHOR_SYNONYMS = {key(k): {key(w) for w in v} for k, v in _ORG_LEXICON["anaphor_synonyms"].items()}
_KNOWN_NAMES = {key(row[0]) for row in load_tsv("gazetteers/organizations.tsv")}  # ("Crédit Agricole": a network a regional bank's name may hold)
_PLACES = load_json("lexicon/places.json")
_DEPARTEMENT_CODES = _PLACES["departement_codes"]
_DEPARTEMENT_KEYS = {key(d).split()[-1] for d in _PLACES["departements"]}  # ("… de la Sarthe": a département's last word)
_PLACE_KEYS = {key(p) for p in [*_PLACES["regions"], *_PLACES["departements"]]}
_BRANCHES = {key(n): n for n in _ORG_LEXICON["national_branches"]}  # ("France Travail Centre-Val de Loire": France Travail)
_SCOPES: dict[str, str] = _TITLES["scope_adjectives"]  # "conseillère régionale" -> region
_SCOPE_KEYS = {key(w) for w in _SCOPES}
_SCOPING_HEADS = (set(_TITLES["heads"]) - {"centre"}) | _SCOPE_NOUNS  # ("centre" heads a player's title only: "directeur du centre de formation" is scoped by no head)
_CORPORATE_KEYS = {key(h) for h in _TITLES["corporate_heads"]}
_TRADE_KEYS = {key(h) for h in _TITLES["trades"]}
_CORPS_KEYS = tuple(key(c) for c in _TITLES["corps"])
_ACADEMIC_GRADES = {"professeur", "professeure", "maitre", "maitresse", "etudiant", "etudiante", "doctorant", "doctorante"}  # held in no body a list names


def _founder(title: str) -> bool:
    """Whether a title is a founder's ("fondatrice", "cofondateur", "fondateur du festival")."""
    return _function_head(title, _ROLE_SKIP) in {"fondateur", "fondatrice"}


def _graded(title: str) -> bool:
    """Whether a title is a grade or a corps ("directrice de recherche"), not an office."""
    return key(title).startswith(_CORPS_KEYS)


_PLAYER_KEYS = {key(h) for h in _TITLES["player_heads"]}
_SHARED_KEYS = {key(h) for h in _TITLES["shared_org_heads"]}
_MODIFIER_KEYS = {key(w) for w in _TITLES["title_modifiers"]}
_COURT_TITLES = {"juge", "greffier", "greffiere", "magistrat", "magistrate"}
_TERMS = frozenset(_ORG_LEXICON["term_acronyms"])  # "directrice de la RSE": a field, no scope
_LEAGUE_WORDS = {"ligue", "federation", "comite", "division", "nationale", "championnat", "coupe", "conference", "pro", "elite"}
_ORG_HEAD_WORDS = {key(h).split()[0] for h in [*_ORG_LEXICON["heads"], *_ORG_LEXICON["common_nouns"]]}
_INTERNAL_BODY = re.compile(
    r"\b(?:du|de la|de l'|de l’|de)\s*(?:(?:conseil de surveillance|conseil d['’]administration|directoire|comité exécutif|comité de direction"
    rf"|{BOARD_COMMITTEES}"
    r"|conseil scientifique|comité scientifique|comité social(?: et économique)?|CSE|bureau|comité syndical|conseil d['’]école|conseil d['’]établissement"
    r"|équipe première|équipe réserve|équipe fanion|conseil de l['’]ordre|cabinet(?!\s+(?:du|de la|de l['’]|de|d['’])\s*[A-ZÀ-Ý]))\b|(?-i:commission (?:de la |de l['’]|des |du |d['’])[a-zà-ÿ]))",
    re.IGNORECASE,
)
_SCOPED = re.compile(r"\b(?:de la|de l'|de l’|du|des|de|d'|d’)\s*(?:[^\W\d]+\s+){0,2}[A-ZÀ-Ý]")  # "préfet de la région Occitanie"
# the organization a scoped title is held in, by its head: "maire de X" -> "Ville de X"
_TITLE_ORG_HEADS = {
    **{seat: _CITY_HEADS for seat in _MUNICIPAL_SEATS},
    "ministre": {"ministere"},
    "prefet": {"prefecture"}, "prefete": {"prefecture"}, "sous-prefet": {"sous-prefecture"}, "sous-prefete": {"sous-prefecture"}, "recteur": {"rectorat"}, "rectrice": {"rectorat"},  # (an académie is a scope, as corpus/README.md says)
    "eveque": {"diocese"}, "archeveque": {"archidiocese", "diocese"},
}
_SCOPE_NAME = re.compile(r"\b(?:de la|de l'|du|des|de|d')\s*([A-ZÀ-Ý].*)$")


def _scope_name(title: str) -> str:
    """The folded name a scoped title ends with: "maire de Nancy" -> "nancy"."""
    found = _SCOPE_NAME.search(title.replace("\u2019", "'"))
    return key(found.group(1)) if found else ""


def _function_head(title: str, skip: set[str]) -> str:
    """A title's head with a founder's "co" dropped: "cofondatrice" and "fondatrice" are one function
    (and "PDG" is "président-directeur général")."""
    head = _title_head(title, skip)
    bare = head.removeprefix("co-").removeprefix("co")
    if head in {"pdg", "p-dg", "presidente-directrice"}:
        return "president-directeur"  # "président-directeur général" and "PDG": one function
    return bare if bare in {"fondateur", "fondatrice"} else head


def _deputy_left(person: Person, raw: str) -> None:
    """"Premier adjoint depuis 2020, X est élu maire": a deputy's post in the
    body the person now heads is a past one (no one is both)."""
    for role in person.roles:
        before = raw[max(0, role.evidence.start - 40) : role.evidence.end]
        if role.status != "current" or role.organization is None or "intérim" in before or "fonctions de" in before:
            continue  # (an acting head keeps a deputy's post: "la première vice-présidente assure l'intérim", "exerce les fonctions de président")
        head = _function_head(role.title, _ROLE_SKIP)
        deputies = _DEPUTIES.get(head)
        if deputies is None or _OTHER_ORGAN.search(role.title):  # ("président du conseil portuaire": an organ's chair, not the body's)
            continue
        for other in person.roles:
            if other is role or other.status != "current" or other.organization != role.organization:
                continue
            other_head = _function_head(other.title, _ROLE_SKIP)
            if other_head in deputies or other_head == head and _deputy(other.title) and not _deputy(role.title):
                other.status = "former"


_OTHER_ORGAN = re.compile(r"\b(?:comité|commission|jury|bureau|conseil(?! (?:départemental|régional|municipal|communautaire|métropolitain|d'administration)))\b", re.IGNORECASE)
_DEATH_BEFORE = re.compile(r"\b(?:décès|disparition|mort|obsèques|funérailles)\s+(?:de|d['’])\s*(?:(?:M\.|Mme|Mgr|Dr|Pr)\s+)?$", re.IGNORECASE)
_DEATH_AFTER = re.compile(r"^\s*,?\s*(?:nous a quitté(?:e)?s?|est décédée?|s['’]est éteinte?|est morte?|est disparue?)\b", re.IGNORECASE)


def _deceased(person: Person, raw: str) -> bool:
    """Whether the text announces this person's death ("le décès de X", "X nous a quittés")."""
    return any(_DEATH_BEFORE.search(raw[max(0, m.start - 40) : m.start]) or _DEATH_AFTER.match(raw[m.end : m.end + 30]) for m in person.mentions)


# a function's head -> the heads of its deputies ("maire" -> "adjoint"; a "directrice adjointe" is told by _deputy)
_DEPUTIES = {"maire": {"adjoint", "adjointe"}, "president": {"vice-president", "vice-presidente"}, "presidente": {"vice-president", "vice-presidente"},
             "directeur": set(), "directrice": set()}


def _deputy(title: str) -> bool:
    return bool(re.search(r"\badjointe?\b", key(title)))


def _add_role(person: Person, role: Role, skip: set[str]) -> None:
    """One role per function: the same title head and status said twice is
    one role, keeping the mention that names the organization ("adjoint" and
    "huitième adjoint, chargé des finances": one)."""
    head = _function_head(role.title, skip)
    # "Navéo … est dirigé par Isabelle X" after "Isabelle X, directrice générale de Navéo": the leader already named
    for i, other in enumerate(person.roles):
        if other.organization is None or other.organization != role.organization or other.status != role.status:
            continue
        heads = {_function_head(other.title, skip), head}
        if heads & _GENERIC_LEADERS and heads - _GENERIC_LEADERS and heads - _GENERIC_LEADERS <= _LEADING_HEADS:
            if head in _GENERIC_LEADERS:
                return
            person.roles[i] = role
            return
    for i, other in enumerate(person.roles):
        if _function_head(other.title, skip) != head or other.status != role.status:
            continue
        if _SCOPED.search(role.title) and _SCOPED.search(other.title) and key(role.title) != key(other.title):
            continue  # "préfet de la région Occitanie" and "préfet de la Haute-Garonne": two functions
        if _deputy(role.title) != _deputy(other.title):
            continue  # "directrice adjointe" until now, then "directrice": two functions
        office = other if _graded(role.title) else role
        if _graded(role.title) != _graded(other.title) and office.organization is not None:
            continue  # "directrice de recherche" (a grade) and "directrice" of a laboratory: two (an office of no body is the grade said again)
        words, others = key(role.title).split(), key(other.title).split()
        # ("directeur d'usine", "directeur de la chaîne …": units of a firm)
        units = len(words) > 1 and len(others) > 1 and head in _CORPORATE_KEYS and _complemented(words) and _complemented(others)
        if len(words) > 1 and len(others) > 1 and (_complemented(words) != _complemented(others) or units and _complement_head(words) != _complement_head(others)):
            # "directeur délégué" and "directeur de la publication", "directeur industriel Europe" and "directeur d'usine",
            # "directeur d'usine" and "directeur de la chaîne d'approvisionnement": two functions
            continue
        if other.organization == role.organization or role.organization is None:
            if other.organization == role.organization and _title_head(role.title, skip) != _title_head(other.title, skip) and _title_head(role.title, skip).startswith("co"):
                person.roles[i] = role  # "fondée par X" then "X, cofondatrice de Y": the title as written
            return
        if other.organization is None:
            if other.status == "former" and _UNIT_TITLE.search(other.title):
                continue  # "commandant de la compagnie de Lannion, puis (commandant) du groupement de l'Yonne": two past posts
            person.roles[i] = role
            return
    person.roles.append(role)


def _complemented(words: list[str]) -> bool:
    """Whether a folded title's second word opens its complement ("directeur de la publication", "directeur d'usine")."""
    return words[1] in {"de", "du", "des"} or words[1].startswith("d'")


def _complement_head(words: list[str]) -> str:
    """The first noun of a complemented title's complement: "directeur de la chaine d'approvisionnement" -> "chaine"."""
    rest = [w.split("'")[-1] for w in words[1:] if w not in {"de", "du", "des", "la", "le", "les", "l'"}]
    return next((w for w in rest if w), "")


_GENERIC_LEADERS = {"dirigeant", "dirigeante"}  # the title "dirigé par X" implies, when the text gives no other
_LEADING_HEADS = {"directeur", "directrice", "president", "presidente", "president-directeur", "pdg", "gerant", "gerante", "ceo"}  # (a function's head, as _function_head gives it)
_UNIT_TITLE = re.compile(r"\b(?:de la|du)\s+(?:compagnie|brigade|escadron|section|bataillon|division|réseau|service|pôle)\b", re.IGNORECASE)


def _programmes(facts: list[Fact], raw: str) -> list[Programme]:
    """One record per programme; its name is the gazetteer's when the text
    writes it so, else the first surface form ("CPER" stays "CPER")."""
    records: dict[str, Programme] = {}
    for span in facts:
        data = span.data
        text = raw[span.start_char : span.end_char]
        canonical = data.get("name") or text
        rec = records.get(key(canonical))
        if rec is None:
            # "programme Petites villes de demain": named as the gazetteer names it
            # ("… (PLIE) du Pays de Morlaix": named without its acronym)
            first = canonical if data.get("name") and (key(canonical) in key(text) or "(" in text) and key(canonical) != key(text) else text
            rec = records[key(canonical)] = Programme(name=first, kind=data.get("kind", "other"))
            if first != text:
                _add_alias(rec, text)
        if key(text) == key(canonical) and rec.name != text and key(rec.name) != key(canonical):
            rec.aliases.append(rec.name)
            rec.name = text
        elif "(" in text and data.get("name") and key(rec.name) != key(canonical):
            # "Le PLIE du Pays de Brest …" first, the full name with its acronym later: named by the full one
            _add_alias(rec, rec.name)
            _add_alias(rec, text)
            rec.name = canonical
        else:
            _add_alias(rec, text)
        rec.mentions.append(_span_ev(raw, span))
    # "680 contrats d'engagement jeune (CEJ)": the plural of a programme's name is that programme
    for plural_key in list(records):
        first, _, rest = plural_key.partition(" ")
        singular = f"{first[:-1]} {rest}" if first.endswith("s") and rest else ""
        if singular in records and plural_key in records:
            _merge_into(records, None, plural_key, records[singular])
            records[singular].mentions.sort(key=lambda m: m.start)
    # "plan routier 2027-2032" in a headline and "plan routier départemental 2027-2032": one plan (its scope adjective left out)
    for long_key in list(records):
        words = long_key.split()
        bare = " ".join(w for w in words if w not in _SCOPE_ADJECTIVE_KEYS)
        if bare != long_key and bare in records and long_key in records and len(words) > 2:
            _merge_into(records, None, bare, records[long_key])
            records[long_key].mentions.sort(key=lambda m: m.start)
    # "la bourse ERC Starting Grant", then "la troisième bourse ERC": a shorter form, written after the full one, that only it begins with
    for short_key in list(records):
        short = records.get(short_key)
        if short is None or len(short_key.split()) < 2:
            continue
        fuller = [r for k, r in records.items() if r is not short and any(key(n).startswith(short_key + " ") for n in (r.name, *r.aliases))]
        if len(fuller) == 1 and min(m.start for m in fuller[0].mentions) < min(m.start for m in short.mentions):
            _merge_into(records, None, short_key, fuller[0])
            fuller[0].mentions.sort(key=lambda m: m.start)
    # "plan climat départemental" and "plan climat départemental 2025-2030": one plan
    for short_key in list(records):
        longer = [r for k, r in records.items() if k.startswith(short_key + " ") and _PERIOD_TAIL.fullmatch(k[len(short_key) + 1 :])]
        if len(longer) == 1:
            _merge_into(records, None, short_key, longer[0])
            longer[0].mentions.sort(key=lambda m: m.start)
    return list(records.values())


_SCOPE_ADJECTIVE_KEYS = {"departemental", "regional", "national", "communautaire", "metropolitain", "municipal", "intercommunal", "territorial"}
_PERIOD_TAIL = re.compile(r"(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?")


_OWNER_AFTER = re.compile(r"^\s*»?\s*(?:,\s*)?(?:(?:lancée?s?|portée?s?|pilotée?s?|opérée?s?|financée?s?|gérée?s?|adoptée?s?|votée?s?|mise?s? en place|mise?s? en œuvre|initiée?s?|créée?s?)\s+(?:en\s+\S+\s+(?:\d{4}\s+)?)?par|de la|de l'|du|des)\s*(?:la\s+|le\s+|les\s+|l')?$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"\b(?:son|sa|ses|leur|leurs|notre|nos)\s+(?:[^\W\d]+\s+){0,2}(?:«\s*)?$", re.IGNORECASE)
_ADOPTED = re.compile(
    r"[^.;\n]{0,60}?\b(?:adoptée?s?|lancée?s?|votée?s?|créée?s?|mise?s? en place|signée?s?|inaugurée?s?|initiée?s?)\s+"
    r"(?:par\s+[^,.;\n]{1,40}?\s+)?(?:(?:en|le|depuis|dès|fin|début)\s+)?(?:(?P<day>\d{1,2}|1er)\s+)?(?P<month>" + "|".join(MONTHS) + r")?\s*(?P<year>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)


def _programme_context(programmes: list[Programme], raw: str, org_at: dict[tuple[int, int], Organization]) -> None:
    """Owner and adoption date of each programme, from the words around its
    mentions: "le Pack relocalisation de la Région", "lancé par l'ADEME",
    "la Région … son plan", "adopté en décembre 2021"."""
    text = raw.replace("\u2019", "'")
    orgs = sorted(org_at.items())
    for prog in programmes:
        for m in prog.mentions:
            if prog.owner is None:
                prog.owner = _owner_of(text, m, orgs)
            if prog.adopted is None:
                found = _ADOPTED.match(text, m.end)
                if found:
                    prog.adopted = iso_stamp(found.group("year"), found.group("month"), found.group("day"))


def _owner_of(text: str, m: Span, orgs: list[tuple[tuple[int, int], Organization]]) -> str | None:
    for (start, _end), org in orgs:
        if m.end <= start <= m.end + 60 and _OWNER_AFTER.match(text[m.end : start]):
            return org.name  # "… de la Région", "… lancé par l'ADEME"
    if _POSSESSIVE.search(text[max(0, m.start - 40) : m.start]):
        # "la Région … son plan": the last organization named before, in the same sentence
        # (or the first after it: "… de son plan, adopté en 2021, la Région a souhaité …")
        sentence_start = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start))
        ends = [i for i in (text.find(". ", m.end), text.find("\n", m.end)) if i != -1]
        sentence_end = min(ends) if ends else len(text)
        before = [org for (s, e), org in orgs if sentence_start < s and e <= m.start]
        after = [org for (s, e), org in orgs if m.end <= s and e <= sentence_end]
        if before or after:
            return (before[-1] if before else after[0]).name
    return None


def _figures(facts: list[Fact], raw: str) -> list[Figure]:
    records: dict[tuple[Any, ...], Figure] = {}
    for span in facts:
        data = span.data
        unit = raw[slice(*data["unit_chars"])] if data.get("unit_chars") else data["unit"]
        if data.get("unit_chars") and data.get("unit_prefix"):
            unit = f"{data['unit_prefix']} {unit}"  # ("dont 87 nicheuses": the noun of the count it is part of)
        subject = raw[slice(*data["subject"])] if data.get("subject") else None
        # "56 projets d'investissement" and "56 projets d'investissements
        # étrangers" are one fact: same value, same counted noun
        # ("cinq jeunes artisans" and "cinq artisans"; "20 000 jeunes licenciés" and "20 000 jeunes")
        idents = [(round(data["value"], 6), head) for head in _unit_heads(unit)]
        ev = _span_ev(raw, span)
        period = data.get("period")
        place = data.get("place")
        seen = next((records[i] for i in idents if i in records), None)
        if seen is not None:
            # a later mention may say when or where the first one did not
            rec = seen
            for i in idents:
                records.setdefault(i, rec)
            rec.mentions.append(ev)
            rec.period = rec.period or _period(raw, period)
            rec.place = rec.place or _place(raw, place)
            continue
        rec = Figure(
            value=data["value"], unit=unit, text=ev.text, subject=subject,
            qualifier=data["qualifier"], value_max=data["value_max"], evidence=ev, mentions=[ev],
            period=_period(raw, period), place=_place(raw, place),
        )
        for i in idents:
            records.setdefault(i, rec)
    return list({id(r): r for r in records.values()}.values())


def _period(raw: str, data: dict[str, Any] | None) -> Period | None:
    if not data:
        return None
    return Period(start=data["start"], end=data["end"], duration=data["duration"], evidence=_ev(raw, *data["chars"]))


def _place(raw: str, data: dict[str, Any] | None) -> Span | None:
    return _ev(raw, *data["chars"]) if data else None


def _unit_heads(unit: str) -> set[str]:
    """The nouns a unit may count: its first word, and the first after the
    adjectives that come before a noun ("jeunes artisans d'art": "jeune", "artisan")."""
    words = key(unit).split()
    heads = {words[0]} if words else {""}
    while len(words) > 1 and words[0] in _PRENOMINAL:
        words = words[1:]
    heads.add(words[0] if words else "")
    return {h[:-1] if len(h) > 3 and h[-1] in "sx" else h for h in heads}


def _quotes(facts: list[Fact], raw: str, person_at: dict[tuple[int, int], Person]) -> list[Quote]:
    out = []
    for span in facts:
        who = span.data.get("speaker")
        person = person_at.get(tuple(who)) if who else None
        ev = _span_ev(raw, span)
        out.append(Quote(speaker=person.name if person else None, text=ev.text, evidence=ev))
    return out


def iter_evidence(record: DocumentRecord) -> Iterable[Span]:
    """Every offset-carrying span of a record (for checks and viewers)."""
    for p in record.people:
        yield from p.mentions
        yield from (r.evidence for r in p.roles)
    for o in record.organizations:
        yield from o.mentions
    for g in record.programmes:
        yield from g.mentions
    for f in record.figures:
        yield f.evidence
        yield from f.mentions
        if f.period is not None:
            yield f.period.evidence
        if f.place is not None:
            yield f.place
    for q in record.quotes:
        yield q.evidence
