"""Write a development set converted to traditional characters, to measure traditional reading.

    /tmp/occ/bin/python tools/make_traditional_set.py tests/devset /tmp/devset_trad
    kg eval --set other --other /tmp/devset_trad

Needs OpenCC in the venv that runs it (`pip install opencc-python-reimplemented`, not a dependency of
the project; s2t is phrase-aware, as a real traditional page is). The texts and sources.yaml are converted
whole. Gold entity names are converted too (they are verbatim in the text) and the simplified names are kept
as aliases, so one gold file scores a graph that names entities either way; relation ends follow their
entities. Targets are left simplified: the indicator a planner asks for is the simplified one.
The output goes to a scratch folder; it is not committed.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import yaml
from opencc import OpenCC

S2T = OpenCC("s2t").convert


def _entity(e: dict) -> dict:
    names = [str(e["name"]), *(str(a) for a in e.get("aliases") or [])]
    trad = S2T(names[0])
    aliases = [a for a in dict.fromkeys([*map(S2T, names[1:]), *names]) if a != trad]
    return {**e, "name": trad, **({"aliases": aliases} if aliases else {})}


def main(src: str, out: str) -> None:
    s, o = Path(src), Path(out)
    shutil.rmtree(o, ignore_errors=True)
    (o / "docs").mkdir(parents=True)
    for f in sorted((s / "docs").iterdir()):
        (o / "docs" / f.name).write_text(S2T(f.read_text(encoding="utf-8")), encoding="utf-8")
    if (s / "sources.yaml").is_file():
        (o / "sources.yaml").write_text(S2T((s / "sources.yaml").read_text(encoding="utf-8")), encoding="utf-8")
    gold = yaml.safe_load((s / "gold.yaml").read_text(encoding="utf-8"))
    for doc in gold:
        doc["entities"] = [_entity(e) for e in doc.get("entities") or []]
        doc["relations"] = [{**r, "from": S2T(str(r["from"])), "to": S2T(str(r["to"]))} for r in doc.get("relations") or []]
    (o / "gold.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:3])
