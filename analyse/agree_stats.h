/* agree_stats.h — agreement statistics: pure functions over counts.
 * Undefined statistics (no data, or chance agreement of 1) are NAN.
 * Nothing here allocates memory that outlives a call. */
#ifndef HEED_AGREE_STATS_H
#define HEED_AGREE_STATS_H

struct agree_stats_confusion {
	long tp, fp, fn, tn;	/* heed (predicted) against human (gold) */
};

double agree_stats_precision(const struct agree_stats_confusion *c);	/* tp/(tp+fp) */
double agree_stats_recall(const struct agree_stats_confusion *c);		/* tp/(tp+fn) */
double agree_stats_f1(const struct agree_stats_confusion *c);		/* 2tp/(2tp+fp+fn) */
/* Cohen's kappa of two raters over k categories: m[i*k+j] counts items rater
 * A put in category i and rater B in category j. */
double agree_stats_cohen(const long *m, int k);
/* Cohen's kappa of a binary confusion (heed as one rater, human the other). */
double agree_stats_kappa(const struct agree_stats_confusion *c);
/* Krippendorff's alpha for nominal data.  v[c * nunits + u] is coder c's
 * value (>= 0) for unit u, or -1 when missing.  Units with fewer than two
 * values are not pairable and are ignored. */
double agree_stats_alpha(const int *v, int ncoders, int nunits);
/* The category (0..k-1) most of the values v[0..n) give, skipping -1: -1
 * when there are none or the top two tie. */
int agree_stats_vote(const signed char *v, int n, int k);

#endif
