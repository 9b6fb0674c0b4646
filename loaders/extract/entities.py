"""Named organisations, places, projects and people, found by their written forms.

Chinese names of bodies end in a small set of suffixes (…党委, …有限公司, …街道, …联盟,
…理事会); a name starts where the run of name characters before the suffix meets a
punctuation mark or a function word (与, 向, 召开, 等 …). jieba cuts that run into words
so that a stop word is only taken as one when it stands as a word of its own (和 in
"A和B", not in "和平饭店").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

import jieba
import jieba.posseg
import rjieba

jieba.setLogLevel(60)  # jieba prints its dictionary loading to stderr otherwise
# Load the dictionary now: word frequencies are read before the first cut otherwise.
jieba.initialize()
# Word classes from the dictionary jieba ships (no tagging model is run).
_TAGS: dict[str, str] = jieba.posseg.dt.word_tag_tab
# jieba-rs (rjieba's default cutter) cuts with the same dictionary, jieba's dict.txt, in Rust;
# jieba itself keeps the frequencies and word classes the rules read.


def _teach(word: str) -> None:
    """Add a word to both dictionaries, with the frequency jieba suggests for it."""
    jieba.add_word(word)
    rjieba.add_word(word, jieba.dt.FREQ[word], None)


# (suffix, label, properties); the longest suffix wins where several end at one place.
_SUFFIXES: list[tuple[str, str, dict[str, str]]] = [
    ("社区卫生服务中心", "Unit", {"kind": "hospital"}),
    ("卫生服务中心", "Unit", {"kind": "hospital"}),
    ("党群服务中心", "Station", {}),
    ("党建服务中心", "Station", {}),
    ("党群服务站", "Station", {}),
    ("党建服务站", "Station", {}),
    ("党群服务中心", "Station", {}),
    # Other service centres (为老服务中心, 卫生服务中心) are service units, not party stations;
    # so are management and party-building centres (城市运行管理中心, X党建中心).
    ("服务中心", "Unit", {"kind": "other"}),
    ("管理中心", "Unit", {"kind": "other"}),
    ("党建中心", "Unit", {"kind": "other"}),
    ("服务站", "Station", {}),
    ("工作站", "Station", {}),
    ("驿站", "Station", {}),
    ("配送站", "Station", {}),
    ("专业委员会", "Committee", {}),
    ("专委会", "Committee", {}),
    ("联席会议", "Council", {"kind": "joint_council"}),
    ("常务理事会", "Council", {"kind": "board"}),
    ("理事会", "Council", {"kind": "board"}),
    ("联合党委", "Council", {"kind": "joint_party_committee"}),
    # Elsewhere a council is a 协调委员会 (Beijing) or a 联席会 written short.
    ("协调委员会", "Council", {"kind": "joint_council"}),
    ("联席会", "Council", {"kind": "joint_council"}),
    # A building's own council ("X楼宇治理委员会", "楼委会").
    ("治理委员会", "Council", {"kind": "joint_council"}),
    ("共治委员会", "Council", {"kind": "joint_council"}),
    ("楼委会", "Council", {"kind": "joint_council"}),
    ("联盟", "Alliance", {}),
    ("有限责任公司", "Unit", {"kind": "company"}),
    ("股份有限公司", "Unit", {"kind": "company"}),
    ("有限公司", "Unit", {"kind": "company"}),
    ("公司", "Unit", {"kind": "company"}),
    ("集团", "Unit", {"kind": "company"}),
    ("支行", "Unit", {"kind": "bank"}),
    ("总行", "Unit", {"kind": "bank"}),
    ("分行", "Unit", {"kind": "bank"}),
    ("银行", "Unit", {"kind": "bank"}),
    ("事务所", "Unit", {"kind": "professional_firm"}),
    ("报社", "Unit", {"kind": "media"}),
    ("大学", "Unit", {"kind": "school"}),
    ("学院", "Unit", {"kind": "school"}),
    ("中学", "Unit", {"kind": "school"}),
    ("小学", "Unit", {"kind": "school"}),
    ("幼儿园", "Unit", {"kind": "school"}),
    ("党校", "Unit", {"kind": "school"}),
    ("医院", "Unit", {"kind": "hospital"}),
    ("剧院", "Unit", {"kind": "cultural"}),
    ("剧场", "Unit", {"kind": "cultural"}),
    ("大戏院", "Unit", {"kind": "cultural"}),
    ("图书馆", "Unit", {"kind": "cultural"}),
    ("纪念馆", "Unit", {"kind": "cultural"}),
    ("陈列馆", "Unit", {"kind": "cultural"}),
    ("博物馆", "Unit", {"kind": "cultural"}),
    ("展览馆", "Unit", {"kind": "cultural"}),
    ("诊所", "Unit", {"kind": "hospital"}),
    ("卫生中心", "Unit", {"kind": "hospital"}),
    ("邮局", "Unit", {"kind": "other"}),
    ("分局", "Unit", {"kind": "government"}),
    ("管理局", "Unit", {"kind": "government"}),
    ("公安局", "Unit", {"kind": "government"}),
    ("税务局", "Unit", {"kind": "government"}),
    ("财政局", "Unit", {"kind": "government"}),
    ("教育局", "Unit", {"kind": "government"}),
    ("民政局", "Unit", {"kind": "government"}),
    ("房管局", "Unit", {"kind": "government"}),
    ("厂", "Unit", {"kind": "company"}),
    ("管理中心", "Unit", {"kind": "other"}),
    ("党建中心", "Unit", {"kind": "other"}),
    ("休养所", "Unit", {"kind": "other"}),
    ("派出所", "Unit", {"kind": "government"}),
    ("管理所", "Unit", {"kind": "government"}),
    ("管理处", "Unit", {"kind": "government"}),
    ("指导站", "Unit", {"kind": "government"}),
    ("管理站", "Unit", {"kind": "government"}),
    ("服务所", "Unit", {"kind": "government"}),
    ("检察院", "Unit", {"kind": "government"}),
    ("法院", "Unit", {"kind": "government"}),
    ("研究院", "Unit", {"kind": "other"}),
    ("研究所", "Unit", {"kind": "other"}),
    ("出版社", "Unit", {"kind": "media"}),
    ("电视台", "Unit", {"kind": "media"}),
    ("杂志社", "Unit", {"kind": "media"}),
    ("文化馆", "Unit", {"kind": "cultural"}),
    ("美术馆", "Unit", {"kind": "cultural"}),
    ("科技馆", "Unit", {"kind": "cultural"}),
    ("少年宫", "Unit", {"kind": "cultural"}),
    ("评弹团", "Unit", {"kind": "cultural"}),
    ("协会", "Unit", {"kind": "social_organisation"}),
    ("联合会", "Unit", {"kind": "social_organisation"}),
    ("基金会", "Unit", {"kind": "social_organisation"}),
    ("研究会", "Unit", {"kind": "social_organisation"}),
    ("活动中心", "Unit", {"kind": "cultural"}),
    ("司法所", "Unit", {"kind": "government"}),
    ("学会", "Unit", {"kind": "other"}),
    # People's congresses and political consultative conferences, federations of industry.
    ("人大常委会", "Unit", {"kind": "government"}),
    ("人民政府", "Unit", {"kind": "government"}),
    ("政协", "Unit", {"kind": "government"}),
    ("工商联", "Unit", {"kind": "other"}),
    ("商会", "Unit", {"kind": "social_organisation"}),
    ("促进会", "Unit", {"kind": "social_organisation"}),
    ("党建促进会", "Council", {"kind": "joint_council"}),
    ("党建联合体", "Council", {"kind": "joint_council"}),
    ("党建共同体", "Alliance", {}),
    ("居民委员会", "Unit", {"kind": "residential_committee"}),
    ("学校", "Unit", {"kind": "school"}),
    # New-era civilisation practice stations and their kind ("“同心之家”实践站").
    ("实践站", "Station", {}),
    ("实践所", "Station", {}),
    ("实践中心", "Station", {}),
    # "中共X街道Y社区委员会": the community's party committee, which stands for the community.
    ("社区委员会", "Area", {"kind": "residential"}),
    ("居委会", "Unit", {"kind": "residential_committee"}),
    ("办事处", "Unit", {"kind": "government"}),
    ("组织部", "Unit", {"kind": "government"}),
    ("宣传部", "Unit", {"kind": "government"}),
    ("统战部", "Unit", {"kind": "government"}),
    ("工作部", "Unit", {"kind": "other"}),
    ("办公室", "Unit", {"kind": "government"}),
    ("市容所", "Unit", {"kind": "government"}),
    ("社工委", "Unit", {"kind": "government"}),
    ("党工委", "Unit", {"kind": "party_organisation"}),
    # "中共X支部委员会", "中共X临时支部委员会": the party branch written in full.
    ("支部委员会", "Unit", {"kind": "party_organisation"}),
    # Beijing's streets write their party working committee 街道工委.
    ("工委", "Unit", {"kind": "party_organisation"}),
    ("党总支", "Unit", {"kind": "party_organisation"}),
    ("党支部", "Unit", {"kind": "party_organisation"}),
    ("党委", "Unit", {"kind": "party_organisation"}),
    ("党组", "Unit", {"kind": "party_organisation"}),
    # A party committee's theory study group ("X街道中心组"), which goes on study visits.
    ("中心组", "Unit", {"kind": "party_organisation"}),
    ("区委", "Unit", {"kind": "government"}),
    ("市委", "Unit", {"kind": "government"}),
    ("县委", "Unit", {"kind": "government"}),
    ("居民区", "Area", {"kind": "residential"}),
    ("商圈", "Area", {"kind": "commercial_district"}),
    ("街区", "Area", {"kind": "block"}),
    ("街道", "Street", {}),
    ("镇", "Street", {}),
    ("大厦", "Building", {}),
    ("大楼", "Building", {}),
    ("广场", "Building", {}),
    ("园区", "Building", {}),
    ("产业园", "Building", {}),
    ("基地", "Building", {}),
    ("会议厅", "Building", {}),
    ("商业中心", "Building", {}),
    ("会议室", "Building", {}),
    ("礼堂", "Building", {}),
    ("会馆", "Building", {}),
    ("宾馆", "Building", {}),
    ("饭店", "Building", {}),
]
_SUFFIX_INFO = {s: (label, props) for s, label, props in _SUFFIXES}
# (suffix, label, properties), longest first: what a name's ending says it is.
SUFFIX_INFO = sorted(_SUFFIXES, key=lambda t: -len(t[0]))


def _trie_pattern(words: list[str]) -> str:
    """One regex alternative for many words, factored by their common beginnings ("党(?:委|
    总支|支部)…"): the engine follows one branch instead of trying every word in turn. Longer
    words are tried before the shorter ones they begin, as with an alternation longest first."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)


