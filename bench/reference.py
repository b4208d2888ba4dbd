#!/usr/bin/env python3
"""reference.py - the straightforward Python pipeline `make bench` compares
heed with (issue 8).

    python3 bench/reference.py DB SURVEY.csv

What a competent analyst would write in an afternoon with the standard
library only, and nothing cleverer:

1. collect: the csv module reads a Google Forms export (first column the
   timestamp, then choice columns, then free-text columns); every non-empty
   answer to a free-text question becomes one row of `response` in SQLite,
   all in one transaction.  Free-text questions are recognised by name, as
   the columns whose header ends in "?" and whose answers are long; here,
   simply, the last two columns (the layout bench/gen writes).
2. analyse: every response is read back and matched against 15 theme
   regular expressions (`re`, case-insensitive, one per theme: alternations
   of whole words and word prefixes mirroring /work/shared/THEMES.md), and
   each (response, theme) hit is written to `code`, in one transaction.

It prints the number of responses and codes, the codes per theme, and the
seconds each phase took.  The word lists are a reference workload, not a
codebook: they make no attempt at negation, exclusions or senses.
"""
import csv
import re
import sqlite3
import sys
import time

# One alternation per theme.  `\w*` after a stem is a prefix match
# ("trust\w*" = trust, trusted, trustworthy...).
THEMES = {
    "trust": r"trust\w*|distrust\w*|mistrust\w*|let down|suspicious|reassur\w*"
             r"|good faith|rely|relied|count on|doubt\w*",
    "transparency": r"guidance|transparen\w*|optional|required|clear\w*"
                    r"|explain\w*|what happens to|legal basis|leaflet|policy",
    "language": r"tone|wording|judgement\w*|judgment\w*|patronis\w*"
                r"|talked down|respectful\w*|polite\w*|presumptive|threatening",
    "practice": r"autonomous|unschool\w*|child-led|curriculum|structured"
                r"|project-based|interest-led|worksheets|approach\w*",
    "consistency": r"consisten\w*|inconsisten\w*|which officer|mixed messages"
                   r"|different contacts|named contact|who the team",
    "collaboration": r"involv\w*|co-produc\w*|forum|parent council|views"
                     r"|feedback|liaison|peer support|listened",
    "support": r"exam\w*|tutor\w*|resources|funding|drop in|drop-in|college"
               r"|careers|work experience|support\w*",
    "intrusion": r"home visit\w*|visit\w*|unannounced|monitor\w*|intrusive"
                 r"|attendance order|inspected|policed|formal notice|demand\w*",
    "safeguarding": r"safeguarding|child protection|welfare|social services"
                    r"|children's services|referr\w*|abuse|neglect",
    "school": r"bull\w*|off-rolling|excluded|exclusion|deregister\w*"
              r"|attendance|school",
    "send": r"sen|send|senco|ehc\w*|autis\w*|adhd|dyslexi\w*|sensory"
            r"|assessment|educational psychologist",
    "communication": r"repl\w*|emails?|kept informed|call back|meeting\w*"
                     r"|follow-up|agenda|acknowledg\w*|phone|communication",
    "rights": r"rights?|legal\w*|law|appeal\w*|advocate|supporter|solicitor"
              r"|legal powers",
    "access": r"interpreter\w*|first language|wheelchair|step-free|childcare"
              r"|large print|bsl|reasonable adjustments|other languages",
    "wellbeing": r"anxiety|anxious|stress\w*|mental health|happ\w*|thriv\w*"
                 r"|confiden\w*|overwhelm\w*|calmer|isolating|worry",
}
PATTERNS = [(key, re.compile(r"\b(?:" + alt + r")\b", re.IGNORECASE))
            for key, alt in THEMES.items()]


def collect(db, path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        header = next(rows)
        questions = header[-2:]
        db.execute("BEGIN")
        for n, row in enumerate(rows, start=1):
            for q, text in zip(questions, row[-2:]):
                if text.strip():
                    db.execute("INSERT INTO response (row, question, text)"
                               " VALUES (?, ?, ?)", (n, q, text))
        db.execute("COMMIT")


def analyse(db):
    counts = dict.fromkeys(THEMES, 0)
    write = db.cursor()
    db.execute("BEGIN")
    for rid, text in db.execute("SELECT id, text FROM response"):
        for key, pattern in PATTERNS:
            if pattern.search(text):
                write.execute("INSERT INTO code (response, theme)"
                              " VALUES (?, ?)", (rid, key))
                counts[key] += 1
    db.execute("COMMIT")
    return counts


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: reference.py DB SURVEY.csv")
    db = sqlite3.connect(sys.argv[1], isolation_level=None)
    db.executescript("""
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS response (id INTEGER PRIMARY KEY,
            row INTEGER, question TEXT, text TEXT);
        CREATE TABLE IF NOT EXISTS code (response INTEGER, theme TEXT);
    """)
    t0 = time.monotonic()
    collect(db, sys.argv[2])
    t1 = time.monotonic()
    counts = analyse(db)
    t2 = time.monotonic()
    responses = db.execute("SELECT count(*) FROM response").fetchone()[0]
    db.close()
    print(f"responses {responses} codes {sum(counts.values())}"
          f" collect_s {t1 - t0:.3f} analyse_s {t2 - t1:.3f}")
    print(" ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
