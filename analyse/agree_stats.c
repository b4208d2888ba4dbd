/* agree_stats.c — agreement statistics; see agree_stats.h. */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "analyse/agree_stats.h"
#include "util/xalloc.h"

static double
ratio(double a, double b)
{
	return b > 0 ? a / b : NAN;
}

double
agree_stats_precision(const struct agree_stats_confusion *c)
{
	return ratio(c->tp, c->tp + c->fp);
}

double
agree_stats_recall(const struct agree_stats_confusion *c)
{
	return ratio(c->tp, c->tp + c->fn);
}

double
agree_stats_f1(const struct agree_stats_confusion *c)
{
	return ratio(2.0 * c->tp, 2.0 * c->tp + c->fp + c->fn);
}

double
agree_stats_cohen(const long *m, int k)
{
	double n = 0, agree = 0, chance = 0;

	for (int i = 0; i < k * k; i++)
		n += m[i];
	if (n <= 0)
		return NAN;
	for (int i = 0; i < k; i++) {
		double row = 0, col = 0;
		for (int j = 0; j < k; j++) {
			row += m[i * k + j];
			col += m[j * k + i];
		}
		agree += m[i * k + i];
		chance += row * col;
	}
	agree /= n;
	chance /= n * n;
	if (chance >= 1.0)
		return NAN;
	return (agree - chance) / (1.0 - chance);
}

double
agree_stats_kappa(const struct agree_stats_confusion *c)
{
	/* categories 0 = present, 1 = absent; rows heed, columns human */
	long m[4] = { c->tp, c->fp, c->fn, c->tn };
	return agree_stats_cohen(m, 2);
}

double
agree_stats_alpha(const int *v, int ncoders, int nunits)
{
	int maxv = -1, k;
	double *o, *nc, n = 0, dis = 0, exp = 0;

	for (int i = 0; i < ncoders * nunits; i++)
		if (v[i] > maxv)
			maxv = v[i];
	if (maxv < 0)
		return NAN;
	k = maxv + 1;
	o = xcalloc((size_t)k * k, sizeof *o);
	nc = xcalloc((size_t)k, sizeof *nc);
	/* coincidence matrix: each ordered pair of values within a unit
	 * contributes 1 / (m_u - 1) */
	for (int u = 0; u < nunits; u++) {
		int m = 0;
		for (int c = 0; c < ncoders; c++)
			m += v[c * nunits + u] >= 0;
		if (m < 2)
			continue;
		for (int a = 0; a < ncoders; a++)
			for (int b = 0; b < ncoders; b++) {
				int x = v[a * nunits + u], y = v[b * nunits + u];
				if (a != b && x >= 0 && y >= 0)
					o[x * k + y] += 1.0 / (m - 1);
			}
	}
	for (int c = 0; c < k; c++)
		for (int d = 0; d < k; d++) {
			nc[c] += o[c * k + d];
			n += o[c * k + d];
		}
	for (int c = 0; c < k; c++)
		for (int d = 0; d < k; d++)
			if (c != d) {
				dis += o[c * k + d];
				exp += nc[c] * nc[d];
			}
	free(o);
	free(nc);
	if (n < 2 || exp <= 0)
		return NAN;
	return 1.0 - (n - 1) * dis / exp;
}

int
agree_stats_vote(const signed char *v, int n, int k)
{
	int best = -1, top = 0, tie = 0;

	for (int c = 0; c < k; c++) {
		int m = 0;
		for (int i = 0; i < n; i++)
			m += v[i] == c;
		if (m > top) {
			top = m;
			best = c;
			tie = 0;
		} else if (m > 0 && m == top) {
			tie = 1;
		}
	}
	return tie ? -1 : best;
}
