#!/bin/sh
# gold.sh — how well the default codebook agrees with careful human coders
# on the two held-out gold sets: tests/gold/ (353 responses) and tests/gold2/
# (220, a second writer), both written for the project and hand-coded
# against THEMES.md; the codebook was never tuned on either.  Prints, for
# each, per-theme precision, recall, F1 and Cohen's kappa and the micro-F1 on
# the console, and fails below the floors below.  Next to heed's it prints
# how far a second human coder, coding the same texts blind
# (tests/SET/coder2.csv), agrees with the gold coder: the human ceiling.
#
# Floors are set from the measured values (see the issue note) a little
# below them, so a change that makes the codebook worse fails the suite.
MICRO_F1_FLOOR=0.74
MACRO_F1_FLOOR=0.74
POLARITY_FLOOR=0.65	# share of responses given the gold coder's polarity
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

	# polarity: heed's coding of every response, in the gold file's shape
	{ echo id,themes,polarity,flag
	  sql "SELECT d.ext_id || ',' || coalesce((SELECT group_concat(theme, ';')
	         FROM (SELECT theme FROM current_theme t WHERE t.response_id = p.id
	         ORDER BY theme)), '') || ',' || g.polarity || ',0'
	       FROM current_coding g JOIN response p ON p.id = g.response_id
	       JOIN respondent d ON d.id = p.respondent_id"; } >"$1.heed"
	awk -F, -f "$SRC/tests/intercoder.awk" "$SRC/tests/$1/codes.csv" "$1.heed" \
	    >"$1.heedpol" || fail "$1: heed did not code every response"
	# the human ceiling: a second coder's blind coding of the same texts
	# (tests/SET/coder2.csv), scored against the gold coder as heed is
	awk -F, -f "$SRC/tests/intercoder.awk" "$SRC/tests/$1/codes.csv" \
	    "$SRC/tests/$1/coder2.csv" >"$1.human" || fail "$1: coder2.csv does not match codes.csv"
	pol=$(awk -F, '$1 == "polarity" { print $2 }' "$1.heedpol")
	hmicro=$(awk -F, '$1 == "micro_f1" { print $2 }' "$1.human")
	hmacro=$(awk -F, '$1 == "macro_f1" { print $2 }' "$1.human")
	hpol=$(awk -F, '$1 == "polarity" { print $2 }' "$1.human")
	[ -n "$pol" ] && [ -n "$hmicro" ] && [ -n "$hmacro" ] && [ -n "$hpol" ] ||
		fail "$1: no agreement computed"
	awk -v m="$pol" -v f="$POLARITY_FLOOR" 'BEGIN { exit !(m >= f) }' ||
		fail "$1: polarity agreement $pol is below the floor $POLARITY_FLOOR"
	line="$1: heed micro-F1 $micro, macro-F1 $macro, same polarity $pol;"
	line="$line a second human coder (blind) micro-F1 $hmicro, macro-F1 $hmacro, same polarity $hpol"
	echo "$line"
	{ printf '%s\n' "$line"; } >&9 2>/dev/null || true
}

measure gold
measure gold2
