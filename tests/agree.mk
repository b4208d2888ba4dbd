## tests for agree (included from tests/local.mk)
check_PROGRAMS += tests/unit/test_agree tests/unit/agree_mkdb
tests_unit_agree_mkdb_SOURCES = tests/unit/agree_mkdb.c
tests_unit_agree_mkdb_LDADD = $(UNIT_LDADD)
tests_unit_test_agree_SOURCES = tests/unit/test_agree.c tests/unit/testhelp.h
tests_unit_test_agree_LDADD = $(UNIT_LDADD)
TESTS += tests/unit/test_agree tests/agree-stats.sh tests/agree-review.sh
EXTRA_DIST += tests/agree-stats.sh tests/agree-review.sh tests/data/agree
