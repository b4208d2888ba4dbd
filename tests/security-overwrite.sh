#!/bin/sh
# security-overwrite.sh — output files (issue 9): `heed export -o` and
# `heed report -o` never overwrite or follow a link to a file they did not
# create unless --force; what they create is readable by its owner only.
. "${top_srcdir:-.}/tests/setup.sh"
"$top_builddir/tests/unit/mkdb" "$HEED_DB"

# export: a new file, owner-only
expect_exit 0 "$HEED" export responses -o new.csv
expect_grep '^id,question,round' new.csv
[ "$(stat -c %a new.csv)" = 600 ] || fail "new.csv has mode $(stat -c %a new.csv)"

# an existing file is refused and left alone
printf 'precious\n' > keep.csv
expect_exit 1 "$HEED" export responses -o keep.csv
expect_grep 'keep.csv.*exists.*--force' "$T/err"
[ "$(cat keep.csv)" = precious ] || fail "export overwrote keep.csv"
# so is a symbolic link, whether to a file or to nowhere
ln -s keep.csv link.csv
expect_exit 1 "$HEED" export responses -o link.csv
[ "$(cat keep.csv)" = precious ] || fail "export wrote through a link"
ln -s "$T/nowhere.csv" dangling.csv
expect_exit 1 "$HEED" export responses -o dangling.csv
[ ! -e nowhere.csv ] || fail "export created a file through a dangling link"
# --force overwrites
expect_exit 0 "$HEED" export responses -o keep.csv --force
expect_grep '^id,question,round' keep.csv

echo "security-overwrite: ok"
