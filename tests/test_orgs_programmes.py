"""Organizations and programmes, on sentences written for these tests."""

import pytest
from conftest import assert_offsets


def test_region_and_its_anaphora_are_one_organization(extractor):
    text = "La Région Grand Est lance un appel. La Région financera les lauréats."
    record = extractor(text)
    assert_offsets(record, text)
    (org,) = [o for o in record.organizations if o.name == "Région Grand Est"]
    assert org.kind == "region"
    assert len(org.mentions) == 2
    assert "Région" in org.aliases


def test_common_noun_then_name(extractor):
    record = extractor("La start-up Hydrovolt installera son usine à Dunkerque.")
    assert [o.name for o in record.organizations] == ["Hydrovolt"]
    assert record.organizations[0].kind == "company"


def test_gazetteer_and_acronym_expansion(extractor):
    text = "L'Agence nationale de la recherche (ANR) finance le projet ; l'ANR versera la somme avec Bpifrance."
    record = extractor(text)
    names = {o.name for o in record.organizations}
    assert "Agence nationale de la recherche" in names
    assert "Bpifrance" in names
    anr = next(o for o in record.organizations if o.name == "Agence nationale de la recherche")
    assert len(anr.mentions) == 3


def test_ministry_lower_case(extractor):
    record = extractor("Le ministère de l'Économie a publié les chiffres.")
    assert [o.name for o in record.organizations] == ["ministère de l'Économie"]


def test_place_is_not_an_organization(extractor):
    record = extractor("Les entreprises installées en Auvergne-Rhône-Alpes recrutent.")
    assert record.organizations == []


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Grâce au Pack relocalisation, les PME investissent.", "Pack relocalisation", "pack"),
        ("Le plan « Ambition lycées » a été voté.", "Ambition lycées", "plan"),
        ("Elle lance l'appel à projets « Industrie du futur » cette semaine.", "Industrie du futur", "call_for_projects"),
        ("Le « plan de sobriété hydrique » sera présenté lundi.", "plan de sobriété hydrique", "plan"),
        ("Le projet est soutenu par France 2030 et par le Fonds vert.", "France 2030", "plan"),
        ("La ville est labellisée Petites villes de demain depuis 2021.", "Petites villes de demain", "plan"),
        ("Le contrat de plan État-Région (CPER) prévoit des travaux.", "contrat de plan État-Région", "contract"),
        ("Le dispositif Booster accompagne les jeunes pousses.", "dispositif Booster", "other"),
    ],
)
def test_programmes(extractor, text, name, kind):
    record = extractor(text)
    assert_offsets(record, text)
    found = {(p.name, p.kind) for p in record.programmes}
    assert (name, kind) in found, found


@pytest.mark.parametrize(
    "text",
    ["Un plan ambitieux sera présenté.", "Le programme de la visite est disponible.", "Elle a présenté son plan."],
)
def test_generic_mentions_are_not_programmes(extractor, text):
    assert extractor(text).programmes == []


def test_programme_name_is_not_an_organization(extractor):
    record = extractor("Le contrat de plan État-Région finance la ligne.")
    assert all(o.name != "État" for o in record.organizations)


_REGIONAL = "L'Urssaf Aquitaine a présenté son bilan. La MSA Midi-Pyrénées Sud et la Carsat Auvergne ont signé une convention."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("L'université Lumière Lyon 2 accueille 30 000 étudiants.", "université Lumière Lyon 2"),
        ("La communauté d'agglomération Dracénie Provence Verdon finance l'école.", "communauté d'agglomération Dracénie Provence Verdon"),
        ("La préfecture de la région Bretagne publie un arrêté.", "préfecture de la région Bretagne"),
        ("Le rapport du ministère de la Transition écologique est paru.", "ministère de la Transition écologique"),
        ("Nantes Métropole lance un appel.", "Nantes Métropole"),
        ("Le rachat de Moulin SAS est conclu.", "Moulin SAS"),
        ("Le loto est organisé par la Française des Jeux (FDJ) chaque année.", "Française des Jeux"),
        ("La Direction départementale des territoires contrôlera.", "Direction départementale des territoires"),
        # regional bodies named by a région of before 2016, with a compass point
        *((_REGIONAL, name) for name in ("Urssaf Aquitaine", "MSA Midi-Pyrénées Sud", "Carsat Auvergne")),
        # a firm with "et" in its name after "chez"
        ("Architecte, il a travaillé chez Dubois et Martin & Associés avant de fonder son agence.", "Dubois et Martin & Associés"),
    ],
)
def test_organization_names(extractor, text, name):
    record = extractor(text)
    assert_offsets(record, text)
    assert name in {o.name for o in record.organizations}, [o.name for o in record.organizations]


def test_name_that_goes_on_after_its_acronym(extractor):
    text = "L'Agence régionale de santé (ARS) Occitanie lance sa campagne. L'ARS rappelle les gestes."
    record = extractor(text)
    (ars,) = [o for o in record.organizations if "santé" in o.name]
    assert ars.name == "Agence régionale de santé Occitanie"
    assert len(ars.mentions) >= 2


def test_two_ministries_are_two_organizations(extractor):
    text = "L'agence est sous la tutelle du ministère de la Culture et du ministère de l'Économie."
    names = {o.name for o in extractor(text).organizations}
    assert {"ministère de la Culture", "ministère de l'Économie"} <= names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le bilan des contrats de relance et de transition écologique (CRTE) est positif.", "contrats de relance et de transition écologique"),
        ("La Région mobilise son dispositif Nos territoires d'abord.", "dispositif Nos territoires d'abord"),
        ("Le projet est soutenu par la mission Patrimoine en péril.", "mission Patrimoine en péril"),
        ("Elle est lauréate de l'appel à projets i-Nov cette année.", "i-Nov"),  # the gazetteer's name; "appel à projets i-Nov" is its alias
        ("La Région adopte son Plan climat « Gardez le Sud ».", "Gardez le Sud"),
    ],
)
def test_more_programme_names(extractor, text, name):
    record = extractor(text)
    assert name in {p.name for p in record.programmes}, [p.name for p in record.programmes]


@pytest.mark.parametrize(
    ("text", "name", "owner", "adopted"),
    [
        ("Le Pack Export de la Région Bretagne aide les PME.", "Pack Export", "Région Bretagne", None),
        ("L'appel à projets « Eau et climat », lancé par l'ADEME en mars 2024, est ouvert.", "Eau et climat", "ADEME", "2024-03"),
        ("La Région Grand Est a présenté son Plan Climat, adopté en décembre 2021.", "Plan Climat", "Région Grand Est", "2021-12"),
        ("Un plan Vélo a été voté en 2023.", "plan Vélo", None, "2023"),
    ],
)
def test_programme_owner_and_adoption(extractor, text, name, owner, adopted):
    record = extractor(text)
    (prog,) = [p for p in record.programmes if p.name == name]
    assert (prog.owner, prog.adopted) == (owner, adopted)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Grand Poitiers Communauté urbaine généralise le tri.", "Grand Poitiers Communauté urbaine"),
        ("Sous-traitant de rang 1, la PME Techmeca Aquitaine recrute.", "Techmeca Aquitaine"),
    ],
)
def test_more_organization_names(extractor, text, name):
    assert name in {o.name for o in extractor(text).organizations}


def test_an_organ_is_not_an_organization(extractor):
    names = {o.name for o in extractor("Assemblée générale : la coopérative élit sa présidente.").organizations}
    assert "Assemblée générale" not in names


def test_anaphor_prefers_the_organization_named_by_its_head(extractor):
    text = ("Le musée des Beaux-Arts de Nancy remercie le Crédit Mutuel, mécène. "
            "La conservatrice en chef du musée, Anne Roche, présente l'exposition.")
    record = extractor(text)
    assert record.people[0].roles[0].organization == "musée des Beaux-Arts de Nancy"


def test_company_named_most_is_what_l_entreprise_means(extractor):
    text = ("La PME Techmeca Aquitaine travaille pour Airbus. Techmeca Aquitaine recrute. "
            "L'entreprise compte 210 salariés.")
    record = extractor(text)
    techmeca = next(o for o in record.organizations if o.name == "Techmeca Aquitaine")
    assert any(m.text == "entreprise" for m in techmeca.mentions)


# -- organization names with lists, acronyms and services ---------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le ministère du Travail, de la Santé et des Solidarités publie ses chiffres.", "ministère du Travail, de la Santé et des Solidarités"),
        ("Une étude de l’Institut national de recherche pour l’agriculture, l’alimentation et l’environnement est parue.",
         "Institut national de recherche pour l’agriculture, l’alimentation et l’environnement"),
        ("Le Comité régional olympique et sportif de Bretagne réunit ses clubs.", "Comité régional olympique et sportif de Bretagne"),
        ("La direction régionale des affaires culturelles (DRAC) finance la restauration.", "direction régionale des affaires culturelles"),
        ("Le service départemental d’incendie et de secours (SDIS) renforce ses effectifs.", "service départemental d’incendie et de secours"),
    ],
)
def test_descriptive_names_run_through_lists_and_acronyms(extractor, text, name):
    organizations = extractor(text).organizations
    assert name in {o.name for o in organizations} | {a for o in organizations for a in o.aliases}


def test_a_list_of_organizations_is_not_one_name(extractor):
    names = {o.name for o in extractor("Le projet associe l’université de Rennes, le CNRS et l’entreprise Biosolve.").organizations}
    assert not any("," in n for n in names), names
    assert "CNRS" in names


def test_a_mixed_case_acronym_that_abbreviates_the_name_is_an_alias(extractor):
    record = extractor("L’Office français de la biodiversité et l’Institut de recherche pour le développement (IRD) publient. "
                       "Selon l’Agence nationale de sécurité sanitaire de l’alimentation, de l’environnement et du travail (Anses), "
                       "le risque baisse. L’Anses recommande la prudence.")
    anses = next(o for o in record.organizations if "Anses" in [o.name, *o.aliases])
    assert any(n.startswith("Agence nationale de sécurité") for n in [anses.name, *anses.aliases])
    assert len(anses.mentions) == 3


def test_a_place_in_parentheses_is_not_an_acronym(extractor):
    record = extractor("L’Agence régionale de santé (Angers) et la Région lancent une étude.")
    assert not any(o.name == "Angers" or "Angers" in o.aliases for o in record.organizations)


def test_internal_services_are_not_organizations(extractor):
    text = "Contact presse : Service communication de la Métropole de Lyon – 04 78 00 00 00\nDirection de la communication du Département du Gard"
    names = {o.name for o in extractor(text).organizations}
    assert not any(n.lower().startswith(("service", "direction")) for n in names), names
    assert {"Métropole de Lyon", "Département du Gard"} <= names


def test_long_and_short_forms_of_a_hospital_are_one_organization(extractor):
    record = extractor("Le Centre hospitalier universitaire (CHU) de Limoges ouvre un service. Le CHU de Limoges recrute 30 infirmiers.")
    chu = [o for o in record.organizations if "Limoges" in o.name]
    assert len(chu) == 1 and chu[0].name == "CHU de Limoges"


# -- programmes named without a capital or a quoted name ------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La Métropole lance le plan vélo métropolitain, doté de 20 M€.", "plan vélo métropolitain"),
        ("Le Département adopte son plan de sobriété énergétique pour 2026.", "plan de sobriété énergétique"),
        ("Les ménages modestes bénéficient du chèque énergie dès avril.", "chèque énergie"),
        ("Baptisé « Cap sur l’emploi », le dispositif accompagne 300 jeunes.", "Cap sur l’emploi"),
        ("Douze communes sont labellisées « Terre de jeux » cette année.", "Terre de jeux"),
        ("Le laboratoire coordonne BIOMAR, un projet européen sur les algues.", "BIOMAR"),
        ("La Ville signe le Pacte pour la transition écologique.", "Pacte pour la transition écologique"),
        ("Le contrat de relance et de transition écologique a été signé en 2021.", "contrat de relance et de transition écologique"),
    ],
)
def test_programmes_named_by_common_nouns(extractor, text, name):
    assert name in {p.name for p in extractor(text).programmes}, [p.name for p in extractor(text).programmes]


@pytest.mark.parametrize(
    "text",
    [
        "Le plan de financement est bouclé.",
        "Un plan ambitieux sera présenté.",
        "Le programme prévoit trois visites.",
        "Le contrat de travail est signé.",
        "Le projet de rénovation énergétique avance.",
    ],
)
def test_ordinary_phrases_with_a_trigger_are_not_programmes(extractor, text):
    assert extractor(text).programmes == []


def test_a_gazetteer_name_is_not_swallowed_by_its_complement(extractor):
    names = {p.name for p in extractor("Il est financé par le programme Horizon Europe de l’Union européenne.").programmes}
    assert names == {"Horizon Europe"}


def test_a_plan_and_its_period_are_one_programme(extractor):
    record = extractor("La Région présente son plan climat régional. Le plan climat régional 2026-2030 compte 40 mesures.")
    assert [p.name for p in record.programmes] == ["plan climat régional 2026-2030"]
    assert "plan climat régional" in record.programmes[0].aliases


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lyon, le 3 mars 2026 – Dermacare, spécialiste des pansements techniques, ouvre une usine.", "Dermacare"),
        ("Le projet est porté avec Interbois Loire, l’interprofession régionale.", "Interbois Loire"),
    ],
)
def test_a_name_called_a_company_by_its_apposition_is_an_organization(extractor, text, name):
    assert name in {o.name for o in extractor(text).organizations}


def test_a_person_in_apposition_is_not_an_organization(extractor):
    record = extractor("Le projet est présenté par Julie Caradec, spécialiste des énergies marines.")
    assert "Julie Caradec" not in {o.name for o in record.organizations}


def test_a_known_name_is_not_run_on_by_a_mistagged_verb(extractor):
    names = {o.name for o in extractor("L’Agence nationale du sport financera 2 000 créneaux.").organizations}
    assert names == {"Agence nationale du sport"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Un prêt du Fonds régional d’innovation et de développement (FRID) complète l’aide.", "Fonds régional d’innovation et de développement"),
        ("Le préfet présentera le plan d’adaptation au changement climatique du bassin Loire-Bretagne.", "plan d’adaptation au changement climatique du bassin Loire-Bretagne"),
        ("L’école crée la chaire industrielle « Hydrogène et mobilité ».", "Hydrogène et mobilité"),
    ],
)
def test_more_descriptive_programme_names(extractor, text, name):
    assert name in {p.name for p in extractor(text).programmes}, [p.name for p in extractor(text).programmes]


def test_a_laboratory_named_after_a_person_keeps_its_noun(extractor):
    names = {o.name for o in extractor("Les thèses seront menées à l’Institut Fourier et au laboratoire Jean Perrin.").organizations}
    assert "laboratoire Jean Perrin" in names and "Jean Perrin" not in names


def test_a_second_organization_after_et_du_is_not_part_of_the_first(extractor):
    names = {o.name for o in extractor("Les travaux ont lieu au sein de l’Institut Néel et du laboratoire Jean Kuntzmann.").organizations}
    assert "Institut Néel" in names


def test_an_investment_fund_in_a_fundraise_is_an_organization(extractor):
    record = extractor("La start-up Nexalis annonce une levée de 8 M€ auprès du fonds Demeter Transition et de Bpifrance, "
                       "via son fonds French Tech Seed.")
    assert "Demeter Transition" in {o.name for o in record.organizations}
    assert not any("Demeter" in p.name for p in record.programmes)


def test_a_quoted_clause_after_a_trigger_is_not_a_programme_name(extractor):
    record = extractor("Le président a salué un programme « qui place la ville au niveau des grands ports européens ».")
    assert record.programmes == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le projet est soutenu par la Ligue contre le cancer et l’Inserm.", "Ligue contre le cancer"),
        ("Le Réseau français des villes éducatrices (RFVE) publie un guide.", "Réseau français des villes éducatrices"),
        ("L’Association des professionnels du tourisme rural (APTR) se réunit.", "Association des professionnels du tourisme rural"),
    ],
)
def test_names_with_contre_or_their_acronym(extractor, text, name):
    assert name in {o.name for o in extractor(text).organizations}, [o.name for o in extractor(text).organizations]


def test_an_acronym_between_trigger_and_quoted_name(extractor):
    names = {p.name for p in extractor("La Région lance l’appel à manifestation d’intérêt (AMI) « Ports verts » jusqu’au 15 mai.").programmes}
    assert names == {"Ports verts"}


def test_a_demonstrative_trigger_followed_by_a_verb_is_not_a_programme(extractor):
    assert extractor("Ce label récompense trois années de travail.").programmes == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La revalorisation de la dotation jeunes agriculteurs (DJA) entre en vigueur.", "dotation jeunes agriculteurs"),
        ("La mesure s’inscrit dans le pacte d’orientation et d’avenir agricoles.", "pacte d’orientation et d’avenir agricoles"),
        ("Le budget participatif 2027 retient 40 projets.", "budget participatif 2027"),
        ("Les PME pourront solliciter le Prêt Croissance Industrie de Bpifrance.", "Prêt Croissance Industrie"),
        ("Le programme Petites villes de demain accompagne 1 600 communes.", "Petites villes de demain"),
    ],
)
def test_programme_names_from_the_fifth_dev_batch_patterns(extractor, text, name):
    assert name in {p.name for p in extractor(text).programmes}, [p.name for p in extractor(text).programmes]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La Fonderie de l’Aisne cherche un repreneur.", "Fonderie de l’Aisne"),
        ("La Brasserie du Mont-Blanc ouvre une seconde unité.", "Brasserie du Mont-Blanc"),
    ],
)
def test_company_names_headed_by_a_trade(extractor, text, name):
    assert name in {o.name for o in extractor(text).organizations}


@pytest.mark.parametrize(
    "text",
    [
        "Le CHU lance une campagne d’information.",
        "Le Gouvernement lance un plan pour le commerce.",
    ],
)
def test_a_present_tense_verb_the_tagger_calls_a_participle_does_not_extend_a_name(extractor, text):
    assert not any(o.name.endswith("lance") for o in extractor(text).organizations)


def test_a_ranked_common_noun_is_not_a_name(extractor):
    names = {o.name for o in extractor("L’hôpital est le deuxième centre de greffe de France.").organizations}
    assert not any(n.startswith("centre") for n in names), names


def test_a_place_name_with_a_number_word_is_not_a_figure(extractor):
    record = extractor("La banque compte 900 000 sociétaires en Vendée et dans les Deux-Sèvres.")
    assert [(f.value, f.unit) for f in record.figures] == [(900000, "sociétaires")]


