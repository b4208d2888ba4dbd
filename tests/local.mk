## tests — automake parallel harness.  Unit tests are C programs in
## tests/unit/ linked with libheed.a; end-to-end tests are tests/*.sh that
## run the built heed on real files (they source tests/setup.sh).
TEST_EXTENSIONS = .sh
SH_LOG_COMPILER = $(SHELL)
AM_TESTS_ENVIRONMENT = \
	HEED='$(abs_top_builddir)/heed$(EXEEXT)'; export HEED; \
	HEED_DATADIR='$(abs_top_srcdir)/data'; export HEED_DATADIR; \
	top_srcdir='$(abs_top_srcdir)'; export top_srcdir; \
	top_builddir='$(abs_top_builddir)'; export top_builddir; \
	LC_ALL=C.UTF-8; export LC_ALL;

UNIT_LDADD = $(HEED_LIBS)

check_PROGRAMS += tests/unit/test_util tests/unit/test_store
tests_unit_test_util_SOURCES = tests/unit/test_util.c tests/unit/testhelp.h
tests_unit_test_util_LDADD = $(UNIT_LDADD)
tests_unit_test_store_SOURCES = tests/unit/test_store.c tests/unit/testhelp.h
tests_unit_test_store_LDADD = $(UNIT_LDADD)

TESTS += tests/unit/test_util tests/unit/test_store \
	tests/cli.sh tests/store.sh

EXTRA_DIST += tests/setup.sh tests/summary.sh tests/lsan.supp tests/cli.sh tests/store.sh
include tests/collect.mk
include tests/analyse.mk
include tests/reports.mk
include tests/privacy.mk
include tests/agree.mk

## the whole pipeline on samples/
TESTS += tests/pipeline.sh
EXTRA_DIST += tests/pipeline.sh

## agreement of the default codebook with the held-out gold set; prints its
## table on the console through fd 9
AM_TESTS_FD_REDIRECT = 9>&2
TESTS += tests/gold.sh
EXTRA_DIST += tests/gold.sh tests/intercoder.awk tests/gold tests/gold2 tests/codebook-dev tests/codebook-val \
	tests/codebook-val2 tests/codebook-val3 tests/codebook-val4 tests/codebook-val5 tests/codebook-val6 tests/codebook-val7 tests/codebook-val8 tests/codebook-val9 tests/codebook-val10 tests/codebook-val11 \
	tests/codebook-val12 tests/codebook-val13 tests/codebook-val14 tests/codebook-val15
include tests/reliability.mk

## the reports on samples/ against golden files
TESTS += tests/reports-samples.sh
EXTRA_DIST += tests/reports-samples.sh tests/data/reports/samples
