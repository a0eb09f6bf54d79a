"""The pressextract spaCy components, one per file, each a registered factory."""
