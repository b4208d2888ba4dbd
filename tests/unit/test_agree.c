/* test_agree.c — agreement statistics against published worked examples,
 * and the codebook theme scan.  Table-driven. */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "analyse/agree.h"
#include "tests/unit/testhelp.h"

#define NEAR(x, want, tol) (!isnan(x) && fabs((x) - (want)) < (tol))

/* Cohen's kappa, 2x2 tables m = { AyesByes, AyesBno, AnoByes, AnoBno }. */
static const struct {
	const char *source;
	long m[4];
	double kappa;
} cohen[] = {
	/* Wikipedia, "Cohen's kappa", simple example: 50 grant proposals,
	 * both yes 20, A yes B no 5, A no B yes 10, both no 15: p_o = 0.7,
	 * p_e = 0.5, kappa = 0.4. */
	{ "wikipedia-50", { 20, 5, 10, 15 }, 0.4 },
	/* Wikipedia, "Same percentages but different numbers": both tables
	 * agree on 60 of 100 items; kappa 0.1304 and 0.2593. */
	{ "wikipedia-a", { 45, 15, 25, 15 }, 0.1304 },
	{ "wikipedia-b", { 25, 35, 5, 35 }, 0.2593 },
	/* perfect agreement with both categories used */
	{ "perfect", { 7, 0, 0, 3 }, 1.0 },
};

static void
test_cohen(void)
{
	for (size_t i = 0; i < sizeof cohen / sizeof cohen[0]; i++) {
		struct agree_stats_confusion c = { cohen[i].m[0], cohen[i].m[1], cohen[i].m[2],
		    cohen[i].m[3] };
		double k = agree_stats_cohen(cohen[i].m, 2);
		if (!NEAR(k, cohen[i].kappa, 5e-5))
			fprintf(stderr, "%s: kappa %f\n", cohen[i].source, k);
		CHECK(NEAR(k, cohen[i].kappa, 5e-5));
		CHECK(NEAR(agree_stats_kappa(&c), cohen[i].kappa, 5e-5));
	}
	/* undefined: every item in one category (chance agreement 1), none */
	long all_no[4] = { 0, 0, 0, 9 }, none[4] = { 0, 0, 0, 0 };
	CHECK(isnan(agree_stats_cohen(all_no, 2)));
	CHECK(isnan(agree_stats_cohen(none, 2)));
	/* 3 categories, worked by hand from the definition (not a published
	 * example): 100 items, p_o = 70/100; marginals A 50/30/20, B 60/30/10,
	 * p_e = (50*60 + 30*30 + 20*10) / 100^2 = 0.41; kappa = 0.29/0.59. */
	long three[9] = { 44, 5, 1, 7, 20, 3, 9, 5, 6 };
	CHECK(NEAR(agree_stats_cohen(three, 3), 0.29 / 0.59, 1e-9));
}

#define M (-1)	/* missing */

static void
test_krippendorff(void)
{
	/* Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability",
	 * section C: 4 observers, 12 units, values 1-5, missing data;
	 * nominal alpha = 0.743. */
	static const int four[4 * 12] = {
		1, 2, 3, 3, 2, 1, 4, 1, 2, M, M, M,	/* A */
		1, 2, 3, 3, 2, 2, 4, 1, 2, 5, M, 3,	/* B */
		M, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, M,	/* C */
		1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, M,	/* D */
	};
	/* Krippendorff (2011), section A: 2 observers, binary data, 10 units;
	 * alpha = 0.095. */
	static const int two[2 * 10] = {
		0, 1, 0, 0, 0, 0, 0, 0, 1, 0,
		1, 1, 1, 0, 0, 1, 0, 0, 0, 0,
	};
	static const int same[2 * 3] = { 1, 1, 1, 1, 1, 1 };
	static const int lone[2 * 3] = { 1, M, 0, M, 1, M };
	double a = agree_stats_alpha(four, 4, 12);

	if (!NEAR(a, 0.743, 5e-4))
		fprintf(stderr, "krippendorff four: %f\n", a);
	CHECK(NEAR(a, 0.743, 5e-4));
	CHECK(NEAR(agree_stats_alpha(two, 2, 10), 0.095, 5e-4));
	CHECK(isnan(agree_stats_alpha(same, 2, 3)));	/* no variation */
	CHECK(isnan(agree_stats_alpha(lone, 2, 3)));	/* nothing pairable */
}

