#!/usr/bin/env python3
"""Counts string and char literals containing a Han character in src/main/java, per package
(issue 10's measure of vocabulary kept in code). usage: scripts/count-literals.py [ROOT]"""
import collections, os, re, sys
root = sys.argv[1] if len(sys.argv) > 1 else 'src/main/java'
LIT = re.compile(r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])\'')
HAN = re.compile(r'[\u3400-\u9fff]')
per = collections.Counter()
for d, _, fs in os.walk(root):
    for f in fs:
        if f.endswith('.java'):
            src = open(os.path.join(d, f), encoding='utf-8').read()
            src = re.sub(r'/\*.*?\*/', '', src, flags=re.S)
            src = re.sub(r'//[^\n]*', '', src)
            n = sum(1 for m in LIT.finditer(src) if HAN.search(m.group()))
            per[os.path.relpath(d, root).replace(os.sep, '.')] += n
for k, v in sorted(per.items()):
    if v:
        print('%6d  %s' % (v, k))
print('%6d  total' % sum(per.values()))
