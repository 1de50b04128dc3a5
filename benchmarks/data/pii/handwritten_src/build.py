import json
import re
import sys

W = [7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]
def idcheck(s17): return "10X98765432"[sum(int(c)*w for c, w in zip(s17, W)) % 11]
def luhn(prefix):
    total = 0
    for i, c in enumerate(reversed(prefix)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        total += d
    return str((10 - total % 10) % 10)
CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
UW = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
def orgcheck(s8):
    ow = [3,7,9,10,5,8,4,2]
    v = lambda c: int(c) if c.isdigit() else ord(c) - 55
    r = 11 - sum(v(c)*w for c, w in zip(s8, ow)) % 11
    return {10: "X", 11: "0"}.get(r, str(r))
def uscc(s16):
    s17 = s16 + orgcheck(s16[8:16])
    r = 31 - sum(CS.index(c)*w for c, w in zip(s17, UW)) % 31
    return s17 + CS[0 if r == 31 else r]
def hk(s7):
    v = lambda c: ord(c) - 55
    total = 9*36 + 8*v(s7[0]) + sum(int(c)*w for c, w in zip(s7[1:], [7,6,5,4,3,2]))
    r = 11 - total % 11
    return f"{s7}({ {10: 'A', 11: '0'}.get(r, str(r)) })"
def bad(good, i):  # change the check character
    last = good[i]
    alts = "0123456789"
    return good[:i] + alts[(alts.index(last) + 3) % 10 if last in alts else 1] + good[i+1:]
FN = {
    "id": (lambda s: s + idcheck(s), "CN_ID_CARD"),
    "idx": (lambda s: bad(s + idcheck(s), 17), None),
    "card": (lambda s: s + luhn(s), "CN_BANK_CARD"),
    "cardx": (lambda s: bad(s + luhn(s), len(s)), None),
    "uscc": (lambda s: uscc(s), "CN_USCC"),
    "usccx": (lambda s: uscc(s)[:17] + ("1" if uscc(s)[17] != "1" else "2"), None),
    "hk": (lambda s: hk(s), "HK_ID_CARD"),
    "cards": (lambda s: " ".join(re.findall(".{1,4}", s + luhn(s))), "CN_BANK_CARD"),
    "ids": (lambda s: (lambda v: v[:6] + " " + v[6:14] + " " + v[14:])(s + idcheck(s)), "CN_ID_CARD"),
    "hkx": (lambda s: hk(s)[:-2] + ("3" if hk(s)[-2] != "3" else "4") + ")", None),
}
T = {"P": "PERSON", "A": "CN_ADDRESS", "M": "CN_MOBILE_PHONE", "L": "CN_LANDLINE_PHONE", "E": "EMAIL_ADDRESS",
     "PL": "CN_LICENSE_PLATE", "PP": "CN_PASSPORT", "HF": "CN_HOUSING_FUND", "TP": "CN_TRAVEL_PERMIT",
     "IP": "IP_ADDRESS", "SS": "CN_SOCIAL_SECURITY", "HK": "HK_ID_CARD"}
TOKEN = re.compile(r"\[\[(\w+)\|(.+?)\]\]|\{(\w+):(\w+)\}")
rows = []
for n, line in enumerate((l for f in sys.argv[1:] for l in open(f, encoding="utf-8").read().splitlines() if l.strip()), 1):
    out, spans, pos = [], [], 0
    for m in TOKEN.finditer(line):
        out.append(line[pos:m.start()]); pos = m.end()
        cur = sum(map(len, out))
        if m.group(1):
            typ, val = T[m.group(1)], m.group(2)
        else:
            f, typ = FN[m.group(3)]
            val = f(m.group(4))
        out.append(val)
        if typ:
            spans.append({"type": typ, "start": cur, "end": cur + len(val)})
    out.append(line[pos:])
    text = "".join(out)
    assert "[[" not in text and "{" not in text, text
    rows.append({"id": f"hw{n:03d}", "text": text, "spans": spans})
for r in rows:
    print(json.dumps(r, ensure_ascii=False))
