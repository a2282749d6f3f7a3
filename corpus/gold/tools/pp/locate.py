#!/usr/bin/env python3
"""Gold-annotation helper for PLACE/PROGRAM (goldpp).

Finds a mention's ORIGINAL [start, end) given its surface with whitespace removed, allowing any
whitespace (PDF spaces, line breaks) between its characters, selected by occurrence index or by a
context string.  Offsets are Java char (UTF-16) offsets; the corpus pages contain no astral
characters, which build() asserts, so Python indices are equal to them.

Annotation file (one mention rule per line, TAB separated, '#' comments):
    surface  selector  TYPE  name  level-or-kind  path
  selector: '*'      every occurrence not already covered by a longer mention of the same key
            '#3'     the 3rd occurrence (1-based) of surface in the compact text
            '@ctx'   surface inside the first occurrence of ctx;  '@ctx#2' second; '@ctx*' all
  TYPE: PLACE | PROGRAM | SKIP.  For SKIP, 'name' is the key it blocks (a PlaceLevel-independent
        'PLACE' or a program kind such as INITIATIVE): the selected occurrences are claimed and
        produce no entity (used for e.g. 乡村振兴 inside 乡村振兴局).
  path: '/'-separated names (PLACE only), '-' for [].
Explicit selectors are applied before '*' rules; '*' rules run longest surface first.
Two entities with the same key (PLACE, or PROGRAM+kind) never overlap; different kinds may.

Usage: locate.py PAGE.txt ANN.tsv OUT.json [--review]
       locate.py --find PAGE.txt SURFACE [SELECTOR]     (prints start end original-slice)
"""
import json
import re
import sys


def compact(original):
    """Compact text (whitespace removed) and, per compact char, its index in original."""
    pos = [i for i, c in enumerate(original) if not c.isspace()]
    return ''.join(original[i] for i in pos), pos


def find_all(original, surface):
    """All original (start, end) spans whose non-whitespace chars spell surface."""
    pattern = r'\s*'.join(re.escape(c) for c in surface)
    return [(m.start(), m.end()) for m in re.finditer(pattern, original)]


def span(original, surface, occurrence=1, context=None, context_occurrence=1):
    """Original (start, end) of surface: its n-th occurrence, or its first occurrence inside
    the n-th occurrence of context."""
    comp, pos = compact(original)
    surface = re.sub(r'\s+', '', surface)
    if context is None:
        hits = [m.start() for m in re.finditer(re.escape(surface), comp)]
        ci = hits[occurrence - 1]
    else:
        context = re.sub(r'\s+', '', context)
        ctx_hits = [m.start() for m in re.finditer(re.escape(context), comp)]
        c0 = ctx_hits[context_occurrence - 1]
        ci = c0 + context.index(surface)
    return pos[ci], pos[ci + len(surface) - 1] + 1


def _select(comp, surface, sel):
    def occ(s):
        return [m.start() for m in re.finditer(re.escape(s), comp)]
    if sel == '*':
        return occ(surface)
    if sel.startswith('#'):
        hits = occ(surface)
        n = int(sel[1:])
        if n > len(hits):
            raise ValueError('%s: only %d occurrences' % (surface, len(hits)))
        return [hits[n - 1]]
    if sel.startswith('@'):
        ctx, every, n = sel[1:], False, 1
        if ctx.endswith('*'):
            ctx, every = ctx[:-1], True
        else:
            m = re.match(r'^(.*)#(\d+)$', ctx)
            if m:
                ctx, n = m.group(1), int(m.group(2))
        if surface not in ctx:
            raise ValueError('surface %s not in context %s' % (surface, ctx))
        hits = occ(ctx)
        if not hits:
            raise ValueError('context not found: ' + ctx)
        off = ctx.index(surface)
        if every:
            return [h + off for h in hits]
        if n > len(hits):
            raise ValueError('%s: only %d occurrences of context' % (ctx, len(hits)))
        return [hits[n - 1] + off]
    raise ValueError('bad selector ' + sel)


