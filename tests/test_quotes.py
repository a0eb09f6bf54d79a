"""Quotes and their speakers, on passages written for these tests."""

import pytest
from conftest import assert_offsets


def quotes_of(extractor, text):
    record = extractor(text)
    assert_offsets(record, text)
    return [(q.speaker, q.text) for q in record.quotes]


def test_speaker_on_the_next_line(extractor):
    text = (
        "« Nous voulons que chaque commune ait son médecin d'ici trois ans. »\n"
        "Hélène Marchal, présidente du Département du Gers\n"
        "Le plan sera voté en juin."
    )
    (speaker, quote), = quotes_of(extractor, text)
    assert speaker == "Hélène Marchal"
    assert quote.startswith("Nous voulons que chaque commune")


def test_speaker_after_with_speech_verb(extractor):
    text = "« Ce chantier change la vie des habitants », déclare Karim Benali, maire de la commune."
    (speaker, quote), = quotes_of(extractor, text)
    assert speaker == "Karim Benali"
    assert quote == "Ce chantier change la vie des habitants"


def test_speaker_before(extractor):
    text = "Pour Julie Caron, directrice de l'usine, « cette ligne nous permet de recruter localement »."
    (speaker, quote), = quotes_of(extractor, text)
    assert speaker == "Julie Caron"


def test_english_quotes_are_normalized(extractor):
    text = "“Nous tiendrons nos engagements envers les familles”, affirme Paul Lemaire."
    (speaker, quote), = quotes_of(extractor, text)
    assert speaker == "Paul Lemaire"
    assert quote.startswith("Nous tiendrons")


def test_quote_spanning_paragraphs(extractor):
    text = (
        "Selon Marie Texier, « la première année a dépassé nos attentes.\n"
        "« Nous allons donc doubler la capacité d'accueil. »\n"
    )
    (speaker, quote), = quotes_of(extractor, text)
    assert speaker == "Marie Texier"
    assert "doubler la capacité" in quote


def test_lost_opening_mark(extractor):
    text = (
        "Nous avons tenu parole et les travaux commenceront au printemps. »\n"
        "Bruno Vidal, président de la communauté de communes\n"
    )
    (speaker, quote), = quotes_of(extractor, text)
    assert speaker == "Bruno Vidal"
    assert quote.startswith("Nous avons tenu parole")


def test_quoted_names_are_not_quotes(extractor):
    text = "Le label « Ville active » a été attribué à la commune."
    assert quotes_of(extractor, text) == []


def test_quote_without_named_speaker(extractor):
    text = "« Nous serons prêts pour la rentrée », assure la direction."
    (speaker, quote), = quotes_of(extractor, text)
    assert speaker is None


def test_pronoun_after_the_quote_is_the_last_person(extractor):
    text = (
        "La présidente de l'université, Isabelle Morel, a présenté le projet. "
        "« Notre priorité, c'est la réussite des étudiants », a-t-elle déclaré."
    )
    (speaker, _), = quotes_of(extractor, text)
    assert speaker == "Isabelle Morel"


def test_role_word_after_the_quote_is_its_holder(extractor):
    text = (
        "La ministre de la Culture, Rachel Dumas, a présenté la liste. "
        "« Le patrimoine de proximité compte autant que les grands monuments », a déclaré la ministre."
    )
    (speaker, _), = quotes_of(extractor, text)
    assert speaker == "Rachel Dumas"


def test_selon_lui_before_the_quote(extractor):
    text = (
        "« Nous avons mis en place une méthode nouvelle », a ajouté Paul Arnaud, adjoint au maire. "
        "Selon lui, « les prochains chantiers seront plus rapides »."
    )
    quotes = quotes_of(extractor, text)
    assert [s for s, _ in quotes] == ["Paul Arnaud", "Paul Arnaud"]


def test_second_quotation_of_the_same_sentence_keeps_its_speaker(extractor):
    text = "« Nous voulons recruter vite », explique Léa Martin, avant d'ajouter : « Nous doublerons les équipes en un an. »"
    quotes = quotes_of(extractor, text)
    assert [s for s, _ in quotes] == ["Léa Martin", "Léa Martin"]


def test_speaker_far_after_the_quote_in_the_same_sentence(extractor):
    text = "« Se faire vacciner protège aussi les plus fragiles », rappelle le directeur général de l'agence régionale, Didier Morel."
    (speaker, _), = quotes_of(extractor, text)
    assert speaker == "Didier Morel"


def test_quoted_programme_name_is_not_a_quote(extractor):
    text = "La Région mobilise son Plan climat « Gardez le Sud » depuis 2017."
    assert quotes_of(extractor, text) == []


