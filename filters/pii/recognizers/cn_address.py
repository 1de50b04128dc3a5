"""Chinese street addresses, full and partial, entity ``CN_ADDRESS``.

Grammar (GB/T 23705 style, simplified): ``[province][city][district][sub-district]
[road + number][estate / building][phase][block][unit][floor][room]``. An address
must have a *house-level* part: a road with a number (深南大道6008号, 文三路77弄,
建国路88号院), an estate / building / village followed by a block, group or room
(梅林一村12栋302室, 新围村3组12号, 华润城2期20座26A), or a building/room sequence
(3栋2单元501); administrative names alone (广东省深圳市) are places, not addresses.

Anchors are found by linear regexes that start at the road/estate suffix; the name
is then walked left (at most 8 Han characters, stopping at administrative suffixes
and boundary characters/words such as 住在, 改成, 楼下, 反映, 所在地), extended left
over administrative names (``data/gazetteer.txt``, else a 2-3 character name +
区/县/镇/街道/社区/村) and right over further components, including a named complex
after a house number before its block/zone/phase (…76号颐和国际A座1802). Roads may carry a
direction or section before the number (农业路东41号, 湘江中路二段36号) and the number a
甲/乙/丙/丁 prefix (府右街丙27号院); 期 and 门 are units (2期2201, 2门401).
Village lanes use 坊 and numbered lanes (上沙村东三坊12号, 新村街5巷12号); a name + N期
anchors a compound (锦绣江南三期8栋); a bare 3-4 digit room may follow a named building
(国贸大厦2106). A start still glued to Han text after the administrative walk is bridged
left (at most 12 characters, no boundary word) to the nearest gazetteer name or 街道/社区
(粤海街道科技园南区高新南七道18号), and a Latin brand word may sit inside (88号ART公寓).
Round 3 (boundaries): a junction phrase between the administrative names and the estate
is part of the address (福田区深南大道与彩田路交汇处东南侧的海天大厦2栋); units include
号乙, 附2号, 支弄, 厂房, 铺位, 负一层, N-N room codes (金港国际13-5), a bare room after a
village house number (一巷12号301) or a lettered zone (C区508), a floor room code (6楼C6E),
annexes (裙楼); autonomous prefectures and the county-level city after them, numbered zones
(海旺社区N12区) and the regions' full names are administrative names. English-written
addresses are found by ``_en_address.py``. ``extend_span`` grows a tagger span the same way.
"""

from __future__ import annotations

import re
from typing import Any

from presidio_analyzer import LocalRecognizer, RecognizerResult

from filters.pii.lexicon import Lexicon, load_lexicon
from filters.pii.recognizers._en_address import english_addresses

__all__ = ["CnAddressRecognizer"]

