#!/bin/sh
# gold.sh — how well the default codebook agrees with careful human coders
# on the two held-out gold sets: tests/gold/ (353 responses) and tests/gold2/
# (220, a second writer), both written for the project and hand-coded
# against THEMES.md; the codebook was never tuned on either.  Prints, for
# each, per-theme precision, recall, F1 and Cohen's kappa and the micro-F1 on
# the console, and fails below the floors below.
#
# Floors are set from the measured values (see the issue note) a little
# below them, so a change that makes the codebook worse fails the suite.
MICRO_F1_FLOOR=0.72
MACRO_F1_FLOOR=0.72
. "${top_srcdir:-.}/tests/setup.sh"

# measure SET: agreement on tests/SET; sets $micro and $macro
measure() {
	rm -f "$HEED_DB" "$HEED_DB-wal" "$HEED_DB-shm"
	expect_exit 0 "$HEED" collect "$SRC/tests/$1/responses.csv" \
		--round 2026-Q1 --id-column id --text-column text
	expect_exit 0 "$HEED" analyse
	expect_exit 0 "$HEED" agree "$SRC/tests/$1/codes.csv"
	cp "$T/out" "$1.txt"
	expect_exit 0 "$HEED" agree "$SRC/tests/$1/codes.csv" --format csv
	cp "$T/out" "$1.csv"

	# The table goes to the console (fd 9, see AM_TESTS_FD_REDIRECT) and the log.
	table=$(sed -n '1,/^micro-F1/p' "$1.txt")
	printf 'tests/%s, default codebook:\n%s\n' "$1" "$table"
	{ printf '\ntests/%s:\n%s\n\n' "$1" "$table"; } >&9 2>/dev/null || true

	micro=$(awk -F, '$2 == "micro_f1" { print $3 }' "$1.csv")
	macro=$(awk -F, '$2 == "macro_f1" { print $3 }' "$1.csv")
	[ -n "$micro" ] && [ -n "$macro" ] || fail "$1: no micro/macro F1 in agree's CSV"
	awk -v m="$micro" -v f="$MICRO_F1_FLOOR" 'BEGIN { exit !(m >= f) }' ||
		fail "$1: micro-F1 $micro is below the floor $MICRO_F1_FLOOR"
	awk -v m="$macro" -v f="$MACRO_F1_FLOOR" 'BEGIN { exit !(m >= f) }' ||
		fail "$1: macro-F1 $macro is below the floor $MACRO_F1_FLOOR"
	# every reference theme is measured
	for k in trust transparency language practice consistency collaboration support \
	    intrusion safeguarding school send communication rights access wellbeing; do
		grep -q "^$k," "$1.csv" || fail "$1: theme $k missing from the agreement report"
	done
	echo "$1: micro-F1 $micro (floor $MICRO_F1_FLOOR), macro-F1 $macro (floor $MACRO_F1_FLOOR)"
}

measure gold
measure gold2
