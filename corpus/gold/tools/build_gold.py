#!/usr/bin/env python3
"""Build corpus/gold/<page>.json (and heldout gold) from annotations.py, then verify.

    python3 corpus/gold/tools/build_gold.py            # all pages in annotations.PAGES
"""
import json
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldspan import Page, surface  # noqa: E402
import annotations  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(os.path.dirname(HERE))


def num(s):
    d = Decimal(s)
    if d == d.to_integral_value():
        return int(d)
    return float(s)   # repr of a float parsed from a short decimal string is that string


def build(page_path, entries):
    page = Page(page_path)
    out = []
    for a in entries:
        w = a['where']
        if isinstance(w, int):
            start, end = page.locate(a['text'], occ=w)
        else:
            start, end = page.locate(a['text'], ctx=w)
        if surface(a['text']) != a['text']:
            raise ValueError('text must be given normalized: %r' % a['text'])
        e = {'type': a['type'], 'text': a['text'], 'start': start, 'end': end, 'value': num(a['value'])}
        if a['type'] == 'MONEY':
            e['currency'] = a['currency']
        else:
            e['unit'] = a['unit']
        e['qualifier'] = a['qualifier']
        if a['min'] is not None:
            e['min'] = num(a['min'])
            e['max'] = num(a['max'])
        out.append(e)
    out.sort(key=lambda e: (e['start'], e['end']))
    for x, y in zip(out, out[1:]):
        if x['start'] == y['start'] and x['end'] == y['end']:
            raise ValueError('duplicate annotation %r at %d' % (x['text'], x['start']))
    return out


def write(gold_path, source, entities):
    os.makedirs(os.path.dirname(gold_path), exist_ok=True)
    doc = {'source': source, 'annotates': ['MONEY', 'PERCENT'], 'entities': entities, 'checks': []}
    with open(gold_path, 'w', encoding='utf-8') as f:
        f.write('{"source": %s, "annotates": ["MONEY", "PERCENT"], "entities": [\n'
                % json.dumps(source, ensure_ascii=False))
        f.write(',\n'.join('  ' + json.dumps(e, ensure_ascii=False) for e in entities))
        f.write('\n], "checks": []}\n')
    # round-trip: what we wrote parses to what we meant
    with open(gold_path, encoding='utf-8') as f:
        assert json.load(f) == doc


def main():
    jobs = []
    for base, entries in annotations.PAGES.items():
        jobs.append((os.path.join(CORPUS, base + '.txt'), os.path.join(CORPUS, 'gold', base + '.json'),
                     base + '.txt', entries))
    for base, entries in getattr(annotations, 'HELDOUT', {}).items():
        jobs.append((os.path.join(CORPUS, 'heldout', base + '.txt'),
                     os.path.join(CORPUS, 'heldout', 'gold', base + '.json'), base + '.txt', entries))
    for page_path, gold_path, source, entries in jobs:
        ents = build(page_path, entries)
        write(gold_path, source, ents)
        print('wrote %s (%d entities)' % (os.path.relpath(gold_path, CORPUS), len(ents)))


if __name__ == '__main__':
    main()