_H = "[\u4e00-\u9fff]"
_NUM = r"[0-9０-９一二三四五六七八九十百零〇]"
ROAD_SUFFIX = r"(?:大道|大街|路|街|巷|弄|胡同|道|坊)"
#: house-level number parts: 88号, 12栋, A座, 2单元, 15楼/层, 302室, 88号院, 3号楼
NUM_PART = (
    rf"(?:{_NUM}{{1,3}}号(?:教学楼|宿舍楼|办公楼|实验楼|综合楼)|{_NUM}{{1,5}}(?:-{_NUM}{{1,4}})?(?:号楼|号院|号厂房|号商铺|号铺位|号铺|号|栋|幢|座|单元|楼|层|室|房|户|组|支弄|弄|期|门(?=[0-9]))"
    r"|[A-Za-z东西南北中](?:座|栋|幢|区|塔|翼|楼|单元)|[A-Za-z][0-9]{1,3}(?:号楼|栋|幢|座|号)"
    r"|[0-9]{1,4}[A-Za-z](?![0-9A-Za-z])|[0-9]{1,3}-[0-9]{1,4}(?![0-9])|[0-9]{2,4}(?![0-9A-Za-z])(?:室|房)?"
    # a shop or room code: L1-12号铺 in a mall, C6E after a floor
    r"|[A-Za-z]{1,2}[0-9]{1,2}-[0-9]{1,5}(?:号商铺|号铺位|号铺|号|铺)?(?![0-9])|(?<=[楼层])[A-Za-z][0-9]{1,3}[A-Za-z]?(?![0-9A-Za-z])"
    # a lettered suffix after a house number (香港中路61号乙) and an annex (大厦裙楼三层)
    r"|(?<=[0-9]号)[甲乙丙丁](?=[的，。,.;；\s]|$)|(?<=[厦楼场心])(?:裙楼|主楼|副楼|塔楼)|(?<=号)厂房(?=[A-Za-z0-9])|(?<=号)(?:铺位|商铺|铺)"
    # an annex number (航天大道三段48号附2号), a basement floor (负一层, 地下2层)
    rf"|(?<=号)附{_NUM}{{1,3}}号?|(?:负|地下){_NUM}{{1,2}}(?:层|楼)"
    # a sub-number after a house or block number (中山五路219号之一, 15栋之二)
    r"|(?<=[号栋座幢])之[一二三四五六七八九十])"
)
PLACE_SUFFIX = r"(?:小区|花园|大厦|广场|中心|公寓|家园|新村|山庄|苑|园|城|村|大楼|公馆|府|庭|阁|居|里|湾|宿舍|社区|商城|商场|厂房|工业区|产业园|科技园|写字楼)"
#: inside an address only (after a road number): campuses (…5号北京理工大学7号教学楼205)
_PLACE_SUFFIX_IN = PLACE_SUFFIX[:-1] + "|大学|学院|校区)"
ADMIN_SUFFIX = r"(?:省|自治区|特别行政区|市|区|县|旗|镇|乡|街道|社区|村)"
#: characters that end the text before an address (住在, 位于, 寄到, 是, 的…)
BOUNDARY_CHARS = "在住于到去往是为址的我你他她从离寄送搬近向至即请帮把给就要想以及这说"
_CUES = ("地址", "住址", "住在", "家住", "位于", "寄到", "送到", "收货", "居住", "现住", "户籍", "住所", "搬到", "址：", "址:")

