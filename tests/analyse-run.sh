#!/bin/sh
# analyse-run.sh — heed analyse on a database: codes, themes, flags,
# polarity, recoding with a changed codebook, jobs, export codes.
. "${top_srcdir:-.}/tests/setup.sh"
D=$SRC/tests/data/analyse
cp "$D/small.codebook" "$D/visits.codebook" .

# an empty database: the schema is created, nothing coded
expect_exit 0 "$HEED" analyse --codebook small.codebook
expect_grep '^coded 0 responses' "$T/out"
sql "INSERT INTO round (id, label) VALUES (1, '2026-Q2'), (2, '2026-Q3');
INSERT INTO import (id, file, sha256, imported_at, format, source)
  VALUES (1, 'x.csv', '00', '2026-07-01T00:00:00Z', 'csv', 'survey');
INSERT INTO respondent (id, import_id, ext_id) VALUES (1, 1, 'r1'), (2, 1, 'r2'), (3, 1, 'r3'), (4, 1, 'r4');
INSERT INTO question (id, text) VALUES (1, 'Anything else?');
INSERT INTO response (id, respondent_id, question_id, round_id, source, text, redaction, dedup) VALUES
 (1, 1, 1, 1, 'survey', 'I just don''t trust the LA. A home visit every year feels like monitoring.', 'x', 'd1'),
 (2, 2, 1, 2, 'survey', 'Her dad hits her when he''s been drinking.', 'x', 'd2'),
 (3, 3, 1, 2, 'survey', 'We have a trust fund. The officer was really helpful.', 'x', 'd3'),
 (4, 4, 1, 2, 'survey', 'The officers let us down, they were patronising.', 'x', 'd4');"

# --round codes only that round's responses
expect_exit 0 "$HEED" analyse --codebook small.codebook --round 2026-Q2
expect_grep '^coded 1 responses' "$T/out"
[ "$(sql 'SELECT group_concat(response_id) FROM coding')" = 1 ] || fail "--round coded other rounds"

expect_exit 0 "$HEED" analyse --codebook small.codebook
expect_grep '^coded 3 responses .*: 0 with themes, 0 codes, 1 newly flagged' "$T/out"
[ "$(sql 'SELECT count(*) FROM coding')" -eq 4 ] || fail "not every response coded"
[ "$(sql "SELECT polarity FROM coding WHERE response_id = 3")" = positive ] || fail "polarity of 3"
[ "$(sql "SELECT polarity FROM coding WHERE response_id = 4")" = negative ] || fail "polarity of 4"
# themes and the codes behind them, with rule ids, byte spans and negation
[ "$(sql "SELECT group_concat(theme || ':' || polarity, ' ') FROM
  (SELECT * FROM theme WHERE response_id = 1 ORDER BY theme)")" = "intrusion:negative trust:negative" ] ||
	fail "themes of 1: $(sql 'SELECT * FROM theme')"
[ "$(sql "SELECT group_concat(rule || ' ' || start || ' ' || end || ' ' || negated, '|') FROM
  (SELECT * FROM code WHERE response_id = 1 ORDER BY theme, start)")" = \
	'visits.codebook:4:"home visit*" 29 39 0|visits.codebook:4:monitor* 62 72 0|small.codebook:5:trust* 13 18 1' ] ||
	fail "codes of 1: $(sql 'SELECT * FROM code WHERE response_id = 1')"
# "let down" needs its words together: "let us down" is not coded; the trust fund is excluded
[ "$(sql 'SELECT count(*) FROM code WHERE response_id IN (3, 4)')" -eq 0 ] || fail "codes of 3, 4"
# the disclosure is flagged (open, with an event), never a theme
[ "$(sql "SELECT response_id || ' ' || flag || ' ' || rule || ' ' || status FROM flag")" = \
	"2 disclosure small.codebook:17:pattern open" ] || fail "flag: $(sql 'SELECT * FROM flag')"
[ "$(sql 'SELECT count(*) FROM flag_event')" -eq 1 ] || fail "flag event"
[ "$(sql 'SELECT count(*) FROM theme WHERE response_id = 2')" -eq 0 ] || fail "flag stored as a theme"

# nothing left to code
expect_exit 0 "$HEED" analyse --codebook small.codebook
expect_grep '^coded 0 responses' "$T/out"

