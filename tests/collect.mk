## tests for collect (included from tests/local.mk)
TESTS += tests/collect-google.sh tests/collect-formats.sh tests/collect-errors.sh \
	tests/collect-migrate.sh
EXTRA_DIST += tests/collect-google.sh tests/collect-formats.sh tests/collect-errors.sh \
	tests/collect-migrate.sh tests/data/collect
check_PROGRAMS += tests/unit/test_collect
tests_unit_test_collect_SOURCES = tests/unit/test_collect.c tests/unit/testhelp.h
tests_unit_test_collect_LDADD = $(UNIT_LDADD)
TESTS += tests/unit/test_collect
check_PROGRAMS += tests/unit/test_csv_spectrum
tests_unit_test_csv_spectrum_SOURCES = tests/unit/test_csv_spectrum.c tests/unit/testhelp.h
tests_unit_test_csv_spectrum_LDADD = $(UNIT_LDADD)
TESTS += tests/unit/test_csv_spectrum