_ROAD_TAIL = re.compile(
    rf"{ROAD_SUFFIX}(?:[东西南北中一二三四五六七八九十]段|[东西南北中](?=[0-9]))?"
    rf"(?:{_NUM}{{1,3}}(?:巷|弄|坊|横巷)(?={_NUM}))?"  # numbered lane: 新村街5巷12号
    rf"[甲乙丙丁]?{_NUM}{{1,5}}(?:-{_NUM}{{1,4}})?(?:号院|号|弄)"
)
_PLACE_TAIL = re.compile(
    rf"(?:{PLACE_SUFFIX}[一二三四五六七八九十0-9]{{0,3}}[期区]?|(?<=[\u4e00-\u9fff])[一二三四五六七八九十0-9]{{1,2}}期)(?={NUM_PART})"
)
#: characters that end a road or estate name when walking left (administrative suffixes)
_STEM_STOP = frozenset("省市区县镇乡旗")
MAX_STEM = 8
#: how far a start glued to Han text may reach left to a known administrative name
MAX_BRIDGE = 12
_BLDG_SEQ = re.compile(
    rf"(?<![0-9A-Za-z]){_NUM}{{1,4}}(?:号楼|栋|幢|座)(?:{_NUM}{{1,3}}单元)?(?:{_NUM}{{1,3}}(?:楼|层))?{_NUM}{{2,5}}(?:室|房|号|[A-Za-z](?![A-Za-z]))?(?![0-9])"
)
_RIGHT_PART = re.compile(
    rf"(?:{NUM_PART}|-{_NUM}{{1,4}}|{_H}{{1,8}}?{_PLACE_SUFFIX_IN}(?=[0-9A-Za-z一二三四五六七八九十]|[东西南北中][座塔翼楼]|裙楼|主楼|副楼|塔楼|负|地下)"
    rf"|{_H}{{1,8}}?{ROAD_SUFFIX}{_NUM}{{1,5}}号|{_H}{{1,8}}?{PLACE_SUFFIX}(?=[，。,.\s]|$))"
)
_NAME_H = "(?:(?![" + BOUNDARY_CHARS + "])[\u4e00-\u9fff])"
_POSITION_WORDS = "(?:附近|旁边|门口|对面|楼下|楼上|那边|这边|那儿|这儿|那里|这里|里面|外面|隔壁|一带)"
_RIGHT_PART = re.compile(
    _RIGHT_PART.pattern
    + rf"|{_NAME_H}{{2,8}}?(?=[A-Za-z0-9一二三四五六七八九十]{{1,3}}(?:座|栋|幢|号楼|期|区|塔)(?:[0-9A-Za-z]|{_NUM}{{1,4}}(?:层|楼|室|栋|单元|座)|$|[，。,.\s]))"
    + rf"|(?<=号){_NAME_H}{{2,6}}?(?=[0-9]{{1,3}}-[0-9]{{1,4}}(?![0-9]))"
    # after a house number: a building named …楼 before its room (105号多丽科技楼608室), and a
    # named building before a position word or particle (100号环球金融中心那儿, …大厦的)
    + rf"|(?<=号){_NAME_H}{{1,6}}?楼(?=[0-9]{{3,4}}(?:室|房|(?![0-9])))"
    + rf"|(?<=号)(?!{_POSITION_WORDS}){_NAME_H}{{0,8}}?{PLACE_SUFFIX}(?={_POSITION_WORDS}|的)"
)
_STRONG_UNIT = re.compile(rf"[A-Za-z]?{_NUM}{{1,5}}(?:号楼|号院|栋|幢|座|单元|室|房|号|组)")
#: a numbered lane inside a village or zone (白石厦村东区3巷5号): the lane has no Han name
_NUM_LANE = re.compile(rf"(?<=[\u4e00-\u9fff]){_NUM}{{1,3}}(?:巷|弄|坊|横巷)[0-9]{{1,4}}号")
_BARE_ROOM = re.compile(r"[0-9]{1,4}[A-Za-z]?")
_BARE_DIGITS_AFTER = "座栋幢元层楼塔翼期门-"
#: a named building right before a bare room number (…大厦1808, …中心2203室)
_BUILDING_END = re.compile(r"(?:大厦|中心|广场|大楼|写字楼|公寓|酒店)$")
_ROOM_AFTER_BUILDING = re.compile(r"[0-9]{3,4}(?:[室房]|(?![0-9A-Za-z.年月日号元个人名米平次天届期万千百亿%％]))")
#: "这条街3号": a measure word is not a one-character road name
_MEASURE_STEM = frozenset("条个座栋")
#: a bare room right after a house number (布心村一巷12号301): only before punctuation or the end
_ROOM_AFTER_NUMBER = re.compile(r"[0-9]{3,4}(?:[室房]|(?=[，。,.;；！!？?\s的）)]|$))")
#: a junction written between the administrative names and the estate
#: (福田区深南大道与彩田路交汇处东南侧的海天大厦2栋): matched right before an anchor
_JUNCTION_BEFORE = re.compile(
    rf"{ROAD_SUFFIX}[东西南北中]?(?:与|和|、){_NAME_H}{{1,8}}?{ROAD_SUFFIX}[东西南北中]?"
    r"(?:交汇处|交叉口|交界处|交叉路口|路口)(?:[东西南北]{1,2}(?:侧|角|面|方向)?)?的?$"
)
#: a numbered planning zone between a 社区/街道 and a road (海旺社区N12区新湖路99号)
_ZONE_BEFORE = re.compile(r"(?<![0-9A-Za-z])(?:[A-Za-z]{0,2}|(?:(?![省市区县镇乡道])[\u4e00-\u9fff]){1,3})[0-9]{1,3}区$")
#: an autonomous prefecture, county or banner (红河哈尼族彝族自治州), right before an address part
_AUTONOMOUS_BEFORE = re.compile(r"(?:(?![省市区县州盟])[\u4e00-\u9fff]){2,8}自治[州县旗]$")
#: the full names of the autonomous regions
#: position words and particles that end an address (excluded from the span)
_TRAILING_WORDS = ("附近", "旁边", "门口", "对面", "楼下", "楼上", "那边", "这边", "那里", "这里", "里面", "外面", "隔壁", "一带", "的")
_REGIONS = ("新疆维吾尔自治区", "广西壮族自治区", "宁夏回族自治区", "西藏自治区", "内蒙古自治区")
_LATIN_BEFORE = re.compile(r"(?<![A-Za-z])[A-Za-z]{2,10}$")
#: a Latin brand word between two address parts
_LATIN_GAP = re.compile(r"[A-Za-z]{2,10}|[A-Za-z]{1,4}[0-9]{1,4}")


