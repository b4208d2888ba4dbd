/* report.c — read a report's figures from the database; see report.h. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reports/report.h"
#include "util/err.h"
#include "util/xalloc.h"

const char *const report_polarity[REPORT_NPOL] = {
	"positive", "mixed", "neutral", "negative",
};

static int
polarity_index(const char *s)
{
	for (int i = 0; i < REPORT_NPOL; i++)
		if (s && strcmp(s, report_polarity[i]) == 0)
			return i;
	return REPORT_NEU;
}

static char *
col_dup(sqlite3_stmt *s, int i)
{
	const unsigned char *v = sqlite3_column_text(s, i);
	return v ? xstrdup((const char *)v) : NULL;
}

/* Run sql with ?1 bound to the current round id; call row() on each row
 * until it returns nonzero (nothing more wanted from the query). */
typedef int row_fn(struct report *r, sqlite3_stmt *s, void *arg);

static int
query(store *st, struct report *r, const char *sql, sqlite3_int64 round,
    const char *text2, row_fn *row, void *arg, char **err)
{
	sqlite3_stmt *s;
	int rc;

	if (store_prepare(st, sql, &s, err) < 0)
		return -1;
	if (sqlite3_bind_parameter_count(s) >= 1)
		sqlite3_bind_int64(s, 1, round);
	if (sqlite3_bind_parameter_count(s) >= 2)
		sqlite3_bind_text(s, 2, text2, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		if (row(r, s, arg)) {
			rc = SQLITE_DONE;
			break;
		}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		return store_error(st, err, "reading the report data");
	return 0;
}

static int
row_round(struct report *r, sqlite3_stmt *s, void *arg)
{
	struct report_round *rd;
	sqlite3_int64 **ids = arg;

	r->rounds = xreallocarray(r->rounds, r->nrounds + 1, sizeof *r->rounds);
	*ids = xreallocarray(*ids, r->nrounds + 1, sizeof **ids);
	rd = &r->rounds[r->nrounds];
	(*ids)[r->nrounds++] = sqlite3_column_int64(s, 0);
	memset(rd, 0, sizeof *rd);
	rd->label = col_dup(s, 1);
	rd->n.n = sqlite3_column_int(s, 2);
	rd->respondents.n = sqlite3_column_int(s, 3);
	rd->flags.n = sqlite3_column_int(s, 4);
	rd->flags_open.n = sqlite3_column_int(s, 5);
	rd->flags_closed.n = rd->flags.n - rd->flags_open.n;
	rd->reviewed.n = sqlite3_column_int(s, 6);
	return 0;
}

struct count_list {
	struct report_count *v;
	size_t n;
};

static int
row_count(struct report *r, sqlite3_stmt *s, void *arg)
{
	struct count_list *l = arg;

	(void)r;
	l->v = xreallocarray(l->v, l->n + 1, sizeof *l->v);
	l->v[l->n].name = col_dup(s, 0);
	l->v[l->n].n.n = sqlite3_column_int(s, 1);
	l->v[l->n].n.hide = 0;
	l->n++;
	return 0;
}

static int
row_polarity(struct report *r, sqlite3_stmt *s, void *arg)
{
	(void)arg;
	r->pol[polarity_index((const char *)sqlite3_column_text(s, 0))].n +=
	    sqlite3_column_int(s, 1);
	r->coded.n += sqlite3_column_int(s, 1);
	return 0;
}

static struct report_theme *
theme_get(struct report *r, const char *key)
{
	struct report_theme *t;

	for (size_t i = 0; i < r->nthemes; i++)
		if (strcmp(r->themes[i].key, key) == 0)
			return &r->themes[i];
	r->themes = xreallocarray(r->themes, r->nthemes + 1, sizeof *r->themes);
	t = &r->themes[r->nthemes++];
	memset(t, 0, sizeof *t);
	t->key = xstrdup(key);
	t->n = xcalloc(r->nrounds, sizeof *t->n);
	return t;
}

static int
row_theme_round(struct report *r, sqlite3_stmt *s, void *arg)
{
	sqlite3_int64 *ids = arg;
	struct report_theme *t = theme_get(r, (const char *)sqlite3_column_text(s, 0));

	for (size_t i = 0; i < r->nrounds; i++)
		if (ids[i] == sqlite3_column_int64(s, 1))
			t->n[i].n = sqlite3_column_int(s, 2);
	return 0;
}

static int
row_theme_polarity(struct report *r, sqlite3_stmt *s, void *arg)
{
	struct report_theme *t = theme_get(r, (const char *)sqlite3_column_text(s, 0));

	(void)arg;
	t->pol[polarity_index((const char *)sqlite3_column_text(s, 1))].n +=
	    sqlite3_column_int(s, 2);
	return 0;
}

static size_t
theme_index(const struct report *r, const char *key)
{
	for (size_t i = 0; i < r->nthemes; i++)
		if (strcmp(r->themes[i].key, key) == 0)
			return i;
	return r->nthemes;
}

/* Co-occurrence from one scan of (response, theme) in response order: the
 * themes of one response are gathered, then each ordered pair counted. */
struct pair_scan {
	sqlite3_int64 id;	/* the response gathered */
	size_t *v;		/* its themes' indexes */
	size_t n;
};

static void
pair_flush(struct report *r, struct pair_scan *ps)
{
	for (size_t i = 0; i < ps->n; i++)
		for (size_t j = 0; j < ps->n; j++)
			if (ps->v[i] != ps->v[j])
				r->co[ps->v[i] * r->nthemes + ps->v[j]].n++;
	ps->n = 0;
}

static int
row_pair(struct report *r, sqlite3_stmt *s, void *arg)
{
	struct pair_scan *ps = arg;
	size_t a = theme_index(r, (const char *)sqlite3_column_text(s, 1));

	if (sqlite3_column_int64(s, 0) != ps->id)
		pair_flush(r, ps);
	ps->id = sqlite3_column_int64(s, 0);
	if (a < r->nthemes && ps->n < r->nthemes)
		ps->v[ps->n++] = a;	/* a response has each theme once */
	return 0;
}

static int
row_by(struct report *r, sqlite3_stmt *s, void *arg)
{
	size_t a = theme_index(r, (const char *)sqlite3_column_text(s, 0));
	const char *g = (const char *)sqlite3_column_text(s, 1);

	(void)arg;
	for (size_t i = 0; a < r->nthemes && i < r->ngroups; i++)
		if (strcmp(r->groups[i].name, g) == 0)
			r->themes[a].by[i].n = sqlite3_column_int(s, 2);
	return 0;
}

/* Cut s to at most max bytes at a word boundary, adding an ellipsis. */
static char *
cut_quote(const char *s, size_t max)
{
	size_t len = strlen(s), end;
	char *out;

	if (len <= max)
		return xstrdup(s);
	for (end = max; end > max / 2 && s[end] != ' '; end--)
		;
	if (s[end] != ' ')
		for (end = max; end > 0 && ((unsigned char)s[end] & 0xc0) == 0x80; end--)
			;
	out = xmalloc(end + 4);
	memcpy(out, s, end);
	memcpy(out + end, "\xe2\x80\xa6", 4);
	return out;
}

struct quote_pass {
	struct report_theme *t;
	sqlite3_int64 taken[REPORT_MAXQUOTES];
	int fill;	/* 0: one per polarity; 1: fill the remaining places */
};

/* Can no further candidate be taken in this pass?  The first pass is done
 * when every polarity the theme has (t->pol, not yet suppressed) has its
 * quote. */
static int
quote_done(const struct quote_pass *qp)
{
	const struct report_theme *t = qp->t;

	if (t->nquotes >= REPORT_MAXQUOTES)
		return 1;
	if (qp->fill)
		return 0;
	for (int k = 0; k < REPORT_NPOL; k++) {
		size_t i = 0;
		while (i < t->nquotes && t->quotes[i].polarity != report_polarity[k])
			i++;
		if (t->pol[k].n > 0 && i == t->nquotes)
			return 0;
	}
	return 1;
}

static int
row_quote(struct report *r, sqlite3_stmt *s, void *arg)
{
	struct quote_pass *qp = arg;
	struct report_theme *t = qp->t;
	sqlite3_int64 id = sqlite3_column_int64(s, 3);
	const char *pol = report_polarity[polarity_index(
	    (const char *)sqlite3_column_text(s, 1))];
	const char *src = (const char *)sqlite3_column_text(s, 2);
	struct report_quote *q;

	(void)r;
	/* Candidates come by typical length: one per polarity first, so the
	 * quotes are varied, then the rest fill the remaining places. */
	if (quote_done(qp))
		return 1;
	for (size_t i = 0; i < t->nquotes; i++)
		if (qp->taken[i] == id || (!qp->fill && t->quotes[i].polarity == pol) ||
		    strncmp(t->quotes[i].text, (const char *)sqlite3_column_text(s, 0),
		    REPORT_QUOTE_MAX) == 0)
			return 0;	/* taken, same polarity in the first pass, or same text */
	qp->taken[t->nquotes] = id;
	q = &t->quotes[t->nquotes++];
	q->text = cut_quote((const char *)sqlite3_column_text(s, 0), REPORT_QUOTE_MAX);
	q->polarity = pol;
	q->source = xstrdup(src ? src : "");
	return quote_done(qp);	/* stop reading once nothing more can be taken */
}

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

static int
row_action(struct report *r, sqlite3_stmt *s, void *arg)
{
	struct report_action *a;

	(void)arg;
	r->actions = xreallocarray(r->actions, r->nactions + 1, sizeof *r->actions);
	a = &r->actions[r->nactions++];
	a->id = sqlite3_column_int64(s, 0);
	a->round = col_dup(s, 1);
	a->theme = col_dup(s, 2);
	a->text = col_dup(s, 3);
	a->status = col_dup(s, 4);
	a->created = col_dup(s, 5);
	a->done = col_dup(s, 6);
	return 0;
}

static long
round_index(const struct report *r, const char *label)
{
	for (size_t i = 0; i < r->nrounds; i++)
		if (strcmp(r->rounds[i].label, label) == 0)
			return (long)i;
	return -1;
}

/* Disclosure control and the statistics that depend on shown counts. */
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

static void
finish(struct report *r)
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

static void
finish_pairs(struct report *r)
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

/* Every reportable response once (all rounds), with what the figures need,
 * and ranked for quotes (k: how far its length is from a typical 120
 * characters); then every theme of one of them.  Each aggregate below reads
 * these instead of evaluating the views again. */
static const char rp_sql[] =
    "CREATE TEMP TABLE heed_rp (id INTEGER PRIMARY KEY, round_id INTEGER, "
    " respondent_id INTEGER, question_id INTEGER, source TEXT, k INTEGER);"
    "INSERT INTO temp.heed_rp SELECT id, round_id, respondent_id, question_id, source, "
    " abs(length(redacted) - 120) FROM reportable;";
static const char rt_sql[] =
    "CREATE TEMP TABLE heed_rt (round_id INTEGER, theme TEXT, k INTEGER, id INTEGER, "
    " polarity TEXT, source TEXT, PRIMARY KEY (round_id, theme, k, id)) WITHOUT ROWID;"
    "INSERT INTO temp.heed_rt SELECT p.round_id, t.theme, p.k, p.id, t.polarity, p.source "
    " FROM current_theme t JOIN temp.heed_rp p ON p.id = t.response_id ORDER BY 1, 2, 3, 4;";
static const char drop_sql[] =
    "DROP TABLE IF EXISTS temp.heed_rt; DROP TABLE IF EXISTS temp.heed_rp;";

int
report_load(store *st, const struct report_opts *o, struct report *r, char **err)
{
	sqlite3_int64 *ids = NULL, cur;
	const char *by = o->by ? o->by : "source";
	int rc = -1;

	memset(r, 0, sizeof *r);
	r->min_count = o->min_count;
	r->cmp = -1;
	if (store_exec(st, drop_sql, err) < 0 || store_exec(st, rp_sql, err) < 0)
		goto out;
	if (query(st, r,
	    "SELECT r.id, r.label, coalesce(c.n, 0), coalesce(c.people, 0), "
	    " (SELECT count(*) FROM flag f JOIN response p ON p.id = f.response_id "
	    "   WHERE p.round_id = r.id), "
	    " (SELECT count(*) FROM flag f JOIN response p ON p.id = f.response_id "
	    "   WHERE p.round_id = r.id AND f.status = 'open'), "
	    " coalesce(c.reviewed, 0) "
	    "FROM round r LEFT JOIN (SELECT round_id, count(*) AS n, "
	    "  count(DISTINCT respondent_id) AS people, "
	    "  sum(id IN (SELECT response_id FROM review)) AS reviewed "
	    "  FROM temp.heed_rp GROUP BY round_id) c ON c.round_id = r.id "
	    "ORDER BY r.label, r.id", 0, NULL, row_round, &ids, err) < 0)
		goto out;
	if (r->nrounds == 0) {
		err_set(err, "the database holds no rounds: run 'heed collect' first");
		goto out;
	}
	r->cur = r->nrounds - 1;
	if (o->round) {
		long i = round_index(r, o->round);
		if (i < 0) {
			err_set(err, "no round labelled '%s'", o->round);
			goto out;
		}
		r->cur = (size_t)i;
	}
	if (o->compare && strcmp(o->compare, "none") != 0) {
		if ((r->cmp = round_index(r, o->compare)) < 0) {
			err_set(err, "no round labelled '%s' to compare with", o->compare);
			goto out;
		}
		if ((size_t)r->cmp == r->cur) {
			err_set(err, "cannot compare round '%s' with itself", o->compare);
			goto out;
		}
	} else if (o->compare == NULL)
		r->cmp = (long)r->cur - 1;
	cur = ids[r->cur];
	if (strcmp(by, "source") != 0) {
		sqlite3_stmt *s;
		int known;
		if (store_prepare(st, "SELECT EXISTS (SELECT 1 FROM attribute WHERE name = ?1), "
		    "(SELECT group_concat(name, ', ') FROM (SELECT DISTINCT name FROM attribute "
		    "ORDER BY name))", &s, err) < 0)
			goto out;
		sqlite3_bind_text(s, 1, by, -1, SQLITE_STATIC);
		known = sqlite3_step(s) == SQLITE_ROW && sqlite3_column_int(s, 0);
		if (!known) {
			const unsigned char *names = sqlite3_column_text(s, 1);
			err_set(err, "no respondent has the attribute '%s' (known: source%s%s)",
			    by, names ? ", " : "", names ? (const char *)names : "");
			sqlite3_finalize(s);
			goto out;
		}
		sqlite3_finalize(s);
	}
	r->by = xstrdup(by);
	r->by_given = o->by != NULL;
	{
		struct count_list src = { NULL, 0 }, qs = { NULL, 0 }, gr = { NULL, 0 };
		if (query(st, r, "SELECT source, count(*) FROM temp.heed_rp WHERE round_id = ?1 "
		    "GROUP BY source ORDER BY count(*) DESC, source", cur, NULL,
		    row_count, &src, err) < 0 ||
		    query(st, r, "SELECT q.text, count(*) FROM temp.heed_rp p JOIN question q "
		    "ON q.id = p.question_id WHERE p.round_id = ?1 "
		    "GROUP BY q.id ORDER BY count(*) DESC, q.text", cur, NULL,
		    row_count, &qs, err) < 0 ||
		    query(st, r, strcmp(by, "source") == 0 ?
		    "SELECT source, count(*) FROM temp.heed_rp WHERE round_id = ?1 "
		    "GROUP BY 1 ORDER BY 1" :
		    "SELECT coalesce(a.value, '(not given)'), count(*) FROM temp.heed_rp p "
		    "LEFT JOIN attribute a ON a.respondent_id = p.respondent_id AND a.name = ?2 "
		    "WHERE p.round_id = ?1 GROUP BY 1 ORDER BY 1", cur, by,
		    row_count, &gr, err) < 0) {
			r->sources = src.v, r->nsources = src.n;
			r->questions = qs.v, r->nquestions = qs.n;
			r->groups = gr.v, r->ngroups = gr.n;
			goto out;
		}
		r->sources = src.v, r->nsources = src.n;
		r->questions = qs.v, r->nquestions = qs.n;
		r->groups = gr.v, r->ngroups = gr.n;
	}
	{
		sqlite3_stmt *s;
		if (store_prepare(st, "SELECT c.name, c.text, c.hash FROM codebook c "
		    "JOIN current_codebook k ON k.id = c.id", &s, err) < 0)
			goto out;
		if (sqlite3_step(s) == SQLITE_ROW) {
			/* "default.codebook (3f2a9c0b1d4e)": the file's name without
			 * the folder it was loaded from, which says nothing to a
			 * reader and would differ between machines, and the start
			 * of its SHA-256, which says exactly which version. */
			const char *name = (const char *)sqlite3_column_text(s, 0);
			const char *hash = (const char *)sqlite3_column_text(s, 2);
			const char *base = strrchr(name, '/') ? strrchr(name, '/') + 1 : name;
			r->codebook = xasprintf("%s (%.12s)", base, hash ? hash : "");
			themeinfo_parse((const char *)sqlite3_column_text(s, 1), &r->info);
		}
		sqlite3_finalize(s);
	}
	for (size_t i = 0; i < r->info.n; i++)
		theme_get(r, r->info.v[i].key);
	if (store_exec(st, rt_sql, err) < 0 ||
	    query(st, r, "SELECT g.polarity, count(*) FROM temp.heed_rp p "
	    "JOIN current_coding g ON g.response_id = p.id WHERE p.round_id = ?1 "
	    "GROUP BY 1 ORDER BY 1", cur, NULL, row_polarity, NULL, err) < 0 ||
	    query(st, r, "SELECT theme, round_id, count(*) FROM temp.heed_rt "
	    "GROUP BY round_id, theme", 0, NULL, row_theme_round, ids, err) < 0 ||
	    query(st, r, "SELECT theme, polarity, count(*) FROM temp.heed_rt "
	    "WHERE round_id = ?1 GROUP BY 1, 2", cur, NULL, row_theme_polarity, NULL, err) < 0)
		goto out;
	for (size_t i = 0; i < r->nthemes; i++) {
		struct report_theme *t = &r->themes[i];
		t->info = themeinfo_find(&r->info, t->key);
		t->label = xstrdup(t->info && t->info->label ? t->info->label : t->key);
		t->by = xcalloc(r->ngroups + 1, sizeof *t->by);
		struct quote_pass qp = { t, { 0 }, 0 };
		for (qp.fill = 0; qp.fill < 2; qp.fill++)
			if (!quote_done(&qp) && query(st, r,
			    "SELECT p.redacted, q.polarity, q.source, q.id FROM temp.heed_rt q "
			    "JOIN response p ON p.id = q.id WHERE q.round_id = ?1 AND q.theme = ?2 "
			    "ORDER BY q.k, q.id", cur, t->key, row_quote, &qp, err) < 0)
				goto out;
	}
	if (query(st, r, strcmp(by, "source") == 0 ?
	    "SELECT theme, source, count(*) FROM temp.heed_rt WHERE round_id = ?1 "
	    "GROUP BY 1, 2" :
	    "SELECT q.theme, coalesce(a.value, '(not given)'), count(*) FROM temp.heed_rt q "
	    "JOIN temp.heed_rp p ON p.id = q.id LEFT JOIN attribute a "
	    "ON a.respondent_id = p.respondent_id AND a.name = ?2 "
	    "WHERE q.round_id = ?1 GROUP BY 1, 2", cur, by, row_by, NULL, err) < 0)
		goto out;
	finish(r);
	{
		struct pair_scan ps = { -1, xcalloc(r->nthemes + 1, sizeof *ps.v), 0 };
		rc = query(st, r, "SELECT id, theme FROM temp.heed_rt WHERE round_id = ?1 "
		    "ORDER BY id", cur, NULL, row_pair, &ps, err);
		pair_flush(r, &ps);
		free(ps.v);
		if (rc < 0)
			goto out;
		rc = -1;
	}
	finish_pairs(r);
	if (query(st, r, "SELECT a.id, r.label, a.theme, a.text, a.status, a.created_at, "
	    "a.done_at FROM action a JOIN round r ON r.id = a.round_id "
	    "WHERE r.label <= (SELECT label FROM round WHERE id = ?1) "
	    "ORDER BY r.label, a.id", cur, NULL, row_action, NULL, err) < 0)
		goto out;
	rc = 0;
out:
	free(ids);
	store_exec(st, drop_sql, NULL);
	if (rc < 0)		/* the caller frees only a loaded report */
		report_free(r);
	return rc;
}

void
report_free(struct report *r)
{
	for (size_t i = 0; i < r->nrounds; i++)
		free(r->rounds[i].label);
	free(r->rounds);
	for (size_t i = 0; i < r->nsources; i++)
		free(r->sources[i].name);
	free(r->sources);
	for (size_t i = 0; i < r->nquestions; i++)
		free(r->questions[i].name);
	free(r->questions);
	for (size_t i = 0; i < r->ngroups; i++)
		free(r->groups[i].name);
	free(r->groups);
	for (size_t i = 0; i < r->nthemes; i++) {
		struct report_theme *t = &r->themes[i];
		free(t->key);
		free(t->label);
		free(t->n);
		free(t->by);
		for (size_t j = 0; j < REPORT_MAXQUOTES; j++) {
			free(t->quotes[j].text);
			free(t->quotes[j].source);
		}
	}
	free(r->themes);
	free(r->co);
	free(r->lift);
	for (size_t i = 0; i < r->nactions; i++) {
		struct report_action *a = &r->actions[i];
		free(a->round);
		free(a->theme);
		free(a->text);
		free(a->status);
		free(a->created);
		free(a->done);
	}
	free(r->actions);
	free(r->by);
	free(r->codebook);
	themeinfo_free(&r->info);
	memset(r, 0, sizeof *r);
}

double
report_share(const struct report *r, const struct report_theme *t)
{
	int n = r->rounds[r->cur].n.n;

	if (t->n[r->cur].hide || r->rounds[r->cur].n.hide || n == 0)
		return 0;
	return (double)t->n[r->cur].n / n;
}

const char *
report_count_str(const struct report *r, struct rcount c, char buf[16])
{
	if (c.hide == SUPPRESS_SECONDARY)
		snprintf(buf, 16, "x");
	else if (c.hide)
		snprintf(buf, 16, "<%d", r->min_count);
	else
		snprintf(buf, 16, "%d", c.n);
	return buf;
}
