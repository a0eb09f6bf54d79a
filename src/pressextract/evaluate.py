"""Scoring extracted records against gold files, with the rules of gold-format.md.

How to read this file: ``score_document`` compares one record with one gold
file, category by category, through ``_match`` (greedy one-to-one matching
where a hit on an optional gold item counts for nothing); roles are scored
as (person, role) pairs under matched people. ``evaluate`` runs the
extractor (or the stock model, ``baseline=True``) over a folder and sums the
counts (micro-average).

>>> Counts(tp=3, fp=1, fn=1).f1
0.75
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from .gold import GoldFile, GoldNamed, GoldPerson, load_gold
from .inputs import read_text
from .normalize import fold
from .records import DocumentRecord, Organization, Person, Programme, Source

CATEGORIES = ("people", "roles", "organizations", "programmes", "figures", "quotes")
_TITLE_SKIP = {"alors", "ancien", "ancienne", "ex", "nouveau", "nouvelle"}
_ORDINAL = re.compile(r"^(?:\d+(?:er|re|ere|e|eme|ieme|nd|nde)?|premier|premiere|second|seconde|[a-z-]+ieme)$")  # (folded: "sixième", "vingt-et-unième")
_QUOTE_MARKS = "\"'«» \u00a0"

P = TypeVar("P")
G = TypeVar("G")


@dataclass
class Counts:
    """True positives, false positives, false negatives; P/R/F1 derived."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class DocumentScore:
    """One document's counts, with what was missed and what was wrongly found."""

    name: str
    counts: dict[str, Counts] = field(default_factory=lambda: {c: Counts() for c in CATEGORIES})
    misses: dict[str, list[str]] = field(default_factory=lambda: {c: [] for c in CATEGORIES})
    false_hits: dict[str, list[str]] = field(default_factory=lambda: {c: [] for c in CATEGORIES})
    status_matched: int = 0
    status_correct: int = 0
    status_misses: list[str] = field(default_factory=list)  # matched roles whose status differs: "X: title @ org (gold former, found current)"
    false_ids: set[int] = field(default_factory=set)  # id() of the predicted objects that are false hits


@dataclass
class Report:
    """Scores summed over documents (micro-average)."""

    documents: list[DocumentScore]
    counts: dict[str, Counts]
    status_matched: int
    status_correct: int

    @property
    def status_accuracy(self) -> float | None:
        return self.status_correct / self.status_matched if self.status_matched else None

    def to_dict(self, details: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "documents": len(self.documents),
            "categories": {
                c: {"precision": round(k.precision, 4), "recall": round(k.recall, 4), "f1": round(k.f1, 4), "tp": k.tp, "fp": k.fp, "fn": k.fn}
                for c, k in self.counts.items()
            },
            "role_status_accuracy": None if self.status_accuracy is None else round(self.status_accuracy, 4),
        }
        if details:
            out["details"] = {d.name: {"misses": d.misses, "false_hits": d.false_hits, "status_misses": d.status_misses} for d in self.documents}
        return out


# -- matching rules ----------------------------------------------------------
def _names(item: GoldNamed | GoldPerson) -> set[str]:
    return {fold(item.name)} | {fold(a) for a in item.aliases}


def _match(
    preds: Sequence[P], golds: Sequence[G], same: Callable[[P, G], bool], optional: Callable[[G], bool],
    show_p: Callable[[P], str], show_g: Callable[[G], str], score: DocumentScore, category: str,
    closeness: Callable[[P, G], int] | None = None,
) -> list[tuple[P, G]]:
    """Greedy one-to-one matching; returns the (pred, gold) pairs that count.
    Among the gold items a prediction matches, ``closeness`` (if given) picks
    the closest, the first one on ties."""
    used: set[int] = set()
    pairs = []
    counts = score.counts[category]
    for p in preds:
        candidates = [i for i, g in enumerate(golds) if i not in used and same(p, g)]
        hit = max(candidates, key=lambda i: (closeness(p, golds[i]), -i)) if candidates and closeness is not None else next(iter(candidates), None)
        if hit is None:
            # a repeat of an optional item is as neutral as the item itself
            if any(optional(g) and same(p, g) for g in golds):
                continue
            counts.fp += 1
            score.false_hits[category].append(show_p(p))
            score.false_ids.add(id(p))
            continue
        used.add(hit)
        if optional(golds[hit]):
            continue
        counts.tp += 1
        pairs.append((p, golds[hit]))
    for i, g in enumerate(golds):
        if i not in used and not optional(g):
            counts.fn += 1
            score.misses[category].append(show_g(g))
    return pairs