def test_a_far_person_without_reporting_verb_is_not_the_speaker(extractor):
    text = "« Les travaux commenceront en mai », et la visite s'est poursuivie avec Jean Morel dans les ateliers."
    (speaker, _), = quotes_of(extractor, text)
    assert speaker is None


def test_nested_quotation_is_part_of_the_outer_one(extractor):
    text = "“Comme le disait Antonin Daum, « le verre est une matière vivante »”, confie la conservatrice, Susana Morel."
    quotes = quotes_of(extractor, text)
    assert len(quotes) == 1 and quotes[0][1].startswith("Comme le disait")


def test_a_quotation_paragraph_goes_on_with_the_last_speaker(extractor):
    text = ("« Nous avons tenu nos délais », affirme Julien Morel, directeur du chantier.\n\n"
            "« Les équipes ont travaillé tout l’été pour livrer l’école à la rentrée. »\n\n"
            "La Ville a financé les travaux.")
    assert [q.speaker for q in extractor(text).quotes] == ["Julien Morel", "Julien Morel"]


def test_a_pronoun_stands_for_the_person_named_since_the_last_quotation(extractor):
    text = ("« Le site sera prêt en 2027 », assure Claire Dumas, présidente de l’entreprise. "
            "Paul Girard, associé du fonds Ouest Capital, rejoint le conseil. "
            "« Ce projet coche toutes les cases d’une industrie durable et ancrée dans son territoire », estime-t-il.")
    assert [q.speaker for q in extractor(text).quotes] == ["Claire Dumas", "Paul Girard"]


def test_a_short_verbless_quotation_after_a_reporting_verb_is_speech(extractor):
    text = "Venue de Lima, Sofia Rojas dit avoir choisi Lyon « pour la qualité de ses laboratoires »."
    assert [(q.speaker, q.text) for q in extractor(text).quotes] == [("Sofia Rojas", "pour la qualité de ses laboratoires")]


def test_a_short_verbless_quoted_name_is_not_speech(extractor):
    assert extractor("Le label « Ville fleurie » a été attribué à 40 communes du département.").quotes == []


def test_answers_of_an_interview_are_the_interviewees(extractor):
    text = ("Trois questions à Julie Marchal, directrice de la Scène nationale d’Albi\n\n"
            "Pourquoi cette nouvelle saison ?\n"
            "« Nous voulons ouvrir le théâtre à des publics qui n’y venaient jamais. »\n\n"
            "Quel budget ?\n"
            "« Il reste stable, à 3,2 millions d’euros, grâce au soutien de la Ville. »")
    assert [q.speaker for q in extractor(text).quotes] == ["Julie Marchal", "Julie Marchal"]


def test_more_reporting_verbs_point_to_the_speaker(extractor):
    text = "« Nous avons perdu trois ans de croissance », déplore son président, Paul Schmitt, chef d’une entreprise de 40 salariés."
    assert [q.speaker for q in extractor(text).quotes] == ["Paul Schmitt"]


def test_the_reporting_subject_speaks_not_the_object(extractor):
    text = "La maire, Isabelle Roux, a remercié Sophie Brun pour « cinq années d’un travail rigoureux au service de la ville »."
    assert [q.speaker for q in extractor(text).quotes] == ["Isabelle Roux"]


def test_a_sentence_opening_pronoun_with_a_reporting_verb(extractor):
    text = "La Fondation est dirigée par Paul Martin. Il précise que « la moitié des projets sont ruraux »."
    record = extractor(text)
    assert [q.speaker for q in record.quotes] == ["Paul Martin"]


def test_the_bare_title_points_to_its_only_bare_holder(extractor):
    text = ("Marc Lenoir a pris ses fonctions de directeur de l'hôpital de Dax. Le directeur général de l'ARS, Paul Simon, était présent. "
            "« Mon premier chantier sera le recrutement », a indiqué le nouveau directeur.")
    assert [q.speaker for q in extractor(text).quotes] == ["Marc Lenoir"]


def test_a_pronoun_points_to_the_subject_of_the_sentence_before(extractor):
    text = "La nageuse Julie Marc a gagné le relais avec sa coéquipière Lise Moreau. « C'est le plus beau jour de ma vie », a-t-elle confié."
    assert [q.speaker for q in extractor(text).quotes] == ["Julie Marc"]


def test_the_new_president_is_the_one_just_elected(extractor):
    text = ("Le conseil a élu Marc Tanguy à la présidence de l'association Rennes Échecs. Le bureau reste présidé par Anne Caradec. "
            "« Je veux ouvrir le club aux jeunes », a déclaré le nouveau président.")
    assert [q.speaker for q in extractor(text).quotes] == ["Marc Tanguy"]


