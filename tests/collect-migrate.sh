#!/bin/sh
# collect-migrate.sh — schema version 3: response.redacted is generated from
# response.redaction (NULL when nothing was redacted) and attribute has no
# rowid; version 6: nor have coding, theme and code (code.seq for code.id).  A version 2 database (redacted stored in full) is migrated with
# every response, attribute, coding and flag kept and `heed export`
# byte-identical; and an import that spans several of collect's batches
# stores what a row-by-row count of the file says.
. "${top_srcdir:-.}/tests/setup.sh"
cp "$SRC/tests/data/analyse/small.codebook" "$SRC/tests/data/analyse/visits.codebook" .

cat > survey.csv <<'EOF'
Timestamp,Which area do you live in?,Anything else?
2026/07/01 09:00:00,Northgate,"I just don't trust the council any more, I feel let down."
2026/07/02 09:00:00,Southfield,My son Jack was let down by the school.
2026/07/03 09:00:00,,Her dad hits her when he's been drinking.
2026/07/04 09:00:00,Northgate,Email me at jo.bloggs@example.org please.
2026/07/05 09:00:00,Westbrook,Nothing to add.
EOF
expect_exit 0 "$HEED" collect survey.csv --round 2026-Q3
expect_exit 0 "$HEED" analyse --codebook small.codebook
[ "$(sql 'PRAGMA user_version')" = 6 ] || fail "a new database is not at version 6"
[ "$(sql 'PRAGMA page_size')" = 16384 ] || fail "a new database has $(sql 'PRAGMA page_size')-byte pages"
# a database that exists keeps its page size
sqlite3 small-pages.db "PRAGMA page_size = 4096; VACUUM"
expect_exit 0 "$HEED" --db small-pages.db collect survey.csv --round 2026-Q3
[ "$(sqlite3 small-pages.db 'PRAGMA page_size')" = 4096 ] || fail "the page size of a database changed"
[ "$(sqlite3 small-pages.db 'SELECT count(*) FROM response')" = 5 ] || fail "small pages: responses"
# redaction holds only what differs from the text; redacted reads as before
[ "$(sql 'SELECT count(*) FROM response')" = 5 ] || fail "responses"
[ "$(sql 'SELECT count(*) FROM response WHERE redaction IS NOT NULL')" = 2 ] ||
	fail "redaction: $(sql 'SELECT id, redaction FROM response')"
[ "$(sql "SELECT redacted FROM response WHERE text LIKE '%Jack%'")" = \
  "My son [name] was let down by the school." ] || fail "redacted name"
[ "$(sql "SELECT redacted FROM response WHERE text LIKE 'Nothing%'")" = "Nothing to add." ] ||
	fail "redacted is not the text when nothing was redacted"
[ "$(sql 'SELECT count(*) FROM flag')" = 1 ] || fail "the disclosure is not flagged"
for k in responses codes themes; do
	"$HEED" export $k > "before-$k.csv" || fail "export $k"
done
"$HEED" export --unredacted responses > before-unredacted.csv || fail "export --unredacted"
before_codings=$(sql 'SELECT * FROM coding ORDER BY response_id' | cksum)
[ "$(sql 'SELECT max(n) FROM (SELECT count(*) n FROM code GROUP BY response_id)')" -ge 2 ] ||
	fail "no response with two codes, to test their order"
before_codes=$(sql 'SELECT * FROM code ORDER BY response_id, seq' | cut -d'|' -f1,2,4- | cksum)
before_attrs=$(sql 'SELECT * FROM attribute ORDER BY respondent_id, name' | cksum)

# back to the version 2 layout, as heed 0.1 wrote it
sqlite3 -batch "$HEED_DB" <<'EOF' || fail "making a version 2 database"
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE r2 (
  id INTEGER PRIMARY KEY,
  respondent_id INTEGER NOT NULL REFERENCES respondent(id) ON DELETE CASCADE,
  question_id INTEGER NOT NULL REFERENCES question(id),
  round_id INTEGER NOT NULL REFERENCES round(id),
  source TEXT NOT NULL, submitted TEXT, text TEXT NOT NULL,
  redacted TEXT NOT NULL, dedup TEXT NOT NULL UNIQUE);
INSERT INTO r2 SELECT id, respondent_id, question_id, round_id, source, submitted,
  text, redacted, dedup FROM response;