static void
test_f1(void)
{
	static const struct {
		struct agree_stats_confusion c;
		double p, r, f1;
	} t[] = {
		{ { 3, 1, 1, 5 }, 0.75, 0.75, 0.75 },
		{ { 2, 0, 2, 6 }, 1.0, 0.5, 2.0 / 3 },
		{ { 0, 2, 0, 8 }, 0.0, NAN, 0.0 },
	};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		double p = agree_stats_precision(&t[i].c), r = agree_stats_recall(&t[i].c);
		CHECK(NEAR(p, t[i].p, 1e-9));
		CHECK(isnan(t[i].r) ? isnan(r) : NEAR(r, t[i].r, 1e-9));
		CHECK(NEAR(agree_stats_f1(&t[i].c), t[i].f1, 1e-9));
	}
}

static void
test_codebook_themes(void)
{
	char **k;
	size_t n = agree_codebook_themes(
	    "# comment theme no\n"
	    "theme trust\n  label Trust\n  words trust*\n"
	    "\ttheme send   \n label SEND\n words ehcp\n"
	    "flag disclosure\n label D\n words hits\n"
	    "include more.codebook\n"
	    "theme wellbeing\nlabel W\npattern \\bstress", &k);

	CHECK(n == 3);
	if (n == 3) {
		CHECK_STR(k[0], "trust");
		CHECK_STR(k[1], "send");
		CHECK_STR(k[2], "wellbeing");
	}
	for (size_t i = 0; i < n; i++)
		free(k[i]);
	free(k);
}

/* The gold polarity of several coders, and heed's of several answers. */
static void
test_polarity(void)
{
	static const struct {
		signed char v[5];
		int want;
	} votes[] = {
		{ { -1, -1, -1, -1, -1 }, -1 },	/* nobody gave one */
		{ { 2, -1, -1, -1, -1 }, 2 },
		{ { 2, 1, 2, -1, -1 }, 2 },
		{ { 2, 1, -1, -1, -1 }, -1 },	/* a tie */
		{ { 0, 0, 3, 3, 1 }, -1 },	/* a tie at the top */
		{ { 3, 0, 3, 1, 0 }, -1 },
		{ { 3, 0, 3, 1, 1 }, -1 },
		{ { 2, 2, 0, -1, -1 }, 2 },
		{ { 3, 3, 3, 1, 1 }, 3 },
		{ { 0, 1, 1, 2, 3 }, 1 },	/* a plurality is enough */
	};

	for (size_t i = 0; i < sizeof votes / sizeof votes[0]; i++)
		CHECK(agree_stats_vote(votes[i].v, 5, LEXICON_NPOLARITY) == votes[i].want);
	CHECK(lexicon_polarity_parse("Negative") == LEXICON_NEGATIVE);
	CHECK(lexicon_polarity_parse("mixed") == LEXICON_MIXED);
	CHECK(lexicon_polarity_parse("") == -1);
	CHECK(lexicon_polarity_parse("angry") == -1);
	CHECK(lexicon_polarity_join(LEXICON_NEUTRAL, LEXICON_NEGATIVE) == LEXICON_NEGATIVE);
	CHECK(lexicon_polarity_join(LEXICON_POSITIVE, LEXICON_NEUTRAL) == LEXICON_POSITIVE);
	CHECK(lexicon_polarity_join(LEXICON_POSITIVE, LEXICON_NEGATIVE) == LEXICON_MIXED);
	CHECK(lexicon_polarity_join(LEXICON_MIXED, LEXICON_POSITIVE) == LEXICON_MIXED);
	CHECK(lexicon_polarity_join(LEXICON_NEUTRAL, LEXICON_NEUTRAL) == LEXICON_NEUTRAL);
}

int
main(void)
{
	test_cohen();
	test_polarity();
	test_krippendorff();
	test_f1();
	test_codebook_themes();
	return TEST_REPORT();
}
