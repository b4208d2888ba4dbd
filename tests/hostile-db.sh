#!/bin/sh
# hostile-db.sh — damaged, foreign, empty and read-only databases (issue 9):
# each is refused with a message naming the file, exit status 1, and the
# file is left exactly as it was; a read-only database can still be read.
. "${top_srcdir:-.}/tests/setup.sh"
MKDB="${RUN_WRAP:-} $top_builddir/tests/unit/mkdb"
CSV=$SRC/samples/consultation-2026-Q2.csv

# have_collect: can `heed collect` import a file yet?
have_collect() {
	set +e; "$HEED" --db probe.db collect "$CSV" --round 2026-Q2 >/dev/null 2>&1; rc=$?; set -e
	rm -f probe.db probe.db-wal probe.db-shm
	[ $rc -eq 0 ]
}
collect_ok=no; have_collect && collect_ok=yes

# refused DB PATTERN: reading and (when possible) writing DB both fail with
# a message matching PATTERN that names DB, and DB's bytes do not change.
refused() {
	db=$1 pat=$2
	cp "$db" "$db.orig"
	expect_exit 1 "$HEED" --db "$db" status
	expect_grep "^heed: $db: $pat" "$T/err"
	[ ! -s "$T/out" ] || { cat "$T/out" >&2; fail "status printed output for $db"; }
	cmp -s "$db" "$db.orig" || fail "status changed $db"
	if [ $collect_ok = yes ]; then
		expect_exit 1 "$HEED" --db "$db" collect "$CSV" --round 2026-Q2
		expect_grep "$db" "$T/err"
		cmp -s "$db" "$db.orig" || fail "collect changed $db"
	fi
	rm -f "$db.orig"
}

$MKDB good.db
expect_exit 0 "$HEED" --db good.db status
size=$(wc -c < good.db)
ps=$(sqlite3 good.db 'PRAGMA page_size')
[ "$size" -ge $((6 * ps)) ] || fail "the new database is only $size bytes"

# truncated copies: inside the header, after the first page, half, all but
# the last page
for n in 50 100 "$ps" $((size / 2)) $((size - ps)); do
	head -c "$n" good.db > "trunc$n.db"
	refused "trunc$n.db" '.*(malformed|damaged|not a database)'
done
# a page in the middle overwritten with zeros, then with bytes that are
# not a b-tree page
cp good.db zeroed.db
dd if=/dev/zero of=zeroed.db bs="$ps" seek=3 count=1 conv=notrunc 2>/dev/null
refused zeroed.db 'the database is damaged'
cp good.db garbled.db
awk -v n="$ps" 'BEGIN { for (i = 0; i < n; i++) printf "%c", 33 + (i * 7) % 90 }' |
	dd of=garbled.db bs="$ps" seek=4 count=1 conv=notrunc 2>/dev/null
refused garbled.db 'the database is damaged'

# files that are not databases at all: NUL bytes, binary, text, someone
# else's SQLite database
head -c 8192 /dev/zero > nul.db
refused nul.db '.*not a database'
awk 'BEGIN { for (i = 0; i < 5000; i++) printf "%c", (i * 131 + 7) % 256 }' > binary.db
refused binary.db '.*not a database'
printf 'Timestamp,Q\n2026/04/02 20:44:37,hello\n' > text.db
refused text.db '.*not a database'
sqlite3 other.db 'CREATE TABLE t(x); INSERT INTO t VALUES (1);'
refused other.db 'not a heed database'

# an empty file is a database not yet written: reading says so
: > empty.db
expect_exit 1 "$HEED" --db empty.db status
expect_grep "^heed: empty.db: " "$T/err"
[ ! -s empty.db ] || fail "status wrote to empty.db"

# a read-only database: readable, never written.  Permissions do not stop
# root, so as root the check runs as the user nobody through setpriv.
as_user=
if [ "$(id -u)" -eq 0 ]; then
	if command -v setpriv >/dev/null 2>&1 && id nobody >/dev/null 2>&1; then
		as_user="setpriv --reuid=$(id -u nobody) --regid=$(id -g nobody) --clear-groups --"
	else
		echo "hostile-db: SKIP read-only database: running as root without setpriv"
		as_user=skip
	fi
fi
if [ "$as_user" != skip ]; then
	mkdir ro
	$MKDB ro/r.db
	[ -z "$as_user" ] || { chmod 755 "$T"; chown -R nobody ro; }
	chmod 0400 ro/r.db
	cp ro/r.db r.orig
	before=$(sqlite3 -readonly ro/r.db .dump)
	expect_exit 0 $as_user "$HEED" --db ro/r.db status
	expect_grep '^database ro/r.db' "$T/out"
	if [ -n "$as_user" ]; then
		$as_user sh -c ": >> ro/r.db" 2>/dev/null && fail "nobody can write ro/r.db"
	fi
	if [ $collect_ok = yes ]; then
		expect_exit 1 $as_user "$HEED" --db ro/r.db collect "$CSV" --round 2026-Q2
		expect_grep '^heed: ro/r.db: .*read-only' "$T/err"
	else
		# until heed collect exists, the store itself
		expect_exit 1 $as_user $MKDB ro/r.db
		expect_grep 'ro/r.db: database is read-only' "$T/err"
	fi
	cmp -s ro/r.db r.orig || fail "the read-only database changed"
	[ "$(sqlite3 -readonly ro/r.db .dump)" = "$before" ] || fail "read-only dump changed"
fi
[ $collect_ok = yes ] || echo "hostile-db: write paths not checked: heed collect is not implemented yet"
echo "hostile-db: ok"
