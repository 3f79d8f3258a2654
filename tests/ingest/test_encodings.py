"""Legacy Chinese encodings are read right, or refused with a clear message; never stored as mojibake."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from ingest.errors import DocumentReadError
from ingest.read import read_document
from ingest.read.encoding import unusual_share

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"
TEXT = (CORPUS / "000_b99d51a1da965aef.txt").read_text(encoding="utf-8")
RARE = "𠮷 䶮 㐀"  # GB18030's four-byte and extension-A characters


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    f = tmp_path / name
    f.write_bytes(data)
    return f


def test_big5_is_read_as_big5_not_gb18030_mojibake(tmp_path: Path) -> None:
    # The corpus text in Big5 (characters Big5 lacks, the simplified-only ones, dropped): it also
    # decodes as GB18030 without an error, which used to be stored silently.
    text = TEXT.encode("big5", errors="ignore").decode("big5")
    doc = read_document(write(tmp_path, "big5.txt", text.encode("big5")))
    assert "年上半年全市" in doc.text and "\ufffd" not in doc.text
    assert unusual_share(doc.text) == 0.0


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "gb2312"])
def test_mainland_code_pages(tmp_path: Path, encoding: str) -> None:
    text = TEXT if encoding != "gb18030" else TEXT + "\n人名：" + RARE + "。"
    doc = read_document(write(tmp_path, f"{encoding}.txt", text.encode(encoding, errors="ignore")))
    assert "新旧动能转换重大工程推进情况" in doc.text
    if encoding == "gb18030":
        assert RARE.replace(" ", "") in doc.text.replace(" ", "")


@pytest.mark.parametrize("bom,encoding", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                                          (codecs.BOM_UTF16_BE, "utf-16-be"), (b"", "utf-16-le")])
def test_boms_and_utf16(tmp_path: Path, bom: bytes, encoding: str) -> None:
    doc = read_document(write(tmp_path, "u.txt", bom + TEXT.encode(encoding)))
    assert "新旧动能转换重大工程推进情况" in doc.text and "\ufeff" not in doc.text


def test_text_no_encoding_explains_is_refused(tmp_path: Path) -> None:
    # Big5 bytes of kana and rare characters: every candidate gives an implausible text.
    junk = bytes(b for i in range(3000) for b in (0x81 + i % 0x7E, 0x40 + (i * 7) % 0x3F))
    with pytest.raises(DocumentReadError) as e:
        read_document(write(tmp_path, "junk.txt", junk))
    assert "encoding" in e.value.reason and e.value.next_step == "save it as UTF-8"


def test_a_text_with_a_bad_bom_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentReadError, match="byte-order mark"):
        read_document(write(tmp_path, "bad.txt", codecs.BOM_UTF8 + "文本".encode("gbk") * 50))