# export codes: the current codebook, flagged responses never
expect_exit 0 "$HEED" export codes
cat >want.csv <<'CSV'
id,question,theme,rule,start,end,negated
r1,Anything else?,intrusion,"visits.codebook:4:""home visit*""",29,39,0
r1,Anything else?,intrusion,visits.codebook:4:monitor*,62,72,0
r1,Anything else?,trust,small.codebook:5:trust*,13,18,1
CSV
diff -u want.csv "$T/out" || fail "export codes"
expect_exit 0 "$HEED" export codes --theme trust --round 2026-Q2
[ "$(wc -l <"$T/out")" -eq 2 ] || fail "export codes --theme"

# a changed codebook (here: an included file) recodes everything and
# keeps the old codes; the new one becomes current
old=$(sql 'SELECT id FROM current_codebook')
sed 's/"home visit\*" monitor\*/"home visit*" monitor* officer*/' "$D/visits.codebook" >visits.codebook
expect_exit 0 "$HEED" analyse --codebook small.codebook --jobs 3
expect_grep '^coded 4 responses' "$T/out"
new=$(sql 'SELECT id FROM current_codebook')
[ "$old" != "$new" ] || fail "changed codebook not current"
[ "$(sql "SELECT count(*) FROM coding WHERE codebook_id = $old")" -eq 4 ] || fail "old codings lost"
[ "$(sql "SELECT count(*) FROM code WHERE codebook_id = $old")" -eq 3 ] || fail "old codes lost"
[ "$(sql "SELECT count(*) FROM code WHERE codebook_id = $new AND theme = 'intrusion'")" -eq 4 ] ||
	fail "new codes: $(sql "SELECT * FROM code WHERE codebook_id = $new")"
# a flagged response stays flagged once
[ "$(sql 'SELECT count(*) FROM flag')" -eq 1 ] || fail "flag duplicated"
[ "$(sql "SELECT codebook_id FROM flag")" = "$old" ] || fail "flag replaced"
[ "$(sql "SELECT text FROM codebook WHERE id = $new")" != "" ] || fail "codebook text"
sql "SELECT text FROM codebook WHERE id = $new" | grep -q 'officer\*' || fail "included text not stored"

# switching back and forth makes the codebook used last current, even
# when every use falls in the same second (used_at has whole seconds)
sql "UPDATE codebook SET used_at = '2026-07-01T09:00:00Z'"
cp "$D/visits.codebook" visits.codebook
expect_exit 0 "$HEED" analyse --codebook small.codebook
expect_grep '^coded 0 responses' "$T/out"
[ "$(sql 'SELECT id FROM current_codebook')" = "$old" ] || fail "the old codebook is not current again"
sed 's/"home visit\*" monitor\*/"home visit*" monitor* officer*/' "$D/visits.codebook" >visits.codebook
expect_exit 0 "$HEED" analyse --codebook small.codebook
[ "$(sql 'SELECT id FROM current_codebook')" = "$new" ] || fail "the new codebook is not current again"

# the same results whatever --jobs
for j in 1 4; do
	rm -f "$HEED_DB.j$j"
	cp "$HEED_DB" "$HEED_DB.j$j"
	sqlite3 "$HEED_DB.j$j" "PRAGMA foreign_keys = ON; DELETE FROM coding WHERE codebook_id = $new"
	expect_exit 0 "$HEED" --db "$HEED_DB.j$j" analyse --codebook small.codebook --jobs $j
	sqlite3 "$HEED_DB.j$j" "SELECT response_id, theme, rule, start, end, negated FROM code
	  WHERE codebook_id = $new ORDER BY 1, 2, 4, 3" >codes.j$j
	sqlite3 "$HEED_DB.j$j" "SELECT response_id, polarity, score FROM coding
	  WHERE codebook_id = $new ORDER BY 1" >>codes.j$j
done
cmp codes.j1 codes.j4 || fail "--jobs changes the results"
[ -s codes.j1 ] || fail "no codes to compare"

# errors: a bad codebook changes nothing
before=$(db_dump)
printf 'theme a\n  words x\n' >bad.codebook
expect_exit 1 "$HEED" analyse --codebook bad.codebook
expect_grep "bad.codebook:1: 'a' has no label" "$T/err"
[ "$(db_dump)" = "$before" ] || fail "a failed analyse changed the database"
expect_exit 2 "$HEED" analyse --jobs 0
expect_exit 2 "$HEED" analyse extra
echo "analyse-run: ok"
