"""The scorer, rule by rule, on hand-made gold/prediction pairs (no model)."""

import json

import pytest

from pressextract.evaluate import score_document
from pressextract.gold import GoldError, GoldFile, load_gold
from pressextract.records import DocumentRecord, Figure, Organization, Person, Programme, Quote, Role, Source, Span

EV = Span(start=0, end=1, text="x")


def record(**kw):
    return DocumentRecord(source=Source(sha256="0" * 64, chars=1), **kw)


def gold(**kw):
    base = {"document": "d.txt", "people": [], "organizations": [], "programmes": [], "figures": [], "quotes": []}
    base.update(kw)
    return GoldFile.model_validate(base)


def counts(score, category):
    c = score.counts[category]
    return c.tp, c.fp, c.fn


def test_people_match_by_name_or_alias_after_folding():
    g = gold(people=[{"name": "Stéphanie Pernod", "aliases": ["Mme Pernod"]}, {"name": "Jean Morel"}])
    r = record(people=[Person(name="MME  PERNOD"), Person(name="Paul Roux")])
    assert counts(score_document(r, g), "people") == (1, 1, 1)


def test_optional_items_count_for_nothing():
    g = gold(organizations=[{"name": "État", "optional": True}, {"name": "Région Bretagne"}])
    assert counts(score_document(record(organizations=[Organization(name="l'État")]), g), "organizations") == (0, 0, 1)
    assert counts(score_document(record(organizations=[]), g), "organizations") == (0, 0, 1)


def test_each_gold_item_is_matched_once():
    g = gold(programmes=[{"name": "Pack relocalisation"}])
    r = record(programmes=[Programme(name="Pack relocalisation"), Programme(name="pack  Relocalisation")])
    assert counts(score_document(r, g), "programmes") == (1, 1, 0)


def test_leading_articles_and_apostrophes_are_ignored():
    g = gold(organizations=[{"name": "Agence de l’eau"}])
    r = record(organizations=[Organization(name="l'Agence de l'eau")])
    assert counts(score_document(r, g), "organizations") == (1, 0, 0)


def _role(title, org=None, status="current"):
    return Role(title=title, organization=org, status=status, evidence=EV)


def test_role_needs_first_content_word_and_organization():
    g = gold(
        people=[{"name": "Laurent Wauquiez", "roles": [
            {"title": "président", "organization": "Région Auvergne-Rhône-Alpes", "status": "former"},
            {"title": "conseiller spécial", "organization": "Région Auvergne-Rhône-Alpes"},
        ]}],
        organizations=[{"name": "Région Auvergne-Rhône-Alpes", "aliases": ["la Région"]}],
    )
    r = record(people=[Person(name="Laurent Wauquiez", roles=[
        _role("alors président", "la Région", "current"),  # org by alias, wrong status
        _role("conseiller", None),  # right word, organization missing
    ])])
    s = score_document(r, g)
    assert counts(s, "roles") == (1, 1, 1)
    assert (s.status_matched, s.status_correct) == (1, 0)


@pytest.mark.parametrize(
    ("gold_title", "pred_title", "ok"),
    [
        ("1re vice-présidente déléguée à l'économie", "vice-présidente", True),
        ("ancien ministre de l'Agriculture", "ministre", True),
        ("ex-PDG", "ex-PDG", True),
        ("ex-PDG", "PDG", True),
        ("première adjointe", "adjointe au maire", True),
        ("sixième adjointe, chargée des affaires scolaires", "adjointe aux affaires scolaires", True),
        ("huitième adjoint", "adjoint", True),
        ("sixième adjointe", "sixième conseillère", False),
        ("présidente", "vice-présidente", False),
        ("directrice générale", "directeur général", False),
    ],
)
def test_title_rule(gold_title, pred_title, ok):
    g = gold(people=[{"name": "A B", "roles": [{"title": gold_title, "organization": None}]}])
    r = record(people=[Person(name="A B", roles=[_role(pred_title)])])
    assert counts(score_document(r, g), "roles")[0] == int(ok)


def test_roles_of_unmatched_people_are_false_hits_and_misses():
    g = gold(people=[{"name": "A B", "roles": [{"title": "maire"}]}])
    r = record(people=[Person(name="C D", roles=[_role("maire")])])
    assert counts(score_document(r, g), "roles") == (0, 1, 1)


def _fig(value, unit):
    return Figure(value=value, unit=unit, text="x", evidence=EV)