_GENERIC_ADMIN = frozenset("区县镇乡村旗")
_ADMIN_CHARS = frozenset("省市区县镇旗")
_BOUNDARY_SET = frozenset(BOUNDARY_CHARS)
#: words that end the text before an address (改成…, 搬到…)
BOUNDARY_WORDS = (
    "改成", "换成", "变成", "改为", "更改为", "地址", "住址",
    # spatial words before a place: 楼下金田路12号 is "downstairs at 金田路12号"
    "楼下", "楼上", "对面", "隔壁", "旁边", "门口", "附近", "里面", "外面",
    "一家", "这家", "那家", "推荐", "现居", "居住", "定居", "家在", "所在地", "户籍地", "籍贯",
    "反映", "投诉", "举报", "发现", "看到", "路过", "经过", "来自", "表示",
)


def _is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def _stem_start(text: str, pos: int) -> int:
    """Start of the road/estate name that ends at ``pos`` (walk left over Han chars)."""
    j = pos
    while j > 0 and pos - j < MAX_STEM:
        c = text[j - 1]
        if not ("\u4e00" <= c <= "\u9fff") or c in BOUNDARY_CHARS or c in _STEM_STOP:
            # 市 inside a name is no administrative suffix (市民中心, 市场, 市政大厦)
            if not (c == "市" and text[j:j + 1] in ("民", "场", "政")):
                break
        if c == "道" and text[j - 2:j] == "街道":
            break
        j -= 1
    return j


def _trim_left(text: str, start: int, end: int) -> int:
    """Move ``start`` right past the last boundary character inside [start, end)."""
    seg = text[start:end]
    new = start
    for k in range(len(seg) - 1, -1, -1):
        if seg[k] in _BOUNDARY_SET:
            new = start + k + 1
            break
    # a boundary word may straddle ``start`` (现|居南京…): look a few characters back
    lo = max(0, start - 3)
    wide = text[lo:end]
    for w in BOUNDARY_WORDS:
        k = wide.rfind(w)
        if k >= 0:
            new = max(new, lo + k + len(w))
    return new