def _title_words(title: str) -> list[str]:
    """Words of a title. A hyphenated word stays one word ("vice-présidente"
    is not "présidente"), except the prefix "ex-", which is the skipped
    word "ex" glued to the title: "ex-PDG" reads "pdg"."""
    words = [w for w in re.split(r"[^\w-]+", fold(title)) if w.strip("-")]
    return [w[3:] if w.startswith("ex-") and len(w) > 3 else w for w in words]


def _first_content_word(title: str) -> str | None:
    for w in _title_words(title):
        if w not in _TITLE_SKIP and not _ORDINAL.match(w):
            return w
    return None


def _unit_matches(pred_unit: str, gold_unit: str) -> bool:
    if re.fullmatch(r"[A-Z]{3}|%", gold_unit.strip()):
        return pred_unit.strip() == gold_unit.strip()
    words = fold(gold_unit).split()
    if not words:
        return False
    stem = words[0]
    if len(stem) > 1 and stem[-1] in "sx":
        stem = stem[:-1]
    return any(w.startswith(stem) for w in re.split(r"[^\w²³-]+", fold(pred_unit)) if w)


def score_document(record: DocumentRecord, gold: GoldFile, name: str = "") -> DocumentScore:
    """Compare one record with its gold file."""
    score = DocumentScore(name=name or gold.document)
    orgs_by_name = {fold(o.name): _names(o) for o in gold.organizations}
    people_by_name = {fold(p.name): _names(p) for p in gold.people}

    def org_matches(pred: str | None, gold_org: str | None) -> bool:
        if pred is None or gold_org is None:
            return pred is None and gold_org is None
        return fold(pred) in orgs_by_name.get(fold(gold_org), {fold(gold_org)})

    person_pairs = _match(
        record.people, gold.people, lambda p, g: fold(p.name) in _names(g), lambda g: g.optional,
        lambda p: p.name, lambda g: g.name, score, "people",
    )
    matched_preds = {id(p) for p, _ in person_pairs}
    matched_golds = {id(g) for _, g in person_pairs}
    optional_preds = {id(p) for p in record.people if any(g.optional and fold(p.name) in _names(g) for g in gold.people)}
    for p, g in person_pairs:
        role_pairs = _match(
            p.roles, g.roles,
            lambda r, gr: org_matches(r.organization, gr.organization) and _first_content_word(gr.title) in _title_words(r.title),
            lambda gr: False,
            lambda r, p=p: f"{p.name}: {r.title} @ {r.organization}",
            lambda gr, g=g: f"{g.name}: {gr.title} @ {gr.organization}",
            score, "roles",
            # (a person's two "directrice …" titles: each paired with the gold title that shares most words, so that
            # status is compared between the same functions)
            closeness=lambda r, gr: len(set(_title_words(r.title)) & set(_title_words(gr.title))),
        )
        score.status_matched += len(role_pairs)
        score.status_correct += sum(r.status == gr.status for r, gr in role_pairs)
        score.status_misses.extend(f"{g.name}: {gr.title} @ {gr.organization} (gold {gr.status}, found {r.status})" for r, gr in role_pairs if r.status != gr.status)
    for p in record.people:
        if id(p) not in matched_preds and id(p) not in optional_preds:
            for r in p.roles:
                score.counts["roles"].fp += 1
                score.false_hits["roles"].append(f"{p.name}: {r.title} @ {r.organization}")
                score.false_ids.add(id(r))
    for g in gold.people:
        if id(g) not in matched_golds and not g.optional:
            for gr in g.roles:
                score.counts["roles"].fn += 1
                score.misses["roles"].append(f"{g.name}: {gr.title} @ {gr.organization}")
    for category, preds, golds in (
        ("organizations", record.organizations, gold.organizations),
        ("programmes", record.programmes, gold.programmes),
    ):
        _match(preds, golds, lambda p, g: fold(p.name) in _names(g), lambda g: g.optional, lambda p: p.name, lambda g: g.name, score, category)
    _match(
        record.figures, gold.figures,
        lambda f, g: math.isclose(f.value, g.value, rel_tol=1e-6) and _unit_matches(f.unit, g.unit),
        lambda g: g.optional, lambda f: f"{f.value:g} {f.unit} «{f.text}»", lambda g: f"{g.value:g} {g.unit}" + (f" «{g.text}»" if g.text else ""),
        score, "figures",
    )

    def quote_matches(q: Any, g: Any) -> bool:
        if q.speaker is None or fold(q.speaker) not in people_by_name.get(fold(g.speaker), {fold(g.speaker)}):
            return False
        return fold(q.text).lstrip(_QUOTE_MARKS).startswith(fold(g.starts_with).lstrip(_QUOTE_MARKS))

    _match(
        record.quotes, gold.quotes, quote_matches, lambda g: g.optional,
        lambda q: f"{q.speaker}: {q.text[:60]}", lambda g: f"{g.speaker}: {g.starts_with}", score, "quotes",
    )
    return score


