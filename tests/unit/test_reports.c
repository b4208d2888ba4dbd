/* test_reports.c — statistics against reference values, disclosure
 * control, the codebook reader, Latin-1 labels and PNG text stripping. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "reports/chart.h"
#include "reports/stats.h"
#include "reports/suppress.h"
#include "reports/themeinfo.h"
#include "tests/unit/testhelp.h"

#define NEAR(got, want) CHECK(fabs((got) - (want)) < 1e-9)

static void
test_wilson(void)
{
	/* Reference: the closed-form Wilson score interval evaluated in Python
	 * (math.sqrt, z = 1.959963984540054), 12 decimals. */
	static const struct { int k, n; double lo, hi; } t[] = {
		{ 31, 132, 0.170668206639, 0.314025195451 },
		{ 0, 10, 0.0, 0.277532799863 },
		{ 10, 10, 0.722467200137, 1.0 },
		{ 3, 60, 0.017149502164, 0.137005164763 },
		{ 1, 2, 0.094531205734, 0.905468794266 },
	};
	double lo, hi;

	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		stats_wilson(t[i].k, t[i].n, STATS_Z95, &lo, &hi);
		CHECK(fabs(lo - t[i].lo) < 1e-11);
		CHECK(fabs(hi - t[i].hi) < 1e-11);
	}
	stats_wilson(0, 0, STATS_Z95, &lo, &hi);
	CHECK(lo == 0 && hi == 1);
}

static void
test_fisher(void)
{
	/* Reference: exact two-sided p by summing hypergeometric probabilities
	 * no larger than the observed one, with Python fractions.Fraction and
	 * math.comb.  (3,1,1,3) is Fisher's tea-tasting table, 0.4857 as R's
	 * fisher.test gives; (1,9,11,3) is Wikipedia's example, p = 0.002759. */
	static const struct { int a, b, c, d; double p; } t[] = {
		{ 3, 1, 1, 3, 0.485714285714 },
		{ 1, 9, 11, 3, 0.002759456185 },
		{ 0, 5, 5, 0, 0.007936507937 },
		{ 2, 58, 9, 71, 0.115498740020 },
		{ 31, 101, 10, 70, 0.071842089974 },
	};

	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
		CHECK(fabs(stats_fisher(t[i].a, t[i].b, t[i].c, t[i].d) - t[i].p) < 1e-9);
	CHECK(stats_fisher(0, 0, 0, 0) == 1);
	NEAR(stats_fisher(5, 5, 5, 5), 1.0);
}

static void
test_ztest_compare(void)
{
	enum stats_test test;

	/* Reference: pooled z, p = erfc(|z| / sqrt 2), in Python. */
	CHECK(fabs(stats_ztest(31, 132, 10, 80) - 0.049654747162) < 1e-11);
	CHECK(fabs(stats_ztest(50, 100, 40, 100) - 0.155218489685) < 1e-11);
	CHECK(stats_ztest(0, 10, 0, 10) == 1);
	/* large counts: z-test; a small expected count: Fisher */
	NEAR(stats_compare(31, 132, 10, 80, &test), stats_ztest(31, 132, 10, 80));
	CHECK(test == STATS_Z);
	NEAR(stats_compare(2, 60, 9, 80, &test), stats_fisher(2, 58, 9, 71));
	CHECK(test == STATS_FISHER);
	CHECK(stats_compare(1, 0, 1, 5, &test) == 1 && test == STATS_NONE);
}

static void
test_lift(void)
{
	/* 10 of 100 raise both; 20 and 25 raise each: 100*10/(20*25) = 2 */
	NEAR(stats_lift(10, 20, 25, 100), 2.0);
	NEAR(stats_lift(5, 20, 25, 100), 1.0);
	CHECK(stats_lift(0, 0, 25, 100) == 0);
}