def test_an_unheld_title_points_to_the_last_person_of_its_gender(extractor):
    text = "L'entreprise est dirigée par Claire Morvan. « Nous allons embaucher », explique la présidente."
    assert [q.speaker for q in extractor(text).quotes] == ["Claire Morvan"]


def test_an_unnamed_minister_is_not_the_last_person_named(extractor):
    text = "Le groupe de travail est coordonné par Paul Girard, ancien directeur de l'agence. « La haie est un outil », a résumé le ministre."
    assert [q.speaker for q in extractor(text).quotes] == [None]


def test_a_referring_noun_points_back_to_the_person_last_named(extractor):
    text = ("Bénédicte Lacombe a reçu la médaille d'or de l'Académie. « Ce prix revient à toute l'équipe de recherche », "
            "a réagi la lauréate.")
    assert [q.speaker for q in extractor(text).quotes] == ["Bénédicte Lacombe"]


def test_a_referring_noun_of_the_other_gender_points_nowhere(extractor):
    text = "Bénédicte Lacombe a reçu la médaille d'or. « Ce prix revient à toute l'équipe de recherche », a réagi le lauréat."
    assert [q.speaker for q in extractor(text).quotes] == [None]


def test_le_nouvel_entraineur_is_the_one_just_appointed(extractor):
    text = ("Le club Stade Lavallois a nommé Sébastien Desmet entraîneur. « Revenir ici, c'est revenir à la maison », "
            "a déclaré le nouvel entraîneur.")
    assert [q.speaker for q in extractor(text).quotes] == ["Sébastien Desmet"]


def test_a_works_title_with_its_year_is_not_a_quote(extractor):
    text = "Le musée acquiert une toile de Camille Pissarro, « Le Jardin des Mathurins » (1876), pour ses collections."
    assert extractor(text).quotes == []


def test_a_pronoun_after_a_sentence_opened_by_a_role(extractor):
    text = ("La ministre de la Culture, Hélène Vasseur, a été accueillie par le directeur du musée, Paul Carré. "
            "La ministre a annoncé une aide de deux millions d'euros. « Ce musée est un trésor national », a-t-elle déclaré.")
    quotes = quotes_of(extractor, text)
    assert quotes[0][0] == "Hélène Vasseur"


def test_the_new_holder_who_opens_the_sentence_before(extractor):
    text = ("Yves Le Gall a pris ses fonctions de directeur du port de Lorient. Il remplace Paul Riou. Le nouveau directeur "
            "a été reçu par la maire, Anne Tanguy. « Le port doit retrouver ses armateurs », a-t-il dit.")
    quotes = quotes_of(extractor, text)
    assert quotes[0][0] == "Yves Le Gall"


def test_a_role_subject_with_its_ordinal(extractor):
    text = ("Le tribunal de commerce de Laval a installé ses juges. Le président, Marc Huet, et le premier vice-président, "
            "Paul Roy, ont prêté serment devant la greffière, Inès Lamy. Le premier vice-président a ensuite remercié les élus.\n\n"
            "« Nous tiendrons nos délais », a-t-il assuré.")
    quotes = quotes_of(extractor, text)
    assert quotes[0][0] == "Paul Roy"


def test_the_minister_of_the_articles_gender(extractor):
    text = ("Le ministre des Armées, Paul Guérin, et la ministre déléguée chargée de la Mer, Anne Le Bras, ont visité le port. "
            "« Ce chantier rend confiance aux marins », a estimé la ministre.")
    quotes = quotes_of(extractor, text)
    assert quotes[0][0] == "Anne Le Bras"


def test_a_quote_after_a_present_participle_is_the_subjects(extractor):
    text = ("Le groupe Ensemble pour Laval, par la voix de sa présidente Julie Ferron, a voté contre, "
            "jugeant la hausse « injuste pour les familles modestes ».")
    record = extractor(text)
    assert [q.speaker for q in record.quotes] == ["Julie Ferron"]


def test_a_quote_after_a_tribute_is_the_subjects_not_the_honoured_persons(extractor):
    text = "La présidente du club, Anne Guivarch, a rendu hommage à Paul Le Meur, « qui a porté le club pendant trente ans »."
    record = extractor(text)
    assert [q.speaker for q in record.quotes] == ["Anne Guivarch"]


def test_the_researcher_is_the_last_woman_named_not_the_last_person(extractor):
    text = ("L'étude a été dirigée par Marion Lefort, avec Paul Girard, doctorant. « Nos résultats changent la "
            "sélection des variétés », précise la chercheuse.")
    record = extractor(text)
    assert [q.speaker for q in record.quotes] == ["Marion Lefort"]


