/* report_finish.c — disclosure control and the statistics that depend on
 * shown counts; see report_finish.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "reports/report_finish.h"
#include "util/xalloc.h"

static int
cmp_theme(const void *pa, const void *pb, const struct report *r)
{
	const struct report_theme *a = pa, *b = pb;
	/* a hidden count ranks between zero and the smallest shown count,
	 * tied with every other hidden one: the order discloses nothing */
	int na = a->n[r->cur].hide ? 1 : 2 * a->n[r->cur].n;
	int nb = b->n[r->cur].hide ? 1 : 2 * b->n[r->cur].n;

	if (na != nb)
		return na > nb ? -1 : 1;
	return strcmp(a->key, b->key);
}

static void
sort_themes(struct report *r)
{
	/* insertion sort: few themes, and qsort has no context argument */
	for (size_t i = 1; i < r->nthemes; i++) {
		struct report_theme t = r->themes[i];
		size_t j = i;
		for (; j > 0 && cmp_theme(&t, &r->themes[j - 1], r) < 0; j--)
			r->themes[j] = r->themes[j - 1];
		r->themes[j] = t;
	}
}

/* Suppress the counts of v[0..n), which add up to total, as one group. */
static void
suppress_counts(struct report_count *v, size_t n, struct rcount *total, int min)
{
	struct rcount *c = xcalloc(n + 1, sizeof *c);

	for (size_t i = 0; i < n; i++)
		c[i] = v[i].n;
	suppress_group(c, n, total, min);
	for (size_t i = 0; i < n; i++)
		v[i].n = c[i];
	free(c);
}

void
report_finish(struct report *r)
{
	int min = r->min_count;
	size_t nt = r->nthemes;
	struct report_round *cur = &r->rounds[r->cur];

	for (size_t i = 0; i < r->nrounds; i++) {
		struct report_round *rd = &r->rounds[i];
		struct rcount f[2] = { rd->flags_open, rd->flags_closed };
		suppress_primary(&rd->n, min);
		suppress_primary(&rd->respondents, min);
		suppress_primary(&rd->reviewed, min);
		/* open + closed = raised: closed is not shown, but could be
		 * worked out, so it is suppressed as if it were */
		suppress_group(f, 2, &rd->flags, min);
		rd->flags_open = f[0];
		rd->flags_closed = f[1];
	}
	{
		suppress_counts(r->sources, r->nsources, &cur->n, min);
		suppress_counts(r->questions, r->nquestions, &cur->n, min);
		suppress_counts(r->groups, r->ngroups, &cur->n, min);
	}
	suppress_group(r->pol, REPORT_NPOL, &r->coded, min);
	for (size_t i = 0; i < nt; i++) {
		struct report_theme *t = &r->themes[i];
		for (size_t k = 0; k < r->nrounds; k++)
			suppress_primary(&t->n[k], min);
		suppress_group(t->pol, REPORT_NPOL, &t->n[r->cur], min);
		suppress_group(t->by, r->ngroups, &t->n[r->cur], min);
	}
	sort_themes(r);
	for (size_t i = 0; i < nt; i++) {
		struct report_theme *t = &r->themes[i];
		int k = t->n[r->cur].n, n = cur->n.n;

		stats_wilson(k, n, STATS_Z95, &t->lo, &t->hi);
		if (k < min || t->n[r->cur].hide)
			t->nquotes = 0;	/* freed in report_free via REPORT_MAXQUOTES */
		t->negative = !t->n[r->cur].hide && k > 0 &&
		    2 * t->pol[REPORT_NEG].n > k;
		if (r->cmp >= 0 && !t->n[r->cur].hide && !t->n[r->cmp].hide &&
		    !cur->n.hide && !r->rounds[r->cmp].n.hide && n > 0 &&
		    r->rounds[r->cmp].n.n > 0) {
			int k2 = t->n[r->cmp].n, n2 = r->rounds[r->cmp].n.n;
			t->has_change = 1;
			t->change = 100.0 * ((double)k / n - (double)k2 / n2);
			t->p = stats_compare(k, n, k2, n2, &t->test);
			t->rising = t->change > 0 && t->p < 0.05;
		}
	}
	r->co = xcalloc(nt * nt + 1, sizeof *r->co);
	r->lift = xcalloc(nt * nt + 1, sizeof *r->lift);
}

void
report_finish_pairs(struct report *r)
{
	size_t nt = r->nthemes;

	for (size_t a = 0; a < nt; a++) {
		r->co[a * nt + a] = r->themes[a].n[r->cur];
		for (size_t b = 0; b < nt; b++) {
			struct rcount *c = &r->co[a * nt + b];
			suppress_primary(c, r->min_count);
			if (a != b && !c->hide && !r->rounds[r->cur].n.hide)
				r->lift[a * nt + b] = stats_lift(c->n,
				    r->themes[a].n[r->cur].n, r->themes[b].n[r->cur].n,
				    r->rounds[r->cur].n.n);
		}
	}
}

