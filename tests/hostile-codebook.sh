#!/bin/sh
# hostile-codebook.sh — codebook syntax errors, a catastrophic pattern
# against a long response, and a codebook with thousands of rules (issue 9).
# Errors name the file and line, exit 1, and `heed analyse` with a bad
# codebook leaves the database as it was.
. "${top_srcdir:-.}/tests/setup.sh"

# a long response of a's that (a+)+$ backtracks on, and an ordinary one
{ printf 'Timestamp,What could we do better?\n2026/07/01 10:00:00,"'
  head -c 30000 /dev/zero | tr '\0' a
  printf '!"\n2026/07/02 10:00:00,the home visit felt intrusive\n'; } > long.csv
expect_exit 0 "$HEED" collect long.csv --round 2026-Q3 --text-column 2
base=$(db_dump)

# bad NAME 'CODEBOOK TEXT' 'MESSAGE': check and analyse both refuse it
bad() {
	printf "$2" > "$1.codebook"
	expect_exit 1 "$HEED" codebook check -c "$1.codebook"
	expect_grep "^heed: $1.codebook:$3" "$T/err"
	expect_exit 1 "$HEED" analyse -c "$1.codebook"
	expect_grep "^heed: $1.codebook:$3" "$T/err"
	[ "$(db_dump)" = "$base" ] || fail "analyse with $1.codebook changed the database"
}
bad unknown 'theme a\nlabel A\nfrobnicate x\n' "3: unknown directive 'frobnicate'"
bad nokey 'theme\nlabel A\n' '1: theme: which key'
bad badkey 'theme Bad Key\nlabel A\n' "1: bad key 'Bad Key'"
bad nolabel 'theme a\nwords x\n' "1: 'a' has no label"
bad outside 'words x\ntheme a\nlabel A\n' "1: 'words' outside a theme"
bad near 'theme a\nlabel A\nnear visit officer many\n' "3: near: distance 'many'"
bad regex 'theme a\nlabel A\npattern (unclosed\n' '3: pattern: missing closing parenthesis'
bad emptypat 'theme a\nlabel A\npattern \n' '3: pattern: argument missing'
bad quote 'theme a\nlabel A\nwords "unclosed phrase\n' '3: unterminated quoted phrase'
bad dup 'theme a\nlabel A\nwords x\ntheme a\nlabel B\nwords y\n' "4: 'a' is defined twice"
bad missing 'include nothere.codebook\n' '1: nothere.codebook: No such file'
bad loop 'include loop.codebook\ntheme a\nlabel A\n' "1: include loop"
bad empty '' ' no themes or flags'
bad nul 'theme a\nlabel A\nwords x\000y\n' '3: invalid UTF-8 or a NUL byte'
bad latin 'theme a\nlabel A\nwords caf\351\n' '3: invalid UTF-8'

# (a+)+$ on 30,000 characters: PCRE2's limits stop it; a warning names the
# rule and the response; the other theme is still coded
printf 'theme catastrophe\nlabel Catastrophe\npattern (a+)+$\n\ntheme visits\nlabel Visits\nwords visit*\n' > cat.codebook
expect_exit 0 timeout 600 "$HEED" analyse -c cat.codebook
expect_grep '^heed: warning: cat.codebook:3: .*limit' "$T/err"
[ "$(sql "SELECT group_concat(theme) FROM theme")" = visits ] ||
	fail "themes after the catastrophic pattern: $(sql "SELECT group_concat(theme) FROM theme")"

# thousands of rules: 2,000 themes of 3 words, 1,000 patterns
awk 'BEGIN {
	for (i = 0; i < 2000; i++)
		printf "theme t%d\nlabel Theme %d\nwords w%da w%db \"w%d c\"\n", i, i, i, i, i
	printf "theme pats\nlabel Patterns\n"
	for (i = 0; i < 1000; i++) printf "pattern \\bp%dq\\b\n", i
	printf "pattern \\bintrusive\\b\n"
}' > big.codebook
expect_exit 0 "$HEED" codebook check -c big.codebook
expect_grep '2001 themes' "$T/out"
printf 'Timestamp,What could we do better?\n2026/07/03 10:00:00,w1999b and p999q\n' > hits.csv
expect_exit 0 "$HEED" collect hits.csv --round 2026-Q3 --text-column 2
expect_exit 0 "$HEED" analyse -c big.codebook
[ "$(sql "SELECT group_concat(theme, ' ') FROM (SELECT theme FROM theme t JOIN response r ON r.id = t.response_id WHERE r.text LIKE 'w1999b%' ORDER BY theme)")" = "pats t1999" ] ||
	fail "the big codebook coded: $(sql "SELECT group_concat(theme) FROM theme")"
echo "hostile-codebook: ok"