@pytest.mark.parametrize(
    ("gold_fig", "pred", "ok"),
    [
        ((3000000, "EUR"), (3000000.0000001, "EUR"), True),
        ((3000000, "EUR"), (3000000, "USD"), False),
        ((80, "%"), (80, "%"), True),
        ((80, "%"), (80, "points"), False),
        ((32, "ouvertures de sites industriels"), (32, "ouvertures de site"), True),
        ((14000, "emplois"), (14000, "emplois potentiels"), True),
        ((14000, "emplois"), (14000, "nouveaux emplois"), True),
        ((14000, "emplois"), (14000, "salariés"), False),
        ((250, "hectares"), (250, "ha"), False),
        ((12, "bus"), (12, "bus électriques"), True),
        ((3, "EUR"), (3, "euros"), False),
    ],
)
def test_figure_rule(gold_fig, pred, ok):
    g = gold(figures=[{"value": gold_fig[0], "unit": gold_fig[1]}])
    assert counts(score_document(record(figures=[_fig(*pred)]), g), "figures")[0] == int(ok)


def test_quote_needs_speaker_and_beginning():
    g = gold(
        people=[{"name": "Fabrice Pannekoucke", "aliases": ["M. Pannekoucke"]}],
        quotes=[{"speaker": "Fabrice Pannekoucke", "starts_with": "Nous voulons que chaque entrepreneur"}],
    )
    good = Quote(speaker="M. Pannekoucke", text="« Nous voulons que chaque entrepreneur qui souhaite", evidence=EV)
    wrong_speaker = Quote(speaker="Laurent Wauquiez", text="Nous voulons que chaque entrepreneur", evidence=EV)
    nobody = Quote(speaker=None, text="Nous voulons que chaque entrepreneur", evidence=EV)
    assert counts(score_document(record(quotes=[good]), g), "quotes") == (1, 0, 0)
    assert counts(score_document(record(quotes=[wrong_speaker, nobody]), g), "quotes") == (0, 2, 1)


def test_gold_loader_accepts_the_shared_example(tmp_path):
    from conftest import SHARED_EXAMPLES

    for path in SHARED_EXAMPLES.glob("*.gold.json"):
        assert load_gold(path).people


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "not valid JSON"),
        (json.dumps({"document": "a.txt"}), "field people"),
        (json.dumps({"document": "a.txt", "people": [{"name": "A", "roles": [{"title": "x", "status": "past"}]}],
                     "organizations": [], "programmes": [], "figures": [], "quotes": []}), "people.0.roles.0.status"),
        (json.dumps({"document": "a.txt", "people": [], "organizations": [], "programmes": [],
                     "figures": [{"value": "beaucoup", "unit": "x"}], "quotes": []}), "figures.0.value"),
        (json.dumps({"document": "a.txt", "people": [], "organizations": [{"nom": "X"}], "programmes": [],
                     "figures": [], "quotes": []}), "organizations.0"),
    ],
)
def test_gold_loader_names_file_and_field(tmp_path, content, message):
    path = tmp_path / "bad.gold.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldError) as err:
        load_gold(path)
    assert str(path) in str(err.value) and message in str(err.value)
    assert "\n" not in str(err.value)


def test_baseline_maps_stock_entities_only(nlp):
    from pressextract.evaluate import baseline_record

    text = "Carole Delga, présidente de la Région Occitanie, annonce 3 M€ pour le Pack relocalisation."
    rec = baseline_record(nlp, text)
    assert [p.name for p in rec.people] == ["Carole Delga"]
    assert rec.figures == [] and rec.quotes == [] and all(p.roles == [] for p in rec.people)
    for item in rec.people + rec.organizations + rec.programmes:
        for m in item.mentions:
            assert text[m.start : m.end] == m.text


def test_two_titles_of_one_head_pair_with_the_closest_gold_title():
    g = gold(people=[{"name": "Nolwenn Guillou", "roles": [
        {"title": "directrice du réseau Finistère", "organization": None, "status": "current"},
        {"title": "directrice du réseau Côtes-d'Armor", "organization": None, "status": "former"},
    ]}])
    r = record(people=[Person(name="Nolwenn Guillou", roles=[
        _role("Directrice du réseau Côtes-d'Armor", None, "former"),
        _role("directrice du réseau Finistère", None, "current"),
    ])])
    s = score_document(r, g)
    assert counts(s, "roles") == (2, 0, 0)
    assert (s.status_matched, s.status_correct) == (2, 2)
