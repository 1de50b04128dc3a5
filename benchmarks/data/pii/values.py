"""Random but valid-format personal values for the synthetic PII set (seeded ``random.Random``).

Written for this project. The generator deliberately uses its own surname, given-name,
place and road lists (overlapping only partly with the filter's lexicon) so that the
benchmark also measures generalisation. All values are synthetic; any resemblance to a
real person's data is chance.
"""

from __future__ import annotations

import datetime
import random
import string

__all__ = ["Values"]

SURNAMES = ("王" * 9 + "李" * 9 + "张" * 8 + "刘" * 7 + "陈" * 7 + "杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
COMPOUND = ("欧阳", "上官", "司马", "诸葛", "东方", "皇甫", "慕容", "令狐", "司徒", "夏侯")
GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国文斌宇浩凯健俊帆帅旭宁龙林欣晨婷雪琳晶颖慧佳倩梅琴云莉博子涵轩梓睿怡雨泽思嘉一诺然"
         "海波峰亮飞志伟春燕秋菊冬梅金凤翠兰淑珍德福永安振兴家豪梦琪诗雅紫萱语桐若曦浩然子墨宇航昊天俊熙晓东晓明立新卫东建军建华国强国平小红小兰丹丹婷婷")
EN_FIRST = ("John", "Mary", "James", "Linda", "Robert", "Patricia", "Michael", "Jennifer", "David", "Elizabeth", "William", "Susan", "Richard", "Karen", "Thomas", "Emily", "Daniel", "Olivia", "Kevin", "Sophia")
EN_LAST = ("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Moore", "Martin", "Lee", "Walker", "Hall", "Young", "King", "Wright", "Chen", "Wong")

PROVINCE_CODES = ("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65")
MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "147", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199")
AREA_CODES = ("010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0755", "0769", "0757", "0571", "0731", "0591", "0351", "0471", "0531", "0371", "0898", "0851", "0871", "0931", "0991", "0760", "0754")
PLATE_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
USCC_ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"

