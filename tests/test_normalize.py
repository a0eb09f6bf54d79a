import pytest

from pressextract.normalize import normalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("l’État", "l'État"),
        ("l‘agence", "l'agence"),
        ("“Bonjour”", '"Bonjour"'),
        ("14\u00a0000", "14 000"),
        ("14\u202f000", "14 000"),
        ("3\u2009M€", "3 M€"),
        ("«\u00a0Nous\u00a0»", "« Nous »"),
        ("ligne\r\nsuivante", "ligne \nsuivante"),
        ("vieux\rMac", "vieux\nMac"),
        ("\ufeffTitre", " Titre"),
        ("\u22123 %", "-3 %"),
        ("tab\there", "tab here"),
        ("déjà normal", "déjà normal"),
        ("", ""),
    ],
)
def test_normalize_table(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize("raw", ["l’État\r\n« 14\u202f000 »\u2009€", "a\r\rb\r\n\r\n", "“x” ‘y’ ʼz"])
def test_normalize_keeps_length(raw):
    assert len(normalize(raw)) == len(raw)
