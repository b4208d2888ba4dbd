# setup.sh — sourced by every end-to-end test (tests/*.sh).
# Gives: set -eu, LC_ALL=C.UTF-8, a private scratch dir $T (removed on exit),
# HEED_DB inside it, $SRC (the source tree), and helpers that fail loudly.
set -eu
LC_ALL=C.UTF-8; export LC_ALL
: "${HEED:?HEED must name the built heed binary (run through make check)}"
SRC=${top_srcdir:-$(cd "$(dirname "$0")/.." && pwd)}
T=$(mktemp -d "${TMPDIR:-/tmp}/heed-test.XXXXXX")
trap 'rm -rf "$T"' EXIT
HEED_DB=$T/heed.db; export HEED_DB
cd "$T"

fail() { echo "FAIL: $*" >&2; exit 1; }
# expect_exit N CMD...: run CMD, require exit status N; output in $T/out, $T/err
expect_exit() {
	want=$1; shift
	set +e; "$@" >"$T/out" 2>"$T/err"; got=$?; set -e
	if [ "$got" -ne "$want" ]; then
		echo "command: $*" >&2; echo "--- stdout" >&2; cat "$T/out" >&2
		echo "--- stderr" >&2; cat "$T/err" >&2
		fail "exit status $got, expected $want"
	fi
}
# expect_grep PATTERN FILE: FILE must contain PATTERN (grep -E)
expect_grep() {
	grep -Eq -- "$1" "$2" || { echo "--- $2:" >&2; cat "$2" >&2; fail "'$1' not in $2"; }
}
# db_dump: the logical content of the database, for before/after comparison
db_dump() { sqlite3 "$HEED_DB" .dump 2>/dev/null | grep -v '^PRAGMA\|^BEGIN\|^COMMIT' || true; }
# sql QUERY: one query against the test database
sql() { sqlite3 -batch -noheader "$HEED_DB" "$1"; }
