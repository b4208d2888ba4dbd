#!/usr/bin/env python3
"""Validate the held-out gold set: python3 tests/gold/check.py [DIR]

Checks that responses.csv and codes.csv parse as CSV with the expected
headers, that ids match one-to-one and in order, that theme keys are valid,
unique and sorted, that polarity and flag are valid, that no two texts are
the same (ignoring case and surrounding space), and that every theme has at
least MIN_PER_THEME responses. Prints per-theme counts, polarity
distribution and flag count. Exits 1 on any error. Standard library only.
"""
import collections
import csv
import io
import os
import sys

THEMES = ("trust transparency language practice consistency collaboration "
          "support intrusion safeguarding school send communication rights "
          "access wellbeing").split()
POLARITIES = ("positive", "negative", "mixed", "neutral")
MIN_PER_THEME = 15


def read(path, header):
    with open(path, encoding="utf-8", newline="") as f:
        data = f.read()
    errs = []
    if "\r" in data:
        errs.append("%s: contains CR characters (want LF endings)" % path)
    rows = list(csv.reader(io.StringIO(data)))
    if not rows or rows[0] != header:
        errs.append("%s: header is %r, want %r" % (path, rows[:1], header))
    return rows[1:], errs


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(
        os.path.abspath(__file__))
    resp, e1 = read(os.path.join(d, "responses.csv"), ["id", "text"])
    codes, e2 = read(os.path.join(d, "codes.csv"),
                     ["id", "themes", "polarity", "flag"])
    errs = e1 + e2
    for r in resp:
        if len(r) != 2:
            errs.append("responses.csv: bad row %r" % (r,))
    for r in codes:
        if len(r) != 4:
            errs.append("codes.csv: bad row %r" % (r,))
    rid = [r[0] for r in resp]
    cid = [r[0] for r in codes]
    want = ["g%03d" % i for i in range(1, len(rid) + 1)]
    if rid != want:
        errs.append("responses.csv: ids not g001..g%03d in order" % len(rid))
    if rid != cid:
        errs.append("ids differ between responses.csv and codes.csv")
    seen = {}
    for r in resp:
        if len(r) < 2:
            continue
        key = " ".join(r[1].split()).lower()
        if not key:
            errs.append("%s: empty text" % r[0])
        if key in seen:
            errs.append("%s: duplicate text of %s" % (r[0], seen[key]))
        seen.setdefault(key, r[0])
    count = collections.Counter()
    pol = collections.Counter()
    flags = 0
    none = 0
    for r in codes:
        if len(r) != 4:
            continue
        gid, th, p, fl = r
        keys = th.split(";") if th else []
        for k in keys:
            if k not in THEMES:
                errs.append("%s: unknown theme %r" % (gid, k))
        if keys != sorted(set(keys)):
            errs.append("%s: themes not sorted/unique: %r" % (gid, th))
        if p not in POLARITIES:
            errs.append("%s: bad polarity %r" % (gid, p))
        if fl not in ("0", "1"):
            errs.append("%s: bad flag %r" % (gid, fl))
        if fl == "1" and "safeguarding" not in keys:
            errs.append("%s: flagged but not coded safeguarding" % gid)
        count.update(keys)
        pol[p] += 1
        flags += fl == "1"
        none += not keys
    for t in THEMES:
        if count[t] < MIN_PER_THEME:
            errs.append("theme %s: only %d responses (< %d)"
                        % (t, count[t], MIN_PER_THEME))
    n = len(codes)
    print("responses: %d" % n)
    for t in sorted(THEMES, key=lambda t: (-count[t], t)):
        print("  %-14s %3d" % (t, count[t]))
    print("no theme: %d (%.0f%%)" % (none, 100.0 * none / max(n, 1)))
    multi = sum(1 for r in codes if len(r) == 4 and r[1].count(";") >= 1)
    print("2+ themes: %d" % multi)
    print("polarity: " + ", ".join("%s %d" % (p, pol[p]) for p in POLARITIES))
    print("flagged: %d" % flags)
    for e in errs:
        print("error: " + e, file=sys.stderr)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