# A name's suffix, or a chain of them ("…街道党工委"); the lookahead on the suffixes' first
# characters lets the scan skip most positions at once.
_ONE_SUFFIX = re.compile(_trie_pattern([s for s, _, _ in _SUFFIXES]))
_SUFFIX_RE = re.compile(
    "(?=[" + re.escape("".join(sorted({s[0] for s, _, _ in _SUFFIXES}))) + f"])(?:{_ONE_SUFFIX.pattern})+"
)

_MAX_NAME = 28
# What ends a name: any character a name may not contain (punctuation, spaces), and 暨, which
# joins two names ("A暨B").
_NOT_NAME_CHAR = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9（）()·“”\"\-+]|暨")

# Words that end a name when they stand as words of their own before it.
STOP_WORDS = _STOP_WORDS = frozenset(
    [
        "与",
        "和",
        "有",
        "图为",
        "是指",
        "指",
        "及",
        "以及",
        "同",
        "跟",
        "向",
        "在",
        "由",
        "为",
        "是",
        "将",
        "对",
        "把",
        "从",
        "于",
        "到",
        "等",
        "了",
        "的",
        "也",
        "并",
        "还",
        "都",
        "让",
        "使",
        "被",
        "给",
        "以",
        "至",
        "或",
        "及其",
        "召开",
        "举行",
        "举办",
        "成立",
        "加入",
        "认领",
        "签订",
        "签约",
        "交换",
        "结对",
        "担任",
        "位于",
        "坐落于",
        "坐落在",
        "地处",
        "设在",
        "覆盖",
        "辐射",
        "涵盖",
        "包括",
        "出席",
        "参加",
        "参与",
        "组织",
        "开展",
        "联合",
        "携手",
        "共同",
        "依托",
        "借助",
        "通过",
        "推出",
        "推动",
        "发布",
        "启动",
        "打造",
        "建立",
        "开设",
        "设立",
        "设有",
        "开办",
        "组建",
        "成为",
        "作为",
        "来自",
        "牵头",
        "主持",
        "围绕",
        "发动",
        "吸收",
        "吸引",
        "指导",
        "支持",
        "联手",
        "会同",
        "邀请",
        "带领",
        "深化",
        "进一步",
        "积极",
        "首个",
        "首届",
        "新任",
        "现任",
        "首轮",
        "各",
        "该",
        "本",
        "其",
        "这",
        "此",
        "新",
        "所",
        "全",
        "多",
        "近",
        "又",
        "后",
        "前",
        "中",
        "上",
        "下",
        "内",
        "外",
        "单位",
        "代表",
        "成员",
        "负责人",
        "同志",
        "我们",
        "他们",
        "记者",
        "报道",
        "日前",
        "近日",
        "会上",
        "现场",
        "活动",
        "仪式",
        "当天",
        "今年",
        "明年",
        "去年",
        "目前",
        "已",
        "已经",
        "正式",
        "分别",
        "特别",
        "相关",
        "所在",
        "辖区",
        "辖区内",
        "区域",
        "党员",
        "先后",
        "继",
        "继续",
        "交接",
        "移交",
        "颁发",
        "赠送",
        "前往",
        "发出",
        "致辞",
        "一行",
        "授予",
        "颁奖",
        "成员单位",
        "区域共建单位",
        "持续",
        "不断",
        "加强",
        "强化",
        "优化",
        "完善",
        "健全",
        "发挥",
        "充分发挥",
        "积极参与",
        "深入推进",
        "推进",
        "整合",
        "聚焦",
        "立足",
        "面向",
        "针对",
        "动员",
        "调整",
        "需要",
        "牵手",
        "携手",
        "齐聚",
        "用于",
        "用作",
        "增补",
        "增设",
        "结成",
        # Verbs jieba's dictionary tags as nouns ("构筑商圈…共同体", "联系居民区").
        "构筑",
        "联系",
        # "双方就X开展合作": the preposition 就; "X赴Y挂牌": the verb 赴.
        "就",
        "赴",
        "走访",
        "要",
        "会",
        "能",
    ]
)
# A stop word only ends a name if jieba cuts it as a word: teach it the ones its dictionary lacks.
for _word in _STOP_WORDS:
    if len(_word) > 1 and not jieba.dt.FREQ.get(_word):
        _teach(_word)

# Stop words of one character that also begin names ("中宏保险", "新江湾城", "上…"): they end a
# name only when something stands before them in the run ("会上", "其中").
_PLACE_VERBS = frozenset(
    {"位于", "坐落于", "坐落在", "地处", "来到", "走进", "莅临", "前往", "调研", "参观", "走访"}
)
_NAME_HEAD_CHARS = frozenset("新中上下内外全近前后多")

# Words of service names jieba would cut at a stop word: "综合为老服务中心" is no "…为|老服务中心".
# "新时代文明实践站", "新就业新业态联盟": 新 begins these words, it is no stop word in them.
for _word in ("为老", "助老", "为民", "新时代", "新业态", "新就业", "新兴领域"):
    _teach(_word)

