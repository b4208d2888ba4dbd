#!/bin/sh
# reports-samples.sh — the reports on samples/ (both rounds and the forum
# thread, coded with the default codebook and lexicon) in every format,
# against golden files in tests/data/reports/samples/; the same database
# and options give the same bytes.
#
# The golden files pin the default codebook's and lexicon's output too: after
# a deliberate change to data/, look at the differences this test prints, then
# re-pin with   make check HEED_REGEN=1 TESTS=tests/reports-samples.sh
. "${top_srcdir:-.}/tests/setup.sh"
G=$SRC/tests/data/reports/samples
# a fixed "now" for the dates heed records (the action's done_at)
SOURCE_DATE_EPOCH=1790000000; export SOURCE_DATE_EPOCH
S=$SRC/samples

expect_exit 0 "$HEED" collect "$S/consultation-2026-Q2.csv" --round 2026-Q2
expect_exit 0 "$HEED" collect "$S/consultation-2026-Q3.csv" --round 2026-Q3
expect_exit 0 "$HEED" collect "$S/forum-thread.txt" --round 2026-Q3 --source forum
expect_exit 0 "$HEED" analyse
expect_exit 0 "$HEED" action add --round 2026-Q2 --theme intrusion \
	"Offer a written report as the default alternative to a home visit"
expect_exit 0 "$HEED" action done 1

status=0
for f in html md txt json; do
	expect_exit 0 "$HEED" report -F $f -o rep-$f
	expect_exit 0 "$HEED" report -F $f -o again-$f
	cmp -s rep-$f/report.$f again-$f/report.$f || fail "$f: two runs differ"
	if [ "${HEED_REGEN:-}" = 1 ]; then
		mkdir -p "$G" && cp rep-$f/report.$f "$G/report.$f"
	elif ! diff -u "$G/report.$f" rep-$f/report.$f >diff-$f; then
		head -60 diff-$f
		echo "FAIL: report.$f differs from $G/report.$f"
		status=1
	fi
done
# the samples' safeguarding disclosures never reach a report
for f in html md txt json; do
	sql "SELECT p.redacted FROM response p JOIN flag g ON g.response_id = p.id" |
	while IFS= read -r text; do
		snippet=$(printf '%s' "$text" | cut -c1-40)
		[ -z "$snippet" ] || ! grep -qF -- "$snippet" rep-$f/report.$f ||
			{ echo "FAIL: flagged text in report.$f: $snippet"; exit 1; }
	done || status=1
done
exit $status
