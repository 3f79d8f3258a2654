"""Name shapes of Chinese policy text: where a park, enterprise or project name starts and ends.

Pure string rules, shared by the spaCy components (ingest/extract/nlp.py) and the
relation rules (ingest/extract/document.py). They find names that are in no lexicon.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable, Iterable

from ingest.gazetteer import default_gazetteer
from ingest.lexicon import default_lexicon
from ingest.rules import alternation, literal_alternation, pattern, rule_data, scan

_W = rule_data("names")


def _alt(key: str) -> str:
    """A regex alternation of one word list of data/rules/names.yaml, longest first."""
    return literal_alternation(map(str, _W[key]))


def _tuple(key: str) -> tuple[str, ...]:
    """One word list of data/rules/names.yaml, longest first (for str.startswith/endswith)."""
    return tuple(sorted(map(str, _W[key]), key=len, reverse=True))


def _chars(key: str) -> frozenset[str]:
    return frozenset(map(str, _W[key]))


PARK_SUFFIXES = (*_W["park_suffixes"], *_W["area_park_suffixes"])
AREA_PARK_SUFFIXES = tuple(map(str, _W["area_park_suffixes"]))
ENTERPRISE_STRONG = tuple(_W["enterprise_strong"])
# weaker company-name endings, trusted only where a company is expected (lists, project items)
ENTERPRISE_WEAK = tuple(_W["enterprise_weak"])
# words of a description rather than a company name (现代生态农业, 医院医疗)
_NOT_NAME_WORDS = re.compile(f"({_alt('description_words')})")
PROJECT_SUFFIXES = tuple(_W["project_suffixes"])

# (Greek letters name chemicals: γ-丁内酯)
_NAME_CHARS = re.compile(r"[\u3400-\u9fffA-Za-z0-9\u03b1-\u03c9（）()·\-—]")


class _CharTest(dict):
    """Whether one character matches a one-character regex, each character tested once: walk_left asks of every
    character it passes, and a dict lookup costs a fifth of a regex match."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        super().__init__()
        self.regex = regex

    def __missing__(self, char: str) -> bool:
        found = self[char] = self.regex.match(char) is not None
        return found


_IS_NAME_CHAR = _CharTest(_NAME_CHARS)
# words that open a clause before a name: dropped from the left of a found name
LEAD_WORDS = tuple(sorted(set(map(str, _W["lead_words"])), key=len, reverse=True))


# … and a word joining two events (…开工仪式暨A项目), which is no lead word before an industry's name
_LEAD_RE = re.compile("^(?:%s)" % literal_alternation((*LEAD_WORDS, *_W["event_joiners"])))
_MODIFIER_ENDS = frozenset(map(str, _W["modifier_ends"]))
_MODIFIER_NAME_HEADS = frozenset(map(str, _W["modifier_name_heads"]))
_JOINERS = _chars("name_joiners")
_AND = _chars("and_words")
_NAME_END_CHARS = _chars("name_end_chars")


def walk_left(text: str, end: int, max_len: int = 16, joiners: frozenset[str] = _JOINERS) -> int:
    """Start of the name ending at `end`: back over name characters up to a delimiter
    (punctuation, or a joining word such as 与/和 that separates two names)."""
    i = end
    while i > 0 and end - i < max_len and _IS_NAME_CHAR[text[i - 1]] and text[i - 1] not in joiners:
        # 和 joins two names after a name's end (开发区和特色园区), but is part of 三和工业园
        if text[i - 1] in _AND and i >= 2 and text[i - 2] in _NAME_END_CHARS:
            break
        if text[i - 1] == "—" and i >= 2 and text[i - 2] == "—":
            break  # "龙头企业——南宁双汇食品公司": a dash between a description and a name
        i -= 1
    return i


def strip_lead_words(name: str, after_modifier: bool = False) -> str:
    """Drop clause-opening words (依托, 加快建设, 和 …) from the start of a found name (`after_modifier`: the name
    follows a modifier's 的, modifier_ends)."""
    while True:  # the longest lead word first, as long as 2+ characters stay
        m = next((m for m in _LEAD_RE.finditer(name[:8]) if len(name) - m.end() >= 2), None) if name else None
        if m is None or after_modifier and m.group(0) in _MODIFIER_NAME_HEADS:
            return name  # 开工的|同福丝绸有限公司: after a modifier's 的 one character opens the name (modifier_ends)
        after_modifier = m.group(0) in _MODIFIER_ENDS
        name = name[m.end():]


_SUFFIXES_LONGEST = tuple(sorted(PARK_SUFFIXES, key=len, reverse=True))  # the longest ending first (产业园区 before 园区)
_PARK_RE = re.compile("|".join(map(re.escape, _SUFFIXES_LONGEST)))
# a verb inside a found name means the name starts after it (阳谷县创建|省级…开发区)
_INNER_VERB = re.compile(f"({_alt('inner_verbs')})")
_COMPANY_STEM_NOT = re.compile(f"{_W['patterns']['company_stem_date']}|{_alt('inner_verbs')}|{_alt('company_stem_verbs')}")
_PARK_INNER_VERB = re.compile(f"({_alt('park_inner_verbs')})")
# an aspect particle closes a clause: a name starts after it (集中展示了|园区)
# (not the first character of a word: 着色剂, 了解; particle_words)
_CLAUSE_PARTICLE = re.compile("(%s)" % "|".join(
    re.escape(p) + "".join(f"(?!{re.escape(w[len(p):])})" for w in map(str, _W["particle_words"]) if w.startswith(p))
    for p in _tuple("clause_particles")))
# generic descriptions, not names (特色产业园区, 两大化工园区, 省级开发区)
_GENERIC_PARK = re.compile(f"^({_alt('generic_park_heads')})")
_PARK_NOT_INSIDE = re.compile("|".join(_W["park_not_inside"]))
_PARK_KIND = re.compile(f"({_alt('park_kind_words')})(?:{_alt('park_kind_tails')})?$")
# a rank or an owner among parks right before the park word (兰州高新区二级|园区, 县属|工业园区): no name (pk21)
_PARK_RANK = re.compile(f"(?:{_alt('park_rank_heads')})(?:{_alt('park_kind_tails')})?$")
_PARK_NOT_FOLLOWED = _tuple("park_not_followed_by")
_WEAK_PARK = frozenset(map(str, _W["weak_park_suffixes"]))
_BARE_PARK = frozenset(map(str, _W["bare_park_suffixes"]))
_BARE_PARK_VERB = re.compile(f"({_alt('bare_park_verbs')})")
_BARE_PARK_LAST_VERB = _tuple("bare_park_last_verbs")
_REGIONAL_CLASS_WORDS = frozenset(map(str, _W["regional_class_park_words"]))
_TOWN_KINDS = _chars("town_kinds")
_DIVISION_END = _chars("division_end_chars")
_BRACKET_LIST_NUMBER = re.compile(_W["patterns"]["bracket_list_number"])
_ZONE_WORDS = frozenset(map(str, rule_data("zones")["bare"]))
_ZONE_WORDS_LONGEST = (*sorted(_ZONE_WORDS, key=len, reverse=True), *_tuple("bare_site_words"))
_ZONE_CANONICAL = frozenset(map(str, rule_data("zones")["canonical"]))
_BARE_ZONE_HEADS = tuple(sorted(map(str, rule_data("zones")["bare_zone_heads"]), key=len, reverse=True))
# the zone words (zones.yaml `canonical`: 经济技术开发区, 开发区, 高新区…) as one regex alternation, longest first
ZONE_WORD_ALT = literal_alternation(rule_data("zones")["canonical"])
_ZONE_NOT_HEADS = tuple(map(str, rule_data("zones")["zone_name_not_heads"]))
_ZONE_NAME_AFTER = frozenset(map(str, rule_data("zones")["zone_name_after"]))
_CLASS_QUALIFIERS = tuple(sorted(map(str, rule_data("zones")["class_qualifiers"]), key=len, reverse=True))
_DIVISION_KINDS = re.compile(rule_data("zones")["division_kinds_before"])
_CLASS_BEFORE = re.compile(rule_data("zones")["class_before"])
_GRANTED_TITLE = re.compile(alternation("zones", "granted_title_verbs"))
CLAUSE_MARKS = "，。；：,;"  # what ends the clause before a name (prose.start_of_clause also cuts at ！ and ？)


def after_last_mark(text: str, pos: int, marks: Iterable[str] = CLAUSE_MARKS) -> int:
    """Where the clause (or item, or clause group) holding text[pos] starts: after the last of `marks` before it."""
    last = -1
    for c in marks:  # (a loop: max() over a generator cost half again as much, and rules ask this often)
        i = text.rfind(c, 0, pos)
        if i > last:
            last = i
    return last + 1


