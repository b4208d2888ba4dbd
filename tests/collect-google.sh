#!/bin/sh
# collect-google.sh — a Google Forms export: every field lands where it
# should; re-importing stores nothing twice; a CRLF + BOM copy of the same
# export adds nothing new either.
. "${top_srcdir:-.}/tests/setup.sh"
D=$SRC/tests/data/collect

expect_exit 0 "$HEED" collect "$D/google-forms.csv"
expect_grep "google-forms.csv: 7 responses from 4 rows \(2 questions\), 0 duplicates, 0 rejected, rounds 2026-Q3\.\.2026-Q3|round 2026-Q3" "$T/out"
expect_grep "format google-forms$" "$T/out"

[ "$(sql "SELECT format, source, rows, responses, duplicates, rejected, length(sha256) FROM import")" = \
  "google-forms|survey|4|7|0|0|64" ] || fail "import row: $(sql 'SELECT * FROM import')"
[ "$(sql "SELECT sha256 FROM import")" = "$(sha256sum "$D/google-forms.csv" | cut -d' ' -f1)" ] ||
	fail "import.sha256 is not the file's SHA-256"
[ "$(sql "SELECT group_concat(text, '|') FROM (SELECT text FROM question ORDER BY id)")" = \
  "What has worked well?|What could we do better?" ] || fail "questions: $(sql 'SELECT * FROM question')"
# respondents: row numbers as ids, lines, ISO dates
[ "$(sql "SELECT group_concat(ext_id || '@' || line || '@' || submitted, ' ') FROM respondent")" = \
  "1@2@2026-07-03T09:14:22 2@3@2026-07-04T18:40:05 3@4@2026-08-12T21:02:47 4@5@2026-09-30T23:59:59" ] ||
	fail "respondents: $(sql 'SELECT * FROM respondent')"
# attributes: the non-text answers
[ "$(sql "SELECT group_concat(name || '=' || value, '|') FROM (SELECT name, value FROM attribute WHERE respondent_id = (SELECT id FROM respondent WHERE ext_id = '4') ORDER BY name)")" = \
  "How old is your eldest child?=over 16|Which area do you live in?=Westbrook" ] ||
	fail "attributes: $(sql 'SELECT * FROM attribute')"
[ "$(sql "SELECT count(*) FROM attribute")" = 8 ] || fail "attribute count"
[ "$(sql "SELECT count(*) FROM attribute WHERE name = 'Timestamp'")" = 0 ] || fail "Timestamp kept as attribute"
# responses: quoting, doubled quotes, embedded newline, blank answers skipped
[ "$(sql "SELECT text FROM response r JOIN respondent p ON p.id = r.respondent_id WHERE p.ext_id = '3'")" = \
  'The letter said "expects to visit". That is not what the law says, and it made us anxious.' ] ||
	fail "doubled quotes"
[ "$(sql "SELECT text FROM response WHERE text LIKE 'The exam centre%'")" = "The exam centre list was a big help,
and the drop-in at the library too." ] || fail "embedded newline"
[ "$(sql "SELECT count(*) FROM response WHERE source = 'survey' AND round_id = (SELECT id FROM round WHERE label = '2026-Q3')")" = 7 ] ||
	fail "round/source"
[ "$(sql "SELECT count(*) FROM response WHERE redacted IS NULL OR length(dedup) != 24")" = 0 ] || fail "redacted/dedup"
# dedup: 8 hex digits of the submitted time, 16 of SHA-256(question NUL who NUL text)
q='What could we do better?'
hash=$(printf '%s\000at:2026-09-30T23:59:59\000n/a' "$q" | sha256sum | cut -c1-64)
key=$(printf '%08x%s' "$(date -u -d 2026-09-30T23:59:59 +%s)" "$(echo "$hash" | cut -c1-16)")
[ "$(sql "SELECT dedup FROM response WHERE text = 'n/a'")" = "$key" ] || fail "dedup key"
[ "$(sql "SELECT submitted FROM response WHERE text = 'n/a'")" = "2026-09-30T23:59:59" ] || fail "response.submitted"

# the same file again: already imported, nothing changes
before=$(db_dump)
expect_exit 0 "$HEED" collect "$D/google-forms.csv"
expect_grep "already imported \(import 1\), nothing stored" "$T/out"
[ "$(db_dump)" = "$before" ] || fail "re-import changed the database"

# a schema version 1 database (dedup was the whole SHA-256 in hex) is
# migrated: the keys it holds still find the duplicates below
sql "UPDATE response SET dedup = '$hash' WHERE text = 'n/a'; PRAGMA user_version = 1"
sql "UPDATE response SET dedup = substr(dedup, 9) || substr('$hash', 17) WHERE text != 'n/a'"
[ "$(sql "SELECT count(*) FROM response WHERE length(dedup) = 64")" = 7 ] || fail "v1 setup"
# the CRLF + BOM copy: a different file, the same responses except the one
# whose embedded line break is now CRLF
expect_exit 0 "$HEED" collect "$D/google-forms-crlf-bom.csv"
expect_grep "1 response from 4 rows \(2 questions\), 6 duplicates" "$T/out"
[ "$(sql "PRAGMA user_version")" = 6 ] || fail "not migrated"
[ "$(sql "SELECT dedup FROM response WHERE text = 'n/a'")" = "$key" ] || fail "dedup key migrated"
[ "$(sql "SELECT count(*) FROM response WHERE length(dedup) != 24")" = 0 ] || fail "keys migrated"
[ "$(sql "SELECT count(*) FROM respondent")" = 5 ] || fail "a respondent with no new response was kept"
[ "$(sql "SELECT count(*) FROM response WHERE text LIKE 'Timestamp%' OR text LIKE '%﻿%'")" = 0 ] || fail "BOM leaked"

# an unterminated quote: the file and line are named, nothing is stored
before=$(db_dump)
expect_exit 1 "$HEED" collect "$D/bad-quote.csv"
expect_grep "bad-quote.csv:3: column 3: unterminated quoted field" "$T/err"
[ "$(db_dump)" = "$before" ] || fail "a failed import changed the database"
echo "collect-google: ok"
