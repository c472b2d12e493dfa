"""The person-name scorer, told as the rule layer's story: where does a name start and end, and is
a surname-initial string a name at all?  Sentences here are written for the tests, not taken from
the dev gold."""

from __future__ import annotations

import json
import math
import random

import pytest

from kg.extract.names import (
    DEFAULT_MODEL_PATH,
    NameModel,
    candidate_features,
    feature_text,
    main,
    read_pd1998,
    train,
)


@pytest.fixture(scope="module")
def model() -> NameModel:
    return NameModel.load()


def names(model: NameModel, text: str) -> list[str]:
    return [text[s:e] for s, e, _ in model.find(text)]


# ------------------------------------------------------------------------------ names before verbs


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("张伟明表示，今年将继续加大投入。", "张伟明"),
        ("会上，周建华强调，要压实责任。", "周建华"),
        ("65岁的赵德胜说，日子越过越好。", "赵德胜"),
        ("孙丽娟当选为区妇联主席。", "孙丽娟"),
        ("王芳芳同志任区委办公室主任。", "王芳芳"),
        ("市长刘建国主持会议并讲话。", "刘建国"),
    ],
)
def test_a_name_standing_before_a_verb_is_found_with_its_exact_span(model, sentence, name):
    start = sentence.index(name)
    assert [(s, e) for s, e, _ in model.find(sentence)] == [(start, start + len(name))]


def test_the_given_name_does_not_swallow_the_verb(model):
    # 王志说 is 王志 + 说, not a three-character name; 彭桦在 is 彭桦 + 在.
    assert names(model, "王志说，今年要抓好三件事。") == ["王志"]
    assert names(model, "彭桦在会上作了发言。") == ["彭桦"]


def test_every_name_of_a_list_is_found(model):
    text = "副区长杨晓东、陈红梅、黄志强出席会议。"
    assert names(model, text) == ["杨晓东", "陈红梅", "黄志强"]


# ------------------------------------------------------------------------------ not names


@pytest.mark.parametrize(
    "sentence",
    [
        "会议指出，要加快推进重点项目建设。",
        "全区要高度重视安全生产工作。",
        "高度重视、全面部署、狠抓落实。",
        "黄河流域生态保护和高质量发展座谈会召开。",
        "于是他们决定继续前进。",
        "方案明确了时间表和路线图。",
        "安全生产形势总体稳定。",
    ],
)
def test_surname_initial_words_are_not_names(model, sentence):
    assert names(model, sentence) == []


def test_a_clause_word_scores_far_below_a_name_in_the_same_place(model):
    assert model.score("会上，周建华强调。", 3, 6) > model.threshold
    assert model.score("全区要高度重视。", 0, 3) < model.threshold
    assert model.score("高度重视安全生产。", 0, 3) < model.threshold


# ------------------------------------------------------------------------------ foreign names


def test_a_foreign_name_with_a_middle_dot_is_one_name(model):
    text = "英国首相鲍里斯·约翰逊表示，将继续支持乌克兰。"
    assert names(model, text) == ["鲍里斯·约翰逊"]


def test_a_transliterated_name_after_a_title_is_found(model):
    assert names(model, "联合国秘书长古特雷斯发表声明。") == ["古特雷斯"]


def test_other_middle_dots_are_read_as_the_same_dot(model):
    assert names(model, "英国首相鲍里斯•约翰逊表示，将继续支持乌克兰。") == ["鲍里斯•约翰逊"]


# ------------------------------------------------------------------------------ the API


def test_best_at_returns_the_best_end_for_a_start(model):
    text = "77岁的赵德胜说，日子越过越好。"
    end, score = model.best_at(text, 4)
    assert text[4:end] == "赵德胜" and score > model.threshold
    assert model.best_at(text, 0) is None  # a digit starts no name


def test_a_position_scores_the_same_in_a_sentence_and_in_a_long_document(model):
    sentence = "会上，周建华强调，要压实责任。英国首相鲍里斯·约翰逊表示支持。"
    document = "全区要高度重视安全生产工作。" * 50 + sentence + "会议指出，要加快推进。" * 50
    shift = document.index(sentence)
    for start in range(len(sentence)):
        found = model.best_at(sentence, start, min_score=-50.0)
        in_doc = model.best_at(document, start + shift, min_score=-50.0)
        assert (found is None and in_doc is None) or (in_doc[0] - shift, in_doc[1]) == pytest.approx(found)
        for end in range(start + 1, min(len(sentence), start + 18) + 1):
            assert model.score(document, start + shift, end + shift) == model.score(sentence, start, end)


def test_score_is_minus_infinity_for_a_span_that_cannot_be_a_name(model):
    assert model.score("会议指出", 0, 2) == -math.inf
    with pytest.raises(ValueError):
        model.score("会议", 1, 5)


def test_a_lower_threshold_finds_more_and_never_changes_what_it_already_found(model):
    text = "会上，周建华强调，全区要高度重视，方案明确了时间表，马克龙表示支持。"
    strict = model.find(text, min_score=2.0)
    loose = model.find(text, min_score=-3.0)
    assert set(strict) <= set(loose)
    assert len(loose) > len(strict)


def test_offsets_count_code_points_of_the_original_text(model):
    text = "（记者 钱晓东）１２月３日，钱晓东说。"
    for s, e, _ in model.find(text):
        assert text[s:e] == "钱晓东"
    assert len(feature_text(text)) == len(text)