def test_a_name_and_the_same_name_after_its_head_are_one_organization(extractor):
    record = extractor("Le syndicat Eau du Pays Basque investit. La Collectivité Eau du Pays Basque alimente 300 000 habitants.")
    assert len([o for o in record.organizations if "Pays Basque" in o.name]) == 1


def test_a_school_named_after_an_adjective(extractor):
    names = {o.name for o in extractor("Le lycée professionnel Jean-Jaurès de Rodez reçoit un prix.").organizations}
    assert "lycée professionnel Jean-Jaurès de Rodez" in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La société est issue du CEA-Leti, qui l’a incubée.", "CEA-Leti"),
        ("Le bailleur Rennes Métropole Habitat rénove 300 logements.", "Rennes Métropole Habitat"),
        ("L’Ordre national des pharmaciens a publié un avis.", "Ordre national des pharmaciens"),
        ("Les équipements sont posés par Vendée Numérique, le syndicat mixte départemental.", "Vendée Numérique"),
        ("Neurolys, jeune entreprise issue de l’Inserm, lève 5 M€.", "Neurolys"),
    ],
)
def test_more_organization_shapes(extractor, text, name):
    assert name in {o.name for o in extractor(text).organizations}, [o.name for o in extractor(text).organizations]


@pytest.mark.parametrize(
    "text",
    ["Le patch a obtenu le marquage CE en mars.", "Un patient sur trois victime d’un AVC n’avait pas été dépisté."],
)
def test_common_acronyms_are_not_organizations(extractor, text):
    assert extractor(text).organizations == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Une opération de prévention, « Piétons, soyez visibles », sera conduite en novembre.", "Piétons, soyez visibles"),
        ("Le Département présente le plan numérique éducatif départemental.", "plan numérique éducatif départemental"),
    ],
)
def test_programme_names_in_apposition_or_closed_by_a_scope(extractor, text, name):
    assert name in {p.name for p in extractor(text).programmes}, [p.name for p in extractor(text).programmes]


def test_an_organ_with_an_adjective_is_not_an_anaphor(extractor):
    text = "L’Agence régionale de santé finance le projet. La présidente de la commission médicale, Anne Roy, salue l’accord."
    person = next(p for p in extractor(text).people if p.name == "Anne Roy")
    assert person.roles[0].organization is None


def test_an_apposition_name_with_a_linking_word_at_a_sentence_start(extractor):
    names = {o.name for o in extractor("Vent d’Armor Énergies, filiale du groupe Altanéo, met en service son parc.").organizations}
    assert "Vent d’Armor Énergies" in names


def test_after_chez_a_name_is_a_company_not_a_person(extractor):
    record = extractor("Elle a travaillé chez Pierre Fabre puis chez Novartis avant de rejoindre la start-up.")
    assert {"Pierre Fabre", "Novartis"} <= {o.name for o in record.organizations}
    assert record.people == []


def test_a_place_after_a_is_not_part_of_the_name(extractor):
    names = {o.name for o in extractor("Elle dirigeait le musée d’Aquitaine à Bordeaux depuis 2019.").organizations}
    assert names == {"musée d’Aquitaine"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le Département a voté un plan de rénovation des gymnases doté de 12 M€.", "plan de rénovation des gymnases"),
        ("La Ville adopte son plan pluriannuel d’investissement pour les écoles et les crèches.", "plan pluriannuel d’investissement pour les écoles et les crèches"),
        ("Les tirs respectent le plan national d’actions sur le loup.", "plan national d’actions sur le loup"),
    ],
)
def test_long_descriptive_plan_names(extractor, text, name):
    assert name in {p.name for p in extractor(text).programmes}, [p.name for p in extractor(text).programmes]


@pytest.mark.parametrize(
    "text",
    [
        "Le plan de transformation du groupe prévoit 200 départs.",
        "Un plan de rénovation des gymnases est à l’étude.",
        "Le plan social de l’entreprise prévoit des départs.",
    ],
)
def test_plans_of_an_organization_or_undetermined_are_not_programmes(extractor, text):
    assert extractor(text).programmes == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le préfet présente le deuxième plan de lutte contre les sargasses.", "plan de lutte contre les sargasses"),
        ("La Région adopte un plan de sécurisation de l’alimentation en eau potable doté de 8 M€.", "plan de sécurisation de l’alimentation en eau potable"),
    ],
)
def test_ranked_plans_and_complements_with_en(extractor, text, name):
    assert name in {p.name for p in extractor(text).programmes}, [p.name for p in extractor(text).programmes]


def test_a_won_contract_is_not_a_programme(extractor):
    assert extractor("Le groupe remporte le contrat de rénovation du viaduc de Millau.").programmes == []


def test_plural_trade_names_are_companies(extractor):
    record = extractor("Les Menuiseries Garnier ont livré 300 fenêtres. Les Salaisons Dubreuil recrutent.")
    assert {o.name for o in record.organizations} >= {"Menuiseries Garnier", "Salaisons Dubreuil"}


def test_a_town_centre_is_not_an_organization(extractor):
    record = extractor("L'atelier s'est installé dans un ancien garage du centre de Laval.")
    assert record.organizations == []


def test_an_ampersand_joins_a_firm_name(extractor):
    record = extractor("La cession a été conseillée par le cabinet d'avocats Fournier & Associés, à Rennes.")
    assert [o.name for o in record.organizations] == ["Fournier & Associés"]


def test_acronym_with_place_in_parentheses_is_the_same_body(extractor):
    text = "L'Établissement public foncier de Bretagne (EPF Bretagne) achète la friche. L'EPF financera la dépollution."
    record = extractor(text)
    assert [o.name for o in record.organizations] == ["Établissement public foncier de Bretagne"]
    assert {"EPF Bretagne", "EPF"} <= set(record.organizations[0].aliases)


def test_a_lower_case_description_and_its_proper_name_are_one_body(extractor):
    text = "L'office public de l'habitat du Finistère, Finistère Habitat, a lancé la rénovation. Le directeur de l'office, Paul Moal, l'a présentée."
    record = extractor(text)
    assert [o.name for o in record.organizations] == ["Finistère Habitat"]
    assert record.people[0].roles[0].organization == "Finistère Habitat"


def test_a_list_of_bodies_is_not_merged(extractor):
    text = "Le projet est soutenu par la Ville de Brest, Brest Métropole, le Département du Finistère et la Région Bretagne."
    assert len(extractor(text).organizations) == 4


def test_state_regional_service_in_lower_case(extractor):
    record = extractor("Le festival reçoit l'aide de la direction régionale des affaires culturelles de Bretagne.")
    assert [o.name for o in record.organizations] == ["direction régionale des affaires culturelles de Bretagne"]


def test_a_directorate_of_a_company_is_not_an_organization_of_its_own(extractor):
    record = extractor("La direction générale de Renault a présenté le plan.")
    assert [o.name for o in record.organizations] == ["Renault"]


def test_a_unit_named_after_its_organization_gives_the_organization(extractor):
    record = extractor("Selon l'observatoire de Tourisme Normandie, le comité régional du tourisme, la saison a été bonne.")
    assert [o.name for o in record.organizations] == ["Tourisme Normandie"]


def test_name_described_after_a_comma_as_an_intercommunality(extractor):
    record = extractor("La subvention vient de la Cobas, la communauté d'agglomération du bassin d'Arcachon sud.")
    assert [o.name for o in record.organizations] == ["Cobas"]


def test_glued_grand_names_an_intercommunality(extractor):
    record = extractor("Le projet est financé par GrandChambéry et par la Ville.")
    assert "GrandChambéry" in [o.name for o in record.organizations]


def test_the_same_body_with_a_longer_proper_name_is_merged(extractor):
    text = "Office de tourisme communautaire Pays de Dinan\n\nL'office de tourisme Pays de Dinan Cap Fréhel publie son bilan."
    assert len(extractor(text).organizations) == 1


@pytest.mark.parametrize("text, name", [
    ("La Région poursuit son programme pluriannuel d'investissement 2024-2028 dans les lycées.", "programme pluriannuel d'investissement 2024-2028"),
    ("Le Département lance le plan de recrutement des assistants familiaux 2026-2027.", "plan de recrutement des assistants familiaux 2026-2027"),
])
def test_a_plan_with_its_own_period_is_named(extractor, text, name):
    assert [p.name for p in extractor(text).programmes] == [name]


def test_a_period_introduced_by_pour_is_not_part_of_the_name(extractor):
    text = "Le Département adopte le plan vélo départemental pour la période 2025-2031."
    assert [p.name for p in extractor(text).programmes] == ["plan vélo départemental"]


def test_an_adjective_spelled_by_the_acronym_opens_the_name(extractor):
    text = "Le quartier est retenu dans le nouveau programme national de renouvellement urbain (NPNRU)."
    assert [p.name for p in extractor(text).programmes] == ["nouveau programme national de renouvellement urbain"]


def test_a_person_after_a_description_is_not_an_organization(extractor):
    record = extractor("Le directeur de l'agence régionale Innov'Est, Pierre Bertin, a présenté le bilan.")
    assert "Pierre Bertin" not in [o.name for o in record.organizations]
    assert [p.name for p in record.people] == ["Pierre Bertin"]


def test_a_place_before_an_apposition_is_not_an_organization(extractor):
    record = extractor("Elle dirigeait le Théâtre du Rond-Point à Valence, centre dramatique national, depuis 2019.")
    assert "Valence" not in [o.name for o in record.organizations]


def test_a_name_runs_on_past_its_two_letter_acronym(extractor):
    record = extractor("Les Jeunes Agriculteurs (JA) du Cantal réclament des aides. Les JA du Cantal comptent 300 adhérents.")
    assert [o.name for o in record.organizations] == ["Jeunes Agriculteurs du Cantal"]


def test_chez_a_person_is_not_a_company(extractor):
    record = extractor("Formé chez Alain Ducasse puis chez Michelin, le chef ouvre son restaurant.")
    assert [o.name for o in record.organizations] == ["Michelin"]
    assert [p.name for p in record.people] == ["Alain Ducasse"]


def test_a_company_directorate_named_elsewhere_is_the_company(extractor):
    text = "La société Kipsun rachète la start-up Ovelo. Son fondateur rejoint la direction de Kipsun."
    assert sorted(o.name for o in extractor(text).organizations) == ["Kipsun", "Ovelo"]


def test_a_group_of_the_opposition_is_not_the_company_anaphor(extractor):
    record = extractor("Le groupe d'opposition Lannion Ensemble, par la voix de sa présidente Anne Le Roux, a voté contre.")
    assert [o.name for o in record.organizations] == ["Lannion Ensemble"]
    assert record.people[0].roles[0].organization == "Lannion Ensemble"


def test_a_foundation_named_two_ways_is_one(extractor):
    text = "Fondation Groupe Arvor\n\nLa Fondation d'entreprise du groupe Arvor soutient 12 projets."
    assert len(extractor(text).organizations) == 1


def test_regional_and_departmental_chambers_stay_apart(extractor):
    text = "La Chambre d'agriculture de la Manche et la Chambre régionale d'agriculture de la Manche ont signé."
    assert len(extractor(text).organizations) == 2


def test_an_association_name_goes_on_in_lower_case(extractor):
    record = extractor("L'association Pharmaciens sans frontières ouvre une antenne. L'association Eau du Pays Basque investit.")
    names = [o.name for o in record.organizations]
    assert "Pharmaciens sans frontières" in names and not any("investit" in n for n in names)


def test_a_heading_in_capitals_gives_no_title_or_place_organization(extractor):
    text = "PRÉFÈTE DU CHER – CONSEIL DÉPARTEMENTAL DU CHER\n\nLe Département du Cher et l'État signent une convention."
    names = [o.name for o in extractor(text).organizations]
    assert "PRÉFÈTE" not in names and "CHER" not in names


def test_conseil_departemental_and_departement_are_one_body(extractor):
    text = "Le Conseil départemental de l'Ain a voté le budget. Le Département de l'Ain investira 12 millions d'euros."
    assert [o.name for o in extractor(text).organizations] == ["Département de l'Ain"]


def test_camel_case_names_are_organizations(extractor):
    record = extractor("Diplômée d'AgroParisTech, elle a travaillé dix ans en Bretagne.")
    assert [o.name for o in record.organizations] == ["AgroParisTech"]


def test_a_lower_case_gendarmerie_grouping(extractor):
    record = extractor("Le commandant du groupement de gendarmerie départementale de l'Orne a présenté le bilan.")
    assert [o.name for o in record.organizations] == ["groupement de gendarmerie départementale de l'Orne"]


@pytest.mark.parametrize("text, name", [
    ("La coopérative présente son plan stratégique Horizon 2032 aux adhérents.", "plan stratégique Horizon 2032"),
    ("Le laboratoire a obtenu le label d'excellence GeoVolc en 2025.", "label d'excellence GeoVolc"),
])
def test_a_qualified_trigger_then_a_proper_name(extractor, text, name):
    assert [p.name for p in extractor(text).programmes] == [name]


def test_a_work_integration_site_with_an_article_name_is_no_programme(extractor):
    record = extractor("Le chantier d'insertion Les Jardins du Lez forme 20 salariés.")
    assert record.programmes == []


def test_a_programme_runs_on_to_the_acronym_that_spells_it(extractor):
    text = "L'ARS finance le programme régional d'accès à la prévention et aux soins des plus démunis (PRAPS)."
    record = extractor(text)
    assert [p.name for p in record.programmes] == ["programme régional d'accès à la prévention et aux soins des plus démunis"]
    assert "PRAPS" not in [o.name for o in record.organizations]


def test_quoted_names_joined_to_a_quoted_programme(extractor):
    text = "Les appels à projets « Sols vivants » et « Mares et zones humides » sont ouverts jusqu'en mars."
    assert [p.name for p in extractor(text).programmes] == ["Sols vivants", "Mares et zones humides"]


def test_a_numbered_edition_of_a_programme_is_named(extractor):
    text = "L'agence de l'eau Seine-Normandie prépare son 13e programme d'intervention, qui commencera en 2031."
    assert [p.name for p in extractor(text).programmes] == ["programme d'intervention"]


def test_a_generic_programme_without_rank_is_not_named(extractor):
    assert extractor("Le programme d'intervention prévoit trois visites.").programmes == []


def test_a_trade_word_ends_a_company_name_not_a_person_name(extractor):
    record = extractor("Les salariés de Valmont Emballages sont en grève depuis lundi.")
    assert [o.name for o in record.organizations] == ["Valmont Emballages"]
    assert record.people == []


def test_a_unit_of_a_named_hospital_is_the_hospital(extractor):
    record = extractor("Elle était cheffe du service des urgences du centre hospitalier de Dieppe.")
    assert [o.name for o in record.organizations] == ["centre hospitalier de Dieppe"]


def test_a_name_stops_before_et_and_a_known_organization(extractor):
    record = extractor("La société est issue des laboratoires du CHU de Brest et de l'Inserm.")
    assert sorted(o.name.lower() for o in record.organizations) == ["chu de brest", "inserm"]


def test_communaute_after_a_name_heads_an_intercommunality(extractor):
    record = extractor("Le président de Loudéac Communauté, Paul Le Goff, a signé.")
    assert [o.name for o in record.organizations] == ["Loudéac Communauté"]


def test_a_user_voice_programme_name_goes_on_in_lower_case(extractor):
    record = extractor("Le dispositif Mon accompagnateur rénov, qui aide les ménages, est étendu.")
    assert [p.name for p in record.programmes] == ["dispositif Mon accompagnateur rénov"]


def test_a_mixed_case_acronym_that_spells_the_name_and_a_place_after_it(extractor):
    text = "La caisse d'assurance retraite et de la santé au travail (Carsat) de Bretagne finance les ateliers."
    assert [o.name for o in extractor(text).organizations] == ["caisse d'assurance retraite et de la santé au travail de Bretagne"]


def test_an_adjective_after_the_place_of_a_name_past_its_acronym(extractor):
    record = extractor("La Mutualité sociale agricole (MSA) Portes de Bretagne accompagne les éleveurs. La MSA Alpes vaudoises aussi.")
    assert "Mutualité sociale agricole Portes de Bretagne" in [o.name for o in record.organizations]


def test_a_plural_kind_of_facility_spelled_by_its_acronym_is_no_organization(extractor):
    record = extractor("Le plan rénove 21 établissements d'hébergement pour personnes âgées dépendantes (EHPAD) du département.")
    assert record.organizations == []


def test_a_hyphenated_word_inside_a_descriptive_name(extractor):
    record = extractor("La Fédération française de canoë-kayak et sports de pagaie (FFCK) compte 41 000 licenciés.")
    assert [o.name for o in record.organizations] == ["Fédération française de canoë-kayak et sports de pagaie"]


def test_de_la_and_a_place_after_a_name_in_apposition(extractor):
    record = extractor("L'Adapei de la Sarthe, association de parents, ouvre un foyer.")
    assert [o.name for o in record.organizations] == ["Adapei de la Sarthe"]


def test_secretariat_d_etat_is_not_the_state(extractor):
    record = extractor("Les dossiers relèvent du secrétariat d'État chargé de la Mer.")
    assert "État" not in [o.name for o in record.organizations]


def test_a_long_name_with_hyphenated_words_runs_on_to_its_acronym(extractor):
    text = "La Fédération nationale des producteurs de cidres et eaux-de-vie de cidre à appellation d'origine (FNPCA) demande une aide."
    assert [o.name for o in extractor(text).organizations] == ["Fédération nationale des producteurs de cidres et eaux-de-vie de cidre à appellation d'origine"]


def test_a_programme_name_with_a_comma_runs_on_to_its_acronym(extractor):
    text = "L'aide relève du Fonds européen pour les affaires maritimes, la pêche et l'aquaculture (FEAMPA)."
    record = extractor(text)
    assert [p.name for p in record.programmes] == ["Fonds européen pour les affaires maritimes, la pêche et l'aquaculture"]
    assert record.organizations == []


def test_a_new_plan_named_by_its_endowment(extractor):
    text = "La ministre annonce un nouveau plan d'arrachage des vignes, doté de 130 millions d'euros."
    assert [p.name for p in extractor(text).programmes] == ["plan d'arrachage des vignes"]


def test_a_hyphenated_place_is_no_person(extractor):
    record = extractor("La préfète de la région Centre-Val de Loire, Anne Morel, a réuni le comité.")
    assert [p.name for p in record.people] == ["Anne Morel"]


def test_a_subsidiary_with_a_company_suffix_keeps_its_name(extractor):
    record = extractor("Le réseau sera exploité par Engie Solutions pendant 25 ans.")
    assert [o.name for o in record.organizations] == ["Engie Solutions"]


