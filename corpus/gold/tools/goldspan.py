#!/usr/bin/env python3
"""Locate hand-annotated mentions in an ORIGINAL (PDF-extracted) page and build/verify gold files.

Offsets are Java char offsets (UTF-16 code units) into the original file, end exclusive.
The "surface" of a span is its text with all whitespace removed and full-width ASCII forms
(U+FF01..U+FF5E, e.g. digits and ％) folded to ASCII.

Usage as a library:
    page = Page(path)
    start, end = page.locate("187208.13万元", ctx="总投资187208.13万元")   # or occ=2
Command line:
    goldspan.py find PAGE SURFACE [CONTEXT|OCC]   print start/end of a mention
    goldspan.py check GOLD.json [PAGE]             verify every entity of a gold file
"""
import json
import os
import sys


def fold(ch):
    o = ord(ch)
    if 0xFF01 <= o <= 0xFF5E:
        return chr(o - 0xFEE0)
    if ch == '\u3000':
        return ' '
    return ch


def surface(s):
    return ''.join(fold(c) for c in s if not fold(c).isspace())


class Page:
    def __init__(self, path):
        with open(path, encoding='utf-8', newline='') as f:
            self.text = f.read()
        # utf16[i] = Java char index of Python index i (differs only after non-BMP chars)
        self.utf16 = []
        n = 0
        for c in self.text:
            self.utf16.append(n)
            n += 2 if ord(c) > 0xFFFF else 1
        self.utf16.append(n)
        self.norm = []   # folded chars, whitespace dropped
        self.pos = []    # Python index in original of each normalized char
        for i, c in enumerate(self.text):
            f = fold(c)
            if f.isspace():
                continue
            self.norm.append(f)
            self.pos.append(i)
        self.norm = ''.join(self.norm)

    def occurrences(self, surf):
        surf = surface(surf)
        out, i = [], self.norm.find(surf)
        while i >= 0:
            # a number is not found inside a longer number: '80万元' is not in '480万元'
            before = self.norm[i - 1] if i > 0 else ''
            after = self.norm[i + len(surf)] if i + len(surf) < len(self.norm) else ''
            if before == ',' and self.text[self.pos[i - 1]] != ',':
                before = ''      # a full-width comma '，' is punctuation, not digit grouping
            if not (surf[0].isdigit() and (before.isdigit() or before in ('.', ','))) and \
                    not (surf[-1].isdigit() and (after.isdigit() or after == '.')):
                out.append(i)
            i = self.norm.find(surf, i + 1)
        return out

    def locate(self, surf, ctx=None, occ=None):
        """Return (start, end) Java offsets of surf. ctx: a context string that occurs exactly once
        and contains surf (first occurrence of surf inside ctx, or the occ-th inside ctx);
        without ctx, occ selects among all occurrences (0-based); with neither, surf must be unique."""
        s = surface(surf)
        if ctx is not None:
            c = surface(ctx)
            cs = self.occurrences(c)
            if len(cs) != 1:
                raise ValueError('context %r occurs %d times' % (ctx, len(cs)))
            inner, k = [], c.find(s)
            while k >= 0:
                inner.append(k)
                k = c.find(s, k + 1)
            if not inner:
                raise ValueError('surface %r not inside context %r' % (surf, ctx))
            n = cs[0] + inner[occ or 0]
        else:
            os_ = self.occurrences(s)
            if occ is None:
                if len(os_) != 1:
                    raise ValueError('surface %r occurs %d times; give ctx or occ' % (surf, len(os_)))
                n = os_[0]
            else:
                n = os_[occ]
        a = self.pos[n]
        b = self.pos[n + len(s) - 1] + 1
        return self.utf16[a], self.utf16[b]

    def slice16(self, start, end):
        """Original text between Java offsets."""
        a = self.utf16.index(start)
        b = self.utf16.index(end)
        return self.text[a:b]


def check(gold_path, page_path=None):
    with open(gold_path, encoding='utf-8') as f:
        gold = json.load(f)
    if page_path is None:
        base = os.path.dirname(os.path.abspath(gold_path))
        page_path = os.path.join(os.path.dirname(base), gold['source'])
    page = Page(page_path)
    errors = []
    last = -1
    for e in gold['entities']:
        raw = page.slice16(e['start'], e['end'])
        if surface(raw) != e['text']:
            errors.append('text mismatch %r vs original %r' % (e['text'], raw))
        if raw != raw.strip():
            errors.append('span %r starts/ends with whitespace' % raw)
        if e['start'] < last:
            errors.append('not sorted by start at %r' % e['text'])
        last = e['start']
        t = e['type']
        if t == 'MONEY':
            for k in ('value', 'currency', 'qualifier'):
                if k not in e:
                    errors.append('%r lacks %s' % (e['text'], k))
        elif t == 'PERCENT':
            for k in ('value', 'unit', 'qualifier'):
                if k not in e:
                    errors.append('%r lacks %s' % (e['text'], k))
        if ('min' in e) != ('max' in e):
            errors.append('%r has only one of min/max' % e['text'])
        if 'min' in e and e['value'] != e['min']:
            errors.append('%r range value != min' % e['text'])
        if e.get('qualifier') not in (None, 'EXACT', 'OVER', 'UNDER', 'APPROX'):
            errors.append('%r bad qualifier' % e['text'])
    return gold, errors


def main(argv):
    if len(argv) >= 3 and argv[0] == 'find':
        page = Page(argv[1])
        arg = argv[3] if len(argv) > 3 else None
        if arg is not None and arg.isdigit():
            print(page.locate(argv[2], occ=int(arg)))
        else:
            print(page.locate(argv[2], ctx=arg))
        return 0
    if len(argv) >= 2 and argv[0] == 'check':
        bad = 0
        for g in argv[1:]:
            if not g.endswith('.json'):
                continue
            gold, errors = check(g)
            counts = {}
            for e in gold['entities']:
                counts[e['type']] = counts.get(e['type'], 0) + 1
            print('%s: %s %s' % (g, counts, 'OK' if not errors else '%d ERRORS' % len(errors)))
            for err in errors:
                print('  ' + err)
            bad += len(errors)
        return 1 if bad else 0
    print(__doc__)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