def test_a_masculine_pronoun_after_a_woman_was_named_last(extractor):
    text = ("Le maire, Yann Cadiou, a nommé Sophie Le Berre première adjointe. « Je serai un maire de terrain », "
            "a-t-il déclaré.")
    record = extractor(text)
    assert [q.speaker for q in record.quotes] == ["Yann Cadiou"]


def test_a_speaker_named_in_an_incise_inside_the_quotation(extractor):
    text = ("Anne Morvan prend la présidence de l'entreprise. « Je pars tranquille, ajoute Paul Morvan. Elles connaissent "
            "chaque client. »")
    record = extractor(text)
    (quote,) = record.quotes
    assert quote.speaker == "Paul Morvan"


def test_interview_answers_labelled_by_name_then_initials(extractor):
    text = ("Trois questions à Julie Ferrand, directrice de l'agence Bretagne Attractivité\n\nQuelles sont vos priorités ?\n"
            "Julie Ferrand : Nous voulons attirer des talents autant que des touristes.\n\nEt les habitants ?\n"
            "J. F. : Ce sont nos meilleurs ambassadeurs, ils sont déjà 6 000.\n")
    record = extractor(text)
    spoken = [(q.speaker, q.text[:20]) for q in record.quotes]
    assert ("Julie Ferrand", "Nous voulons attirer") in spoken
    assert ("Julie Ferrand", "Ce sont nos meilleur") in spoken


def test_a_pronoun_after_a_sentence_whose_subject_is_a_title(extractor):
    text = ("Isabelle Fournier préside le tribunal. Le préfet, Paul Roux, et la bâtonnière, Me Hélène Sarrazin, étaient "
            "présents. Dans son discours, la présidente a souligné la hausse des affaires. « Nos délais restent trop "
            "longs », a-t-elle reconnu.")
    record = extractor(text)
    assert [q.speaker for q in record.quotes] == ["Isabelle Fournier"]


def test_a_quoted_fragment_after_a_programme_is_still_a_quotation(extractor):
    text = ("Le président de l'agence, Thierry Le Meur, salue un programme « qui met enfin les économies d'eau au cœur "
            "des priorités ».")
    record = extractor(text)
    assert [q.speaker for q in record.quotes] == ["Thierry Le Meur"]


def test_a_conference_title_in_quotation_marks_is_no_quotation(extractor):
    text = "Colloque « Eau et agriculture : quelles solutions face aux sécheresses ? »\n\nLe colloque réunira 300 participants."
    assert extractor(text).quotes == []


def test_le_nouveau_directeur_when_two_were_just_appointed_is_the_release_subject(extractor):
    text = ("Le commissaire Paul Roux a été nommé directeur départemental de la sécurité publique de l'Aisne. Il "
            "remplace Marc Vidal, nommé directeur zonal à Metz. « Ma priorité sera la lutte contre les trafics », a "
            "déclaré le nouveau directeur.")
    (quote,) = extractor(text).quotes
    assert quote.speaker == "Paul Roux"


def test_an_unnamed_holder_of_another_title_is_not_the_only_man_with_its_head(extractor):
    text = ("Marie Le Roux a été élue secrétaire générale de l'union départementale. Paul Kerjean devient secrétaire "
            "régional adjoint. Le secrétaire général de la confédération a salué « une équipe renouvelée ».")
    quotes = extractor(text).quotes
    assert all(q.speaker != "Paul Kerjean" for q in quotes)


def test_a_bodys_quoted_words_qualifying_a_noun_are_no_quotation(extractor):
    text = "La chambre régionale des comptes relève une situation financière « saine mais sous tension » pour la ville."
    assert extractor(text).quotes == []


def test_a_persons_quoted_words_qualifying_a_noun_stay_a_quotation(extractor):
    text = "La présidente de l'Ordre des infirmiers, Anne Morel, a salué des mesures « attendues de longue date »."
    (quote,) = extractor(text).quotes
    assert quote.speaker == "Anne Morel"


def test_a_hyphenated_title_before_the_speaker_is_no_pronoun(extractor):
    text = ("Étienne Sarrail, président de la communauté de communes, était présent. « Nous avons choisi Revel pour sa "
            "main-d'œuvre », a expliqué le président-directeur général d'Ardelis, Olivier Castagné.")
    assert [q.speaker for q in extractor(text).quotes] == ["Olivier Castagné"]


