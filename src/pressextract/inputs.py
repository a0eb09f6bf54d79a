"""Reading input files: one clear error per bad file, never a traceback.

>>> read_text("/nonexistent.txt")
Traceback (most recent call last):
...
pressextract.inputs.InputError: /nonexistent.txt: no such file
"""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """A file that cannot be used as a press release (message is one line)."""


def read_text(path: str | Path) -> str:
    """The text of a UTF-8 file (a leading BOM is dropped), or InputError."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a directory, not a file")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: is not UTF-8 text (byte {exc.start})") from exc
    if not text.strip():
        raise InputError(f"{path}: is empty")
    return text
