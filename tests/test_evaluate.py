"""A researcher measures the extractor against the hand-made gold with ``kg evaluate``.

The scorer is checked on the real dev gold (scored against itself, then
damaged in known ways) and on small constructed documents whose expected
counts can be worked out by hand.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.evaluate import (
    GoldError,
    PartialDate,
    dates_agree,
    facts_from_gold,
    load_gold,
    parse_date,
    predictions_by_doc,
    score,
    score_doc,
)
from kg.model import ArticleFacts, Event, Participation, Person

DATA = Path(__file__).parent / "data"
GOLD = DATA / "gold"
FIXTURES = DATA / "evaluate"
CATEGORIES = ("persons", "positions", "events", "participations", "participations_with_role", "organizations")


@pytest.fixture(scope="module")
def gold() -> dict[str, dict]:
    return load_gold(GOLD)


def as_predictions(gold_docs: dict[str, dict]) -> dict[str, dict]:
    """Gold turned into pipeline output and folded back: the path real predictions take."""
    return predictions_by_doc(facts_from_gold(doc) for doc in gold_docs.values())


def one_doc(*events: dict, persons: list[dict] | None = None, doc: str = "page.txt") -> dict[str, dict]:
    names = {p["name"] for e in events for p in e.get("participants", [])}
    persons = persons if persons is not None else [{"name": n, "positions": []} for n in sorted(names)]
    return {doc: {"doc": doc, "persons": persons, "organizations": [], "events": list(events)}}


def event(name: str, date: str | None, *participants: tuple[str, str], type: str = "meeting") -> dict:
    return {
        "name": name,
        "type": type,
        "date": date,
        "organizer": None,
        "participants": [{"name": n, "role": r} for n, r in participants],
        "evidence": f"{name}的证据句。",
    }


def run_kg(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "from kg.cli import main; main()", "evaluate", *args],
        capture_output=True, text=True, input=stdin, timeout=120,
    )


def table(stdout: str) -> dict[str, list[str]]:
    return {line.split()[0]: line.split()[1:] for line in stdout.strip().splitlines()[-8:]}


# --------------------------------------------------------------------------- the dev gold


def test_the_dev_gold_loads_keyed_by_source_file_name(gold):
    assert "000_e0082f67350fa89f.txt" in gold and "20231102.md" in gold
    assert len(gold) == len(list(GOLD.rglob("*.json")))


def test_the_gold_scored_against_itself_is_perfect_everywhere(gold):
    predicted = as_predictions(gold)
    for doc in predicted.values():  # event order must not matter
        doc["events"].reverse()
    report = score(gold, predicted)

    for name, counts in report.totals.items():
        assert counts.tp > 0, name
        assert (counts.precision, counts.recall, counts.f1) == (1.0, 1.0, 1.0), name
    for name, accuracy in report.accuracy.items():
        assert accuracy.value == 1.0, name
    assert report.errors == []
    assert report.totals["events"].tp == sum(len(d["events"]) for d in gold.values())


def test_dropping_one_participant_lowers_participation_recall_by_exactly_one_pair(gold):
    damaged = copy.deepcopy(gold)
    doc, dropped, event_name = None, None, None
    for doc_id, data in damaged.items():  # a person with a single role at an event
        for ev in data["events"]:
            names = [p["name"] for p in ev["participants"]]
            single = [n for n in names if names.count(n) == 1]
            if single:
                doc, dropped, event_name = doc_id, single[0], ev["name"]
                ev["participants"] = [p for p in ev["participants"] if p["name"] != dropped]
                break
        if doc:
            break
    assert doc, "the dev gold has no participant to drop"

    full = score(gold, as_predictions(gold)).totals
    report = score(gold, as_predictions(damaged))
    pairs, roles = report.totals["participations"], report.totals["participations_with_role"]

    assert pairs.recall == pytest.approx((full["participations"].tp - 1) / full["participations"].tp)
    with_role = full["participations_with_role"].tp
    assert roles.recall == pytest.approx((with_role - 1) / with_role)
    assert (pairs.fn, pairs.fp, pairs.precision) == (1, 0, 1.0)
    missed = [e for e in report.errors if e.kind == "missed"]
    assert {e.category for e in missed} == {"participations", "participations_with_role"}
    assert all(e.doc == doc and dropped in e.item and event_name in e.item and e.evidence for e in missed)


# --------------------------------------------------------------------------- event matching


def test_an_event_sharing_a_four_character_run_and_the_date_matches():
    gold = one_doc(event("大足区三届人大常委会第五十五次主任会议", "2025-09-12", ("王志", "chair")))
    predicted = one_doc(event("第五十五次主任会议", "2025-09-12", ("王志", "chair")))

    report = score(gold, predicted)

    assert (report.totals["events"].tp, report.totals["participations_with_role"].tp) == (1, 1)


def test_the_same_name_on_another_date_does_not_match():
    gold = one_doc(event("大足区三届人大常委会第五十五次主任会议", "2025-09-12", ("王志", "chair")))
    predicted = one_doc(event("大足区三届人大常委会第五十五次主任会议", "2025-09-13", ("王志", "chair")))

    totals = score(gold, predicted).totals

    assert (totals["events"].tp, totals["events"].fp, totals["events"].fn) == (0, 1, 1)
    # the person is still right; the (person, event) pair is not, because the event did not match
    assert totals["persons"].f1 == 1.0 and totals["participations"].tp == 0


def test_names_that_share_only_three_characters_do_not_match_but_shared_participants_do():
    people = [("甲一", "chair"), ("乙二", "attendee"), ("丙三", "attendee")]
    gold = one_doc(event("区政府常务会议", "2025-09-12", *people))
    short_run = one_doc(event("常务会研究", "2025-09-12", ("丁四", "chair")))
    one_of_three = one_doc(event("常务会研究", "2025-09-12", people[0]))
    same_people = one_doc(event("常务会研究", "2025-09-12", *people[:2]))

    assert score(gold, short_run).totals["events"].tp == 0
    assert score(gold, one_of_three).totals["events"].tp == 0  # one shared person is not "most"
    assert score(gold, same_people).totals["events"].tp == 1


def test_a_month_day_date_matches_the_same_day_with_a_year():
    gold = one_doc(event("渝中区第十六次妇女代表大会", "2025-10-20/2025-10-21", ("彭桦", "speaker")))
    facts = ArticleFacts(
        "page.txt", "page.txt#0", persons=[Person("彭桦")],
        events=[Event("e", "第十六次妇女代表大会", "meeting", "--10-20", "--10-21",
                      participants=[Participation("彭桦", "speaker")])],
    )

    predicted = predictions_by_doc([facts])
    report = score(gold, predicted)

    assert predicted["page.txt"]["events"][0]["date"] == "--10-20/--10-21"
    assert report.totals["events"].f1 == 1.0
    assert report.accuracy["event_month_day"].value == 1.0


def test_two_predicted_copies_of_one_gold_event_give_one_hit_and_one_spurious():
    gold = one_doc(event("大足区残联第三届主席团第四次全体会议", "2025-09-12", ("钱虎", "attendee")))
    copy_ = event("区残联第三届主席团第四次全体会议", "2025-09-12", ("钱虎", "attendee"))
    predicted = one_doc(copy_, copy.deepcopy(copy_))

    report = score(gold, predicted)
    events = report.totals["events"]

    assert (events.tp, events.fp, events.fn) == (1, 1, 0)
    # the copy's participant hangs on an unmatched event: spurious pair
    assert (report.totals["participations"].tp, report.totals["participations"].fp) == (1, 1)
    spurious = [e for e in report.errors if e.category == "events"]
    assert len(spurious) == 1 and spurious[0].kind == "spurious" and spurious[0].evidence


def test_matching_prefers_the_assignment_that_pairs_most_events():
    # A greedy pass would give the first prediction to the first gold event (longer
    # shared run) and strand the second; the optimal pairing matches both.
    gold = one_doc(
        event("区政协三届二十次党组会议", "2023-02-20", ("李继刚", "chair")),
        event("区政协主席会议", "2023-02-20", ("李继刚", "chair"), ("薛燕", "attendee")),
    )
    predicted = one_doc(
        event("区政协三届二十次党组会议暨主席会议", "2023-02-20", ("李继刚", "chair")),
        event("三届二十次党组会", "2023-02-20", ("李继刚", "chair")),
    )

    assert score(gold, predicted).totals["events"].tp == 2


# --------------------------------------------------------------------------- dates


def test_month_day_accuracy_counts_a_wrong_day_and_a_missing_date():
    gold = one_doc(
        event("区人大常委会第五十五次主任会议", "2025-09-12", ("王志", "chair")),
        event("区人大常委会党组扩大会议", "2025-09-12", ("肖朝华", "attendee")),
        event("区残联主席团全体会议", None, ("钱虎", "attendee")),
        event("区人大常委会中医药专题调研", "2025-09-09/2025-09-11", ("印国建", "leader"), type="inspection"),
    )
    predicted = one_doc(
        event("第五十五次主任会议", "2025-09-13", ("王志", "chair")),  # wrong day
        event("区人大常委会党组扩大会议", None, ("肖朝华", "attendee")),  # date missed
        event("区残联主席团全体会议", None, ("钱虎", "attendee")),  # both null: agree
        event("中医药专题调研", "2025-09-09/2025-09-10", ("印国建", "leader"), type="meeting"),
    )

    report = score(gold, predicted)
    month_day = report.accuracy["event_month_day"]

    assert (month_day.correct, month_day.total) == (2, 4)
    assert report.accuracy["event_type"].correct == 3
    # the wrong-day meeting fails the event match itself, the undated one does not
    assert (report.totals["events"].tp, report.totals["events"].fn) == (3, 1)
    wrong = [e.item for e in report.errors if e.category == "event_month_day"]
    assert any("2025-09-12 vs predicted 2025-09-13" in item for item in wrong)
    assert any("vs predicted no date" in item for item in wrong)


def test_a_year_month_gold_date_matches_any_day_of_that_month_but_has_no_month_day():
    gold = one_doc(event("市场监管总局平台企业支持个体工商户发展座谈会", "2025-05"))
    with_day = one_doc(event("平台企业支持个体工商户发展座谈会", "2025-05-20"))
    without_day = one_doc(event("平台企业支持个体工商户发展座谈会", None))
    unreadable = one_doc(event("平台企业支持个体工商户发展座谈会", "5月"))

    guessed = score(gold, with_day)
    assert guessed.totals["events"].tp == 1
    assert guessed.accuracy["event_month_day"].correct == 0  # the text gives no day
    assert score(gold, without_day).accuracy["event_month_day"].correct == 1
    assert score(gold, unreadable).totals["events"].tp == 0


def test_gold_date_forms_including_a_year_month():
    assert parse_date("2025-09-09/2025-09-11") == (PartialDate(2025, 9, 9), PartialDate(2025, 9, 11))
    assert parse_date("--09-12") == (PartialDate(None, 9, 12), None)
    assert parse_date(None) == (None, None)
    month_only, _ = parse_date("2025-05")
    assert month_only.month_day is None  # no day known, like a null date for month-day accuracy
    assert dates_agree(month_only, PartialDate(2025, 5, 20))
    assert not dates_agree(month_only, PartialDate(2025, 6, 20))
    assert dates_agree(PartialDate(None, 9, 12), PartialDate(2024, 9, 12))
    with pytest.raises(ValueError):
        parse_date("9月12日")


# --------------------------------------------------------------------------- documents


def test_only_gold_documents_are_scored_and_a_missing_prediction_is_all_missed():
    gold = one_doc(event("区政府第140次常务会议", None, ("赖良", "chair")), doc="004_x.txt")
    gold.update(one_doc(event("区残联全体会议", "2025-09-12", ("钱虎", "attendee")), doc="000_y.txt"))
    predicted = one_doc(event("区政府第140次常务会议", None, ("赖良", "chair")), doc="004_x")  # no extension
    predicted.update(one_doc(event("别的会议", None, ("张三", "chair")), doc="not_in_gold.txt"))

    report = score(gold, predicted)

    assert report.ignored_docs == ["not_in_gold.txt"]
    assert report.docs["004_x.txt"].predicted_doc == "004_x"
    assert report.docs["004_x.txt"].counts["events"].f1 == 1.0
    assert report.docs["000_y.txt"].predicted_doc is None
    assert report.docs["000_y.txt"].counts["persons"].recall == 0.0
    assert report.totals["events"].fp == 0 and report.totals["events"].fn == 1


def test_bad_gold_is_a_one_line_error(tmp_path):
    with pytest.raises(GoldError, match="not found"):
        load_gold(tmp_path / "absent")
    with pytest.raises(GoldError, match="no gold"):
        load_gold(tmp_path)
    (tmp_path / "a.json").write_text('{"doc": "a.txt", "persons": [', encoding="utf-8")
    with pytest.raises(GoldError, match=r"a\.json: bad JSON at line 1") as err:
        load_gold(tmp_path)
    assert "\n" not in str(err.value)
    (tmp_path / "a.json").write_text('{"persons": []}', encoding="utf-8")
    with pytest.raises(GoldError, match="missing 'doc'"):
        load_gold(tmp_path)


# --------------------------------------------------------------------------- the command


def test_kg_evaluate_rescoring_a_saved_run_prints_the_table_last():
    result = run_kg("--gold", str(FIXTURES / "gold"), "--predictions", str(FIXTURES / "predictions.jsonl"))

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.strip().splitlines()
    assert len(lines) <= 12
    rows = table(result.stdout)
    assert list(rows)[:6] == list(CATEGORIES)
    # P R F1 tp fp fn, as worked out in tests/data/evaluate/README.md
    assert rows["persons"] == ["0.750", "0.750", "0.750", "3", "1", "1"]
    assert rows["positions"][3:] == ["3", "0", "1"]
    assert rows["events"] == ["1.000", "1.000", "1.000", "2", "0", "0"]
    assert rows["participations"][3:] == ["4", "0", "0"]
    assert rows["participations_with_role"] == ["0.750", "0.600", "0.667", "3", "1", "2"]
    assert rows["organizations"][3:] == ["2", "0", "1"]
    assert "1 predicted docs not in gold ignored" in lines[-10]


def test_kg_evaluate_show_errors_names_doc_item_and_evidence_and_keeps_the_table_last():
    predictions = (FIXTURES / "predictions.jsonl").read_text(encoding="utf-8")
    result = run_kg("--gold", str(FIXTURES / "gold"), "--predictions", "-", "--show-errors", "--per-doc",
                    stdin=predictions + "{not json\n")

    assert result.returncode == 1  # a bad input line: reported, the rest still scored
    assert result.stderr.strip().splitlines() == ["-:4: bad JSON: Expecting property name enclosed in double quotes"]
    out = result.stdout
    assert "mini_page.txt  persons                  missed    王磊" in out
    assert "陈静 as nonvoting @ 大足区三届人大常委会第六十次主任会议" in out
    assert "evidence: 10月9日，大足区人大常委会主任张明主持召开区三届人大常委会第六十次主任会议。" in out
    assert "1 input errors" in out.strip().splitlines()[-10]
    assert table(out)["persons"] == ["0.750", "0.750", "0.750", "3", "1", "1"]


def test_kg_evaluate_json_carries_the_same_figures():
    result = run_kg("--gold", str(FIXTURES / "gold"), "--predictions", str(FIXTURES / "predictions.jsonl"),
                    "--json", "--per-doc")

    data = json.loads(result.stdout)
    assert data["participations_with_role"] == {"precision": 0.75, "recall": 0.6, "f1": 0.6667,
                                                "tp": 3, "fp": 1, "fn": 2}
    assert data["docs"]["mini_page.txt"]["events"]["tp"] == 2
    assert data["ignored_docs"] == ["other_page.txt"]


@pytest.mark.parametrize("content", [None, '{"doc": "x.txt", "events": [}'])
def test_kg_evaluate_with_a_missing_or_broken_gold_dir_fails_in_one_line(tmp_path, content):
    gold_dir = tmp_path / "gold"
    if content is not None:
        gold_dir.mkdir()
        (gold_dir / "x.json").write_text(content, encoding="utf-8")

    result = run_kg("--gold", str(gold_dir), "--predictions", str(FIXTURES / "predictions.jsonl"))

    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1
    assert str(gold_dir) in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_kg_evaluate_extracts_the_sample_pages_and_reports_a_bad_file_without_losing_the_rest(tmp_path):
    pytest.importorskip("kg.extract.pipeline", reason="the extraction pipeline is not built yet")
    binary = tmp_path / "broken.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    seeds = Path(__file__).parents[1] / "kg" / "sample" / "seeds"

    result = run_kg("--gold", str(GOLD / "seeds"), str(seeds), str(binary))

    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "broken.txt" in result.stderr
    head = result.stdout.strip().splitlines()[-10]
    assert head.startswith("[all] gold docs: 5 (5 with predictions)") and "1 input errors" in head
    assert "[tune] gold docs: 4" in result.stdout and "[check] gold docs: 1" in result.stdout
    assert set(table(result.stdout)) >= set(CATEGORIES)


def test_the_dev_gold_splits_once_by_file_name_into_tune_and_check():
    from kg.evaluate import split_of

    gold = load_gold(GOLD)
    parts = {doc: split_of(doc) for doc in gold}
    assert set(parts.values()) == {"tune", "check"}
    # about two thirds tune, and the split of a document never depends on its folder or extension
    assert 0.5 <= sum(p == "tune" for p in parts.values()) / len(parts) <= 0.8
    assert split_of("20220120.md") == split_of("cctv/20220120.txt") == split_of("20220120")


def test_a_part_of_the_report_is_tune_or_check_and_nothing_else(gold):
    """A misspelt part must fail loudly: an empty report scores 1.0 and would pass any floor."""
    report = score(gold, gold)
    assert sum(len(report.part(split).docs) for split in ("tune", "check")) == len(report.docs)
    with pytest.raises(ValueError, match="unknown split 'all'"):
        report.part("all")


def test_organisations_are_scored_as_the_graph_names_them_through_the_alias_table():
    """A gold 大足区人大 and a predicted 区人民代表大会 of a 大足 paper are one body; a different body is not."""
    gold_doc = {"doc": "p.txt", "region": "大足区", "persons": [], "events": [],
                "organizations": ["大足区人大", "全国人大常委会"]}
    predicted = {"doc": "p.txt", "region": "大足区", "persons": [], "events": [],
                 "organizations": ["区人民代表大会", "中国全国人大常委会", "大足区政协"]}
    counts = score_doc("p.txt", gold_doc, predicted).counts["organizations"]
    assert (counts.tp, counts.fp, counts.fn) == (2, 1, 0)
