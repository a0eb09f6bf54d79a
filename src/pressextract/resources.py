"""Where the pipeline's data files (``models/``) are, and how they are read.

In a built wheel the folder is packaged as ``pressextract/models``; in a
checkout or an editable install it is the repository's top-level ``models/``.
One function finds it in both cases, so no code path depends on the layout.

>>> (models_dir() / "lexicon" / "titles.json").is_file()
True
"""

from __future__ import annotations

import csv
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

_PACKAGE_DIR = Path(__file__).resolve().parent


class ModelsNotFoundError(RuntimeError):
    """Raised when neither the packaged nor the checkout ``models/`` exists."""


def models_dir() -> Path:
    """The folder holding patterns, lexicons and gazetteers."""
    for candidate in (_PACKAGE_DIR / "models", _PACKAGE_DIR.parents[1] / "models"):
        if (candidate / "lexicon").is_dir():
            return candidate
    raise ModelsNotFoundError(
        f"pressextract data files not found next to {_PACKAGE_DIR}; reinstall the package"
    )


def resolve(base: str | Path | None) -> Path:
    """``base`` as a Path, or the default models folder when it is None/empty."""
    return Path(base) if base else models_dir()


@lru_cache(maxsize=32)
def load_json(relative: str, base: str | None = None) -> Any:
    """Read a JSON file under the models folder (cached; treat as read-only)."""
    path = resolve(base) / relative
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=32)
def load_tsv(relative: str, base: str | None = None) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated file, skipping blank lines and ``#`` comments."""
    path = resolve(base) / relative
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if not row or not row[0].strip() or row[0].startswith("#"):
                continue
            rows.append(tuple(cell.strip() for cell in row))
    return tuple(rows)


def load_patterns(relative: str, base: str | None = None) -> list[dict[str, Any]]:
    """Rules of a JSONL file in SpanRuler format; each must have label, id, pattern."""
    path = resolve(base) / relative
    rules = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            rule = json.loads(line)
            missing = {"label", "id", "pattern"} - rule.keys()
            if missing:
                raise ValueError(f"{path}:{lineno}: rule lacks {sorted(missing)}")
            rules.append(rule)
    return rules
