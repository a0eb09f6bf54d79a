"""Figures on French sentences written for these tests."""

import pytest
from conftest import assert_offsets


def figures(extractor, text):
    record = extractor(text)
    assert_offsets(record, text)
    return [(f.value, f.unit) for f in record.figures], record


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Le chantier a permis de créer 14 000 emplois dans la vallée.", 14000, "emplois"),
        ("Le chantier a permis de créer 14\u00a0000 emplois dans la vallée.", 14000, "emplois"),
        ("Le chantier a permis de créer 14\u202f000 emplois dans la vallée.", 14000, "emplois"),
        ("La commune reçoit une aide de 3 M€ pour son école.", 3_000_000, "EUR"),
        ("La commune reçoit une aide de 3M€ pour son école.", 3_000_000, "EUR"),
        ("L’État mobilise 1,5 milliard d’euros pour les ports.", 1_500_000_000, "EUR"),
        ("Le fonds atteint 2,3 Md€.", 2_300_000_000, "EUR"),
        ("Chaque lauréat touchera 250 k€ au maximum.", 250_000, "EUR"),
        ("Le budget primitif s'élève à 420 millions d'euros.", 420_000_000, "EUR"),
        ("Le projet coûte 3 millions d’€.", 3_000_000, "EUR"),
        ("Le contrat prévoit 12 500 000 € de travaux.", 12_500_000, "EUR"),
        ("La facture était de 40 dollars par foyer.", 40, "USD"),
        ("Le taux de remplissage atteint 80 % cet été.", 80, "%"),
        ("Le taux de remplissage atteint 80% cet été.", 80, "%"),
        ("Les ventes progressent de 12,5 % sur un an.", 12.5, "%"),
        ("Le chômage recule de 3 pour cent.", 3, "%"),
        ("Le parc compte 250 hectares de prairies.", 250, "hectares"),
        ("Elle a accueilli deux cents stagiaires.", 200, "stagiaires"),
        ("Le site emploie vingt-cinq techniciens.", 25, "techniciens"),
        ("Une trentaine de communes ont répondu.", 30, "communes"),
        ("Un millier de visiteurs sont attendus.", 1000, "visiteurs"),
        ("Elle a ouvert 140 nouvelles écoles de vélo.", 140, "nouvelles écoles de vélo"),
        ("Le chômage recule (–4,3 %) sur un an.", -4.3, "%"),
        ("Le groupe prévoit deux gros chantiers.", 2, "gros chantiers"),
        ("L'usine produira 10 000 tonnes de granulés.", 10000, "tonnes"),
        ("La centrale atteindra 30 MW de puissance.", 30, "MW"),
        ("Le bâtiment offre 4 500 m² de bureaux.", 4500, "m²"),
        ("Les agents ont découvert en juin 6,8 tonnes de cigarettes dans un camion.", 6.8, "tonnes"),
        ("La boutique a vendu en décembre 350 sapins.", 350, "sapins"),
    ],
)
def test_figure_value_and_unit(extractor, text, value, unit):
    found, _ = figures(extractor, text)
    assert any(v == pytest.approx(value) and u.startswith(unit) for v, u in found), found


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Le réseau fédère plus de 300 entreprises.", "min"),
        ("Le réseau fédère près de 300 entreprises.", "approx"),
        ("Le réseau fédère environ 300 entreprises.", "approx"),
        ("L'aide peut atteindre jusqu'à 300 000 euros.", "max"),
        ("Le réseau fédère moins de 300 entreprises.", "max"),
        ("Une centaine de bénévoles seront présents.", "approx"),
    ],
)
def test_qualifier(extractor, text, qualifier):
    record = extractor(text)
    assert record.figures and record.figures[0].qualifier == qualifier


def test_range_of_money(extractor):
    record = extractor("Chaque projet recevra entre 10 et 15 millions d'euros.")
    fig = record.figures[0]
    assert (fig.value, fig.value_max, fig.unit) == (10_000_000, 15_000_000, "EUR")


