/* stats.h — the statistics behind report figures: pure functions, no state.
 *
 * Proportions use the Wilson score interval; a change between two rounds is
 * tested with Fisher's exact test when any expected cell count is below 5,
 * otherwise with the pooled two-proportion z-test. */
#ifndef HEED_STATS_H
#define HEED_STATS_H

#define STATS_Z95 1.959963984540054	/* two-sided 95% normal quantile */

/* Wilson score interval for k successes in n trials at normal quantile z.
 * n == 0 gives [0, 1]. */
void stats_wilson(int k, int n, double z, double *lo, double *hi);

/* Two-sided p-value of Fisher's exact test on the 2x2 table
 * [[a, b], [c, d]]: the sum of the probabilities of all tables with the
 * same margins that are no more likely than the observed one. */
double stats_fisher(int a, int b, int c, int d);

/* Two-sided p-value of the pooled two-proportion z-test of k1/n1 against
 * k2/n2; 1 when either n is 0 or the pooled proportion is 0 or 1. */
double stats_ztest(int k1, int n1, int k2, int n2);

enum stats_test { STATS_NONE, STATS_FISHER, STATS_Z };

/* Test k1/n1 against k2/n2 with the test fit for the counts: Fisher's
 * exact test when any expected count of the 2x2 table is below 5, else the
 * z-test.  Stores which test in *test (STATS_NONE when n1 or n2 is 0, p=1). */
double stats_compare(int k1, int n1, int k2, int n2, enum stats_test *test);

/* Lift of co-occurrence: n * nab / (na * nb); 0 when na or nb is 0. */
double stats_lift(int nab, int na, int nb, int n);

#endif
