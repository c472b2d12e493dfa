"""Cutting newspaper pages and CCTV transcript days into articles."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.ingest.normalise import normalise
from kg.ingest.read import read_sources
from kg.ingest.segment import ARTICLE_MAX, segment
from kg.model import Article, Source

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "kg" / "sample" / "seeds"
CCTV = Path(__file__).parent / "data" / "cctv"
GOLD = Path(__file__).parent / "data" / "gold"

_WHITESPACE = re.compile(r"\s+")
_WIDTH = str.maketrans(
    {
        "“": '"', "”": '"', "‘": "'", "’": "'", "％": "%",
        **dict(zip("(),:;!?", "（），：；！？", strict=True)),
        **{chr(c): chr(c - 0xFEE0) for c in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))},
    }
)


def squash(text: str) -> str:
    return _WHITESPACE.sub("", text).translate(_WIDTH)


def page(text: str, doc_id: str = "page.txt", **kwargs) -> list[Article]:
    return segment(Source(doc_id=doc_id, text=text, **kwargs))


def one(articles: list[Article], needle: str) -> Article:
    found = [a for a in articles if needle in a.text]
    assert len(found) == 1, [a.title for a in found]
    return found[0]


def source(path: Path) -> Source:
    (record,) = read_sources([str(path)])
    assert isinstance(record, Source)
    return record


# --------------------------------------------------------------------------- newspaper pages

AFTER_STYLE = """\
新渝报讯（记者 张小明）3月5日，荣昌区政协党组书记、主席李大
山主持召开区政协党组会议，传达学习全国两会精神，研究部署
近期重点工作。

区政协副主席王小五、赵小六出席会议。

荣昌区政协党组会议召开

新渝报讯（记者 张小明）3月6日，荣昌区人大常委会副主任孙小
七带队调研乡村振兴工作，实地查看了多个产业基地和农业园
区建设情况。

孙小七指出，要把产业发展作为乡村振兴的重中之重。

荣昌区人大常委会
调研乡村振兴工作
"""

BEFORE_STYLE = """\
荣昌区政协党组会议召开

新渝报讯（记者 张小明）3月5日，荣昌区政协党组会议召开。区政协党组书记、主席李大山主持。

区政协副主席王小五、赵小六出席会议。

荣昌区人大常委会调研乡村振兴工作