# Names that are only generic words, not a particular body.
_GENERIC_PREFIX = re.compile(
    r"^(?:[各本该全这此其我]|区域化党建|区域化|党建|社区|基层|两新|“两新”|驻区|共建|成员|新|街镇|街道|居民区|商圈|街区|市级|街镇级|街道级|联合|"
    r"楼宇|机关|上级|下属|所属|相关|有关|重点|地域性|领域性|二级|一级|专业|服务|单位|党群|辖区|十余|多|总部|"
    r"学生|教工|在职|离退休|第[一二三四五六七八九十]+|"
    r"[一二三四五六七八九十百千\d]+[个家所项]?)*$"
)
_EVERY = ("各", "各个", "每", "每个", "多个", "诸")
# "“4”个…联席会议", "“X”个…联盟" (the parts of a "1+4+X" structure) count too.
_COUNT_INSIDE = re.compile(r"[“\"]?[\d一二三四五六七八九十两数几多X]+[”\"]?个")
_YEAR_IN_NAME = re.compile(r"(?:19|20)\d\d(?:年度?)?(?!\d)")
# A count of more than one right before a name ("四个", "3家"; not "第三个", "一个").
_PLURAL = re.compile(r"(?<![第\d])(?:[2-9]|\d{2,}|[两二三四五六七八九十几多数]+)[个家所项支]$")
_COMMITTEES = ("区委", "市委", "县委")
_NOT_COMMITTEE_HEAD = re.compile(r"街道|党|委|局|公司|[的了着]")
_BRANCH_KIND = re.compile(r"(?:临时|联合|金属|第[一二三四五六七八九十\d]+)?(?:总)?$")
_ASIDE_END = re.compile(r"[(（][^()（）]{2,12}[)）]$")
# The places written before a street's name, city and district ("杭州市拱墅区和睦街道党工委").
# A district's or county's 区/县 right before a street's two to four characters.
_AFTER_DISTRICT = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?<![全本该各我辖此每社园城片景校小])[区县](?![委域块内级政])(?=[\u4e00-\u9fff]{2,4}$)"
)
_DISTRICT_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]{2,3}[省区市县])+(?=[\u4e00-\u9fff]{2})")
_CITY_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,3}[市县](?=[\u4e00-\u9fff]{2})")
_ORDINAL = re.compile(r"第[\d一二三四五六七八九十百]+[次届期]$")
# "3家X", "四个X", "12X": a count before a name; a numeral that begins a place's name
# ("五角场街道", "七宝镇") has no measure word after it.
_MEASURE = "[个家所项位名大类支条批座间栋幢场]"
_QUANTITY = re.compile(rf"第?(?:\d+{_MEASURE}?|[一二三四五六七八九十百千几多余]+{_MEASURE})")

_PROJECT = re.compile(r"“([^“”]{2,24})”(项目|行动|计划|工程|品牌|系列活动)")
_BOOK = re.compile(r"《([^《》]{2,30})》")

# The head of a name that may hold 和/与: a government body (区…, 北京市…, 杨浦区…) or a school of
# a university, with at least two characters of its own before the conjunction.
_NAME_WITH_AND = re.compile(
    r"(?:[\u4e00-\u9fff]{2,3}[区市县]|[区市县省]|[\u4e00-\u9fff]{2,8}大学)[\u4e00-\u9fff]{2}"
)
_ENDS_WITH_SUFFIX = re.compile(f"(?:{_ONE_SUFFIX.pattern})$")
_TITLE_INSIDE = re.compile(r"部长|书记|主任|局长|处长|院长|校长|经理|主席|会长|董事长|总监")
# How the name of a body the rules have no suffix for still ends: "…青少年活动中心",
# "…工商业联合会", "…交响乐团", "…希尔顿酒店". Such a name is whole: 和/与 after it joins two
# bodies, and its party committee stands for it.
_BODY_END = re.compile(r"(?:中心|[会团馆院所站局委办部队处行社]|基地|酒店|百货|商城)$")


@dataclass(slots=True)
class Mention:
    """A name found in a sentence; start/end are positions in the squashed sentence."""

    label: str
    name: str
    start: int
    end: int
    properties: dict[str, object] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    confidence: float = 0.7
    linked: bool = False
    # A name inside a longer one that still denotes a body of its own ("X公司" in "X公司党委").
    nested_ok: bool = False
    # An item of a counted list of projects ("A、B、C 3个项目").
    in_list: bool = False


def whole_names(mentions: list[Mention]) -> list[Mention]:
    """The names not written inside a longer one of the list ("街道" in "街道党工委")."""
    return [
        m
        for m in mentions
        if not any(
            o is not m and o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
            for o in mentions
        )
    ]


def left_boundary(sentence: str, floor: int, suffix_start: int, *, registered: bool = False) -> int | None:
    """Where the name ending at `suffix_start` starts (not before `floor`, the end of the
    previous name), or None when nothing precedes the suffix. Unless the name is a
    registered company's (which may begin with any word), leading verbs, adverbs and the
    like are the sentence's, not the name's ("提升X商圈活力", "做好居民区党建")."""
    # The run of name characters before the suffix (at most _MAX_NAME of them, not before floor).
    lo = max(floor, suffix_start - _MAX_NAME)
    for stop in _NOT_NAME_CHAR.finditer(sentence, lo, suffix_start):
        lo = stop.end()
    prefix = sentence[lo:suffix_start]
    if not prefix:
        return None
    # An unbalanced closing quote means the name started inside a quotation we cut off.
    words = cut_words(prefix)
    keep = len(words)
    while keep > 0 and words[keep - 1] not in _STOP_WORDS:
        keep -= 1
    if keep == len(words) and keep > 1 and words[-1] == "联合":
        # "新桥联合党支部": 联合 right before the suffix names a joint body, it ends no name.
        keep -= 1
        while keep > 0 and words[keep - 1] not in _STOP_WORDS:
            keep -= 1
    while keep > 1 and words[keep - 1] in ("和", "与"):
        # "区人力资源和社会保障局", "复旦大学智能材料与未来能源创新学院": a government body's or a
        # school's name may hold 和/与 itself; two bodies joined by it name the first in full.
        head = keep - 1
        while head > 0 and (words[head - 1] not in _STOP_WORDS or words[head - 1] in _NAME_HEAD_CHARS):
            head -= 1
        first = "".join(words[head : keep - 1])
        # A first part that is a body of its own ("…医院", "…街道绩溪路社区") names no joint body.
        whole_first = (
            _ENDS_WITH_SUFFIX.search(first)
            or _BODY_END.search(first)
            or first.endswith(("社区", "村"))
            # "区委组织部副部长李红波与复旦大学…": a title and a person, not a body's name.
            or _TITLE_INSIDE.search(first)
        )
        if len(words) - keep == 0 or not _NAME_WITH_AND.match(first) or whole_first:
            break
        keep = head
    if (
        keep
        and words[keep - 1] in _NAME_HEAD_CHARS
        and (
            keep == 1
            or (words[keep - 1] == "新" and words[keep - 2] in _STOP_WORDS)
            # "与上木场社区", "和新华路街道": after a word that joins two names
            or words[keep - 2] in ("与", "和", "及", "同")
            # "位于中成智谷…": after a verb of place 中 is no postposition, it begins the name
            or (words[keep - 1] == "中" and words[keep - 2] in _PLACE_VERBS)
        )
    ):
        # "、中宏保险…", "举办新·尚党群服务站": at the run's head, or (新) right after another
        # stop word, the character begins the name; "开设内X工作站" keeps 内 out.
        keep -= 1
    start = lo + sum(len(w) for w in words[:keep])
    # "2021年区域化党建联席会议" is that year's meeting of the body: the name starts after the year.
    years = list(_YEAR_IN_NAME.finditer(sentence, start, suffix_start))
    if years:
        start = years[-1].end()
    quantity = _QUANTITY.match(sentence, start, suffix_start)
    if quantity:
        start = quantity.end()
    elif start > 0 and sentence[start] in _MEASURE and sentence[start - 1] in "这那该此每":
        start += 1  # "这座党群服务中心": the measure word of a demonstrative
    if sentence.count("”", start, suffix_start) > sentence.count("“", start, suffix_start):
        start = sentence.rfind("“", 0, start) if "“" in sentence[:start] else start + 1
    while sentence.startswith("”", start) or (
        sentence.startswith('"', start) and sentence.count('"', start, suffix_start) % 2 == 1
    ):
        start += 1
    if sentence.count("“", start, suffix_start) > sentence.count("”", start, suffix_start):
        start = sentence.rfind("“", start, suffix_start) + 1  # "“校际联盟”": the name is inside
    # An item of a list ("、安居苑小学党支部") starts with its own name: no verb of the sentence
    # stands between the list mark and it.
    item = start == lo and lo > 0 and sentence[lo - 1] == "、"
    if not registered:
        start = _skip_leading_verbs(words, lo, start, item=item)
    elif _only_function_words(words, lo, start):
        return None  # "走出公司": a verb and its object, no company's name
    return start if start < suffix_start else None