def test_range_of_percent(extractor):
    record = extractor("La hausse sera de 5 à 8 % selon les secteurs.")
    fig = record.figures[0]
    assert (fig.value, fig.value_max, fig.unit) == (5, 8, "%")


def test_elliptical_unit_takes_the_count_of_its_sentence(extractor):
    text = "Le département compte 12 ouvertures de classes (sur 40 dans l'académie) cette année."
    found, _ = figures(extractor, text)
    assert (12, "ouvertures de classes") in found
    assert (40, "ouvertures de classes") in found


def test_one_figure_per_value_and_unit_with_all_mentions(extractor):
    text = "Le plan a créé 500 emplois. Ces 500 emplois sont pérennes."
    record = extractor(text)
    assert len([f for f in record.figures if f.value == 500]) == 1
    assert len(record.figures[0].mentions) == 2


@pytest.mark.parametrize(
    "text",
    [
        "La réunion s'est tenue le 12 mars 2024 à Lyon.",
        "Le conseil se réunira en 2025.",
        "Rendez-vous à 14 h 30 en mairie.",
        "Contact presse : 04 72 59 40 00.",
        "Écrire au 12 rue des Lilas, 69002 Lyon.",
        "Conformément à l'article 12 du règlement.",
        "C'est la 2e édition et la 1re fois.",
        "Le programme France 2030 soutient les laboratoires.",
        "Un plan ambitieux est lancé.",
        "Horizon 2020 a financé le laboratoire.",
        "La séance a eu lieu en juin 2024 au siège.",
    ],
)
def test_not_figures(extractor, text):
    found, _ = figures(extractor, text)
    assert found == []


def test_negative_number(extractor):
    record = extractor("Les effectifs varient de -3 % sur l'année.")
    assert any(f.value == -3 and f.unit == "%" for f in record.figures)


def test_subject_wider_than_unit(extractor):
    record = extractor("Le pack a permis 14 000 emplois potentiels en trois ans.")
    fig = next(f for f in record.figures if f.value == 14000)
    assert fig.unit == "emplois"
    assert fig.subject == "emplois potentiels"


@pytest.mark.parametrize(
    ("text", "start", "end", "duration"),
    [
        ("Le pack a créé 14 000 emplois entre 2021 et 2024.", "2021", "2024", None),
        ("Depuis 2023, le réseau a ouvert 105 agences.", "2023", None, None),
        ("La Région rénovera 38 lycées d’ici 2028.", None, "2028", None),
        ("Le port vise 30 % de fret ferroviaire à l’horizon 2030.", None, "2030", None),
        ("En 2024, 52 communes ont adhéré.", "2024", "2024", None),
        ("Au cours de l’année 2024, 89 sites ont ouvert.", "2024", "2024", None),
        ("Le contrat 2021-2027 mobilise 120 M€.", "2021", "2027", None),
        ("Le fonds versera 8 M€ sur trois ans.", None, None, "P3Y"),
        ("Le budget adopté en décembre 2021 atteint 412 M€.", "2021-12", "2021-12", None),
        ("Le 12 mars 2024, 300 bénévoles étaient mobilisés.", "2024-03-12", "2024-03-12", None),
    ],
)
def test_period(extractor, text, start, end, duration):
    record = extractor(text)
    assert_offsets(record, text)
    fig = next(f for f in record.figures if f.unit != "ans")
    assert fig.period is not None, record.figures
    assert (fig.period.start, fig.period.end, fig.period.duration) == (start, end, duration)


def test_no_period_when_the_sentence_has_none(extractor):
    record = extractor("La commune compte 1 200 habitants. Elle a été fondée en 1850.")
    assert record.figures[0].period is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Avec 32 ouvertures de sites (sur 89 dans la France entière), la région domine.", "France entière"),
        ("Le plan a créé 1 500 emplois en Bretagne.", "Bretagne"),
        ("On compte 47 communes en alerte dans le Finistère.", "Finistère"),
    ],
)
def test_place(extractor, text, place):
    record = extractor(text)
    assert any(f.place is not None and f.place.text.startswith(place.split()[0]) for f in record.figures), record.figures