def test_a_compass_word_is_no_organization(extractor):
    record = extractor("Paul Morel, directeur régional Ouest d'Engie Solutions, a signé.")
    assert [o.name for o in record.organizations] == ["Engie Solutions"]


def test_a_common_noun_with_a_complement_before_the_name(extractor):
    record = extractor("Il a fondé le groupe de distribution alimentaire Kerval Frais en 1998.")
    assert [o.name for o in record.organizations] == ["Kerval Frais"]
    assert record.people == []


def test_a_trailing_head_then_the_territory(extractor):
    record = extractor("Le président de Tours Métropole Val de Loire a signé la convention.")
    assert [o.name for o in record.organizations] == ["Tours Métropole Val de Loire"]


def test_a_trigger_glued_by_an_apostrophe_is_a_programme_name(extractor):
    record = extractor("La Région lance le Pass'Région Sport pour les lycéens.")
    assert [p.name for p in record.programmes] == ["Pass'Région Sport"]
    assert [o.name for o in record.organizations] == []


def test_a_club_in_apposition_after_an_article(extractor):
    record = extractor("Rennes, le 2 mai 2026 – Le Rennes Volley 35, club de volley-ball, annonce un nouveau président.")
    assert [o.name for o in record.organizations] == ["Rennes Volley 35"]


def test_a_regional_adjective_after_a_place_ends_a_name(extractor):
    record = extractor("Le Syndicat d'eau du Pays nantais investit 12 millions d'euros.")
    assert [o.name for o in record.organizations] == ["Syndicat d'eau du Pays nantais"]


def test_a_name_found_after_a_common_noun_is_found_again(extractor):
    record = extractor("La start-up Ovalia lève 2 millions d'euros. Ovalia, qui fabrique des capteurs, recrute.")
    assert len(record.organizations[0].mentions) == 2


def test_tpe_and_pme_alone_are_no_organizations(extractor):
    assert extractor("Le programme vise les dirigeants de TPE et de PME de la région.").organizations == []


def test_a_food_bank_is_an_association(extractor):
    record = extractor("La Banque alimentaire de la Sarthe organise sa collecte. Le président de l'association, Paul Morel, remercie les bénévoles.")
    assert record.organizations[0].kind == "association"
    assert record.people[0].roles[0].organization == "Banque alimentaire de la Sarthe"


def test_a_lower_case_trade_noun_introduces_a_brand(extractor):
    record = extractor("Les éleveurs ont bloqué la laiterie Lactaven à Craon. Le directeur de la laiterie, Marc Dubois, les a reçus.")
    assert [o.name for o in record.organizations] == ["Lactaven"]
    assert record.people[0].roles[0].organization == "Lactaven"


def test_a_campsite_name_after_its_common_noun(extractor):
    record = extractor("Sandrine Roy, gérante du camping Les Bords du Lez à Lunel, témoigne.")
    assert [o.name for o in record.organizations] == ["Les Bords du Lez"]


def test_a_compound_anaphor_does_not_take_another_body_of_its_kind(extractor):
    text = "La FDSEA du Doubs réclame une aide. Le président de la chambre d'agriculture, Paul Vuillemin, la soutient."
    person = next(p for p in extractor(text).people if p.name == "Paul Vuillemin")
    assert person.roles[0].organization == "chambre d'agriculture"


def test_a_programme_name_ending_in_de_and_a_lower_case_noun(extractor):
    record = extractor("Les lieux labellisés pourront candidater au programme national Fabriques de territoire.")
    (programme,) = record.programmes
    assert "programme national Fabriques de territoire" in [programme.name, *programme.aliases]


def test_a_festival_is_an_organization(extractor):
    record = extractor("Elle rejoindra en février le Festival d'Avignon comme administratrice. Le festival a attiré 100 000 spectateurs.")
    assert [(o.name, o.aliases) for o in record.organizations] == [("Festival d'Avignon", ["festival"])]


def test_a_ministers_field_is_no_organization(extractor):
    record = extractor("La ministre déléguée chargée de l'Industrie, Agnès Roy, a visité l'usine avec le ministère de l'Économie.")
    assert [o.name for o in record.organizations] == ["ministère de l'Économie"]


def test_a_council_of_a_named_body_is_that_body(extractor):
    record = extractor("Le conseil municipal de Chalais a voté jeudi. La Mairie de Chalais financera les travaux.")
    assert [(o.name, o.aliases) for o in record.organizations] == [("Mairie de Chalais", ["conseil municipal de Chalais"])]


def test_a_commission_with_its_field_is_no_anaphor(extractor):
    record = extractor("La Fédération française de judo a tenu son assemblée. La commission des athlètes de la fédération a voté.")
    assert [o.name for o in record.organizations] == ["Fédération française de judo"]


def test_a_gazetteer_body_is_known_by_its_expansion(extractor):
    record = extractor("Elle a rejoint l'Institut national de recherche pour l'agriculture, l'alimentation et l'environnement en 2006.")
    assert [o.name for o in record.organizations] == ["INRAE"]


def test_a_ministers_list_of_fields_is_no_organization(extractor):
    text = ("La ministre des Sports, de la Jeunesse et de la Vie associative, Élodie Roy, a annoncé un plan. "
            "Le ministère des Sports, de la Jeunesse et de la Vie associative le financera.")
    record = extractor(text)
    assert [o.name for o in record.organizations] == ["ministère des Sports, de la Jeunesse et de la Vie associative"]
    (role,) = record.people[0].roles
    assert role.organization == "ministère des Sports, de la Jeunesse et de la Vie associative"


def test_a_place_ends_a_name_before_a_list_of_organizations(extractor):
    text = "La réunion a eu lieu en présence de la chambre d'agriculture de la Vendée, de Vendée Eau et de l'Office français de la biodiversité."
    names = [o.name for o in extractor(text).organizations]
    assert "chambre d'agriculture de la Vendée" in names and "Vendée Eau" in names


def test_a_territory_with_de_before_a_trailing_head(extractor):
    record = extractor("Pays de Montbéliard Agglomération participera au financement de la formation.")
    assert [o.name for o in record.organizations] == ["Pays de Montbéliard Agglomération"]


def test_la_prefecture_is_never_another_state_service(extractor):
    text = ("La direction départementale des territoires et de la mer (DDTM) contrôlera les prélèvements. "
            "La secrétaire générale de la préfecture, Anne Morel, a présidé la réunion.")
    record = extractor(text)
    assert [(r.title, r.organization) for r in record.people[0].roles] == [("secrétaire générale", "préfecture")]


def test_a_description_before_the_name_of_another_record_is_that_record(extractor):
    text = ("Alpes Tourisme Réseau lance une campagne. L'agence régionale Alpes Tourisme Réseau mise sur les ailes de saison.")
    record = extractor(text)
    assert [o.name for o in record.organizations] == ["Alpes Tourisme Réseau"]


def test_an_acronym_before_a_territory_is_the_body_it_spells(extractor):
    text = ("Les ports étaient gérés par la chambre de commerce et d'industrie des Côtes-d'Armor. "
            "Le président de la CCI des Côtes-d'Armor a confirmé le transfert.")
    assert [(o.name, o.aliases) for o in extractor(text).organizations] == [("CCI des Côtes-d'Armor", ["chambre de commerce et d'industrie des Côtes-d'Armor"])]


def test_an_acronym_anaphor_takes_the_name_it_spells(extractor):
    text = ("La société publique locale Ports du Trégor gère cinq ports avec le Département des Côtes-d'Armor. "
            "La SPL emploie 46 agents.")
    record = extractor(text)
    spl = next(o for o in record.organizations if o.name == "société publique locale Ports du Trégor")
    assert "SPL" in spl.aliases


def test_a_letter_is_no_organization(extractor):
    assert extractor("Partager sur Facebook | Partager sur X | Imprimer").organizations == []


def test_a_capitalized_trigger_with_a_complement_inside_a_sentence(extractor):
    record = extractor("La Région finance les filets paragrêle dans le cadre de son Plan de protection des vergers.")
    assert [p.name for p in record.programmes] == ["Plan de protection des vergers"]


def test_a_capitalized_fonds_with_a_complement_is_not_read_as_a_scheme(extractor):
    record = extractor("Le projet est soutenu par le Fonds d'expérimentation territoriale contre le chômage.")
    assert all(p.name != "Fonds d'expérimentation territoriale" for p in record.programmes)


def test_retail_brands_that_look_like_names_are_companies(extractor):
    record = extractor("Elle revendique 140 clients, dont Leroy Merlin et Auchan. M. Leclerc a signé le contrat.")
    assert [o.name for o in record.organizations] == ["Leroy Merlin", "Auchan"]
    assert [p.name for p in record.people] == ["M. Leclerc"]


def test_an_airport_is_an_organization(extractor):
    record = extractor("Elle était directrice des opérations de l'aéroport de Bordeaux-Mérignac.")
    assert [o.name for o in record.organizations] == ["aéroport de Bordeaux-Mérignac"]


def test_a_rule_span_stopping_inside_a_known_name_is_dropped(extractor):
    record = extractor("Jean-Yves Pasquier, ancien directeur d'agence de Pôle emploi, préside l'association.")
    assert all(o.name != "agence de Pôle" for o in record.organizations)


def test_a_name_stops_before_a_dateline_and_a_percentage(extractor):
    text = ("Département de la Sarthe – Le Mans, le 21 mai 2027\n\nLa DRAC apportera 40 % du financement et le Département "
            "de la Creuse 20 %.")
    names = [o.name for o in extractor(text).organizations]
    assert "Département de la Sarthe" in names and "Département de la Creuse" in names


def test_a_body_named_after_its_kind(extractor):
    record = extractor("La nouvelle coopérative, baptisée Les Vignerons des Satellites, regroupera 190 viticulteurs.")
    assert [o.name for o in record.organizations] == ["Les Vignerons des Satellites"]


def test_a_scheme_named_after_its_kind_is_no_organization(extractor):
    record = extractor("Le dispositif, baptisé « Permis Apprentis Normandie », s'adresse aux jeunes apprentis.")
    assert record.organizations == [] and [p.name for p in record.programmes] == ["Permis Apprentis Normandie"]


def test_a_brand_and_a_word_that_is_not_a_place_is_a_subsidiary(extractor):
    record = extractor("Elle a passé quinze ans chez Orange Cyberdefense. Bpifrance Centre-Val de Loire et Bpifrance cofinancent.")
    assert {o.name for o in record.organizations} == {"Orange Cyberdefense", "Bpifrance"}


def test_a_common_noun_with_two_complements_introduces_a_name(extractor):
    record = extractor("L'éditeur rennais de logiciels de cybersécurité Cyberéa annonce une nomination.")
    assert [o.name for o in record.organizations] == ["Cyberéa"]


def test_a_programme_name_stops_before_its_owner(extractor):
    record = extractor("La société est accompagnée par le programme Scale-up Excellence du pôle de compétitivité Images & Réseaux.")
    assert [p.name for p in record.programmes] == ["programme Scale-up Excellence"]


def test_commune_and_mairie_of_one_town_are_one_organization(extractor):
    record = extractor("La commune de Saint-Affrique a inauguré sa maison France Services. La Mairie de Saint-Affrique en assure l'accueil.")
    towns = [o for o in record.organizations if "Saint-Affrique" in o.name]
    assert [(o.name, o.aliases) for o in towns] == [("commune de Saint-Affrique", ["Mairie de Saint-Affrique"])]


def test_an_office_de_tourisme_with_and_without_its_adjective(extractor):
    text = ("Office de tourisme Cœur de Bourgogne – Communiqué\n\nL'office de tourisme intercommunal Cœur de Bourgogne a présenté "
            "son bilan. La présidente de l'office de tourisme, Annick Perreau, se réjouit.")
    record = extractor(text)
    offices = [o for o in record.organizations if "Cœur de Bourgogne" in o.name]
    assert len(offices) == 1
    assert [r.organization for r in record.people[0].roles] == [offices[0].name]


def test_an_acronym_used_alone_spells_a_name_elsewhere(extractor):
    text = ("En Avant Guingamp annonce l'arrivée d'un nouvel entraîneur. Le président du club a salué ce choix. "
            "L'EAG termine la saison à la 8e place.")
    eag = next(o for o in extractor(text).organizations if o.name == "En Avant Guingamp")
    assert "EAG" in eag.aliases


def test_an_acronym_spelled_by_a_persons_name_is_no_organization(extractor):
    text = "Jean Paul Martin a signé la convention. Le JPM est un sigle."
    assert all(o.name != "Jean Paul Martin" for o in extractor(text).organizations)


def test_a_sports_club_named_by_its_sport(extractor):
    text = ("Les adhérents ont approuvé la fusion. La nouvelle entité, Brest Iroise Handball, comptera 500 licenciés. "
            "Le club vise la Ligue B et le club recrute deux entraîneurs.")
    record = extractor(text)
    club = next(o for o in record.organizations if o.name == "Brest Iroise Handball")
    assert "club" in club.aliases
    assert all("club" not in o.aliases for o in record.organizations if o is not club)


def test_a_prize_is_no_organization(extractor):
    text = "Le Prix Jeunes Talents de Bourgogne récompense chaque année trois artisans. La Région Bourgogne-Franche-Comté le finance."
    names = [o.name for o in extractor(text).organizations]
    assert not any(n.startswith("Prix") for n in names)
    assert "Région Bourgogne-Franche-Comté" in names


def test_a_foundation_ending_like_a_gazetteer_name_stays_itself(extractor):
    text = ("La Fondation Métiers de France remet ses bourses. Créée sous l'égide de la Fondation de France, "
            "la Fondation Métiers de France aide les apprentis.")
    names = sorted(o.name for o in extractor(text).organizations)
    assert names == ["Fondation Métiers de France", "Fondation de France"]


def test_a_house_of_a_trade_then_its_name(extractor):
    text = "Le mécénat de la maison de champagne Delvaux finance la restauration."
    assert [o.name for o in extractor(text).organizations] == ["Delvaux"]


def test_a_national_association_with_its_departement_is_its_own(extractor):
    text = ("Les Restos du Cœur du Finistère ouvrent leur campagne. Au niveau national, les Restos du Cœur ont servi "
            "des millions de repas.")
    names = {o.name for o in extractor(text).organizations}
    assert "Restos du Cœur du Finistère" in names


def test_an_acronym_with_its_territory_is_the_spelled_out_federation(extractor):
    text = ("La FDSEA du Morbihan alerte sur les prix. La Fédération départementale des syndicats d'exploitants agricoles "
            "du Morbihan réunit ses adhérents à Vannes.")
    orgs = extractor(text).organizations
    assert len(orgs) == 1 and "FDSEA du Morbihan" in [orgs[0].name, *orgs[0].aliases]


def test_a_name_ending_in_a_hyphenated_region_stops_before_a_verb(extractor):
    text = "L'Agence régionale de santé Occitanie-Pyrénées finance le projet."
    assert [o.name for o in extractor(text).organizations] == ["Agence régionale de santé Occitanie-Pyrénées"]


def test_a_headline_name_cut_at_a_hyphen_is_the_same_hospital(extractor):
    text = ("Centre hospitalier de Mont-de-Marsan : nouvelles urgences\n\nLe centre hospitalier de Mont-de-Marsan-Pays "
            "des Sources ouvre ses urgences rénovées. Le directeur de l'hôpital, Paul Lestrade, s'en félicite.")
    record = extractor(text)
    hospitals = [o for o in record.organizations if o.name.lower().startswith("centre hospitalier")]
    assert len(hospitals) == 1


def test_a_school_named_by_its_town_and_by_its_name_is_one(extractor):
    text = ("Le Département reconstruit le collège de Nérac. Le collège Jean-Rostand de Nérac accueillera 600 élèves. "
            "Le principal du collège, Marc Delpech, a présenté les plans.")
    record = extractor(text)
    colleges = [o for o in record.organizations if o.name.startswith("collège")]
    assert [c.name for c in colleges] == ["collège Jean-Rostand de Nérac"]
    person = next(p for p in record.people if p.name == "Marc Delpech")
    assert [(r.title, r.organization) for r in person.roles] == [("principal", "collège Jean-Rostand de Nérac")]


def test_a_local_company_of_a_known_group_is_no_metropole(extractor):
    text = "Le réseau est exploité par Keolis Rennes Métropole pour le compte de Rennes Métropole."
    kinds = {o.name: o.kind for o in extractor(text).organizations}
    assert kinds.get("Keolis Rennes Métropole") == "company" and kinds.get("Rennes Métropole") == "municipality"


def test_a_national_heritage_fund_is_a_programme(extractor):
    record = extractor("Le tableau a été acheté grâce au Fonds du patrimoine du ministère de la Culture.")
    assert [p.name for p in record.programmes] == ["Fonds du patrimoine"]
    assert [o.name for o in record.organizations] == ["ministère de la Culture"]


def test_a_noun_phrase_after_a_participle_clause_is_the_subject_not_an_apposition(extractor):
    text = ("Créée en 2020 par Lucie Perrin, ancienne chercheuse de l'université de Nantes, la jeune entreprise emploie "
            "douze personnes.")
    names = [o.name for o in extractor(text).organizations]
    assert "Nantes" not in names and "université de Nantes" in names


def test_a_group_anaphor_before_the_companies_named_later(extractor):
    text = ("Banque Océane nomme sa directrice. Gérard Rivet part après quarante ans dans le groupe. "
            "Elle a travaillé chez Natixis.")
    record = extractor(text)
    group = next(o for o in record.organizations if "groupe" in o.aliases)
    assert group.name == "Banque Océane"


def test_a_banks_network_in_a_departement_is_no_organization(extractor):
    names = [o.name for o in extractor("Paul Giraud était jusqu'ici directeur du réseau Vendée de la banque.").organizations]
    assert "Vendée" not in names


def test_a_regional_bank_is_a_company(extractor):
    record = extractor("Le Crédit Agricole Touraine Poitou finance la nouvelle usine.")
    assert [(o.name, o.kind) for o in record.organizations] == [("Crédit Agricole Touraine Poitou", "company")]


def test_a_club_named_with_a_leading_abbreviation(extractor):
    names = [o.name for o in extractor("Arrivé en provenance de l'US Orléans, le milieu de terrain a signé trois ans.").organizations]
    assert "US Orléans" in names


def test_a_sous_prefecture_is_an_organization(extractor):
    names = [o.name for o in extractor("Il assurera l'intérim de la sous-préfecture de Bellac.").organizations]
    assert names == ["sous-préfecture de Bellac"]


