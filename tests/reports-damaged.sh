#!/bin/sh
# reports-damaged.sh — heed report skips the page-by-page quick_check on
# open (it is slow on a large database, see heed(1)), so it must still
# refuse a truncated database and stop on a damaged page it reads, with
# exit status 1, a message naming the file, and no report written.
. "${top_srcdir:-.}/tests/setup.sh"
sh "$SRC/tests/data/reports/make-fixture.sh" good.db
expect_exit 0 "$HEED" --db good.db report -F txt -o ok
[ -s ok/report.txt ] || fail "no report from the good database"
size=$(wc -c < good.db)
psize=$(sqlite3 good.db 'PRAGMA page_size')

# truncated: all but the last page, and half
for n in $((size - psize)) $((size / 2)); do
	head -c "$n" good.db > "trunc$n.db"
	expect_exit 1 "$HEED" --db "trunc$n.db" report -F txt -o "out$n"
	expect_grep "^heed: trunc$n.db: .*(malformed|damaged)" "$T/err"
	[ ! -e "out$n/report.txt" ] || fail "a report from a truncated database"
done

# the first page of the response table zeroed: the report reads it
root=$(sqlite3 good.db "SELECT rootpage FROM sqlite_schema WHERE name = 'response'")
[ "$root" -gt 1 ] || fail "no response table in the fixture"
cp good.db zeroed.db
dd if=/dev/zero of=zeroed.db bs="$psize" seek=$((root - 1)) count=1 conv=notrunc 2>/dev/null
expect_exit 1 "$HEED" --db zeroed.db report -F txt -o zout
expect_grep "^heed: zeroed.db: .*the database is damaged" "$T/err"
[ ! -e zout/report.txt ] || fail "a report from a damaged database"
echo "reports-damaged: ok"
