#!/bin/sh
# hostile-input.sh — bad input files for `heed collect` (issue 9): each is
# refused (exit 1) with a message naming the file and, where the fault is
# inside it, the line; or, where heed accepts it, it is stored faithfully.
# Either way a failed import leaves the database's content as it was.
. "${top_srcdir:-.}/tests/setup.sh"
CSV=$SRC/samples/consultation-2026-Q2.csv

expect_exit_any() {	# like expect_exit, but any status in $1 (e.g. "0 1")
	want=$1; shift
	set +e; "$@" >"$T/out" 2>"$T/err"; got=$?; set -e
	case " $want " in *" $got "*) return 0 ;; esac
	cat "$T/err" >&2; fail "exit status $got, expected one of $want: $*"
}

set +e; "$HEED" collect "$CSV" --round 2026-Q2 >"$T/out" 2>"$T/err"; rc=$?; set -e
if [ $rc -ne 0 ]; then
	cat "$T/err"
	echo "hostile-input: SKIP: heed collect cannot import yet"
	exit 77
fi
base=$(db_dump)
n0=$(sql 'SELECT count(*) FROM response')
[ "$n0" -gt 100 ] || fail "the sample import stored only $n0 responses"

# refused FILE [PATTERN] [collect options]: exit 1, message names FILE (and
# matches PATTERN), the database unchanged
refused() {
	f=$1 pat=${2:-}; shift; [ $# -gt 0 ] && shift
	expect_exit 1 "$HEED" collect "$f" --round 2026-Q9 "$@"
	expect_grep "$(basename "$f")" "$T/err"
	[ -z "$pat" ] || expect_grep "$pat" "$T/err"
	[ "$(db_dump)" = "$base" ] || fail "a refused import of $f changed the database"
}

# --- files that are not there or not files
refused "$T/missing.csv" 'missing.csv.*(No such file|not found|does not exist)'
mkdir adir.csv
refused adir.csv 'adir.csv.*directory'
if [ "$(id -u)" -ne 0 ]; then
	printf 'Timestamp,Q\n2026/01/01 00:00:00,hi\n' > unreadable.csv
	chmod 000 unreadable.csv
	refused unreadable.csv 'unreadable.csv.*(Permission denied|cannot)'
else
	echo "hostile-input: unreadable file: root reads any file; checked as nobody"
	if command -v setpriv >/dev/null 2>&1; then
		printf 'Timestamp,Q\n2026/01/01 00:00:00,hi\n' > unreadable.csv
		chmod 000 unreadable.csv; chmod 755 "$T"; chmod 666 "$HEED_DB"*
		set +e
		setpriv --reuid=65534 --regid=65534 --clear-groups -- \
			"$HEED" collect unreadable.csv --round 2026-Q9 >"$T/out" 2>"$T/err"
		rc=$?; set -e
		[ $rc -eq 1 ] || { cat "$T/err" >&2; fail "unreadable file: exit $rc"; }
		expect_grep 'unreadable.csv.*(Permission denied|cannot)' "$T/err"
		[ "$(db_dump)" = "$base" ] || fail "unreadable input changed the database"
	fi
fi

# --- empty, header only
: > empty.csv
refused empty.csv 'empty'
printf 'Timestamp,What could we do better?\n' > header.csv
expect_exit_any "0 1" "$HEED" collect header.csv --round 2026-Q9
[ "$(sql 'SELECT count(*) FROM response')" = "$n0" ] || fail "header-only file added responses"

# --- binary, NUL bytes
head -c 3000 /dev/zero > nul.csv
refused nul.csv
{ printf 'Timestamp,Q\n2026/01/01 00:00:00,before\n2026/01/01 00:00:01,a'
  printf '\000\000b\n'; } > nulrow.csv
refused nulrow.csv 'line 3'
awk 'BEGIN { for (i = 0; i < 20000; i++) printf "%c", (i * 131 + 7) % 256 }' > bin.csv
refused bin.csv

# --- an unterminated quote at the end of the file
printf 'Timestamp,Q\n2026/01/01 00:00:00,fine\n2026/01/01 00:00:01,"never closed\nstill going\n' > unterminated.csv
refused unterminated.csv 'line 3'

# --- ragged rows
printf 'Timestamp,Q,R\n2026/01/01 00:00:00,a,b\n2026/01/01 00:00:01,only one\n' > ragged.csv
refused ragged.csv 'line 3'

# --- a --text-column that does not exist
expect_exit_any "1 2" "$HEED" collect "$CSV" --round 2026-Q9 --text-column 'No such question'
expect_grep 'No such question' "$T/err"
[ "$(db_dump)" = "$base" ] || fail "a missing --text-column changed the database"

# --- invalid UTF-8: imported as Windows-1252 or refused, never stored invalid
printf 'Timestamp,Q\n2026/01/01 00:00:00,caf\351 \377\376 ok\n' > latin.csv
expect_exit_any "0 1" "$HEED" collect latin.csv --round 2026-Q8
sql "SELECT text FROM response" | iconv -f UTF-8 -t UTF-8 >/dev/null ||
	fail "invalid UTF-8 was stored"

# --- a 10 MB field and 10,000 columns: stored whole or refused clearly
{ printf 'Timestamp,Q\n2026/01/01 00:00:00,"'
  head -c 10485760 /dev/zero | tr '\0' 'x'; printf '"\n'; } > big.csv
expect_exit_any "0 1" "$HEED" collect big.csv --round 2026-Q7
if [ -s "$T/err" ] && grep -q . "$T/err"; then expect_grep 'big.csv' "$T/err"; fi
got=$(sql "SELECT max(length(text)) FROM response r JOIN round d ON d.id = r.round_id WHERE d.label = '2026-Q7'")
[ -z "$got" ] || [ "$got" = 10485760 ] || fail "the 10 MB field was stored as $got bytes"
awk 'BEGIN { printf "Timestamp"; for (i = 1; i < 10000; i++) printf ",Q%d", i; printf "\n"
	printf "2026/01/01 00:00:00"; for (i = 1; i < 10000; i++) printf ",answer %d", i; printf "\n" }' > wide.csv
expect_exit_any "0 1" "$HEED" collect wide.csv --round 2026-Q6
expect_exit 0 sqlite3 "$HEED_DB" 'PRAGMA integrity_check'
expect_grep '^ok$' "$T/out"

# --- mixed delimiters: the sniffed delimiter rules; ragged rows refused
printf 'Timestamp;Q\n2026/01/01 00:00:00;semi\n2026/01/01 00:00:01,comma,extra\n' > mixed.csv
expect_exit_any "0 1" "$HEED" collect mixed.csv --round 2026-Q5
echo "hostile-input: ok"
