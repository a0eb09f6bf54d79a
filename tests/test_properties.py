"""Property: on any text, extraction never crashes and every offset is exact."""

from conftest import assert_offsets
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FRENCH_BITS = [
    "Carole Delga", ", présidente de la Région Occitanie", "« ", " »", "“", "”", "l’", "14\u202f000", "3 M€",
    " emplois", "1,5 milliard d’euros", " 80 %", "\r\n", "\n\n", " et ", "M. ", "Mme ", "Pack relocalisation",
    "alors président", "déclare", "(ADEME)", "plus de ", " 2024", "04 72 00 00 00", "\u00a0", "-", "'",
]

texts = st.lists(
    st.one_of(st.sampled_from(FRENCH_BITS), st.text(max_size=12)),
    max_size=25,
).map("".join)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_extract_never_crashes_and_offsets_slice_the_input(extractor, text):
    record = extractor(text)
    assert record.source.chars == len(text)
    assert_offsets(record, text)


def test_a_name_whose_key_has_more_words_than_its_text(extractor):
    # (found by the property above: the fold splits "Â'Carole" at its apostrophe, the written name does not)
    text = "Î¸1\x16¸0Â'Carole Delga"
    assert_offsets(extractor(text), text)
