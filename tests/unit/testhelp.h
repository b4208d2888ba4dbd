/* testhelp.h — table-driven unit tests in the redis testhelp.h spirit.
 * CHECK(cond) records a failure with file:line; TEST_REPORT() prints the
 * tally and returns the automake exit status (0 pass, 1 fail). */
#ifndef HEED_TESTHELP_H
#define HEED_TESTHELP_H

#include <stdio.h>
#include <string.h>

static int th_checks, th_failed;

#define CHECK(cond) do { \
	th_checks++; \
	if (!(cond)) { \
		th_failed++; \
		fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
	} \
} while (0)

#define CHECK_STR(got, want) do { \
	const char *g_ = (got), *w_ = (want); \
	th_checks++; \
	if (g_ == NULL || strcmp(g_, w_) != 0) { \
		th_failed++; \
		fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__, \
		    g_ ? g_ : "(null)", w_); \
	} \
} while (0)

#define TEST_REPORT() ( \
	printf("%d checks, %d failed\n", th_checks, th_failed), \
	th_failed ? 1 : 0)

#endif
