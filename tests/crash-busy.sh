#!/bin/sh
# crash-busy.sh — a writer that finds the database locked by another
# process waits for it (up to HEED_BUSY_TIMEOUT seconds), and when the wait
# runs out fails with a message saying so, exit 1, and stores nothing.
. "${top_srcdir:-.}/tests/setup.sh"
. "$SRC/tests/crashlib.sh"
need_collect

gen_csv seed.csv 10 seed
gen_csv more.csv 20 more
import "$HEED_DB" seed.csv
before=$(db_dump)

# another process (the sqlite3 shell) takes the write lock and keeps it
# until we close its input
mkfifo lock.fifo
sqlite3 "$HEED_DB" < lock.fifo > lock.out 2>&1 &
holder=$!
exec 3> lock.fifo
printf 'BEGIN IMMEDIATE;\nINSERT INTO consultation(name) VALUES (%s);\n.print held\n' \
	"'held by the shell'" >&3
i=0
until grep -q held lock.out 2>/dev/null; do
	i=$((i + 1)); [ $i -lt 300 ] || fail "the sqlite3 shell did not take the lock"
	sleep 0.1
done

# a short timeout runs out: a clear message, exit 1, nothing stored
HEED_BUSY_TIMEOUT=1 expect_exit 1 "$HEED" collect more.csv --round 2026-Q2 --text-column "$Q"
expect_grep 'heed\.db: .*database is locked' "$T/err"
expect_grep 'write lock for over 1 s' "$T/err"
expect_grep 'HEED_BUSY_TIMEOUT' "$T/err"
[ "$(db_dump)" = "$before" ] || fail "a failed wait changed the database"
HEED_BUSY_TIMEOUT=0 expect_exit 1 "$HEED" analyse
expect_grep 'database is locked' "$T/err"

# a bad value is refused before anything is opened
HEED_BUSY_TIMEOUT=soon expect_exit 1 "$HEED" collect more.csv --round 2026-Q2 --text-column "$Q"
expect_grep "HEED_BUSY_TIMEOUT 'soon': not a number of seconds" "$T/err"

# the default waits: the lock is given back (rolled back) after a moment and
# the import then completes
( sleep 2; printf 'ROLLBACK;\n' >&3; exec 3>&- ) &
releaser=$!
exec 3>&-
expect_exit 0 "$HEED" collect more.csv --round 2026-Q2 --text-column "$Q"
wait $releaser
wait $holder || true
[ "$(responses "$HEED_DB")" -eq 30 ] || fail "$(responses "$HEED_DB") responses after the wait, want 30"
[ "$(sql "SELECT count(*) FROM consultation WHERE name = 'held by the shell'")" -eq 0 ] ||
	fail "the shell's rolled-back write is in the database"
integrity "$HEED_DB"
echo "crash-busy: ok"