def test_the_fast_scorer_adds_exactly_the_weights_of_the_documented_features(model):
    texts = [
        "英国首相鲍里斯·约翰逊表示，马克思主义者欧阳明、司马光和克里斯·希普金斯出席。",
        "全区要高度重视安全生产工作，会议指出，于是他们决定继续前进。",
        "（记者 钱晓东）１２月３日，77岁的赵德胜说，阿卜杜勒·法塔赫·塞西表示。",
    ]
    rng = random.Random(0)
    chars = "".join(texts)
    texts += ["".join(rng.choice(chars) for _ in range(80)) for _ in range(30)]
    checked = 0
    for text in texts:
        norm = feature_text(text)
        for start in range(len(text)):
            expected = {
                end: sum(model.weights.get(f, 0.0) for f in feats)
                for end, feats in candidate_features(norm, start, model.inventory).items()
            }
            fast = model._candidates_at(norm, start)
            assert fast.keys() == expected.keys()
            for end, value in expected.items():
                assert fast[end] == pytest.approx(value, abs=1e-9)
            checked += len(expected)
    assert checked > 300


def test_explain_lists_the_features_behind_a_score(model):
    text = "会上，周建华强调。"
    parts = model.explain(text, 3, 6)
    assert ("r2:强调", model.weights.get("r2:强调", 0.0)) in parts
    assert sum(w for _, w in parts) == pytest.approx(model.score(text, 3, 6))


# ------------------------------------------------------------------------------ the shipped model


def test_the_shipped_model_file_loads_once_and_is_small():
    assert DEFAULT_MODEL_PATH.stat().st_size < 1_000_000
    first = NameModel.load()
    assert NameModel.load() is first
    data = json.loads(DEFAULT_MODEL_PATH.read_text(encoding="utf-8"))
    assert data["meta"]["dev"]["f1"] > 0.9
    assert "research use" in data["meta"]["licence"]


def test_a_missing_model_file_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        NameModel.load(tmp_path / "none.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(ValueError, match="person-names"):
        NameModel.load(bad)
    damaged = tmp_path / "damaged.json"
    damaged.write_text('{"format": "zhgov-kg/person-names", "version": 1, "weights": {}}', encoding="utf-8")
    with pytest.raises(ValueError, match="damaged"):
        NameModel.load(damaged)


# ------------------------------------------------------------------------------ training

TINY_LINES = [
    "{s}/nr  {g}/nr  表示/v  ，/w  今年/t  将/d  继续/v  加大/v  投入/vn  。/w",
    "会上/t  ，/w  {s}/nr  {g}/nr  强调/v  ，/w  要/v  压实/v  责任/n  。/w",
    "副/b  区长/n  {s}/nr  {g}/nr  出席/v  会议/n  。/w",
    "会议/n  指出/v  ，/w  要/v  加快/v  推进/v  重点/n  项目/n  建设/vn  。/w",
    "全区/n  要/v  高度/d  重视/v  安全/an  生产/vn  工作/vn  。/w",
    "美国/ns  总统/n  {f}/nr  说/v  ，/w  双方/n  要/v  加强/v  合作/vn  。/w",
]
TINY_NAMES = [("张", "伟明"), ("王", "志"), ("李", "红梅"), ("陈", "国强"), ("刘", "芳"), ("黄", "建华")]
TINY_FOREIGN = ["克林顿", "布莱尔", "希拉克", "叶利钦", "曼德拉", "阿拉法特"]


def write_tiny_corpus(path, repeats: int = 6) -> None:
    lines = []
    for i in range(repeats):
        for (s, g), f in zip(TINY_NAMES, TINY_FOREIGN, strict=True):
            lines.extend(t.format(s=s, g=g, f=f) for t in TINY_LINES[i % 3 :: 1])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_the_corpus_reader_merges_surname_and_given_name(tmp_path):
    corpus = tmp_path / "tiny.txt"
    corpus.write_text("中共中央/nt  总书记/n  江/nr  泽民/nr  、/w  克林顿/nr  和/c  老张/nr  。/w\n", encoding="utf-8")
    (sent,) = read_pd1998(corpus)
    assert [sent.text[s:e] for s, e in sent.names] == ["江泽民", "克林顿"]


def test_training_on_a_tiny_corpus_produces_a_model_that_finds_its_names(tmp_path):
    corpus = tmp_path / "tiny.txt"
    write_tiny_corpus(corpus)
    trained = train(corpus, epochs=8, log=lambda _msg: None)
    assert names(trained, "会上，张伟明强调，要压实责任。") == ["张伟明"]
    assert names(trained, "美国总统克林顿说，双方要加强合作。") == ["克林顿"]
    assert names(trained, "会议指出，要加快推进重点项目建设。") == []


def test_the_train_command_writes_the_same_model_twice(tmp_path, capsys):
    corpus = tmp_path / "tiny.txt"
    write_tiny_corpus(corpus)
    out1, out2 = tmp_path / "a" / "m.json", tmp_path / "m2.json"
    assert main(["train", "--corpus", str(corpus), "--out", str(out1), "--epochs", "3"]) == 0
    assert main(["train", "--corpus", str(corpus), "--out", str(out2), "--epochs", "3"]) == 0
    assert out1.read_bytes() == out2.read_bytes()
    assert out1.stat().st_mode & 0o044 == 0o044  # readable by all, like the rest of the package
    assert NameModel.load(out1).find("会上，张伟明强调。")
    assert not list(tmp_path.glob("**/*.tmp"))


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "No such file"), (b"", "no word/POS lines"), (b"\xff\xfe\x00\x01binary", "not UTF-8")],
)
def test_a_bad_corpus_is_a_one_line_error_and_a_non_zero_exit(tmp_path, capsys, content, message):
    corpus = tmp_path / "corpus.txt"
    if content is not None:
        corpus.write_bytes(content)
    out = tmp_path / "model.json"
    assert main(["train", "--corpus", str(corpus), "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error:") and message in err[0]
    assert not out.exists()
