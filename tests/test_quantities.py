"""numbers.parse_quantity on a table of French figure phrases.

Each row: the phrase as a press release writes it, then the expected
(value, unit, qualifier); ``unit`` is an ISO 4217 code, "%", or the words
that follow the number as written.
"""

import pytest

from pressextract.numbers import parse_quantity

NB, NNB = "\u00a0", "\u202f"

TABLE = [
    # digits and thousands separators
    ("14 000 emplois", 14000, "emplois", None),
    (f"14{NB}000 emplois", 14000, "emplois", None),
    (f"14{NNB}000 emplois", 14000, "emplois", None),
    ("14.000 emplois", 14000, "emplois", None),
    ("1 500 000 visiteurs", 1500000, "visiteurs", None),
    (f"1{NNB}500{NNB}000 visiteurs", 1500000, "visiteurs", None),
    ("32 ouvertures de sites industriels", 32, "ouvertures de sites industriels", None),
    ("105 ouvertures de site industriels", 105, "ouvertures de site industriels", None),
    ("3 sites", 3, "sites", None),
    ("12 lycées", 12, "lycées", None),
    ("250 hectares", 250, "hectares", None),
    ("4 500 m²", 4500, "m²", None),
    ("1 600 m² de panneaux", 1600, "m² de panneaux", None),
    ("30 MW", 30, "MW", None),
    ("3,1 TWh", 3.1, "TWh", None),
    ("120 km de pistes", 120, "km de pistes", None),
    ("0,5 point", 0.5, "point", None),
    ("4 points", 4, "points", None),
    ("1 234,5 tonnes", 1234.5, "tonnes", None),
    ("720 000 tonnes de CO2", 720000, "tonnes de CO2", None),
    ("62 éoliennes", 62, "éoliennes", None),
    ("2 400 personnes", 2400, "personnes", None),
    ("96 salariés", 96, "salariés", None),
    ("45 classes", 45, "classes", None),
    ("18 mois", 18, "mois", None),
    ("40 °C", 40, "°C", None),
    # money, digits
    ("3 M€", 3e6, "EUR", None),
    ("3M€", 3e6, "EUR", None),
    ("3 M €", 3e6, "EUR", None),
    ("250 k€", 250e3, "EUR", None),
    ("250 K€", 250e3, "EUR", None),
    ("2,3 Md€", 2.3e9, "EUR", None),
    ("2,3 Mds€", 2.3e9, "EUR", None),
    ("2,3 Mds €", 2.3e9, "EUR", None),
    ("1,2 Mrd€", 1.2e9, "EUR", None),
    ("54 Md€", 54e9, "EUR", None),
    ("800 000 €", 800000, "EUR", None),
    (f"800{NB}000{NB}€", 800000, "EUR", None),
    ("12 500 000 €", 12.5e6, "EUR", None),
    ("6 500 euros", 6500, "EUR", None),
    ("1 euro", 1, "EUR", None),
    ("420 millions d'euros", 420e6, "EUR", None),
    ("420 millions d’euros", 420e6, "EUR", None),
    ("1,5 milliard d’euros", 1.5e9, "EUR", None),
    ("1,5 milliards d'euros", 1.5e9, "EUR", None),
    ("15 milliards d’euros", 15e9, "EUR", None),
    ("2,8 millions d'euros", 2.8e6, "EUR", None),
    ("3 millions de dollars", 3e6, "USD", None),
    ("40 dollars", 40, "USD", None),
    ("5 $", 5, "USD", None),
    ("2 M$", 2e6, "USD", None),
    ("700 £", 700, "GBP", None),
    ("10 livres", 10, "GBP", None),
    ("90 CHF", 90, "CHF", None),
    ("1 200 EUR", 1200, "EUR", None),
    ("26 € par MWh", 26, "EUR", None),
    ("300 M€ du plan", 300e6, "EUR", None),
    ("3 millions d'euros", 3e6, "EUR", None),
    ("3 millions d’€", 3e6, "EUR", None),
    ("1,2 Mds d'euros", 1.2e9, "EUR", None),
    ("un million d'euros", 1e6, "EUR", None),
    ("deux millions d'euros", 2e6, "EUR", None),
    ("mille euros", 1000, "EUR", None),
    ("deux mille euros", 2000, "EUR", None),
    ("cinq cents euros", 500, "EUR", None),
    # percentages
    ("80 %", 80, "%", None),
    ("80%", 80, "%", None),
    (f"80{NB}%", 80, "%", None),
    (f"80{NNB}%", 80, "%", None),
    ("12,5 %", 12.5, "%", None),
    ("0,4 %", 0.4, "%", None),
    ("100 %", 100, "%", None),
    ("-3 %", -3, "%", None),
    ("+12 %", 12, "%", None),
    ("3 pour cent", 3, "%", None),
    ("vingt pour cent", 20, "%", None),
    ("cinquante %", 50, "%", None),
    # number words
    ("deux cents élèves", 200, "élèves", None),
    ("deux cents stagiaires", 200, "stagiaires", None),
    ("vingt-cinq techniciens", 25, "techniciens", None),
    ("trois cent cinquante logements", 350, "logements", None),
    ("quatre-vingt-dix-neuf lycées", 99, "lycées", None),
    ("soixante-dix communes", 70, "communes", None),
    ("vingt et un départements", 21, "départements", None),
    ("trois instituts", 3, "instituts", None),
    ("Douze chirurgiens", 12, "chirurgiens", None),
    ("Six thèses", 6, "thèses", None),
    ("deux gros projets", 2, "gros projets", None),
    ("quatre postes de chercheurs", 4, "postes de chercheurs", None),
    ("huit contrats doctoraux", 8, "contrats doctoraux", None),
    ("dix-huit mois", 18, "mois", None),
    ("treize départements", 13, "départements", None),
    ("mille bénévoles", 1000, "bénévoles", None),
    ("deux mille habitants", 2000, "habitants", None),
    ("un million de visiteurs", 1e6, "visiteurs", None),
    ("deux millions de véhicules", 2e6, "véhicules", None),
    ("3 millions de visiteurs", 3e6, "visiteurs", None),
    ("1,7 million d’habitants", 1.7e6, "habitants", None),
    ("79 millions de tonnes", 79e6, "tonnes", None),
    ("9 millions de demandes", 9e6, "demandes", None),
    # approximate nouns
    ("une trentaine de communes", 30, "communes", "approx"),
    ("une vingtaine de chercheurs", 20, "chercheurs", "approx"),
    ("une centaine de bénévoles", 100, "bénévoles", "approx"),
    ("Une centaine de chantiers", 100, "chantiers", "approx"),
    ("une dizaine d'entreprises", 10, "entreprises", "approx"),
    ("une quinzaine de disciplines", 15, "disciplines", "approx"),
    ("une douzaine de sites", 12, "sites", "approx"),
    ("une cinquantaine de projets", 50, "projets", "approx"),
    ("une soixantaine d'emplois", 60, "emplois", "approx"),
    ("des milliers de visiteurs", 1000, "visiteurs", "approx"),
    ("des centaines de salariés", 100, "salariés", "approx"),
    ("plusieurs centaines de salariés", 100, "salariés", "approx"),
    ("des dizaines de milliers d’habitants", 10000, "habitants", "approx"),
    ("une trentaine de millions d’euros", 30e6, "EUR", "approx"),
    ("quelques milliers de foyers", 1000, "foyers", "approx"),
    # qualifiers
    ("plus de 300 entreprises", 300, "entreprises", "min"),
    ("plus d'un million de visiteurs", 1e6, "visiteurs", "min"),
    ("Plus de 9 300 habitants", 9300, "habitants", "min"),
    ("au moins 40 lits", 40, "lits", "min"),
    ("dès 500 euros", 500, "EUR", "min"),
    ("au-delà de 12 GWh", 12, "GWh", "min"),
    ("pas moins de 50 stands", 50, "stands", "min"),
    ("à partir de 18 ans", 18, "ans", "min"),
    ("près de 90 entreprises", 90, "entreprises", "approx"),
    ("Près de 1 200 propriétaires", 1200, "propriétaires", "approx"),
    ("près d'un million d'euros", 1e6, "EUR", "approx"),
    ("environ 250 entreprises", 250, "entreprises", "approx"),
    ("Environ 25 000 personnes", 25000, "personnes", "approx"),
    ("quelque 400 exposants", 400, "exposants", "approx"),
    ("autour de 15 %", 15, "%", "approx"),
    ("de l'ordre de 2 M€", 2e6, "EUR", "approx"),
    ("presque 70 %", 70, "%", "approx"),
    ("jusqu'à 300 000 euros", 300000, "EUR", "max"),
    ("jusqu’à 80 %", 80, "%", "max"),
    ("jusqu’à 1 500 personnes", 1500, "personnes", "max"),
    ("moins de 10 kilomètres", 10, "kilomètres", "max"),
    ("moins d'un an", 1, "an", "max"),
    ("au plus 3 mandats", 3, "mandats", "max"),
    ("dans la limite de 5 000 euros", 5000, "EUR", "max"),
    ("plafonné à 90 000 euros", 90000, "EUR", "max"),
    ("au maximum 12 mois", 12, "mois", "max"),
    ("1er", None, None, None),
    ("7 apprentis sur 10", 7, "apprentis sur 10", None),
    ("410 000 consultations", 410000, "consultations", None),
    ("2 840 maisons labellisées", 2840, "maisons labellisées", None),
    ("35 heures hebdomadaires", 35, "heures hebdomadaires", None),
]

