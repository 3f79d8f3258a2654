"""Documents in traditional characters read like simplified ones (ingest/read/script.py): detected by their
share of traditional-only characters, converted one character for one before cleaning, offsets kept.
Sentences composed for the test (their traditional form is OpenCC's s2t), the real reading pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.model import DocumentGraph, Label, RelType
from ingest.extract import extract_document
from ingest.read import read_document
from ingest.read.clean import clean_text
from ingest.read.files import read_raw
from ingest.read.script import TRADITIONAL_SHARE, is_traditional, traditional_share

ROOT = Path(__file__).resolve().parents[2]

SIMPLIFIED = ("聊城市推进新旧动能转换重大项目建设\n"
              "在聊城高新区的聊城化工产业园，鲁西集团股份有限公司年产120万吨双酚A项目正在施工。"
              "到2025年，力争全市高新技术企业达到500家，规模以上工业营业收入突破5500亿元。")
TRADITIONAL = ("聊城市推進新舊動能轉換重大項目建設\n"
               "在聊城高新區的聊城化工產業園，魯西集團股份有限公司年產120萬噸雙酚A項目正在施工。"
               "到2025年，力爭全市高新技術企業達到500家，規模以上工業營業收入突破5500億元。")


def _read(tmp_path: Path, name: str, text: str) -> tuple:
    p = tmp_path / f"{name}.txt"
    p.write_text(text, encoding="utf-8")
    doc = read_document(p, {"kind": "news", "date": "2024-03-01"})
    return doc, extract_document(doc)


def _facts(g: DocumentGraph) -> set[tuple[str, ...]]:
    names = {n.id: n.name for n in g.nodes}
    nodes = {(n.label.value, n.name) for n in g.nodes if n.label != Label.POLICY}
    edges = {(e.type.value, names.get(e.source, "policy"), names.get(e.target, "policy"))
             for e in g.edges if e.type != RelType.MENTIONS}
    return nodes | edges


def test_a_traditional_page_gives_the_simplified_pages_graph(tmp_path: Path) -> None:
    _, simp = _read(tmp_path, "s", SIMPLIFIED)
    doc, trad = _read(tmp_path, "t", TRADITIONAL)
    assert doc.script == "traditional" and doc.text == clean_text(SIMPLIFIED).text
    facts = _facts(trad)
    assert facts == _facts(simp)
    # a project with its firm, park and zone, and the targets, all under simplified names
    project = "鲁西集团股份有限公司年产120万吨双酚A项目"
    assert ("CARRIED_OUT_BY", project, "鲁西集团") in facts or ("PROJECT_OF", project, "鲁西集团") in facts
    assert ("LOCATED_IN", project, "聊城化工产业园") in facts
    assert ("LOCATED_IN", "聊城化工产业园", "聊城高新技术产业开发区") in facts
    assert ("SETS_TARGET", "policy", "高新技术企业") in facts


def test_names_are_simplified_with_the_written_form_as_an_alias(tmp_path: Path) -> None:
    doc, g = _read(tmp_path, "t", TRADITIONAL)
    by_name = {n.name: n for n in g.nodes}
    assert "魯西集團" in by_name["鲁西集团"].aliases
    assert "聊城化工產業園" in by_name["聊城化工产业园"].aliases
    assert "聊城高新區" in by_name["聊城高新技术产业开发区"].aliases
    # evidence is the cleaned (simplified) sentence, and its offsets point into the raw traditional text
    ev = next(ev for e in g.edges if e.type == RelType.LOCATED_IN for ev in e.evidence)
    assert ev.sentence == doc.text[ev.start:ev.end]
    start, end = doc.raw_span(ev.start, ev.end)
    assert doc.raw_text[start:end] == TRADITIONAL[start:end] and len(doc.raw_text[start:end]) == len(ev.sentence)


def test_a_simplified_page_is_left_as_it_is(tmp_path: Path) -> None:
    doc, g = _read(tmp_path, "s", SIMPLIFIED)
    assert doc.script == "" and not doc.warnings
    assert all(not set(a) & set("魯團區業") for n in g.nodes for a in n.aliases)


def test_a_few_traditional_characters_do_not_convert_a_simplified_text() -> None:
    # a simplified text quoting a traditional name (a Hong Kong firm) stays simplified
    text = SIMPLIFIED * 3 + "香港長江實業集團"
    assert 0 < traditional_share(text) < TRADITIONAL_SHARE and not is_traditional(text)
    assert is_traditional(TRADITIONAL)


def _our_texts() -> list[Path]:
    folders = ["data/corpus", "tests/devset/docs", "tests/devset_other/docs", "tests/audit/docs"]
    return [f for d in folders for f in sorted((ROOT / d).rglob("*")) if f.suffix in (".txt", ".md", ".html")]


def test_none_of_our_simplified_texts_is_read_as_traditional() -> None:
    files = _our_texts()
    assert len(files) > 300
    shares = {f.relative_to(ROOT).as_posix(): traditional_share(read_raw(f)) for f in files}
    # every text is far from the threshold on one side (docs/EXTRACTION.md, "Reading"): simplified texts
    # stay below a fifth of it, and the pages written in traditional (audit texts and a 聊城 page of the
    # fifth batch) are far above it
    assert all(s < TRADITIONAL_SHARE / 5 or s > TRADITIONAL_SHARE * 5 for s in shares.values())
    assert {f for f, s in shares.items() if s > TRADITIONAL_SHARE} == {
        "tests/audit/docs/66.txt", "tests/audit/docs/135.txt", "tests/audit/docs/139.txt", "tests/audit/docs/143.txt",
        "tests/audit/docs/146.txt", "tests/audit/docs/147.txt", "tests/audit/docs/153.txt", "tests/audit/docs/155.txt",
        "tests/audit/docs/165.txt", "tests/audit/docs/175.txt", "tests/audit/docs/178.txt", "tests/devset_other/docs/185.txt",
            "tests/audit/docs/179.txt", "tests/audit/docs/180.txt", "tests/audit/docs/182.txt", "tests/audit/docs/184.txt",
            "tests/audit/docs/188.txt", "tests/audit/docs/190.txt",
            # audit X's pages in traditional characters
            "tests/audit/docs/237.txt", "tests/audit/docs/238.txt", "tests/audit/docs/239.txt", "tests/audit/docs/241.txt",
            "tests/audit/docs/244.txt",
            # audit Y's 曾都 page, in traditional characters with pinyin glosses
            "tests/audit/docs/259.txt",
            # audit AA's 师宗 page, in traditional characters
            "tests/audit/docs/284.txt",
            # audit AB's reprints in traditional characters (four with pinyin glosses)
            *(f"tests/audit/docs/{n}.txt" for n in (285, 287, 288, 290, 293, 294, 296)),
            # audit AC's 余干 reprint, in traditional characters
            "tests/audit/docs/298.txt",
            # audit AD's reprints in traditional characters (three with pinyin glosses)
            *(f"tests/audit/docs/{n}.txt" for n in (307, 314, 315, 316)),
            # audit AE's work reports in traditional characters (宣汉 on a wiki; 嘉鱼 with pinyin glosses)
            "tests/audit/docs/318.txt", "tests/audit/docs/326.txt",
            # audit AF's pages in traditional characters (three with pinyin glosses)
            *(f"tests/audit/docs/{n}.txt" for n in (329, 332, 335, 338)),
            # audit AG's 凤翔 reprint (with pinyin glosses) and 银川望远 encyclopedia page, in traditional characters
            "tests/audit/docs/344.txt", "tests/audit/docs/348.txt",
            # audit AH's reprints in traditional characters (six with pinyin glosses)
            *(f"tests/audit/docs/{n}.txt" for n in (353, 355, 357, 359, 360, 362, 363, 364)),
            # audit AI's reprints in traditional characters (two with pinyin glosses)
            *(f"tests/audit/docs/{n}.txt" for n in (365, 372, 375)),
            # audit AJ's reprints in traditional characters (two with pinyin glosses)
            *(f"tests/audit/docs/{n}.txt" for n in (378, 381, 387)),
            # the eighth unseen batch's pages in traditional characters, graduated
            *(f"tests/devset_other/docs/{n}.txt" for n in (323, 324, 325, 327, 331, 338, 345, 358, 359)),
            # the ninth unseen batch's pages in traditional characters, graduated
            *(f"tests/devset_other/docs/{n}.txt"
              for n in (368, 371, 372, 374, 382, 388, 408, 409, 410, 411, 413, 416, 424, 426, 428)),
            # the tenth unseen batch's pages in traditional characters, graduated
            *(f"tests/devset_other/docs/{n}.txt"
              for n in (432, 434, 441, 444, 453, 455, 465, 467, 471, 472, 473, 474, 481, 483, 485, 487, 488, 489,
                        494, 495)),
            # the eleventh unseen batch's pages in traditional characters, graduated
            *(f"tests/devset_other/docs/{n}.txt"
              for n in (498, 501, 502, 504, 505, 506, 508, 509, 511, 516, 517, 519, 524, 528, 531, 537, 542, 549,
                        550, 553, 560)),
            # the twelfth unseen batch's pages in traditional characters, graduated
            *(f"tests/devset_other/docs/{n}.txt"
              for n in (562, 563, 564, 567, 570, 576, 577, 578, 579, 582, 587, 590, 594, 602,
                        604, 607, 613, 615, 616, 621)),
            # the thirteenth unseen batch's pages in traditional characters, graduated
            *(f"tests/devset_other/docs/{n}.txt"
              for n in (626, 629, 635, 645, 656, 658, 659, 661, 665, 668, 670, 673, 679, 681, 685, 687, 688, 689)),
            # the fourteenth unseen batch's pages in traditional characters, graduated
            *(f"tests/devset_other/docs/{n}.txt"
              for n in (691, 694, 696, 700, 701, 704, 705, 712, 713, 718, 727, 732, 736, 738,
                        739, 740, 741, 742, 748, 751, 753)),
            # the fifteenth unseen batch's pages in traditional characters, graduated
            *(f"tests/devset_other/docs/{n}.txt"
              for n in (755, 756, 758, 759, 763, 765, 774, 780, 788, 792, 797, 804,
                        807, 810, 815, 817)),
            # the sixteenth unseen batch's pages in traditional characters, graduated
            *(f"tests/devset_other/docs/{n}.txt"
              for n in (820, 826, 827, 829, 830, 831, 832, 833, 837, 842, 845, 849,
                        850, 852, 857, 858, 859, 865, 868, 870, 871, 874, 877, 878)),
            # the seventeenth unseen batch's pages in traditional characters, graduated
            *(f"tests/devset_other/docs/{n}.txt"
              for n in (886, 887, 892, 897, 903, 904, 907, 914, 920, 921, 925, 931,
                        932, 936, 938, 941, 944)),
            # the eighteenth unseen batch's pages in traditional characters, graduated
            *(f"tests/devset_other/docs/{n}.txt"
              for n in (948, 950, 955, 958, 959, 965, 966, 967, 970, 972, 973, 979,
                        982, 986, 987, 994, 995, 996, 1000, 1002, 1008, 1009)),
            # the nineteenth unseen batch's pages in traditional characters, graduated
            *(f"tests/devset_other/docs/{n}.txt"
              for n in (1012, 1013, 1014, 1016, 1019, 1021, 1022, 1023, 1024, 1025, 1026,
                        1028, 1030, 1032, 1035, 1037, 1046, 1049, 1053, 1068, 1069, 1070,
                        1073, 1074, 1075))}


def test_a_traditional_pages_manifest_title_is_read_converted(tmp_path: Path) -> None:
    # the title places a report and scopes its targets, so it is read in the same characters as the text
    p = tmp_path / "t.txt"
    p.write_text(TRADITIONAL.split("\n", 1)[1], encoding="utf-8")
    doc = read_document(p, {"title": "聊城高新區推進重大項目建設", "kind": "news"})
    assert doc.script == "traditional" and doc.title == "聊城高新区推进重大项目建设"