def test_a_name_joined_by_et_to_a_capitalized_common_noun(extractor):
    text = "L'association Loire Nature et Rivières publie son rapport. Maxime Roy, apprenti chez Bois et Tradition à Lisieux, a gagné."
    names = {o.name for o in extractor(text).organizations}
    assert {"Loire Nature et Rivières", "Bois et Tradition"} <= names


def test_two_names_joined_by_et_stay_two(extractor):
    text = "La Fondation Université de Lille et Nexans signent une convention avec Rennes Habitat et Harmonie Habitat."
    names = {o.name for o in extractor(text).organizations}
    assert "Nexans" in names and "Harmonie Habitat" in names
    assert not any(" et " in n for n in names)


def test_a_name_stops_before_an_infinitive_and_its_object(extractor):
    text = "L'association demande à l'agence de l'eau Adour-Garonne de conditionner leurs aides."
    assert [o.name for o in extractor(text).organizations] == ["agence de l'eau Adour-Garonne"]


def test_an_apprentice_works_at_a_named_bakery(extractor):
    text = "La médaille d'or revient à Léa Marin, apprentie au Fournil des Remparts à Bayeux."
    record = extractor(text)
    assert [o.name for o in record.organizations] == ["Fournil des Remparts"]
    assert [(r.title, r.organization) for r in record.people[0].roles] == [("apprentie", "Fournil des Remparts")]


def test_a_title_in_guillemets_with_a_suffix_word_is_no_organization(extractor):
    text = "Douze apprentis ont été médaillés au concours « Un des meilleurs apprentis de France »\n\nCaen, le 3 juin."
    assert [o.name for o in extractor(text).organizations if "meilleurs" in o.name] == []


def test_a_canoe_club_is_an_organization(extractor):
    names = [o.name for o in extractor("La kayakiste Jeanne Morin, du Brest Iroise Canoë-Kayak, est sélectionnée.").organizations]
    assert "Brest Iroise Canoë-Kayak" in names


def test_a_club_name_split_by_the_model_and_the_headline_club(extractor):
    text = ("Naissance de Brest Iroise Handball\n\nLes adhérents du Landerneau Handball et de Brest Iroise Handball ont voté la fusion. "
            "Le club visera la Nationale 1.")
    record = extractor(text)
    club = next(o for o in record.organizations if o.name == "Brest Iroise Handball")
    assert "club" in club.aliases
    assert "Landerneau Handball" in [o.name for o in record.organizations]


def test_a_town_after_a_title_is_not_a_clubs_short_name(extractor):
    text = ("La kayakiste Jeanne Morin, du Nantes Atlantique Canoë-Kayak, est sélectionnée. L'entraîneuse du pôle espoirs de Nantes, "
            "Aurélie Jouan, l'accompagnera.")
    record = extractor(text)
    jouan = next(p for p in record.people if p.name == "Aurélie Jouan")
    assert all(r.organization != "Nantes Atlantique Canoë-Kayak" for r in jouan.roles)


def test_a_political_group_named_after_the_region_is_no_organization(extractor):
    text = "Le président du groupe Hauts-de-France en commun, Olivier Jacq, a voté contre."
    assert extractor(text).organizations == []


def test_a_headline_name_with_its_common_noun_is_the_same_company(extractor):
    text = "Groupe Salvane : résultats annuels\n\nLe groupe Salvane publie ses comptes. Salvane emploie 2 300 personnes."
    assert [o.name for o in extractor(text).organizations] == ["Salvane"]


def test_a_regional_health_agency_with_its_region(extractor):
    text = ("Le scanner a été financé par l'agence régionale de santé de Bretagne. Selon la directrice générale de l'ARS Bretagne, "
            "Élise Noguet, l'offre est rééquilibrée.")
    record = extractor(text)
    assert len(record.organizations) == 1
    org = record.organizations[0]
    assert {"ARS Bretagne", "agence régionale de santé de Bretagne"} <= {org.name, *org.aliases}
    assert [r.organization for r in record.people[0].roles] == [org.name]


def test_an_acronym_spelled_in_lower_case_is_a_term(extractor):
    text = "L'hôpital a mis en service un appareil d'imagerie par résonance magnétique (IRM). Ce second IRM réduit l'attente."
    assert all(o.name != "IRM" for o in extractor(text).organizations)


def test_a_unit_acronym_with_its_territory_stays_an_organization(extractor):
    text = "Le peloton de gendarmerie de haute montagne (PGHM) de Savoie a réalisé 900 secours."
    names = [n for o in extractor(text).organizations for n in [o.name, *o.aliases]]
    assert "PGHM" in names


def test_a_hospital_named_with_and_without_its_patron(extractor):
    text = ("Le centre hospitalier de Morlaix s'équipe\n\nLe centre hospitalier Jean-Moulin de Morlaix a reçu un scanner. "
            "Le directeur de l'hôpital, Yann Cadoret, s'en félicite.")
    record = extractor(text)
    assert [o.name for o in record.organizations] == ["centre hospitalier Jean-Moulin de Morlaix"]


def test_an_order_of_a_profession_is_an_organization(extractor):
    text = ("Le dispositif a été construit avec l'ordre des médecins de la Manche, dont le président, le docteur Alain Hervé, "
            "salue la mesure. L'Ordre national des infirmiers approuve.")
    names = {o.name for o in extractor(text).organizations}
    assert {"ordre des médecins de la Manche", "Ordre national des infirmiers"} <= names


def test_clubs_named_by_a_club_noun_and_a_town_adjective(extractor):
    text = "L'Union sportive dacquoise recrute un ancien entraîneur de la Section paloise. Le Stade rennais rugby féminin aussi."
    names = {o.name for o in extractor(text).organizations}
    assert {"Union sportive dacquoise", "Section paloise", "Stade rennais rugby"} <= names


def test_a_prosecutors_office_and_a_gendarmerie_unit(extractor):
    text = "L'enquête a été ouverte par le parquet de Lorient et menée par la brigade de recherches de Pontivy."
    names = {o.name for o in extractor(text).organizations}
    assert {"parquet de Lorient", "brigade de recherches de Pontivy"} <= names


def test_a_community_of_communes_named_after_a_to(extractor):
    text = "La taxe de séjour a rapporté 2 millions d'euros à Auray Quiberon Terre Atlantique, la communauté de communes."
    assert [o.name for o in extractor(text).organizations] == ["Auray Quiberon Terre Atlantique"]


def test_the_groupement_anaphor(extractor):
    text = ("Quatre-vingts gendarmes du groupement de gendarmerie départementale du Morbihan ont mené l'opération. "
            "Le commandant du groupement, le colonel Paul Le Goff, salue leur travail.")
    record = extractor(text)
    assert [(r.title, r.organization) for r in record.people[0].roles] == [("commandant", "groupement de gendarmerie départementale du Morbihan")]


def test_an_association_name_that_is_a_noun_phrase_keeps_its_adjective(extractor):
    record = extractor("L'association Le Jardin nantais a ouvert un potager partagé.")
    assert [o.name for o in record.organizations] == ["Le Jardin nantais"]


def test_a_company_foundation_is_not_the_company(extractor):
    record = extractor("Le projet est financé par la fondation Decathlon et par la Ville de Lille.")
    names = {o.name for o in record.organizations}
    assert "fondation Decathlon" in names and "Decathlon" not in names


def test_a_known_name_after_a_street_or_district_word_is_a_place(extractor):
    record = extractor("Elle a ouvert une antenne dans le quartier de la Croix-Rouge, avec la fondation Orange.")
    assert "Croix-Rouge française" not in {o.name for o in record.organizations}


def test_the_anaphor_goes_to_the_organization_introduced_by_that_noun(extractor):
    text = ("L'association Solidarité Vosges a reçu le soutien de la fondation Orange et de la fondation Free. "
            "L'association distribuera les ordinateurs en mars.")
    record = extractor(text)
    solidarite = next(o for o in record.organizations if o.name == "Solidarité Vosges")
    assert len(solidarite.mentions) == 2


def test_a_body_that_manages_a_site_is_an_organization(extractor):
    text = "Le lycée agricole de Bazas, géré par Agrilys Formation Gironde, ouvre une filière."
    record = extractor(text)
    assert "Agrilys Formation Gironde" in {o.name for o in record.organizations}


def test_an_acronym_spelling_the_first_words_of_a_name(extractor):
    text = ("Le ministre a visité le centre de formation d'apprentis de l'industrie de Vannes. Le directeur du CFA, "
            "Paul Hervé, l'a accueilli.")
    record = extractor(text)
    cfa = [o for o in record.organizations if "CFA" in o.aliases or o.name == "CFA"]
    assert len(cfa) == 1 and cfa[0].name.startswith("centre de formation")


def test_an_acronym_head_takes_no_lower_case_words(extractor):
    record = extractor("Le CHU de Brest a ouvert un service. « Le CHU sort de deux années difficiles », dit le directeur.")
    assert {o.name for o in record.organizations} == {"CHU de Brest"}


def test_a_term_in_capitals_with_a_territory_is_no_organization(extractor):
    record = extractor("La Normandie a vu l'ADN de la Normandie évoluer.")
    assert record.organizations == []


def test_a_funding_round_letter_is_no_organization(extractor):
    record = extractor("La start-up Nautilux boucle une levée de fonds de série B de 20 millions d'euros.")
    assert {o.name for o in record.organizations} == {"Nautilux"}


def test_a_name_with_an_ampersand_is_no_place(extractor):
    record = extractor("L'ouvrage a coûté 8 millions d'euros, financés par Dinan Terre & Rance et la Région.")
    assert "Dinan Terre & Rance" in {o.name for o in record.organizations}


def test_a_town_hall_in_lower_case(extractor):
    record = extractor("Un registre est ouvert à la mairie de Gisors jusqu'au 15 mai.")
    assert [o.name for o in record.organizations] == ["mairie de Gisors"]


def test_a_service_named_after_its_description_and_acronym(extractor):
    text = "Les agents de la direction interdépartementale des routes Nord-Ouest (DIR Nord-Ouest) ont fermé la bretelle."
    record = extractor(text)
    assert "direction interdépartementale des routes Nord-Ouest" in {o.name for o in record.organizations}


def test_a_savings_bank_is_a_company(extractor):
    record = extractor("La Caisse d'Épargne Hauts de France finance la rénovation du stade.")
    (org,) = record.organizations
    assert org.name == "Caisse d'Épargne Hauts de France" and org.kind == "company"


def test_a_fronted_description_is_no_name(extractor):
    record = extractor("Banque régionale, la Banque Laydernier compte 200 salariés.")
    assert [o.name for o in record.organizations] == ["Banque Laydernier"]


def test_a_political_party_with_its_territory(extractor):
    record = extractor("Le Parti communiste français du Nord a désigné ses candidats, avec La France insoumise.")
    names = {o.name for o in record.organizations}
    assert "La France insoumise" in names and any(n.startswith("Parti communiste français") for n in names)


def test_a_name_of_common_words_spelled_by_its_acronym(extractor):
    text = "Une équipe du Laboratoire plasmas et conversion d'énergie (LAPLACE) publie ses travaux."
    record = extractor(text)
    assert [o.name for o in record.organizations] == ["Laboratoire plasmas et conversion d'énergie"]


def test_a_lab_described_in_words_is_no_anaphor(extractor):
    text = "L'Inria a nommé la directrice du laboratoire breton de recherche en robotique, Anne Roux."
    record = extractor(text)
    anne = next(p for p in record.people if p.name == "Anne Roux")
    assert all(r.organization != "Inria" for r in anne.roles)


def test_a_grand_town_is_an_intercommunality(extractor):
    record = extractor("Le conseil communautaire de Grand Guéret a voté le budget. Le Grand Est finance le projet.")
    names = {o.name: o.kind for o in record.organizations}
    assert names.get("Grand Guéret") == "municipality" and "Grand Est" not in names


def test_a_power_plant_and_its_shorter_name_are_one(extractor):
    text = "EDF a nommé un directeur à la centrale nucléaire EDF de Chinon. La centrale de Chinon emploie 1 300 salariés."
    record = extractor(text)
    plants = [o for o in record.organizations if "Chinon" in o.name]
    assert len(plants) == 1


def test_a_chamber_named_with_and_without_its_crafts(extractor):
    text = ("La chambre de métiers de l'Orne ouvre un campus. La chambre de métiers et de l'artisanat de l'Orne "
            "formera 400 apprentis.")
    record = extractor(text)
    assert [o.name for o in record.organizations] == ["chambre de métiers et de l'artisanat de l'Orne"]


def test_pays_basque_keeps_its_adjective(extractor):
    record = extractor("La communauté d'agglomération Pays basque finance le projet.")
    assert [o.name for o in record.organizations] == ["communauté d'agglomération Pays basque"]


def test_a_repeated_name_over_a_shorter_model_span(extractor):
    text = "Habitat Sud Atlantic recrute\n\nLe conseil d'Habitat Sud Atlantic, office public de l'habitat, a voté le budget."
    record = extractor(text)
    assert [o.name for o in record.organizations] == ["Habitat Sud Atlantic"]


def test_a_number_word_does_not_continue_a_name(extractor):
    record = extractor("La Banque des Territoires accorde au centre hospitalier de Vierzon un prêt de 12 millions d'euros.")
    assert "centre hospitalier de Vierzon" in {o.name for o in record.organizations}


@pytest.mark.parametrize("text, name", [
    ("La ville a obtenu le label Territoire engagé pour la transition écologique en 2026.", "Territoire engagé pour la transition écologique"),
    ("Le plan climat-air-énergie territorial a été adopté en 2024.", "Plan Climat-Air-Énergie Territorial"),
    ("Quarante lieux ont rejoint les Fabriques de territoire cette année.", "Fabriques de territoire"),
])
def test_national_programmes_known_by_name(extractor, text, name):
    record = extractor(text)
    assert name.lower() in {p.name.lower() for p in record.programmes}


def test_an_endowment_fund_is_an_organization(extractor):
    text = "Le fonds de dotation du musée de Grenoble a reçu un legs. Présidé par Anne Vial, le fonds de dotation a financé des acquisitions."
    record = extractor(text)
    fund = next(o for o in record.organizations if o.name.startswith("fonds de dotation"))
    anne = next(p for p in record.people if p.name == "Anne Vial")
    assert [r.organization for r in anne.roles] == [fund.name]


def test_a_company_noun_and_its_adjective_before_the_name(extractor):
    record = extractor("La société bordelaise Vinalys, spécialiste des bouchons techniques, recrute 20 techniciens.")
    assert "Vinalys" in {o.name for o in record.organizations}


def test_a_firm_named_with_a_town_word_is_a_company(extractor):
    record = extractor("La Ville de Niort a confié l'étude au cabinet Ville Vivante.")
    kinds = {o.name: o.kind for o in record.organizations}
    assert kinds.get("Ville Vivante") == "company"


def test_a_publisher(extractor):
    record = extractor("Le livre paraît aux éditions Palantines le 4 mars.")
    assert "éditions Palantines" in {o.name for o in record.organizations}


def test_an_investment_fund_whose_name_begins_with_a_region(extractor):
    record = extractor("La start-up a levé 4 millions d'euros auprès du fonds Savoie-Léman Amorçage.")
    assert "Savoie-Léman Amorçage" in {o.name for o in record.organizations}
    assert not record.programmes


def test_a_product_strategy_is_no_programme(extractor):
    record = extractor("Le fondateur se consacrera à la stratégie produit de la société Néoclim.")
    assert not record.programmes


def test_a_regional_academy_is_not_the_region(extractor):
    record = extractor("La Région Normandie finance les lycées. La rectrice de la région académique Normandie, Anne Morel, a signé.")
    people = {p.name: p for p in record.people}
    assert all(r.organization != "Région Normandie" for r in people["Anne Morel"].roles)


def test_a_club_noun_then_club_then_the_towns_adjective(extractor):
    record = extractor("Le Racing club tarbais a recruté un nouvel entraîneur.")
    assert "Racing club tarbais" in {o.name for o in record.organizations}


def test_a_hospital_of_a_town_is_not_named_by_the_town(extractor):
    text = ("Le centre hospitalier de Figeac et le centre hospitalier de Decazeville coopèrent. Le directeur de "
            "Decazeville, Henri Molinier, a signé.")
    record = extractor(text)
    names = {o.name for o in record.organizations}
    assert "centre hospitalier de Decazeville" in names and "Decazeville" not in names


def test_a_shop_noun_introduces_a_name(extractor):
    record = extractor("Marie Caubet tient la librairie Les Mots Passants depuis 2012.")
    assert "Les Mots Passants" in {o.name for o in record.organizations}


def test_a_year_ends_a_programme_name(extractor):
    record = extractor("Le syndicat demande d'adosser les crédits du plan Écophyto 2030 à des résultats mesurés.")
    assert [p.name for p in record.programmes] == ["plan Écophyto 2030"]


def test_a_programme_named_in_favour_of(extractor):
    record = extractor("La Région rejoint le Pacte en faveur de la haie lancé par l'État.")
    assert "Pacte en faveur de la haie" in {p.name for p in record.programmes}


def test_a_university_and_its_foundation_are_two_bodies(extractor):
    record = extractor("L'Université de Lorraine et la Fondation Université de Lorraine signent une convention.")
    names = {o.name for o in record.organizations}
    assert {"Université de Lorraine", "Fondation Université de Lorraine"} <= names


def test_a_lab_named_by_a_list_its_acronym_spells(extractor):
    record = extractor("Elle travaille au laboratoire Sols, eaux, plantes (LSEP) de Rennes.")
    assert any(o.name.startswith("laboratoire Sols, eaux, plantes") for o in record.organizations)


def test_an_association_name_that_is_a_phrase(extractor):
    record = extractor("L'association Les Amis à la Plage organise un concert.")
    assert "Les Amis à la Plage" in {o.name for o in record.organizations}


def test_a_hotel_in_a_town_keeps_the_town_out_of_its_name(extractor):
    record = extractor("Luc Brun, directeur de l'hôtel Les Glycines à Sarlat, est élu trésorier.")
    assert "Les Glycines" in {o.name for o in record.organizations}


def test_a_prizes_name_is_no_organization(extractor):
    record = extractor("Le Trophée Horizons Bleus récompense cinq jeunes marins.")
    assert "Horizons Bleus" not in {o.name for o in record.organizations}


def test_a_noun_the_tagger_calls_an_adjective_names_a_plan(extractor):
    record = extractor("Le sous-préfet coordonne le plan sécheresse.")
    assert "plan sécheresse" in {p.name for p in record.programmes}


