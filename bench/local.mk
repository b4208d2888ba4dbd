## bench: `make bench` (issue 8).  Nothing here is installed.
## bench/gen writes a deterministic survey export; bench/measure times one
## command; bench/run.sh runs the references and heed's stages on the same
## file and writes bench/RESULTS.md.  `make bench BENCH_ROWS=100000` for a
## quicker run; BENCH_SERIES= (empty) skips the linearity series.
check_PROGRAMS += bench/gen
bench_gen_SOURCES = bench/gen.c bench/gen_vocab.c bench/gen_vocab.h
EXTRA_PROGRAMS += bench/measure
bench_measure_SOURCES = bench/measure.c
CLEANFILES += bench/measure$(EXEEXT)

TESTS += tests/bench-gen.sh
EXTRA_DIST += tests/bench-gen.sh bench/run.sh bench/results.awk bench/reference.py \
	bench/RESULTS.md

BENCH_ROWS = 1000000
BENCH_SERIES = 10000 100000 1000000
BENCH_JOBS = 2
BENCH_SEED = 1
BENCH_DIR = $(abs_top_builddir)/bench-work
BENCH_RESULTS = $(abs_top_srcdir)/bench/RESULTS.md

bench: heed$(EXEEXT) bench/gen$(EXEEXT) bench/measure$(EXEEXT)
	HEED='$(abs_top_builddir)/heed$(EXEEXT)' \
	GEN='$(abs_top_builddir)/bench/gen$(EXEEXT)' \
	MEASURE='$(abs_top_builddir)/bench/measure$(EXEEXT)' \
	HEED_DATADIR='$(abs_top_srcdir)/data' \
	BENCH_ROWS='$(BENCH_ROWS)' BENCH_SERIES='$(BENCH_SERIES)' \
	BENCH_JOBS='$(BENCH_JOBS)' BENCH_SEED='$(BENCH_SEED)' \
	BENCH_DIR='$(BENCH_DIR)' BENCH_RESULTS='$(BENCH_RESULTS)' \
	CC='$(CC)' CFLAGS='$(CFLAGS)' \
	$(SHELL) '$(abs_top_srcdir)/bench/run.sh'
.PHONY: bench