def find_parks(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of park names: a park suffix and the name before it."""
    out: list[tuple[int, int, str]] = []
    for m in scan(_PARK_RE, text):
        if text.startswith(_PARK_NOT_FOLLOWED, m.end()):
            continue  # 开发区域: a kind of area
        start = walk_left(text, m.start())
        if start > 0 and text[start] in _DIVISION_END and _NAME_CHARS.match(text[start - 1]):
            start += 1  # the walk's limit fell inside a division's name (定西|市临洮县…): its last character goes with it
        name = strip_lead_words(text[start:m.end()])
        if _inside_title(text, m.start()):
            continue  # a cited title 《关于推动开发区…》 names no park
        if _QUOTED_RUN.search(text, max(0, start - 2), start) or _described_kind(text, start):
            continue  # “零碳工厂”“零碳园区”: quoted items one after another are slogans or kinds
        head = name[:-len(m.group(0))]
        if m.group(0) in _BARE_PARK and head.endswith(PARK_SUFFIXES):
            continue  # 临泉工业园区|园区概况: a bare park word right after a whole park name opens a noun of that park (audit W)
        if any(head.endswith(q) and head[:-len(q)].endswith(PARK_SUFFIXES) for q in _CLASS_QUALIFIERS):
            continue  # 河北景县工业园区|省级开发区: the park's name, then its class (audit AG)
        # another park inside: the name starts after it, unless it is a zone or an area the park lies in
        # (交城经济开发区|低碳生态园, 海口药谷|工业园 are one name; park_zone_name reads a zone from it)
        inner = list(_INNER_VERB.finditer(head)) + list(_PARK_INNER_VERB.finditer(head)) + list(_CLAUSE_PARTICLE.finditer(head)) \
            + list(_FIRM_ABOUT.finditer(head)) + [x for x in _PARK_RE.finditer(head) if x.start() > 0 and x.group(0) not in _ZONE_CANONICAL
               and x.group(0) not in AREA_PARK_SUFFIXES] + _function_chars(head) + _inner_lead_words(head)
        if m.group(0) in _BARE_PARK:  # 营造|园区, 对|开发区: the bare word is a verb's object, not a name's end
            inner += list(_BARE_PARK_VERB.finditer(head))
            if head.endswith(_BARE_PARK_LAST_VERB):
                continue  # 市领导多次到|园区视察: a one-character verb's object, no name
        if inner:  # a verb or another park inside: the name starts after it
            name = strip_lead_words(name[max(x.end() for x in inner):])
        j = max(name.rfind(a, 0, len(name) - len(m.group(0))) for a in _AND)
        if j >= 5:  # "…主体作用和产业园区": 和 after a long phrase joins two phrases (临清三和工业园 is one name)
            name = name[j + 1:]
        name = _BRACKET_LIST_NUMBER.sub("", name)  # (一)|电力电器产业园: a heading's number
        close = name.rfind("）")
        if close >= 0 and "（" not in name[:close]:
            name = name[close + 1:]  # "县（市、区）间…园区": the bracket belongs to the text before
        first = min((i for i in (name.find("）"), name.find(")")) if i >= 0), default=-1)
        if first >= 0 and not _BRACKET_OPEN.search(name, 0, first):  # "经开区”)和|中德(沈阳)…产业园": a bracket closed before the name opens
            name = strip_lead_words(name[first + 1:])
        rank = _RANK_ASIDE.match(name)
        if rank and rank.end() < len(name):  # 招远 （国家级）|经济技术开发区: the place before the rank opens the name
            at = m.end() - len(name)
            place_end = len(text[:at].rstrip())
            place_start = walk_left(text, place_end)
            if place_start < place_end:
                name = strip_lead_words(text[place_start:m.end()])
        if _place_then_clause(name[:-len(m.group(0))]):
            continue  # "蓟州区持续完善|经济开发区": a place, then words opening a clause: a bare zone word
        name = name[_site_build_end(text, m.end() - len(name), name[:-len(m.group(0))]):]
        q = next((q for q in _CLASS_QUALIFIERS if name.startswith(q)), "")
        if q and len(name) - len(q) - len(m.group(0)) >= 2 and not _PARK_RE.search(name, 0, len(name) - len(m.group(0))) \
                and opens_with_place(name[len(q):]):
            name = name[len(q):]  # 国家级|拉萨经济技术开发区: a level before a place's zone (省级农业高新区 is a kind)
        name = _after_own_county(_after_own_town(name, len(name) - len(m.group(0))))
        bare = next((z for z in _BARE_ZONE_HEADS if name.startswith(z)), "")
        if bare and len(name) - len(bare) - len(m.group(0)) >= 2:
            name = name[len(bare):]  # 边境经济合作区|俄蜜源蜂业产业园区: a bare zone word is where the park lies
        if len(name) - len(m.group(0)) < 2 or _GENERIC_PARK.match(name) or _PARK_NOT_INSIDE.search(name) \
                or _PARK_KIND.search(name, 0, len(name) - len(m.group(0))) \
                or _PARK_RANK.search(name, 0, len(name) - len(m.group(0))) \
                or name.count("（") > name.count("）") or _COUNTED_AFTER.match(text, m.end()) or _regional_kind(name):
            continue  # a bare suffix (开发区) is resolved by context, not here
        if firm_site(name):
            continue  # 山西焦炭集团|介休碳材料产业园: a firm's own site, its project, no park
        s = m.end() - len(name)
        if _title_of_place(text, s, m.end()) or _quoted_aim(text, s, m.end()) or m.group(0) in _WEAK_PARK and not opens_with_place(name, short=True):
            continue
        if _status_not_name(text, s, name[:-len(m.group(0))]):
            continue  # 获批为首家自治区级工业园区, 获评自治区科技创新强园区: the status a park is granted, no park of its own
        name = name[_place_start(name, len(name) - len(m.group(0))):]
        out.append((m.end() - len(name), m.end(), name))
    return out


_PARK_FUNCTION_CHAR = re.compile("[%s]" % "".join(map(re.escape, _W["park_function_chars"])))


def _function_chars(head: str) -> list[re.Match[str]]:
    """The clause's function characters in the words before a park's ending, outside a place's name written there
    (尤其将|工业园区, 模式使|园区, 高于|…, 继|沧州临港经济技术开发区; not 将乐, 向阳区): a park's own name holds none, so
    it starts after the last (names.yaml park_function_chars)."""
    return outside_places(_PARK_FUNCTION_CHAR, head)


def outside_places(p: re.Pattern[str], name: str) -> list[re.Match[str]]:
    """`p`'s matches in `name` that stand outside a place's name written there (将 of 将乐, 有 of 有色 are no clause's)."""
    return [m for m in p.finditer(name) if not _in_place_word(name, m.start())]


_LEAD_INSIDE = re.compile(literal_alternation(w for w in LEAD_WORDS if len(w) >= 2 and w not in _W["lead_words_in_names"]))


def _inner_lead_words(head: str) -> list[re.Match[str]]:
    """Words opening a clause (lead_words of two characters or more) anywhere in the words before a park's ending,
    outside a place's name (启动|生物医药产业园, 主要包括|…, 构建|开发区, 要大力扶持|园区): a clause's verb or adverb, no
    part of a park's own name, which starts after the last; not the lead words a park's name may hold
    (names.yaml lead_words_in_names: 产业集聚区, 科学城, 集中发展区)."""
    return [m for m in _LEAD_INSIDE.finditer(head) if m.start() > 0 and not _in_place_word(head, m.start())]


_ZONE_AREA = re.compile(rf"({alternation('zones', 'area_zone_words')})([\u4e00-\u9fff]{{2,5}}?){re.escape(rule_data('zones')['area_zone_end'])}")


def find_zone_areas(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the areas of a free trade zone or science city named after a division (辽宁自贸区沈阳片区,
    西部(重庆)科学城璧山片区; zones.yaml area_zone_words): the zone's name, the division's, and 片区."""
    out: list[tuple[int, int, str]] = []
    for m in scan(_ZONE_AREA, text):
        if not is_place_word(m.group(2)):
            continue
        start = walk_left(text, m.start(1), max_len=20)
        head = text[start:m.start(1)]
        inner = list(_INNER_VERB.finditer(head)) + list(_PARK_INNER_VERB.finditer(head))
        if inner:  # 中德园是|辽宁自贸区沈阳片区: the name starts after the verb
            start += max(x.end() for x in inner)
        name = strip_lead_words(text[start:m.end()])
        if len(name) - len(m.group(0)) >= 2:
            out.append((m.end() - len(name), m.end(), name))
    return out


_Z = rule_data("zones")
_ZONE_BRANCH = re.compile(rf"(?:(?<=[\u4e00-\u9fff]{{2}})(?:{ZONE_WORD_ALT})|{alternation('zones', 'branch_zone_names')})"
                          rf"([\u4e00-\u9fff]{{2,3}}?){re.escape(_Z['branch_zone_end'])}"
                          rf"(?![{''.join(map(re.escape, _Z['branch_zone_end_not_before']))}])")


def find_zone_branches(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the parks of a zone of many parks, each named by the zone and the district it lies in
    (中关村|房山|园, 上海张江高新技术产业开发区|静安|园, 张江高新区|闸北|园; zones.yaml branch_zone_names, branch_zone_end):
    the zone's name as written (a zone word after two characters of its own, or a zone named so), a division's short name
    (is_place_word) and 园. pk21."""
    out: list[tuple[int, int, str]] = []
    for m in scan(_ZONE_BRANCH, text):
        if not is_place_word(m.group(1)):
            continue
        if m.group(0).startswith(tuple(map(str, _Z["branch_zone_names"]))):
            name = m.group(0)
        else:  # the zone's own name before its zone word: back to a delimiter, clause words dropped
            s = walk_left(text, m.start(), max_len=16)
            name = strip_lead_words(text[s:m.end()])
        out.append((m.end() - len(name), m.end(), name))
    return out


_FIRM_SITE = re.compile(f"..(?:{_alt('firm_site_words')})")


def firm_site(name: str) -> bool:
    """A park-shaped name whose words before its ending hold a company's name (山西焦炭集团|介休碳材料产业园): the firm's
    own site, a project of the firm's, no park (names.yaml firm_site_words)."""
    suffix = next((x for x in _SUFFIXES_LONGEST if name.endswith(x)), "")
    return _FIRM_SITE.search(name, 0, len(name) - len(suffix)) is not None


def _place_start(name: str, head: int) -> int:
    """Where a park's name starts when a division it holds is no first word: the words before a province, a prefecture
    or a county named in full (省政府确定|枣庄市峄城化工产业园, 与会人员还到|安顺经开区…, 图为|龙岩高新区…) are a clause,
    unless they name who built it or where (正威新材料|渭南大荔…产业园, 天府新区|眉山片区…) or open a bracket (中韩(盐城)…)."""
    if opens_with_place(name):
        return 0
    for k in range(2, head - 1):
        before = name[:k]
        if (opens_with_place(name[k:]) or _county_zone(name[k:])) and not _BRACKET_OPEN.search(before) \
                and not before.endswith((*PARK_SUFFIXES, *ENTERPRISE_STRONG, *ENTERPRISE_WEAK)):
            return k
    return 0


def _county_zone(name: str) -> bool:
    """Whether `name` is a county's short form and a zone word, nothing else (库尔勒|经济技术开发区, 武义|开发区): the
    county's zone, whatever clause words stand before it (本次|…, 企业负责人向|…)."""
    gaz = default_gazetteer()
    return any(name[:k] in gaz.short and name[k:] in _ZONE_WORDS for k in range(2, min(5, len(name) - 1)))


_BRACKET_OPEN = re.compile("[（(]")
_KIND_PHRASE = re.compile(f"(?:{_alt('kind_phrase_openers')})[^，。；：,;:]*{_W['of_word']}$")
_KIND_PHRASE_VERB = re.compile(f"(?<![{''.join(map(re.escape, _W['kind_phrase_verb_not_after']))}])(?:{_alt('kind_phrase_verbs')})"
                               f"[^，。；：,;:]*{_W['of_word']}$")


def _described_kind(text: str, start: int) -> bool:
    """A park-shaped name after a 的-phrase its clause opens with a quality (打造“具有全球影响力的|卓越科创园区”) or a
    verb of forming, building or becoming opens (形成一个…便捷高效的|高科技工业园区, pk19): a description of a kind of park,
    no name; not a park a firm invests in and builds (投资30亿元，在渝北建设打造集…于一体的|…产业园: a project, built_before)."""
    cs = after_last_mark(text, start, CLAUSE_MARKS + ":")
    return text[start - 1:start] == _W["of_word"] and (_KIND_PHRASE.search(text, cs, start) is not None
                                                       or _KIND_PHRASE_VERB.search(text, cs, start) is not None
                                                       and not built_before(text, start))


_QUOTED_RUN = re.compile("[”\"][“\"]$")
_AIM_VERBS = _tuple("quoted_aim_verbs")
_AIM_AFTER = _tuple("quoted_aim_after")
_TITLE_VERBS = _tuple("quoted_title_verbs")


def _quoted_aim(text: str, start: int, end: int) -> bool:
    """A park-shaped name alone in quotation marks after a verb of aiming (打造“生态都市园区”) or before a word of an aim
    (“生态型都市工业园区”发展方向): a slogan, the kind a place makes itself into, no park's name."""
    if text[start - 1:start] not in ("“", '"') or text[end:end + 1] not in ("”", '"'):
        return False
    return text.endswith(_AIM_VERBS, 0, start - 1) or text.startswith(_AIM_AFTER, end + 1) \
        or text.endswith(_TITLE_VERBS, 0, start - 1)  # 命名为“河北省橡塑产业民营科技园区”: a title given (audit AG)


_BUILT_BEFORE = tuple(_W["built_park_before"])
_BUILT_INVESTED = re.compile(f"{_W['built_park_invested']}|{_W['built_park_invested_site']}")


def built_before(text: str, start: int) -> bool:
    """Whether the words before `start` invest in or build what follows as one project (投资建设|…, 投资35亿元的|…,
    投资30亿元，在渝北建设打造…的|…)."""
    return text.endswith(_BUILT_BEFORE, 0, start) or _BUILT_INVESTED.search(text, 0, start) is not None


_SITE_BUILD = _tuple("site_build_verbs")
_SITE_AT = _tuple("site_prepositions")


def _site_build_end(text: str, start: int, head: str) -> int:
    """Where a park's name starts after 在, a place and a verb of building that begins the name found (在邹城建|生物质
    新材料产业园: the place is the site, the park what is built there; names.yaml site_build_verbs); 0 when not so."""
    if not text.endswith(_SITE_AT, 0, start):
        return 0
    for k in range(min(6, len(head) - 1), 1, -1):
        if is_place_word(head[:k]):
            verb = next((v for v in _SITE_BUILD if head.startswith(v, k)), "")
            return k + len(verb) if verb and len(head) - k - len(verb) >= 2 else 0
    return 0


def _place_then_clause(head: str) -> bool:
    """A head that is a division's name and then only clause-opening words (蓟州区|持续完善): no name."""
    for k in range(min(6, len(head)), 1, -1):
        if is_place_word(head[:k]):
            rest = head[k:]
            while rest:
                lead = _LEAD_RE.match(rest)
                if lead is None:
                    return False
                rest = rest[lead.end():]
            return k < len(head)
    return False


_STATUS_LEVELS = tuple(sorted(map(str, _W["status_levels"]), key=len, reverse=True))
_RATED_TITLE = re.compile(f"(?:{_alt('rated_title_verbs')})(?:{_alt('rated_title_fillers')})*$")


def _status_not_name(text: str, start: int, head: str) -> bool:
    """A park's status taken as its name (park13): a level inside the words before the park's ending after words that
    are no county's or prefecture's name (首家|自治区级工业园区, 新疆|自治区级工业园区, 中国|省级开发区, 属|省级经济开发区;
    石泉|省级经开区 is a name), or a name right after a verb of rating or granting, in its words or just before them
    (获评|自治区科技创新强园区, 获批为…, 成功创成|国家级绿色工业园区, 申报为…): a title the park holds, no park."""
    gaz = default_gazetteer()
    head = _RANK_ASIDE.sub("", head)  # 滑县 （国家级）|经济技术开发区: a rank in brackets is read above
    for level in _STATUS_LEVELS:
        i = head.find(level, 1)
        if i > 0:
            before = head[:i]
            units = [*gaz.full.get(before, ()), *gaz.short.get(before, ())]
            upper = gaz.upper_unit(before)
            if not any(u.level == "county" for u in units) and (upper is None or upper.level == "province"):
                return True
            break
    return _RATED_TITLE.search(text, after_last_mark(text, start), start) is not None \
        or any(_RATED_TITLE.search(head, 0, k) for k in range(2, len(head)))


def _regional_kind(name: str) -> bool:
    """A province or prefecture, then a level (江西|省级产业园, 山东省|省级化工园区): the region's kind of park, no
    name; a level before a place's zone (国家级|拉萨经济技术开发区) is stripped above instead. So is a province or
    prefecture named in full before a generic head or the park word alone (陕西省|重点县域工业园区, 湖南省|产业园区: the
    region's parks in general; audit AG); a city's own park is named by its short form (苏州工业园区)."""
    gaz = default_gazetteer()
    for k in range(2, min(5, len(name))):
        upper = name[:k] in gaz.full or gaz.upper_unit(name[:k]) is not None
        if upper and name[k:].startswith(_CLASS_QUALIFIERS):
            return True
        if upper and any(u.level != "county" for u in gaz.full.get(name[:k], [])) \
                and (name[k:] in _REGIONAL_CLASS_WORDS or _GENERIC_PARK.match(name[k:])):
            return True
    return False


def _after_own_county(name: str) -> str:
    """A park's name after a county's full name that the name then opens with again by its short form
    (濉溪县|濉溪芜湖现代产业园): the county is where the park lies, no part of its name (a prefecture's is kept:
    东营市东营区化工产业园)."""
    gaz = default_gazetteer()
    i = 0
    while i is not None:  # after the province and prefecture it is under, named in full (甘肃省定西市|临洮县临洮…)
        for k in range(i + 2, min(len(name) - 4, i + 8)):
            units = gaz.full.get(name[i:k])
            if units and any(name.startswith(short, k) for u in units if u.level == "county" for short in u.shorts):
                return name[k:]
        i = next((k for k in range(i + 2, min(len(name) - 4, i + 8))
                  if any(u.level in ("province", "prefecture") for u in gaz.full.get(name[i:k], ()))), None)
    return name


def _after_own_town(name: str, head: int) -> str:
    """A park's name after a town that the name then opens with again (…开发区中铺镇|中铺工业园): the town is where the
    park lies, no part of its name."""
    for k in range(3, head - 1):
        if name[k - 1] in _TOWN_KINDS and name.startswith(name[k - 3:k - 1], k):
            return name[k:]
    return name


def _title_of_place(text: str, start: int, end: int) -> bool:
    """A park-shaped name in the predicate list of a place, closing its clause (泉港区是国家九大炼油基地、
    中国石油化工园区、国家循环经济示范试点园区): a title the place holds, not a park of its own."""
    cs = after_last_mark(text, start)
    if not _TITLE_PREDICATE.search(text, cs, start):
        return False
    return _TITLE_REST.match(text, end) is not None


def park_own_name(name: str) -> str | None:
    """A park's name without the county or prefecture written in full before its own name (惠农区|红果子兰山工业园区,
    开阳县|大水工业园区, 遵义市|新蒲新区辣椒加工贸易产业集聚区), when what is left names a park of its own: two characters
    or more before its ending, no level (省级开发区), no bare zone word and no verb (plain_park_name). Texts name such a park with or without the
    place (pk18: batches 4, 6, 7 of learn5to16 and old817), so the node keeps both; None when no such place opens it."""
    gaz = default_gazetteer()
    for k in range(min(len(name) - 4, 8), 1, -1):  # the longest place first (朝阳区 before 朝阳)
        units = gaz.full.get(name[:k], ())
        if any(u.level != "province" for u in units):
            rest = name[k:]
            suffix = next((x for x in _SUFFIXES_LONGEST if rest.endswith(x)), None)
            if suffix is None or len(rest) - len(suffix) < 2 or rest.startswith(_STATUS_LEVELS) or rest in _ZONE_WORDS \
                    or not plain_park_name(rest):
                return None
            return rest
    return None


def opens_with_place(name: str, short: bool = False) -> bool:
    """Whether a division's name or a prefecture's short form opens `name` (拉萨|经济技术开发区); with `short`, a
    county's short form too (泉港|石化工业区)."""
    gaz = default_gazetteer()
    return any(name[:k] in gaz.full or gaz.upper_unit(name[:k]) is not None or short and name[:k] in gaz.short
               for k in range(2, min(5, len(name))))


def zone_class(text: str, start: int, surface: str) -> bool:
    """Whether a bare zone word at `start` names a kind of zone: a level stands before it (国家级经济技术开发区), it is
    listed after the kinds of divisions (各县(市、区)、开发区) or a province's scope or a field's label (全省|开发区, 类型：|开发区), or it is an item of a list of titles a granting verb opens in
    its clause (获批全域旅游示范区、旅游度假区、…金字招牌)."""
    if surface not in _ZONE_WORDS:
        return False
    if text.endswith(_CLASS_QUALIFIERS, 0, start) or _DIVISION_KINDS.search(text, max(0, start - 12), start) \
            or _CLASS_BEFORE.search(text, max(0, start - 4), start):
        return True  # 国家级|经济技术开发区; 22个县(市、区)、|开发区; 全省|开发区: the kinds of units, no one zone
    clause = after_last_mark(text, start)
    end = start + len(surface)
    listed = text.startswith("、", end) or text[start - 1:start] == "、"
    return listed and _GRANTED_TITLE.search(text, clause, start) is not None


def zone_own_name(text: str, end: int) -> int | None:
    """Start of the words naming a zone before its zone word at `end` (慈湖|高新区, 天府|新区, 海口国家|高新区):
    name characters back to a delimiter, a clause-opening word or a verb, with no count, sum or generic head
    (国家级新区, 城市新区 name no zone). None when no such name stands there."""
    name = strip_lead_words(text[walk_left(text, end, 10):end])
    cut = max((i for i, c in enumerate(name) if c in _ZONE_NAME_AFTER and not _in_place_word(name, i)), default=-1)
    if cut >= 0:  # 既是|经开区, 填补了|哈经开区: a clause's function word; nothing after it, no own name
        name = name[cut + 1:]
        if len(name) < 2:
            return None
    inner = list(_INNER_VERB.finditer(name))
    if inner:
        name = strip_lead_words(name[inner[-1].end():])
    if len(name) < 2 or name in LEAD_WORDS or name.startswith(_ZONE_NOT_HEADS) or _GENERIC_PARK.match(name) \
            or not re.fullmatch(r"[\u4e00-\u9fff]+", name) \
            or _PARK_NOT_INSIDE.search(name) or _inside_title(text, end) or _regional_kind(name):
        return None  # (吉林省省级|经济技术开发区: a region's kind of zone, audit T)
    return end - len(name)


_KIND_AIM_VERBS = tuple(sorted(map(str, rule_data("zones")["kind_aim_verbs"]), key=len, reverse=True))


def aimed_everywhere(text: str, name: str) -> bool:
    """Whether every time `text` writes `name` a verb of aiming stands right before it (建设|一流新区 in the title and
    again in the body, 打造|一流经济技术开发区): the kind of zone a place aims to be, which the text never names as a
    place (zone14; zones.yaml kind_aim_verbs)."""
    i = text.find(name)
    if i < 0:
        return False
    while i >= 0:
        if not text.endswith(_KIND_AIM_VERBS, 0, i):
            return False
        i = text.find(name, i + len(name))
    return True


def holds_function_word(words: str) -> bool:
    """Whether `words` hold a clause's function word (zones.yaml zone_name_after: a copula, a preposition 以/在/与/把/对/将,
    the particle 了) outside a place's name written there (定安|将继续以: 将; not 将乐)."""
    return any(c in _ZONE_NAME_AFTER and not _in_place_word(words, i) for i, c in enumerate(words))


def _in_place_word(name: str, i: int) -> bool:
    """Whether name[i] stands inside a place's name written there (将|乐, 从|化): no function word."""
    return any(is_place_word(name[j:k]) for j in range(max(0, i - 3), i + 1) for k in range(max(i + 1, j + 2), min(len(name), j + 5) + 1))


def plain_park_name(name: str) -> bool:
    """A whole text that may be a park's name: no verb, sum or count inside (not a headline
    "辽河经济开发区晋升省级开发区")."""
    head = name[:-2]
    return not (_INNER_VERB.search(head) or _PARK_NOT_INSIDE.search(name) or [x for x in _PARK_RE.finditer(head)])


def _inside_title(text: str, pos: int) -> bool:
    return text.rfind("《", 0, pos) > text.rfind("》", 0, pos)


_STRONG_RE = re.compile(_alt("enterprise_strong"))
# a company suffix after a generic description (品牌运营公司, 涉农集团, 现代种业集团) is no name
_GENERIC_COMPANY = re.compile(f"({_alt('generic_company_words')})")
# words after which a company name starts (人才创办了|东阿县途胜…, 输出到|美国肯尼可特公司)
_BEFORE_COMPANY = re.compile(f"({_alt('before_company')}|{_W['before_company_kind']})")
_NUMERAL_AND = re.compile(_W["numeral_and"])
_NUMERAL_PAIR = re.compile(_W["numeral_pair"])
_LIST_MARK = pattern("prose", "list_sep").pattern
_COMPANY_LIST_CLOSE = re.compile(_W["company_list_close"])
_SHORT_LEGAL = _chars("short_legal_forms")
_LEGAL_STARTS = _tuple("legal_form_starts")
_COMPANY_NOT_FOLLOWED = _tuple("company_not_followed_by")
_COMPANY_NOT_HEADS = _tuple("company_name_not_heads")
_BYLINE = pattern("names", "company_byline")
_STEM_DATE = re.compile(_W["patterns"]["company_stem_date"])
_STEM_COUNT = re.compile(_W["patterns"]["company_stem_count"])
_STEM_KIND = re.compile(_W["patterns"]["company_stem_kind"])
_FULL_LEGAL = re.compile(f"({_alt('full_legal_forms')})")
_OPEN_BRACKETS, _CLOSE_BRACKETS = "（(", "）)"
_FRAME_OPEN, _FRAME_CLOSE = map(str, _W["company_frame"])
_FRAME_CLOSES = re.compile(f"{_W['company_frame_between']}{re.escape(_FRAME_CLOSE)}")
_PARK_COMPANY_HEADS = _tuple("park_company_heads")
_COMPANY_OFFICE_HEADS = _chars("company_office_heads")
_ITEM_COMPANY_END = re.compile(rf"({_alt('item_company_ends')}|\d)")


_COMPANY_DETERMINERS = _tuple("company_stem_determiners")
_COMPANY_LEVEL_CHARS = _chars("company_level_chars")


def _level_own_firm(stem: str, ending: str) -> bool:
    """Whether a firm's name is the level of the place whose firm it is and a kind (县|产投公司, 区|国资公司, 服务单位县|邮政
    公司: the county's investment or postal company, fp20): a division's level character (company_level_chars) no place's
    name or zone word ends with, in a name with no full legal form (县交通建设有限公司 is a name the gold counts)."""
    if _FULL_LEGAL.fullmatch(ending):
        return False
    for i, c in enumerate(stem):
        if c in _COMPANY_LEVEL_CHARS and not stem[:i + 1].endswith(_ZONE_WORDS_LONGEST) \
                and not any(is_place_word(stem[j:k]) for j in range(i) for k in (i, i + 1)):
            return True
    return False


def find_enterprises(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of names with a strong company suffix (…集团, …有限公司)."""
    out: list[tuple[int, int, str]] = []
    for m in scan(_STRONG_RE, text):
        if m.group(0) in _SHORT_LEGAL and text.startswith(_LEGAL_STARTS, m.end()):
            continue  # part of a longer suffix found at its own end
        if text.startswith(_COMPANY_NOT_FOLLOWED, m.end()):
            continue  # 公司制, 公司债券, 公司法: not a name
        if _BYLINE.match(text, m.end()):
            continue  # "…日报传媒集团主办", "…集团全媒体记者 某某": the page's publisher, no firm of the text (ent14)
        start = walk_left(text, m.start(), 18)
        if _COMPANY_LIST_CLOSE.search(text, start + 2, m.start()):
            continue  # "A、B、腾翔能源等|公司": the close of a list of firms (enterprise_list's), no name
        modified = text[start - 1:start] in _MODIFIER_ENDS
        name = strip_lead_words(text[start:m.end()], modified)
        stem = name[:-len(m.group(0))]
        cut = [c for c in company_cuts(stem) if not (modified and c.start() == 0 and c.group(0) in _MODIFIER_NAME_HEADS)]
        if cut:
            name = strip_lead_words(name[cut[-1].end():], cut[-1].group(0) in _MODIFIER_ENDS)
            stem = name[:-len(m.group(0))]
        dated = [d.end() for d in _STEM_DATE.finditer(stem)]
        if dated:  # "2021年|光明牧业有限公司", "2019年该|公司", "继2012年|公司": a date opens the clause, no name holds one (ent14)
            name = strip_lead_words(name[dated[-1]:])
            stem = name[:-len(m.group(0))]
        if _STEM_COUNT.search(stem):
            continue  # "设立6家|分公司", "与多家|境外公司": a count of firms and their kind, no name (ent14)
        frame = stem.rfind(_FRAME_OPEN)
        if frame >= 0 and len(stem) - frame > 2 and _FRAME_CLOSES.match(text, m.end()):
            name = name[frame + 1:]  # "上游以芳源新材料集团为链主": the name starts after 以
            stem = name[:-len(m.group(0))]
        opened = max(stem.rfind(c) for c in _OPEN_BRACKETS)
        if opened >= 0 and not any(c in stem[opened:] for c in _CLOSE_BRACKETS):
            name = name[opened + 1:]  # "4家（茅贡米业公司": a bracket the name does not close is the text's
            stem = name[:-len(m.group(0))]
        closed = max(stem.rfind(c) for c in _CLOSE_BRACKETS)
        if closed >= 0 and not any(c in stem[:closed] for c in _OPEN_BRACKETS):
            name = name[closed + 1:]  # "（…通讯员 某某）华瓷股份" (audit R): a bracket the name did not open is the text's
            stem = name[:-len(m.group(0))]
        park = [p for p in _PARK_RE.finditer(stem) if len(stem) - p.end() >= 2 and not stem.startswith(_PARK_COMPANY_HEADS, p.end())]
        if park:  # "光电百亿产业园|太平洋光缆有限公司": the park the firm is in (not 工业园区|开发建设有限公司, the park's own firm)
            name = strip_lead_words(name[park[-1].end():])
            stem = name[:-len(m.group(0))]
        if len(stem) < 2 or name.startswith(_COMPANY_NOT_HEADS) or _COMPANY_STEM_NOT.fullmatch(stem):
            continue  # "2025年|公司产值", "将进一步扩大|公司在…的优势": the company spoken of, after a date or a verb
        if stem[-1:] in _COMPANY_OFFICE_HEADS and is_place_word(stem[:-1]):
            continue  # "发往深圳总公司" (audit U): a firm's head office or branch in a place, no name
        if _STEM_KIND.search(stem):
            continue  # "科技类|公司", "跨国|公司", "世界知名零售|公司": a kind, rank or fame of firms, no name (fp21)
        if stem.endswith(_COMPANY_DETERMINERS) or _level_own_firm(stem, m.group(0)):
            continue  # "采访团随该|公司", "县|产投公司", "服务单位县|邮政公司": the firm spoken of, no name (fp20)
        generic = len(_GENERIC_COMPANY.findall(stem))
        own = len(_GENERIC_COMPANY.sub("", stem))
        # 品牌运营公司 is a description; 华新控股香港公司 keeps a name (华新香港) beside its generic word, and so does a full
        # legal form after two (瑞丽金泽|投资管理|有限公司: names9)
        if generic >= 2 and not (own >= 4 and _FULL_LEGAL.fullmatch(m.group(0))) or (generic and own < 4) \
                or _inside_title(text, m.start()):
            continue
        out.append((m.end() - len(name), m.end(), name))
    return out


def holds_verb(words: str) -> bool:
    """Whether a verb stands inside `words` (近两年新投产): a clause, no name."""
    return _INNER_VERB.search(words) is not None


def after_inner_verb(words: str) -> int:
    """Where a name may start in `words`: after the last verb inside them (非常适合|生物技术产业), else 0."""
    return max((m.end() for m in _INNER_VERB.finditer(words)), default=0)


def company_cuts(words: str) -> list[re.Match[str]]:
    """The words in `words` after which a company's name may start (before_company), but not a 和 that a numeral
    makes a word of the name (新希望六|和|食品…公司, 三和超微粉体材料: names.yaml numeral_and)."""
    return [m for m in _BEFORE_COMPANY.finditer(words)
            if not (m.start() > 0 and _NUMERAL_AND.fullmatch(words, m.start() - 1, m.end()))]


def company_start(words: str) -> str:
    """The words from where a company's name may start: after the last word that a name follows
    (积极引进|飞鹤, 这个县以|…公司) and the clause-opening words after it."""
    cut = company_cuts(words)
    return strip_lead_words(words[cut[-1].end():], cut[-1].group(0) in _MODIFIER_ENDS) if cut else strip_lead_words(words)


def enterprise_prefix(item: str, strip_region: Callable[[str], str] = lambda s: s) -> str:
    """The company name that opens a project item ("阳谷华泰化工年产3.2万吨…项目" -> "阳谷华泰化工").
    `strip_region` drops the province/city names a name may open with (Lexicon.strip_region)."""
    m = _FULL_LEGAL.search(item)
    if m and m.start() >= 2:
        return item[:m.end()]
    by_suffix = suffix_name(item, strip_region)
    m = _ITEM_COMPANY_END.search(item)
    if m and m.start() >= 3 and not (by_suffix and len(by_suffix) <= m.start()):
        head = item[:m.start()]
        if head.count("（") == head.count("）"):  # not "青兰高速（G22）…"
            return head
    return by_suffix


# endings that may follow another company ending inside one name (冠晶光电|科技, 鲁晟数控|机械)
_EXTENDING = ENTERPRISE_STRONG + tuple(_W["enterprise_extending"])
_WEAK_NOT_BEFORE = _tuple("weak_ending_not_before")


def suffix_name(item: str, strip_region: Callable[[str], str] = lambda s: s) -> str:
    """The opening of `item` up to the first company suffix (the longest one at that
    place), extended over suffixes that follow directly (冠晶光电|科技)."""
    best: tuple[int, int] | None = None  # (start, -length)
    for suf in ENTERPRISE_STRONG + ENTERPRISE_WEAK:
        i = item.find(suf, 2)
        if i >= 0 and (best is None or (i, -len(suf)) < best):
            best = (i, -len(suf))
    if best is None:
        return ""
    end = best[0] - best[1]
    extended = True
    while extended:
        extended = False
        for suf in _EXTENDING:
            if item.startswith(suf, end):
                end += len(suf)
                extended = True
                break
    place = re.match(rf"[（(](?:{_BRACKET_PLACES})[)）]", item[end:])
    if place:  # 诺伯特智能装备（山东）
        end += place.end()
    name = item[:end]
    stem = strip_region(item[:best[0]])
    strong = any(name.endswith(x) for x in ENTERPRISE_STRONG)
    if not strong and (len(stem) > 7 or _NOT_NAME_WORDS.search(stem) or item.startswith(_WEAK_NOT_BEFORE, end)):
        return ""  # a long or descriptive stem before a weak ending is a project description
    return name


# a place closing a company name in brackets: the national ones and the lexicon's regions (诺伯特智能装备（山东）)
_INVESTOR = pattern("names", "investor_subject")


def find_investors(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of a firm named on its own as the subject of an investment (华灿光电|投资20亿元的…, 精工科技|拟投资
    3.5亿元): a short name ending in a trade word (suffix_name, the whole of it) at a clause's start, after any lead words;
    not a place, a scope (全市|工业投资) or a clause (…完成|工业投资)."""
    out: list[tuple[int, int, str]] = []
    for m in scan(_INVESTOR, text):
        name = strip_lead_words(m.group("firm"))
        if suffix_name(name) != name or name.endswith(ENTERPRISE_STRONG):
            continue  # a legal form is find_enterprises'
        stem = name[:max(name.rfind(e) for e in ENTERPRISE_WEAK)] if name.endswith(ENTERPRISE_WEAK) else name
        if len(stem) < 2 or is_place_word(stem) or _GENERIC_PARK.match(stem) or _INNER_VERB.search(stem) \
                or _GENERIC_COMPANY.search(stem):
            continue
        out.append((m.end("firm") - len(name), m.end("firm"), name))
    return out


_BRACKET_PLACES = literal_alternation({*_W["bracket_places"], *default_lexicon().regions})
_PROJECT_ENDINGS = _tuple("prose_project_endings")
_PROJECT_RE = re.compile(f"({_alt('prose_project_endings')})")
_PROJECT_JOINERS = _chars("project_name_joiners")
_CLOSING_VERBS = _chars("name_closing_verbs")
_DESCRIPTION = pattern("names", "project_description")
_COUNTED_AFTER = pattern("names", "counted_after")
_MEMBERS_AFTER = pattern("names", "members_after")
_TITLE_PREDICATE = pattern("names", "title_predicate")
_TITLE_REST = pattern("names", "title_predicate_rest")
_DATED_BATCH = pattern("names", "dated_batch")
# (a count of units times the capacity of each opens one too: 2×35万千瓦热电联产项目, audit U)
_CAPACITY_HEAD = re.compile(rf"^(?:\d+×)?[\d.]+(?:{_alt('capacity_magnitudes')})?(?:{_alt('capacity_units')})")
_CAPACITY_ITEM_END = re.compile(rf"[\d.]+(?:{_alt('capacity_magnitudes')})?(?:{_alt('capacity_units')})[\u4e00-\u9fffA-Za-z]{{1,10}}$")
_CAPACITY_MARKS = _chars("capacity_list_marks")
_PROJECT_NOT_HEADS = re.compile(rf"^(\d|{_alt('project_name_not_heads')})")


_PJ = rule_data("projects")
_PROJECT_INNER_MARKS = frozenset(map(str, _PJ["name_inner_marks"]))
_PROJECT_QUOTES = {str(q)[1]: str(q)[0] for q in _PJ["name_quotes"]}  # close -> open
_CAPACITY_OF = pattern("projects", "capacity_of")
_OF_WORD = _W["of_word"]  # 的 after a capacity phrase stays inside a project name
_AFTER_CAPACITY = frozenset({_OF_WORD, *map(str, _W["capacity_joiners"])})  # 的, 与 after a capacity phrase
_PROJECT_ONLY_VERB = re.compile(alternation("projects", "name_inner_verbs"))
# 该项目, 整个项目 …: the project named last (projects.yaml anaphora)
PROJECT_ANAPHOR = re.compile(alternation("projects", "anaphora"))
_PROJECT_INNER_VERB = re.compile(f"({_alt('inner_verbs')}|{_PROJECT_ONLY_VERB.pattern})")


def strip_project_verbs(name: str) -> str:
    """A project's name after the last verb that only opens one (合作开展|穆棱市矿产资源勘查项目), even in a list."""
    found = [m for m in _PROJECT_ONLY_VERB.finditer(name) if len(name) - m.end() >= 4]
    return name[found[-1].end():] if found else name


_VERB_PLACE_ENDINGS = _tuple("verb_place_endings")
_PROJECT_COPULA = re.compile(f"({_alt('project_copulas')})")
_EXISTS = re.compile(_PJ["name_lead_exists"])


def exists_verbs(name: str) -> list[re.Match[str]]:
    """The verb of having (有, not 有限, 有机, 有色…: projects.yaml name_lead_exists) inside `name`, outside a place's name:
    no project's name of the gold of the 881 texts holds one, so a name starts after it (此次共有|A等10个项目集中签约,
    苏仙区则有|B产业园, 开发区共有|C全产业链: prj18)."""
    return outside_places(_EXISTS, name)


def after_clause_head(name: str, min_left: int = 3) -> int:
    """Where a project's name starts in `name`: after the last copula, verb of having or aspect particle inside it
    (另一亮点是|研发总部…项目, 新集聚了|旭阳焦炭, 此次共有|洁云健康生活用品), as long as `min_left` characters stay; else 0."""
    cuts = [m.end() for m in (*_PROJECT_COPULA.finditer(name), *_CLAUSE_PARTICLE.finditer(name), *exists_verbs(name))
            if len(name) - m.end() >= min_left]
    return max(cuts, default=0)


def clause_before_name(words: str, verbs: bool = True, min_left: int = 2) -> int:
    """How many of `words` (a clause up to a name) are the clause's own: up to the last verb or aspect particle
    (…一行还查看了|A项目, 一行先后到|B集团…项目; with `verbs`), then a bare zone word (园区|奇点汽车, 开发区|鹏辉…生产线),
    as long as `min_left` characters of the name stay."""
    # (a verb closing a place's name is the place's: 红山中心商贸集聚区|红十字医养结合体 is cut after 集聚区, not 集聚; audit AE)
    ends = [m.end() + (1 if words.startswith(_VERB_PLACE_ENDINGS, m.end()) else 0)
            for m in (*_PROJECT_INNER_VERB.finditer(words), *_CLAUSE_PARTICLE.finditer(words))
            if len(words) - m.end() - (1 if words.startswith(_VERB_PLACE_ENDINGS, m.end()) else 0) >= min_left] \
        if verbs else []
    k = max(ends, default=0)
    zone = next((z for z in _ZONE_WORDS_LONGEST if words.startswith(z, k) and len(words) - k - len(z) >= min_left), "")
    return k + len(zone)


_LATIN_WORD = re.compile("[A-Za-z]")
_PHASE_JOINED = pattern("projects", "phase_joined")
_COUNTED_KINDS = pattern("projects", "counted_kinds")
_PROJECT_LEAD = re.compile("^(?:%s|%s|%s|%s|%s)+" % (alternation("projects", "name_lead_words"), _PJ["name_lead_exists"],
                                                      _PJ["name_lead_about"], _PJ["name_lead_its"], _PJ["name_lead_rank"]))
_PROJECT_NOT_STEM_ENDS = tuple(map(str, _PJ["name_not_stem_ends"]))
_PROJECT_LIST_CLOSE = pattern("projects", "name_holds_list_close")
_KIND_BEFORE = pattern("projects", "kind_before")
_KIND_HEAD = pattern("projects", "kind_head")
_COUNT_OF_OTHERS = pattern("projects", "count_of_others")
_PREDICATE_HEAD = pattern("projects", "predicate_head")
_PREDICATE_CLAUSE = pattern("projects", "predicate_clause")
_KIND_MEASURED = pattern("projects", "kind_measured")
_EVENT_EDITION = pattern("projects", "event_edition")
_EVENT_AFTER = pattern("projects", "event_after")
_PEOPLE_AFTER = pattern("projects", "people_after")
_MANNER_AFTER = pattern("projects", "manner_after")
_PEOPLE_KIND_END = pattern("projects", "people_kind_end")
_RANK_ASIDE = pattern("names", "park_rank_aside")
_HEAD_JOINER = pattern("projects", "head_joiner")
_MONEY_HEAD = pattern("projects", "money_head")
_EXCEPT_FRAME = pattern("projects", "except_frame")
_BRACKET_JOINED = pattern("projects", "bracket_joined")
_ENDING_JOINED = pattern("projects", "ending_joined")
_BATCH_AFTER = re.compile(rf"[（(]{_PJ['stem_batch']}[)）]")
_NAME_FUNCTION_CHAR = pattern("projects", "name_function_char")


_PRICED_AND = pattern("names", "project_priced_and")


def _project_start(text: str, end: int, max_len: int = 56) -> int:
    """Start of the project name ending at `end`: walk_left, then on over what a project's name may hold
    between name characters: a decimal point or slash (年产2.5万吨, 10万吨/年), a quoted word (“双高”), and
    a 的 or 与 after a capacity phrase (日处理1800吨番茄原料的大包装…, 年产10万吨负极材料与石墨…)."""
    start = walk_left(text, end, max_len, _PROJECT_JOINERS)
    while start >= 2 and end - start < max_len:
        c, before = text[start - 1], text[start - 2]
        if c in _PROJECT_INNER_MARKS and _NAME_CHARS.match(before):
            nxt = start - 1
        elif c == " " and _LATIN_WORD.match(text, start) and _LATIN_WORD.match(before):
            nxt = start - 1  # "Micro LED晶圆…项目", "SDH SOC芯片…项目": a space between two Latin words of the name
        elif c in _PROJECT_QUOTES:
            nxt = text.rfind(_PROJECT_QUOTES[c], max(0, start - 12), start - 1)
            if nxt < 1 or not _NAME_CHARS.match(text[nxt - 1]) or end == start and start - nxt < 6:
                break  # "“两高”项目": a short quoted word right before the ending is a kind
        elif c == _LIST_MARK and _NUMERAL_PAIR.match(text, start - 2):
            nxt = start - 1  # "瑞丽壹、贰号广场项目": two numerals of one name
        elif c in _AFTER_CAPACITY and _CAPACITY_OF.search(text, max(0, start - 24), start - 1):
            nxt = start - 1
        elif c in _CAPACITY_MARKS and _CAPACITY_HEAD.match(text[start:start + 12]) \
                and _CAPACITY_ITEM_END.search(text, max(0, start - 24), start - 1) and not text.endswith(_PROJECT_ENDINGS, 0, start - 1):
            nxt = start - 1  # "年产3万吨高氯酸钾、2万吨亚氯酸钠、3千吨氢气回收项目": capacities joined inside one name
            # (not two named projects: 年产5万吨A项目、10万吨B项目)
        else:
            break
        more = walk_left(text, nxt, max_len - (end - nxt), _PROJECT_JOINERS)
        if more == nxt:
            break
        start = more
    return start


def after_place_of(name: str) -> str:
    """A project's name after "<park or zone>的" or "<county>的" at its head (绥安开发区的|共享…项目)."""
    j = name.find(_OF_WORD)
    if j < 2:
        return name
    head = name[:j]
    if _PARK_RE.search(head) and _PARK_RE.search(head).end() == len(head) or head in default_gazetteer().full:
        return name[j + 1:]
    return name


_FIRM_ABOUT = pattern("names", "firm_about")
_HAVE_LEAD = pattern("projects", "have_lead")
_SHORT_NAME_BRACKET = pattern("projects", "short_name_bracket")


def _words_before(text: str, start: int) -> bool:
    """Whether words of its clause stand before `start` (…项目还有|A公司…, not a clause opening 有|A项目，有|B项目)."""
    return bool(text[after_last_mark(text, start):start].strip())


def counted_anywhere(text: str, name: str) -> bool:
    """Whether the text counts `name` somewhere ("我县共上报浙商回归项目26个", audit U): then the name is a kind of
    project wherever it stands, not one project (作为我县重量级的浙商回归项目)."""
    at = text.find(name)
    while at >= 0:
        after = text[at + len(name):at + len(name) + 12]
        if _COUNTED_AFTER.match(after) and not _COUNT_OF_OTHERS.match(after) or _MEMBERS_AFTER.match(after):
            return True  # (…项目，其中包括A、B: a batch whose members follow)
        at = text.find(name, at + 1)
    return False


def _after_unopened_close(text: str, start: int, end: int) -> int:
    """Where a name found between `start` and `end` starts when it holds a closing bracket it never opened: after that
    bracket ("本报讯（记者 王培源）|临清市…项目": the bracket closes a byline, no part of the name)."""
    depth, cut = 0, start
    for i in range(start, end):
        if text[i] in _OPEN_BRACKETS:
            depth += 1
        elif text[i] in _CLOSE_BRACKETS:
            if depth == 0:
                cut = i + 1
            else:
                depth -= 1
    return cut if end - cut >= 6 else start


# a place's note in brackets opening a name closes the place before it (正定高新区（南区）|河北新之春…项目)
NOTE_HEAD = re.compile(r"[（(][^（）()]{1,5}[)）]")


def find_projects(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of named projects in prose ("…有限公司年产30万吨己内酰胺项目").

    Only names of 6+ characters that do not open with a quantity or a generic word;
    whether a candidate is kept is decided by extraction (it must carry a company or
    a county)."""
    out: list[tuple[int, int, str]] = []
    for m in scan(_PROJECT_RE, text):
        start = _project_start(text, m.start())  # 铝单板及铝合金模板项目 is one name
        joined = _PRICED_AND.search(text, max(0, start - 48), start) if start else None
        if joined is not None and not joined.group("first").endswith(_PROJECT_ENDINGS):
            start = joined.start("first")  # "总投资700万元的|A休闲农业和乡村旅游项目": one name the price opens
        start += len(text[start:m.start()]) - len(text[start:m.start()].lstrip("—-·"))
        opened = max(text.rfind(c, start, m.start()) for c in _OPEN_BRACKETS)
        if opened >= 0 and not any(c in text[opened:m.start()] for c in _CLOSE_BRACKETS):
            start = opened + 1  # "…项目（山河智能装备股份有限公司大龙项目）": a bracket the name does not close
        start = _after_unopened_close(text, start, m.start())  # "（记者 王培源）|临清市…项目": a bracket it does not open
        short = list(_SHORT_NAME_BRACKET.finditer(text, start, m.start()))
        if short:  # "A（以下简称“B”）|C项目": the bracket closes the name of A
            start = short[-1].end()
        name = strip_lead_words(text[start:m.end()])
        numbered = _BRACKET_LIST_NUMBER.match(name)
        if numbered and len(name) - numbered.end() >= 6:
            name = name[numbered.end():]  # (1)|年产100万吨…项目: an item's number in brackets
        if _HEAD_JOINER.match(text, max(start - 1, 0)) and start > 0:
            name = text[start] + strip_lead_words(text[start + 1:m.end()])  # 、和祥润…项目, “和禾…项目”: part of the name
        listed = start > 0 and text[start - 1] == "、" and text[:start - 1].endswith(_PROJECT_ENDINGS)
        stem = name[:-len(m.group(0))]
        # …生产线建设项目: 建设 just before the ending belongs to the name
        if listed:
            name = strip_project_verbs(name)
        inner = [] if listed else [v for v in _PROJECT_INNER_VERB.finditer(stem)
                                   if (v.end() < len(stem) or v.group(0) not in _CLOSING_VERBS)
                                   and not stem.startswith(ENTERPRISE_STRONG, v.end())]  # …科技发展|有限公司
        inner += list(_CLAUSE_PARTICLE.finditer(stem))  # 负责人介绍了|产业园项目: even in a list
        inner += list(_PROJECT_COPULA.finditer(stem))  # 另一亮点是|研发总部…项目: a copula, even in a list (loc13)
        inner += list(_FIRM_ABOUT.finditer(stem))  # 与A集团就|B项目进行交流: the partner in talks is no part of the name
        inner += outside_places(_NAME_FUNCTION_CHAR, stem)  # 景泰县以|项目建设
        inner += exists_verbs(stem)  # 开发区共有|A全产业链项目: the verb of having, even in a list
        # a verb inside a park's ending is no verb (滑县产业集聚|区浩洋服饰二期项目: 产业集聚区 holds 集聚; audit X)
        suffixes = [(p.start(), p.end()) for p in _PARK_RE.finditer(stem)]
        inner = [v for v in inner if not any(s <= v.start() and v.end() <= e for s, e in suffixes)]
        if inner:  # 加快建设|X项目; but an item of a list of projects is a whole name (鲁商高端建设装备制造项目)
            name = strip_lead_words(name[max(v.end() for v in inner):])
        name = after_place_of(name)  # 绥安开发区的|共享智能…项目: the place the project is of is no part of its name
        phased = list(_PHASE_JOINED.finditer(name, 0, len(name) - len(m.group(0)))) \
            + list(_BRACKET_JOINED.finditer(name, 0, len(name) - len(m.group(0)))) \
            + list(_ENDING_JOINED.finditer(name, 0, len(name) - len(m.group(0))))  # A项目（甲县）和|B项目, A项目以及|B项目
        if phased:  # A产业园二期及|B项目: a phase closes the name before
            name = name[max(p.end() for p in phased):]
        number = _BRACKET_LIST_NUMBER.match(name)
        if number and len(name) - number.end() >= 6:
            name = name[number.end():]  # "（1）|年产100万吨包装纸…项目": a list item's number (rel10)
        money = _MONEY_HEAD.match(name)
        if money and len(name) - money.end() >= 6:
            name = name[money.end():]  # "、1.2亿元|新健医养结合项目": the item's investment
        lead = _PROJECT_LEAD.match(name)  # 而|一期扩建项目: a word joining the clause before is no part of the name
        if lead and len(name) - lead.end() >= 4:
            name = strip_lead_words(name[lead.end():])
        if name[:-len(m.group(0))].endswith(_PROJECT_NOT_STEM_ENDS) or _PROJECT_LIST_CLOSE.search(name) \
                or _BATCH_AFTER.match(text, m.end()):
            continue  # "报告了项目", "谋项目": a verb's object; "A项目等重大项目": a list's close; "…项目（第七批）": a batch
        have = _HAVE_LEAD.match(name)
        if have and len(name) - have.end() >= 6 and _words_before(text, m.end() - len(name)):
            name = name[have.end():]  # 当天开工的…项目还有|A公司…项目: the verb of having opens the name after it
        before = text[after_last_mark(text, m.end() - len(name)):m.end() - len(name)]
        if _DESCRIPTION.match(before) or _KIND_BEFORE.search(before) or _KIND_HEAD.match((before + name).lstrip()) \
                or _PREDICATE_HEAD.match(name) or _EXCEPT_FRAME.match(text, m.end() - len(name), m.end() + 1) \
                or _PREDICATE_CLAUSE.match((before + name).lstrip()) and re.match(r"[，。；,;]|$", text[m.end():m.end() + 1]) \
                and not _STRONG_RE.search(name):
            continue  # "…项目，是由A合作开发的文旅研学项目": a description of the project before; "除A项目外": a kind
        after = text[m.end():m.end() + 12]  # (a "^" pattern never matches at a pos > 0 of match(text, pos))
        if _COUNTED_AFTER.match(after) and not _COUNT_OF_OTHERS.match(after):
            continue  # "…转移项目11个": a kind of project, counted
        capacity = _CAPACITY_HEAD.match(name)  # 100万吨有机硅项目
        if _COUNTED_KINDS.search(name):
            continue  # "…及五大百亿级基础设施项目": a kind counted, no one project
        if _KIND_MEASURED.match(after) or _EVENT_EDITION.search(name) or _EVENT_AFTER.match(after):
            continue  # "…项目个数": a kind measured; "第二届…招商项目洽谈会": an event
        if _PEOPLE_AFTER.match(after) and _PEOPLE_KIND_END.search(name) or _MANNER_AFTER.match(after):
            continue  # "投资项目|代表出席": the projects' people; "以…项目|的形式": a manner (audit W)
        if _DATED_BATCH.search(name):
            continue  # "2021年第三季度招商项目": a batch of a date, no one project
        if text.startswith(_PJ["respective_after"], m.end()):
            j = max(name.rfind(str(a)) for a in _PJ["respective_joiners"])
            if j >= 2:  # A和B项目分别投资…: two projects, the name the one after the joining word
                name = name[j + 1:]
        note = NOTE_HEAD.match(name)
        if note and len(name) - note.end() >= 6:
            name = name[note.end():]
        if len(name) < 6 or (_PROJECT_NOT_HEADS.match(name) and not capacity):
            continue
        out.append((m.end() - len(name), m.end(), name))
    return out


_LINE_RE = re.compile(_alt("company_line_endings"))
_LINE_AFTER = pattern("names", "company_line_after")
_LINE_NOT_INSIDE = pattern("names", "company_line_not_inside")


def find_company_lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of a company's production line named as a project: a name ending in 生产线 that opens
    with a full company name ("甘肃某食品有限公司年产5000吨木糖生产线、…"), with the line's own words after the
    company and no verb among them (公司新上两条生产线 is a clause), in a sentence that says more than the name."""
    out: list[tuple[int, int, str]] = []
    for m in scan(_LINE_RE, text):
        if not _LINE_AFTER.match(text, m.end()):
            continue  # …生产线项目, …生产线二期: a longer name, found by its own ending
        start = _project_start(text, m.start())
        firm = next((f for f in find_enterprises(text[start:m.start()]) if _FULL_LEGAL.search(f[2])), None)
        if firm is None or m.start() - (start + firm[1]) < 2:
            continue
        s = start + firm[0]
        if holds_verb(text[start + firm[1]:m.start()]) or _LINE_NOT_INSIDE.search(text, start + firm[1], m.start()) or strip_lead_words(text[s:m.end()]) != text[s:m.end()]:
            continue
        if not text[:s].strip() and not text[m.end():].strip("。. \n"):
            continue  # a sentence that is the line's name alone is a photo's caption ("…有限公司饮料生产线。"), no project
        out.append((s, m.end(), text[s:m.end()]))
    return out


INFRA_SUFFIXES = tuple(_W["infrastructure_suffixes"])
_INFRA_RE = re.compile("|".join(INFRA_SUFFIXES))
# what may follow a line's name and still be part of it: a stretch (济南至聊城段, 聊城段)
_STRETCH = re.compile(f"^(?:{_W['line_stretch']})")
_LINK = re.compile(f"^{_W['line_link']}")
_INFRA_NOT_FOLLOWED = _tuple("infrastructure_not_followed_by")
_INFRA_NOT_HEADS = re.compile(rf"^(\d|{_alt('infrastructure_not_heads')})")
_INFRA_NOT_INSIDE = re.compile(_alt("infrastructure_not_inside"))


def find_infrastructure(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of named railways, motorways, airports and bridges
    ("郑济高铁", "聊城至泰安城际铁路", "聊邯长（青兰）高铁", "雄商高铁聊城段")."""
    out: list[tuple[int, int, str]] = []
    for m in scan(_INFRA_RE, text):
        if text.startswith(_INFRA_NOT_FOLLOWED, m.end()):
            continue  # the longer suffix matches at its own place; 高铁站, 高铁新城 are not lines
        start = walk_left(text, m.start(), 14)
        name = strip_lead_words(text[start:m.end()])
        inner = list(_INNER_VERB.finditer(name[:-len(m.group(0))]))
        if inner:
            name = name[inner[-1].end():]
        stem = re.sub(r"（[^（）]*）", "", name[:-len(m.group(0))])
        if len(stem) < 2 or _INFRA_NOT_HEADS.match(name) or _INFRA_NOT_INSIDE.search(stem):
            continue
        end = m.end()
        link = _LINK.match(text[end:])  # 德上高速临清连接线
        if link:
            end += link.end()
        stretch = _STRETCH.match(text[end:])
        if stretch:
            end += stretch.end()
        name_start = m.end() - len(name)
        out.append((name_start, end, text[name_start:end]))
    return out


_INDUSTRY_TAIL = re.compile(_alt("industry_tails"))
_INDUSTRY_VERB = re.compile(_alt("industry_verbs"))
# "…四大新兴", "…3个国家级", "…四大特色农业": a count and the kind it counts
_NUMERAL = f"[{''.join(_W['numerals'])}\\d]"
_COUNTERS = re.compile(f"[{''.join(_W['industry_counters'])}]")
_QUALIFIERS = re.compile(rf"(?:(?:{_alt('industry_qualifiers')})*{_NUMERAL}+(?:{_alt('industry_counters')})(?:{_alt('industry_qualifiers')})*[\u4e00-\u9fff]{{0,2}}"
                         rf"|(?:{_alt('industry_qualifiers')})+)$")
_ITEM_JOINER_CHARS = frozenset("、")
# "以汽车制造及零部件配套产业为支柱", "以木业机械产业为主": one industry named by its role
_ROLE_VERBS = _chars("industry_role_verbs")
_ROLE_AFTER = pattern("names", "industry_role_after")
_SCALE_HEAD = pattern("names", "industry_scale_head")
_COUNTED = re.compile(f"{_NUMERAL}+(?:{_alt('industry_counters')})")
_OPEN_TAILS = _chars("open_industry_tails")
_SECTOR_TAILS = _chars("sector_tails")
_SLOGAN_VERB = re.compile(_alt("industry_slogan_verbs"))
_CLUSTER_TAIL = str(_W["cluster_tail"])
_CHAIN_TAIL = str(_W["chain_tail"])
_ENDS_OPEN_TAIL = re.compile(f"({_alt('open_industry_tails')})$")
# an item of a list whose industry ending goes on into a word of action or kind (铝产业|转型, 食品饮料产业|扩能)
_ACTED_ON = re.compile(_alt("open_industry_tails"))
_CORE_ENDING = re.compile(f"({_alt('industry_core_endings')})$")
_ITEM_SPLIT = re.compile(f"[^{''.join(_W['industry_item_joiners'])}]+")
_LAST_ITEM_SPLIT = re.compile(f"[^{''.join(_W['industry_last_item_joiners'])}]+")
_JOINED_HEAD = re.compile(rf"([\u4e00-\u9fff]+?)[{''.join(_W['industry_inner_joiners'])}]")
_NOT_IN_CORE = re.compile(f"[{''.join(_W['industry_not_inside'])}]|({_alt('industry_not_ends')})$")
_ADVANTAGES = re.compile(_W["industry_list_of_advantages"])
INDUSTRY_CONTINUATIONS = _CONTINUATIONS = tuple(sorted(map(str, _W["industry_continuations"]), key=len, reverse=True))
# words that name no industry though shaped as one (prose.yaml industry_not_names; the prose rules read it too)
NOT_INDUSTRY_NAMES = frozenset(map(str, rule_data("prose")["industry_not_names"]))
# a clause ends at its punctuation, and a list number's dot ("1.石家庄生物医药产业集群") ends the mark before a name
_CLAUSE_RE = re.compile("[，。；：！？（）()“”《》\"'|,;:]|" + pattern("names", "list_number_dot").pattern)


def _list_items(seg: str, offset: int) -> list[tuple[int, int]]:
    """The items of a list of industries: split at 、, and the last item also at 和 (A、B和C), so that
    a 和 inside an earlier item stays in its name (电子信息和数字产业、先进装备制造…)."""
    items = [(i.start() + offset, i.end() + offset) for i in _ITEM_SPLIT.finditer(seg)]
    if not items:
        return items
    a, z = items.pop()
    return items + [(i.start() + a, i.end() + a) for i in _LAST_ITEM_SPLIT.finditer(seg[a - offset:z - offset])]


def shared_head(a: str, b: str) -> int:
    """How many characters `a` and `b` open with alike (a firm's name and the project's it heads)."""
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return k


def is_place_word(word: str) -> bool:
    """Whether `word` is a place's name: a division's full or short name (data/places), a province's or prefecture's
    short form and its ending (黔西南州: `Gazetteer.upper_unit`), or a region of the lexicon (山东; 苏南 is not: see
    not_places). The one test of "is this a place" for names, lists and the resolver's checks; what the document
    itself calls a county (lexicon aliases, zones) is `Resolver.county`'s."""
    g = default_gazetteer()
    return word in g.full or word in g.short or g.upper_unit(word) is not None or word in default_lexicon().regions


_LEVEL_CHAR = pattern("names", "place_level_char")


def place_length(text: str, at: int) -> int:
    """The length of the place name opening text[at:], the longest first (茌平区; a short form and its level: 海西州,
    哈密), else 0; at least two characters are left after it."""
    g = default_gazetteer()
    for k in range(min(g.max_len, len(text) - at - 2), 1, -1):
        name = text[at:at + k]
        if is_place_word(name):
            return k + (name not in g.full and _LEVEL_CHAR.match(text, at + k) is not None)
    return 0


def places_only(words: str) -> bool:
    """Whether `words` are one or two divisions' names (山东, 山东聊城), or nothing."""
    return not words or is_place_word(words) \
        or any(is_place_word(words[:k]) and is_place_word(words[k:]) for k in range(2, len(words) - 1))


def _places_joined(core: str) -> bool:
    """"聊城与无锡轴承": a place before 与/和 joins two places, not two industries."""
    head = _JOINED_HEAD.match(core)
    return head is not None and is_place_word(head.group(1))


def _place_led(seg: str) -> bool:
    """Whether a division's full name opens `seg` (长沙市…, 岳麓区…): a cluster named for its place."""
    full = default_gazetteer().full
    return any(seg[:k] in full for k in range(2, min(6, len(seg) - 1)))


def find_industries(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of clusters and industries named in text: "X产业集群", and the items
    of a list closed by an industry word ("新材料、高端装备制造、医养健康四大新兴产业",
    "先进制造业、现代服务业", "A、B等重点产业链"). A lone "X产业" is read only as a clause's
    first words (铝加工产业正向…)."""
    out: dict[tuple[int, int], str] = {}
    cuts: list[int] | None = None  # where clauses end: read at the first industry ending (most sentences have none)
    for m in scan(_INDUSTRY_TAIL, text):
        tail = m.group(0)
        if tail in _OPEN_TAILS and text.startswith(_CONTINUATIONS, m.end()):
            continue  # 产业园, 产业结构, 产业化: the word goes on; a name ends here
        if _ADVANTAGES.match(text, m.end()):
            continue  # "生态、区位、特色产业、消费承接地优势": a list of advantages goes on past the ending
        if cuts is None:
            cuts = [c.start() for c in _CLAUSE_RE.finditer(text)]
        i = bisect_left(cuts, m.start())
        cs = cuts[i - 1] + 1 if i else 0
        seg_start = cs
        # a one-character verb as an item's second character makes a word with the first (轨道交通、通用航空)
        # and a verb that opens an industry ending is part of it (现代服务|业扩量提质: 服务业 is no verb 服务)
        verbs = [v for v in _INDUSTRY_VERB.finditer(text, cs, m.start())
                 if (len(v.group(0)) > 1 or v.start() < 2 or text[v.start() - 2] not in _ITEM_JOINER_CHARS)
                 and not text.startswith(_TAILS, v.start())]
        if verbs:
            seg_start = verbs[-1].end()
        scale = _SCALE_HEAD.match(text, seg_start, m.start())
        if scale is not None:
            seg_start = scale.end()
        seg = text[seg_start:m.start()]
        q = _QUALIFIERS.search(seg)
        qualified = q is not None and q.start() < len(seg)
        if qualified:
            seg = seg[:q.start()]
        items = _list_items(seg, seg_start)
        tailed = all(_ENDS_OPEN_TAIL.search(text[a:z]) for a, z in items[:-1])
        if tail == _CLUSTER_TAIL and len(items) == 1 and (len(seg) > 8 and not _place_led(seg) or qualified and _COUNTERS.search(text[q.start() + seg_start:m.start()])):  # type: ignore[union-attr]
            continue  # a long run before 产业集群 is a clause, unless a place opens it (长沙市光储及智慧配电装备产业集群);
            # "上半年九大产业集群" counts, names none
        role = len(items) == 1 and bool(verbs) and verbs[-1].group(0) in _ROLE_VERBS and _ROLE_AFTER.match(text, m.end())
        if tail != _CLUSTER_TAIL and not role and not (len(items) >= 2 and (qualified or tailed or tail in _SECTOR_TAILS)):
            continue  # a lone "…产业" is mostly a description (文化旅游产业的发展): only a counted
            # list (…四大新兴产业, …等重点产业链), a list of named industries, or a 集群 names them
        if any(_SLOGAN_VERB.search(text, a, z) for a, z in items):
            continue  # "大抓工业、抓大工业、大抓制造业": a slogan of verbs on a sector, no list of industries (audit AH)
        for k, (a, z) in enumerate(items):
            acted = _ACTED_ON.search(text, a, z)
            if acted is not None and text.startswith(_CONTINUATIONS, acted.end()):
                z = acted.end()  # "铝产业转型、食品饮料产业扩能…五大计划": an action on the industry; the name ends at 产业
            name = text[a:z]
            if _ENDS_OPEN_TAIL.search(name):
                pass
            elif k == len(items) - 1 and not qualified and tail != _CHAIN_TAIL and z == m.start():
                z = m.end()  # the last item carries the ending: 现代智慧物流服务业, 阿胶产业集群
            core = _CORE_ENDING.sub("", text[a:z])
            if _COUNTED.search(core):
                continue  # "新材料三大战略性新兴产业": the end of another counted list, no one name
            # one character names an industry only before 产业集群 (铝产业集群) or inside a long qualified list (油茶、竹、家具…等五大产业)
            shortest = 1 if tail == _CLUSTER_TAIL and len(items) == 1 or qualified and 0 < k < len(items) - 1 else 2
            if not (shortest <= len(core) <= 12) or core in NOT_INDUSTRY_NAMES or not re.fullmatch(r"[\u4e00-\u9fff]+", core) \
                    or _NOT_IN_CORE.search(core) or _places_joined(core) or _INNER_VERB.search(core) or core.startswith(LEAD_WORDS) \
                    or _inside_title(text, a):
                continue
            out[(a, z)] = text[a:z]
    return [(a, z, n) for (a, z), n in sorted(out.items())]


# what may stand right before a word that starts a name: a clause-opening word, a verb, a joiner
_BEFORE_NAME = tuple(sorted({*LEAD_WORDS, *map(str, _W["inner_verbs"]), *map(str, _W["industry_verbs"]),
                             *map(str, _W["industry_qualifiers"]), *default_lexicon().regions,
                             *map(str, _W["before_name_words"])}, key=len, reverse=True))


def inside_word(text: str, start: int) -> bool:
    """Whether a name found at `start` is the end of a longer word (铝合金|新材料, 化工|装备制造):
    a Chinese character stands before it that closes no clause-opening word, verb or joiner."""
    if start == 0 or not re.match(r"[\u4e00-\u9fff]", text[start - 1]):
        return False
    return not text.endswith(_BEFORE_NAME, 0, start)


# what may stand right after a name that ends there: an industry word, a verb, a particle, a joiner, a count
_AFTER_NAME = tuple(sorted({*_BEFORE_NAME, *map(str, _W["industry_tails"]),
                            *map(str, _W["name_followers"])}, key=len, reverse=True))
_TAILS = tuple(map(str, _W["industry_tails"]))
_MODIFIED_HEADS = _tuple("modified_heads")
_COUNT_CHARS = frozenset(map(str, [*_W["numerals"], *_W["vague_counts"]]))
_LIST_JOINERS = frozenset(map(str, _W["list_joiners"]))


def continues_word(text: str, end: int) -> bool:
    """Whether a name found ending at `end` opens a longer noun (化工新材料|产品, 文旅|研学): a
    Chinese character follows that opens no industry word, verb, particle, joiner or count."""
    if end >= len(text) or not re.match(r"[\u4e00-\u9fff]", text[end]) or text.endswith(_TAILS, 0, end):
        return False  # a name closed by 产业/集群/制造业… is a whole noun
    return text.startswith(_MODIFIED_HEADS, end) or (not text.startswith(_AFTER_NAME, end) and text[end] not in _COUNT_CHARS)


def modifier_spans(text: str, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans that modify a following noun rather than name something: a name that opens a
    longer noun, and every item of a coordinated list whose last item does (精细化工和化工新材料|产品)."""
    out: set[tuple[int, int]] = set()
    starts = {s: (s, e) for s, e in spans}
    for s, e in sorted(spans, reverse=True):
        nxt = starts.get(e + 1)
        if continues_word(text, e) or (nxt in out and text[e:e + 1] in _LIST_JOINERS):
            out.add((s, e))
    return out
