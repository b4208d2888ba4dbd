#!/bin/sh
# fuzz/run.sh NAME SECONDS SRCDIR — run fuzz/NAME_fuzz (libFuzzer) for
# SECONDS on the corpus fuzz-corpus/NAME, first seeded from fuzz/seeds.sh.
# Crash inputs are written to fuzz-crash/NAME-*; keep each as a regression
# test by copying it into tests/data/fuzz-regress/NAME/.
set -eu
name=$1 secs=$2 src=$3
corpus=fuzz-corpus/$name
HEED_DATADIR=${HEED_DATADIR:-$src/data}	# the coder target's codebook and lexicon
export HEED_DATADIR
mkdir -p "$corpus" fuzz-crash
i=0
for f in $(sh "$src/fuzz/seeds.sh" "$name" "$src"); do
	i=$((i + 1))
	cp "$f" "$corpus/seed-$i-$(basename "$f")"
done
echo "fuzz: $name for ${secs}s ($(ls "$corpus" | wc -l) corpus inputs)"
./fuzz/"$name"_fuzz -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
	-print_final_stats=1 -artifact_prefix="fuzz-crash/$name-" "$corpus"