class CnAddressRecognizer(LocalRecognizer):
    """Grammar + gazetteer address recognizer (``CN_ADDRESS``)."""

    ENTITY = "CN_ADDRESS"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        lex = lexicon or load_lexicon()
        names = sorted(
            [p + s for p in lex.provinces for s in ("省", "市", "自治区", "特别行政区", "")] + list(_REGIONS)
            + [c + s for c in lex.cities for s in ("市", "")]
            + [d + "区" for d in lex.districts]
            + [s + "街道" for s in lex.streets],
            key=len, reverse=True,
        )
        self._admin_names = frozenset(names)
        self._max_name = max(len(n) for n in names)
        super().__init__(supported_entities=[self.ENTITY], name=type(self).__name__, supported_language="zh")
        self.negative_context: tuple[str, ...] = ()
        self.context_required = False
        self.trigger = None

    def load(self) -> None:  # noqa: D102
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        spans: list[tuple[int, int]] = []
        for m in _ROAD_TAIL.finditer(text):
            st = _trim_left(text, _stem_start(text, m.start()), m.start())
            if st < m.start() and not (m.start() - st == 1 and text[st] in _MEASURE_STEM):
                spans.append((st, m.end()))
        for m in _PLACE_TAIL.finditer(text):
            st = _trim_left(text, _stem_start(text, m.start()), m.start())
            latin = _LATIN_BEFORE.search(text, max(0, st - 10), st)
            if latin is not None and st - m.start() < 2:
                st = latin.start()  # ART公寓3号楼: a Latin brand name before the suffix
            if m.start() - st >= 2 and self._house_level(text, m.end()):
                spans.append((st, m.end()))
        for m in _BLDG_SEQ.finditer(text):
            spans.append((m.start(), m.end()))
        for m in _NUM_LANE.finditer(text):
            spans.append((_trim_left(text, _stem_start(text, m.start()), m.start()), m.end()))
        out: list[RecognizerResult] = []
        for s, e in self._merge(text, spans):
            s, e = self._extend(text, s, e)
            score = 0.85 if any(c in text[max(0, s - 8):s] for c in ("址", "住", "位", "寄", "送", "到")) else 0.75
            if text[s:e].isascii():
                continue
            out.append(RecognizerResult(self.ENTITY, s, e, score, recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        # addresses written in English (Room 501, Block 3, Lianhua Road, Futian District, Shenzhen)
        for s, e in english_addresses(text):
            if not any(r.start < e and s < r.end for r in out):
                out.append(RecognizerResult(self.ENTITY, s, e, 0.75, recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return out

    def extend_span(self, text: str, s: int, e: int) -> tuple[int, int]:
        """Grow a span found elsewhere (the tagger) to the full unit chain: trailing position
        words off (附近, 旁边, 门口, 的…), then further units right and administrative names,
        junction phrases left, as for a rule span."""
        while e > s:
            w = next((w for w in _TRAILING_WORDS if text.endswith(w, s, e)), None)
            if w is None:
                break
            e -= len(w)
        if e - s < 2:
            return s, e
        return self._extend(text, s, e)

    def _generic_admin(self, text: str, s: int, suffix: int) -> int:
        """Length of an unknown "XX区" / "XXX街道" name ending at ``s`` (0 if none).

        A 3-character body is taken when what precedes it is a clear edge (not Han, a
        boundary character, or another administrative name); else a 2-character one.
        """
        body_end = s - suffix
        for b in (3, 4, 2):
            st = body_end - b
            body = text[st:body_end]
            # right after a province/city name a boundary character is part of the name (赣州市于都县)
            chained = st > 0 and text[st - 1] in "省市州盟"
            if st < 0 or not all(
                _is_han(c) and (c not in BOUNDARY_CHARS or chained) and c not in _ADMIN_CHARS for c in body
            ):
                continue
            if b == 4 and not (st > 0 and (text[st - 1] in _GENERIC_ADMIN or text[st - 1] in "省市")):
                continue  # a 4-character name (西长安街街道) only right after another administrative name
            prev = text[st - 1:st]
            edge = not prev or not _is_han(prev) or prev in BOUNDARY_CHARS or prev in _GENERIC_ADMIN or prev in "省市道"
            if edge or any(text[st - n:st] in self._admin_names for n in range(2, min(self._max_name, st) + 1)):
                return suffix + b
        st = body_end - 2
        if st >= 0 and all(_is_han(c) and c not in BOUNDARY_CHARS and c not in _ADMIN_CHARS for c in text[st:body_end]):
            return suffix + 2
        return 0

    @staticmethod
    def _house_level(text: str, pos: int) -> bool:
        """An estate/building name is an address only before a block, unit or room."""
        parts = 0
        while parts < 4:
            m = _RIGHT_PART.match(text, pos)
            if m is None or m.end() == pos:
                break
            if _STRONG_UNIT.fullmatch(m.group()) or parts >= 1:
                return True
            pos, parts = m.end(), parts + 1
        return False

    @staticmethod
    def _merge(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Join overlapping spans and spans split by a Latin brand word (建国路88号SOHO现代城5号楼)."""
        merged: list[tuple[int, int]] = []
        for s, e in sorted(spans):
            if merged and (s <= merged[-1][1] or _LATIN_GAP.fullmatch(text, merged[-1][1], s)):
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        return merged

    def _extend(self, text: str, s: int, e: int) -> tuple[int, int]:
        # right: further components (building, unit, floor, room)
        while e < len(text):
            m = _RIGHT_PART.match(text, e)
            if m is None or m.end() == e:
                break
            if _BARE_ROOM.fullmatch(m.group()) and text[e - 1] not in _BARE_DIGITS_AFTER and not (
                _BUILDING_END.search(text, 0, e) and _ROOM_AFTER_BUILDING.match(text, e)
            ) and not (text[e - 1] == "号" and _ROOM_AFTER_NUMBER.match(text, e)) and not (
                text[e - 1] == "区" and text[e - 2:e - 1].isascii() and text[e - 2:e - 1].isalpha()
            ):
                break  # bare digits only after a unit (3栋1202) or a named building (金融中心1808)
            e = m.end()
        # left: a junction phrase, then administrative names directly before (gazetteer,
        # else "XX区/县/镇/街道")
        s = self._junction_left(text, s)
        s = self._admin_prefix(text, s)
        return self._bridge_left(text, s), e

    @staticmethod
    def _junction_left(text: str, s: int) -> int:
        """Start of "X路与Y路交汇处(东南侧)(的)" written right before ``s``, else ``s``."""
        lo = max(0, s - 2 * MAX_STEM - 12)
        m = _JUNCTION_BEFORE.search(text, lo, s)
        if m is None:
            return s
        st = _trim_left(text, _stem_start(text, m.start()), m.start())
        return st if st < m.start() else s

    def _bridge_left(self, text: str, s: int) -> int:
        """Reach a known administrative name across a long place name (…粤海街道科技园南区高新南七道18号).

        The stem walk stops after ``MAX_STEM`` characters or at a 区 inside a zone name, so a
        start that is still glued to Han text is moved left over at most ``MAX_BRIDGE``
        non-boundary characters to the nearest gazetteer name (or 街道/社区) that ends there.
        """
        if s == 0 or not _is_han(text[s - 1]) or text[s - 1] in _BOUNDARY_SET:
            return s
        j = s
        while j > 0 and s - j < MAX_BRIDGE:
            c = text[j - 1]
            if not _is_han(c) or c in _BOUNDARY_SET:
                return s
            j -= 1
            if any(text[j - n:j] in self._admin_names for n in range(2, min(self._max_name, j) + 1)) or (
                text[j - 2:j] in ("街道", "社区")
            ):
                seg = text[max(0, j - 2):s]
                if any(w in seg for w in BOUNDARY_WORDS):
                    return s
                return self._admin_prefix(text, j)
        return s

    def _admin_prefix(self, text: str, s: int) -> int:
        """Walk left over up to 6 administrative names that end exactly at ``s``."""
        for _ in range(6):
            step = 0
            for n in range(min(self._max_name, s), 1, -1):
                if text[s - n:s] in self._admin_names:
                    step = n
                    break
            if not step and s > 3:
                z = _ZONE_BEFORE.search(text, max(0, s - 6), s)
                # only inside a chain: the zone must follow another administrative name
                if z is not None and (text[z.start() - 2:z.start()] in ("街道", "社区") or text[z.start() - 1] in "区市"):
                    step = s - z.start()
            if not step and text[s - 3:s] in ("自治州", "自治县", "自治旗"):
                a = _AUTONOMOUS_BEFORE.search(text, max(0, s - 11), s)
                if a is not None:
                    step = s - _trim_left(text, a.start(), s)
            if not step and text[s - 1:s] == "市" and s >= 4 and (
                text[s - 4] in "州盟省" or text[s - 5:s - 3] == "地区" or text[s - 6:s - 3] == "自治区"
            ) and all(_is_han(c) and c not in _ADMIN_CHARS for c in text[s - 3:s - 1]):
                step = 3  # a county-level city after its prefecture (红河州蒙自市, 黔南州都匀市)
            if not step:
                suffix = 2 if text[s - 2:s] in ("街道", "社区") else (1 if text[s - 1:s] in _GENERIC_ADMIN else 0)
                step = self._generic_admin(text, s, suffix) if suffix else 0
            if not step:
                break
            s -= step
        return s