DROP VIEW reportable;
DROP TABLE response;
ALTER TABLE r2 RENAME TO response;
CREATE INDEX response_round ON response(round_id);
CREATE INDEX response_respondent ON response(respondent_id);
CREATE VIEW reportable AS SELECT * FROM response
  WHERE id NOT IN (SELECT response_id FROM flag);
CREATE TABLE a2 (
  respondent_id INTEGER NOT NULL REFERENCES respondent(id) ON DELETE CASCADE,
  name TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (respondent_id, name));
INSERT INTO a2 SELECT respondent_id, name, value FROM attribute;
DROP TABLE attribute;
ALTER TABLE a2 RENAME TO attribute;
-- coding, theme and code with rowids, as before version 6
DROP VIEW current_theme;
DROP VIEW current_coding;
DROP TRIGGER response_summary_uncode;
CREATE TABLE g2 (
  response_id INTEGER NOT NULL REFERENCES response(id) ON DELETE CASCADE,
  codebook_id INTEGER NOT NULL REFERENCES codebook(id) ON DELETE CASCADE,
  polarity TEXT NOT NULL, score REAL NOT NULL DEFAULT 0, coded_at TEXT NOT NULL,
  PRIMARY KEY (response_id, codebook_id));
INSERT INTO g2 SELECT response_id, codebook_id, polarity, score, coded_at FROM coding;
CREATE TABLE t2 (
  response_id INTEGER NOT NULL, codebook_id INTEGER NOT NULL, theme TEXT NOT NULL,
  polarity TEXT NOT NULL, PRIMARY KEY (response_id, codebook_id, theme),
  FOREIGN KEY (response_id, codebook_id) REFERENCES coding(response_id, codebook_id) ON DELETE CASCADE);
INSERT INTO t2 SELECT response_id, codebook_id, theme, polarity FROM theme;
CREATE TABLE k2 (
  id INTEGER PRIMARY KEY, response_id INTEGER NOT NULL, codebook_id INTEGER NOT NULL,
  theme TEXT NOT NULL, rule TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
  negated INTEGER NOT NULL DEFAULT 0,
  FOREIGN KEY (response_id, codebook_id) REFERENCES coding(response_id, codebook_id) ON DELETE CASCADE);
INSERT INTO k2 (response_id, codebook_id, theme, rule, start, end, negated)
  SELECT response_id, codebook_id, theme, rule, start, end, negated
    FROM code ORDER BY response_id, codebook_id, seq;
DROP TABLE code;
DROP TABLE theme;
DROP TABLE coding;
ALTER TABLE g2 RENAME TO coding;
ALTER TABLE t2 RENAME TO theme;
ALTER TABLE k2 RENAME TO code;
CREATE INDEX coding_codebook ON coding(codebook_id);
CREATE INDEX theme_codebook ON theme(codebook_id, theme);
CREATE INDEX code_response ON code(response_id, codebook_id);
CREATE TRIGGER response_summary_uncode AFTER DELETE ON coding BEGIN
  UPDATE response_summary SET codebook_id = NULL, polarity = NULL, themes = NULL
   WHERE response_id = old.response_id AND codebook_id = old.codebook_id;
END;
CREATE VIEW current_coding AS
  SELECT g.* FROM coding g JOIN current_codebook c ON g.codebook_id = c.id;
CREATE VIEW current_theme AS
  SELECT t.response_id, t.theme, t.polarity, 0 AS reviewed
    FROM theme t JOIN current_codebook c ON t.codebook_id = c.id
   WHERE t.response_id NOT IN (SELECT response_id FROM review)
  UNION ALL
  SELECT l.response_id, rt.theme,
         coalesce((SELECT t.polarity FROM theme t JOIN current_codebook c
                    ON t.codebook_id = c.id
                   WHERE t.response_id = l.response_id AND t.theme = rt.theme),
                  (SELECT g.polarity FROM current_coding g
                   WHERE g.response_id = l.response_id), 'neutral'),
         1
    FROM latest_review l JOIN review_theme rt ON rt.review_id = l.id;
PRAGMA user_version = 2;
COMMIT;
EOF
[ "$(sql "SELECT count(*) FROM pragma_table_xinfo('response') WHERE name = 'redaction'")" = 0 ] ||
	fail "the version 2 layout was not made"