RANGES = [
    ("entre 10 et 15 millions d'euros", 10e6, 15e6, "EUR"),
    ("entre 10 et 15 M€", 10e6, 15e6, "EUR"),
    ("entre 100 000 et 2 millions d’euros", 100e3, 2e6, "EUR"),
    ("entre 50 000 et 300 000 euros", 50e3, 300e3, "EUR"),
    ("de 5 à 8 %", 5, 8, "%"),
    ("de 50 à 70 %", 50, 70, "%"),
    ("de 2 à 3 %", 2, 3, "%"),
    ("entre 20 et 30 salariés", 20, 30, "salariés"),
    ("de 1,5 à 2 milliards d'euros", 1.5e9, 2e9, "EUR"),
    ("entre 3 et 5 M€", 3e6, 5e6, "EUR"),
]

NOT_QUANTITIES = ["", "les entreprises", "la Région Occitanie", "plus de la moitié", "environ", "le 1er"]


@pytest.mark.parametrize(("text", "value", "unit", "qualifier"), TABLE)
def test_quantity_table(text, value, unit, qualifier):
    q = parse_quantity(text)
    if value is None:
        assert q is None
        return
    assert q is not None, text
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert q.qualifier == qualifier


@pytest.mark.parametrize(("text", "low", "high", "unit"), RANGES)
def test_ranges(text, low, high, unit):
    q = parse_quantity(text)
    assert (q.value, q.value_max, q.unit) == (pytest.approx(low), pytest.approx(high), unit)


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_quantities(text):
    assert parse_quantity(text) is None


def test_table_is_large():
    assert len(TABLE) + len(RANGES) >= 150
