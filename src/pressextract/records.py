"""The output records: the single source of truth of what pressextract returns.

Pydantic v2 models, importing nothing from spaCy. ``DocumentRecord`` is one
press release; every fact carries a ``Span`` whose ``start``/``end`` slice the
input text to exactly its ``text``.

>>> Span(start=0, end=3, text="Bon")
Span(start=0, end=3, text='Bon')
"""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.0"

OrganizationKind = Literal[
    "region",
    "department",
    "municipality",
    "state",
    "ministry",
    "agency",
    "company",
    "association",
    "university",
    "other",
]
ProgrammeKind = Literal[
    "plan",
    "pack",
    "fund",
    "call_for_projects",
    "label",
    "contract",
    "strategy",
    "loan_or_grant",
    "event",
    "other",
]
Status = Literal["current", "former"]
Qualifier = Literal["approx", "min", "max"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Record):
    """Character offsets into the input text, with the text they slice."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError("span text length does not match its offsets")
        return self


class Source(_Record):
    """Where the text came from: path and title (if any), sha256 of the text, length."""

    path: str | None = None
    title: str | None = None
    sha256: str
    chars: int = Field(ge=0)


class Role(_Record):
    """A function held by a person, e.g. "présidente" of "Région Occitanie"."""

    title: str
    organization: str | None = None
    status: Status = "current"
    since: str | None = None
    evidence: Span


class Person(_Record):
    """A named natural person, with every mention and every role."""

    name: str
    roles: list[Role] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)


class Organization(_Record):
    """A named organization; ``mentions`` include anaphora such as "la Région"."""

    name: str
    kind: OrganizationKind = "other"
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)


class Programme(_Record):
    """A named public policy or instrument: plan, pack, fund, call for projects…

    ``owner``: the organization of the document that runs it, when the text
    says so; ``adopted``: when it was adopted or launched (ISO year, month or date).
    """

    name: str
    kind: ProgrammeKind = "other"
    aliases: list[str] = Field(default_factory=list)
    owner: str | None = None
    adopted: str | None = None
    mentions: list[Span] = Field(default_factory=list)


class Period(_Record):
    """When a figure holds: ISO years, months or dates, and/or an ISO 8601 duration.

    >>> Period(start="2021", end="2024", evidence=Span(start=0, end=18, text="entre 2021 et 2024")).end
    '2024'
    """

    start: str | None = None
    end: str | None = None
    duration: str | None = None
    evidence: Span


class Figure(_Record):
    """A quantitative fact: ``value`` in ``unit`` (ISO 4217, "%" or a noun phrase)."""

    value: float
    unit: str
    text: str
    subject: str | None = None
    qualifier: Qualifier | None = None
    value_max: float | None = None
    period: Period | None = None
    place: Span | None = None
    evidence: Span
    mentions: list[Span] = Field(default_factory=list)


class Quote(_Record):
    """A direct quotation and the person it is attributed to (or None)."""

    speaker: str | None = None
    text: str
    evidence: Span


class DocumentRecord(_Record):
    """Every fact extracted from one press release.

    >>> DocumentRecord(source=Source(sha256="0" * 64, chars=0)).people
    []
    """

    schema_version: str = SCHEMA_VERSION
    source: Source
    people: list[Person] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    programmes: list[Programme] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)


def json_schema() -> str:
    """The JSON Schema of :class:`DocumentRecord`, as indented JSON text."""
    return json.dumps(DocumentRecord.model_json_schema(), indent=2, ensure_ascii=False)