# a command that writes migrates it; nothing is lost or recoded
expect_exit 0 "$HEED" analyse --codebook small.codebook
expect_grep '^coded 0 responses' "$T/out"
[ "$(sql 'PRAGMA user_version')" = 6 ] || fail "not migrated to version 6"
[ "$(sql 'PRAGMA integrity_check')" = ok ] || fail "integrity after the migration"
[ -z "$(sql 'PRAGMA foreign_key_check')" ] || fail "foreign keys after the migration"
[ "$(sql 'SELECT * FROM coding ORDER BY response_id' | cksum)" = "$before_codings" ] ||
	fail "codings changed"
[ "$(sql 'SELECT * FROM attribute ORDER BY respondent_id, name' | cksum)" = "$before_attrs" ] ||
	fail "attributes changed"
[ "$(sql 'SELECT count(*) FROM flag')" = 1 ] || fail "the flag was lost"
[ "$(sql 'SELECT count(*) FROM response WHERE redaction IS NOT NULL')" = 2 ] ||
	fail "migrated redaction: $(sql 'SELECT id, redaction FROM response')"
sql "SELECT sql FROM sqlite_schema WHERE name = 'attribute'" | grep -q 'WITHOUT ROWID' ||
	fail "attribute still has a rowid"
for t in coding theme code; do
	sql "SELECT sql FROM sqlite_schema WHERE name = '$t'" | grep -q 'WITHOUT ROWID' ||
		fail "$t still has a rowid"
done
# seq numbers each coding's codes in the order heed wrote them
[ "$(sql 'SELECT * FROM code ORDER BY response_id, seq' | cut -d'|' -f1,2,4- | cksum)" = \
  "$before_codes" ] || fail "code.seq does not follow the order of the codes"
[ "$(sql 'SELECT count(*) FROM code c WHERE seq != (SELECT count(*) FROM code b
          WHERE b.response_id = c.response_id AND b.codebook_id = c.codebook_id
            AND b.seq < c.seq)')" = 0 ] || fail "code.seq is not 0, 1, 2 ... in each coding"
for k in responses codes themes unredacted; do
	if [ $k = unredacted ]; then
		"$HEED" export --unredacted responses > after-$k.csv
	else
		"$HEED" export $k > after-$k.csv
	fi
	cmp "before-$k.csv" "after-$k.csv" || fail "export $k differs after the migration"
done
# deleting through the migrated tables still cascades
sql "PRAGMA foreign_keys = ON; DELETE FROM respondent WHERE id = (SELECT respondent_id FROM response WHERE text LIKE 'Nothing%')"
[ "$(sql 'SELECT count(*) FROM response')" = 4 ] || fail "no cascade to response"

# several batches: 1,500 rows, one in three with no answer; then the file
# again with 300 new rows, where only those are new
awk 'BEGIN {
	print "Timestamp,Area,What has worked well?,What could we do better?"
	for (i = 1; i <= 1800; i++)
		printf "2026/08/%02d %02d:%02d:%02d,Area %d,%s,Better %d\n", 1 + i % 28,
		    i % 24, i % 60, i % 60, i % 5, i % 3 ? "Worked " i : "", i
}' > big-all.csv
head -n 1501 big-all.csv > big.csv
rm -f "$HEED_DB"*
tc="--text-column 3 --text-column 4"
expect_exit 0 "$HEED" collect big.csv --round 2026-Q3 $tc
nfirst=$(awk -F, 'NR > 1 { n += ($3 != "") + ($4 != "") } END { print n }' big.csv)
expect_grep "^big.csv: $nfirst responses from 1500 rows \(2 questions\), 0 duplicates" "$T/out"
[ "$(sql 'SELECT count(*) FROM attribute')" = 1500 ] || fail "attributes of the big file"
[ "$(sql "SELECT count(*) FROM response r JOIN respondent p ON p.id = r.respondent_id
          WHERE r.text != 'Better ' || (p.line - 1) AND r.text != 'Worked ' || (p.line - 1)")" = 0 ] ||
	fail "a response is stored under another row's respondent"
nnew=$(awk -F, 'NR > 1501 { n += ($3 != "") + ($4 != "") } END { print n }' big-all.csv)
expect_exit 0 "$HEED" collect big-all.csv --round 2026-Q3 $tc
expect_grep "^big-all.csv: $nnew responses from 1800 rows \(2 questions\), $nfirst duplicates" "$T/out"
[ "$(sql 'SELECT count(*) FROM respondent')" = 1800 ] || fail "respondents after the second file"
echo "collect-migrate: ok"
