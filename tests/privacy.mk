## tests for privacy (included from tests/local.mk)
check_PROGRAMS += tests/unit/test_redact
tests_unit_test_redact_SOURCES = tests/unit/test_redact.c tests/unit/testhelp.h
tests_unit_test_redact_LDADD = $(UNIT_LDADD)
TESTS += tests/unit/test_redact
EXTRA_DIST += tests/data/privacy
check_PROGRAMS += tests/unit/mkdb
tests_unit_mkdb_SOURCES = tests/unit/mkdb.c
tests_unit_mkdb_LDADD = $(UNIT_LDADD)
TESTS += tests/privacy-flags.sh
EXTRA_DIST += tests/privacy-flags.sh
TESTS += tests/privacy-files.sh tests/privacy-report-files.sh
EXTRA_DIST += tests/privacy-files.sh tests/privacy-report-files.sh
