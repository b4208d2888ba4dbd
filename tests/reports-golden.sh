#!/bin/sh
# reports-golden.sh — every report format and the themes export, on the
# fixture database, against golden files; the same run twice gives the same
# bytes.  HEED_REGEN=1 rewrites the golden files instead of comparing.
. "${top_srcdir:-.}/tests/setup.sh"
G=$SRC/tests/data/reports/golden
sh "$SRC/tests/data/reports/make-fixture.sh" "$HEED_DB"

for f in html md txt json; do
	expect_exit 0 "$HEED" report -F $f -o rep
	expect_grep "^rep/report.$f\$" "$T/out"
done
expect_exit 0 "$HEED" report -F txt -o by-area --by area --round 2026-Q2 --min-count 3
expect_exit 0 "$HEED" export themes -o themes.csv
cp by-area/report.txt rep/by-area.txt
cp themes.csv rep/themes.csv

if [ "${HEED_REGEN:-}" = 1 ]; then
	mkdir -p "$G"
	for f in report.html report.md report.txt report.json by-area.txt themes.csv; do
		cp "rep/$f" "$G/$f"
	done
	echo "reports-golden: golden files rewritten in $G"
	exit 0
fi
for f in report.html report.md report.txt report.json by-area.txt themes.csv; do
	diff -u "$G/$f" "rep/$f" >"$T/diff" || { head -60 "$T/diff" >&2; fail "$f differs from the golden file"; }
done

# the themes export filters by round and theme, and knows its rounds
expect_exit 0 "$HEED" export themes --round 2026-Q2 --theme intrusion
# (Wilson 12/80 computed in Python: 0.0879 to 0.2441)
[ "$(cat "$T/out")" = "theme,label,round,responses,round_responses,share,ci_low,ci_high
intrusion,Proportionality and intrusion,2026-Q2,12,80,0.1500,0.0879,0.2441" ] ||
	{ cat "$T/out" >&2; fail "export themes --round --theme"; }
expect_exit 1 "$HEED" export themes --round 2030-Q1
expect_grep "no round labelled '2030-Q1'" "$T/err"
expect_exit 2 "$HEED" export themes --min-count x
# a label outside ASCII is drawn transliterated, and kept as UTF-8 in text
expect_grep 'Wellbeing — children’s and parents’ “happiness”…' rep/report.txt
# byte-identical output on a second run, PNGs included
expect_exit 0 "$HEED" report -o again
expect_exit 0 "$HEED" report -F md -o again
for f in rep/*.png; do
	cmp "$f" "again/$(basename "$f")" || fail "$f differs between runs"
done
cmp rep/report.html again/report.html || fail "report.html differs between runs"
# self-contained: nothing loaded from elsewhere
if grep -Eiq '<(script|link|img|iframe)|src=|href="[a-z]+:|@import|url\(' rep/report.html; then
	fail "report.html refers to an external resource"
fi
# navigable: every section heading has an anchor the contents link to
for id in what themes polarity quotes so-what change negative together caveats now-what you-said-we-did; do
	expect_grep "<h[23] id=\"$id\">" rep/report.html
	expect_grep "<a href=\"#$id\">" rep/report.html
done
# the md report points at the PNGs written beside it
for p in theme-frequency theme-polarity theme-trend theme-cooccurrence; do
	grep -q "($p.png)" rep/report.md || fail "report.md does not show $p.png"
	[ -s "rep/$p.png" ] || fail "$p.png missing"
	[ "$(head -c 4 "rep/$p.png" | tail -c 3)" = PNG ] || fail "$p.png is not a PNG"
done
# the charts are inline SVG, one per chart, each with its title; the
# breakdown chart only with --by
[ "$(grep -c '^<svg ' rep/report.html)" = 4 ] || fail "report.html does not inline 4 SVG charts"
[ -e rep/theme-breakdown.png ] && fail "a breakdown chart without --by"
expect_exit 0 "$HEED" report --by area -o by-html
[ "$(grep -c '^<svg ' by-html/report.html)" = 5 ] || fail "no breakdown chart with --by"
expect_grep '<title id="theme-breakdown-t">Themes by area in 2026-Q3' by-html/report.html
[ -s by-html/theme-breakdown.png ] || fail "no theme-breakdown.png with --by"
expect_grep '<title id="theme-frequency-t">Themes in 2026-Q3' rep/report.html
echo "reports-golden: ok"
