#!/bin/sh
# store.sh — the database: defaults, refusals with clear messages.
. "${top_srcdir:-.}/tests/setup.sh"

# no database yet: read-only commands say so and create nothing
expect_exit 1 "$HEED" status
expect_grep "heed.db: no such database" "$T/err"
[ ! -e "$HEED_DB" ] || fail "status created a database"

# --db beats $HEED_DB; a text file is not a database
printf 'Timestamp,Q\n' > notdb.db
expect_exit 1 "$HEED" --db notdb.db status
expect_grep "notdb.db" "$T/err"
# a SQLite file of someone else's
sqlite3 other.db 'CREATE TABLE t(x); INSERT INTO t VALUES (1);'
before=$(sqlite3 other.db .dump)
expect_exit 1 "$HEED" --db other.db status
expect_grep "other.db: not a heed database" "$T/err"
[ "$(sqlite3 other.db .dump)" = "$before" ] || fail "other.db was changed"
# a directory
mkdir dir.db
expect_exit 1 "$HEED" --db dir.db status
expect_grep "dir.db: is a directory" "$T/err"
echo "store: ok"