# -- running over a folder -----------------------------------------------------
def find_pairs(path: str | Path) -> list[tuple[Path, Path]]:
    """(text, gold) pairs under ``path`` (a folder, searched recursively, one
    gold file, or one text with its gold beside it)."""
    root = Path(path)
    if root.is_file() and root.suffix == ".txt" and not root.name.endswith(".gold.json"):
        root = root.with_name(root.name[: -len(".txt")] + ".gold.json")  # "corpus/dev/x.txt": scored on x.gold.json
    golds = [root] if root.is_file() else sorted(root.rglob("*.gold.json"))
    pairs = []
    for g in golds:
        txt = g.with_name(g.name[: -len(".gold.json")] + ".txt")
        pairs.append((txt, g))
    return pairs


def baseline_record(nlp: Any, text: str) -> DocumentRecord:
    """What the stock model gives: PER -> people, ORG -> organizations, MISC -> programmes."""
    from .normalize import normalize
    from .records import Span

    doc = nlp(normalize(text))
    people: dict[str, Person] = {}
    orgs: dict[str, Organization] = {}
    progs: dict[str, Programme] = {}
    for ent in doc.ents:
        raw = text[ent.start_char : ent.end_char]
        mention = Span(start=ent.start_char, end=ent.end_char, text=raw)
        if ent.label_ == "PER":
            people.setdefault(fold(raw), Person(name=raw)).mentions.append(mention)
        elif ent.label_ == "ORG":
            orgs.setdefault(fold(raw), Organization(name=raw)).mentions.append(mention)
        elif ent.label_ == "MISC":
            progs.setdefault(fold(raw), Programme(name=raw)).mentions.append(mention)
    import hashlib

    source = Source(sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), chars=len(text))
    return DocumentRecord(source=source, people=list(people.values()), organizations=list(orgs.values()), programmes=list(progs.values()))


def iter_scores(path: str | Path, baseline: bool = False, nlp: Any = None) -> Iterator[DocumentScore]:
    """Score every (text, gold) pair under ``path``; gold files are all
    validated before any extraction runs, so a bad one fails fast."""
    pairs = find_pairs(path)
    golds = [(txt, load_gold(g)) for txt, g in pairs]
    texts = [(read_text(txt), str(txt)) for txt, _ in golds]
    if baseline:
        import spacy

        from .pipeline import DEFAULT_MODEL

        base = nlp or spacy.load(DEFAULT_MODEL)
        records: Iterator[DocumentRecord] = (baseline_record(base, t) for t, _ in texts)
    else:
        from .api import Extractor

        extractor = Extractor(nlp=nlp) if nlp is not None else Extractor()
        records = extractor.pipe(texts)
    for (txt, gold), record in zip(golds, records):
        yield score_document(record, gold, name=str(txt))


def evaluate(path: str | Path, baseline: bool = False, nlp: Any = None, on_document: Callable[[DocumentScore], None] | None = None) -> Report:
    """Score the extractor (or the stock model) on every annotated document under ``path``.

    >>> report = evaluate("corpus/dev")  # doctest: +SKIP
    >>> round(report.counts["figures"].f1, 2)  # doctest: +SKIP
    0.8
    """
    docs = []
    totals = {c: Counts() for c in CATEGORIES}
    for score in iter_scores(path, baseline=baseline, nlp=nlp):
        docs.append(score)
        for c in CATEGORIES:
            totals[c].add(score.counts[c])
        if on_document is not None:
            on_document(score)
    return Report(
        documents=docs, counts=totals,
        status_matched=sum(d.status_matched for d in docs), status_correct=sum(d.status_correct for d in docs),
    )


def format_table(report: Report, title: str = "") -> str:
    """A plain-text table of P/R/F1 per category."""
    lines = [title] if title else []
    lines.append(f"{'category':<14} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for c, k in report.counts.items():
        lines.append(f"{c:<14} {k.precision:6.3f} {k.recall:6.3f} {k.f1:6.3f} {k.tp:5d} {k.fp:5d} {k.fn:5d}")
    acc = report.status_accuracy
    lines.append(f"role status accuracy: {'n/a' if acc is None else f'{acc:.3f}'} ({report.status_matched} matched roles)")
    lines.append(f"documents: {len(report.documents)}")
    return "\n".join(lines)