def test_an_answer_labelled_with_a_double_names_initials(extractor):
    text = ("Entretien avec Corinne Vasseur-Lamotte, directrice de l'hôpital.\n\nQuelle est votre priorité ?\n\n"
            "C. V.-L. : Les urgences. Nous accueillons 42 000 passages par an avec des équipes épuisées.\n")
    quotes = extractor(text).quotes
    assert [(q.speaker, q.text[:13]) for q in quotes] == [("Corinne Vasseur-Lamotte", "Les urgences.")]


def test_ce_dernier_is_the_man_just_named(extractor):
    text = ("Frédérique Lannuzel sera placée sous l'autorité de Christophe Azéma, directeur d'Orange Sud-Ouest. "
            "« Frédérique connaît le terrain et les maires », indique ce dernier.")
    assert [q.speaker for q in extractor(text).quotes] == ["Christophe Azéma"]


def test_the_new_president_of_a_bureau_listed_after_its_appointment(extractor):
    text = ("Le comité a ensuite désigné son bureau :\n\n- Présidente : Marie Quéffelec\n- Trésorier : Paul Le Bras\n\n"
            "Anne Le Dû, présidente de la ligue régionale, était présente.\n\n"
            "« Le vélo revient à la mode », s'est réjouie la nouvelle présidente.")
    quotes = extractor(text).quotes
    assert [q.speaker for q in quotes] == ["Marie Quéffelec"]


def test_an_interview_answer_after_a_prompt_that_is_no_question(extractor):
    text = ("Quel est le coût des travaux ?\nLaure Kerdiles : Le chantier représente neuf millions d'euros pour la Ville.\n\n"
            "Les commerçants craignent la durée des travaux.\nLaure Kerdiles : Je les comprends, et nous avons créé un fonds pour eux.\n")
    quotes = extractor(text).quotes
    assert [q.text.split(",")[0] for q in quotes if q.speaker == "Laure Kerdiles"] == ["Le chantier représente neuf millions d'euros pour la Ville.", "Je les comprends"]


def test_a_sailor_named_by_her_trade_after_a_quotation(extractor):
    text = ("La navigatrice Léa Le Gall prendra le départ de la course en novembre.\n\n"
            "« J'ai préparé ce projet pendant quatre ans avec toute mon équipe », confie la skippeuse.")
    quotes = extractor(text).quotes
    assert [q.speaker for q in quotes] == ["Léa Le Gall"]


def test_the_new_leader_is_the_one_just_put_at_the_head(extractor):
    text = ("Soudalor est reprise par ses cadres. Laetitia Schmitt, directrice technique, en devient directrice générale. "
            "« Nous allons embaucher quinze personnes », explique la nouvelle dirigeante.")
    record = extractor(text)
    assert [(q.speaker, q.text[:15]) for q in record.quotes] == [("Laetitia Schmitt", "Nous allons emb")]


def test_the_pointed_speaker_not_the_one_named_in_a_relative_clause(extractor):
    text = ("Le colonel Paul Girard est nommé directeur du SDIS de la Manche. « Je connais bien ce territoire », a indiqué le nouveau directeur, "
            "qui sera installé lundi en présence d'Anne Morvan, présidente du conseil d'administration.")
    assert ("Paul Girard", "Je connais bien ce territoire") in quotes_of(extractor, text)


def test_the_pointed_speaker_before_a_participle_clause_naming_another(extractor):
    text = ("Le Cholet Basket a recruté Paul Girard comme entraîneur. « Je veux une équipe qui défend », a déclaré le nouvel entraîneur, "
            "présenté mardi par le président du club, Luc Ferrand.")
    assert ("Paul Girard", "Je veux une équipe qui défend") in quotes_of(extractor, text)


def test_the_pronoun_that_paid_tribute_is_the_speaker(extractor):
    text = ("Le parc a élu son président. « Le parc doit rester vivant », a déclaré Paul Girard après son élection. "
            "Il a rendu hommage à sa prédécesseure, « qui a porté avec ténacité la révision de la charte ».")
    assert ("Paul Girard", "qui a porté avec ténacité la révision de la charte") in quotes_of(extractor, text)


@pytest.mark.parametrize("noun", ["prix", "concours", "trophée"])
def test_a_name_in_guillemets_after_a_prize_is_no_quotation(extractor, noun):
    text = (f"La communauté de communes lance le {noun} « Bâtir en pays rural », ouvert aux particuliers. "
            "« Nous voulons montrer ce que deviennent les vieilles granges », estime Paul Girard.")
    found = quotes_of(extractor, text)
    assert not any(q.startswith("Bâtir") for _, q in found), found
    assert any(s == "Paul Girard" and q.startswith("Nous voulons") for s, q in found), found
