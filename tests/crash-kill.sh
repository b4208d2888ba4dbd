#!/bin/sh
# crash-kill.sh — `kill -9` during a large import (issue 9): afterwards the
# database opens, passes PRAGMA integrity_check, holds none of the
# interrupted file, and the same import then completes.
. "${top_srcdir:-.}/tests/setup.sh"
. "$SRC/tests/crashlib.sh"
need_collect

# the database already holds an earlier import
gen_csv small.csv 50 early
import crash.db small.csv
base=$(responses crash.db)
[ "$base" -eq 50 ] || fail "the first import stored $base responses, not 50"
before=$(sqlite3 crash.db 'SELECT * FROM response ORDER BY id' | cksum)

# reference: the big file imported undisturbed into a fresh database
rows=100000
killed=no
while [ $killed = no ]; do
	gen_csv big.csv $rows big
	rm -f ref.db*; import ref.db big.csv
	nbig=$(responses ref.db)
	[ "$nbig" -eq $rows ] || fail "the big import stored $nbig of $rows responses"

	"$HEED" --db crash.db collect big.csv --round 2026-Q2 --text-column "$Q" \
		>/dev/null 2>&1 &
	pid=$!
	# wait until the import has written into the write-ahead log
	while kill -0 $pid 2>/dev/null; do
		[ -f crash.db-wal ] && [ "$(wc -c < crash.db-wal)" -gt 1000000 ] && break
		sleep 0.05
	done
	if kill -9 $pid 2>/dev/null; then
		killed=yes
	else
		# finished before it could be stopped: start over, bigger
		echo "crash-kill: the import of $rows rows finished first; doubling"
		rows=$((rows * 2))
		[ $rows -le 1600000 ] || fail "could not catch the import running"
		rm -f crash.db*; import crash.db small.csv
	fi
	wait $pid 2>/dev/null || true
done

integrity crash.db
expect_exit 0 "$HEED" --db crash.db status
[ "$(responses crash.db)" -eq "$base" ] || fail "the killed import left $(responses crash.db) responses, not $base"
[ "$(sqlite3 crash.db "SELECT count(*) FROM import WHERE file LIKE '%big.csv'")" -eq 0 ] ||
	fail "the killed import is recorded"
[ "$(sqlite3 crash.db 'SELECT * FROM response ORDER BY id' | cksum)" = "$before" ] ||
	fail "the earlier responses changed"

# the same import now completes
import crash.db big.csv
integrity crash.db
[ "$(responses crash.db)" -eq $((base + nbig)) ] ||
	fail "after re-import: $(responses crash.db) responses, want $((base + nbig))"
echo "crash-kill: ok ($rows rows)"
