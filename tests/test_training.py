"""The training recipe of the person recogniser: its data readers, its split discipline, its output.

The full run (``python -m kg.extract.training all``) takes tens of minutes; these tests run the
readers on small files in the corpora's own formats, check that the *check* half of the dev gold
never reaches the training data, and check the shipped model (loads, small, labelled PERSON).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from kg.evaluate import split_of
from kg.extract.training import CONFIG, MODEL_DIR, clauses, cluener, gold_tune, mark, resume

ROOT = Path(__file__).resolve().parents[1]


def test_clauses_keep_names_inside_and_drop_names_cut_by_a_comma():
    text = "国务院副总理张国清出席，并讲话。"
    got = list(clauses(text, [(6, 9)]))
    assert got[0] == ("国务院副总理张国清出席，", [(6, 9)])
    assert got[1] == ("并讲话。", [])
    assert list(clauses("张国，清出席。", [(0, 4)])) == []  # never half a name


def test_cluener_names_become_person_spans(tmp_path):
    labels = {"name": {"叶老桂": [[4, 6]]}, "company": {"浙商银行": [[0, 3]]}}
    row = {"text": "浙商银行叶老桂博士认为，", "label": labels}
    (tmp_path / "cluener2020").mkdir()
    (tmp_path / "cluener2020" / "train.json").write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    assert list(cluener(tmp_path)) == [("浙商银行叶老桂博士认为，", [(4, 7)])]


def test_resume_bmes_names_become_person_spans(tmp_path):
    (tmp_path / "resume_ner").mkdir()
    lines = ["高 B-NAME", "勇 E-NAME", "： O", "男 O", "", "王 S-NAME", "， O", ""]
    (tmp_path / "resume_ner" / "train.char.bmes").write_text("\n".join(lines), encoding="utf-8")
    assert list(resume(tmp_path)) == [("高勇：男", [(0, 2)]), ("王，", [(0, 1)])]


def test_mark_prefers_the_longest_name_and_never_overlaps():
    assert mark("魏凤和、魏凤", ["魏凤", "魏凤和"]) == [(0, 3), (4, 6)]


def test_only_tune_documents_of_the_dev_gold_are_read():
    gold = ROOT / "tests" / "data" / "gold"
    check_only = set()
    tune_names = set()
    for path in gold.rglob("*.json"):
        names = {p["name"] for p in json.loads(path.read_text(encoding="utf-8")).get("persons", [])}
        (tune_names if split_of(path.name) == "tune" else check_only).update(names)
    check_only -= tune_names
    seen = set()
    for text, spans in gold_tune(gold, ROOT.parent / "shared" / "corpus"):
        seen.update(text[s:e] for s, e in spans)
    assert seen, "the tune documents give training clauses"
    assert not seen & check_only


def test_the_shipped_config_is_a_valid_spacy_training_config():
    config = spacy.util.load_config(CONFIG)
    assert config["nlp"]["pipeline"] == ["tok2vec", "ner"]
    assert config["components"]["tok2vec"]["model"]["embed"]["width"] <= 64  # tiny on purpose: speed


@pytest.mark.skipif(not (MODEL_DIR / "config.cfg").exists(), reason="the trained recogniser is not installed")
def test_the_shipped_model_is_small_labelled_person_and_has_a_card():
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size < 5_000_000
    assert (MODEL_DIR / "MODEL_CARD.md").exists()
    nlp = spacy.load(MODEL_DIR)
    assert nlp.get_pipe("ner").labels == ("PERSON",)
    assert [e.label_ for e in nlp("国务院副总理张国清出席会议。").ents] == ["PERSON"]


# ------------------------------------------------------------------ the mined gazetteer of foreign places


def test_a_run_that_stands_where_places_stand_and_never_where_persons_do_is_mined_as_a_place(tmp_path):
    from kg.extract.lexicon import Lexicon
    from kg.extract.training.places import mine

    day = tmp_path / "day.md"
    day.write_text(
        "俄军在哈尔科夫州推进。乌军在哈尔科夫等方向击退进攻。总统抵达哈尔科夫，视察前线。"
        "普京在莫斯科表示，莫斯科附近发生爆炸。美国总统拜登在哈尔科夫举行会谈。"
        "拜登州长会面。拜登地区选举。拜登市民众。",
        encoding="utf-8",
    )
    mined = mine([day], Lexicon.load())
    assert "哈尔科夫" in mined
    assert "拜登" not in mined  # named as a person once ("总统拜登"): never a place, however often near 州
    assert "普京" not in mined


def test_the_shipped_gazetteer_is_what_the_recipe_mines(tmp_path):
    """The resource is the command's output, not a hand-kept list: a town the news names as a place."""
    from kg.extract.lexicon import RESOURCES

    shipped = (RESOURCES / "foreign_places.txt").read_text(encoding="utf-8")
    assert shipped.startswith("# Foreign places mined from news text by `python -m kg.extract.training places`")
    assert {"哈尔科夫", "巴赫穆特", "库拉霍沃"} <= set(shipped.split())