def test_taking_the_direction_of_a_cooperative_is_no_service(extractor):
    record = extractor("Le chef d'atelier, Erwan Guillou, prendra la direction de la Scop créée par les salariés.")
    assert not any(o.name.startswith("direction") for o in record.organizations)


def test_a_mission_locale_is_an_organization_not_a_programme(extractor):
    record = extractor("La mission locale du Pays de Lorient accompagne 2 000 jeunes.")
    assert "mission locale du Pays de Lorient" in {o.name for o in record.organizations}
    assert not record.programmes


def test_a_corps_of_the_civil_service_names_no_state(extractor):
    record = extractor("M. Yves Carrel, administrateur de l'État, est nommé sous-préfet de Morlaix.")
    assert "État" not in {o.name for o in record.organizations}


def test_a_company_after_its_noun_keeps_its_town_out(extractor):
    record = extractor("La Région soutient la fonderie Ferrolux de Hayange, qui investit 5 millions d'euros.")
    assert "Ferrolux" in {o.name for o in record.organizations}


def test_an_association_of_shopkeepers_and_its_name(extractor):
    record = extractor("L'association des commerçants Cœur de Ville Albi demande des places de parking.")
    assert "Cœur de Ville Albi" in {o.name for o in record.organizations}


def test_a_regional_bank_named_with_and_without_its_network(extractor):
    text = ("La Caisse régionale de Crédit Agricole du Languedoc a nommé sa directrice. La Caisse régionale du Languedoc "
            "compte 2 000 salariés. La Caisse régionale a versé 10 millions d'euros.")
    record = extractor(text)
    caisses = [o for o in record.organizations if o.name.startswith("Caisse régionale")]
    assert len(caisses) == 1


def test_a_plan_named_with_a_year_the_model_calls_a_place(extractor):
    record = extractor("Le directeur a présenté le plan stratégique Horizon 2031 aux adhérents.")
    assert "plan stratégique Horizon 2031" in {p.name for p in record.programmes}


def test_a_national_federation_named_by_its_sport(extractor):
    record = extractor("La Fédération française handisport a élu son bureau.")
    assert "Fédération française handisport" in {o.name for o in record.organizations}


def test_a_fronted_description_by_par_is_no_name(extractor):
    text = "Le musée a rouvert. Établissement public financé par la Ville de Metz, le musée emploie 40 agents."
    record = extractor(text)
    assert not any(o.name.startswith("Établissement public") for o in record.organizations)


def test_a_price_ends_a_programme_name(extractor):
    record = extractor("La Ville étend le pass Culture Jeunes à 5 euros la place aux étudiants.")
    assert [p.name for p in record.programmes] == ["pass Culture Jeunes"]


def test_a_housing_office_named_after_its_description(extractor):
    text = ("L'office public de l'habitat Brive Habitat rénove 800 logements avec la Banque des Territoires. "
            "La directrice de l'office, Claire Monteil, détaille le calendrier.")
    record = extractor(text)
    claire = next(p for p in record.people if p.name == "Claire Monteil")
    assert [r.organization for r in claire.roles] == ["Brive Habitat"]


def test_a_federation_of_great_wines(extractor):
    record = extractor("Elle préside la fédération des grands vins de Bordeaux depuis 2020.")
    assert "fédération des grands vins de Bordeaux" in {o.name for o in record.organizations}


def test_a_known_name_and_its_region_are_one_organization(extractor):
    record = extractor("Le directeur de SNCF Réseau Occitanie, Marc Azaïs, a signé.")
    assert {o.name for o in record.organizations} == {"SNCF Réseau"}


def test_a_departmental_group_named_with_and_without_its_adjective(extractor):
    text = ("Groupement de gendarmerie départementale de l'Orne\n\nLe commandant du groupement de gendarmerie de "
            "l'Orne, Luc Bénard, a présenté le bilan.")
    record = extractor(text)
    assert len([o for o in record.organizations if o.name.lower().startswith("groupement")]) == 1


def test_a_grant_named_by_its_adjective(extractor):
    record = extractor("Le projet est financé par l'État via la dotation générale de décentralisation.")
    assert "dotation générale de décentralisation" in {p.name for p in record.programmes}


def test_a_short_name_in_parentheses_after_the_long_one(extractor):
    text = ("L'Agence de développement pour la Guyane (AD Guyane) accompagne 12 entreprises. Le directeur d'AD Guyane, "
            "Paul Horth, présente le programme.")
    record = extractor(text)
    agencies = [o for o in record.organizations if "Guyane" in o.name]
    assert len(agencies) == 1


def test_a_trade_fairs_name_is_no_organization(extractor):
    record = extractor("Vingt entreprises exposeront au salon Industrie Lyon du 4 au 7 avril.")
    assert not record.organizations


def test_a_towns_council_is_the_town(extractor):
    record = extractor("Mairie de Quimperlé\n\nLe conseil municipal de Quimperlé a voté le budget.")
    assert len([o for o in record.organizations if "Quimperlé" in o.name]) == 1


def test_a_letterhead_unit_and_a_communication_unit_are_no_organizations(extractor):
    text = ("PRÉFÈTE DU MORBIHAN\nDirection des libertés publiques\n\nVannes, le 3 mai 2027\n\nLa préfecture du Morbihan "
            "communique. Contact : Service de la communication interministérielle.")
    record = extractor(text)
    assert_offsets(record, text)
    names = {o.name for o in record.organizations}
    assert "Direction des libertés publiques" not in names
    assert not any("communication" in n for n in names)


def test_the_pme_refers_back_to_the_company(extractor):
    text = "Fondée en 2004 par Anne Le Gall, l'entreprise Algomer fabrique des engrais. La PME emploie 40 salariés."
    record = extractor(text)
    algomer = next(o for o in record.organizations if o.name == "Algomer")
    assert any(a.lower().endswith("pme") for a in algomer.aliases)


def test_a_cci_acronym_and_its_full_name_before_a_departement_with_an_article(extractor):
    text = ("La chambre de commerce et d'industrie de l'Aude ouvre un guichet. La CCI Aude accompagnera 200 "
            "commerçants.")
    record = extractor(text)
    assert_offsets(record, text)
    assert len([o for o in record.organizations if "Aude" in o.name]) == 1


def test_an_engineering_school_is_named_without_its_kind(extractor):
    text = ("L'école d'ingénieurs Grenoble INP - Phelma accueille 900 élèves. Le conseil d'école de Grenoble INP - Phelma "
            "a voté son budget.")
    record = extractor(text)
    assert_offsets(record, text)
    assert {o.name for o in record.organizations} == {"Grenoble INP - Phelma"}


def test_a_lower_case_laboratory_spelled_by_its_acronym(extractor):
    text = "Elle a rejoint le laboratoire de génie des procédés et matériaux (LGPM), à Gif-sur-Yvette."
    record = extractor(text)
    assert_offsets(record, text)
    lab = next(o for o in record.organizations if "LGPM" in [o.name, *o.aliases])
    assert lab.name == "laboratoire de génie des procédés et matériaux"


def test_a_class_of_establishments_is_no_organization(extractor):
    text = "Le Département finance la rénovation des établissements d'hébergement pour personnes âgées dépendantes (EHPAD)."
    record = extractor(text)
    assert not any(o.name.startswith("établissements") for o in record.organizations)


def test_a_university_number_then_its_patron(extractor):
    text = "Le projet associe le CNRS et l'université Toulouse III - Paul Sabatier, avec le soutien de la Région."
    record = extractor(text)
    assert_offsets(record, text)
    assert "université Toulouse III - Paul Sabatier" in {o.name for o in record.organizations}


def test_a_regional_centre_of_a_known_body_is_that_body(extractor):
    text = "« Ces résultats sont solides », estime Marc Olivier, président du centre INRAE Grand Est-Nancy."
    record = extractor(text)
    assert_offsets(record, text)
    assert {o.name for o in record.organizations} == {"INRAE"}


def test_a_seed_company_introduced_by_its_trade(extractor):
    text = "Deux variétés ont été développées avec le semencier Caussade Semences Group."
    record = extractor(text)
    assert "Caussade Semences Group" in {o.name for o in record.organizations}


def test_two_issuers_joined_by_a_dash_in_the_letterhead(extractor):
    text = "Communiqué\nRégion Normandie – SNCF Voyageurs\n\nLa Région Normandie et SNCF Voyageurs ajoutent six trains."
    record = extractor(text)
    assert_offsets(record, text)
    names = {o.name for o in record.organizations}
    assert "Région Normandie" in names
    assert not any("–" in n for n in names)


def test_a_mutual_insurer_named_without_a_head(extractor):
    text = "Trois entreprises mécènes ont soutenu l'achat, dont la Matmut, qui apporte 800 000 euros."
    record = extractor(text)
    assert "Matmut" in {o.name for o in record.organizations}


def test_a_congress_centre_is_a_venue(extractor):
    text = "La CCI a réuni 600 chefs d'entreprise au centre de congrès d'Angers pour ses trophées."
    record = extractor(text)
    assert not any(o.name.startswith("centre de congrès") for o in record.organizations)


def test_a_group_name_ending_with_a_head_word(extractor):
    text = ("Le groupe Union de la droite et du centre a voté contre le budget. Présidé par Marc Olivier, le groupe "
            "dénonce une hausse de 4 % des dépenses.")
    record = extractor(text)
    assert_offsets(record, text)
    assert "Union de la droite et du centre" in {o.name for o in record.organizations} | {a for o in record.organizations for a in o.aliases}


def test_a_tourist_office_of_a_town_and_its_region(extractor):
    text = "Elle était directrice marketing de l'office de tourisme de Colmar et sa région jusqu'en 2026."
    record = extractor(text)
    assert "office de tourisme de Colmar et sa région" in {o.name for o in record.organizations}


def test_a_biscuit_maker_named_after_a_saint(extractor):
    text = "Elle a passé huit ans chez Saint Michel Biscuits avant de rejoindre l'entreprise familiale."
    record = extractor(text)
    assert "Saint Michel Biscuits" in {o.name for o in record.organizations}
    assert "Saint Michel Biscuits" not in {p.name for p in record.people}


def test_a_plan_named_by_what_it_fights(extractor):
    text = "L'objectif fixé par le plan national de lutte contre les cancers est d'atteindre 80 % de vaccinés."
    record = extractor(text)
    assert_offsets(record, text)
    assert "plan national de lutte contre les cancers" in {p.name for p in record.programmes}


def test_a_plenary_assembly_is_no_organization(extractor):
    text = "Assemblée plénière : la Région Normandie adopte un plan pour la filière équine."
    record = extractor(text)
    assert "Assemblée plénière" not in {o.name for o in record.organizations}


@pytest.mark.parametrize("text,league", [
    ("Le club évolue en Ligue 2 depuis la saison dernière.", "Ligue 2"),
    ("Elle a remporté le championnat de Ligue féminine avec Bourges.", "Ligue féminine"),
    ("L'équipe jouera en Ligue Magnus la saison prochaine.", "Ligue Magnus"),
])
def test_a_league_as_a_championship_is_no_organization(extractor, text, league):
    assert league not in {o.name for o in extractor(text).organizations}


def test_a_league_as_a_body_stays_an_organization(extractor):
    text = "La Ligue contre le cancer finance trois projets de recherche à Rennes."
    assert any(o.name.startswith("Ligue contre le cancer") for o in extractor(text).organizations)


def test_a_training_unit_of_insep_is_insep(extractor):
    text = "Il entraîne au Pôle France de l'INSEP depuis 2022. Les Bleues ont gagné."
    names = {o.name for o in extractor(text).organizations}
    assert "INSEP" in names and not any(n.startswith("Pôle") or n == "Bleues" for n in names)


def test_a_firm_then_its_town_is_the_firm(extractor):
    text = "Le groupe Altémis reprend la fonderie Kessler de Molsheim, qui emploie 85 salariés."
    names = {o.name for o in extractor(text).organizations}
    assert not any("Molsheim" in n for n in names)


def test_a_departmental_council_named_only_so_is_an_organization(extractor):
    text = ("La préfète a réuni les forces de l'ordre, le Conseil départemental et les associations de victimes. "
            "Des contrôles auront lieu dans l'agglomération de Périgueux.")
    names = {o.name for o in extractor(text).organizations}
    assert "Conseil départemental" in names
    assert not any(n.startswith("agglomération") for n in names)


def test_a_gendarmerie_region_in_lower_case_is_a_body_but_not_a_region(extractor):
    text = ("Le général a pris le commandement de la région de gendarmerie de Bretagne, en présence du préfet de la "
            "région Bretagne. Il vient de la direction générale de la gendarmerie nationale.")
    names = {o.name for o in extractor(text).organizations}
    assert "région de gendarmerie de Bretagne" in names
    assert "Direction générale de la gendarmerie nationale" in names
    assert "région Bretagne" not in names


def test_serving_the_inhabitants_is_no_service(extractor):
    text = "Elle a été remerciée pour six années au service des Quimperlois."
    assert not extractor(text).organizations


def test_two_employers_after_chez(extractor):
    text = "Elle a rejoint le groupe en 2011 après avoir travaillé chez Lactalis et Bel."
    names = {o.name for o in extractor(text).organizations}
    assert {"Lactalis", "Bel"} <= names


def test_an_agencys_delegation_for_a_place_is_a_unit(extractor):
    text = ("Sophie Marty était directrice adjointe de la délégation des Pyrénées-Atlantiques de l'Agence régionale de "
            "santé Nouvelle-Aquitaine.")
    names = {o.name for o in extractor(text).organizations}
    assert not any(n.startswith("délégation") for n in names)


def test_an_agglomeration_and_its_short_name_are_one(extractor):
    text = ("La Communauté d'agglomération du Grand Dax a adopté son budget. Le Grand Dax regroupe 20 communes.")
    orgs = extractor(text).organizations
    assert [o.name for o in orgs] == ["Communauté d'agglomération du Grand Dax"]


def test_a_regional_bank_and_its_group_stay_apart(extractor):
    text = ("Le conseil d'administration de la Caisse régionale de Crédit Agricole Alpes Provence a élu son président. "
            "Le Crédit Agricole Alpes Provence est l'une des 39 caisses régionales du groupe Crédit Agricole.")
    orgs = {o.name: o for o in extractor(text).organizations}
    assert len(orgs) == 2
    assert any(n.startswith("Crédit Agricole") and len(n.split()) == 2 for n in orgs)


def test_a_name_with_and_without_its_linking_word_is_one(extractor):
    text = ("Un don pour le CHU d'Amiens-Picardie\n\nLa fondation a remis un chèque au CHU Amiens-Picardie pour l'achat "
            "d'un appareil d'IRM.")
    names = [o.name for o in extractor(text).organizations if o.name.startswith("CHU")]
    assert len(names) == 1


def test_a_known_body_and_its_institute_stay_apart(extractor):
    text = ("Le Commissariat à l'énergie atomique et aux énergies alternatives (CEA) mobilisera 25 chercheurs du CEA-Liten "
            "à Grenoble.")
    names = {o.name for o in extractor(text).organizations}
    assert {"CEA", "CEA-Liten"} <= names


def test_a_towns_hospital_is_the_hospital_the_text_names_in_full(extractor):
    text = ("Le centre hospitalier René-Pleven de Dinan rejoint une direction commune. Le directeur adjoint de l'hôpital de "
            "Dinan est nommé directeur délégué.")
    names = [o.name for o in extractor(text).organizations]
    assert names == ["centre hospitalier René-Pleven de Dinan"]


def test_an_acronym_in_parentheses_closes_a_name_ending_in_an_adjective(extractor):
    text = "Il enseigne depuis dix ans à l'École nationale supérieure de Sécurité sociale (EN3S), à Saint-Étienne."
    names = {o.name for o in extractor(text).organizations}
    assert "École nationale supérieure de Sécurité sociale" in names


def test_a_caf_written_as_a_word_and_its_full_name_are_one(extractor):
    text = ("Marc Dubois dirige la Caisse d'allocations familiales du Gard. La Caf du Gard verse 500 millions d'euros "
            "de prestations par an.")
    record = extractor(text)
    assert_offsets(record, text)
    cafs = [o for o in record.organizations if "Gard" in o.name]
    assert len(cafs) == 1 and "Caf du Gard" in {cafs[0].name, *cafs[0].aliases}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le 3e régiment de parachutistes d'infanterie de marine a défilé à Carcassonne.", "3e régiment de parachutistes d'infanterie de marine"),
        ("La 27e brigade d'infanterie de montagne rassemble ses chasseurs alpins à Varces.", "27e brigade d'infanterie de montagne"),
        ("Il a servi au 13e bataillon de chasseurs alpins avant de rejoindre Paris.", "13e bataillon de chasseurs alpins"),
    ],
)
def test_numbered_military_units_are_organizations(extractor, text, name):
    assert name in {o.name for o in extractor(text).organizations}


def test_a_military_unit_stops_before_a_verb_the_tagger_calls_an_adjective(extractor):
    text = "Le 126e régiment d'infanterie change de chef de corps"
    assert "126e régiment d'infanterie" in {o.name for o in extractor(text).organizations}


def test_the_order_of_lawyers_is_its_barreau(extractor):
    text = ("Le barreau de Rennes a désigné son bâtonnier. Me Yann Le Bihan, élu bâtonnier de l'ordre des avocats, "
            "prendra ses fonctions en janvier.")
    record = extractor(text)
    assert [o.name for o in record.organizations] == ["barreau de Rennes"]
    (role,) = next(p for p in record.people if p.name == "Yann Le Bihan").roles
    assert role.organization == "barreau de Rennes"


def test_public_order_is_no_professional_order(extractor):
    text = ("L'association Solidarité Cévennes a été reçue par le préfet. Les gendarmes veilleront au maintien de "
            "l'ordre public pendant la manifestation.")
    record = extractor(text)
    association = next(o for o in record.organizations if o.name == "Solidarité Cévennes")
    assert all("ordre" not in m.text for m in association.mentions)


def test_a_group_and_its_companys_legal_name_are_one(extractor):
    text = ("Groupe Bellmont : chiffre d'affaires en hausse\nLe conseil d'administration de Bellmont Industries SA a "
            "arrêté les comptes. Le groupe emploie 900 personnes.")
    companies = [o for o in extractor(text).organizations if "Bellmont" in o.name]
    assert len(companies) == 1
    assert {"Groupe Bellmont", "Bellmont Industries SA"} <= {companies[0].name, *companies[0].aliases}


def test_the_plural_of_a_known_programme_is_that_programme(extractor):
    text = "La mission locale a signé 450 contrats d'engagement jeune (CEJ) cette année ; le CEJ séduit."
    programmes = extractor(text).programmes
    assert len(programmes) == 1
    assert {"contrats d'engagement jeune", "CEJ"} <= {programmes[0].name, *programmes[0].aliases}


