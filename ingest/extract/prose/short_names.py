"""A firm's short name: one the document defines, and one a project's name opens with.

Reads: a sentence and the firms found in it ("A有限公司（以下简称“B”）"); at the end of a document, its projects, firms
and parks. Writes: the short name as an alias mention of its firm (rule defined_short_name), and CARRIED_OUT_BY from a
project whose name opens with a firm's short name to that firm (rule project_short_owner), or LOCATED_IN to the park
whose brand that head is (rule name_head_place).
"""

from __future__ import annotations

import re
from functools import lru_cache

from graph.model import Label, NodeRecord, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.names import ZONE_WORD_ALT, shared_head
from ingest.extract.prose.common import Found, prose_pattern
from ingest.resolve import Resolved
from ingest.rules import rule_data, scan
from ingest.structure import Sentence


def rule_short_owner(b: GraphBuilder, projects: list[tuple[Found, Sentence]], text: str = "") -> None:
    """A project opening with the short name of a firm the document names in full
    (弗兰卡年产350万套…项目 and 山东弗兰卡汽车部件有限公司); not a head the document also names a zone by
    (临空|国际会展中心项目 in a text on 临空经济区, beside 河北临空集团), nor a group's short name for its
    subsidiary (国药 names 国药集团, not 国药集团融资租赁有限公司)."""
    owned = b.sources(RelType.CARRIED_OUT_BY)
    # the firms' cores by their first two characters: a core shares a head of two or more with a name only when those
    # agree (in the document's order, so the first of equal heads still wins; not every core against every project)
    cores: dict[str, list[tuple[str, NodeRecord]]] = {}
    for rec in b.nodes.values():
        if rec.label == Label.ENTERPRISE:
            for n in (rec.name, *rec.aliases):
                core = _strip_places(b, b.resolver.lex.strip_region(n))
                if len(core) >= 3:
                    cores.setdefault(core[:2], []).append((core, rec))
    # the brand a park of the document is named by (粤海|产业园)
    parks = [(brand, rec.id) for rec in b.nodes.values() if rec.label == Label.PARK
             for brand in [prose_pattern("park_brand").sub("", rec.name)] if 2 <= len(brand) < len(rec.name)]
    for p, sent in projects:
        if p.nid in owned:
            continue
        name = _strip_places(b, b.resolver.lex.strip_region(p.surface))
        best: tuple[int, object] | None = None  # the firm sharing the longest head (广耀生物科技 over 广耀集团)
        for core, rec in cores.get(name[:2], ()) if len(name) >= 2 else ():
            k = shared_head(core, name)  # (two or more: the cores are bucketed by their first two characters)
            # (the whole core before a capacity: 中泰石化|120万吨/年PTA项目 and 新疆库尔勒中泰石化有限责任公司; a place in
            # brackets after the short name: 台玻|技改项目 and 台玻（福建）光伏玻璃有限公司)
            if k >= 2 and _group_of(core, k):
                continue
            if k >= 2 and (k < len(core) or k == len(core) and prose_pattern("capacity_after_short").match(name[k:])) \
                    and (prose_pattern("capacity_after_short").match(name[k:])
                         or _short_head(b, name, k) and (core.startswith(_BRAND_ENDS(), k) or prose_pattern("bracket_open").match(core, k))):
                if best is None or k > best[0]:
                    best = (k, rec)
        park = next((q for q in parks if best is not None and q[0] == name[:best[0]]), None)
        if park is not None:  # 粤海|普洛斯…项目 beside 粤海产业园 and 粤海集团: the head is the park's brand
            b.edge(RelType.LOCATED_IN, p.nid, park[1], sent, "name_head_place", park[0], "")
            continue
        if best is not None and (_zone_head(text, name[:best[0]]) or _trade_head(text, name[:best[0]], p.surface)):
            continue
        if best is not None:
            k, rec = best
            b.edge(RelType.CARRIED_OUT_BY, p.nid, rec.id, sent, "project_short_owner", name[:k],  # type: ignore[attr-defined]
                   f"short:{name[:k]}→{rec.name}", props={"role": "owner"})  # type: ignore[attr-defined]
            owned.add(p.nid)


