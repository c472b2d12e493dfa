"""The three notebooks run from a fresh checkout and show what they claim.

Each notebook is executed with nbclient in a kernel of this interpreter, in
``notebooks/``; any cell error fails the test. A check cell, appended to the
in-memory copy only, then reports what the notebook actually drew: the labels
of the network's nodes, the font each label is rendered with and whether that
font has every glyph (else the names would be boxes), and the points plotted.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")
pytest.importorskip("pandas")

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"

#: Appended to a notebook after its own cells: what is on the current figure, as JSON on stdout.
FIGURE_REPORT = """
import json as _json, sys as _sys, warnings as _warnings
import matplotlib.pyplot as _plt
from matplotlib import font_manager as _fm
from matplotlib.collections import PathCollection as _Points
from matplotlib.ft2font import FT2Font as _FT2Font
_fig = _plt.gcf()
_ax = _fig.axes[0]
with _warnings.catch_warnings(record=True) as _caught:
    _warnings.simplefilter("always")
    _fig.canvas.draw()
def _glyphs(text):
    path = _fm.findfont(text.get_fontproperties(), fallback_to_default=False)
    font = _FT2Font(path)
    return path, [c for c in text.get_text() if not c.isspace() and not font.get_char_index(ord(c))]
_texts = [t for t in _ax.texts if t.get_text()] + [t for t in _ax.get_yticklabels() if t.get_text()]
_texts += [_ax.title]
_report = {
    "prefix": _sys.prefix,
    "labels": [t.get_text() for t in _ax.texts],
    "yticks": [t.get_text() for t in _ax.get_yticklabels()],
    "title": _ax.title.get_text(),
    "missing_glyphs": {t.get_text(): _glyphs(t)[1] for t in _texts if _glyphs(t)[1]},
    "fonts": sorted({_glyphs(t)[0] for t in _texts}),
    "points": sum(len(c.get_offsets()) for c in _ax.collections if isinstance(c, _Points)),
    "panels": [[a.get_title(), sum(len(c.get_offsets()) for c in a.collections if isinstance(c, _Points))]
               for a in _fig.axes],
    "warnings": [str(w.message) for w in _caught if "missing from" in str(w.message) or "Glyph" in str(w.message)],
}
print("REPORT" + _json.dumps(_report, ensure_ascii=False))
"""


def run(name: str, extra: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict | None:
    """Execute ``notebooks/name`` (plus ``extra`` as a last cell); fail on any cell error."""
    monkeypatch.setenv("KG_FIGURES", str(tmp_path / "figures"))
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # the notebooks' scratch folders
    monkeypatch.setenv("MPLBACKEND", "Agg")
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    for cell in notebook.cells:
        assert not cell.get("outputs"), f"{name} is committed with outputs: clear them"
    if extra:
        notebook.cells.append(nbformat.v4.new_code_cell(extra))
    client = nbclient.NotebookClient(
        notebook, kernel_name="python3", timeout=120, resources={"metadata": {"path": str(NOTEBOOKS)}}
    )
    try:
        client.execute()
    except nbclient.exceptions.CellExecutionError as error:
        pytest.fail(f"{name}: a cell failed:\n{error}")
    if not extra:
        return None
    text = "".join(o.get("text", "") for o in notebook.cells[-1].outputs if o.output_type == "stream")
    [line] = [line for line in text.splitlines() if line.startswith("REPORT")]
    report = json.loads(line[len("REPORT") :])
    assert Path(report.pop("prefix")).resolve() == Path(sys.prefix).resolve(), "the kernel is another interpreter"
    return report


def test_01_who_attended_lists_the_roster_with_roles_and_sources(tmp_path: Path, monkeypatch) -> None:
    check = """
import json
rows = roster.drop_duplicates(["name", "role"])
print("REPORT" + json.dumps({"prefix": __import__("sys").prefix,
      "roles": sorted(map(list, zip(rows.name, rows.role))), "files": sorted(set(rows.file))}, ensure_ascii=False))