def test_place_is_not_an_organization(extractor):
    record = extractor("La Région Bretagne finance 40 bus.")
    assert all(f.place is None for f in record.figures)


def test_hours_of_something_are_counted_not_a_time(extractor):
    record = extractor("La clause réserve 12 000 heures de travail aux chômeurs. Le conseil se réunit à 18 heures de façon exceptionnelle.")
    assert [(f.value, f.unit) for f in record.figures] == [(12000, "heures de travail")]


def test_a_hyphenated_unit_is_kept_whole(extractor):
    record = extractor("Le département compte 1 800 sapeurs-pompiers volontaires.")
    assert [(f.value, f.unit) for f in record.figures] == [(1800, "sapeurs-pompiers")]


def test_an_amount_after_dont_takes_the_sentence_currency(extractor):
    record = extractor("La banque a prêté 2,5 milliards d'euros, dont 800 millions aux agriculteurs.")
    assert [(f.value, f.unit) for f in record.figures] == [(2500000000, "EUR"), (800000000, "EUR")]


def test_a_scaled_count_without_money_is_not_money(extractor):
    record = extractor("Le département compte 1,2 million d'habitants, dont 300 000 à Lille.")
    assert all(f.unit != "EUR" for f in record.figures)


def test_dont_refers_to_the_head_count_not_a_complement(extractor):
    record = extractor("Le groupe emploie 2 400 salariés dans 9 pays, dont 1 100 en France.")
    assert (1100, "salariés") in [(f.value, f.unit) for f in record.figures]


def test_a_count_after_a_demonstrative_time_word(extractor):
    figures = [(f.value, f.unit) for f in extractor("Le centre accueille cette saison 22 jeunes joueurs.").figures]
    assert figures == [(22.0, "jeunes joueurs")]


def test_a_numbered_season_is_no_count(extractor):
    assert extractor("La saison 3 de la série sera tournée à Lille.").figures == []


def test_le_nombre_de_gives_the_unit_of_a_bare_number(extractor):
    figures = [(f.value, f.unit) for f in extractor("Le nombre de licenciés a atteint 402 000, soit une hausse de 9 %.").figures]
    assert figures == [(402000.0, "licenciés"), (9.0, "%")]


def test_a_change_from_one_count_to_another_gives_both(extractor):
    figures = [(f.value, f.unit) for f in extractor("L'effectif passera de 22 à 45 salariés d'ici 2028.").figures]
    assert figures == [(22.0, "salariés"), (45.0, "salariés")]


def test_a_range_is_one_figure(extractor):
    figures = [(f.value, f.value_max, f.unit) for f in extractor("Le dispositif concerne les jeunes de 18 à 25 ans.").figures]
    assert figures == [(18.0, 25.0, "ans")]


def test_an_adjective_the_tagger_reads_as_a_noun_before_the_counted_noun(extractor):
    figures = extractor("Le jury distingue cinq jeunes artisans d'art et il reste 40 jeunes sans stage.").figures
    units = {(f.value, f.unit) for f in figures}
    assert (5, "jeunes artisans d'art") in units and (40, "jeunes") in units


def test_around_the_clock_is_no_count(extractor):
    record = extractor("La maison de santé restera ouverte 7 jours sur 7 grâce à 14 médecins.")
    assert (7.0, "grâce") not in {(f.value, f.unit) for f in record.figures}
    assert (14.0, "médecins") in {(f.value, f.unit) for f in record.figures}


def test_part_of_a_count_takes_its_unit(extractor):
    record = extractor("Au total, 18 des 52 communes du syndicat ont voté contre.")
    assert any(f.value == 18.0 and f.unit.startswith("communes") for f in record.figures)


