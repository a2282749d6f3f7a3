#!/usr/bin/env python3
"""Review aid: list every number-like token on a page that no gold MONEY/PERCENT span covers,
with context, so the annotator can confirm each omission by reading it (counts, years, ...)."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldspan import Page

NUM = re.compile(r'[0-9][0-9.,]*|[零〇一二两三四五六七八九十百千万亿]{1,}(?=[成%元万亿]|个百分点)|百分之|千分之|[一二两三四五六七八九]成')

def main(gold_path, page_path):
    page = Page(page_path)
    gold = json.load(open(gold_path, encoding='utf-8'))
    covered = set()
    for e in gold['entities']:
        if e['type'] in ('MONEY', 'PERCENT'):
            covered.update(range(e['start'], e['end']))
    for m in NUM.finditer(page.norm):
        o = page.pos[m.start()]
        if o in covered:
            continue
        print('%6d  %s[%s]%s' % (o, page.norm[max(0, m.start()-12):m.start()], m.group(),
                                 page.norm[m.end():m.end()+8]))

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