"""
    report = run("01_who_attended.ipynb", check, tmp_path, monkeypatch)
    roles = {tuple(r) for r in report["roles"]}
    assert {("王志", "chair"), ("杨爱民", "nonvoting")} <= roles
    assert {(name, "attendee") for name in ("肖朝华", "周虹", "黄克成", "曾纪红")} <= roles
    assert report["files"] == ["000_e0082f67350fa89f.txt"]


def test_02_draws_the_co_attendance_network_with_legible_chinese_labels(tmp_path: Path, monkeypatch) -> None:
    report = run("02_meeting_network.ipynb", FIGURE_REPORT, tmp_path, monkeypatch)
    labels = report["labels"]
    assert {"王志", "肖朝华", "周虹", "黄克成", "曾纪红", "杨爱民"} <= set(labels)
    assert report["points"] == len(labels)  # one drawn node per label
    assert not report["missing_glyphs"], f"labels drawn as boxes: {report['missing_glyphs']} with {report['fonts']}"
    assert not report["warnings"], report["warnings"]
    assert "共同出席网络" in report["title"] and "(bundled sample)" in report["title"]
    png = tmp_path / "figures" / "02_co_attendance.png"
    assert png.is_file() and png.stat().st_size > 20_000
    from matplotlib.image import imread

    height, width, _ = imread(png).shape
    assert width > 600 and height > 400


def test_03_plots_the_rosters_timeline(tmp_path: Path, monkeypatch) -> None:
    report = run("03_posts_and_careers.ipynb", FIGURE_REPORT, tmp_path, monkeypatch)
    assert {"王志", "肖朝华", "黄克成", "曾纪红"} <= set(report["yticks"])
    panels = dict(report["panels"])
    assert sum(panels.values()) >= 10  # the meetings of April and September, one mark per person and role
    # one panel per year: April's meeting is dated 2025-04-16, September's pages print no year
    assert "year not printed" in panels and panels["year not printed"] > 0
    assert report["title"].endswith("2025") and report["points"] > 0
    assert not report["missing_glyphs"], f"labels drawn as boxes: {report['missing_glyphs']} with {report['fonts']}"
    assert not report["warnings"], report["warnings"]
    assert (tmp_path / "figures" / "03_timeline.png").is_file()


def test_the_notebooks_take_their_store_and_questions_from_the_environment(tmp_path: Path, monkeypatch) -> None:
    """KG_STORE and the question parameters replace the defaults without editing the notebook."""
    from sample_facts import sample_batch

    from kg.graph import store as stores
    from kg.graph.resolve import resolve

    stores.build(resolve(sample_batch()), tmp_path / "own-store")
    monkeypatch.setenv("KG_STORE", str(tmp_path / "own-store"))
    monkeypatch.setenv("KG_EVENT", "第五十一次主任会议")  # April's meeting, not the default
    monkeypatch.setenv("KG_PERSON", "Xiao Chaohua")  # in pinyin
    monkeypatch.setenv("KG_BODY", "大足区人大常委会")
    monkeypatch.setenv("KG_TOP", "5")
    check = """
import json
print("REPORT" + json.dumps({"prefix": __import__("sys").prefix, "store": str(store_dir),
      "names": sorted(set(roster.name)), "meetings_of": sorted(set(meetings.name))}, ensure_ascii=False))
"""
    report = run("01_who_attended.ipynb", check, tmp_path, monkeypatch)
    assert report["store"] == str(tmp_path / "own-store")
    assert "王大蓉" in report["names"] and "杨爱民" not in report["names"]  # April's roster
    assert report["meetings_of"] == ["肖朝华"]
    network = run("02_meeting_network.ipynb", FIGURE_REPORT, tmp_path, monkeypatch)
    assert len(network["labels"]) <= 5 and "(own-store)" in network["title"]
