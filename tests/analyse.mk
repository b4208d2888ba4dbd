## tests for analyse (included from tests/local.mk)
check_PROGRAMS += tests/unit/test_codebook tests/unit/test_coder tests/unit/test_gate
tests_unit_test_codebook_SOURCES = tests/unit/test_codebook.c tests/unit/testhelp.h
tests_unit_test_codebook_LDADD = $(UNIT_LDADD)
tests_unit_test_coder_SOURCES = tests/unit/test_coder.c tests/unit/testhelp.h
tests_unit_test_coder_LDADD = $(UNIT_LDADD)
tests_unit_test_gate_SOURCES = tests/unit/test_gate.c tests/unit/testhelp.h
tests_unit_test_gate_LDADD = $(UNIT_LDADD)
TESTS += tests/unit/test_codebook tests/unit/test_coder tests/unit/test_gate \
	tests/analyse-run.sh tests/analyse-codebook.sh
EXTRA_DIST += tests/analyse-run.sh tests/analyse-codebook.sh \
	tests/data/analyse
