"""The ``pressextract`` command: a thin typer layer over the library.

Data goes to stdout, messages to stderr. Exit codes: 0 success, 1 failure
(a bad input file, a score under ``--min-f1``), 2 usage.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .inputs import InputError, read_text

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Extract facts from French press releases.")


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"pressextract: error: {message}", err=True)
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        typer.echo(__version__)
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")] = None,
) -> None:
    """Extract people, roles, organizations, programmes, figures and quotes."""


@app.command()
def parse(
    files: Annotated[list[Path], typer.Argument(help="Press release text files (UTF-8).", show_default=False)],
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="json: one object (an array for several files); jsonl: one line per file.")] = OutputFormat.json,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
) -> None:
    """Print the facts of each FILE as JSON."""
    texts, failed = [], 0
    for f in files:
        try:
            texts.append((read_text(f), str(f)))
        except InputError as exc:
            typer.echo(f"pressextract: error: {exc}", err=True)
            failed += 1
    records = []
    if texts:
        from .api import Extractor
        from .pipeline import ModelNotInstalledError

        try:
            extractor = Extractor()
        except ModelNotInstalledError as exc:
            _fail(str(exc))
        records = [r.model_dump(mode="json") for r in extractor.pipe(texts)]
    if fmt is OutputFormat.jsonl:
        out = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    else:
        payload = records[0] if len(files) == 1 and records else records
        out = json.dumps(payload, ensure_ascii=False, indent=2) + "\n" if records else ""
    if output is not None:
        try:
            output.write_text(out, encoding="utf-8")
        except OSError as exc:
            _fail(f"{output}: cannot write ({exc.strerror or exc})")
    else:
        sys.stdout.write(out)
    if failed:
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output records."""
    from .records import json_schema

    typer.echo(json_schema())


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
