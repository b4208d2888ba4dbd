/* agree_compute.c — the statistics and disagreements of `heed agree`;
 * see agree_work.h. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/agree_work.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/xalloc.h"

/* ---- disagreements ---- */

static int
span_cmp(const void *a, const void *b)
{
	const struct agree_span *x = a, *y = b;
	return x->start < y->start ? -1 : x->start > y->start;
}

/* Where the original text[start, end) lies in the redacted text: the
 * occurrence nearest start; -1 when redaction removed it. */
static long
find_in_redacted(const char *text, const char *red, long start, long end)
{
	size_t n;
	long best = -1;

	if (start < 0 || end <= start || (size_t)end > strlen(text))
		return -1;
	n = (size_t)(end - start);
	for (const char *p = red; *p; p++) {
		if (strncmp(p, text + start, n) != 0)
			continue;
		if (best < 0 || labs((long)(p - red) - start) < labs(best - start))
			best = p - red;
	}
	return best;
}

static int
add_disagreement(struct agree_work *w, struct agree_result *res, struct agree_unit *u, int k,
    int missed, sqlite3_stmt *txt, sqlite3_stmt *codes, char **err)
{
	struct agree_disagreement *d;
	struct buf text = BUF_INIT, rules = BUF_INIT;
	int r;

	res->dis = xreallocarray(res->dis, res->ndis + 1, sizeof *res->dis);
	d = &res->dis[res->ndis++];
	memset(d, 0, sizeof *d);
	d->id = u->id;
	d->question = u->question;
	d->theme = w->keys[k];
	d->missed = missed;
	for (size_t j = 0; j < u->nresp; j++) {
		const char *orig, *red;
		size_t base;
		sqlite3_reset(txt);
		sqlite3_bind_int64(txt, 1, u->resp[j]);
		if (sqlite3_step(txt) != SQLITE_ROW)
			goto fail;
		orig = (const char *)sqlite3_column_text(txt, 0);
		red = (const char *)sqlite3_column_text(txt, 1);
		if (j)
			buf_adds(&text, "\n");
		base = text.len;
		buf_adds(&text, red);
		if (missed)
			continue;
		sqlite3_reset(codes);
		sqlite3_bind_int64(codes, 1, u->resp[j]);
		sqlite3_bind_int64(codes, 2, w->cb);
		sqlite3_bind_text(codes, 3, w->keys[k], -1, SQLITE_STATIC);
		while ((r = sqlite3_step(codes)) == SQLITE_ROW) {
			long at = find_in_redacted(orig, red, sqlite3_column_int64(codes, 1),
			    sqlite3_column_int64(codes, 2));
			buf_addf(&rules, "%s%s", rules.len ? "; " : "",
			    (const char *)sqlite3_column_text(codes, 0));
			if (at < 0) {
				d->hidden = 1;
				continue;
			}
			d->spans = xreallocarray(d->spans, d->nspans + 1, sizeof *d->spans);
			d->spans[d->nspans].start = base + (size_t)at;
			d->spans[d->nspans++].end = base + (size_t)at +
			    (size_t)(sqlite3_column_int64(codes, 2) - sqlite3_column_int64(codes, 1));
		}
		if (r != SQLITE_DONE)
			goto fail;
	}
	/* sort and merge overlapping spans */
	if (d->nspans > 1) {
		size_t m = 0;
		qsort(d->spans, d->nspans, sizeof *d->spans, span_cmp);
		for (size_t i = 1; i < d->nspans; i++) {
			if (d->spans[i].start <= d->spans[m].end) {
				if (d->spans[i].end > d->spans[m].end)
					d->spans[m].end = d->spans[i].end;
			} else {
				d->spans[++m] = d->spans[i];
			}
		}
		d->nspans = m + 1;
	}
	d->text = buf_detach(&text);
	d->rules = buf_detach(&rules);
	return 0;
fail:
	d->text = buf_detach(&text);
	d->rules = buf_detach(&rules);
	return store_error(w->st, err, "reading disagreements");
}

/* ---- putting it together ---- */

static double
mean_add(double *sum, int *n, double x)
{
	if (!isnan(x)) {
		*sum += x;
		(*n)++;
	}
	return x;
}

/* Kappa between heed (c < 0) or coder a and coder b on theme k, over the
 * units both coded. */
static double
pair_kappa(const struct agree_work *w, int a, size_t b, size_t k)
{
	struct agree_stats_confusion c = { 0, 0, 0, 0 };

	for (size_t i = 0; i < w->nunits; i++) {
		const struct agree_unit *u = &w->units[i];
		int x, y = u->human[b * w->nkeys + k];
		if (u->excluded)
			continue;
		x = a < 0 ? u->heed[k] : u->human[(size_t)a * w->nkeys + k];
		if (x < 0 || y < 0)
			continue;
		if (x && y) c.tp++;
		else if (x) c.fp++;
		else if (y) c.fn++;
		else c.tn++;
	}
	return agree_stats_kappa(&c);
}

static void
theme_stats(struct agree_work *w, struct agree_theme *t, size_t k)
{
	double sum = 0;
	int n = 0, *v;
	size_t nu = w->nunits;

	t->precision = agree_stats_precision(&t->c);
	t->recall = agree_stats_recall(&t->c);
	t->f1 = agree_stats_f1(&t->c);
	t->kappa = agree_stats_kappa(&t->c);
	t->heed_kappa = t->human_kappa = t->human_alpha = NAN;
	if (w->ncoders < 2)
		return;
	for (size_t b = 0; b < w->ncoders; b++)
		mean_add(&sum, &n, pair_kappa(w, -1, b, k));
	t->heed_kappa = n ? sum / n : NAN;
	sum = 0;
	n = 0;
	for (size_t a = 0; a < w->ncoders; a++)
		for (size_t b = a + 1; b < w->ncoders; b++)
			mean_add(&sum, &n, pair_kappa(w, (int)a, b, k));
	t->human_kappa = n ? sum / n : NAN;
	v = xmalloc((w->ncoders * nu + 1) * sizeof *v);
	for (size_t c = 0; c < w->ncoders; c++)
		for (size_t i = 0; i < nu; i++)
			v[c * nu + i] = w->units[i].excluded ? -1 :
			    w->units[i].human[c * w->nkeys + k];
	t->human_alpha = agree_stats_alpha(v, (int)w->ncoders, (int)nu);
	free(v);
}

