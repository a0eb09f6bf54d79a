import pytest

from pressextract import numbers


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("14 000", 14000),
        ("14\u00a0000", 14000),
        ("14\u202f000", 14000),
        ("1 500 000", 1500000),
        ("1.200", 1200),
        ("1.200.000", 1200000),
        ("1,5", 1.5),
        ("12,75", 12.75),
        ("3", 3),
        ("-3", -3),
        ("+12,5", 12.5),
        ("2024", 2024),
        ("0,5", 0.5),
        ("1'000", 1000),
        ("1 234,5", 1234.5),
        ("1.5", 1.5),
    ],
)
def test_parse_digits(text, value):
    assert numbers.parse_digits(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "14h30", "1er", "04-72", "1,2,3", "12 34"])
def test_parse_digits_rejects(text):
    assert numbers.parse_digits(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("deux", 2),
        ("vingt-cinq", 25),
        ("deux cents", 200),
        ("trois cent cinquante", 350),
        ("quatre-vingt-dix-neuf", 99),
        ("soixante-dix", 70),
        ("vingt et un", 21),
        ("mille", 1000),
        ("deux mille", 2000),
        ("Trente", 30),
    ],
)
def test_parse_number_words(text, value):
    assert numbers.parse_number_words(text) == value


@pytest.mark.parametrize("text", ["", "projets", "deux projets", "et", "la"])
def test_parse_number_words_rejects(text):
    assert numbers.parse_number_words(text) is None


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("€", (1.0, "EUR")),
        ("M€", (1e6, "EUR")),
        ("k€", (1e3, "EUR")),
        ("K€", (1e3, "EUR")),
        ("Md€", (1e9, "EUR")),
        ("Mds€", (1e9, "EUR")),
        ("Mrd€", (1e9, "EUR")),
        ("M$", (1e6, "USD")),
        ("£", (1.0, "GBP")),
        ("CHF", (1.0, "CHF")),
        ("EUR", (1.0, "EUR")),
        ("M", (1e6, None)),
        ("Md", (1e9, None)),
        ("k", (1e3, None)),
    ],
)
def test_parse_unit_token(token, expected):
    assert numbers.parse_unit_token(token) == expected


@pytest.mark.parametrize("token", ["emplois", "MW", "%", "km", "Me"])
def test_parse_unit_token_rejects(token):
    assert numbers.parse_unit_token(token) is None


@pytest.mark.parametrize(
    ("word", "scale"),
    [("mille", 1e3), ("million", 1e6), ("millions", 1e6), ("milliard", 1e9), ("Milliards", 1e9), ("emplois", None)],
)
def test_scale_of_word(word, scale):
    assert numbers.scale_of_word(word) == scale


@pytest.mark.parametrize(
    ("word", "code"),
    [("euros", "EUR"), ("euro", "EUR"), ("dollars", "USD"), ("livres", "GBP"), ("francs", "CHF"), ("€", "EUR"), ("emplois", None)],
)
def test_currency_of_word(word, code):
    assert numbers.currency_of_word(word) == code
