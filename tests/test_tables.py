"""A researcher takes the graph to a spreadsheet, a data frame and a Popolo tool.

The tables are read back with pandas (CSV, XLSX through openpyxl, Parquet
through pyarrow), their ids must join, and every fact row must lead back to the
exact characters of its source file. The Popolo export is validated with
jsonschema against the Popolo project's own JSON schemas (tests/data/popolo,
CC BY 4.0).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sample_facts import sample_batch, source_text

from kg.cli import main
from kg.commands.tables import COLUMNS, TABLES
from kg.graph import store as stores
from kg.graph.resolve import resolve

pandas = pytest.importorskip("pandas")
POPOLO = Path(__file__).parent / "data" / "popolo"


def kg(*args: object) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tables")
    stores.build(resolve(sample_batch()), folder / "store")
    return folder / "store"


def read(directory: Path, fmt: str) -> dict[str, pandas.DataFrame]:
    reader = {"csv": pandas.read_csv, "xlsx": pandas.read_excel, "parquet": pandas.read_parquet}[fmt]
    return {name: reader(directory / f"{name}.{fmt}") for name in TABLES}


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "parquet"])
def test_tables_open_in_pandas_with_ids_that_join(store_dir: Path, tmp_path: Path, fmt: str) -> None:
    pytest.importorskip({"csv": "pandas", "xlsx": "openpyxl", "parquet": "pyarrow"}[fmt])
    result = kg("export-tables", "--store", store_dir, "--format", fmt, "-o", tmp_path)
    assert result.exit_code == 0, result.stderr
    frames = read(tmp_path, fmt)
    for name, frame in frames.items():
        assert list(frame.columns) == list(COLUMNS[name]), name
        assert len(frame) > 0, name
    persons, events = frames["persons"], frames["events"]
    roster = frames["participations"].merge(persons, on="person_id").merge(events, on="event_id", suffixes=("", "_e"))
    assert len(roster) == len(frames["participations"])  # every participation joins a person and an event
    meeting = roster[roster["name_e"] == "大足区三届人大常委会第五十五次主任会议"]
    assert set(zip(meeting["name"], meeting["role"], strict=True)) >= {("王志", "chair"), ("杨爱民", "nonvoting")}
    posts = frames["posts"].merge(persons, on="person_id").merge(frames["bodies"], on="body_id", suffixes=("", "_b"))
    assert {("肖朝华", "副主任", "大足区人大常委会")} <= set(
        zip(posts["name"], posts["title"], posts["name_b"], strict=True)
    )
    assert "Wang Zhi" in set(persons["pinyin"])


def test_every_fact_row_leads_back_to_the_characters_of_its_source(store_dir: Path, tmp_path: Path) -> None:
    assert kg("export-tables", "--store", store_dir, "-o", tmp_path).exit_code == 0
    frames = read(tmp_path, "csv")
    for name in ("participations", "posts", "events"):
        with_source = frames[name].dropna(subset=["file"])
        assert len(with_source) == len(frames[name]) or name == "events"
        for row in with_source.itertuples():
            assert source_text(row.file)[int(row.begin) : int(row.end)] == row.anchor, (name, row)
            assert "".join(row.anchor.split()) in str(row.evidence), (name, row)


def test_a_missing_store_is_one_line(tmp_path: Path) -> None:
    result = kg("export-tables", "--store", tmp_path / "none", "-o", tmp_path / "out")
    assert result.exit_code == 1 and "no graph store" in result.stderr and "Traceback" not in result.stderr


def popolo_validators() -> dict[str, object]:
    """A Draft 3 validator per Popolo schema, resolving the schemas' absolute $refs to the local copies."""
    jsonschema = pytest.importorskip("jsonschema")
    referencing = pytest.importorskip("referencing")
    from referencing.jsonschema import DRAFT3

    resources = []
    for path in POPOLO.glob("*.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        resources.append((schema["id"].rstrip("#"), DRAFT3.create_resource(schema)))
        resources.append((schema["id"], DRAFT3.create_resource(schema)))
    registry = referencing.Registry().with_resources(resources)
    validators = {}
    for kind, schema_name in {
        "persons": "person",
        "organizations": "organization",
        "posts": "post",
        "memberships": "membership",
        "events": "event",
    }.items():
        schema = json.loads((POPOLO / f"{schema_name}.json").read_text(encoding="utf-8"))
        validators[kind] = jsonschema.Draft3Validator(
            schema, registry=registry, format_checker=jsonschema.Draft3Validator.FORMAT_CHECKER
        )
    return validators


def test_the_popolo_export_validates_against_the_popolo_schemas(store_dir: Path, tmp_path: Path) -> None:
    output = tmp_path / "popolo.json"
    result = kg("export-popolo", "--store", store_dir, "-o", output)
    assert result.exit_code == 0, result.stderr
    data = json.loads(output.read_text(encoding="utf-8"))
    validators = popolo_validators()
    for kind, items in data.items():
        assert items, kind
        for item in items:
            errors = [e.message for e in validators[kind].iter_errors(item)]
            assert not errors, (kind, item["id"], errors)
    ids = {kind: {item["id"] for item in items} for kind, items in data.items()}
    for membership in data["memberships"]:
        assert membership["person_id"] in ids["persons"]
        assert membership.get("organization_id", next(iter(ids["organizations"]))) in ids["organizations"]
    wangs = [p for p in data["persons"] if p["name"] == "王志"]  # namesakes of two districts
    assert all({"name": "Wang Zhi", "note": "pinyin (zh-Latn-pinyin)"} in p["other_names"] for p in wangs)
    meeting = next(e for e in data["events"] if e["name"] == "大足区三届人大常委会第五十五次主任会议")
    assert meeting["start_date"] == "2025-09-12"
    assert len({p["id"] for p in wangs} & {a["id"] for a in meeting["attendees"]}) == 1


def test_the_validator_catches_what_popolo_forbids() -> None:
    validators = popolo_validators()
    bad = {"id": "x", "name": "王志", "birth_date": "12 Sept", "sources": [{"note": "no url"}]}
    assert len(list(validators["persons"].iter_errors(bad))) == 2