新渝报讯（记者 张小明）3月6日，荣昌区人大常委会副主任孙小七带队调研乡村振兴工作。
"""


def test_a_headline_printed_after_its_body_is_attached_to_that_body():
    articles = page(AFTER_STYLE)
    assert [a.title for a in articles] == ["荣昌区政协党组会议召开", "荣昌区人大常委会调研乡村振兴工作"]
    assert "李大山主持召开区政协党组会议" in articles[0].text
    assert "孙小七带队调研" in articles[1].text
    assert all("荣昌区政协党组会议召开" not in a.text for a in articles)  # headlines are not body text


def test_a_headline_printed_before_its_dateline_is_attached_to_the_story_that_follows():
    articles = page(BEFORE_STYLE)
    assert [a.title for a in articles] == ["荣昌区政协党组会议召开", "荣昌区人大常委会调研乡村振兴工作"]
    assert articles[0].text.startswith("新渝报讯（记者 张小明）3月5日")
    assert "孙小七带队调研" in articles[1].text


def test_headlines_of_stories_without_datelines_attach_to_the_story_they_describe():
    after = page(
        "个体户虽小，却串联着柴米油盐酱醋茶的人间烟火。如何让这些小个体走稳走好？\n\n"
        "要给予小个体更多安心成长的空间，帮助小个体迈出大步子。\n\n"
        "让小个体迈出大步子\n\n"
        "近日，市场监管总局召开座谈会，研究支持平台企业发展的措施。\n\n"
        "与会企业代表结合实际提出了意见建议。\n\n"
        "市场监管总局召开平台企业座谈会\n"
    )
    assert [a.title for a in after] == ["让小个体迈出大步子", "市场监管总局召开平台企业座谈会"]
    before = page(
        "让小个体迈出大步子\n\n个体户虽小，却串联着人间烟火。要帮助小个体迈出大步子。\n\n"
        "市场监管总局召开平台企业座谈会\n\n近日，市场监管总局召开座谈会，研究支持平台企业发展的措施。\n"
    )
    assert [(a.title, a.text[:3]) for a in before] == [
        ("让小个体迈出大步子", "个体户"),
        ("市场监管总局召开平台企业座谈会", "近日，"),
    ]


def test_a_continuation_fragment_is_flagged_and_its_marker_is_not_text():
    articles = page("前一篇的结尾。\n\n（上接1版）会议强调，要做好安全生产工作。\n\n会议还研究了其他事项。\n")
    fragment = one(articles, "会议强调")
    assert fragment.is_continuation
    assert fragment.text.startswith("会议强调") and "上接" not in fragment.text
    assert "会议还研究了其他事项。" in fragment.text
    assert not one(articles, "前一篇").is_continuation


def test_a_photo_caption_ends_with_its_credit_and_the_next_dateline_starts_a_new_story():
    articles = page(
        "小龙虾跳上江浙人餐桌\n\n近日，铁山镇养殖户正在捕捞小龙虾并装箱外送。\n\n新渝报记者 黄小舒 摄\n\n"
        "新渝报讯（记者 熊小秀）2月15日，市残联副理事长张青一行调研大足区残疾人之家建设情况。\n"
    )
    caption, story = articles
    assert caption.title == "小龙虾跳上江浙人餐桌"
    assert caption.text.endswith("新渝报记者 黄小舒 摄")  # the photographer stays with the photo
    assert story.title is None and story.text.startswith("新渝报讯")


def test_items_of_a_news_digest_become_articles_of_their_own():
    articles = page(
        "新闻快递\n\n2月17日，民建大足区委召开年度工作总结会。唐华俐等出席会议。\n\n新渝报记者 黄小舒\n\n"
        "2月17日，大足区审计局的志愿者们走进西禅小学开展关爱活动。\n\n新渝报记者 侯小梅\n"
    )
    assert [a.text for a in articles] == [
        "2月17日，民建大足区委召开年度工作总结会。唐华俐等出席会议。\n新渝报记者 黄小舒",
        "2月17日，大足区审计局的志愿者们走进西禅小学开展关爱活动。\n新渝报记者 侯小梅",
    ]


def test_a_blank_line_that_fell_in_mid_sentence_does_not_split_the_sentence():
    articles = page(
        "新渝报讯（记者 张小明）本次会议应到委员53人，因事请假5人，实到48人，\n\n"
        "超过应到人数的2/3，符合选举规定，可以进行选举。\n"
    )
    assert "实到48人，超过应到人数的2/3" in articles[0].text


def test_every_article_carries_the_pages_metadata_and_a_stable_id():
    articles = page(BEFORE_STYLE, doc_id="20250306.txt", pub_date="2025-03-06", region="荣昌区", source="荣昌日报",
                    path="/in/20250306.txt")
    assert [a.article_id for a in articles] == ["20250306.txt#0", "20250306.txt#1"]
    assert [a.index for a in articles] == [0, 1]
    for article in articles:
        assert (article.doc_id, article.pub_date, article.region, article.source, article.path) == (
            "20250306.txt", "2025-03-06", "荣昌区", "荣昌日报", "/in/20250306.txt",
        )


def test_a_record_title_names_an_untitled_single_article():
    (article,) = page("本报讯 区政府召开常务会议。", title="区政府召开第140次常务会议", url="https://example.org/x")
    assert article.title == "区政府召开第140次常务会议" and article.url == "https://example.org/x"


def test_an_empty_or_blank_page_has_no_articles():
    assert page("") == [] and page("\n \n\u3000\n") == []


def test_a_5_mb_single_line_page_is_cut_on_sentence_ends_into_pieces_spacy_accepts():
    line = "大足区人大常委会主任王志出席会议，听取报告。" * 250_000
    articles = page(line)
    assert len(articles) > 10 and all(len(a.text) <= ARTICLE_MAX for a in articles)
    assert "".join(a.text for a in articles) == line  # nothing lost, nothing invented
    assert all(a.text.endswith("。") for a in articles)
    for article in articles:
        start, end = article.offsets.to_original(0, len(article.text))
        assert line[start:end] == article.text
    assert [a.index for a in articles] == list(range(len(articles)))


# --------------------------------------------------------------------------- the bundled newspaper pages


def test_seed_000_headlines_printed_after_their_bodies_are_attached_to_them():
    articles = segment(source(SEEDS / "000_e0082f67350fa89f.txt"))
    assert one(articles, "第五十五次主任会议").title == "大足区三届人大常委会主任会议召开"
    assert one(articles, "印国建带队").title == (
        "推动中医药事业再上新台阶 大足区人大常委会专题调研大足参与全国基层中医药工作示范市创建情况"
    )
    assert one(articles, "第三届主席团第四次全体会议").title == "大足区残联召开第三届主席团第四次全体会议"
    assert one(articles, "个体工商户服务月").title == "让小个体迈出大步子"
    assert "能进一步释放和传导市场活力" in one(articles, "个体工商户服务月").text
    assert one(articles, "川维化工").is_continuation


def test_seed_004_markdown_headlines_come_before_their_stories():
    articles = segment(source(SEEDS / "004_405a22e14fca248f.txt"))
    assert one(articles, "李嘉婧出席揭牌仪式").title == "我区首个“人大代表科普服务点”成立"
    planning = one(articles, "科学编制全区科技创新")
    assert planning.title == "我区召开专题会议研究科技创新“十五五”规划编制工作" and planning.is_continuation
    assert "扫码关注" not in " ".join(a.text for a in articles)


def test_seed_003_bylines_inside_markdown_headings_are_not_titles():
    articles = segment(source(SEEDS / "003_3bd1574cd96f990f.txt"))
    feature = one(articles, "2022年大足区暑期教师全员培训")
    assert feature.text.startswith("□新渝报记者 毛双 见习记者 曾蕊")
    assert "袁位" in feature.title


# --------------------------------------------------------------------------- CCTV transcripts


@pytest.fixture(scope="module")
def cctv_day() -> list[Article]:
    return segment(source(CCTV / "20231102.md"))


def test_the_table_of_contents_is_not_a_story(cctv_day):
    assert all("本期节目主要内容" not in a.text for a in cctv_day)
    assert cctv_day[0].title == "李克强同志遗体在京火化"


def test_each_story_gets_its_heading_as_title_and_its_link_as_url(cctv_day):
    story = one(cctv_day, "王沪宁主持闭幕会并讲话")
    assert story.title == "全国政协十四届常委会第四次会议闭幕"
    assert story.url == "https://tv.cctv.com/2023/11/02/VIDEdp8A0YQOLKjLTPb7FEt1231102.shtml"
    assert story.text.startswith("央视网消息（新闻联播）：政协第十四届全国委员会")
    assert story.pub_date == "2023-11-02" and story.region == "中国"


def test_link_lines_and_markup_never_reach_the_text(cctv_day):
    for article in cctv_day:
        assert not re.search(r"\*\*|^#|查看原文|<!--|更新时间|^---", article.text, re.M), article.title


def test_quick_news_items_are_split_into_articles_with_their_own_titles(cctv_day):
    digest_url = "https://tv.cctv.com/2023/11/02/VIDEwQy3uON7Jw6N1tRo0YXw231102.shtml"
    items = [a for a in cctv_day if a.url == digest_url]
    assert [a.title for a in items] == [
        "两部门累计下达120亿元支持综合货运枢纽建设",
        "1—9月份全国新开工改造城镇老旧小区5.13万个",
        "10月我国期货市场成交量 成交额同比双增",
        "新疆前三季度外贸首次突破2500亿元",
        "甬金铁路全线铺轨完成",
        "国家防总安排部署北方河流防凌工作",
    ]
    assert items[0].text.startswith("最新数据显示")
    assert "国内联播快讯" not in {a.title for a in cctv_day}


def test_bold_subheadings_inside_a_regular_story_stay_in_that_story(cctv_day):
    story = one(cctv_day, "加沙地带约半数医院停止运营")
    assert story.title.startswith("以军称突破加沙地带北部防线")


# --------------------------------------------------------------------------- offsets and gold


def all_pages() -> list[Source]:
    return [source(p) for p in sorted(SEEDS.glob("*.txt")) + sorted(CCTV.glob("*.md"))]


@pytest.mark.parametrize("src", all_pages(), ids=lambda s: s.doc_id)
def test_every_article_character_points_at_its_original_character(src):
    for article in segment(src):
        origin = article.offsets.origin
        assert len(article.offsets) == len(article.text)
        assert all(origin[k] < origin[k + 1] for k in range(len(origin) - 1))
        for k, char in enumerate(article.text):
            original = src.text[origin[k]]
            assert squash(original) == squash(char) or (char.isspace() and original.isspace()), (k, char, original)


def gold_evidence() -> list[tuple[str, Path, str]]:
    cases = []
    for folder, pages in ((GOLD / "seeds", SEEDS), (GOLD / "cctv", CCTV)):
        for gold_file in sorted(folder.glob("*.json")):
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            cases += [(gold["doc"], pages / gold["doc"], event["evidence"]) for event in gold["events"]]
    return cases


def test_every_gold_event_evidence_falls_inside_exactly_one_article():
    """Regression gate on the dev gold (seeds and CCTV days): every evidence sentence lands in a single
    article (in its text, or in its title where the gold's evidence is a headline of a continuation
    fragment)."""
    cache: dict[Path, list[Article]] = {}
    placed = 0
    cases = gold_evidence()
    for _doc, path, evidence in cases:
        articles = cache.setdefault(path, segment(source(path)))
        needle = squash(normalise(evidence)[0])
        in_text = [a for a in articles if needle in squash(a.text)]
        in_title = [a for a in articles if a.title and needle in squash(a.title)]
        placed += len(in_text) == 1 or (not in_text and len(in_title) == 1)
    assert len(cases) >= 200
    assert placed == len(cases)


def test_gold_evidence_found_in_an_article_maps_back_to_the_original_sentence():
    for _doc, path, evidence in gold_evidence():
        src = source(path)
        needle = normalise(evidence)[0].replace(" ", "")
        for article in segment(src):
            compact = article.text.replace(" ", "")
            k = compact.find(needle)
            if k < 0:
                continue
            # position in the article text of the k-th non-space character
            positions = [i for i, c in enumerate(article.text) if c != " "]
            start, end = positions[k], positions[k + len(needle) - 1] + 1
            o_start, o_end = article.offsets.to_original(start, end)
            assert squash(src.text[o_start:o_end]) == squash(evidence)
            break


SCRAMBLED_PAGE = """\
## 荣昌区“十四五”发展成就新闻发布会举行

