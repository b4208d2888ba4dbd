#!/bin/sh
# collect-errors.sh — every error path of `heed collect`: the message names
# the file, line and column, the exit status is 1 (2 for usage), and the
# database is exactly as it was.  --skip-bad-rows imports the rest and
# records each rejected row with its reason.
. "${top_srcdir:-.}/tests/setup.sh"
D=$SRC/tests/data/collect

expect_exit 0 "$HEED" collect "$D/google-forms.csv"
H='Timestamp,Area,What could we do better?'
# fails FILE PATTERN [OPTION]...: exit 1, PATTERN on stderr, nothing changed
fails() {
	f=$1 pat=$2; shift 2
	before=$(db_dump)
	expect_exit 1 "$HEED" collect "$@" "$f"
	expect_grep "$pat" "$T/err"
	[ "$(db_dump)" = "$before" ] || fail "$f: the database changed"
}

printf '%s\n2026/07/01 10:00:00,North,"Fine by us.\n2026/07/02 10:00:00,South,Tell us more.\n' "$H" > open.csv
fails open.csv 'open.csv:2: column 3: unterminated quoted field'
printf '%s\n2026/07/01 10:00:00,North,A long enough answer here.\n2026/07/02 10:00:00,South,He said "no" to us.\n' "$H" > stray.csv
fails stray.csv 'stray.csv:3: column 3: malformed quoting'
printf '%s\n2026/07/01 10:00:00,North,A long enough answer here.\n2026/07/02 10:00:00,South,Too,many fields\n' "$H" > wide.csv
fails wide.csv 'wide.csv:3: the row has 4 fields, the header has 3'
printf '%s\n2026/07/01 10:00:00,North,A long enough answer here.\nlast Tuesday,South,Another long enough answer.\n' "$H" > baddate.csv
fails baddate.csv "baddate.csv:3: column 1 \(Timestamp\): cannot read the date 'last Tuesday'"
printf 'Area,What could we do better?\nNorth,A long enough answer here.\n' > nodate.csv
fails nodate.csv 'nodate.csv: no date column to take the round from; give --round'
printf '%s\n2026/07/01 10:00:00,North,ok\n2026/07/02 10:00:00,South,ok\n' "$H" > notext.csv
fails notext.csv 'notext.csv: no free-text column found; name one with --text-column'
fails "$D/google-forms.csv" "google-forms.csv: --text-column 'Nope': no such column" --text-column Nope
fails "$D/google-forms.csv" "google-forms.csv: --id-column '9': no such column" --id-column 9
printf '%s\n2026/07/01 10:00:00,North,Caf\351 \201 is not Windows-1252.\n' "$H" > undefined.csv
fails undefined.csv 'undefined.csv: byte offset [0-9]+: not valid windows-1252'
printf '\377\376T\0' > odd16.csv; printf 'x' >> odd16.csv
fails odd16.csv 'odd16.csv: byte offset 4: utf-16le ends in the middle of a character'
# invalid UTF-8 after a first 64 KB chunk that was valid UTF-8
{ printf '%s\n' "$H"; i=0; while [ $i -lt 1200 ]; do
	printf '2026/07/01 10:00:00,North,Answer number %d is long enough here.\n' $i; i=$((i + 1)); done
  printf '2026/07/02 10:00:00,South,caf\303( broken\n'; } > badutf8.csv
fails badutf8.csv 'badutf8.csv:1202: column 3 \(What could we do better\?\): not valid UTF-8'
fails missing.csv 'missing.csv: No such file or directory'
: > empty.csv
fails empty.csv 'empty.csv: empty: no header row'
printf 'Author: a\nDate: someday\n\nA post.\n' > post.txt
fails post.txt "post.txt:1: Date: cannot read the date 'someday'"
printf 'Author: a\n\nA post without a date.\n' > nodate.txt
fails nodate.txt 'nodate.txt:1: the post has no Date: to take the round from; give --round'

# usage errors: exit 2, nothing changed
before=$(db_dump)
expect_exit 2 "$HEED" collect --round 2026-Q5 "$D/google-forms.csv"
expect_grep "round '2026-Q5': a round is YYYY-Qn" "$T/err"
expect_exit 2 "$HEED" collect --source blog "$D/google-forms.csv"
expect_grep "source 'blog'" "$T/err"
expect_exit 2 "$HEED" collect --format xls "$D/google-forms.csv"
expect_grep "format 'xls'" "$T/err"
expect_exit 2 "$HEED" collect
expect_grep "no file given" "$T/err"
[ "$(db_dump)" = "$before" ] || fail "a usage error changed the database"

# a bad file among good ones: the good ones are stored, the exit status is 1
expect_exit 1 "$HEED" collect wide.csv "$D/forum.txt"
expect_grep "forum.txt: 3 responses from 3 rows" "$T/out"
[ "$(sql "SELECT count(*) FROM import WHERE file LIKE '%wide.csv'")" = 0 ] || fail "wide.csv recorded"

# --skip-bad-rows: the rest is imported and each reject recorded
printf '%s\n2026/07/01 10:00:00,North,A long enough answer here.\n2026/07/02 10:00:00,South,Too,many fields\nyesterday,East,Another long answer to keep.\n2026/07/04 10:00:00,West,He said "no" to us.\n2026/07/05 10:00:00,West,The last long enough answer.\n' "$H" > mixed.csv
expect_exit 0 "$HEED" collect --skip-bad-rows mixed.csv
expect_grep "mixed.csv: 2 responses from 5 rows \(1 question\), 0 duplicates, 3 rejected" "$T/out"
[ "$(sql "SELECT line || '|' || coalesce(field, '-') || '|' || reason FROM reject ORDER BY line")" = \
"3|-|the row has 4 fields, the header has 3
4|1 (Timestamp)|cannot read the date 'yesterday'
5|3|malformed quoting (a quote inside an unquoted field, or text after a closing quote)" ] ||
	fail "rejects: $(sql 'SELECT * FROM reject')"
[ "$(sql "SELECT rejected FROM import WHERE file = 'mixed.csv'")" = 3 ] || fail "import.rejected"
[ "$(sql "SELECT group_concat(text, '|') FROM response r JOIN respondent p ON p.id = r.respondent_id JOIN import i ON i.id = p.import_id WHERE i.file = 'mixed.csv'")" = \
  "A long enough answer here.|The last long enough answer." ] || fail "the good rows"
expect_exit 0 "$HEED" status
expect_grep "rejects \(import, line, field, reason\):" "$T/out"
expect_grep "^  [0-9]+ 4 1 \(Timestamp\) cannot read the date 'yesterday'" "$T/out"

# standard input: the same bytes are recognised as already imported
expect_exit 0 "$HEED" collect - < "$D/google-forms.csv"
expect_grep "^-: already imported \(import 1\), nothing stored" "$T/out"
# a dry run stores nothing
before=$(db_dump)
expect_exit 0 "$HEED" collect --dry-run "$D/limesurvey.csv"
expect_grep "format limesurvey \(columns \"id\", \"submitdate\"\), encoding utf-8, delimiter ','" "$T/out"
expect_grep '9 "What should the service do differently\?": free text \(mean' "$T/out"
expect_grep '2 responses from 3 rows .*dry run: nothing stored' "$T/out"
[ "$(db_dump)" = "$before" ] || fail "--dry-run changed the database"
echo "collect-errors: ok"
