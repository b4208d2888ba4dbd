#!/bin/sh
# privacy-files.sh — the database, its -wal and -shm files, and exports are
# created readable by their owner only, even under a permissive umask.
. "${top_srcdir:-.}/tests/setup.sh"
MKDB=${top_builddir:-..}/tests/unit/mkdb
umask 000
mode() { stat -c %a "$1"; }

"$MKDB" "$HEED_DB"
[ "$(mode "$HEED_DB")" = 600 ] || fail "database created with mode $(mode "$HEED_DB")"
sql "INSERT INTO round (id, label) VALUES (1, '2026-Q3');
INSERT INTO import (id, file, sha256, imported_at, format, source)
  VALUES (1, 's.csv', 'x', '2026-07-01T00:00:00Z', 'csv', 'survey');
INSERT INTO respondent (id, import_id, ext_id) VALUES (1, 1, 'r1'), (2, 1, 'r2');
INSERT INTO question (id, text) VALUES (1, 'Q');
INSERT INTO response (id, respondent_id, question_id, round_id, source, text, redaction, dedup)
  VALUES (1, 1, 1, 1, 'survey', 'My son Jack', 'My son [name]', 'd1'),
         (2, 2, 1, 1, 'survey', 'flagged text', 'flagged text', 'd2');
INSERT INTO codebook (id, hash, name, text, loaded_at, used_at)
  VALUES (1, 'h', 'c', '', '2026-07-01T00:00:00Z', '2026-07-01T00:00:00Z');
INSERT INTO flag (id, response_id, codebook_id, flag, rule, start, end, raised_at)
  VALUES (1, 2, 1, 'disclosure', 'c:1:x', 0, 4, '2026-07-02T09:00:00Z');"

# Keep a reader open so that the -wal and -shm files outlive heed's write
# (SQLite removes them when the last connection closes).
mkfifo "$T/hold"
sqlite3 "$HEED_DB" < "$T/hold" > /dev/null &
holder=$!
exec 3> "$T/hold"
echo "BEGIN; SELECT count(*) FROM flag;" >&3
i=0
while [ ! -e "$HEED_DB-shm" ]; do
	i=$((i + 1)); [ "$i" -lt 300 ] || fail "the reader never opened the database"
	sleep 0.1
done
expect_exit 0 "$HEED" flags refer 1 --to "MASH"
for f in "$HEED_DB" "$HEED_DB-wal" "$HEED_DB-shm"; do
	[ -e "$f" ] || fail "$f does not exist after a write"
	[ "$(mode "$f")" = 600 ] || fail "$f has mode $(mode "$f"), not 600"
done
echo "COMMIT;" >&3
exec 3>&-
wait "$holder"

# exports: -o creates the file owner-only; --force keeps it so
expect_exit 0 "$HEED" export responses -o out.csv
[ "$(mode out.csv)" = 600 ] || fail "export created out.csv with mode $(mode out.csv)"
expect_grep 'My son \[name\]' out.csv
expect_exit 0 "$HEED" export responses -o out.csv --force
[ "$(mode out.csv)" = 600 ] || fail "export --force left mode $(mode out.csv)"
expect_exit 0 "$HEED" export responses --unredacted -o raw.csv
[ "$(mode raw.csv)" = 600 ] || fail "export --unredacted created mode $(mode raw.csv)"
echo "privacy-files: ok"