本报讯（记者 张小明）10月24日，荣昌区举行“十四五”发展成就系列主题新闻发布会。

“十四五”期间，荣昌民营经济取得了哪些成效？

区发展改革委副主任张小山表示，民营经济质量齐升。

## 荣昌区第十次妇女代表大会举行

本报讯（记者 张小明）10月23日，荣昌区第十次妇女代表大会开幕。区委书记李大山出席并讲话。

## 区政府召开第50次常务会议

本报讯（记者 张小明）10月22日，区长王大海主持召开区政府第50次常务会议。

“十四五”期间，荣昌在科技创新方面有哪些举措？

区科技局副局长陈小川表示，科技创新生态持续优化。

会议听取区妇联第九届执行委员会工作报告，选举产生区妇联第十届执行委员会。周小红当选区妇联主席。

（上接1版）会议还研究了其他事项。
"""


def test_a_printed_pages_stranded_answer_and_election_go_back_to_their_own_stories():
    articles = page(SCRAMBLED_PAGE)
    press = one(articles, "新闻发布会")
    assert "陈小川表示" in press.text and "有哪些举措？" in press.text
    assert "周小红当选" in one(articles, "妇女代表大会开幕").text
    council = one(articles, "第50次常务会议")
    assert "陈小川" not in council.text and "周小红" not in council.text
    for article in articles:  # moved paragraphs still point at their own characters in the page
        start, end = article.offsets.to_original(0, len(article.text))
        assert squash(article.text)[:6] in squash(SCRAMBLED_PAGE[start:end])


def test_a_transcript_without_continuations_is_never_regrouped():
    unscrambled = SCRAMBLED_PAGE.replace("（上接1版）", "")
    council = one(page(unscrambled), "第50次常务会议")
    assert "陈小川表示" in council.text and "周小红当选" in council.text
