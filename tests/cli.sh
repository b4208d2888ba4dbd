#!/bin/sh
# cli.sh — --help and --version for heed and every command; usage errors
# exit 2 with a hint; every command is documented in heed(1).
. "${top_srcdir:-.}/tests/setup.sh"

expect_exit 0 "$HEED" --version
expect_grep '^heed [0-9]+\.[0-9]+' "$T/out"
expect_exit 0 "$HEED" --help
expect_grep '^Usage: heed' "$T/out"
cmds=$(sed -n '/^Commands:/,/^$/p' "$T/out" | awk 'NF > 1 { print $1 }')
[ -n "$cmds" ] || fail "no commands listed in heed --help"
for c in $cmds; do
	expect_exit 0 "$HEED" "$c" --help
	expect_grep "^Usage: heed .*$c" "$T/out"
	expect_grep '[-]-help' "$T/out"
	# every command and each of its long options appears in the man page
	grep -q "^\.SS.*$c" "$SRC/doc/heed.1" || fail "heed(1) has no section for '$c'"
	for opt in $(grep -Eo -- '--[a-z][a-z-]+' "$T/out" | sort -u); do
		[ "$opt" = --help ] && continue
		grep -q -- "$(echo "$opt" | sed 's/-/\\\\-/g')" "$SRC/doc/heed.1" ||
			grep -q -- "$opt" "$SRC/doc/heed.1" ||
			fail "heed(1) does not document '$c $opt'"
	done
	expect_exit 2 "$HEED" "$c" --no-such-option
	expect_grep "Try 'heed $c --help'" "$T/err"
done

expect_exit 2 "$HEED"
expect_grep "no command" "$T/err"
expect_exit 2 "$HEED" frobnicate
expect_grep "unknown command 'frobnicate'" "$T/err"
expect_grep "Try 'heed --help'" "$T/err"
expect_exit 2 "$HEED" --bogus
# a unique prefix selects a command
expect_exit 0 "$HEED" stat --help
expect_grep '^Usage: heed .*status' "$T/out"
# write errors on stdout are reported
if [ -w /dev/full ]; then
	"$HEED" --help >/dev/full 2>"$T/err" && fail "writing to /dev/full succeeded"
	expect_grep "error writing" "$T/err"
fi
# every environment variable heed --help names is documented in heed(1)
expect_exit 0 "$HEED" --help
vars=$(grep -o 'HEED_[A-Z_]*' "$T/out" | sort -u)
[ -n "$vars" ] || fail "heed --help names no environment variables"
for v in $vars; do
	sed -n '/^\.SH ENVIRONMENT/,/^\.SH [^E]/p' "$SRC/doc/heed.1" | grep -q "^\.B $v\$" ||
		fail "$v (in heed --help) is not under ENVIRONMENT in heed(1)"
done
echo "cli: ok"
