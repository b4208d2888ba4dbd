#!/bin/sh
# security-formula.sh — CSV formula injection (issue 9, OWASP "CSV
# injection"): answers and question texts that a spreadsheet would run as a
# formula come out of `heed export` prefixed with an apostrophe; plain
# numbers stay numbers.
. "${top_srcdir:-.}/tests/setup.sh"
. "$SRC/tests/crashlib.sh"
need_collect

Q1='=cmd|'"'"' /C calc'"'"'!A0'
cat > evil.csv <<EOF2
Timestamp,"$Q1",What could we do better?
2026/04/01 09:00:00,"=HYPERLINK(""http://evil.example/"",""click here"")",+SUM(1+2) is what they charge
2026/04/01 09:05:00,@SUM(A1:A9) nothing to add,-2+3 letters were late again
2026/04/01 09:10:00,"	=1+1 tab first",-3
EOF2
expect_exit 0 "$HEED" collect evil.csv --round 2026-Q2 --text-column 2 --text-column 3
expect_exit 0 "$HEED" export responses -o out.csv
cat out.csv

# every field of every row, read back as CSV: none starts with a formula
# character unless it is a plain number
bad=$(sqlite3 :memory: '.import --csv out.csv t' "
	SELECT v FROM (SELECT id AS v FROM t UNION ALL SELECT question FROM t
		UNION ALL SELECT round FROM t UNION ALL SELECT source FROM t
		UNION ALL SELECT polarity FROM t UNION ALL SELECT safeguarding FROM t
		UNION ALL SELECT themes FROM t UNION ALL SELECT text FROM t)
	 WHERE substr(v, 1, 1) IN ('=', '+', '-', '@', char(9), char(13))
	   AND NOT (substr(v, 1, 1) IN ('+', '-') AND length(v) > 1
		AND ltrim(substr(v, 2), '0123456789. ') = '')")
[ -z "$bad" ] || fail "exported unguarded: $bad"
[ "$(sqlite3 :memory: '.import --csv out.csv t' 'SELECT count(*) FROM t')" -ge 5 ] ||
	fail "the export holds too few rows"
for s in "'=HYPERLINK" "'+SUM(1+2)" "'@SUM(A1:A9)" "'-2+3 letters" "'=cmd|"; do
	grep -qF -- "$s" out.csv || fail "'$s' not in the export"
done
grep -qF -- "'	=1+1" out.csv || fail "a tab-led formula was not guarded"
echo "security-formula: ok"
