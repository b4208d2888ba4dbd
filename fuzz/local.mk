## fuzz — libFuzzer targets (issue 9).  Each fuzz/NAME_fuzz.c is linked
## with libFuzzer as fuzz/NAME_fuzz when configured with
##     ./configure CC=clang --enable-fuzzing
## and, in every build, with fuzz/replay.c as fuzz/NAME_replay, which
## tests/fuzz-regress.sh runs over the seeds and the crash inputs kept in
## tests/data/fuzz-regress/NAME/.  `make fuzz` runs each target for
## FUZZ_SECONDS (default 60) on a corpus in fuzz-corpus/NAME seeded from
## tests/data/, samples/ and data/; crashes land in fuzz-crash/.
FUZZ_NAMES = csvout
FUZZ_SECONDS = 60
FUZZ_REPLAY = fuzz/csvout_replay

check_PROGRAMS += $(FUZZ_REPLAY)
fuzz_csvout_replay_SOURCES = fuzz/csvout_fuzz.c fuzz/replay.c fuzz/fuzz.h
fuzz_csvout_replay_LDADD = $(HEED_LIBS)

EXTRA_DIST += fuzz/run.sh fuzz/seeds.sh

if ENABLE_FUZZING
FUZZ_PROGS = $(FUZZ_NAMES:%=fuzz/%_fuzz)
EXTRA_PROGRAMS += fuzz/csvout_fuzz
fuzz_csvout_fuzz_SOURCES = fuzz/csvout_fuzz.c fuzz/fuzz.h
fuzz_csvout_fuzz_LDADD = $(HEED_LIBS)
fuzz_csvout_fuzz_LDFLAGS = $(AM_LDFLAGS) -fsanitize=fuzzer
CLEANFILES += $(FUZZ_PROGS)

fuzz: $(FUZZ_PROGS)
	@for n in $(FUZZ_NAMES); do \
		$(SHELL) $(srcdir)/fuzz/run.sh "$$n" "$(FUZZ_SECONDS)" "$(srcdir)" || exit 1; \
	done
else
fuzz:
	@echo "make fuzz: configure with ./configure CC=clang --enable-fuzzing" >&2; exit 1
endif
.PHONY: fuzz