def _only_function_words(words: list[str], lo: int, start: int) -> bool:
    """Whether the words of the prefix from `start` on (the cut of the whole prefix, which
    starts at `lo`) are all verbs, pronouns, adverbs and the like."""
    at = lo
    seen = False
    for w in words:
        if at >= start:
            if word_tag(w) not in NOT_NAME_TAGS:
                return False
            seen = True
        at += len(w)
    return seen


# One-character complements of a verb ("做好", "抓实", "发挥好"): they end the verb phrase.
_COMPLEMENTS = frozenset("好实强优细深活")


def _skip_leading_verbs(words: Sequence[str], lo: int, start: int, *, item: bool = False) -> int:
    """Move `start` past the words at the head of the name that cannot begin one. In a list's
    item a verb before a single character is the name's own ("、安居苑小学")."""
    at = lo
    prev = ""
    for i, w in enumerate(words):
        if item and at >= start and word_tag(w) == "v" and i + 1 < len(words) and len(words[i + 1]) == 1:
            break
        if at >= start:
            # One character is too often a name's own (申江, 华山) to be judged by its tag, unless
            # it is a preposition, conjunction or particle (给, 和, 的).
            tag = word_tag(w)
            if tag is not None and tag.startswith("u"):
                tag = "u"  # an aspect or structural particle (着, 了, 地): "代表着X商圈"
            if tag in ("i", "l") and len(w) == 4:
                tag = "v"  # a four-character set phrase ("全面落实", "共同完成") begins no name either
            # "发挥好街道X委员会": the verb's complement is not the name's head.
            complement = w in _COMPLEMENTS and word_tag(prev) == "v"
            one_char_word = len(w) < 2 and tag not in ("p", "c", "u", "r")
            if not complement and (tag not in NOT_NAME_TAGS or one_char_word):
                break
            if tag == "m" and not _NUMERAL_WORD.fullmatch(w):
                break  # "万里名轩居民区": a place word the dictionary files as a numeral
            start = at + len(w)
        at += len(w)
        prev = w
    return start


@lru_cache(maxsize=8192)
def cut_words(text: str) -> tuple[str, ...]:
    """jieba's dictionary cut (no HMM): the words of jieba.cut(text, HMM=False), by jieba-rs.
    A run of Latin letters and digits ("2023") comes out one character each, as the rules
    were written against (a digit is a numeral word the name's start skips).

    Cached: the runs before names recur within an article and across a district's articles
    (the street, its bodies). A benchmark that repeats articles clears it between rounds."""
    words = rjieba.cut(text, False)
    if not _NON_HAN_PAIR.search(text):
        return tuple(words)
    out: list[str] = []
    for w in words:
        if len(w) > 1 and not _HAN.search(w):
            out.extend(w)
        else:
            out.append(w)
    return tuple(out)


_HAN = re.compile(r"[\u4e00-\u9fff]")
_NON_HAN_PAIR = re.compile(r"[^\u4e00-\u9fff]{2}")  # where a word of no Han characters may be

_NUMERAL_WORD = re.compile(r"[\d零一二三四五六七八九十百千万亿两几数多余第]+")

# Word classes (jieba's dictionary tags) that do not begin a name: verbs, adverbs,
# prepositions, conjunctions, particles, pronouns, numerals.
NOT_NAME_TAGS = frozenset({"v", "d", "ad", "p", "c", "u", "r", "m", "f"})


def word_tag(word: str) -> str | None:
    return _TAGS.get(word)


# A common noun of the dictionary (银行, 医院, 部队) names a kind of unit, not one.
_COMMON = 500


def is_common_word(word: str) -> bool:
    return jieba.dt.FREQ.get(word, 0) >= _COMMON


# "街道党工委", "区域化党建联席会议": in a street's own article these mean the street's
# own body; the pipeline qualifies them with the street's name.
OWN_PREFIXES = ("街道", "区域化党建")
_STREET_END = set("路道寺庙站村桥浜里镇湾港口园坊街门场泾塘浦岭山湖河坡岗营庄屯洲滩坝岛溪亭墩埠汇")
# Prepositions that end a verb phrase before a place ("送给街道", "走向社区").
_BEFORE_PLACE = set("给向往对到在把被从")


# Suffixes that close a name: what follows them starts a new one ("…有限公司交接…").
# Others (银行, 集团, 大学, 街道) also occur inside longer names ("建设银行静安支行").
_CLOSED = {
    "公司",
    "有限公司",
    "股份有限公司",
    "有限责任公司",
    "联席会议",
    "理事会",
    "常务理事会",
    "联盟",
    "专委会",
    "专业委员会",
}
_REGISTERED = {"有限公司", "股份有限公司", "有限责任公司", "公司", "集团"}
# A body's own party bodies, written after its name ("X公司党委").
PARTY_BODIES = _PARTY = frozenset({"党委", "党总支", "党支部", "党工委", "党组"})


# Word classes of a one-word prefix that makes a kind of body, not a body: "临时党支部".
_KIND_TAGS = frozenset({"b", "a", "v", "vn", "d", "ad"})
# A count inside a name's run: "新增3家“X”党群服务站" names no station of its own.
_COUNT_BEFORE = re.compile(r"\d+家|首[家个批座]")


_PLACE_LABELS = frozenset({"Area", "Building", "Station", "Street", "Council", "Alliance"})


def _trim_start(sentence: str, start: int, suffix_start: int, label: str) -> int | None:
    """Where a name really starts once brackets and counts in its run are accounted for."""
    run, first = sentence[start:suffix_start], start
    if not run:
        return start  # the suffix chain alone ("街道党工委"): nothing to trim
    opened = max(run.rfind("("), run.rfind("（"))
    closed = max(run.rfind(")"), run.rfind("）"))
    if opened >= 0 and opened > closed:
        start += opened + 1  # "区委组织部(区社工委)": the name starts inside the bracket
    elif closed > 0 and (
        run[:1] in ("(", "（")
        or (label in _PLACE_LABELS and len(run) - closed > 3 and not _ONE_SUFFIX.match(run, closed + 1))
    ):
        # "(资料图)石岐街道党工委", "本报讯(通讯员X)南京市新街口商圈": an aside before the name is
        # not its start (a place's own bracket stands right before its suffix: "张园(…)商圈").
        start += closed + 1
    for count in _COUNT_BEFORE.finditer(sentence, start, suffix_start):
        start = count.end()
    if label in ("Building", "Area") and sentence.startswith("“", start):
        close = sentence.find("”", start, suffix_start)
        if close > 0:
            start = close + 1  # "“品牌”X大厦": the brand is not part of the building's name
    return start if start < suffix_start or start == first else None


def _street_prefix(prefix: str) -> bool:
    """A street's own name: a place word (…路, …寺, …新村) or a rare single word (曹家渡)."""
    if not 2 <= len(prefix) <= 6 or not re.fullmatch(r"[\u4e00-\u9fff]+", prefix):
        return False
    if prefix[-1] in _BEFORE_PLACE:
        return False  # "赠送给街道": a verb's object, not a street's name
    words = cut_words(prefix)
    if len(words[0]) == 1 and word_tag(words[0]) == "v":
        # "做强街镇": a slogan's verb, not a street; but "安亭镇": a verb-like character, then
        # a place word with no adjective between.
        slogan = any(word_tag(w) in ("a", "v", "d", "ad") for w in words[1:])
        return prefix[-1] in _STREET_END and not slogan
    if prefix[-1] in _STREET_END:
        return True
    if len(prefix) > 4 or (jieba.dt.FREQ.get(prefix, 0) >= 500 and word_tag(prefix) != "ns"):
        return False  # a common word, unless a place's name (长河街道)
    # One word, or three characters the dictionary knows only one by one (曹家渡): a proper
    # name it lacks.
    words = cut_words(prefix)
    if len(words) == len(prefix) == 2:
        # Two characters the dictionary knows only one by one (潞源): a name, unless one of
        # them is a function word or an adjective ("好的").
        return not any(word_tag(w) in NOT_NAME_TAGS or word_tag(w) in ("a", "uj", "ul") for w in words)
    return len(words) == 1 or len(words) == len(prefix) == 3


_INTO = frozenset({"进", "入", "融入", "进入", "走进", "到", "全"})


