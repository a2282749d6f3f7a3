#!/usr/bin/env python3
"""Independent check of every *.places.json (goldpp): for each entity, the original text between
start and end, with whitespace removed, equals `text`; offsets are on non-space characters; entities
are sorted by start; PLACE paths end in the name (or are []); kinds/levels are valid enum values;
every not_programs.txt phrase occurs on its page and is not annotated as a PROGRAM.
Usage: check_gold.py   (run from anywhere; paths are relative to this file)"""
import glob
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
LEVELS = {'COUNTRY', 'PROVINCE', 'PREFECTURE', 'COUNTY', 'TOWNSHIP', 'VILLAGE', 'ZONE', 'NATURAL', 'FOREIGN'}
KINDS = {'INITIATIVE', 'DOCUMENT', 'FORMULA'}


def squeeze(s):
    return re.sub(r'\s+', '', s)


def check(gold_path, page_path):
    doc = json.load(open(gold_path, encoding='utf-8'))
    original = open(page_path, encoding='utf-8').read()
    assert doc['source'] == os.path.basename(page_path), gold_path
    starts = [e['start'] for e in doc['entities']]
    assert starts == sorted(starts), 'not sorted: ' + gold_path
    for e in doc['entities']:
        assert squeeze(original[e['start']:e['end']]) == e['text'], e
        assert not original[e['start']].isspace() and not original[e['end'] - 1].isspace(), e
        if e['type'] == 'PLACE':
            assert e['level'] in LEVELS and (e['path'] == [] or e['path'][-1] == e['name']), e
        else:
            assert e['type'] == 'PROGRAM' and e['kind'] in KINDS, e
            assert '“' not in e['name'][:1] and '《' not in e['name'], e
    return doc, original


def main():
    programs = {}
    n = 0
    pairs = [(g, os.path.join(CORPUS, os.path.basename(g).replace('.places.json', '.txt')))
             for g in glob.glob(os.path.join(CORPUS, 'gold', '*.places.json'))]
    pairs += [(g, os.path.join(CORPUS, 'heldout', os.path.basename(g).replace('.places.json', '.txt')))
              for g in glob.glob(os.path.join(CORPUS, 'heldout', 'gold', '*.places.json'))]
    for g, p in sorted(pairs):
        doc, original = check(g, p)
        key = os.path.splitext(os.path.basename(p))[0]
        programs[key] = (squeeze(original), [e for e in doc['entities'] if e['type'] == 'PROGRAM'])
        n += len(doc['entities'])
    for line in open(os.path.join(HERE, 'not_programs.txt'), encoding='utf-8'):
        if not line.strip() or line.startswith('#'):
            continue
        page, surface, _reason = line.rstrip('\n').split('\t')
        comp, progs = programs[page]
        assert surface in comp, (page, surface)
        assert not any(e['text'] == surface for e in progs), ('listed as not-program but annotated', surface)
    print('ok: %d files, %d entities' % (len(pairs), n))


if __name__ == '__main__':
    main()