def _strip_places(b: GraphBuilder, name: str) -> str:
    """A name without the provinces, prefectures and counties it opens with (黑龙江克山牧原农牧 -> 牧原农牧)."""
    while True:
        upper = b.resolver.gaz.upper_units_in(name[:6])
        hit = b.resolver.county_prefix(name)
        if upper and upper[0][0] == 0 and len(name) - len(upper[0][1]) >= 3:
            name = name[len(upper[0][1]):]
        elif hit is not None and len(name) - len(hit[0]) >= 3:
            name = name[len(hit[0]):]
        else:
            return name


@lru_cache(maxsize=1)
def _BRAND_ENDS() -> tuple[str, ...]:
    """What follows a firm's short name inside its full name: a trade word or a legal form (云鹰|农业集团)."""
    n = rule_data("names")
    words = {*n["enterprise_strong"], *n["enterprise_weak"], *n["generic_company_tails"],
             *rule_data("prose")["short_owner_brand_ends"]}
    return tuple(sorted(map(str, words), key=len, reverse=True))


def _group_of(core: str, k: int) -> bool:
    """The short head names a group and the firm is one of its companies (国药|集团|融资租赁)."""
    return any(core.startswith(w, k) and len(core) > k + len(w) for w in rule_data("prose")["short_owner_group_words"])


def _zone_head(text: str, head: str) -> bool:
    """The document names a zone by the head (临空|经济区): the project's name opens with the zone's name."""
    return re.search(f"{re.escape(head)}(?:{ZONE_WORD_ALT})", text) is not None


def _trade_head(text: str, head: str, surface: str) -> bool:
    """The document speaks of a trade by the head outside the project's own name (集聚发展阿胶|产业, 阿胶|产业链 beside
    阿胶|工贸物流项目 and 东阿阿胶): the head names a product, and a project it opens is no firm's (prj21)."""
    return re.search(re.escape(head) + prose_pattern("short_owner_trade_after").pattern, text.replace(surface, "")) is not None


def _short_head(b: GraphBuilder, name: str, k: int) -> bool:
    """The first k characters of a project's name are a firm's short name (云鹰马铃薯全产业链项目 and
    广东云鹰农业集团有限公司): no place, no word every name may open with, and a name goes on after it, or only
    the project's ending (捷泰新能源|项目 and 滁州捷泰新能源科技有限公司)."""
    head = name[:k]
    return (len(name) - k >= 4 or prose_pattern("bare_project_rest").fullmatch(name, k) is not None) and prose_pattern("cjk").match(name[k]) is not None \
        and head not in rule_data("prose")["short_owner_not_heads"] and b.resolver.county(head) is None \
        and not b.resolver.counties_in(head)


def defined_short_names(b: GraphBuilder, sent: Sentence, spans: list[Found]) -> dict[str, Found]:
    """"山东华鲁恒升化工股份有限公司（以下简称“华鲁恒升”）": the short name is the firm's alias
    for the rest of the document; returns {short name: the firm's Found}."""
    out: dict[str, Found] = {}
    for m in scan(prose_pattern("defined_short"), sent.text):
        firm = next((f for f in spans if f.end == m.start() and f.label == Label.ENTERPRISE), None)
        if firm is None:
            continue
        short = m.group(1)
        b.node(Resolved(Label.ENTERPRISE, b.nodes[firm.nid].name), short, sent, "defined_short_name")
        out[short] = firm
    return out


def rule_defined_names(b: GraphBuilder, sent: Sentence, spans: list[Found], shorts: dict[str, Found]) -> None:
    """A short name the document defined, where no other name covers it: a mention of its firm."""
    for short, firm in shorts.items():
        for m in re.finditer(re.escape(short), sent.text):
            if any(f.start < m.end() and m.start() < f.end for f in spans):
                continue
            r = Resolved(Label.ENTERPRISE, b.nodes[firm.nid].name, f"defined:{short}→{b.nodes[firm.nid].name}")
            spans.append(Found(m.start(), m.end(), Label.ENTERPRISE, b.node(r, short, sent, "defined_short_name"), short))