def _park_name(prefix: str) -> bool:
    """Whether the words before 园区/产业园 name a park: not a verb of entering, a function
    word or a kind ("新型")."""
    words = cut_words(prefix)
    if not words or words[-1] in _INTO or (len(words) == 1 and word_tag(words[0]) in ("b", "a")):
        return False
    return not any(word_tag(w) in ("d", "p", "uj", "ul") for w in words)


def _proper_base(prefix: str) -> bool:
    """Whether the words before 基地 hold a proper name ("世博园B片区央企总部基地", "上海市党性教育
    基地"): a place, person or organisation word of the dictionary, or a Latin letter or digit."""
    return any(c.isascii() and c.isalnum() for c in prefix) or any(
        word_tag(w) in ("ns", "nr", "nt", "nz") for w in cut_words(prefix)
    )


@lru_cache(maxsize=1024)
def _chain(suffixes: str) -> list[str]:
    """The suffixes a run of them is made of ("街道党工委" → 街道, 党工委); callers do not change it."""
    return [s.group() for s in _ONE_SUFFIX.finditer(suffixes)]


# An event's word (and a caption's number) at a name's head belongs to the text before it.
_EVENT_HEAD = re.compile(r"(?:大会|会议|仪式|典礼|活动)\d*")

# Places a station may be named after, written right before its brand.
_STATION_PLACES = ("社区", "街道", "镇", "村", "居民区", "大厦", "大楼", "广场", "园区", "中心", "楼宇")