def test_a_name_opening_with_common_words_before_its_apposition(extractor):
    text = ("Nantes, le 3 mars – Territoire d'énergie Loire, le syndicat départemental d'électricité, a élu son "
            "président. Le syndicat investira 20 millions d'euros.")
    names = {o.name for o in extractor(text).organizations}
    assert "Territoire d'énergie Loire" in names and "Loire" not in names


def test_one_body_over_two_regions_joined_by_a_dash(extractor):
    text = "La directrice de l'Établissement français du sang Bretagne – Pays de la Loire, Anne Morvan, lance un appel."
    names = {o.name for o in extractor(text).organizations}
    assert "Établissement français du sang Bretagne – Pays de la Loire" in names


def test_an_association_named_by_its_purpose_and_its_town(extractor):
    text = "La collecte est organisée avec l'association pour le don de sang bénévole de Vannes, présidée par Anne Le Roux."
    record = extractor(text)
    assert "association pour le don de sang bénévole de Vannes" in {o.name for o in record.organizations}


def test_another_court_of_the_same_head_is_its_own_body(extractor):
    text = ("Le tribunal de commerce de Lorient a tenu son audience, en présence du président du tribunal judiciaire, "
            "Marc Tanguy. Le tribunal de commerce compte 20 juges.")
    record = extractor(text)
    names = {o.name for o in record.organizations}
    assert "tribunal judiciaire" in names
    marc = next(p for p in record.people if p.name == "Marc Tanguy")
    assert [r.organization for r in marc.roles] == ["tribunal judiciaire"]


def test_an_institutions_name_inside_a_persons_name_is_the_person(extractor):
    text = "Le secrétaire général de la préfecture de l'Orne, Julien Matignon, a accueilli la sous-préfète."
    record = extractor(text)
    assert "Matignon" not in {o.name for o in record.organizations}
    assert "Julien Matignon" in {p.name for p in record.people}


def test_a_service_of_a_named_body_is_that_body(extractor):
    text = "Elle a dirigé le service urbanisme de Rennes Métropole avant de rejoindre l'agence."
    names = {o.name for o in extractor(text).organizations}
    assert "Rennes Métropole" in names and not any(n.startswith("service") for n in names)


def test_an_intercommunality_named_with_et(extractor):
    text = "Le projet est porté par la communauté de communes Erdre et Gesvres et par la Région."
    assert "communauté de communes Erdre et Gesvres" in {o.name for o in extractor(text).organizations}


def test_funders_listed_beside_a_known_body(extractor):
    text = "L'étude est financée par la Carène, Cap Atlantique et la communauté de communes du Pays de Redon."
    names = {o.name for o in extractor(text).organizations}
    assert {"Carène", "Cap Atlantique"} <= names


def test_a_list_that_does_not_close_with_et_names_no_funder(extractor):
    text = "Organisé avec Rennes Métropole, le Forum des métiers se tiendra le 18 novembre."
    assert "Forum des métiers" not in {o.name for o in extractor(text).organizations}


def test_a_mixed_case_acronym_with_an_elided_de(extractor):
    text = ("L'Agence d'urbanisme de la région nazairienne (Addrn) publie son rapport. L'Addrn, présidée par Marc "
            "Olivier, compte 32 salariés.")
    record = extractor(text)
    agency = next(o for o in record.organizations if o.name.startswith("Agence d'urbanisme"))
    assert "Addrn" in agency.aliases


def test_a_headings_topic_is_no_company(extractor):
    text = "Transports scolaires : la Région double le tarif\nLa Région Occitanie a voté la hausse."
    assert "Transports scolaires" not in {o.name for o in extractor(text).organizations}


def test_zoos_are_bodies(extractor):
    text = "Julien Morel, directeur du parc zoologique de Champrépus, a visité le zoo de La Flèche."
    names = {o.name for o in extractor(text).organizations}
    assert {"parc zoologique de Champrépus", "zoo de La Flèche"} <= names


def test_a_union_s_regional_body_in_lower_case(extractor):
    text = "Il rejoint l'union régionale CFDT Bretagne comme secrétaire régional adjoint."
    assert "union régionale CFDT Bretagne" in {o.name for o in extractor(text).organizations}


def test_a_name_with_et_that_its_acronym_closes(extractor):
    text = "Il a travaillé pour l'Association européenne des zoos et aquariums (EAZA) à Amsterdam."
    assert "Association européenne des zoos et aquariums" in {o.name for o in extractor(text).organizations}


def test_a_local_plan_named_with_its_territory_after_its_acronym_is_no_body(extractor):
    text = ("Le PLIE du Pays de Brest publie son bilan. Le plan local pour l'insertion et l'emploi (PLIE) du Pays de "
            "Brest a accompagné 400 personnes. La coordinatrice du PLIE, Anne Le Roux, est satisfaite.")
    record = extractor(text)
    assert "PLIE" not in {o.name for o in record.organizations}
    (plan,) = record.programmes
    assert "plan local pour l'insertion et l'emploi du Pays de Brest" in {plan.name, *plan.aliases}


def test_a_common_noun_name_stops_before_a_verb(extractor):
    text = "Le pôle de compétitivité Valorial élit un nouveau président\nValorial fédère 330 adhérents."
    assert "Valorial" in {o.name for o in extractor(text).organizations}


def test_a_headings_unit_after_the_dash_is_no_body(extractor):
    text = ("Office national des forêts – Agence Landes Nord-Aquitaine\nMathieu Morel a pris la direction de l'agence "
            "territoriale Landes Nord-Aquitaine de l'Office national des forêts (ONF).")
    record = extractor(text)
    names = {o.name for o in record.organizations}
    assert names == {"Office national des forêts"}
    (role,) = next(p for p in record.people if p.name == "Mathieu Morel").roles
    assert role.organization == "Office national des forêts"


def test_a_departments_acronym_is_no_body(extractor):
    text = ("Il était chef du département Génie mécanique et productique (GMP) de l'Institut universitaire de "
            "technologie de Brest.")
    record = extractor(text)
    assert "GMP" not in {o.name for o in record.organizations}
    assert not any(o.name.startswith("Génie") for o in record.organizations)


def test_a_known_name_then_the_area_its_branch_covers(extractor):
    text = "Étienne Morel, directeur régional de la Banque de France pour le Grand Est, présente l'enquête."
    record = extractor(text)
    assert {o.name for o in record.organizations} == {"Banque de France"}


def test_a_headings_direction_after_a_known_name_and_a_dash(extractor):
    text = "Banque de France – Direction régionale Bretagne\nL'enquête de la Banque de France paraît."
    assert {o.name for o in extractor(text).organizations} == {"Banque de France"}


def test_a_capitalized_name_stops_before_a_verb_and_its_number(extractor):
    text = "Le Conseil de développement de Nantes Métropole a une présidente. Le Conseil de développement réunit 180 membres."
    assert not any(o.name.endswith("réunit") for o in extractor(text).organizations)


def test_an_aircraft_model_is_not_its_maker(extractor):
    text = "La ligne sera opérée en ATR 72 de 70 places par Chalair Aviation."
    assert "ATR" not in {o.name for o in extractor(text).organizations}


def test_a_wine_estate_in_lower_case(extractor):
    text = "Dans la catégorie des vins, le domaine du Cros, à Marcillac, a obtenu deux médailles d'or. Dans le domaine de la santé, rien."
    names = {o.name for o in extractor(text).organizations}
    assert "domaine du Cros" in names and not any("santé" in n for n in names)


def test_a_laboratory_in_lower_case_whose_acronym_skips_its_head(extractor):
    text = ("La thèse a été préparée au laboratoire des sciences de l'ingénieur appliquées à la mécanique et au génie "
            "électrique (SIAME), à Pau.")
    names = {o.name for o in extractor(text).organizations}
    assert "laboratoire des sciences de l'ingénieur appliquées à la mécanique et au génie électrique" in names


def test_a_fronted_participle_ending_on_a_place_is_no_programme(extractor):
    text = ("Une équipe a fouillé le site. Prescrite par la direction régionale des affaires culturelles (Drac) de "
            "Bretagne, l'opération a débuté en mai.")
    record = extractor(text)
    assert record.programmes == []
    assert {o.name for o in record.organizations} == {"direction régionale des affaires culturelles de Bretagne"}


def test_an_apposition_still_names_a_programme(extractor):
    text = "La Région lance Sols Vivants, un programme de recherche sur les sols agricoles."
    assert [p.name for p in extractor(text).programmes] == ["Sols Vivants"]


def test_a_capitalized_common_noun_keeps_its_adjective_in_a_name(extractor):
    text = "Diplômé de l'École nationale supérieure de Sécurité sociale, il a rejoint la caisse en 2019."
    names = {o.name for o in extractor(text).organizations}
    assert "École nationale supérieure de Sécurité sociale" in names


def test_a_directional_adjective_after_a_place_stays_in_a_name(extractor):
    text = "L'université de Bretagne occidentale et l'agence de Lyon active recrutent."
    names = {o.name for o in extractor(text).organizations}
    assert "université de Bretagne occidentale" in names


def test_a_centre_of_a_known_national_body_is_a_site(extractor):
    text = "Le mobilier sera étudié au centre de recherches archéologiques de l'Inrap à Passy."
    assert {o.name for o in extractor(text).organizations} == {"Inrap"}


def test_a_fronted_description_with_a_participle_is_no_name(extractor):
    text = ("À propos\nÉtablissement public placé sous la tutelle du ministère de la Transition écologique, VNF gère "
            "6 700 km de voies.")
    names = {o.name for o in extractor(text).organizations}
    assert not any(n.startswith("Établissement") for n in names)
    assert "ministère de la Transition écologique" in names


def test_a_club_name_the_model_half_takes_for_a_person(extractor):
    text = "HANDBALL – Le Chambray Sud Touraine Handball présente son staff pour la saison.\nLe club compte 410 licenciés."
    names = {o.name for o in extractor(text).organizations}
    assert names == {"Chambray Sud Touraine Handball"}


def test_a_capitalized_acronym_before_a_dash_is_still_a_body(extractor):
    text = "TRIVALIS – Le syndicat lance la collecte des biodéchets en janvier."
    assert "TRIVALIS" in {o.name for o in extractor(text).organizations}


def test_a_company_suffix_beats_a_persons_reading(extractor):
    text = "Romain Charrier arrive de Lacroix Électronique, où il était responsable de la production."
    record = extractor(text)
    assert [o.name for o in record.organizations] == ["Lacroix Électronique"]
    assert [p.name for p in record.people] == ["Romain Charrier"]


def test_a_bodys_territory_never_runs_past_a_line_break(extractor):
    text = "Union départementale CFDT du Finistère\n\nLes délégués de l'Union départementale CFDT du Finistère ont voté."
    record = extractor(text)
    assert all("\n" not in m.text for o in record.organizations for m in o.mentions)
    assert {o.name for o in record.organizations} == {"Union départementale CFDT du Finistère"}


def test_a_state_service_named_by_its_field_alone(extractor):
    text = ("Le groupement de gendarmerie et la direction départementale de la sécurité publique présentent leur bilan. "
            "La direction générale des services de la Ville a répondu.")
    names = {o.name for o in extractor(text).organizations}
    assert "direction départementale de la sécurité publique" in names
    assert not any(n.startswith("direction générale") for n in names)


def test_a_consultancy_named_like_a_person_with_conseil(extractor):
    text = "L'opération a été conseillée par le cabinet Fidal pour le vendeur et par Lamartine Conseil pour l'acquéreur."
    names = {o.name for o in extractor(text).organizations}
    assert names == {"Fidal", "Lamartine Conseil"}


def test_a_hospital_named_at_the_end_of_its_endowment_funds_name(extractor):
    text = ("Le fonds de dotation du CHU de Nantes a reçu un don. La directrice générale du CHU, Christine Le Floch, "
            "a remercié la fondation.")
    record = extractor(text)
    names = {o.name for o in record.organizations}
    assert {"fonds de dotation du CHU de Nantes", "CHU de Nantes"} <= names
    people = {p.name: [(r.title, r.organization) for r in p.roles] for p in record.people}
    assert people["Christine Le Floch"] == [("directrice générale", "CHU de Nantes")]


def test_a_museum_named_after_a_movement_holds_no_other_body(extractor):
    text = "Le musée de l'École de Nancy reçoit un don. Le musée de l'École de Nancy expose des meubles."
    names = {o.name for o in extractor(text).organizations}
    assert "École de Nancy" not in names


def test_a_clubs_name_ends_with_its_towns_adjective(extractor):
    text = "Le Rugby Club vannetais annonce la démission de son président, Jean-Noël Rivalan, pour des raisons de santé."
    record = extractor(text)
    assert [o.name for o in record.organizations] == ["Rugby Club vannetais"]


def test_a_verb_after_a_clubs_name_is_not_its_adjective(extractor):
    text = "RUGBY – Le président du RC Vannes démissionne, Loïc Le Gall assure l'intérim\n\nLe RC Vannes compte 420 licenciés."
    names = {o.name for o in extractor(text).organizations}
    assert not any("démissionne" in n for n in names)


def test_a_prenominal_adjective_inside_a_festivals_name(extractor):
    text = "Programmatrice au Festival international du court métrage de Clermont-Ferrand depuis 2019, Sarah Benhamida arrive."
    names = {o.name for o in extractor(text).organizations}
    assert names == {"Festival international du court métrage de Clermont-Ferrand"}


def test_an_officials_acronym_in_parentheses_is_no_body(extractor):
    text = "Il a été installé dans ses fonctions de directeur académique des services de l'Éducation nationale (Dasen) de l'Orne."
    assert "Dasen" not in {o.name for o in extractor(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Kyneris, société de biotechnologie issue du Centre de recherche en cancérologie de Lyon, lève 14 millions d'euros.",
     "Centre de recherche en cancérologie de Lyon"),
    ("Elle a travaillé à l'Institut de formation en soins infirmiers de Vannes.", "Institut de formation en soins infirmiers de Vannes"),
])
def test_a_research_centre_named_with_its_field(extractor, text, name):
    assert name in {o.name for o in extractor(text).organizations}


def test_a_name_with_commas_that_its_acronym_spells(extractor):
    text = "Elle a rejoint la direction générale des infrastructures, des transports et des mobilités (DGITM) en décembre."
    orgs = extractor(text).organizations
    # (the gazetteer writes the name with its capital, as a heading would)
    assert [(o.name.lower(), o.aliases) for o in orgs] == [("direction générale des infrastructures, des transports et des mobilités", ["DGITM"])]


def test_the_syndicate_that_runs_a_park_is_the_park(extractor):
    text = ("Le Parc naturel régional des Grands Causses renouvelle sa charte. « Cette charte est collective », souligne "
            "Christiane Auriol, présidente du syndicat mixte du Parc.")
    record = extractor(text)
    assert [o.name for o in record.organizations] == ["Parc naturel régional des Grands Causses"]


def test_a_labels_name_ends_before_the_body_that_awards_it(extractor):
    text = "La start-up a reçu en 2024 le label Deeptech de Bpifrance."
    assert [p.name for p in extractor(text).programmes] == ["label Deeptech"]


@pytest.mark.parametrize("text, name", [
    ("Erwan Le Goff présidait le district de football d'Ille-et-Vilaine depuis 2016.", "district de football d'Ille-et-Vilaine"),
    ("Il a joué à l'ES Blois avant de rejoindre le club.", "ES Blois"),
    ("Il a présidé le club de l'US Saint-Malo de 2005 à 2012.", "US Saint-Malo"),
])
def test_sports_bodies_the_model_misses(extractor, text, name):
    assert name in {o.name for o in extractor(text).organizations}


def test_a_swimming_centre_of_a_town_is_a_facility(extractor):
    text = "Laval Agglomération financera le nouveau centre aquatique de Saint-Berthevin (12,5 millions d'euros)."
    assert {o.name for o in extractor(text).organizations} == {"Laval Agglomération"}


@pytest.mark.parametrize("text, name", [
    ("Elle a auparavant dirigé la faculté de droit, économie et sciences sociales de 2014 à 2019.", "faculté de droit, économie et sciences sociales"),
    ("Le musée fait partie de la Réunion des musées métropolitains Rouen Normandie, dirigée par Sylvie Carpentier-Nau.",
     "Réunion des musées métropolitains Rouen Normandie"),
])
def test_bodies_named_by_lists_and_networks(extractor, text, name):
    assert name in {o.name for o in extractor(text).organizations}


def test_a_hyphenated_place_in_a_title_is_no_body(extractor):
    text = "Directrice du réseau Côtes-d'Armor depuis 2022, Nolwenn Guillou-Prigent change de poste."
    assert "Armor" not in {o.name for o in extractor(text).organizations}


def test_a_delegation_named_by_its_territory_is_a_unit(extractor):
    text = "Le CNRS a nommé sa déléguée. La délégation Bretagne et Pays de la Loire accompagne 74 unités de recherche."
    assert {o.name for o in extractor(text).organizations} == {"CNRS"}


def test_a_name_set_between_commas_before_presided_by(extractor):
    text = ("Le jury associe la Banque des Territoires et le réseau régional des tiers-lieux, Grand Est Tiers-Lieux, présidé par "
            "Damien Kieffer. La Région Bretagne, présidée par Anne Le Guen, finance.")
    record = extractor(text)
    names = {o.name for o in record.organizations}
    assert "Grand Est Tiers-Lieux" in names and "Bretagne" not in names
    assert [(r.title, r.organization) for p in record.people if p.name == "Damien Kieffer" for r in p.roles] == [("président", "Grand Est Tiers-Lieux")]


def test_the_council_of_an_intercommunality_is_that_body(extractor):
    text = "L'office de tourisme a présenté jeudi son bilan devant le conseil de Morlaix Communauté."
    names = {o.name for o in extractor(text).organizations}
    assert "Morlaix Communauté" in names and not any(n.startswith("conseil") for n in names)


def test_the_companies_a_grouping_is_formed_of(extractor):
    text = "Les travaux ont été confiés au groupement formé par Sade et Hydrotech Ouest."
    record = extractor(text)
    assert {o.name for o in record.organizations} >= {"Sade", "Hydrotech Ouest"}
    assert record.people == []


@pytest.mark.parametrize("text, name", [
    ("Elle était directrice de la communauté d'agglomération de la Presqu'île de Guérande Atlantique (Cap Atlantique).",
     "communauté d'agglomération de la Presqu'île de Guérande Atlantique"),
])
def test_a_name_split_at_an_apostrophe(extractor, text, name):
    assert name in {o.name for o in extractor(text).organizations}


