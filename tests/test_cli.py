"""The command line, through typer's CliRunner."""

import json

import pytest
from typer.testing import CliRunner

from pressextract import api
from pressextract.cli import app

runner = CliRunner()

SAMPLE = "Carole Delga, présidente de la Région Occitanie, annonce 3 M€ pour 12 lycées.\n"


@pytest.fixture(autouse=True)
def _shared_pipeline(monkeypatch, nlp):
    """The CLI builds an Extractor; hand it the session's pipeline."""
    original = api.Extractor.__init__

    def init(self, model=None, models_dir=None, nlp_=None):
        original(self, nlp=nlp)

    monkeypatch.setattr(api.Extractor, "__init__", init)


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "communique.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    return path


def test_parse_prints_json(sample):
    result = runner.invoke(app, ["parse", str(sample)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["source"]["path"] == str(sample)
    assert record["people"][0]["name"] == "Carole Delga"
    assert {(f["value"], f["unit"]) for f in record["figures"]} >= {(3_000_000, "EUR"), (12, "lycées")}


def test_parse_jsonl_to_file(sample, tmp_path):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["parse", str(sample), str(sample), "--format", "jsonl", "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and json.loads(lines[1])["source"]["chars"] == len(SAMPLE)


def test_parse_utf8_bom(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff".encode() + SAMPLE.encode())
    result = runner.invoke(app, ["parse", str(path)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["source"]["chars"] == len(SAMPLE)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"", "is empty"),
        (b"   \n\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        (bytes(range(128, 256)) * 3, "not text in a known encoding"),
    ],
)
def test_bad_input_is_one_line_error(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_bytes(content)
    result = runner.invoke(app, ["parse", str(path)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    err = result.stderr.strip().splitlines()
    assert len(err) == 1 and message in err[0], result.stderr


def test_cp1252_file_is_decoded(tmp_path):
    path = tmp_path / "ancien.txt"
    path.write_bytes("La Région Île-de-France investit 3 M€ dans les lycées.".encode("cp1252"))
    result = runner.invoke(app, ["parse", str(path)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert any(o["name"] == "Région Île-de-France" for o in record["organizations"])
    assert record["figures"][0]["unit"] == "EUR"


def test_directory_is_an_error(tmp_path):
    result = runner.invoke(app, ["parse", str(tmp_path)])
    assert result.exit_code == 1 and "is a directory" in result.stderr


def test_good_files_survive_a_bad_one(sample, tmp_path):
    result = runner.invoke(app, ["parse", str(sample), str(tmp_path / "missing.txt"), "-f", "jsonl"])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert "missing.txt: no such file" in result.stderr


def test_schema():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0, result.output
    schema = json.loads(result.stdout)
    assert {"people", "organizations", "programmes", "figures", "quotes", "source"} <= set(schema["properties"])


def test_no_arguments_shows_help():
    result = runner.invoke(app, [])
    assert result.exit_code == 2
    assert "parse" in result.output


def test_usage_error_exit_code():
    result = runner.invoke(app, ["parse"])
    assert result.exit_code == 2


@pytest.fixture
def annotated(tmp_path):
    (tmp_path / "a.txt").write_text("Carole Delga, présidente de la Région Occitanie, annonce 3 M€.\n", encoding="utf-8")
    gold = {
        "document": "a.txt",
        "people": [{"name": "Carole Delga", "roles": [{"title": "présidente", "organization": "Région Occitanie"}]}],
        "organizations": [{"name": "Région Occitanie"}],
        "programmes": [{"name": "Plan Soleil"}],
        "figures": [{"value": 3000000, "unit": "EUR"}],
        "quotes": [],
    }
    (tmp_path / "a.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def test_evaluate_table_and_details(annotated):
    result = runner.invoke(app, ["evaluate", str(annotated), "--details"])
    assert result.exit_code == 0, result.output
    assert "people" in result.stdout and "1.000" in result.stdout
    assert "programmes\tMISS\tPlan Soleil" in result.stdout


def test_evaluate_details_list_a_wrong_role_status(annotated):
    gold = json.loads((annotated / "a.gold.json").read_text(encoding="utf-8"))
    gold["people"][0]["roles"][0]["status"] = "former"
    (annotated / "a.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(annotated), "--details"])
    assert result.exit_code == 0, result.output
    assert "roles\tSTATUS\tCarole Delga: présidente @ Région Occitanie (gold former, found current)" in result.stdout
    data = json.loads(runner.invoke(app, ["evaluate", str(annotated), "--details", "--json"]).stdout)
    assert data["role_status_accuracy"] == 0.0
    assert list(data["details"].values())[0]["status_misses"] == ["Carole Delga: présidente @ Région Occitanie (gold former, found current)"]


def test_evaluate_json_and_min_f1(annotated):
    result = runner.invoke(app, ["evaluate", str(annotated), "--json", "--min-f1", "0.5"])
    assert result.exit_code == 1  # programmes: 0 of 1 found
    data = json.loads(result.stdout)
    assert data["categories"]["figures"]["f1"] == 1.0
    assert data["categories"]["programmes"]["fn"] == 1
    assert "programmes" in result.stderr


def test_evaluate_bad_gold_names_file_and_field(annotated):
    (annotated / "a.gold.json").write_text('{"document": "a.txt", "people": {}}', encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(annotated)])
    assert result.exit_code == 1
    assert "a.gold.json" in result.stderr and "people" in result.stderr
    assert "Traceback" not in result.output


def test_evaluate_missing_folder_and_empty_folder(tmp_path):
    assert runner.invoke(app, ["evaluate", str(tmp_path / "nope")]).exit_code == 1
    result = runner.invoke(app, ["evaluate", str(tmp_path)])
    assert result.exit_code == 1 and "no *.gold.json" in result.stderr


def test_evaluate_one_text_with_its_gold_beside_it(annotated):
    result = runner.invoke(app, ["evaluate", str(annotated / "a.txt"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["documents"] == 1