def find_organisations(sentence: str) -> list[Mention]:
    out: list[Mention] = []
    floor = 0
    for m in _SUFFIX_RE.finditer(sentence):
        chain = _chain(m.group())
        label, props = _SUFFIX_INFO[chain[-1]]
        start = left_boundary(sentence, floor, m.start(), registered=any(c in _REGISTERED for c in chain))
        # "余杭区中泰街道": after its district a street's name is all that follows, even a word
        # of place the dictionary cuts off (中).
        district = (
            _AFTER_DISTRICT.search(sentence, max(floor, m.start() - 6), m.start())
            if chain[0] in ("街道", "镇")
            else None
        )
        district_end = district.end() if district else None
        if district_end is not None and (start is None or start > district_end):
            start = district_end
        # A company's name may contain a place ("…广场有限公司"); other names stop at one.
        floor = m.end() if chain[-1] in _CLOSED else floor
        if start is None and len(chain) > 1 and (chain[0] in OWN_PREFIXES or chain[0] == "镇"):
            # "街道党工委书记…", "街道市容所所长…": the street's own body, named by the chain alone.
            start = m.start()
        if start is None:
            # "联席会议理事会" after generic words: the chain itself may be the name's tail.
            continue
        start = _trim_start(sentence, start, m.start(), label)
        if start is None:
            continue
        name = sentence[start : m.end()]
        prefix = name[: -len(m.group())]
        if (head := _EVENT_HEAD.match(prefix)) and len(prefix) > head.end() + 1:
            # "…成立大会1“金元一家亲”共治委员会": a caption ran an event word into the name.
            start, prefix = start + head.end(), prefix[head.end() :]
            name = sentence[start : m.end()]
        if len(prefix) == 1 and len(chain) > 1 and chain[0] == "街道":
            # "搭建起街道党工委": one character is no street's name; the street's own body.
            start, prefix, name = m.start(), "", m.group()
        if prefix.startswith("中共") and len(prefix) > 4 and any(c in _REGISTERED for c in chain):
            # "中共浙江方圆检测集团股份有限公司…": the party's prefix to a company's name is not the
            # company's (a memorial's may be: "中共二大会址纪念馆").
            start, prefix, name = start + 2, prefix[2:], name[2:]
        if len(chain) > 1 and chain[0] in ("街道", "镇") and prefix.startswith("中共"):
            # "中共上海市黄浦区南京东路街道社区委员会": the party's prefix names no place.
            start, prefix = start + 2, prefix[2:]
            name = sentence[start : m.end()]
        if chain == ["街道", "社区委员会"]:
            # A street's community party committee (Shanghai's name for its 党工委), not an area.
            label, props = "Unit", {"kind": "party_organisation"}
        if len(chain) > 1 and chain[0] in ("街道", "镇") and (district := _DISTRICT_BEFORE.match(prefix)):
            # "静安区南京西路街道党工委": the street's body, its district named apart.
            start, prefix = start + district.end(), prefix[district.end() :]
            name = sentence[start : m.end()]
        # "X社区“同心之家”实践站", "双方共建“同心之家”实践站": a station named by its brand starts
        # at the brand unless a place it stands in is written right before it.
        if (
            label == "Station"
            and prefix.endswith(("”", '"'))
            and (q := max(prefix.rfind("“"), prefix.find('"'))) > 0
            and not prefix[:q].endswith(_STATION_PLACES)
        ):
            start, prefix = start + q, prefix[q:]
            name = sentence[start : m.end()]
        if chain == ["街区"] and is_common_word(prefix):
            continue  # "协同街区治理", "“魅力街区”": a common word before 街区 names no block
        if chain[-1] == "基地" and not _proper_base(prefix):
            continue  # "党性教育基地", "实践基地": a kind of base, no base's name
        if label == "Building" and chain[-1] in ("园区", "产业园") and not _park_name(prefix):
            continue  # "融入园区", "新型产业园", "董事长就园区…": no park's name
        if label == "Area" and len(prefix) > 3:
            # "党建引领武进路街区": an area's name holds no verb; it starts after the last one (buildings
            # may: "节能环保产业园").
            words, at, cut = cut_words(prefix), 0, 0
            for w in words[:-1]:
                at += len(w)
                if len(w) > 1 and _TAGS.get(w) == "v":
                    cut = at
            while cut < len(prefix) - 1 and prefix[cut] in "·-":
                cut += 1
            if cut:
                start, prefix = start + cut, prefix[cut:]
                name = sentence[start : m.end()]
        parent = None
        # "X有限公司上海分公司", "X有限责任公司云南公司": a branch named by its place.
        branch = prefix.endswith("分") or (len(prefix) <= 3 and _TAGS.get(prefix) == "ns")
        # "上海银行股份有限公司市北分行": a bank's branch after its registered name, likewise.
        if out and (("公司" in chain[-2:] and branch) or chain[-1] in ("分行", "支行")):
            parent = next((o for o in out if o.end == start and o.name.endswith("公司")), None)
        if parent is not None:
            # "X有限公司上海分公司": the branch of the company just named is one body.
            start, prefix = parent.start, sentence[parent.start : m.start()]
            name = sentence[start : m.end()]
            out[:] = [o for o in out if not (o.start >= start and o.end <= parent.end)]
        committee = len(chain) == 1 and chain[0] in _COMMITTEES
        # "省市委": committees at large
        kind_of_committee = prefix in ("区", "市", "县") or prefix.endswith("省")
        # "街道党工委认真落实市委…": a committee's name holds a place, not another body and a verb.
        after_body = _NOT_COMMITTEE_HEAD.search(prefix) is not None or "届" in prefix
        if committee and (_TAGS.get(prefix) in _KIND_TAGS or kind_of_committee or after_body):
            continue  # "落实区委关于…", "十一届市委…全会": a verb or a term, not the committee's name
        if chain == ["区委"] and prefix.endswith("区") and len(prefix) > 2:
            # "杨浦区区委" is 杨浦区委, written with the district's 区 twice.
            out.append(Mention(label, prefix + "委", start, m.end(), dict(props), aliases=[name]))
            continue
        if chain[-1] in _PARTY and len(chain) == 1 and _TAGS.get(prefix) in _KIND_TAGS:
            continue  # "临时党支部", "联合党支部": a kind of party body, not one
        if label == "Council" and _ORDINAL.search(prefix):
            continue  # "第四次联席会议": one sitting of a council, not a council
        if _PLURAL.search(sentence, max(0, start - 4), start):
            continue  # "在四个工作网格布局…联席会议": several bodies of a kind, not one
        if chain[-1].endswith("区") and sentence.startswith("域", m.end()):
            continue  # "…园区域发展": 区 begins the word 区域, it ends no name
        if chain[-1].endswith("部") and sentence.startswith("门", m.end()):
            continue  # "区组织部门": departments at large, not one
        if chain[-1] in ("党组", "中心组") and sentence.startswith("织", m.end()):
            continue  # "党组织" is the common noun "party organisation"; "中心组织…" a verb
        if name.startswith(_EVERY) or sentence.endswith(_EVERY, 0, start) or _COUNT_INSIDE.search(prefix):
            continue  # "各个“X”服务站", "A、B四个商圈党建联席会议": kinds or counts, not one body
        if len(chain) > 1 and chain[-2] in ("街道", "镇") and chain[-1] == "居民区":
            continue  # "X街道居民区": the street's residential areas at large, not one of them
        if (
            _SUFFIX_INFO[chain[0]][0] == "Area"
            and len(prefix) == 1
            and start > 0
            and sentence[start - 1] in "同与和向在为对从到及跟给"
        ):
            # "，同煌居民区党总支": an area's name has two characters at least; the one cut off as a
            # function word (同) is its first.
            start, prefix = start - 1, sentence[start - 1] + prefix
            name = sentence[start : m.end()]
        cut = max(prefix.rfind("街道") + 2, prefix.rfind("镇") + 1)
        if chain == ["居民区"] and cut > 1 and len(prefix) - cut >= 2:
            # "长征镇丽湖居民区": the residential area of the town or street named before it.
            start, prefix = start + cut, prefix[cut:]
            name = sentence[start : m.end()]
        if chain[-2:] == ["街道", "办事处"]:
            # "X街道办事处" is the street itself in these articles: one node, an alias.
            street = sentence[start : m.end() - len("办事处")]
            out.append(Mention("Street", street, start, m.end(), {}, aliases=[name]))
            continue
        if prefix and _GENERIC_PREFIX.match(prefix) and not prefix.startswith(OWN_PREFIXES):
            continue
        if len(prefix) == 1 and is_common_word(name):
            continue  # "中小学", "大中型企业": a kind of unit the dictionary knows, not one
        if prefix.endswith(("二级", "一级", "领域性", "地域性")):
            continue  # "区域化党建二级联盟": a kind of body, not one
        if label == "Street":
            if chain[-1] == "镇" and len(last := cut_words(name)[-1]) == 2 and last != name:
                continue  # "打造科创重镇", "特色小镇": a word that ends in 镇, not a town
            cut = prefix.rfind("区") + 1  # "虹口区嘉兴路街道": the district is named apart
            city = _CITY_BEFORE.match(prefix, cut)
            if city:
                cut = city.end()  # "启东市启隆镇": a county-level city, named apart as well
            start, prefix = start + cut, prefix[cut:]
            name = sentence[start : m.end()]
            # Right after a district ("顺义区胜利街道") a short name is a street's even when it is
            # also a common word.
            after_district = (cut > 2 or start == district_end) and 2 <= len(prefix) <= 4
            after_district = after_district and _CJK_ONLY.fullmatch(prefix) is not None
            # "江湾镇街道": a street that keeps the name of the town it was.
            town_street = chain == ["镇", "街道"]
            other_chain = len(chain) > 1 and chain[0] != "街道" and not town_street
            if not (after_district or _street_prefix(prefix)) or other_chain:
                continue
        if chain == ["社区委员会"]:
            cut = max(prefix.rfind("街道") + 2 if "街道" in prefix else 0, prefix.rfind("镇") + 1)
            community = prefix[cut:]
            if 2 <= len(community) <= 4 and not _GENERIC_PREFIX.match(community):
                at = start + cut
                out.append(Mention("Area", community + "社区", at, m.end(), dict(props), aliases=[name]))
            continue
        if len(chain) == 1 and chain[0] in _PARTY and prefix.endswith("社区"):
            # "X社区党委" stands for the community X社区 (as "X居民区党总支" for its area).
            street_end = prefix.rfind("街道")
            cut = max(street_end + 2 if street_end >= 0 else 0, prefix.rfind("镇") + 1)
            area = prefix[cut:]
            if 4 <= len(area) <= 6 and not _GENERIC_PREFIX.match(area[:-2]):
                at = start + cut
                out.append(Mention("Area", area, at, m.end(), {"kind": "residential"}, aliases=[name[cut:]]))
                continue
        if len(chain) == 1 and chain[0] in _PARTY and prefix.endswith("村") and len(prefix) >= 3:
            # "叶榭镇金家村党总支" stands for the village 金家村, as a 居民区's party body for it.
            cut = prefix.rfind("镇") + 1
            village = prefix[cut:]
            if len(village) >= 3 and not _GENERIC_PREFIX.match(village[:-1]):
                at = start + cut
                props = {"kind": "residential"}
                out.append(Mention("Area", village, at, m.end(), props, aliases=[name[cut:]]))
                continue
        if chain[-1] == "支部委员会":
            # "中共X站支部委员会", "中共X公司临时支部委员会" stand for X, as "X公司党支部" does.
            body = _BRANCH_KIND.sub("", name.removeprefix("中共")[: -len("支部委员会")])
            unit = max((o for o in out if o.end == start), key=lambda o: o.end - o.start, default=None)
            if not body and unit is not None:
                unit.aliases.append(name)  # "…有限公司" found already, its branch right after
                continue
            if len(body) >= 2:
                at = start + (2 if name.startswith("中共") else 0)
                out.append(Mention("Unit", body, at, at + len(body), {}, aliases=[name]))
                continue
        aside = _ASIDE_END.search(prefix) if len(chain) == 1 and chain[0] in _PARTY else None
        if aside and aside.start() >= 2:
            # "X管委会(镇经济发展办公室)党支部": the party branch of X, named with an aside.
            body = prefix[: aside.start()]
            out.append(Mention("Unit", body, start, m.end(), {}, aliases=[name]))
            continue
        if len(chain) == 1 and chain[0] in _PARTY and prefix.endswith(("大学校", "学院院", "学院校")):
            # "X大学校党委": the school's own party committee stands for the school.
            body = sentence[start : m.start() - 1]
            out.append(Mention("Unit", body, start, m.end(), {"kind": "school"}, aliases=[name]))
            continue
        if len(chain) == 1 and chain[0] in _PARTY and _BODY_END.search(prefix) and len(prefix) > 2:
            # "区商务委党委", "X青少年活动中心党委": the party committee of a body stands for it.
            body = sentence[start : m.start()]
            kind = "government" if prefix.endswith(("委", "局", "办")) else "other"
            out.append(Mention("Unit", body, start, m.end(), {"kind": kind}, aliases=[name]))
            continue
        if len(chain) > 1 and chain[-1] in _PARTY and _SUFFIX_INFO[chain[-2]][0] in ("Unit", "Area"):
            # "…有限公司党委", "…居民区党总支" stand for the company or the residential area in
            # these articles: one node, with the party body as an alias.
            iend = m.end() - len(chain[-1])
            ilabel, iprops = _SUFFIX_INFO[chain[-2]]
            out.append(Mention(ilabel, sentence[start:iend], start, m.end(), dict(iprops), aliases=[name]))
            continue
        out.append(Mention(label, name, start, m.end(), dict(props)))
        # A street's or council's own party body ("…街道党工委") is a body inside it; a bank's
        # head office (总行) is the bank itself, and "江湾镇街道" one street.
        if len(chain) > 1 and chain[-1] != "总行" and chain != ["镇", "街道"]:
            inner = chain[-2]
            ilabel, iprops = _SUFFIX_INFO[inner]
            iend = m.end() - len(chain[-1])
            istart = _trim_start(sentence, start, iend - len(inner), ilabel)
            if istart is not None:
                out.append(Mention(ilabel, sentence[istart:iend], istart, iend, dict(iprops), nested_ok=True))
    _keep_parents(out)
    for m in out:
        full = official_name(m.name) if m.label == "Unit" else m.name
        if full != m.name:
            m.aliases.append(m.name)
            m.name = full
    return out


# A district's, city's or county's party committee ("闵行区委") is named in full "中共闵行区委",
# as the curated graph names 中共静安区委, and its government ("闵行区政府") "闵行区人民政府".
# (Not another party's: "民盟上海市委" is the China Democratic League's Shanghai committee.)
_COMMITTEE_NAME = re.compile(
    r"(?!中共|民革|民盟|民建|民进|农工|致公|九三|台盟)[\u4e00-\u9fff]{1,5}[区市县]委"
)
_GOVERNMENT_NAME = re.compile(r"([\u4e00-\u9fff]{1,5}[区市县镇])政府")