def test_a_service_of_a_body_is_no_body(extractor):
    text = "Elle a auparavant dirigé le service des finances de la Ville de Lorient."
    assert {o.name for o in extractor(text).organizations} == {"Ville de Lorient"}


def test_a_trade_before_a_name_is_no_company(extractor):
    text = ("Le chef d'entreprise Raphaël Cazeneuve-Pujol élu président de la CCI Toulouse Haute-Garonne\n\nL'assemblée générale "
            "a élu mardi Raphaël Cazeneuve-Pujol à sa présidence.")
    record = extractor(text)
    assert [p.name for p in record.people] == ["Raphaël Cazeneuve-Pujol"]
    assert "Raphaël Cazeneuve-Pujol" not in {o.name for o in record.organizations}


def test_a_plan_named_with_and_without_its_scope_is_one(extractor):
    text = ("Le Département de la Manche adopte son plan routier 2027-2032\n\nLes élus ont adopté le plan routier départemental 2027-2032, "
            "doté de 210 millions d'euros.")
    assert len(extractor(text).programmes) == 1


def test_a_metropolis_council_is_the_metropolis(extractor):
    text = "Le conseil de métropole de Montpellier Méditerranée Métropole a voté jeudi un abonnement unique de stationnement."
    assert {o.name for o in extractor(text).organizations} == {"Montpellier Méditerranée Métropole"}


def test_a_body_s_leadership_is_no_service(extractor):
    text = "Le conseil d'administration a nommé Sylvie Arnaud à la direction de la Scène nationale d'Albi."
    assert not any(o.name.startswith("direction") for o in extractor(text).organizations)


def test_a_state_directorate_stays_a_body(extractor):
    text = "Le projet est soutenu par la direction régionale des affaires culturelles de Bretagne."
    assert {o.name for o in extractor(text).organizations} == {"direction régionale des affaires culturelles de Bretagne"}


def test_a_cooperative_named_by_two_words_and_et(extractor):
    text = "La coopérative laitière Monts et Vallons, qui réunit 300 éleveurs, investit dans une nouvelle tour de séchage."
    assert "Monts et Vallons" in {o.name for o in extractor(text).organizations}


def test_two_companies_between_entre_are_two(extractor):
    text = "L'accord signé entre la société Lumivia et Kortex, qui restent indépendantes, prévoit un partage de brevets."
    assert "Lumivia et Kortex" not in {o.name for o in extractor(text).organizations}


@pytest.mark.parametrize("written, name", [("Ademe", "ADEME"), ("Inrae", "INRAE")])
def test_a_known_acronym_written_in_title_case(extractor, written, name):
    text = f"Le projet reçoit une aide de l'{written}, qui le suit depuis 2024."
    assert name in {o.name for o in extractor(text).organizations}


def test_a_plan_named_with_two_coordinated_complements(extractor):
    text = "Ces lits sont financés par le plan national de développement des soins palliatifs et de l'accompagnement de la fin de vie."
    names = {p.name for p in extractor(text).programmes}
    assert names == {"plan national de développement des soins palliatifs et de l'accompagnement de la fin de vie"}


def test_a_mission_in_a_title_is_no_programme(extractor):
    text = "Yann Le Goff devient chargé de mission Littoral à la direction départementale des territoires et de la mer."
    assert [p.name for p in extractor(text).programmes] == []


@pytest.mark.parametrize("text, name", [
    ("Elle était chargée d'opérations à l'établissement public foncier de Bretagne.", "établissement public foncier de Bretagne"),
    ("Le projet associe les Archives nationales du monde du travail, à Roubaix.", "Archives nationales du monde du travail"),
])
def test_bodies_named_in_lower_case_after_their_kind(extractor, text, name):
    assert name in {o.name for o in extractor(text).organizations}


def test_an_establishment_of_a_town_is_no_body(extractor):
    text = "La direction commune réunit l'hôpital de Dinan et l'établissement de Verdun-sur-Garonne."
    assert not any(o.name.startswith("établissement") for o in extractor(text).organizations)


def test_a_call_s_edition_is_named_with_its_year(extractor):
    text = "Trois projets ont été retenus dans le cadre de l'appel à projets générique 2026 de l'Agence nationale de la recherche."
    assert [p.name for p in extractor(text).programmes] == ["appel à projets générique 2026"]


def test_a_grant_named_by_whom_it_is_for(extractor):
    text = "La prime départementale s'ajoute à la dotation jeunes agriculteurs versée par l'État."
    assert "dotation jeunes agriculteurs" in {p.name for p in extractor(text).programmes}


def test_a_regional_station_of_a_public_broadcaster(extractor):
    text = "Elle a travaillé dix ans à France 3 Nouvelle-Aquitaine avant de rejoindre le quotidien."
    assert "France 3 Nouvelle-Aquitaine" in {o.name for o in extractor(text).organizations}


def test_a_company_described_before_its_name_is_one_record(extractor):
    text = "La société de biotechnologie nantaise Genovea lève 12 millions d'euros. Genovea recrute."
    assert [o.name for o in extractor(text).organizations] == ["Genovea"]


def test_a_society_of_friends_stays_a_body(extractor):
    text = "La société des Amis du musée de Bretagne offre une toile au musée."
    assert "société des Amis du musée de Bretagne" in {o.name for o in extractor(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Elle a travaillé au musée d'Art moderne et contemporain de Saint-Étienne Métropole.", "musée d'Art moderne et contemporain de Saint-Étienne Métropole"),
    ("Le syndicat énergies Haute-Vienne (SEHV) cofinance les travaux.", "syndicat énergies Haute-Vienne"),
])
def test_descriptive_names_of_bodies(extractor, text, name):
    assert name in {o.name for o in extractor(text).organizations}


def test_a_body_s_name_ends_before_the_people_coordinated_with_it(extractor):
    text = "Le jury réunit la direction régionale des affaires culturelles et des personnalités du monde de l'art."
    assert {o.name for o in extractor(text).organizations} == {"direction régionale des affaires culturelles"}


def test_an_endowed_fund_is_named_without_its_participle(extractor):
    text = "La Ville a créé un fonds d'indemnisation doté de 300 000 euros pour les commerçants."
    assert [p.name for p in extractor(text).programmes] == ["fonds d'indemnisation"]


def test_a_body_before_an_apposed_convention_is_no_programme(extractor):
    text = "Ils signeront lundi à l'hôtel du Département, une convention de partenariat pour trois ans."
    assert [p.name for p in extractor(text).programmes] == []


@pytest.mark.parametrize("text, name", [
    ("Le directeur du service départemental d'incendie et de secours (SDIS 29) était présent.", "service départemental d'incendie et de secours"),
    ("Le club a reçu l'Amicale cycliste de Landerneau.", "Amicale cycliste de Landerneau"),
])
def test_more_bodies(extractor, text, name):
    assert name in {o.name for o in extractor(text).organizations}


def test_a_town_and_its_intercommunality_coordinated(extractor):
    text = "Le projet reçoit le soutien de la Ville de Lannion et de Lannion-Trégor Communauté."
    assert {o.name for o in extractor(text).organizations} == {"Ville de Lannion", "Lannion-Trégor Communauté"}


def test_en_mairie_is_a_place(extractor):
    text = "Le commissaire enquêteur tiendra quatre permanences en mairie de Varennes."
    assert [o.name for o in extractor(text).organizations] == []


def test_a_legal_form_s_acronym_before_the_name(extractor):
    text = "Le cinéma est repris par la société coopérative d'intérêt collectif (SCIC) Toiles du Trégor, qui gère deux salles."
    assert [o.name for o in extractor(text).organizations] == ["Toiles du Trégor"]


def test_a_named_cinema_and_its_town(extractor):
    text = "Le cinéma Le Rex de Saint-Flour rouvrira en octobre après des travaux."
    assert [o.name for o in extractor(text).organizations] == ["Le Rex"]


def test_a_call_s_name_ends_before_its_agency_in_title_case(extractor):
    text = "Le programme est soutenu par l'appel à projets Écosystèmes territoriaux hydrogène de l'Ademe."
    record = extractor(text)
    assert [p.name for p in record.programmes] == ["appel à projets Écosystèmes territoriaux hydrogène"]
    assert [o.name for o in record.organizations] == ["ADEME"]


def test_a_subsidiary_named_between_commas_is_another_company(extractor):
    text = ("La fromagerie Montcalm rachète la laiterie Sainte-Claire. La production passera dans une filiale, "
            "Montcalm Affinage, dont la direction a été confiée à Lucie Bernardet. La fromagerie emploie 80 personnes.")
    record = extractor(text)
    names = {o.name for o in record.organizations}
    assert {"Montcalm", "Montcalm Affinage"} <= names
    people = {p.name: [(r.title, r.organization) for r in p.roles] for p in record.people}
    assert people["Lucie Bernardet"] == [("directrice", "Montcalm Affinage")]


def test_a_person_between_commas_after_a_definite_noun_is_no_company(extractor):
    text = "Le directeur de la filiale, Bastien Leroux, a présenté les comptes."
    assert [o.name for o in extractor(text).organizations] == []


@pytest.mark.parametrize("text, name", [
    ("Les élèves du collège Pierre et Marie Curie de Niort exposent leurs maquettes.", "collège Pierre et Marie Curie"),
    ("Le conseil d'administration de l'Université Marie et Louis Pasteur a voté le budget.", "Université Marie et Louis Pasteur"),
])
def test_a_school_named_after_two_people(extractor, text, name):
    record = extractor(text)
    assert name in {o.name for o in record.organizations}
    assert record.people == []


def test_a_town_and_a_person_are_not_one_body(extractor):
    record = extractor("La Région Bretagne et Gaëlle Morvan saluent la décision.")
    assert [o.name for o in record.organizations] == ["Région Bretagne"]
    assert [p.name for p in record.people] == ["Gaëlle Morvan"]


def test_the_museum_is_not_the_school_named_before(extractor):
    record = extractor("Les classes du lycée Jean-Macé de Rennes ont visité le musée la semaine dernière.")
    (school,) = [o for o in record.organizations if o.name.startswith("lycée")]
    assert "musée" not in school.aliases


def test_an_institute_s_acronym_alone_refers_to_it(extractor):
    text = "L'Institut LIRMM recrute. Avec ses 400 membres, LIRMM est le premier laboratoire du site."
    (org,) = extractor(text).organizations
    assert len(org.mentions) == 2


def test_a_club_noun_then_its_town_s_adjective(extractor):
    text = "Elle jouait la saison passée au Lons Section paloise, en Élite 1."
    assert "Lons Section paloise" in {o.name for o in extractor(text).organizations}


def test_a_lower_case_grand_port_maritime(extractor):
    text = "Le grand port maritime de Dunkerque a présenté ses résultats mardi."
    assert [o.name for o in extractor(text).organizations] == ["grand port maritime de Dunkerque"]


def test_a_ranking_in_a_network_names_no_body(extractor):
    text = "La Caisse régionale Normandie Seine devient la troisième Caisse régionale de France par ses encours."
    assert [o.name for o in extractor(text).organizations] == ["Caisse régionale Normandie Seine"]


def test_the_merged_body_is_the_new_one(extractor):
    text = ("La Mutuelle des Vosges et la Mutuelle Lorraine Santé fusionnent. La nouvelle mutuelle, baptisée Mutuelle Grand Est Solidaire, "
            "ouvrira en janvier. La Mutuelle des Vosges garde son siège. L'entité fusionnée comptera 90 salariés.")
    record = extractor(text)
    (new,) = [o for o in record.organizations if o.name == "Mutuelle Grand Est Solidaire"]
    assert any(m.text == "entité" for m in new.mentions)


def test_a_national_seed_fund_by_its_full_name(extractor):
    text = "La start-up lève 3 M€ auprès de Bpifrance, au travers du fonds French Tech Seed."
    assert [p.name for p in extractor(text).programmes] == ["French Tech Seed"]


def test_a_subject_taught_is_no_theatre(extractor):
    text = "Les élèves de l'option théâtre du lycée Jean-Moulin joueront en mai."
    assert [o.name for o in extractor(text).organizations] == ["lycée Jean-Moulin"]


def test_a_geographic_name_with_its_adjective(extractor):
    text = "Le parc naturel régional du Vexin français et la communauté de communes du Bocage mayennais signent une charte."
    names = {o.name for o in extractor(text).organizations}
    assert {"parc naturel régional du Vexin français", "communauté de communes du Bocage mayennais"} <= names


def test_an_agglomeration_s_short_name_is_the_same_body(extractor):
    text = "La communauté d'agglomération du Choletais lance un appel. La vice-présidente de l'Agglo du Choletais, Anne Morin, financera 12 projets."
    (org,) = extractor(text).organizations
    assert org.name == "communauté d'agglomération du Choletais"
    assert "Agglo du Choletais" in org.aliases


def test_a_firm_s_name_takes_no_lower_case_words(extractor):
    text = "Le service sera assuré par la société Transports Bodin pour les autres usagers."
    assert [o.name for o in extractor(text).organizations] == ["Transports Bodin"]


def test_a_body_named_for_two_fields(extractor):
    text = "La Fédération du Morbihan pour la pêche et la protection du milieu aquatique a voté son budget."
    assert [o.name for o in extractor(text).organizations] == ["Fédération du Morbihan pour la pêche et la protection du milieu aquatique"]


@pytest.mark.parametrize("text, name", [
    ("L'association Lecture et Partage du Pays de Retz ouvre une bibliothèque de rue.", "Lecture et Partage du Pays de Retz"),
    ("La Fondation Soin et Avenir gère trois maisons d'accueil spécialisées dans la Sarthe.", "Fondation Soin et Avenir"),
])
def test_an_association_s_name_of_two_words_joined_by_et(extractor, text, name):
    record = extractor(text)
    assert_offsets(record, text)
    assert name in [o.name for o in record.organizations]


def test_a_foundation_and_another_body_stay_two(extractor):
    text = "Le projet est soutenu par la Fondation Crédit Agricole et Bpifrance."
    names = [o.name for o in extractor(text).organizations]
    assert "Bpifrance" in names and not any(" et " in n for n in names)


def test_a_newspaper_named_after_its_common_noun_and_its_anaphor(extractor):
    text = "L'hebdomadaire Le Réveil du Lot-et-Garonne change de formule. Le journal paraîtra désormais le jeudi."
    record = extractor(text)
    assert_offsets(record, text)
    (paper,) = [o for o in record.organizations if o.name == "Le Réveil du Lot-et-Garonne"]
    assert paper.kind == "company" and len(paper.mentions) == 2


def test_a_branch_named_by_its_town_is_no_organization(extractor):
    text = "La banque Crédit Mutuel de Bretagne ferme l'agence de Pontivy le 30 juin ; le directeur de l'agence de Pontivy rejoindra Lorient."
    names = [o.name for o in extractor(text).organizations]
    assert not any(n.lower().startswith("agence") for n in names)


def test_a_head_adjective_and_name_is_the_fuller_name_s_short_form(extractor):
    text = ("La Caisse régionale de crédit mutuel agricole Loire-Océan publie ses comptes. "
            "La Caisse régionale Loire-Océan compte 900 000 clients.")
    record = extractor(text)
    assert_offsets(record, text)
    (caisse,) = [o for o in record.organizations if o.name.startswith("Caisse régionale")]
    assert caisse.name == "Caisse régionale de crédit mutuel agricole Loire-Océan" and len(caisse.mentions) == 2


def test_two_universities_of_one_town_stay_two(extractor):
    text = "L'Université de technologie de Compiègne et l'Université de Compiègne signent une convention."
    names = {o.name for o in extractor(text).organizations}
    assert len([n for n in names if n.startswith("Université")]) == 2


def test_an_opposition_group_named_in_quotation_marks(extractor):
    text = "Au nom du groupe d'opposition « Vivre à Lunéville », Karim Haddou a voté contre le budget."
    record = extractor(text)
    assert_offsets(record, text)
    assert "Vivre à Lunéville" in [o.name for o in record.organizations]


def test_a_programme_s_shorter_form_written_after_it(extractor):
    text = ("La chercheuse a obtenu une bourse ERC Consolidator Grant. "
            "La deuxième bourse ERC obtenue par l'équipe date de 2021.")
    record = extractor(text)
    assert_offsets(record, text)
    assert len(record.programmes) == 1 and len(record.programmes[0].mentions) == 2


def test_r_and_d_is_a_field_not_an_organization(extractor):
    text = "La PME consacre 12 % de son chiffre d'affaires à la R&D et emploie 30 ingénieurs en R&D."
    assert [o.name for o in extractor(text).organizations if "R&D" in o.name] == []


def test_a_cycling_team_named_after_l_equipe(extractor):
    text = "L'équipe continentale normande Cotentin Vélo Pro Team a recruté six coureurs."
    record = extractor(text)
    assert_offsets(record, text)
    assert [o.name for o in record.organizations] == ["Cotentin Vélo Pro Team"]


def test_l_anaphor_goes_to_the_issuer_named_alone_on_its_line(extractor):
    text = ("Diocèse de Belley-Ars\n\nNominations\n\nLe père Paul Girod, prêtre du diocèse de Grenoble-Vienne, rejoint le diocèse pour trois ans. "
            "Le diocèse compte 80 prêtres.")
    record = extractor(text)
    (issuer,) = [o for o in record.organizations if o.name == "Diocèse de Belley-Ars"]
    assert len(issuer.mentions) == 3


def test_a_name_s_article_contracted_with_de_is_the_same_body(extractor):
    text = "Le cinéma Le Zola rouvre ses portes. Julie Péré, programmatrice du Zola depuis 2019, présente la saison."
    record = extractor(text)
    assert_offsets(record, text)
    (cinema,) = [o for o in record.organizations if o.name == "Le Zola"]
    assert len(cinema.mentions) == 2
    assert [(r.title, r.organization) for p in record.people for r in p.roles] == [("programmatrice", "Le Zola")]


@pytest.mark.parametrize("text", [
    "Le directeur régional de France Travail Auvergne-Rhône-Alpes, Paul Merle, ouvre le forum. France Travail recrute 40 conseillers.",
    "Paul Merle, directeur de l'agence France Travail de Montbrison, ouvre le forum.",
])
def test_a_national_body_s_branch_is_that_body(extractor, text):
    record = extractor(text)
    assert_offsets(record, text)
    assert [o.name for o in record.organizations] == ["France Travail"]
    assert [r.organization for p in record.people for r in p.roles] == ["France Travail"]


