#!/bin/sh
# fuzz-regress.sh — every fuzz target's entry point (fuzz/NAME_replay) runs
# over its seeds and over each input fuzzing once crashed it, kept in
# tests/data/fuzz-regress/NAME/: none may crash, fail an assertion or
# trip a sanitizer.
. "${top_srcdir:-.}/tests/setup.sh"
n=0
for bin in "$top_builddir"/fuzz/*_replay; do
	[ -x "$bin" ] || continue
	name=$(basename "$bin" _replay)
	sh "$SRC/fuzz/seeds.sh" "$name" "$SRC" > seeds
	[ -s seeds ] || fail "$name: no seed inputs"
	# shellcheck disable=SC2046
	${RUN_WRAP:-} "$bin" $(cat seeds) > out 2> err ||
		{ cat err >&2; fail "$name: an input crashed fuzz/${name}_replay"; }
	expect_grep "^$(wc -l < seeds) inputs replayed" out
	n=$((n + 1))
done
[ "$n" -gt 0 ] || fail "no fuzz/*_replay programs were built"
echo "fuzz-regress: $n targets ok"
