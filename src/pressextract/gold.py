"""Gold annotation files (``NAME.gold.json``), validated on load.

The format is the project's ``gold-format.md``: every top-level key present,
``aliases``, ``optional``, ``roles``, ``status`` and ``text`` optional.

>>> GoldFile.model_validate({"document": "a.txt", "people": [], "organizations": [],
...     "programmes": [], "figures": [], "quotes": []}).document
'a.txt'
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoldRole(_Gold):
    title: str
    organization: str | None = None
    status: Literal["current", "former"] = "current"


class GoldPerson(_Gold):
    name: str
    aliases: list[str] = Field(default_factory=list)
    roles: list[GoldRole] = Field(default_factory=list)
    optional: bool = False


class GoldNamed(_Gold):
    name: str
    aliases: list[str] = Field(default_factory=list)
    optional: bool = False


class GoldFigure(_Gold):
    value: float
    unit: str
    text: str | None = None
    optional: bool = False


class GoldQuote(_Gold):
    speaker: str
    starts_with: str
    optional: bool = False


class GoldFile(_Gold):
    document: str
    people: list[GoldPerson]
    organizations: list[GoldNamed]
    programmes: list[GoldNamed]
    figures: list[GoldFigure]
    quotes: list[GoldQuote]


class GoldError(Exception):
    """A gold file that cannot be used; the message names the file and field."""


def load_gold(path: str | Path) -> GoldFile:
    """Read and validate one gold file, or raise GoldError with a one-line reason."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise GoldError(f"{p}: cannot be read ({exc.strerror or exc})") from exc
    except json.JSONDecodeError as exc:
        raise GoldError(f"{p}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from exc
    try:
        return GoldFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"]) or "(top level)"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise GoldError(f"{p}: field {where}: {first['msg']}{more}") from exc
