#!/bin/sh
# collect-formats.sh — a specimen of every survey product's export and of
# forum text, each in two encodings or line-ending styles: the format is
# detected, and every stored field (respondent id, date, question, text,
# round, source, attributes) matches the expected listing in
# tests/data/collect/expected/FORMAT.txt for both variants.
. "${top_srcdir:-.}/tests/setup.sh"
D=$SRC/tests/data/collect

# content: one line per response, then one per attribute
content() {
	sql "SELECT 'R', p.ext_id, p.line, coalesce(p.submitted, '-'), q.text, d.label, r.source, r.text
	       FROM response r JOIN respondent p ON p.id = r.respondent_id
	       JOIN question q ON q.id = r.question_id JOIN round d ON d.id = r.round_id
	      ORDER BY p.line, q.text;
	     SELECT 'A', p.ext_id, a.name, a.value FROM attribute a
	       JOIN respondent p ON p.id = a.respondent_id ORDER BY p.line, a.name;"
}

check() {	# check FORMAT FILE [OPTION]...
	fmt=$1 file=$2; shift 2
	rm -f "$HEED_DB"
	expect_exit 0 "$HEED" collect "$@" "$D/$file"
	expect_grep "format $fmt\$" "$T/out"
	content > "$T/got"
	diff -u "$D/expected/$fmt.txt" "$T/got" || fail "$file: stored fields differ"
	[ "$(sql "SELECT format FROM import")" = "$fmt" ] || fail "$file: import.format"
}

check ms-forms ms-forms.csv			# UTF-8 with BOM, CRLF
check ms-forms ms-forms-cp1252.csv		# Windows-1252, CRLF
check surveymonkey surveymonkey.csv		# two header rows, CRLF
check surveymonkey surveymonkey-semicolon.csv	# semicolons, LF
check qualtrics qualtrics.csv			# three header rows, BOM
check qualtrics qualtrics-utf16.tsv		# UTF-16LE with BOM, tabs
check limesurvey limesurvey.csv			# LF
check limesurvey limesurvey-cr.csv		# CR line endings
check text forum.txt				# posts, LF
check text forum-crlf.txt			# posts, CRLF
check csv citizen-space.csv --text-column 'Your response' --id-column 'Response ID' --date-column Submitted
check csv citizen-space.tsv --text-column 3 --id-column 1 --date-column 2

# the UTF-16 file read from standard input gives the same
rm -f "$HEED_DB"
expect_exit 0 "$HEED" collect - < "$D/qualtrics-utf16.tsv"
expect_grep "^-: 3 responses from 2 rows" "$T/out"
content > "$T/got"
diff -u "$D/expected/qualtrics.txt" "$T/got" || fail "stdin: stored fields differ"
[ "$(sql "SELECT file FROM import")" = "-" ] || fail "stdin import.file"

# metadata and personal data columns are never stored
for f in ms-forms.csv surveymonkey.csv qualtrics.csv limesurvey.csv; do
	rm -f "$HEED_DB"
	expect_exit 0 "$HEED" collect "$D/$f"
	[ "$(sql "SELECT count(*) FROM attribute WHERE name IN ('Email', 'Name', 'IP Address', 'IPAddress',
	    'Email Address', 'First Name', 'Start time', 'seed', 'lastpage', 'Collector ID', 'Location Latitude')")" = 0 ] ||
		fail "$f: metadata stored as attributes"
done

# forum sources can be named; email text too
rm -f "$HEED_DB"
expect_exit 0 "$HEED" collect --source email --consultation "EHE annual" "$D/forum.txt"
[ "$(sql "SELECT DISTINCT source FROM response")" = email ] || fail "--source email"
[ "$(sql "SELECT c.name FROM round r JOIN consultation c ON c.id = r.consultation_id")" = "EHE annual" ] ||
	fail "--consultation"
[ "$(sql "SELECT source FROM import")" = email ] || fail "import.source"
echo "collect-formats: ok"
