#!/bin/sh
# collect-migrate.sh — schema version 3: response.redacted is generated from
# response.redaction (NULL when nothing was redacted) and attribute has no
# rowid.  A version 2 database (redacted stored in full) is migrated with
# every response, attribute, coding and flag kept and `heed export`
# byte-identical; and an import that spans several of collect's batches
# stores what a row-by-row count of the file says.
. "${top_srcdir:-.}/tests/setup.sh"
cp "$SRC/tests/data/analyse/small.codebook" "$SRC/tests/data/analyse/visits.codebook" .

cat > survey.csv <<'EOF'
Timestamp,Which area do you live in?,Anything else?
2026/07/01 09:00:00,Northgate,I just don't trust the council any more.
2026/07/02 09:00:00,Southfield,My son Jack was let down by the school.
2026/07/03 09:00:00,,Her dad hits her when he's been drinking.
2026/07/04 09:00:00,Northgate,Email me at jo.bloggs@example.org please.
2026/07/05 09:00:00,Westbrook,Nothing to add.
EOF
expect_exit 0 "$HEED" collect survey.csv --round 2026-Q3
expect_exit 0 "$HEED" analyse --codebook small.codebook
[ "$(sql 'PRAGMA user_version')" = 5 ] || fail "a new database is not at version 5"
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
PRAGMA user_version = 2;
COMMIT;
EOF
[ "$(sql "SELECT count(*) FROM pragma_table_xinfo('response') WHERE name = 'redaction'")" = 0 ] ||
	fail "the version 2 layout was not made"

# a command that writes migrates it; nothing is lost or recoded
expect_exit 0 "$HEED" analyse --codebook small.codebook
expect_grep '^coded 0 responses' "$T/out"
[ "$(sql 'PRAGMA user_version')" = 5 ] || fail "not migrated to version 5"
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
