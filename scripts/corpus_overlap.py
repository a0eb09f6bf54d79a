"""Closest corpus documents to a text, by shared four-word sequences.

Run it on a draft before adding it to the corpus (``python
scripts/corpus_overlap.py draft.txt``) or on the whole test part (``python
scripts/corpus_overlap.py --test``). For each text it prints the two corpus
documents sharing the largest share of its four-word sequences (over the
smaller of the two texts) and their word-set Jaccard. A draft far above the
corpus's usual level (most pairs stay under 0.10) probably echoes a
document already there and should be rewritten or dropped; a dev document
that echoes a test document makes that test document's score optimistic.
Standard library only.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def shingles(text: str, n: int = 4) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def closest(path: Path, others: dict[Path, str], top: int = 2) -> list[tuple[float, float, Path]]:
    text = path.read_text(encoding="utf-8")
    mine, my_words = shingles(text), set(re.findall(r"\w+", text.lower()))
    scored = []
    for other, other_text in others.items():
        if other_text == text:
            continue  # (the draft itself, already in the corpus; a different text under the same name is compared)
        theirs, their_words = shingles(other_text), set(re.findall(r"\w+", other_text.lower()))
        share = len(mine & theirs) / max(1, min(len(mine), len(theirs)))
        jaccard = len(my_words & their_words) / max(1, len(my_words | their_words))
        scored.append((share, jaccard, other))
    return sorted(scored, key=lambda s: (s[0], s[1]), reverse=True)[:top]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="texts to check against the corpus")
    parser.add_argument("--test", action="store_true", help="check every test document against the dev part")
    args = parser.parse_args(argv)
    if args.test:
        targets = sorted((CORPUS / "test").glob("*.txt"))
        pool = {p: p.read_text(encoding="utf-8") for p in (CORPUS / "dev").glob("*.txt")}
    else:
        targets = args.files
        pool = {p: p.read_text(encoding="utf-8") for p in CORPUS.glob("*/*.txt")}
    if not targets:
        parser.error("give files to check, or --test")
    rows = []
    for path in targets:
        if not path.is_file():
            print(f"corpus_overlap: error: {path}: no such file", file=sys.stderr)
            return 1
        rows.append((path, closest(path, pool)))
        taken = [p for p, t in pool.items() if p.name == path.name and t != path.read_text(encoding="utf-8")]
        if taken:
            print(f"corpus_overlap: {path.name}: the name is already used by {taken[0].parent.name}/{taken[0].name}", file=sys.stderr)
    rows.sort(key=lambda r: r[1][0][0] if r[1] else 0, reverse=True)
    for path, best in rows:
        near = ", ".join(f"{share:.3f}/{jac:.3f} {other.parent.name}/{other.name}" for share, jac, other in best)
        print(f"{path.name}: {near}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