static void
test_suppress(void)
{
	struct rcount one[] = { { 30, 0 }, { 3, 0 }, { 12, 0 }, { 0, 0 } };
	struct rcount tot = { 45, 0 };
	struct rcount two[] = { { 2, 0 }, { 4, 0 }, { 10, 0 } };
	struct rcount tot2 = { 16, 0 };
	struct rcount small[] = { { 3, 0 } };
	struct rcount tot3 = { 3, 0 };
	struct rcount none[] = { { 7, 0 }, { 0, 0 } };
	struct rcount tot4 = { 7, 0 };

	/* one small cell: the smallest other non-zero cell is hidden too */
	suppress_group(one, 4, &tot, 5);
	CHECK(one[1].hide == SUPPRESS_PRIMARY);
	CHECK(one[2].hide == SUPPRESS_SECONDARY);
	CHECK(!one[0].hide && !one[3].hide && !tot.hide);
	/* two small cells protect each other: nothing more */
	suppress_group(two, 3, &tot2, 5);
	CHECK(two[0].hide && two[1].hide && !two[2].hide && !tot2.hide);
	/* a small total hides itself */
	suppress_group(small, 1, &tot3, 5);
	CHECK(small[0].hide && tot3.hide);
	/* zero is shown */
	suppress_group(none, 2, &tot4, 5);
	CHECK(!none[0].hide && !none[1].hide);
	/* threshold 1 hides nothing */
	struct rcount c = { 1, 0 };
	suppress_primary(&c, 1);
	CHECK(!c.hide);
}

static void
test_themeinfo(void)
{
	struct themeinfo_list l;
	const struct themeinfo *t;

	/* stored text: the root file, then the file it includes after it */
	themeinfo_parse("# comment\nnegate nary\ntheme trust\n  label Trust and confidence  \n"
	    "  words trust*\n  action Publish it.\n  action Keep to it.\n"
	    "\treflect Why?\ninclude other.codebook\n"
	    "flag disclosure\n  label Flag\n  words hits\n  action FLAG\n"
	    "theme send\nlabel SEND\nwords ehcp\nreflect Who?\n", &l);
	CHECK(l.n == 2);
	t = themeinfo_find(&l, "trust");
	CHECK(t != NULL);
	if (t) {
		CHECK_STR(t->label, "Trust and confidence");
		CHECK(t->nactions == 2 && t->nreflects == 1);
		CHECK_STR(t->actions[1], "Keep to it.");
		CHECK_STR(t->reflects[0], "Why?");
	}
	t = themeinfo_find(&l, "send");
	CHECK(t && strcmp(t->label, "SEND") == 0 && t->nreflects == 1 && t->nactions == 0);
	CHECK(themeinfo_find(&l, "disclosure") == NULL);
	themeinfo_free(&l);
	CHECK(l.n == 0);
	/* text that does not parse: an empty list, not a crash */
	themeinfo_parse("theme x\n  words \"unterminated\n", &l);
	CHECK(l.n == 0);
	themeinfo_free(&l);
}

static void
test_latin1(void)
{
	char out[64];

	chart_latin1("Caf\xc3\xa9 \xe2\x80\x9cok\xe2\x80\x9d \xe2\x80\x94 it\xe2\x80\x99s\xe2\x80\xa6", out, sizeof out);
	CHECK_STR(out, "Caf\xe9 \"ok\" - it's...");
	chart_latin1("j\xc4\x99zyk \xf0\x9f\x98\x80 a\\b", out, sizeof out);
	CHECK_STR(out, "j?zyk ? a\\\\b");
	chart_latin1("abcdef", out, 4);
	CHECK_STR(out, "abc");
}

static void
test_png_strip(void)
{
	unsigned char png[] = "\x89PNG\r\n\x1a\n"
	    "\0\0\0\x02IHDRab1234"
	    "\0\0\0\x03tEXtxyz9999"
	    "\0\0\0\0IEND5678";
	size_t len = chart_png_strip(png, sizeof png - 1);

	CHECK(len == sizeof png - 1 - 15);
	CHECK(memcmp(png + 8, "\0\0\0\x02IHDRab1234\0\0\0\0IEND5678", 26) == 0);
}

int
main(void)
{
	test_wilson();
	test_fisher();
	test_ztest_compare();
	test_lift();
	test_suppress();
	test_themeinfo();
	test_latin1();
	test_png_strip();
	return TEST_REPORT();
}
