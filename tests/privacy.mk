## tests for privacy (included from tests/local.mk)
check_PROGRAMS += tests/unit/test_redact
tests_unit_test_redact_SOURCES = tests/unit/test_redact.c tests/unit/testhelp.h
tests_unit_test_redact_LDADD = $(UNIT_LDADD)
TESTS += tests/unit/test_redact
EXTRA_DIST += tests/data/privacy