def build(original, rules, source):
    assert not any(ord(c) > 0xFFFF for c in original), 'astral chars: offsets would differ from Java'
    comp, pos = compact(original)
    claimed = {}  # key -> list of (cs, ce)
    ents = []

    def free(key, cs, ce):
        return all(ce <= a or cs >= b for a, b in claimed.get(key, []))

    order = [r for r in rules if r[2] == 'SKIP'] + [r for r in rules if r[2] != 'SKIP' and r[1] != '*'] \
        + sorted([r for r in rules if r[2] != 'SKIP' and r[1] == '*'], key=lambda r: -len(r[0]))
    for surface, sel, typ, name, lk, path in order:
        key = name if typ == 'SKIP' else ('PLACE' if typ == 'PLACE' else 'PROGRAM/' + lk)
        for cs in _select(comp, surface, sel):
            ce = cs + len(surface)
            if not free(key, cs, ce):
                if sel == '*':
                    continue
                raise ValueError('overlap for explicit rule %s %s' % (surface, sel))
            claimed.setdefault(key, []).append((cs, ce))
            if typ == 'SKIP':
                continue
            e = {'type': typ, 'text': surface, 'start': pos[cs], 'end': pos[ce - 1] + 1, 'name': name}
            if typ == 'PLACE':
                e['level'] = lk
                e['path'] = [] if path == '-' else path.split('/')
            else:
                e['kind'] = lk
            ents.append(e)
    ents.sort(key=lambda e: (e['start'], -e['end'], e['type']))
    verify(original, ents)
    return {'source': source, 'entities': ents}


def verify(original, ents):
    for e in ents:
        got = re.sub(r'\s+', '', original[e['start']:e['end']])
        assert got == e['text'], (e, got)
        assert not original[e['start']].isspace() and not original[e['end'] - 1].isspace(), e
        if e['type'] == 'PLACE':
            assert e['path'] == [] or e['path'][-1] == e['name'], e
    keys = {}
    for e in ents:
        k = (e['type'], e.get('kind'))
        for s, t in keys.get(k, []):
            assert e['end'] <= s or e['start'] >= t, ('same-key overlap', e)
        keys.setdefault(k, []).append((e['start'], e['end']))


def read_rules(path):
    rules = []
    for ln, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.lstrip().startswith('#'):
            continue
        f = line.split('\t')
        f += [''] * (6 - len(f))
        if f[2] not in ('PLACE', 'PROGRAM', 'SKIP'):
            raise ValueError('line %d: bad type %r' % (ln, f[2]))
        rules.append(tuple(f[:6]))
    return rules


def main(argv):
    if argv[1] == '--find':
        original = open(argv[2], encoding='utf-8').read()
        comp, pos = compact(original)
        surface = re.sub(r'\s+', '', argv[3])
        for cs in _select(comp, surface, argv[4] if len(argv) > 4 else '*'):
            s, e = pos[cs], pos[cs + len(surface) - 1] + 1
            print(s, e, repr(original[s:e]))
        return
    page, ann, out = argv[1:4]
    original = open(page, encoding='utf-8').read()
    doc = build(original, read_rules(ann), page.rsplit('/', 1)[-1])
    with open(out, 'w', encoding='utf-8') as fh:
        fh.write('{"source": %s, "annotates": ["PLACE", "PROGRAM"], "entities": [\n'
                 % json.dumps(doc['source'], ensure_ascii=False))
        fh.write(',\n'.join('  ' + json.dumps(e, ensure_ascii=False) for e in doc['entities']))
        fh.write('\n]}\n')
    if '--review' in argv:
        comp, pos = compact(original)
        inv = {p: i for i, p in enumerate(pos)}
        for e in doc['entities']:
            cs = inv[e['start']]
            ce = inv[e['end'] - 1] + 1
            print('%5d %-8s %-14s %-12s %-24s ...%s[%s]%s...' % (
                e['start'], e['type'], e.get('level', e.get('kind')), e['text'], e['name'],
                comp[max(0, cs - 8):cs], comp[cs:ce], comp[ce:ce + 8]))
    counts = {}
    for e in doc['entities']:
        k = e['type'] + '/' + e.get('level', e.get('kind'))
        counts[k] = counts.get(k, 0) + 1
    print(doc['source'], len(doc['entities']), dict(sorted(counts.items())))


if __name__ == '__main__':
    main(sys.argv)
