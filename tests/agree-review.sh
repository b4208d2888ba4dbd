#!/bin/sh
# agree-review.sh — the review round trip: export review -> a person edits
# the sheet -> review import -> exports and `heed agree --reviewed` use the
# decisions; a bad sheet changes nothing.
. "${top_srcdir:-.}/tests/setup.sh"
"$top_builddir/tests/unit/agree_mkdb" "$HEED_DB" "$SRC/tests/data/agree/fixture.sql"

expect_exit 0 "$HEED" export review -o sheet.csv
expect_grep '^id,response,question,round,text,heed_themes,accept,themes,reviewer,notes$' sheet.csv
# 13 responses, one flagged: 12 rows; redacted text only
[ "$(wc -l < sheet.csv)" -eq 13 ] || fail "expected 12 rows: $(cat sheet.csv)"
grep -q 'SECRET-FLAGGED' sheet.csv && fail "flagged response exported"
grep -q 'Smith' sheet.csv && fail "unredacted text exported"
expect_grep "^9,9,What works\?,2026-Q3,\[name\] said the school room was fine\.,school,,,,$" sheet.csv
expect_exit 0 "$HEED" export review --theme trust
[ "$(grep -c '^[0-9]' "$T/out")" -eq 4 ] || fail "--theme trust: $(cat "$T/out")"
expect_exit 0 "$HEED" export review --round 2099-Q1
[ "$(wc -l < "$T/out")" -eq 1 ] || fail "--round filter"

# the person: accepts 1, says 9 has no theme, 4 is about trust
sed -e '/^1,1,/s/,,,,$/,y,,alice,/' \
    -e '/^9,9,/s/,,,,$/,,none,alice,school room is a place/' \
    -e '/^4,4,/s/,,,,$/,n,trust,,/' sheet.csv > done.csv
expect_exit 0 "$HEED" review import --reviewer bob done.csv
expect_grep '^done.csv: 12 rows, 3 reviews stored \(2 changed heed.s themes\), 9 without a decision skipped; 3 responses reviewed in all$' "$T/out"
[ "$(sql 'SELECT count(*) FROM review')" -eq 3 ] || fail "review rows"
[ "$(sql "SELECT reviewer FROM review WHERE response_id = 4")" = bob ] || fail "--reviewer default"
[ "$(sql "SELECT reviewer FROM review WHERE response_id = 9")" = alice ] || fail "reviewer column"
[ "$(sql "SELECT file FROM review WHERE response_id = 9")" = done.csv ] || fail "review file"
[ "$(sql "SELECT theme || reviewed FROM current_theme WHERE response_id = 1")" = trust1 ] || fail "accepted"
[ "$(sql "SELECT count(*) FROM current_theme WHERE response_id = 9")" -eq 0 ] || fail "override to none"
[ "$(sql "SELECT theme FROM current_theme WHERE response_id = 4")" = trust ] || fail "override"
# exports use the decision
expect_exit 0 "$HEED" export responses
expect_grep '^4,What works\?,2026-Q3,survey,neutral,0,trust,' "$T/out"
expect_grep '^9,What works\?,2026-Q3,survey,neutral,0,,' "$T/out"
expect_exit 0 "$HEED" export review
expect_grep '^4,4,.*,trust,,,,$' "$T/out"
# reports say how many responses a person reviewed, under disclosure control
expect_exit 0 "$HEED" report -F txt --min-count 1 -o rep1
expect_grep 'a person checked the themes of 3 of this' rep1/report.txt
expect_exit 0 "$HEED" report -F json --min-count 1 -o rep2
expect_grep '"reviewed": 3' rep2/report.json
expect_exit 0 "$HEED" report -F txt -o rep3
expect_grep 'a person checked the themes of <5 of this' rep3/report.txt
expect_exit 0 "$HEED" status
expect_grep '^  2026-Q3 .* 3$' "$T/out"

# the reviews are a gold set for agree: units 1 (agree), 4 (missed trust),
# 9 (heed only school)
expect_exit 0 "$HEED" agree --reviewed -F csv
for line in ,responses,3 ,exact_matches,1 trust,tp,1 trust,fn,1 school,fp,1 \
    ,disagreements,2; do
	grep -qx -- "$line" "$T/out" || fail "'$line' not in agree --reviewed"
done
expect_exit 0 "$HEED" agree
expect_grep '^3 responses from stored reviews' "$T/out"
expect_grep '^id 9, What works\?: heed only: school' "$T/out"

# a later review wins
printf 'response,accept,themes,reviewer\n9,,school,carol\n' > again.csv
expect_exit 0 "$HEED" review import again.csv
[ "$(sql "SELECT theme FROM current_theme WHERE response_id = 9")" = school ] || fail "latest review"

# errors name file:line:column and leave the database as it was
before=$(db_dump)
check_error() {	# FILE MESSAGE
	expect_exit 1 "$HEED" review import --reviewer bob "$1"
	expect_grep "$2" "$T/err"
	[ "$(db_dump)" = "$before" ] || fail "$1 changed the database"
}
printf 'response,accept,themes,heed_themes\n1,y,,trust\n4,,"trust;bogus",\n' > e1.csv
check_error e1.csv "e1.csv:3:3: unknown theme 'bogus'"
printf 'response,accept,themes,heed_themes\n1,y,trust,trust\n' > e2.csv
check_error e2.csv "e2.csv:2:3: accept is y and themes are given"
printf 'response,accept,themes\n1,n,\n' > e3.csv
check_error e3.csv "e3.csv:2:3: accept is n but themes is empty"
printf 'response,accept,themes\n999,,trust\n' > e4.csv
check_error e4.csv "e4.csv:2:1: no response 999"
printf 'response,accept,themes\n1,,trust\n1,,none\n' > e5.csv
check_error e5.csv "e5.csv:3:1: response 1 is listed twice \(also line 2\)"
printf 'response,accept,themes\n1,maybe,trust\n' > e6.csv
check_error e6.csv "e6.csv:2:2: accept is 'maybe'"
printf 'id,themes\n1,trust\n' > e7.csv
check_error e7.csv "e7.csv:1: the header needs 'response', 'accept' and 'themes'"
printf 'response,accept,themes,reviewer\n1,,trust,\n' > e8.csv
expect_exit 1 "$HEED" review import e8.csv
expect_grep "e8.csv:2:4: no reviewer" "$T/err"
[ "$(db_dump)" = "$before" ] || fail "e8.csv changed the database"
expect_exit 2 "$HEED" review export x.csv
expect_exit 2 "$HEED" review import
echo "agree-review: ok"