def test_three_questions_to_is_a_heading(extractor):
    record = extractor("Trois questions à Lucie Marchand, directrice du théâtre, qui attend 12 000 spectateurs.")
    assert [(f.value, f.unit) for f in record.figures] == [(12000.0, "spectateurs")]


def test_a_race_time_and_a_pair_are_no_counts(extractor):
    record = extractor("Elle a couru en 2 min 01 s 35. Les deux lauréates, toutes deux étudiantes, recevront 3 000 euros.")
    assert {(f.value, f.unit) for f in record.figures if f.unit not in {"min"}} == {(2.0, "lauréates"), (3000.0, "EUR")}


def test_hyphenated_counts_and_weekly_hours(extractor):
    record = extractor("Six allers-retours seront proposés. La médiathèque ouvrira 42 heures par semaine.")
    assert {(f.value, f.unit) for f in record.figures} == {(6.0, "allers-retours"), (42.0, "heures")}


def test_nouns_that_look_like_participles_are_counted(extractor):
    found, _ = figures(extractor, "Sur 1 200 contrôles, 48 infractions, dont 15 conduites sans assurance. Sept permis de conduire ont été suspendus.")
    assert (15, "conduites") in found
    assert (7, "permis") in found


def test_between_two_lessons_is_no_count(extractor):
    found, _ = figures(extractor, "Des étudiants venaient donner un coup de main entre deux cours, soit 40 volontaires.")
    assert (40, "volontaires") in found
    assert not any(unit == "cours" for _, unit in found)


def test_an_indefinite_plural_of_thousands_gives_no_value_but_its_unit(extractor):
    found, _ = figures(extractor, "La production passera de quelques milliers de patchs à 100 000 par an, avec des centaines de bénévoles.")
    assert (100000, "patchs") in found
    assert not any(value in (100, 1000) for value, _ in found)


def test_a_change_of_a_number_of_things_gives_both_counts(extractor):
    found, _ = figures(extractor, "La chambre a porté le nombre de conseillers de terrain de 48 à 61 en six ans.")
    assert (48, "conseillers") in found and (61, "conseillers") in found


def test_a_participle_noun_after_a_number(extractor):
    found, _ = figures(extractor, "Le forfait comprend 12 levées du bac par an.")
    assert any(value == 12 and unit.startswith("levées") for value, unit in found)


def test_a_number_quoted_alone_is_a_name_not_a_figure(extractor):
    found, _ = figures(extractor, "Après trois années à la tête du « 92 », le colonel rejoint Paris avec 40 officiers.")
    assert (92, "années") not in found and (40, "officiers") in found


def test_a_count_whose_noun_the_tagger_calls_a_proper_noun(extractor):
    found, _ = figures(extractor, "La fédération compte 11 300 chasseurs et 420 sociétés de chasse.")
    assert (11300, "chasseurs") in found


def test_a_price_changed_from_one_amount_to_another(extractor):
    found, _ = figures(extractor, "La délibération porte le tarif annuel du transport scolaire de 45 à 90 euros par enfant.")
    assert (45, "EUR") in found and (90, "EUR") in found


@pytest.mark.parametrize("text", ["Les trois quarts des logements de 2050 sont déjà construits.", "Les deux tiers des communes ont signé."])
def test_a_fraction_is_no_count(extractor, text):
    assert extractor(text).figures == []


def test_a_number_before_le_nombre_de(extractor):
    record = extractor("Retenue parmi 38 candidatures, elle veut porter à 12 le nombre de communes qui accueillent des spectacles.")
    assert {(f.value, f.unit) for f in record.figures} == {(38, "candidatures"), (12, "communes")}


def test_a_part_of_a_count_named_by_an_adjective(extractor):
    record = extractor("La réserve abrite 212 espèces d'oiseaux dont 87 nicheuses, ainsi qu'une flore rare.")
    assert {(f.value, f.unit) for f in record.figures} == {(212, "espèces d'oiseaux"), (87, "espèces d'oiseaux nicheuses")}


