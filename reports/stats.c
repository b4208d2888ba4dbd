/* stats.c — Wilson intervals, Fisher's exact test, z-test, lift; see stats.h. */
#include "config.h"

#include <math.h>

#include "reports/stats.h"

void
stats_wilson(int k, int n, double z, double *lo, double *hi)
{
	double p, z2n, centre, half;

	if (n <= 0) {
		*lo = 0;
		*hi = 1;
		return;
	}
	p = (double)k / n;
	z2n = z * z / n;
	centre = (p + z2n / 2) / (1 + z2n);
	half = z * sqrt(p * (1 - p) / n + z2n / (4.0 * n)) / (1 + z2n);
	*lo = centre - half < 0 ? 0 : centre - half;
	*hi = centre + half > 1 ? 1 : centre + half;
	if (k == 0)
		*lo = 0;
	if (k == n)
		*hi = 1;
}

/* log of the hypergeometric probability of a table with top-left cell x. */
static double
hyper_log(int x, int r1, int r2, int c1, int n)
{
	return lgamma(r1 + 1.0) + lgamma(r2 + 1.0) + lgamma(c1 + 1.0) +
	    lgamma(n - c1 + 1.0) - lgamma(n + 1.0) - lgamma(x + 1.0) -
	    lgamma(r1 - x + 1.0) - lgamma(c1 - x + 1.0) -
	    lgamma(r2 - c1 + x + 1.0);
}

double
stats_fisher(int a, int b, int c, int d)
{
	int r1 = a + b, r2 = c + d, c1 = a + c, n = r1 + r2;
	int lo = c1 - r2 > 0 ? c1 - r2 : 0, hi = r1 < c1 ? r1 : c1;
	double obs, p = 0;

	if (n == 0)
		return 1;
	obs = hyper_log(a, r1, r2, c1, n);
	for (int x = lo; x <= hi; x++) {
		double l = hyper_log(x, r1, r2, c1, n);
		if (l <= obs + 1e-7)	/* relative tolerance, as R does */
			p += exp(l);
	}
	return p > 1 ? 1 : p;
}

double
stats_ztest(int k1, int n1, int k2, int n2)
{
	double p, se, z;

	if (n1 <= 0 || n2 <= 0)
		return 1;
	p = (double)(k1 + k2) / (n1 + n2);
	if (p <= 0 || p >= 1)
		return 1;
	se = sqrt(p * (1 - p) * (1.0 / n1 + 1.0 / n2));
	z = ((double)k1 / n1 - (double)k2 / n2) / se;
	return erfc(fabs(z) / sqrt(2.0));
}

double
stats_compare(int k1, int n1, int k2, int n2, enum stats_test *test)
{
	int n = n1 + n2, k = k1 + k2;

	if (n1 <= 0 || n2 <= 0) {
		*test = STATS_NONE;
		return 1;
	}
	/* smallest expected count: smaller row total x smaller column total / n */
	if ((double)(n1 < n2 ? n1 : n2) * (k < n - k ? k : n - k) / n < 5) {
		*test = STATS_FISHER;
		return stats_fisher(k1, n1 - k1, k2, n2 - k2);
	}
	*test = STATS_Z;
	return stats_ztest(k1, n1, k2, n2);
}

double
stats_lift(int nab, int na, int nb, int n)
{
	if (na <= 0 || nb <= 0)
		return 0;
	return (double)n * nab / ((double)na * nb);
}
