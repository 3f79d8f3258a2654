"""Cleaning keeps an exact offset map; readers decode legacy encodings and refuse what they cannot read."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.read.clean import clean_text
from ingest.errors import DocumentReadError, IngestError, UnsupportedDocument
from ingest.read import load_corpus, read_document

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"


def _check_map(raw: str, ct) -> None:
    assert len(ct.offsets) == len(ct.text)
    assert list(ct.offsets) == sorted(ct.offsets)
    for i, ch in enumerate(ct.text):  # every kept character maps to itself in the raw text
        r = raw[ct.offsets[i]]
        assert r == ch or ch in "，；：（）？！" or ord(r) - 0xFEE0 == ord(ch), (i, ch, r)


def test_bookmarks_removed_and_offsets_exact() -> None:
    raw = "[bookmark: _Toc16344][bookmark: _Toc909]第一章  发展基础\n正文，内容。"
    ct = clean_text(raw)
    assert ct.text == "第一章 发展基础\n正文，内容。"
    _check_map(raw, ct)
    s = ct.text.index("正文")
    assert raw[slice(*ct.raw_span(s, s + 2))] == "正文"


def test_page_break_inside_sentence_is_joined_but_headings_are_not() -> None:
    raw = ("（一）加强总体部署。制定印发新旧动能转换综合试验区建设领导小组工作规则、新旧动能转换综合试验区建设领导小\n\n"
           "组办公室工作细则，健全推进机制。\n\n二、存在的困难和问题\n\n"
           "### 标题一\n\n## 标题二\n")
    ct = clean_text(raw)
    assert "建设领导小组办公室工作细则" in ct.text
    assert "。\n\n二、存在的困难和问题\n\n### 标题一\n\n## 标题二" in ct.text
    _check_map(raw, ct)


def test_a_photo_credit_ends_its_paragraph() -> None:
    """(clu9) a paragraph closing on a photo credit (…作业。某报记者 张三摄) is not joined to the next paragraph, as an
    unfinished sentence would be."""
    raw = ("7月8日，在华光果业有限公司，现代化机器设备正对现采摘的枸杞进行清洗作业，场面十分忙碌。某日报记者 张三摄\n\n"
           "在农副产品精深加工产业方面，全州不断扩能，成果斐然。")
    ct = clean_text(raw)
    assert "张三摄\n\n在农副产品" in ct.text
    _check_map(raw, ct)


def test_title_line_is_not_joined_to_the_body() -> None:
    raw = "关于 2020 年上半年全市 新旧动能转换重大工程推进情况的通报\n\n上半年，我市上下认真贯彻落实中央、省和市委市政府的各项决策部署，扎实推进各项工作。"
    ct = clean_text(raw)
    assert ct.text.startswith("关于2020年上半年全市 新旧动能转换重大工程推进情况的通报\n\n上半年，")


def test_ascii_punctuation_next_to_chinese_becomes_full_width() -> None:
    ct = clean_text("力争到2025年,制造业增加值占GDP比重达35%;规模(以上)")
    assert ct.text == "力争到2025年，制造业增加值占GDP比重达35%；规模（以上）"


def test_gbk_and_html_and_errors(tmp_path: Path) -> None:
    gbk = tmp_path / "news.txt"
    gbk.write_bytes("阳谷县：依托阳谷祥光经济开发区，发展光电信息产业。\n\n聊城市人民政府\n2021年3月5日".encode("gbk"))
    doc = read_document(gbk)
    assert "阳谷祥光经济开发区" in doc.text and doc.date == "2021-03-05" and doc.key == "news"
    html = tmp_path / "page.html"
    html.write_text("<html><head><style>p{}</style></head><body><h1>标题</h1><p>第一段，内容。</p><script>x=1</script></body></html>",
                    encoding="utf-8")
    assert read_document(html).text.split() == ["标题", "第一段，内容。"]
    with pytest.raises(UnsupportedDocument):
        read_document(tmp_path / "table.xls")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    with pytest.raises(DocumentReadError):
        read_document(empty)
    with pytest.raises(IngestError):
        load_corpus(tmp_path / "missing")


def test_corpus_manifest_metadata() -> None:
    docs = {d.key: d for d in load_corpus(CORPUS)}
    assert len(docs) == 5
    plan = docs["001_96019a36a6392bfa"]
    assert (plan.date, plan.kind, plan.period) == ("2018-04-04", "plan", "2018-2022")
    assert "[bookmark" not in plan.text
    for d in docs.values():
        _check_map(d.raw_text, type("CT", (), {"text": d.text, "offsets": d.offsets})())


def test_lone_file_takes_metadata_from_its_text(tmp_path: Path) -> None:
    f = tmp_path / "notice.txt"
    f.write_text((CORPUS / "000_b99d51a1da965aef.txt").read_text(encoding="utf-8"), encoding="utf-8")
    doc = load_corpus(f)[0]
    assert load_corpus(f, {"kind": "news"})[0].kind == "news"
    assert doc.date == "2020-09-07"
    assert doc.kind == "progress-report"
    assert doc.issuer == "聊城市新旧动能转换综合试验区建设办公室"
    assert doc.title.endswith("推进情况的通报")


def test_docx_paragraphs_and_tables(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("第一章 发展布局")
    d.add_paragraph("冠县：依托冠县经济开发区，发展新材料产业。")
    t = d.add_table(rows=2, cols=3)
    for i, row in enumerate((("指标", "单位", "2022年"), ("高新技术企业数量", "家", "200"))):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    f = tmp_path / "plan.docx"
    d.save(str(f))
    doc = read_document(f)
    assert "冠县：依托冠县经济开发区" in doc.text
    assert "\t高新技术企业数量\n\t家\n\t200" in doc.text


def test_pdf_errors(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    blank = tmp_path / "blank.pdf"
    w = pypdf.PdfWriter()
    w.add_blank_page(width=200, height=200)
    with open(blank, "wb") as fh:
        w.write(fh)
    with pytest.raises(DocumentReadError, match="empty"):
        read_document(blank)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(DocumentReadError):
        read_document(broken)


def test_a_paragraph_opening_with_its_topic_and_a_colon_is_not_joined() -> None:
    raw = ("其中，省工信厅认定的化工产业园区4个，分别是甲工业园、乙工业园及丙生态工业园区化工产业园\n\n"
           "张掖经济技术开发区：2006年省政府批准为省级开发区，形成以正大集团等企业为龙头的农副产品加工产业。")
    assert "化工产业园\n\n张掖经济技术开发区：" in clean_text(raw).text