def official_name(name: str) -> str:
    """The full name of a place's party committee or government written short."""
    if _COMMITTEE_NAME.fullmatch(name):
        return "中共" + name
    government = _GOVERNMENT_NAME.fullmatch(name)
    return government[1] + "人民政府" if government else name


# Bodies whose name heads the names of their parts ("复旦大学中国研究院", "X医院后勤党支部",
# "X公安局Y分局"): schools, hospitals, groups, bureaus, academies. A bank's branch is written as
# one name ("中国建设银行上海紫竹支行"), and so is a university's hospital ("X大学附属第二医院").
PARENT_SUFFIXES = (
    "集团", "大学", "学院", "医院", "分局", "管理局", "公安局", "税务局", "财政局", "教育局",
    "民政局", "房管局", "研究院", "检察院", "法院", "出版社", "电视台", "报社",
)  # fmt: skip
# What follows a body's name to make its own party body ("X学院校党委"), not a part of it.
_OWN_PARTY_BODY = re.compile(r"(?:校|院|公司|集团|局)?(?:党委|党总支|党支部|党组|纪委)$")


def _keep_parents(found: list[Mention]) -> None:
    """A parent written at the head of a longer name is a node of its own, not a fragment of
    that name (its part is PART_OF it by containment). Only the nearest parent counts: in
    "X大学附属第二医院Y党支部" the hospital, which is itself no part of the university."""
    by_start: dict[int, list[Mention]] = {}
    for m in found:
        if m.label == "Unit":
            by_start.setdefault(m.start, []).append(m)
    for o in (o for group in by_start.values() if len(group) > 1 for o in group):
        heads = [
            m
            for m in by_start[o.start]
            if m.end < o.end and m.name.endswith(PARENT_SUFFIXES) and o.name.startswith(m.name)
        ]
        m = max(heads, key=lambda h: h.end, default=None)
        if m is None or _OWN_PARTY_BODY.fullmatch(o.name[len(m.name) :]):
            continue
        # One name, not a part: a university's or hospital's hospital ("X大学附属第二医院",
        # "X医院青岛医院"), a group's registered company ("X集团第二建设有限公司").
        if o.name.endswith("医院") and m.name.endswith(("大学", "学院", "医院")):
            continue
        if o.name.endswith("公司") and m.name.endswith("集团"):
            continue
        m.nested_ok = True


# Districts: a known district name, or any "X区" written after a city ("北京市朝阳区").
_DISTRICT = re.compile(
    r"(?:(?<=市)(?![\u4e00-\u9fff]{0,2}[委和与及的])[\u4e00-\u9fff]{2,3}|静安|黄浦|徐汇|长宁|普陀|虹口|杨浦|闵行|宝山|嘉定|浦东新|金山|松江|青浦|奉贤|崇明)(?<![社小园景片街校营])区"
    r"(?!域|块|内|级|委|政府)"
)


# A district named as the owner of its party committee ("静安区委组织部部长", "西城区委副书记"):
# the place the committee governs is named too, though the text says nothing else about it.
# Shanghai's districts by name, elsewhere any two or three characters that start a word.
_SHANGHAI_DISTRICT = (
    r"(?:黄浦|徐汇|长宁|静安|普陀|虹口|杨浦|闵行|宝山|嘉定|浦东新|金山|松江|青浦|奉贤|崇明)区"
)
# What follows a district's name when it owns a committee or heads a title ("X区委常委",
# "X区副区长").
_OWNED = r"(?=委(?:员会)?(?:[\u4e00-\u9fff]{2}部|常委|副?书记)|(?:常务)?副?区长)"
_SHANGHAI_OWNER = re.compile(_SHANGHAI_DISTRICT + _OWNED)
_DISTRICT_OWNER = re.compile(r"[\u4e00-\u9fff]{2,3}?区" + _OWNED)
_DISTRICT_ORGANS = re.compile(r"区(?=人民(?:政府|法院|检察院|医院)|委党校)")
# "X社区委员会", "X园区委员会": places that end in 区 and are no district.
_NOT_DISTRICT = frozenset("社园校景小街辖片营区")


_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
# Any district written right before one of its streets ("顺义区胜利街道"), not only Shanghai's.
_DISTRICT_OF_STREET = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[在由和与及]))(?!上海|北京|天津|重庆)[\u4e00-\u9fff]{2}[区市]"
    r"(?=[\u4e00-\u9fff]{2,4}?(?:街道|镇|街(?![道区头巷坊])))"
)


# Outside Shanghai a residential community is a 社区, named right after its street
# ("九宫庙街道锦霞社区"); 社区 alone is mostly a common noun ("社区治理", "社区卫生服务中心").
_COMMUNITY = re.compile(
    r"(?:(?<=街道)|(?<=镇)|(?<=街)(?!道))([\u4e00-\u9fff]{2,4}?社区)(?!卫生|服务|党|居委|居民委员会|治理|建设)"
)


# A community written between list marks ("、B社区、"), and one whose party body is written.
_LISTED_COMMUNITY = re.compile(
    r"(?<=[与和、])([\u4e00-\u9fff]{2,4}?社区)(?!卫生|服务|党|居委|居民委员会|治理|建设)"
    r"|(?:(?<=[，,：:])|^)([\u4e00-\u9fff]{2,4}?社区)(?=[与和、]|党)(?!卫生|服务|居委|居民委员会|治理|建设)"
)
# (The body's end before 与 is checked apart: a lookbehind first would be tried everywhere.)
_JOINED_COMMUNITY = re.compile(r"与([\u4e00-\u9fff]{2,4}?社区)(?!卫生|服务|党|居委|居民委员会|治理|建设)")
_BODY_END_CHARS = frozenset("委支部道镇司院会校")
_COMMUNITY_PARTY = re.compile(r"(?:(?<=[与和、，,：:])|^)([\u4e00-\u9fff]{2,4}?社区)(?=党(?:委|总支|支部))")


def find_communities(sentence: str) -> list[Mention]:
    if "社区" not in sentence:
        return []
    out = [
        Mention("Area", m[1], m.start(1), m.end(1), {"kind": "residential"}, confidence=0.6)
        for m in _COMMUNITY.finditer(sentence)
        if not is_common_word(m[1][:-2])
    ]
    # "A党总支与后村社区展开共建": a community a body is joined to by 与 is one.
    out += [
        Mention("Area", m[1], m.start(1), m.end(1), {"kind": "residential"}, confidence=0.5)
        for m in _JOINED_COMMUNITY.finditer(sentence)
        if sentence[m.start() - 1 : m.start()] in _BODY_END_CHARS
        and not is_common_word(m[1][:-2])
        and not any(o.start == m.start(1) for o in out)
    ]
    if out or "社区党" in sentence or "社区与" in sentence or "社区和" in sentence:
        # "X街道A社区与B社区", "A社区、B社区、C社区党支部书记": a community joined to one is one too.
        found = {(m.start, m.end) for m in out}
        found |= {(m.start(1), m.end(1)) for m in _COMMUNITY_PARTY.finditer(sentence)}
        candidates = [
            (m.span(1) if m[1] else m.span(2), m[1] or m[2])
            for m in _LISTED_COMMUNITY.finditer(sentence)
            if not is_common_word((m[1] or m[2])[:-2])
        ]
        for (a, _), (b, _) in pairwise(candidates):
            if b[0] == a[1] + 1 and sentence[a[1]] in "与和":
                # "新园社区与盛兴社区共同签署": two communities joined.
                new = [span for span in (a, b) if span not in found]
                found |= {a, b}
                out += [
                    Mention("Area", sentence[x:y], x, y, {"kind": "residential"}, confidence=0.5)
                    for x, y in new
                ]
        grew = True
        while grew:
            grew = False
            starts, ends = {a for a, _ in found}, {b for _, b in found}
            for span, name in candidates:
                if span not in found and (span[0] - 1 in ends or span[1] + 1 in starts):
                    found.add(span)
                    grew = True
                    out.append(Mention("Area", name, *span, {"kind": "residential"}, confidence=0.5))
    return out