def test_how_often_is_no_count(extractor):
    record = extractor("Licenciée depuis vingt ans, elle a organisé à trois reprises la randonnée des Monts d'Arrée.")
    assert {(f.value, f.unit) for f in record.figures} == {(20, "ans")}


def test_a_number_in_an_acronym_s_parentheses_is_no_count(extractor):
    record = extractor("Les 112 délégués du Comité départemental de cyclotourisme du Finistère (Codep 29) ont voté.")
    assert [f.value for f in record.figures] == [112]
    assert "Codep 29" in record.organizations[0].aliases


@pytest.mark.parametrize("number", ["Quarante-deux", "quarante-deux", "Cinquante-deux"])
def test_a_compound_number_word_the_tokenizer_splits(extractor, number):
    found, _ = figures(extractor, f"Cette année, {number} lauréats travaillent dans un laboratoire français.")
    value = {"quarante-deux": 42, "cinquante-deux": 52}[number.lower()]
    assert (value, "lauréats") in found, found


def test_a_rate_then_the_amount_it_falls_to_is_no_range(extractor):
    found, _ = figures(extractor, "Le résultat net recule de 8 % à 118 millions d'euros, sous l'effet du coût du risque.")
    assert (8, "%") in found and (118_000_000, "EUR") in found, found
    # (a range in one unit stays one)
    found, _ = figures(extractor, "Le budget atteindra entre 10 et 15 millions d'euros.")
    assert found == [(10_000_000, "EUR")], found


def test_new_build_housing_is_no_nine(extractor):
    found, _ = figures(extractor, "Un appartement se vend 2 650 euros le mètre carré, près de moitié moins que dans le neuf classique.")
    assert found == [(2650, "EUR")], found


def test_a_part_described_by_a_participle_keeps_the_whole_noun(extractor):
    found, _ = figures(extractor, "Le comité a examiné 312 dossiers, dont 118 reçus à la suite d'un appel à candidatures.")
    assert (118, "dossiers reçus") in found, found


def test_a_count_after_a_duration_is_no_duration(extractor):
    found, _ = figures(extractor, "« Il y a trois ans, nous étions quatre dans une salle de l'incubateur », confie la fondatrice.")
    assert found == [(3, "ans")], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'apiculteur a perdu 180 de ses 600 ruches cet hiver.", (180, "ruches")),
        ("La liste obtient 12 sur 40 sièges au conseil.", (12, "sièges")),
    ],
)
def test_a_part_of_the_whole_counted_after_it(extractor, text, expected):
    found, _ = figures(extractor, text)
    assert expected in found, found


def test_an_aircraft_model_number_is_no_part_of_a_count(extractor):
    found, _ = figures(extractor, "La liaison quotidienne sera opérée en ATR 72 de 70 places.")
    assert (72, "places") not in found and (70, "places") in found, found


def test_a_league_number_is_no_count(extractor):
    found, _ = figures(extractor, "Devant 1 100 spectateurs, les joueuses montent en Nationale 1, le troisième niveau national.")
    assert found == [(1100, "spectateurs")], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il faudra porter les moyens consacrés aux féminines de 95 000 à 160 000 euros.", [(95000, "EUR"), (160000, "EUR")]),
        ("La Ville a porté le budget de la culture de 2 à 3 millions d'euros.", [(2_000_000, "EUR"), (3_000_000, "EUR")]),
    ],
)
def test_a_change_of_a_budget_gives_before_and_after(extractor, text, expected):
    found, _ = figures(extractor, text)
    assert found == expected, found


def test_a_count_compared_after_a_duration_keeps_the_count_s_noun(extractor):
    found, _ = figures(extractor, "Le festival a réuni 38 000 spectateurs en six jours, dont 9 500 pour les concerts payants, contre 33 000 l'an dernier.")
    assert (33000, "spectateurs") in found and (33000, "jours") not in found, found
