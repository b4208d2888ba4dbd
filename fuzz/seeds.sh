#!/bin/sh
# fuzz/seeds.sh NAME SRCDIR — list the seed inputs for fuzz target NAME:
# the kept crash inputs in tests/data/fuzz-regress/NAME/, then the test and
# sample files of the kind the target reads (under 1 MB each).
name=$1 src=$2
case $name in
csv|csvout)	pat='*.csv' ;;
text)		pat='*.txt' ;;
codebook)	pat='*.codebook' ;;
html)		pat="*.csv" ;;
coder)		pat='*.txt' ;;
*)		pat='*' ;;
esac
{
	[ -d "$src/tests/data/fuzz-regress/$name" ] &&
		find "$src/tests/data/fuzz-regress/$name" -type f
	for d in "$src/tests/data" "$src/samples" "$src/data" "$src/tests/codebook-dev"; do
		[ -d "$d" ] && find "$d" -path '*/fuzz-regress' -prune -o \
			-type f -name "$pat" -size -1024k -print
	done
} | sort -u
