"""Place rules: "临清市：依托A、B，发展X产业，改造提升Y产业" and "烟店镇与轴承产业园"."""

from __future__ import annotations

import re

from graph.model import Label, RelType
from ingest.extract.builder import GraphBuilder
from ingest.extract.context import sentence_county
from ingest.extract.names import PARK_SUFFIXES, after_last_mark, find_parks
from ingest.resolve import Resolved
from ingest.rules import pattern, rule_data, scan
from ingest.structure import Sentence


_L = rule_data("layout")
_DEVELOP = pattern("layout", "develop")
_DEVELOP_AREA = pattern("layout", "develop_area")
_AREA_PLACE = pattern("layout", "area_place_item")
_UPGRADE = pattern("layout", "upgrade")
_PARK_LIST = pattern("layout", "park_list")
_LIST_SPLIT = pattern("layout", "area_list_split")
_ITEM_NOT = pattern("layout", "item_not_inside")


def _clusters_in_list(b: GraphBuilder, text: str) -> list[tuple[str, Resolved]]:
    out = []
    for item in re.split(r"、", text):
        item = item.strip()
        r = b.resolver.cluster(item, create=False) or b.resolver.cluster(item + _L["industry_ending"], create=False)
        if r is None and 2 <= len(item) <= 10 and not _ITEM_NOT.search(item):
            r = b.resolver.cluster(item)
        if r is not None:
            out.append((item, r))
    return out


def rule_county_layout(b: GraphBuilder, sent: Sentence) -> None:
    found = sentence_county(b, sent)
    if found is None:
        return
    county_surface, county = found
    body = sent.text
    if sent.lead and body.startswith(sent.lead + "：") and county_surface == sent.lead:
        body = body[len(sent.lead) + 1:]
    elif body.startswith(county_surface):
        if any(s == 0 and e > len(county_surface) for s, e, _n in find_parks(body)):
            return  # "海丰生态科技城…重点发展A、B": the county's name heads a park's, the park's layout (relp9)
        body = body[len(county_surface):]
    else:
        return
    develops = [m.group(1) for m in _DEVELOP.finditer("，" + body)]
    # "发展宜居新城区和旅游、医养健康产业聚集区": the industries of a cluster area, not the places
    for m in scan(_DEVELOP_AREA, body):
        develops.append("、".join(p for p in _LIST_SPLIT.split(m.group(1)) if p and not _AREA_PLACE.search(p)))
    upgrades = [m.group(1) for m in _UPGRADE.finditer(body)]
    m = _PARK_LIST.search(body)
    parks = find_parks(m.group(1)) if m else []
    if not (develops or upgrades or parks):
        return
    cid = b.node(county, county_surface, sent, "county_layout")
    for _s, _e, pname in parks:
        pr = b.resolver.park(pname, county)
        if pr is None or pr.label != Label.PARK:
            continue
        pid = b.node(pr, pname, sent, "county_layout")
        b.edge(RelType.LOCATED_IN, pid, cid, sent, "county_layout", pname, pr.resolution)
    for group, rel in ((develops, RelType.DEVELOPS), (upgrades, RelType.UPGRADES)):
        for text in group:
            for surface, cr in _clusters_in_list(b, text):
                clid = b.node(cr, surface, sent, "county_layout")
                b.edge(rel, cid, clid, sent, "county_layout", surface, cr.resolution)


_TOWN_PARK = re.compile(f"{_L['town_words']}{_L['town_joiner']}([^，。；、]{{1,20}}?(?:{'|'.join(PARK_SUFFIXES)}))")


def rule_town_park(b: GraphBuilder, sent: Sentence) -> None:
    """"临清市烟店镇与轴承产业园": the park lies in the county of the town."""
    text = sent.text
    for m in scan(_TOWN_PARK, text):
        clause_start = after_last_mark(text, m.start(), "，。；：、")
        hit = b.resolver.county_prefix(text[clause_start:m.start() + 1])
        if hit is None:
            continue
        surface, county = hit
        pname = m.group(1)
        pr = b.resolver.park(pname, county)
        if pr is None or pr.label != Label.PARK:
            continue
        cid = b.node(county, surface, sent, "town_park")
        pid = b.node(pr, pname, sent, "town_park")
        b.edge(RelType.LOCATED_IN, pid, cid, sent, "town_park", pname, pr.resolution)
