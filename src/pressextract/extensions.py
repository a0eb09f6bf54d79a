"""The custom attributes pressextract sets on spaCy spans, declared in one place.

Each holds a plain JSON-able dict (never a Pydantic object) so that Docs still
serialise with DocBin and travel between processes.
"""

from __future__ import annotations

from spacy.tokens import Span

SPAN_KEYS = ("organizations", "programmes", "people", "roles", "figures", "quotes")

# span group -> extension attribute on each span of that group
EXTENSIONS = {
    "organizations": "org",
    "programmes": "programme",
    "people": "person",
    "roles": "role",
    "figures": "figure",
    "quotes": "quote",
}


def register_extensions() -> None:
    """Declare the extensions once; safe to call any number of times."""
    for attr in EXTENSIONS.values():
        if not Span.has_extension(attr):
            Span.set_extension(attr, default=None)


# Fields of each extension's dict that hold [start_char, end_char] pairs
# (a dotted name reaches into a nested dict). ``convert`` shifts them when a
# long text was processed in chunks.
OFFSET_FIELDS: dict[str, tuple[str, ...]] = {
    "org": ("alias",),
    "programme": (),
    "person": (),
    "role": ("person", "title", "organization"),
    "figure": ("unit_chars", "subject", "period.chars", "place.chars"),
    "quote": ("speaker",),
}