# (province, city, districts) — some cities/districts are absent from the filter's gazetteer
PLACES = (
    ("广东省", "深圳市", ("福田区", "罗湖区", "南山区", "宝安区", "龙岗区", "龙华区", "坪山区", "光明区")),
    ("广东省", "广州市", ("天河区", "越秀区", "海珠区", "白云区", "番禺区")),
    ("广东省", "韶关市", ("浈江区", "武江区", "曲江区")),
    ("广东省", "佛山市", ("禅城区", "南海区", "顺德区")),
    ("江西省", "赣州市", ("章贡区", "南康区")),
    ("湖南省", "长沙市", ("岳麓区", "芙蓉区", "开福区")),
    ("四川省", "成都市", ("武侯区", "锦江区", "青羊区", "双流区")),
    ("浙江省", "杭州市", ("西湖区", "拱墅区", "余杭区")),
    ("江苏省", "南京市", ("鼓楼区", "玄武区", "江宁区")),
    ("湖北省", "武汉市", ("江汉区", "武昌区", "洪山区")),
    ("山东省", "潍坊市", ("奎文区", "潍城区")),
    ("河南省", "周口市", ("川汇区",)),
    ("", "北京市", ("朝阳区", "海淀区", "东城区", "丰台区")),
    ("", "上海市", ("浦东新区", "徐汇区", "静安区", "闵行区")),
)
STREETS = ("园岭街道", "莲花街道", "梅林街道", "香蜜湖街道", "华强北街道", "新安街道", "粤海街道", "五里墩街道", "城关镇", "西乡街道")
ROAD_STEMS = ("深南", "福华", "红荔", "莲花", "北环", "滨河", "彩田", "益田", "金田", "新洲", "景田", "香梅", "侨香", "农林", "车公庙", "华富", "上步", "八卦", "人民", "解放", "中山", "建设", "和平", "胜利", "文化", "青年", "东风", "迎宾", "长江", "黄河", "学府", "科技", "创业", "工业", "紫荆", "凤凰", "桃园", "石榴", "望海", "丽水")
ROAD_SUFFIX = ("路", "路", "路", "大道", "街", "东路", "西路", "中路", "南路", "北路", "一路", "二路", "三路")
ESTATES = ("梅林一村", "碧海花园", "景田小区", "香蜜湖名苑", "莲花北村", "福田新村", "锦绣家园", "阳光花园", "翠海花园", "华侨城", "万科城", "世纪公寓", "金地名居", "皇岗花园", "益田村", "东海花园", "海天大厦", "卓越大厦", "时代广场", "科技园宿舍")
EN_DOMAINS = ("qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "sz.gov.cn", "futian.gov.cn", "example.com", "sina.com", "foxmail.com")
PINYIN = ("zhangwei", "wangfang", "lina", "liuyang", "chenjing", "yangmin", "huanglei", "zhaojun", "wuqiang", "zhouxia", "xutao", "sunli", "mahui", "zhuyan", "hujie", "guoping")


class Values:
    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def digits(self, n: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(n))

    # ---- checksummed identifiers --------------------------------------------------
    def birth(self, lo: int = 1940, hi: int = 2012) -> datetime.date:
        return datetime.date(lo, 1, 1) + datetime.timedelta(days=self.r.randrange((datetime.date(hi, 12, 31) - datetime.date(lo, 1, 1)).days))

    def id18(self, valid: bool = True) -> str:
        region = self.r.choice(PROVINCE_CODES) + f"{self.r.randint(1, 30):02d}{self.r.randint(1, 40):02d}"
        body = region + self.birth().strftime("%Y%m%d") + self.digits(3)
        w = [pow(2, 17 - i, 11) for i in range(17)]
        check = "10X98765432"[sum(int(c) * k for c, k in zip(body, w)) % 11]
        if not valid:
            check = self.r.choice([c for c in "0123456789X" if c != check])
        out = body + check
        return out.lower() if out.endswith("X") and self.r.random() < 0.2 else out

    def id15(self) -> str:
        region = self.r.choice(PROVINCE_CODES) + f"{self.r.randint(1, 30):02d}{self.r.randint(1, 40):02d}"
        return region + self.birth(1930, 1984).strftime("%y%m%d") + self.digits(3)

    def luhn_complete(self, partial: str) -> str:
        total = 0
        for i, c in enumerate(reversed(partial)):
            d = int(c)
            if i % 2 == 0:
                d = d * 2 - 9 if d > 4 else d * 2
            total += d
        return partial + str((10 - total % 10) % 10)

    def bank_card(self, valid: bool = True, prefix: str = "62") -> str:
        n = self.r.choice((16, 19, 19, 16, 17, 18))
        num = self.luhn_complete(prefix + self.digits(n - len(prefix) - 1))
        if not valid:
            num = num[:-1] + str((int(num[-1]) + self.r.randint(1, 9)) % 10)
        if self.r.random() < 0.4:
            sep = self.r.choice((" ", "-", " "))
            num = sep.join(num[i:i + 4] for i in range(0, len(num), 4))
        return num

    def uscc(self, valid: bool = True) -> str:
        body = self.r.choice("159Y") + self.r.choice("1239") + self.r.choice(PROVINCE_CODES) + self.digits(4)
        body += "".join(self.r.choice(USCC_ALPHA) for _ in range(9))
        total = sum(USCC_ALPHA.index(c) * pow(3, i, 31) for i, c in enumerate(body))
        check = USCC_ALPHA[(31 - total % 31) % 31]
        if not valid:
            check = self.r.choice([c for c in USCC_ALPHA if c != check])
        return body + check

    def hkid(self, valid: bool = True) -> str:
        letters = self.r.choice(string.ascii_uppercase) if self.r.random() < 0.85 else "".join(self.r.choices(string.ascii_uppercase, k=2))
        digs = self.digits(6)
        body = (letters + digs).rjust(8)
        vals = [36 if c == " " else (ord(c) - 55 if c.isalpha() else int(c)) for c in body]
        r = (11 - sum(v * w for v, w in zip(vals, range(9, 1, -1))) % 11) % 11
        check = "A" if r == 10 else str(r)
        if not valid:
            check = self.r.choice([c for c in "0123456789A" if c != check])
        return f"{letters}{digs}({check})" if self.r.random() < 0.8 else f"{letters}{digs}{check}"

    # ---- other identifiers --------------------------------------------------------
    def mobile(self) -> str:
        num = self.r.choice(MOBILE_PREFIXES) + self.digits(8)
        style = self.r.random()
        if style < 0.55:
            return num
        if style < 0.7:
            return f"{num[:3]} {num[3:7]} {num[7:]}"
        if style < 0.8:
            return f"{num[:3]}-{num[3:7]}-{num[7:]}"
        if style < 0.9:
            return f"+86 {num}"
        return f"+86{num}"

    def landline(self) -> str:
        area = self.r.choice(AREA_CODES)
        local = str(self.r.randint(2, 8)) + self.digits(7 if len(area) == 3 or self.r.random() < 0.7 else 6)
        style = self.r.random()
        if style < 0.6:
            return f"{area}-{local}"
        if style < 0.75:
            return f"({area}){local}"
        if style < 0.85:
            return f"{area} {local}"
        if style < 0.93:
            return f"{area}-{local}-{self.r.randint(100, 9999)}"
        return area + local

    def passport(self) -> str:
        k = self.r.random()
        if k < 0.5:
            return "E" + self.digits(8)
        if k < 0.8:
            return "E" + self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.digits(7)
        return "G" + self.digits(8)

    def travel_permit(self) -> tuple[str, str]:
        k = self.r.random()
        if k < 0.35:
            return "往来港澳通行证", "C" + self.digits(8)
        if k < 0.55:
            return "港澳通行证", "C" + self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.digits(7)
        if k < 0.8:
            return "回乡证", self.r.choice("HM") + self.digits(8)
        return "台湾通行证", "L" + self.digits(8)

    def plate(self) -> str:
        prov = self.r.choice(PLATE_PROV)
        letter = self.r.choice(PLATE_LETTERS)
        k = self.r.random()
        if k < 0.3:
            tail = self.r.choice("DF") + self.r.choice(PLATE_LETTERS + "0123456789") + self.digits(4)
        elif k < 0.4:
            tail = self.digits(5) + self.r.choice("DF")
        else:
            chars = [self.r.choice("0123456789") for _ in range(5)]
            for _ in range(self.r.randint(0, 2)):
                chars[self.r.randrange(5)] = self.r.choice(PLATE_LETTERS)
            if sum(c.isdigit() for c in chars) < 2:
                chars[-1], chars[-2] = self.digits(1), self.digits(1)
            tail = "".join(chars)
        return prov + letter + ("·" if self.r.random() < 0.15 else "") + tail

    def email(self) -> str:
        user = self.r.choice(PINYIN) + (self.digits(self.r.randint(0, 4)) if self.r.random() < 0.6 else "")
        if self.r.random() < 0.2:
            user = self.digits(self.r.randint(6, 10))
        return f"{user}@{self.r.choice(EN_DOMAINS)}"

    def ipv4(self) -> str:
        k = self.r.random()
        if k < 0.4:
            return f"192.168.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        if k < 0.6:
            return f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        return ".".join(str(self.r.randint(1, 223)) for _ in range(4))

    def ipv6(self) -> str:
        groups = [f"{self.r.randint(0, 65535):x}" for _ in range(8)]
        if self.r.random() < 0.5:
            return "2001:db8::" + groups[0]
        return ":".join(groups)

    def credit_card(self) -> str:
        prefix = self.r.choice(("4", "51", "53", "55"))
        num = self.luhn_complete(prefix + self.digits(15 - len(prefix)))
        return num if self.r.random() < 0.5 else " ".join(num[i:i + 4] for i in range(0, 16, 4))

    def iban(self) -> str:
        country, bban = self.r.choice((("DE", lambda: self.digits(18)), ("GB", lambda: "WEST" + self.digits(14)), ("FR", lambda: self.digits(23))))
        b = bban()
        rearr = b + country + "00"
        num = int("".join(str(int(c, 36)) for c in rearr))
        check = 98 - num % 97
        return f"{country}{check:02d}{b}"

    def ssn(self) -> str:
        return f"{self.r.randint(100, 665):03d}-{self.r.randint(10, 99):02d}-{self.r.randint(1000, 9999):04d}"

    def us_phone(self) -> str:
        a = self.r.choice((212, 213, 312, 415, 617, 646, 202, 305, 206, 512, 718, 404, 702, 303))
        b, c = self.r.randint(230, 989), self.digits(4)
        return self.r.choice((f"+1 {a}-{b}-{c}", f"({a}) {b}-{c}", f"+1 ({a}) {b}-{c}", f"+44 20 7{self.digits(3)} {self.digits(4)}"))

    # ---- names and addresses ------------------------------------------------------
    def cn_name(self) -> str:
        sur = self.r.choice(COMPOUND) if self.r.random() < 0.03 else self.r.choice(SURNAMES)
        n = 1 if self.r.random() < 0.3 else 2
        return sur + "".join(self.r.choice(GIVEN) for _ in range(n))

    def en_name(self) -> str:
        return f"{self.r.choice(EN_FIRST)} {self.r.choice(EN_LAST)}"

    def road(self) -> str:
        return self.r.choice(ROAD_STEMS) + self.r.choice(ROAD_SUFFIX)

    def address(self) -> str:
        prov, city, dists = self.r.choice(PLACES)
        dist = self.r.choice(dists)
        num = f"{self.r.randint(1, 3999)}号"
        bldg = f"{self.r.randint(1, 30)}{self.r.choice(('栋', '栋', '幢', '号楼'))}"
        unit = f"{self.r.randint(1, 6)}单元" if self.r.random() < 0.3 else ""
        room = f"{self.r.randint(1, 33)}{self.r.randint(1, 12):02d}{self.r.choice(('室', '室', '房', ''))}"
        k = self.r.random()
        if k < 0.2:
            return prov + city + dist + self.road() + num + self.r.choice(ESTATES) + bldg + unit + room
        if k < 0.35:
            return city + dist + self.road() + num
        if k < 0.5:
            return dist + self.r.choice(STREETS) + self.r.choice(ESTATES) + bldg + room
        if k < 0.65:
            return self.road() + num
        if k < 0.8:
            return self.r.choice(ESTATES) + bldg + unit + room
        if k < 0.9:
            return dist + self.road() + num + self.r.choice(ESTATES) + bldg + room
        return city + self.road() + num + f"{self.r.choice('ABCD')}座{self.r.randint(3, 40)}{self.r.randint(1, 20):02d}室"
