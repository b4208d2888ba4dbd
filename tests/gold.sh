#!/bin/sh
# gold.sh — how well the default codebook agrees with a careful human coder
# on the held-out gold set (tests/gold/: 353 responses written for the
# project and hand-coded against THEMES.md; the codebook was never tuned on
# them).  Prints per-theme precision, recall, F1 and Cohen's kappa and the
# micro-F1 on the console, and fails below the floors below.
#
# Floors are set from the measured values (see the issue note) a little
# below them, so a change that makes the codebook worse fails the suite.
MICRO_F1_FLOOR=0.70
MACRO_F1_FLOOR=0.70
. "${top_srcdir:-.}/tests/setup.sh"

expect_exit 0 "$HEED" collect "$SRC/tests/gold/responses.csv" \
	--round 2026-Q1 --id-column id --text-column text
expect_exit 0 "$HEED" analyse
expect_exit 0 "$HEED" agree "$SRC/tests/gold/codes.csv"
cp "$T/out" report.txt
expect_exit 0 "$HEED" agree "$SRC/tests/gold/codes.csv" --format csv
cp "$T/out" report.csv

# The table goes to the console (fd 9, see AM_TESTS_FD_REDIRECT) and the log.
table=$(sed -n '1,/^micro-F1/p' report.txt)
printf 'gold set, default codebook:\n%s\n' "$table"
{ printf '\n%s\n\n' "$table"; } >&9 2>/dev/null || true

micro=$(awk -F, '$2 == "micro_f1" { print $3 }' report.csv)
macro=$(awk -F, '$2 == "macro_f1" { print $3 }' report.csv)
[ -n "$micro" ] && [ -n "$macro" ] || fail "no micro/macro F1 in agree's CSV"
awk -v m="$micro" -v f="$MICRO_F1_FLOOR" 'BEGIN { exit !(m >= f) }' ||
	fail "micro-F1 $micro is below the floor $MICRO_F1_FLOOR"
awk -v m="$macro" -v f="$MACRO_F1_FLOOR" 'BEGIN { exit !(m >= f) }' ||
	fail "macro-F1 $macro is below the floor $MACRO_F1_FLOOR"
# every reference theme is measured
for k in trust transparency language practice consistency collaboration support \
    intrusion safeguarding school send communication rights access wellbeing; do
	grep -q "^$k," report.csv || fail "theme $k missing from the agreement report"
done
echo "gold: micro-F1 $micro (floor $MICRO_F1_FLOOR), macro-F1 $macro (floor $MACRO_F1_FLOOR)"