def find_districts(sentence: str) -> list[Mention]:
    if "区" not in sentence:
        return []  # most sentences: the pattern's lookbehind is tried at every position
    out = [
        Mention("District", m.group(), m.start(), m.end(), confidence=0.8)
        for m in _DISTRICT.finditer(sentence)
    ]
    if "街" in sentence or "镇" in sentence:
        known = {m.start for m in out}
        out += [
            Mention("District", m.group(), m.start(), m.end(), confidence=0.6)
            for m in _DISTRICT_OF_STREET.finditer(sentence)
            if m.start() not in known
        ]
    if "区人民" in sentence or "区委党校" in sentence:
        # "望城区人民检察院", "中共望城区委党校": the district is named with its organs.
        known = {m.end for m in out}
        for organ in _DISTRICT_ORGANS.finditer(sentence):
            end = organ.start() + 1  # after 区
            # Two characters and 区 ("望城区"), three for a new district ("浦东新区").
            start = end - (4 if sentence[end - 2 : end] == "新区" else 3)
            name = sentence[max(start, 0) : end]
            if end not in known and _CJK_ONLY.fullmatch(name) and name[-2] not in _NOT_DISTRICT:
                out.append(Mention("District", name, start, end, confidence=0.6))
    if "区委" in sentence or "区长" in sentence:
        known = {m.end for m in out}
        owners = [*_SHANGHAI_OWNER.finditer(sentence)]
        owners += [
            m
            for found in _DISTRICT_OWNER.finditer(sentence)
            # "中共武昌区委": the party's 共 is not the district's first character.
            for m in [
                _DISTRICT_OWNER.match(sentence, found.start() + 1)
                if _after_party_prefix(sentence, found)
                else found
            ]
            if m is not None
            and (starts_word(sentence, m.start()) or sentence.endswith("中共", 0, m.start()))
            and m.group()[-2] not in _NOT_DISTRICT
            and not any(o.end() == m.end() for o in owners)
        ]
        out += [
            Mention("District", m.group(), m.start(), m.end(), confidence=0.6)
            for m in owners
            if m.end() not in known
        ]
    return out


def _after_party_prefix(sentence: str, m: re.Match[str]) -> bool:
    return m.group().startswith("共") and sentence[m.start() - 1 : m.start()] == "中"


def find_projects(sentence: str) -> list[Mention]:
    out: list[Mention] = []
    for m in _PROJECT.finditer(sentence):
        kind = m[2]
        name = m[1] + kind if kind in {"项目", "行动"} and not m[1].endswith(kind) else m[1]
        out.append(Mention("Project", name, m.start(), m.end(), aliases=[m.group()], confidence=0.6))
    return out


# District bodies written short at the head of a title or in a list: "区委宣传部副部长",
# "区文明办主任", "区商务委党委副书记", "区总工会、区金融办等".
_DISTRICT_BODY = re.compile(
    r"[区市](?:委[\u4e00-\u9fff]{1,3}?部|[\u4e00-\u9fff]{2,5}[和与][\u4e00-\u9fff]{2,6}?(?:局|委员会|委)"
    r"|[\u4e00-\u9fff]{0,6}?(?:委员会|办|委|局|总工会))"
    r"(?=[\u4e00-\u9fff]{0,4}?(?:书记|主任|部长|局长|处长|科长|主席|委员|会长)|[、，,和与及等]|参加|出席|参与|在内"
    r"|签订|签署|共同|联合|主办|承办)"
)


# Streets written "X街" (广州's 彩虹街, 天津's 越秀街): right after their district, or before the
# street's party working committee, office or one of its communities.
_SHORT_STREET_AFTER_DISTRICT = re.compile(r"[\u4e00-\u9fff]{2,3}?街(?![道区头巷坊])")
_SHORT_STREET_BEFORE = re.compile(r"街(?!道)(?=党工委|办事处|[\u4e00-\u9fff]{2,4}?社区)")


def find_short_streets(sentence: str, districts: list[Mention]) -> list[Mention]:
    if "街" not in sentence:
        return []
    spans = set()
    for d in districts:
        if m := _SHORT_STREET_AFTER_DISTRICT.match(sentence, d.end):
            spans.add(m.span())
    for m in _SHORT_STREET_BEFORE.finditer(sentence):
        for length in (3, 2):
            start = m.start() - length
            head = sentence[start : m.start()]
            if (
                start >= 0
                and all("\u4e00" <= c <= "\u9fff" and c not in STOP_WORDS for c in head)
                and starts_word(sentence, start)
            ):
                spans.add((start, m.end()))
                break
    return [Mention("Street", sentence[a:b], a, b, confidence=0.5) for a, b in sorted(spans)]


# Committees and branches of the democratic parties ("民进鼓楼区基层委员会", "九三学社天津科技大学
# 委员会", "民盟X支部"): units of their own, not of the body their name holds.
_DEMOCRATIC_PARTY_BODY = re.compile(
    r"(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)[^\W与和及、]{0,14}?"
    r"(?:基层委员会|委员会|总支部?|支部|支社|基层组织)"
)


def find_democratic_party_bodies(sentence: str) -> list[Mention]:
    return [
        Mention("Unit", m.group(), m.start(), m.end(), {"kind": "party_organisation"}, confidence=0.6)
        for m in _DEMOCRATIC_PARTY_BODY.finditer(sentence)
    ]


# A district's street, town or party body ("云岭区东湖街道党工委") is not a district body written short.
_PLACE_BODY = re.compile("街道|镇|党|社区|村")


def find_district_bodies(sentence: str, districts: list[Mention]) -> list[Mention]:
    """District bodies written short ("区文明办"), or after their district's name ("云岭区人力资源
    和社会保障局局长", "云岭区国资委、…")."""
    found = [(m, m.start()) for m in _DISTRICT_BODY.finditer(sentence) if starts_word(sentence, m.start())]
    for d in districts:
        m = _DISTRICT_BODY.match(sentence, d.end - 1)
        if m and m.group()[1:] not in ("委", "区委", "市委") and not _PLACE_BODY.search(m.group()):
            found.append((m, d.start))
    return [
        # "区委常委、组织部部长X": 常委 is the title, the body is 区委.
        Mention("Unit", name, start, start + len(name), {"kind": "government"}, confidence=0.6)
        for m, start in found
        if not m.group().endswith("党委")
        for name in [sentence[start : m.end()].removesuffix("常委")]
    ]


# "崇明区委常委、组织部部长姚卫华": the second title is held in the committee's department.
_DEPARTMENT_TITLE = re.compile(
    r"(?<=委)(?:常委|副书记|委员)、((?:组织|宣传|统战|社会工作)部(?=副?部长)|政法委(?=副?书记))"
)


def find_committee_departments(sentence: str, mentions: list[Mention]) -> list[Mention]:
    committees = {m.end: m for m in mentions if m.label == "Unit" and m.name.endswith("委")}
    return [
        Mention(
            "Unit",
            committee.name.removeprefix("中共") + m[1],  # "嘉定区委组织部", not "中共嘉定区委组织部"
            m.start(1),
            m.end(1),
            {"kind": "government"},
            confidence=0.5,
        )
        for m in _DEPARTMENT_TITLE.finditer(sentence)
        if (committee := committees.get(m.start())) is not None
    ]


def starts_word(sentence: str, at: int) -> bool:
    """Whether a name may start at `at`: after punctuation or a function word ("联手区总工会"),
    not inside a longer name ("静安区委")."""
    before = sentence[at - 1] if at else ""
    return (
        not before
        or not "\u4e00" <= before <= "\u9fff"
        or before in STOP_WORDS
        or sentence[at - 2 : at] in STOP_WORDS
    )


def split_list(sentence: str, first: Mention, mentions: list[Mention]) -> list[Mention]:
    """Mentions joined to `first` by 、/和/与/及 — a list like "A、B、C等12家单位"."""
    ordered = sorted((m for m in mentions if m.start >= first.start), key=lambda m: m.start)
    out = [first]
    for m in ordered[1:]:
        gap = sentence[out[-1].end : m.start]
        if gap in {"、", "和", "与", "及", "以及", "，"} and m.start > out[-1].end - 1:
            out.append(m)
        elif m.start >= out[-1].end:
            break
    return out


LIST_END = re.compile(r"^等\s*([\d一二三四五六七八九十百]+)\s*[家个所]")
