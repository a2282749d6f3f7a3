#!/usr/bin/env python3
"""Verify gold files: every span's original text (whitespace removed, full-width folded) equals
`text`, entities sorted, required fields present, and -- as an independent second reading -- the
hand-typed value/min/max/qualifier agree with a re-parse of the surface text.

    python3 corpus/gold/tools/check_gold.py corpus/gold/*.json corpus/heldout/gold/*.json
Exit status 1 on any error.
"""
import re
import sys
import os
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldspan import check  # noqa: E402

CN_DIGIT = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7,
            '八': 8, '九': 9}
CN_UNIT = {'十': 10, '百': 100, '千': 1000}
PREFIX = [('将近', 'APPROX'), ('接近', 'APPROX'), ('近', 'APPROX'), ('约', 'APPROX'),
          ('超过', 'OVER'), ('超', 'OVER'), ('逾', 'OVER'), ('突破', 'OVER'), ('不低于', 'OVER'),
          ('不少于', 'OVER'), ('不足', 'UNDER'), ('不到', 'UNDER'), ('不超过', 'UNDER')]
SUFFIX = [('以上', 'OVER'), ('以下', 'UNDER'), ('左右', 'APPROX')]
MULT = [('万亿', Decimal('1e12')), ('千万', Decimal('1e7')), ('百万', Decimal('1e6')),
        ('亿', Decimal('1e8')), ('万', Decimal('1e4')), ('千', Decimal('1e3'))]


def cn_int(s):
    """Chinese numeral below 10000 (十五, 一千二百, 三百零五)."""
    total, cur = 0, None
    for ch in s:
        if ch in CN_DIGIT:
            cur = CN_DIGIT[ch]
        elif ch in CN_UNIT:
            total += (1 if cur is None else cur) * CN_UNIT[ch]
            cur = None
        else:
            raise ValueError(s)
    return Decimal(total + (cur or 0))


def number(s):
    """'187208.13万' / '1,200' / '一千二百万' / '1.2万亿' / '三点五' -> Decimal."""
    s = s.replace(',', '')
    mult = Decimal(1)
    changed = True
    while changed:            # peel multipliers from the right: 1.2万亿, 5千万
        changed = False
        for m, v in MULT:
            if s.endswith(m) and len(s) > len(m):
                head = s[:-len(m)]
                # 百万/千万/千 are multipliers only after Arabic digits (5千万元); after Chinese
                # digits they belong to the numeral (一千二百万元 = 1200 x 万)
                if re.fullmatch(r'[0-9.]+', head) or m in ('万亿', '亿', '万'):
                    s, mult = head, mult * v
                    changed = True
                    break
    if re.fullmatch(r'[0-9]+(\.[0-9]+)?', s):
        return Decimal(s) * mult
    if '点' in s:
        i, f = s.split('点')
        frac = ''.join(str(CN_DIGIT[c]) for c in f)
        return (cn_int(i) + Decimal('0.' + frac)) * mult
    return cn_int(s) * mult


def strip_q(s):
    q = 'EXACT'
    for p, pq in PREFIX:
        if s.startswith(p):
            s, q = s[len(p):], pq
            break
    for p, pq in SUFFIX:
        if s.endswith(p):
            s, q = s[:-len(p)], pq
            break
    return s, q


def reparse(e):
    """Return (value, min, max, qualifier, extra) from the surface, or raise."""
    s, q = strip_q(e['text'])
    extra = {}
    if e['type'] == 'PERCENT':
        unit = 'PERCENT'
        if s.endswith('个百分点'):
            s, unit = s[:-4], 'POINTS'
        elif s.endswith('百分点'):
            s, unit = s[:-3], 'POINTS'
        extra['unit'] = unit
        parts = re.split(r'至|到|-|—|~|～', s)
        vals = []
        for p in parts:
            if p.endswith('%'):
                p = p[:-1]
            if p.startswith('百分之'):
                v = number(p[3:])
            elif p.startswith('千分之'):
                v = number(p[3:]) / 10
            elif p.endswith('成半'):
                v = number(p[:-2]) * 10 + 5
            elif p.endswith('成'):
                v = number(p[:-1]) * 10
            else:
                if p.endswith('多') or p.endswith('余'):
                    p, q = p[:-1], 'OVER'
                v = number(p)
            vals.append(v)
    else:
        cur = 'CNY'
        for w, c in (('美元', 'USD'), ('欧元', 'EUR'), ('港元', 'HKD'), ('港币', 'HKD')):
            if w in s:
                s, cur = s.replace(w, '元'), c
        extra['currency'] = cur
        parts = re.split(r'至|到|-|—|~|～', s)
        vals = []
        for i, p in enumerate(parts):
            scale = Decimal(1)
            if p.endswith('元'):
                p = p[:-1]
            elif p.endswith('角'):
                p, scale = p[:-1], Decimal('0.1')
            elif p.endswith('分'):
                p, scale = p[:-1], Decimal('0.01')
            for marker in ('余', '多'):
                # 3800余万, 2万余, 100多万: the number is a lower bound
                if marker in p:
                    p, q = p.replace(marker, ''), 'OVER'
            vals.append(number(p) * scale)
        # a range/list member without its own multiplier shares the last one (3000万至5000万元 is explicit)
    if len(vals) == 1:
        return vals[0], None, None, q, extra
    return min(vals), min(vals), max(vals), q, extra


def main(paths):
    bad = 0
    for g in paths:
        gold, errors = check(g)
        counts = {}
        for e in gold['entities']:
            counts[e['type']] = counts.get(e['type'], 0) + 1
            if e['type'] not in ('MONEY', 'PERCENT'):
                continue
            try:
                v, mn, mx, q, extra = reparse(e)
            except Exception as ex:  # noqa: BLE001
                errors.append('cannot re-parse %r (%s): check by hand' % (e['text'], ex))
                continue
            if Decimal(str(e['value'])) != v:
                errors.append('%r value %s, re-parse gives %s' % (e['text'], e['value'], v))
            if mn is not None and (Decimal(str(e.get('min'))) != mn or Decimal(str(e.get('max'))) != mx):
                errors.append('%r min/max %s/%s, re-parse gives %s/%s'
                              % (e['text'], e.get('min'), e.get('max'), mn, mx))
            if mn is None and 'min' in e:
                errors.append('%r has min/max but is not a range' % e['text'])
            if e['qualifier'] != q:
                errors.append('%r qualifier %s, re-parse gives %s' % (e['text'], e['qualifier'], q))
            for k, val in extra.items():
                if e.get(k) != val:
                    errors.append('%r %s %s, re-parse gives %s' % (e['text'], k, e.get(k), val))
        print('%s: %s %s' % (os.path.relpath(g), dict(sorted(counts.items())),
                             'OK' if not errors else '%d ERRORS' % len(errors)))
        for err in errors:
            print('  ' + err)
        bad += len(errors)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
