## tests for reports (included from tests/local.mk)
check_PROGRAMS += tests/unit/test_reports
tests_unit_test_reports_SOURCES = tests/unit/test_reports.c tests/unit/testhelp.h
tests_unit_test_reports_LDADD = $(UNIT_LDADD)
TESTS += tests/unit/test_reports tests/reports-golden.sh tests/reports-action.sh \
	tests/reports-privacy.sh tests/reports-browser.sh tests/reports-damaged.sh \
	tests/reports-summary.sh
EXTRA_DIST += tests/reports-golden.sh tests/reports-action.sh \
	tests/reports-privacy.sh tests/reports-browser.sh tests/reports-damaged.sh \
	tests/reports-summary.sh tests/data/reports
# the browser test's screenshots (kept for people to look at, until clean)
CLEANFILES += tests/artifacts/report.png tests/artifacts/report-phone.png
