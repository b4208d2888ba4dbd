#!/bin/sh
# security-sql.sh — all SQL uses bound parameters (issue 9): no source file
# formats SQL text with printf-style conversions (xasprintf, buf_addf,
# sqlite3_mprintf, snprintf ...), except the schema version PRAGMAs, which
# take integers that are not input.
. "${top_srcdir:-.}/tests/setup.sh"
find "$SRC/src" "$SRC/store" "$SRC/collect" "$SRC/analyse" "$SRC/reports" "$SRC/util" \
	-name '*.c' > files
[ -s files ] || fail "no sources found under $SRC"
# a format call whose string (on the same or the next line) holds SQL and a
# conversion
: > hits
while read -r f; do
	awk -v f="$f" '
	/(xasprintf|xvasprintf|buf_addf|sqlite3_mprintf|sqlite3_snprintf|snprintf|sprintf)[ \t]*\(/ { look = 2 }
	look > 0 {
		if ($0 ~ /"[^"]*(SELECT|INSERT|UPDATE|DELETE|WHERE|VALUES|PRAGMA|CREATE|DROP)[^"]*%/ &&
		    $0 !~ /PRAGMA (user_version|application_id) = %d/)
			print f ":" FNR ": " $0
		look--
	}' "$f" >> hits
done < files
[ ! -s hits ] || { cat hits >&2; fail "SQL built with printf-style formatting"; }
grep -l 'sqlite3_mprintf\|sqlite3_vmprintf' $(cat files) > mprintf || true
[ ! -s mprintf ] || { cat mprintf >&2; fail "sqlite3_mprintf builds SQL text"; }
echo "security-sql: $(wc -l < files) files checked"
