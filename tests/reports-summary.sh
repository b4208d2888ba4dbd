#!/bin/sh
# reports-summary.sh — response_summary (schema 4) keeps `heed report`
# exact: after collect, analyse, recoding with another codebook and back,
# review import, flag changes, a new collect, and the migration from
# schema 3, the report read from the summary is the same as the one read
# the old way through the views (HEED_REPORT_SLOW, used by tests only).
. "${top_srcdir:-.}/tests/setup.sh"
S=$SRC/samples
AREA='Which area do you live in?'

# variant ARGS...: the report with ARGS read both ways is the same
variant() {
	rm -rf fast slow
	expect_exit 0 "$HEED" report "$@" -o fast
	HEED_REPORT_SLOW=1; export HEED_REPORT_SLOW
	expect_exit 0 "$HEED" report "$@" -o slow
	unset HEED_REPORT_SLOW
	diff -r fast slow >"$T/diff" ||
		{ head -40 "$T/diff" >&2; fail "$WHAT: report $* differs from the views'"; }
}
same() {	# after WHAT, every variant of the report agrees
	variant -F json
	variant -F txt --by source --compare none
	variant -F json --round 2026-Q2 --min-count 1
	variant -F txt --by "$AREA" --min-count 2
}
# every response has its summary row; every coding by the current codebook
# is copied (else the report reads coding and theme row by row)
summarised() {
	[ "$(sql "SELECT count(*) FROM response")" = \
	  "$(sql "SELECT count(*) FROM response_summary")" ] || fail "$WHAT: summary rows"
	[ "$(sql "SELECT count(*) FROM response_summary s WHERE codebook_id IS NOT
	    (SELECT id FROM current_codebook) AND EXISTS (SELECT 1 FROM current_coding g
	    WHERE g.response_id = s.response_id)")" = 0 ] || fail "$WHAT: codings not copied"
}

expect_exit 0 "$HEED" collect "$S/consultation-2026-Q2.csv" --round 2026-Q2
expect_exit 0 "$HEED" collect "$S/consultation-2026-Q3.csv" --round 2026-Q3
WHAT="collected, not coded"; same; summarised
expect_exit 0 "$HEED" analyse
WHAT="analysed"; same; summarised
[ "$(sql "SELECT count(*) FROM flag")" -gt 0 ] || fail "the samples raise no flag"
[ "$(sql "SELECT count(*) FROM response_summary WHERE themes LIKE '%+%'")" -gt 0 ] ||
	fail "no positive theme summarised"

# a new collect: uncoded responses count, then coded ones
expect_exit 0 "$HEED" collect "$S/forum-thread.txt" --round 2026-Q3 --source forum
WHAT="new collect"; same; summarised
expect_exit 0 "$HEED" analyse
WHAT="new collect analysed"; same; summarised

# recoding with a changed codebook, and back to the default one (coded
# before: nothing to code, but the copies must follow)
cp "$SRC/tests/data/analyse/small.codebook" "$SRC/tests/data/analyse/visits.codebook" .
expect_exit 0 "$HEED" analyse --codebook small.codebook
WHAT="recoded"; same; summarised
expect_exit 0 "$HEED" analyse --round 2026-Q2
WHAT="default codebook again for one round"; same; summarised
expect_exit 0 "$HEED" analyse
WHAT="default codebook again"; same; summarised

# reviews: themes changed, taken away, and a later review winning
ids=$(sql "SELECT response_id FROM response_summary WHERE themes IS NOT NULL
           AND response_id NOT IN (SELECT response_id FROM flag) ORDER BY response_id LIMIT 3")
set -- $ids
printf 'response,accept,themes,reviewer\n%s,,trust,ann\n%s,,none,ann\n%s,,access;trust,ann\n' \
	"$1" "$2" "$3" > rev.csv
expect_exit 0 "$HEED" review import rev.csv
[ "$(sql "SELECT count(*) FROM review")" -gt 0 ] || fail "no review stored"
WHAT="review import"; same; summarised
printf 'response,accept,themes,reviewer\n%s,,school;trust,bob\n' "$1" > rev2.csv
expect_exit 0 "$HEED" review import rev2.csv
WHAT="second review import"; same; summarised

# flag changes
expect_exit 0 "$HEED" flags refer 1 --to "MASH duty desk"
WHAT="flag referred"; same
expect_exit 0 "$HEED" flags close 1 --note "dealt with"
WHAT="flag closed"; same

# the migration from schema 3 builds the summary from what is stored
sql "DROP TRIGGER response_summary_change;
     DROP TRIGGER response_summary_drop; DROP TRIGGER response_summary_uncode;
     DROP TABLE response_summary; PRAGMA user_version = 3"
expect_exit 0 "$HEED" action add --round 2026-Q3 --theme trust "Publish the visit policy"
[ "$(sql "PRAGMA user_version")" = 6 ] || fail "not migrated to version 6"
WHAT="migrated"; same; summarised

# the comparison can fail: a stale copy shows
sql "UPDATE response_summary SET themes = NULL WHERE themes IS NOT NULL"
rm -rf fast slow
expect_exit 0 "$HEED" report -F json -o fast
HEED_REPORT_SLOW=1; export HEED_REPORT_SLOW
expect_exit 0 "$HEED" report -F json -o slow
unset HEED_REPORT_SLOW
! cmp -s fast/report.json slow/report.json || fail "a stale summary went unnoticed"
# a database written other than by heed, with a response the summary
# lacks, is reported through the views
sql "DELETE FROM response_summary WHERE response_id = (SELECT max(id) FROM response)"
WHAT="incomplete summary"; same
exit 0
