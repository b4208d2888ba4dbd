## tests for reliability (included from tests/local.mk): hostile input,
## crashes and concurrency, security, fuzz regressions, valgrind.
RELIABILITY_TESTS = \
	tests/fuzz-regress.sh \
	tests/hostile-db.sh \
	tests/hostile-input.sh \
	tests/hostile-codebook.sh \
	tests/crash-kill.sh \
	tests/crash-concurrent.sh \
	tests/crash-busy.sh \
	tests/security-overwrite.sh \
	tests/security-formula.sh \
	tests/security-xss.sh \
	tests/security-browser.sh \
	tests/security-sql.sh
TESTS += $(RELIABILITY_TESTS)
EXTRA_DIST += $(RELIABILITY_TESTS) \
	tests/crashlib.sh \
	tests/xsslib.sh \
	tests/valgrind-heed \
	tests/valgrind.supp \
	tests/data/fuzz-regress

## ./configure --enable-valgrind: unit tests (LOG_COMPILER) and heed itself
## ($HEED, through tests/valgrind-heed) run under valgrind; any error or
## definite leak fails the test.  $RUN_WRAP wraps the other programs that
## end-to-end tests run (the fuzz replays).
## GNU libplot leaks in its PNG driver: LeakSanitizer (any sanitizer build)
## and valgrind are told so, for every test.
AM_TESTS_ENVIRONMENT += \
	LSAN_OPTIONS=suppressions='$(abs_top_srcdir)/tests/lsan.supp'$${LSAN_OPTIONS:+:$$LSAN_OPTIONS}; \
	export LSAN_OPTIONS;

if ENABLE_VALGRIND
VALGRIND_FLAGS = -q --leak-check=full --errors-for-leak-kinds=definite \
	--show-leak-kinds=definite --suppressions=$(abs_top_srcdir)/tests/valgrind.supp
LOG_COMPILER = $(VALGRIND) $(VALGRIND_FLAGS) --error-exitcode=1
AM_TESTS_ENVIRONMENT += \
	VALGRIND='$(VALGRIND)'; export VALGRIND; \
	HEED_REAL=$$HEED; export HEED_REAL; \
	HEED='$(abs_top_srcdir)/tests/valgrind-heed'; export HEED; \
	RUN_WRAP='$(VALGRIND) $(VALGRIND_FLAGS) --error-exitcode=97'; export RUN_WRAP;
endif

## tests/unit/mkdb (an empty heed database) is built by tests/privacy.mk.
