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
	expect_exit 1 "$HEED" collect "$f" --round 2025-Q1 "$@"
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
		chmod 755 "$T"; chown -R nobody "$T"; chmod 000 unreadable.csv
		set +e
		setpriv --reuid=65534 --regid=65534 --clear-groups -- \
			"$HEED" collect unreadable.csv --round 2025-Q1 >"$T/out" 2>"$T/err"
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
refused header.csv "header.csv: no data rows"
[ "$(sql 'SELECT count(*) FROM response')" = "$n0" ] || fail "header-only file added responses"

# --- binary, NUL bytes
head -c 3000 /dev/zero > nul.csv
refused nul.csv
{ printf 'Timestamp,Q\n2026/01/01 00:00:00,before\n2026/01/01 00:00:01,a'
  printf '\000\000b\n'; } > nulrow.csv
refused nulrow.csv 'nulrow.csv:3: byte 22 of the line: a NUL byte'
awk 'BEGIN { for (i = 0; i < 20000; i++) printf "%c", (i * 131 + 7) % 256 }' > bin.csv
refused bin.csv

# --- an unterminated quote at the end of the file
printf 'Timestamp,Q\n2026/01/01 00:00:00,fine\n2026/01/01 00:00:01,"never closed\nstill going\n' > unterminated.csv
refused unterminated.csv 'unterminated.csv:3: .*unterminated'

# --- ragged rows
printf 'Timestamp,Q,R\n2026/01/01 00:00:00,a,b\n2026/01/01 00:00:01,only one\n' > ragged.csv
refused ragged.csv 'ragged.csv:3' --text-column 2

# --- a --text-column that does not exist
expect_exit 1 "$HEED" collect "$CSV" --round 2025-Q1 --text-column 'No such question'
expect_grep "--text-column 'No such question': no such column" "$T/err"
[ "$(db_dump)" = "$base" ] || fail "a missing --text-column changed the database"

# --- invalid UTF-8: read as Windows-1252 (legacy Excel), stored as UTF-8
printf 'Timestamp,Q\n2026/01/01 00:00:00,caf\351 \377\376 ok\n' > latin.csv
expect_exit 0 "$HEED" collect latin.csv --round 2025-Q2 --text-column 2
[ "$(sql "SELECT text FROM response ORDER BY id DESC LIMIT 1")" = "café ÿþ ok" ] ||
	fail "latin.csv stored as '$(sql "SELECT text FROM response ORDER BY id DESC LIMIT 1")'"
sql "SELECT text FROM response" | iconv -f UTF-8 -t UTF-8 >/dev/null ||
	fail "invalid UTF-8 was stored"
# bytes that are not Windows-1252 either: refused with the offset
printf 'Timestamp,Q\n2026/01/01 00:00:00,caf\351 \201 ok\n' > bad1252.csv
base=$(db_dump)
refused bad1252.csv 'bad1252.csv: byte offset [0-9]+: not valid' --text-column 2

# --- a 10 MB field and 10,000 columns are stored whole
{ printf 'Timestamp,Q\n2026/01/01 00:00:00,"'
  head -c 10485760 /dev/zero | tr '\0' 'x'; printf '"\n'; } > big.csv
expect_exit 0 "$HEED" collect big.csv --round 2025-Q3 --text-column 2
[ "$(sql "SELECT length(text) FROM response ORDER BY id DESC LIMIT 1")" = 10485760 ] ||
	fail "the 10 MB field was not stored whole"
awk 'BEGIN { printf "Timestamp"; for (i = 1; i < 10000; i++) printf ",Q%d", i; printf "\n"
	printf "2026/01/01 00:00:00"; for (i = 1; i < 10000; i++) printf ",answer %d", i; printf "\n" }' > wide.csv
expect_exit 0 "$HEED" collect wide.csv --round 2025-Q4 --text-column 5000
[ "$(sql "SELECT text FROM response ORDER BY id DESC LIMIT 1")" = "answer 4999" ] ||
	fail "the 5000th of 10,000 columns was not the one stored"
expect_exit 0 sqlite3 "$HEED_DB" 'PRAGMA integrity_check'
expect_grep '^ok$' "$T/out"

# --- mixed delimiters: the sniffed one rules, a row split by another is
# refused with its line
base=$(db_dump)
printf 'Timestamp;Q\n2026/01/01 00:00:00;semi\n2026/01/01 00:00:01,comma,extra\n' > mixed.csv
refused mixed.csv 'mixed.csv:3: .*fields' --text-column 2
echo "hostile-input: ok"