def test_a_water_agency_of_a_basin_stays_a_body_of_its_own(extractor):
    text = "L'Agence de l'eau Rhin-Meuse finance 40 % des travaux."
    assert [o.name for o in extractor(text).organizations] == ["Agence de l'eau Rhin-Meuse"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le comité a approuvé le cahier des charges de l'appellation d'origine protégée (AOP) Bleu du Vercors.", "appellation d'origine protégée Bleu du Vercors"),
        ("Le fromage bénéficie de l'AOP Salers depuis 1961.", "AOP Salers"),
        ("Les producteurs de l'IGP Jambon de Bayonne se réunissent à Orthez.", "IGP Jambon de Bayonne"),
    ],
)
def test_appellations_are_labels(extractor, text, name):
    record = extractor(text)
    assert name in [g.name for g in record.programmes]


def test_a_programme_s_name_elsewhere_is_no_person(extractor):
    text = ("Le syndicat du fromage de Bleu des Causses a réuni ses adhérents. "
            "Le cahier des charges de l'appellation d'origine protégée (AOP) Bleu des Causses a été modifié.")
    record = extractor(text)
    assert "Bleu des Causses" not in [p.name for p in record.people]


def test_an_opening_body_s_adjective_the_tagger_calls_a_name(extractor):
    record = extractor("Syndicat interprofessionnel du fromage de Beaufort\n\nLe syndicat a réuni ses adhérents à Albertville.")
    assert "Syndicat interprofessionnel du fromage de Beaufort" in [o.name for o in record.organizations]


def test_a_label_ending_with_de_france(extractor):
    record = extractor("Le label Grand Site de France attribué aux gorges du Tarn a été renouvelé pour six ans.")
    assert [g.name for g in record.programmes] == ["label Grand Site de France"]


def test_an_acronym_and_its_expansion_after_a_dash_in_a_heading(extractor):
    record = extractor("RTE – Réseau de transport d'électricité\n\nRTE ouvre la concertation sur le tracé de la liaison.")
    assert [o.name for o in record.organizations] == ["RTE"]


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Infirmière diplômée d'État, Carole Vernet a rejoint la clinique en 2019.", "État"),
        ("Paul Rivière a dirigé le service départemental du Gard, puis la délégation interrégionale Centre-Val de Loire de l'agence.",
         "service départemental du Gard"),
        ("Paul Rivière a dirigé le service départemental du Gard, puis la délégation interrégionale Centre-Val de Loire de l'agence.",
         "délégation interrégionale Centre-Val de Loire"),
    ],
)
def test_degrees_and_territorial_units_are_no_bodies(extractor, text, absent):
    record = extractor(text)
    assert absent not in {o.name for o in record.organizations}, [o.name for o in record.organizations]


def test_a_regional_chamber_named_by_its_region_and_two_places_of_a_title(extractor):
    text = ("Catherine Rivet, ancienne présidente de la chambre régionale d'agriculture Auvergne-Rhône-Alpes, préside le conseil. Sylvie Morel est "
            "nommée directrice régionale des finances publiques de Bourgogne-Franche-Comté et de la Côte-d'Or.")
    names = {o.name for o in extractor(text).organizations}
    assert "chambre régionale d'agriculture Auvergne-Rhône-Alpes" in names, names
    assert not any("Côte-d'Or" in n for n in names), names


def test_a_departement_number_after_an_acronym_names_its_service(extractor):
    text = ("SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS DU FINISTÈRE\n\nLe SDIS 29 a réalisé 41 000 interventions en 2025. "
            "Le SDIS 29 recrute des volontaires.")
    record = extractor(text)
    assert_offsets(record, text)
    (sdis,) = [o for o in record.organizations if "SDIS 29" in {o.name, *o.aliases}]
    assert "SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS DU FINISTÈRE" in {sdis.name, *sdis.aliases}


def test_a_company_named_after_its_division(extractor):
    record = extractor("Nadia Roux était directrice financière de la division Fluides de Fives. Elle a aussi dirigé la branche Énergie de Vinci.")
    names = {o.name for o in record.organizations}
    assert {"Fives", "Vinci"} <= names, names
    roles = [(r.title, r.organization) for p in record.people for r in p.roles]
    assert ("directrice financière de la division Fluides", "Fives") in roles, roles


def test_a_region_s_branch_names_no_company(extractor):
    record = extractor("Elle a dirigé la branche Bretagne de la Fondation du patrimoine.")
    assert "Bretagne" not in {o.name for o in record.organizations}


def test_a_programme_presented_on_a_weekday_is_no_named_programme(extractor):
    record = extractor("La directrice du théâtre a présenté le programme mardi aux abonnés.")
    assert not record.programmes, [p.name for p in record.programmes]


def test_a_match_score_is_neither_part_of_a_club_s_name_nor_a_count(extractor):
    record = extractor("Devant 5 200 spectateurs, l'US Dax a battu l'AS Béziers Hérault 27 à 19, samedi soir.")
    assert "AS Béziers Hérault" in {o.name for o in record.organizations}, [o.name for o in record.organizations]
    assert not any(f.value == 19 for f in record.figures), [(f.value, f.unit) for f in record.figures]



def test_two_spellings_of_a_bank_s_name_joined_by_et_are_one_body(extractor):
    text = ("Caisse d'Épargne Auvergne Limousin : nouvelle gouvernance\n\nLa Caisse d'Épargne d'Auvergne et du Limousin "
            "compte 720 000 clients.")
    record = extractor(text)
    assert len([o for o in record.organizations if "Épargne" in o.name]) == 1, [o.name for o in record.organizations]


def test_a_wine_estate_s_name_opened_by_vignobles(extractor):
    record = extractor("Paul Girard, jusqu'ici président des Vignobles du Marcillac, prend la tête de la nouvelle cave.")
    assert "Vignobles du Marcillac" in {o.name for o in record.organizations}, [o.name for o in record.organizations]


def test_a_name_in_capitals_set_beside_an_agency_is_a_body(extractor):
    record = extractor("Le projet est accompagné par AD'OCC, l'agence régionale de développement économique, depuis 2024.")
    assert "AD'OCC" in {o.name for o in record.organizations}, [o.name for o in record.organizations]
    assert not record.people


def test_a_verb_aide_is_no_scheme_but_a_scheme_after_an_article_is(extractor):
    record = extractor("La Région aide Ondine Textiles à relocaliser sa production.")
    assert not record.programmes, [p.name for p in record.programmes]
    record = extractor("L'entreprise a obtenu l'aide Booster Export de la Région.")
    assert any(p.name.startswith("aide Booster") for p in record.programmes), [p.name for p in record.programmes]


def test_a_unit_s_two_bodies_in_parentheses_stay_two(extractor):
    record = extractor("Elle dirige une unité de recherche (Inserm, université de Montpellier) sur la tuberculose.")
    names = {o.name for o in record.organizations}
    assert "université de Montpellier" in names, [(o.name, o.aliases) for o in record.organizations]


def test_a_directive_s_acronym_is_no_body(extractor):
    record = extractor("Le groupe publie son rapport, conformément à la directive européenne CSRD.")
    assert "CSRD" not in {o.name for o in record.organizations}


def test_a_name_first_written_in_a_capitals_heading_keeps_the_text_s_writing(extractor):
    text = ("COMMUNIQUÉ DU CENTRE HOSPITALIER DE NIORT\n\nLe centre hospitalier de Niort ouvre un service. "
            "Le centre hospitalier de Niort recrute.")
    names = [o.name for o in extractor(text).organizations]
    assert "centre hospitalier de Niort" in names, names


def test_a_bank_s_federal_body_is_the_bank(extractor):
    text = ("Crédit Mutuel de Gascogne : les résultats de 2026\n\nLe conseil d'administration de la Caisse fédérale du Crédit Mutuel de Gascogne "
            "a arrêté les comptes. Claire Morvan, directrice générale, a commenté les chiffres.")
    record = extractor(text)
    names = [o.name for o in record.organizations]
    assert names.count("Crédit Mutuel de Gascogne") == 1 and not any(n.startswith("Caisse fédérale") for n in names), names


def test_an_ordinal_inside_a_descriptive_name(extractor):
    names = [o.name for o in extractor("L'École de la deuxième chance du Tarn accueille 180 jeunes chaque année.").organizations]
    assert "École de la deuxième chance du Tarn" in names, names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le conseil départemental de l'ordre des médecins de la Creuse a élu son président.", "conseil départemental de l'ordre des médecins de la Creuse"),
        ("Le conseil régional de l'Ordre des experts-comptables d'Occitanie a élu sa présidente.",
         "conseil régional de l'Ordre des experts-comptables d'Occitanie"),
    ],
)
def test_a_professional_order_s_council_is_one_name(extractor, text, name):
    names = [o.name for o in extractor(text).organizations]
    assert names == [name], names


def test_the_order_the_headline_names_and_its_council_are_one(extractor):
    text = ("Anne Morvan élue présidente de l'Ordre des experts-comptables d'Occitanie\n\n"
            "Le conseil régional de l'Ordre des experts-comptables d'Occitanie a élu Anne Morvan. L'Ordre régional représente 2 300 experts-comptables.")
    orgs = extractor(text).organizations
    assert len(orgs) == 1 and orgs[0].name == "Ordre des experts-comptables d'Occitanie", [(o.name, o.aliases) for o in orgs]


def test_a_fire_station_is_no_body(extractor):
    text = ("Le service départemental d'incendie et de secours (SDIS 47) a célébré la Sainte-Barbe au centre de secours principal d'Agen. "
            "Anne Morvan, cheffe du centre de secours de Nérac, a été décorée.")
    record = extractor(text)
    assert [o.name for o in record.organizations] == ["service départemental d'incendie et de secours"], [o.name for o in record.organizations]
    person = next(p for p in record.people if p.name == "Anne Morvan")
    assert [(r.title, r.organization) for r in person.roles] == [("cheffe du centre de secours de Nérac", "service départemental d'incendie et de secours")]


def test_an_endowment_fund_named_after_a_family_is_a_body(extractor):
    text = "Le dépôt a été signé entre la Ville de Chalon-sur-Saône et le fonds de dotation Guilhaumon, présidé par Claire Fraysse."
    record = extractor(text)
    assert "fonds de dotation Guilhaumon" in [o.name for o in record.organizations], [o.name for o in record.organizations]
    assert record.programmes == [], [g.name for g in record.programmes]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Radio Pays d'Auge obtient une deuxième fréquence à Honfleur.", "Radio Pays d'Auge"),
        ("Le train est exploité par les Amis du chemin de fer du Haut-Quercy depuis 1997.", "Amis du chemin de fer du Haut-Quercy"),
    ],
)
def test_a_radio_and_a_society_of_friends_are_bodies(extractor, text, name):
    assert name in [o.name for o in extractor(text).organizations]


def test_any_commune_is_no_body(extractor):
    names = [o.name for o in extractor("Nous voulons que chaque commune du Pays d'Auge entende parler d'elle.").organizations]
    assert not any(n.startswith("commune") for n in names), names


def test_an_industrialist_named_is_a_person(extractor):
    record = extractor("La collection réunie par l'industriel Henri Guilhaumon rejoint le musée Denon.")
    assert "Henri Guilhaumon" in [p.name for p in record.people] and "Henri Guilhaumon" not in [o.name for o in record.organizations]


def test_a_festival_named_by_its_place(extractor):
    names = [o.name for o in extractor("Le festival Jazz en Comminges a présenté mardi sa nouvelle programmatrice.").organizations]
    assert names == ["Jazz en Comminges"], names


def test_france_services_as_the_state_writes_it(extractor):
    names = [g.name.lower() for g in extractor("La Poste ouvre quatre espaces France services dans des bureaux de poste de la Corrèze.").programmes]
    assert names == ["france services"], names


def test_a_common_noun_whose_later_word_is_capitalized_opens_the_name(extractor):
    record = extractor("Le chantier Naval de Kerlouan a livré mardi un catamaran de 24 mètres à un armateur de Lorient.")
    assert [o.name for o in record.organizations] == ["Naval de Kerlouan"], [o.name for o in record.organizations]
    assert record.programmes == [], [g.name for g in record.programmes]


def test_a_headline_short_form_is_the_body_named_below(extractor):
    text = ("Le syndicat du bassin de l'Erdre engage ses travaux\n\n"
            "Le Syndicat de bassin pour l'aménagement de la rivière l'Erdre (SBARErdre) commencera en mars le chantier de Nort-sur-Erdre.")
    names = [o.name for o in extractor(text).organizations]
    assert names == ["Syndicat de bassin pour l'aménagement de la rivière l'Erdre"], names


def test_two_bodies_of_one_head_in_headline_and_text_stay_apart(extractor):
    text = ("Le syndicat mixte du Pays de Redon recrute\n\n"
            "Le syndicat des eaux de la Vilaine et le syndicat mixte du Pays de Redon ont signé une convention.")
    names = {o.name for o in extractor(text).organizations}
    assert {"syndicat des eaux de la Vilaine", "syndicat mixte du Pays de Redon"} <= names, names


def test_a_programme_name_written_again_is_no_body(extractor):
    text = ("Les entreprises accueilleront des demandeurs d'emploi dans le cadre de l'opération DuoDay. "
            "« Un DuoDay ne remplace pas un recrutement, mais il fait tomber des idées reçues », explique Paul Girard.")
    record = extractor(text)
    assert "DuoDay" not in [o.name for o in record.organizations], [o.name for o in record.organizations]
    assert [g.name for g in record.programmes] == ["opération DuoDay"], [g.name for g in record.programmes]


def test_an_intercommunality_named_by_a_list_of_towns(extractor):
    names = [o.name for o in extractor("La communauté d'agglomération de Saint-Dizier, Der et Blaise a financé les fouilles.").organizations]
    assert names == ["communauté d'agglomération de Saint-Dizier, Der et Blaise"], names


def test_an_intercommunality_then_other_bodies_in_a_list(extractor):
    names = {o.name for o in extractor("La communauté de communes du Pays de Redon, la Région Bretagne et l'État financent le projet.").organizations}
    assert {"communauté de communes du Pays de Redon", "Région Bretagne"} <= names, names


def test_the_hotel_de_region_is_a_building(extractor):
    names = [o.name for o in extractor("Réunis jeudi à l'hôtel de Région de Montpellier, les élus ont adopté le plan.").organizations]
    assert not any("Montpellier" in n for n in names), names


def test_a_paper_maker_named_after_its_trade(extractor):
    record = extractor("Âgée de 44 ans, diplômée de l'ESSEC, elle était depuis 2021 directrice financière de la division Europe du Nord "
                       "du papetier Smurfit Westrock, après avoir passé huit ans au sein du cabinet d'audit Mazars.")
    assert "Smurfit Westrock" in [o.name for o in record.organizations] and not record.people, ([o.name for o in record.organizations], [p.name for p in record.people])


def test_a_trailing_head_opens_no_second_name(extractor):
    names = [o.name for o in extractor("Les plans d'urbanisme de Fougères Agglomération et de Couesnon Marches de Bretagne seront révisés.").organizations]
    assert "Fougères Agglomération" in names and not any(n.startswith("Agglomération") for n in names), names


def test_a_shared_list_is_no_commune(extractor):
    names = [o.name for o in extractor("La liste commune de la FDSEA et des Jeunes Agriculteurs arrive en tête à la chambre d'agriculture du Gers.").organizations]
    assert not any(n.startswith("commune") for n in names) and "FDSEA" in names, names


def test_a_brand_written_in_lower_case_first(extractor):
    record = extractor("Il a été directeur des opérations du fabricant de dispositifs de diagnostic bioMérieux pendant huit ans.")
    assert "bioMérieux" in [o.name for o in record.organizations], [o.name for o in record.organizations]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Un appel à projets commun, « Cours d'eau en liberté », sera ouvert aux syndicats de rivière en juin.", ["Cours d'eau en liberté"]),
        ("Son projet, « Un théâtre à ciel ouvert », prévoit une scène itinérante dans les communes rurales.", []),
    ],
)
def test_a_quoted_name_set_apart_after_a_trigger(extractor, text, names):
    assert [g.name for g in extractor(text).programmes] == names


def test_a_compound_word_is_no_anaphor_of_the_state(extractor):
    record = extractor("La cérémonie s'est tenue à la préfecture maritime. Il rejoint l'état-major de la Marine, à Paris.")
    mentions = {o.name: [m.text for m in o.mentions] for o in record.organizations}
    assert "état" not in [m for ms in mentions.values() for m in ms], mentions
    assert "État-major de la Marine" in mentions, mentions


def test_a_start_up_named_again_as_a_young_shoot(extractor):
    text = ("La start-up nantaise Medicapt rejoint Quadrelis. L'éditeur lyonnais a signé l'achat de 85 % du capital.\n\n"
            "Créée en 2014 par deux anciens ingénieurs de Thales, la jeune pousse compte 48 salariés.")
    record = extractor(text)
    owner = {m.text: o.name for o in record.organizations for m in o.mentions}
    assert owner.get("jeune pousse") == "Medicapt", owner


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Un partenariat a été signé avec le Parc naturel régional des Pyrénées catalanes.", "Parc naturel régional des Pyrénées catalanes"),
        ("Le Parc naturel régional des Grands Causses renouvelle sa charte.", "Parc naturel régional des Grands Causses"),
        ("La station a été ouverte par le syndicat départemental d'énergies du Cantal en septembre.", "syndicat départemental d'énergies du Cantal"),
    ],
)
def test_names_of_territorial_bodies(extractor, text, name):
    assert name in [o.name for o in extractor(text).organizations], [o.name for o in extractor(text).organizations]


def test_a_club_with_its_sport_in_lower_case_and_its_initials(extractor):
    record = extractor("Les joueuses de l'Association sportive Lannion handball ont validé leur montée. L'AS Lannion compte 410 licenciés.")
    assert [(o.name, sorted(o.aliases)) for o in record.organizations] == [("AS Lannion", ["Association sportive Lannion handball"])], record.organizations


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("La ville de Cancale, Saint-Malo Agglomération et la Région Bretagne figurent parmi les financeurs.",
         ["ville de Cancale", "Saint-Malo Agglomération", "Région Bretagne"]),
        ("Il habite dans la ville de Cancale depuis 2010.", []),
        ("Les habitants de la ville de Cancale votent dimanche.", []),
    ],
)
def test_a_town_named_as_ville_de(extractor, text, names):
    assert [o.name for o in extractor(text).organizations] == names


def test_a_single_quoted_judgement_is_no_programme(extractor):
    names = [g.name for g in extractor("La chambre d'agriculture a salué un dispositif « pragmatique ». Le dispositif « Ecowatt » est lancé.").programmes]
    assert names == ["Ecowatt"], names
