#!/bin/sh
# reports-action.sh — `heed action add|done|list` and "You said, we did".
. "${top_srcdir:-.}/tests/setup.sh"
sh "$SRC/tests/data/reports/make-fixture.sh" "$HEED_DB"

expect_exit 0 "$HEED" action list --round 2026-Q2
[ "$(wc -l <"$T/out")" = 2 ] || fail "expected two 2026-Q2 actions"
expect_grep '^1	2026-Q2	intrusion	done	2026-08-15	Home visits' "$T/out"
expect_exit 0 "$HEED" action add --round 2026-Q3 --theme send "Publish the EHC guide"
expect_grep '^action 4$' "$T/out"
expect_exit 0 "$HEED" action done 4
expect_grep '^action 4 done$' "$T/out"
[ "$(sql "SELECT status, done_at IS NOT NULL FROM action WHERE id = 4")" = "done|1" ] ||
	fail "action 4 not marked done"
# errors: no such round or action, done twice, bad key, missing parts
before=$(db_dump)
expect_exit 1 "$HEED" action add --round 2030-Q1 --theme send "x"
expect_grep "no round labelled '2030-Q1'" "$T/err"
expect_exit 1 "$HEED" action done 4
expect_grep "no open action 4" "$T/err"
expect_exit 1 "$HEED" action done 99
expect_exit 2 "$HEED" action done abc
expect_exit 2 "$HEED" action add --round 2026-Q3 --theme 'Bad Key' "x"
expect_exit 2 "$HEED" action add --round 2026-Q3 "no theme"
expect_exit 2 "$HEED" action frob
expect_exit 2 "$HEED" action
[ "$(db_dump)" = "$before" ] || fail "a failed action command changed the database"
# the report carries earlier rounds' actions with their status
expect_exit 0 "$HEED" report -F txt -o r
expect_grep '2026-Q2 +Proportionality and intrusion +Home visits only by agreement.*done 2026-08-15' r/report.txt
expect_grep '2026-Q2 +Communication and meetings +Reply to every e-mail.*open' r/report.txt
expect_grep 'Publish the EHC guide' r/report.txt
# ... but not a later round's in an earlier round's report
expect_exit 0 "$HEED" report -F txt -o q2 --round 2026-Q2
grep -q 'Publish the EHC guide' q2/report.txt && fail "a 2026-Q3 action in the 2026-Q2 report"
expect_grep 'compares it with round 2026-Q1' q2/report.txt
echo "reports-action: ok"
