## fuzz — libFuzzer targets (issue 9).  Each fuzz/NAME_fuzz.c is linked
## with libFuzzer as fuzz/NAME_fuzz when configured with
##     ./configure CC=clang --enable-fuzzing
## and, in every build, with fuzz/replay.c as fuzz/NAME_replay, which
## tests/fuzz-regress.sh runs over the seeds and the crash inputs kept in
## tests/data/fuzz-regress/NAME/.  `make fuzz` runs each target for
## FUZZ_SECONDS (default 60) on a corpus in fuzz-corpus/NAME seeded from
## tests/data/, samples/ and data/; crashes land in fuzz-crash/.
FUZZ_NAMES = csvout csv text codebook html coder
FUZZ_SECONDS = 60
FUZZ_TARGETS = $(FUZZ_NAMES)
FUZZ_INGEST = fuzz/ingest.c fuzz/ingest.h

check_PROGRAMS += fuzz/csvout_replay fuzz/csv_replay fuzz/text_replay \
	fuzz/codebook_replay fuzz/html_replay fuzz/coder_replay
fuzz_csvout_replay_SOURCES = fuzz/csvout_fuzz.c fuzz/replay.c fuzz/fuzz.h
fuzz_csvout_replay_LDADD = $(HEED_LIBS)
fuzz_csv_replay_SOURCES = fuzz/csv_fuzz.c $(FUZZ_INGEST) fuzz/replay.c fuzz/fuzz.h
fuzz_csv_replay_LDADD = $(HEED_LIBS)
fuzz_text_replay_SOURCES = fuzz/text_fuzz.c $(FUZZ_INGEST) fuzz/replay.c fuzz/fuzz.h
fuzz_text_replay_LDADD = $(HEED_LIBS)
fuzz_codebook_replay_SOURCES = fuzz/codebook_fuzz.c fuzz/replay.c fuzz/fuzz.h
fuzz_codebook_replay_LDADD = $(HEED_LIBS)
fuzz_html_replay_SOURCES = fuzz/html_fuzz.c fuzz/replay.c fuzz/fuzz.h
fuzz_html_replay_LDADD = $(HEED_LIBS)
fuzz_coder_replay_SOURCES = fuzz/coder_fuzz.c fuzz/replay.c fuzz/fuzz.h
fuzz_coder_replay_LDADD = $(HEED_LIBS)

EXTRA_DIST += fuzz/run.sh fuzz/seeds.sh

if ENABLE_FUZZING
FUZZ_PROGS = fuzz/csvout_fuzz fuzz/csv_fuzz fuzz/text_fuzz fuzz/codebook_fuzz fuzz/html_fuzz \
	fuzz/coder_fuzz
EXTRA_PROGRAMS += $(FUZZ_PROGS)
FUZZ_LINK = $(AM_LDFLAGS) -fsanitize=fuzzer
fuzz_csvout_fuzz_SOURCES = fuzz/csvout_fuzz.c fuzz/fuzz.h
fuzz_csvout_fuzz_LDADD = $(HEED_LIBS)
fuzz_csvout_fuzz_LDFLAGS = $(FUZZ_LINK)
fuzz_csv_fuzz_SOURCES = fuzz/csv_fuzz.c $(FUZZ_INGEST) fuzz/fuzz.h
fuzz_csv_fuzz_LDADD = $(HEED_LIBS)
fuzz_csv_fuzz_LDFLAGS = $(FUZZ_LINK)
fuzz_text_fuzz_SOURCES = fuzz/text_fuzz.c $(FUZZ_INGEST) fuzz/fuzz.h
fuzz_text_fuzz_LDADD = $(HEED_LIBS)
fuzz_text_fuzz_LDFLAGS = $(FUZZ_LINK)
fuzz_codebook_fuzz_SOURCES = fuzz/codebook_fuzz.c fuzz/fuzz.h
fuzz_codebook_fuzz_LDADD = $(HEED_LIBS)
fuzz_codebook_fuzz_LDFLAGS = $(FUZZ_LINK)
fuzz_html_fuzz_SOURCES = fuzz/html_fuzz.c fuzz/fuzz.h
fuzz_html_fuzz_LDADD = $(HEED_LIBS)
fuzz_html_fuzz_LDFLAGS = $(FUZZ_LINK)
fuzz_coder_fuzz_SOURCES = fuzz/coder_fuzz.c fuzz/fuzz.h
fuzz_coder_fuzz_LDADD = $(HEED_LIBS)
fuzz_coder_fuzz_LDFLAGS = $(FUZZ_LINK)
CLEANFILES += $(FUZZ_PROGS)

fuzz: $(FUZZ_PROGS)
	@for n in $(FUZZ_TARGETS); do \
		$(SHELL) $(srcdir)/fuzz/run.sh "$$n" "$(FUZZ_SECONDS)" "$(srcdir)" || exit 1; \
	done
else
fuzz:
	@echo "make fuzz: configure with ./configure CC=clang --enable-fuzzing" >&2; exit 1
endif
.PHONY: fuzz