/* Polarity: heed (a < 0) or coder a against coder b, or against the gold
 * polarity when b < 0, over the units both gave one. */
static void
pair_polarity(const struct agree_work *w, int a, int b, long *m)
{
	memset(m, 0, LEXICON_NPOLARITY * LEXICON_NPOLARITY * sizeof *m);
	for (size_t i = 0; i < w->nunits; i++) {
		const struct agree_unit *u = &w->units[i];
		int x = a < 0 ? u->heedpol : u->pol[a], y;
		if (u->excluded)
			continue;
		y = b >= 0 ? u->pol[b] :
		    agree_stats_vote(u->pol, (int)w->ncoders, LEXICON_NPOLARITY);
		if (x >= 0 && y >= 0)
			m[y * LEXICON_NPOLARITY + x]++;
	}
}

static void
polarity_stats(const struct agree_work *w, struct agree_polarity *p)
{
	long m[LEXICON_NPOLARITY * LEXICON_NPOLARITY];
	double sum = 0;
	int n = 0;

	pair_polarity(w, -1, -1, &p->m[0][0]);
	for (int i = 0; i < LEXICON_NPOLARITY; i++)
		for (int j = 0; j < LEXICON_NPOLARITY; j++) {
			p->nunits += (size_t)p->m[i][j];
			if (i == j)
				p->nsame += (size_t)p->m[i][j];
		}
	p->share = p->nunits ? (double)p->nsame / p->nunits : NAN;
	p->kappa = agree_stats_cohen(&p->m[0][0], LEXICON_NPOLARITY);
	for (size_t a = 0; a < w->ncoders; a++)
		for (size_t b = a + 1; b < w->ncoders; b++) {
			pair_polarity(w, (int)a, (int)b, m);
			mean_add(&sum, &n, agree_stats_cohen(m, LEXICON_NPOLARITY));
		}
	p->human_kappa = n ? sum / n : NAN;
}

int
agree_compute(struct agree_work *w, struct agree_result *res, char **err)
{
	sqlite3_stmt *txt = NULL, *codes = NULL;
	struct agree_stats_confusion all = { 0, 0, 0, 0 };
	double fsum = 0;
	int fn = 0, rc = -1;

	for (size_t i = 0; i < w->nunits; i++) {
		struct agree_unit *u = &w->units[i];
		int same = 1;
		if (u->excluded) {
			res->excluded++;
			continue;
		}
		res->nunits++;
		for (size_t k = 0; k < w->nkeys; k++) {
			int m = 0, p = 0;
			for (size_t c = 0; c < w->ncoders; c++) {
				int h = u->human[c * w->nkeys + k];
				m += h >= 0;
				p += h > 0;
			}
			u->gold[k] = m > 0 && 2 * p >= m;
			same &= u->gold[k] == u->heed[k];
		}
		res->nexact += same;
	}
	if (store_prepare(w->st, "SELECT text, redacted FROM response WHERE id = ?1",
	    &txt, err) < 0 ||
	    store_prepare(w->st, "SELECT rule, start, end FROM code WHERE response_id = ?1 "
	    "AND codebook_id = ?2 AND theme = ?3 ORDER BY start, seq", &codes, err) < 0)
		goto out;
	for (size_t k = 0; k < w->nkeys; k++) {
		struct agree_stats_confusion c = { 0, 0, 0, 0 };
		for (size_t i = 0; i < w->nunits; i++) {
			const struct agree_unit *u = &w->units[i];
			if (u->excluded)
				continue;
			if (u->heed[k] && u->gold[k]) c.tp++;
			else if (u->heed[k]) c.fp++;
			else if (u->gold[k]) c.fn++;
			else c.tn++;
		}
		if (c.tp + c.fp + c.fn == 0)
			continue;	/* neither heed nor a human used it */
		res->themes = xreallocarray(res->themes, res->nthemes + 1, sizeof *res->themes);
		struct agree_theme *t = &res->themes[res->nthemes++];
		t->key = w->keys[k];
		t->c = c;
		theme_stats(w, t, k);
		mean_add(&fsum, &fn, t->f1);
		all.tp += c.tp;
		all.fp += c.fp;
		all.fn += c.fn;
		all.tn += c.tn;
	}
	res->micro_f1 = agree_stats_f1(&all);
	res->macro_f1 = fn ? fsum / fn : NAN;
	res->exact = res->nunits ? (double)res->nexact / res->nunits : NAN;
	if ((res->has_polarity = w->col_polarity >= 0))
		polarity_stats(w, &res->polarity);
	for (size_t i = 0; i < w->nunits; i++) {
		struct agree_unit *u = &w->units[i];
		for (size_t k = 0; k < w->nkeys && !u->excluded; k++)
			if (u->heed[k] != u->gold[k] &&
			    add_disagreement(w, res, u, (int)k, u->gold[k], txt, codes, err) < 0)
				goto out;
	}
	rc = 0;
out:
	sqlite3_finalize(txt);
	sqlite3_finalize(codes);
	return rc;
}
