/* report.c — read a report's figures from the database; see report.h. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reports/report.h"
#include "reports/report_finish.h"
#include "reports/report_int.h"
#include "util/err.h"
#include "util/xalloc.h"

const char *const report_polarity[REPORT_NPOL] = {
	"positive", "mixed", "neutral", "negative",
};

int
report_polarity_index(const char *s)
{
	int i;

	if (s == NULL)		/* one strcmp: it is read for every response */
		return REPORT_NEU;
	i = s[0] == 'p' ? REPORT_POS : s[0] == 'm' ? REPORT_MIXED :
	    s[0] == 'n' && s[1] == 'e' && s[2] == 'g' ? REPORT_NEG : REPORT_NEU;
	return strcmp(s, report_polarity[i]) == 0 ? i : REPORT_NEU;
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
	r->pol[report_polarity_index((const char *)sqlite3_column_text(s, 0))].n +=
	    sqlite3_column_int(s, 1);
	r->coded.n += sqlite3_column_int(s, 1);
	return 0;
}

struct report_theme *
report_theme_get(struct report *r, const char *key)
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
	t->by = xcalloc(r->ngroups + 1, sizeof *t->by);
	return t;
}

size_t
report_theme_index(const struct report *r, const char *key)
{
	for (size_t i = 0; i < r->nthemes; i++)
		if (strcmp(r->themes[i].key, key) == 0)
			return i;
	return r->nthemes;
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

/* Offer response id (its redacted text, polarity and source) as a quote;
 * returns quote_done() after. */
static int
quote_offer(struct quote_pass *qp, sqlite3_int64 id, const char *text,
    const char *pol, const char *src)
{
	struct report_theme *t = qp->t;
	struct report_quote *q;

	/* Candidates come by typical length: one per polarity first, so the
	 * quotes are varied, then the rest fill the remaining places. */
	if (quote_done(qp))
		return 1;
	text = text ? text : "";
	for (size_t i = 0; i < t->nquotes; i++)
		if (qp->taken[i] == id || (!qp->fill && t->quotes[i].polarity == pol) ||
		    strncmp(t->quotes[i].text, text, REPORT_QUOTE_MAX) == 0)
			return 0;	/* taken, same polarity in the first pass, or same text */
	qp->taken[t->nquotes] = id;
	q = &t->quotes[t->nquotes++];
	q->text = cut_quote(text, REPORT_QUOTE_MAX);
	q->polarity = pol;
	q->source = xstrdup(src ? src : "");
	return quote_done(qp);	/* stop reading once nothing more can be taken */
}

static int
row_quote(struct report *r, sqlite3_stmt *s, void *arg)
{
	(void)r;
	return quote_offer(arg, sqlite3_column_int64(s, 3),
	    (const char *)sqlite3_column_text(s, 0),
	    report_polarity[report_polarity_index((const char *)sqlite3_column_text(s, 1))],
	    (const char *)sqlite3_column_text(s, 2));
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

/* The scan: see report_int.h. */
void
report_scan_grow(struct scan *sc, size_t n)
{
	size_t cap = sc->cap;
	int *co;

	if (n <= cap)
		return;
	sc->cap = n + 8;
	sc->th = xreallocarray(sc->th, sc->cap, sizeof *sc->th);
	memset(sc->th + cap, 0, (sc->cap - cap) * sizeof *sc->th);
	co = xcalloc(sc->cap * sc->cap, sizeof *co);
	for (size_t a = 0; a < cap; a++)
		memcpy(co + a * sc->cap, sc->co + a * cap, cap * sizeof *co);
	free(sc->co);
	sc->co = co;
	sc->v = xreallocarray(sc->v, sc->cap, sizeof *sc->v);
}

void
report_scan_flush(struct scan *sc)
{
	for (size_t i = 0; i < sc->n; i++)
		for (size_t j = 0; j < sc->n; j++)
			if (sc->v[i] != sc->v[j])
				sc->co[sc->v[i] * sc->cap + sc->v[j]]++;
	sc->n = 0;
}

static int
cand_before(const struct cand *a, const struct cand *b)
{
	return a->k < b->k || (a->k == b->k && a->id < b->id);
}

/* Keep c if it is among the SCAN_BEST best of its polarity. */
void
report_cand_keep(struct scan_theme *st, struct cand c)
{
	struct cand *v = st->best[c.pol];
	size_t n = st->nbest[c.pol];

	if (n == SCAN_BEST && !cand_before(&c, &v[n - 1]))
		return;
	if (n < SCAN_BEST)
		st->nbest[c.pol] = ++n;
	for (n--; n > 0 && cand_before(&c, &v[n - 1]); n--)
		v[n] = v[n - 1];
	v[n] = c;
}

static int
row_scan(struct report *r, sqlite3_stmt *s, void *arg)
{
	struct scan *sc = arg;
	const char *key = (const char *)sqlite3_column_text(s, 1);
	const char *grp = (const char *)sqlite3_column_text(s, 5);
	sqlite3_int64 round = sqlite3_column_int64(s, 0), id = sqlite3_column_int64(s, 3);
	size_t a = report_theme_index(r, key), g;
	struct report_theme *t;
	struct cand c;

	if (a == r->nthemes)
		report_theme_get(r, key);
	report_scan_grow(sc, r->nthemes);
	t = &r->themes[a];
	for (size_t i = 0; i < r->nrounds; i++)
		if (sc->ids[i] == round)
			t->n[i].n++;
	if (round != sc->ids[sc->cur])
		return 0;
	c.k = sqlite3_column_int64(s, 2);
	c.id = id;
	c.pol = report_polarity_index((const char *)sqlite3_column_text(s, 4));
	t->pol[c.pol].n++;
	grp = grp ? grp : "";
	g = sc->grp < r->ngroups && strcmp(r->groups[sc->grp].name, grp) == 0 ? sc->grp : 0;
	while (g < r->ngroups && strcmp(r->groups[g].name, grp) != 0)
		g++;
	if ((sc->grp = g) < r->ngroups)
		t->by[g].n++;
	if (id != sc->id)
		report_scan_flush(sc);
	sc->id = id;
	if (sc->n < sc->cap)
		sc->v[sc->n++] = a;	/* a response has each theme once */
	report_cand_keep(&sc->th[a], c);
	return 0;
}

/* Choose theme a's quotes from its candidates, fetching their text with
 * fetch.  The candidates of each polarity are merged in rank order, as
 * the query over every response would give them; a polarity already quoted
 * in the first pass is passed over.  Returns 1 when the candidates do not
 * settle the choice (a polarity's kept candidates ran out before its
 * responses did, as when they were all the same text as a quote already
 * chosen): the caller then reads every response of the theme, in order;
 * -1 when fetch fails. */
static int
scan_quotes(struct report *r, struct scan *sc, size_t a, sqlite3_stmt *fetch)
{
	struct scan_theme *st = &sc->th[a];
	struct report_theme *t = &r->themes[a];
	struct quote_pass qp = { t, { 0 }, 0 };

	for (qp.fill = 0; qp.fill < 2; qp.fill++) {
		size_t pos[REPORT_NPOL] = { 0 };
		while (!quote_done(&qp)) {
			int p, best = -1;
			for (p = 0; p < REPORT_NPOL; p++) {
				size_t i = 0;
				while (!qp.fill && i < t->nquotes &&
				    t->quotes[i].polarity != report_polarity[p])
					i++;
				if (!qp.fill && i < t->nquotes)
					continue;	/* quoted: its candidates are passed over */
				if (pos[p] == st->nbest[p]) {
					if ((size_t)t->pol[p].n > st->nbest[p])
						return 1;
					continue;
				}
				if (best < 0 || cand_before(&st->best[p][pos[p]],
				    &st->best[best][pos[best]]))
					best = p;
			}
			if (best < 0)
				break;		/* every response of the theme seen */
			struct cand c = st->best[best][pos[best]++];
			sqlite3_bind_int64(fetch, 1, c.id);
			if (sqlite3_step(fetch) != SQLITE_ROW)
				return -1;
			quote_offer(&qp, c.id, (const char *)sqlite3_column_text(fetch, 0),
			    report_polarity[c.pol], (const char *)sqlite3_column_text(fetch, 1));
			sqlite3_reset(fetch);
		}
	}
	return 0;
}

/* Every reportable response once (all rounds), with what the figures need:
 * its group (?1: the attribute --by names; NULL: by source) and its rank
 * as a quote (k: how far its length is from a typical 120 characters).
 * The aggregates below read this instead of evaluating `reportable` again. */
static const char rp_sql[] =
    "INSERT INTO temp.heed_rp SELECT p.id, p.round_id, p.respondent_id, p.question_id, "
    " p.source, CASE WHEN ?1 IS NULL THEN p.source ELSE coalesce(a.value, '(not given)') END, "
    " abs(length(p.redacted) - 120) FROM reportable p LEFT JOIN attribute a "
    " ON ?1 IS NOT NULL AND a.respondent_id = p.respondent_id AND a.name = ?1 ORDER BY p.id";

/* Fill the temporary table heed_rp (see rp_sql). */
static int
make_rp(store *st, const char *attr, char **err)
{
	sqlite3_stmt *s;
	int rc;

	if (store_exec(st, "DROP TABLE IF EXISTS temp.heed_rp; CREATE TEMP TABLE heed_rp "
	    "(id INTEGER PRIMARY KEY, round_id INTEGER, respondent_id INTEGER, "
	    " question_id INTEGER, source TEXT, grp TEXT, k INTEGER)", err) < 0 ||
	    store_prepare(st, rp_sql, &s, err) < 0)
		return -1;
	if (attr)
		sqlite3_bind_text(s, 1, attr, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		return store_error(st, err, "reading the report data");
	return 0;
}

static int
row_round_counts(struct report *r, sqlite3_stmt *s, void *arg)
{
	const sqlite3_int64 *ids = arg;

	for (size_t i = 0; i < r->nrounds; i++)
		if (ids[i] == sqlite3_column_int64(s, 0)) {
			r->rounds[i].n.n = sqlite3_column_int(s, 1);
			r->rounds[i].respondents.n = sqlite3_column_int(s, 2);
			r->rounds[i].reviewed.n = sqlite3_column_int(s, 3);
		}
	return 0;
}

/* The rows of current_theme (store/schema.c) of the reportable responses,
 * in response order.  Its first part, the current codebook's themes of a
 * response no one reviewed, is written out here so that SQLite reads it in
 * response order, a lookup per response, instead of evaluating the whole
 * view and sorting it (3 times slower); the reviewed responses' themes come
 * from the view itself.  tests/reports-golden.sh has reviewed responses. */
static const char scan_sql[] =
    "SELECT p.round_id, t.theme, p.k, p.id, t.polarity, p.grp "
    "  FROM temp.heed_rp p CROSS JOIN theme t ON t.response_id = p.id "
    " WHERE t.codebook_id = (SELECT id FROM current_codebook) "
    "   AND p.id NOT IN (SELECT response_id FROM review) "
    "UNION ALL "
    "SELECT p.round_id, t.theme, p.k, p.id, t.polarity, p.grp "
    "  FROM current_theme t CROSS JOIN temp.heed_rp p ON p.id = t.response_id "
    " WHERE t.reviewed = 1 "
    "ORDER BY 4";

/* Choose the quotes and count co-occurrence from what a scan gathered;
 * frees the scan's arrays. */
int
report_finish_themes(store *st, struct report *r, struct scan *scp, sqlite3_int64 cur,
    char **err)
{
	struct scan sc = *scp;
	sqlite3_stmt *fetch = NULL;
	size_t nt;
	char **keys = NULL;
	int rc = -1, q;

	if (store_prepare(st, "SELECT redacted, source FROM response WHERE id = ?1",
	    &fetch, err) < 0)
		goto out;
	for (size_t i = 0; i < r->nthemes; i++) {
		struct report_theme *t = &r->themes[i];
		t->info = themeinfo_find(&r->info, t->key);
		t->label = xstrdup(t->info && t->info->label ? t->info->label : t->key);
		if ((q = scan_quotes(r, &sc, i, fetch)) < 0) {
			store_error(st, err, "reading the report data");
			goto out;
		}
		if (q == 0)
			continue;
		/* rare: read the theme's responses in order, as ranked */
		for (size_t j = 0; j < t->nquotes; j++) {
			free(t->quotes[j].text);
			free(t->quotes[j].source);
			t->quotes[j].text = t->quotes[j].source = NULL;
		}
		t->nquotes = 0;
		struct quote_pass qp = { t, { 0 }, 0 };
		for (qp.fill = 0; qp.fill < 2; qp.fill++)
			if (!quote_done(&qp) && query(st, r,
			    "SELECT p.redacted, t.polarity, p.source, p.id "
			    "FROM reportable p JOIN current_theme t ON t.response_id = p.id "
			    "WHERE p.round_id = ?1 AND t.theme = ?2 "
			    "ORDER BY abs(length(p.redacted) - 120), p.id", cur, t->key,
			    row_quote, &qp, err) < 0)
				goto out;
	}
	nt = r->nthemes;
	keys = xcalloc(nt + 1, sizeof *keys);
	for (size_t i = 0; i < nt; i++)
		keys[i] = r->themes[i].key;
	report_finish(r);	/* ranks the themes */
	for (size_t a = 0; a < nt; a++)
		for (size_t b = 0; b < nt; b++)
			r->co[report_theme_index(r, keys[a]) * nt + report_theme_index(r, keys[b])].n =
			    sc.co[a * sc.cap + b];
	report_finish_pairs(r);
	rc = 0;
out:
	sqlite3_finalize(fetch);
	free(keys);
	free(sc.th);
	free(sc.co);
	free(sc.v);
	return rc;
}

/* Read the themes (scan above), choose the quotes and count co-occurrence. */
static int
load_themes(store *st, struct report *r, const sqlite3_int64 *ids, char **err)
{
	struct scan sc = { ids, r->cur, 0, NULL, NULL, -1, NULL, 0, 0 };

	report_scan_grow(&sc, r->nthemes);
	if (query(st, r, scan_sql, 0, NULL, row_scan, &sc, err) < 0) {
		free(sc.th);
		free(sc.co);
		free(sc.v);
		return -1;
	}
	report_scan_flush(&sc);
	return report_finish_themes(st, r, &sc, ids[r->cur], err);
}

/* The report's counts through the views and the TEMP table heed_rp: the
 * old way, kept to check report_summary_load() against (HEED_REPORT_SLOW). */
static int
load_slow(store *st, struct report *r, sqlite3_int64 *ids, const char *attr,
    char **err)
{
	sqlite3_int64 cur = ids[r->cur];

	if (make_rp(st, attr, err) < 0 ||
	    query(st, r, "SELECT round_id, count(*), count(DISTINCT respondent_id), "
	    "sum(id IN (SELECT response_id FROM review)) FROM temp.heed_rp "
	    "GROUP BY round_id", 0, NULL, row_round_counts, ids, err) < 0)
		return -1;
	{
		struct count_list src = { NULL, 0 }, qs = { NULL, 0 }, gr = { NULL, 0 };
		if (query(st, r, "SELECT source, count(*) FROM temp.heed_rp WHERE round_id = ?1 "
		    "GROUP BY source ORDER BY count(*) DESC, source", cur, NULL,
		    row_count, &src, err) < 0 ||
		    query(st, r, "SELECT q.text, c.n FROM (SELECT question_id, count(*) AS n "
		    "FROM temp.heed_rp WHERE round_id = ?1 GROUP BY 1) c JOIN question q "
		    "ON q.id = c.question_id ORDER BY c.n DESC, q.text", cur, NULL,
		    row_count, &qs, err) < 0 ||
		    query(st, r, "SELECT grp, count(*) FROM temp.heed_rp WHERE round_id = ?1 "
		    "GROUP BY 1 ORDER BY 1", cur, NULL, row_count, &gr, err) < 0) {
			r->sources = src.v, r->nsources = src.n;
			r->questions = qs.v, r->nquestions = qs.n;
			r->groups = gr.v, r->ngroups = gr.n;
			return -1;
		}
		r->sources = src.v, r->nsources = src.n;
		r->questions = qs.v, r->nquestions = qs.n;
		r->groups = gr.v, r->ngroups = gr.n;
	}
	for (size_t i = 0; i < r->nthemes; i++) {	/* groups known now */
		free(r->themes[i].by);
		r->themes[i].by = xcalloc(r->ngroups + 1, sizeof *r->themes[i].by);
	}
	if (query(st, r, "SELECT g.polarity, count(*) FROM temp.heed_rp p "
	    "JOIN current_coding g ON g.response_id = p.id WHERE p.round_id = ?1 "
	    "GROUP BY 1 ORDER BY 1", cur, NULL, row_polarity, NULL, err) < 0 ||
	    load_themes(st, r, ids, err) < 0)
		return -1;
	return 0;
}

/* The current codebook's name and theme descriptions into r, its id into
 * *id (0 when there is none). */
static int
read_codebook(store *st, struct report *r, sqlite3_int64 *id, char **err)
{
	sqlite3_stmt *s;

	*id = 0;
	if (store_prepare(st, "SELECT c.name, c.text, c.hash, c.id FROM codebook c "
	    "JOIN current_codebook k ON k.id = c.id", &s, err) < 0)
		return -1;
	if (sqlite3_step(s) == SQLITE_ROW) {
		/* "default.codebook (3f2a9c0b1d4e)": the file's name without
		 * the folder it was loaded from, which says nothing to a
		 * reader and would differ between machines, and the start
		 * of its SHA-256, which says exactly which version. */
		const char *name = (const char *)sqlite3_column_text(s, 0);
		const char *hash = (const char *)sqlite3_column_text(s, 2);
		const char *base = strrchr(name, '/') ? strrchr(name, '/') + 1 : name;
		r->codebook = xasprintf("%s (%.12s)", base, hash ? hash : "");
		*id = sqlite3_column_int64(s, 3);
		themeinfo_parse((const char *)sqlite3_column_text(s, 1), &r->info);
	}
	sqlite3_finalize(s);
	return 0;
}

/* report_load() reading response_summary unless slow; 1 (r freed) when the
 * summary lacks a response, as a database written other than by heed may. */
static int
load(store *st, const struct report_opts *o, struct report *r, int slow, char **err)
{
	sqlite3_int64 *ids = NULL, cur, cbid, nresp;
	const char *by = o->by ? o->by : "source";
	int rc = -1;

	memset(r, 0, sizeof *r);
	r->min_count = o->min_count;
	r->cmp = -1;
	/* the rounds and their flags (CROSS JOIN: from the few flags to their
	 * responses, not through every response of the round) */
	if (query(st, r,
	    "SELECT r.id, r.label, 0, 0, "
	    " (SELECT count(*) FROM flag f CROSS JOIN response p ON p.id = f.response_id "
	    "   WHERE p.round_id = r.id), "
	    " (SELECT count(*) FROM flag f CROSS JOIN response p ON p.id = f.response_id "
	    "   WHERE p.round_id = r.id AND f.status = 'open'), 0 "
	    "FROM round r ORDER BY r.label, r.id", 0, NULL, row_round, &ids, err) < 0)
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
	if (read_codebook(st, r, &cbid, err) < 0)
		goto out;
	for (size_t i = 0; i < r->info.n; i++)
		report_theme_get(r, r->info.v[i].key);
	if (slow) {
		if (load_slow(st, r, ids, strcmp(by, "source") == 0 ? NULL : by, err) < 0)
			goto out;
	} else if (store_int(st, "SELECT count(*) FROM response", &nresp, err) < 0 ||
	    (rc = report_summary_load(st, r, ids, strcmp(by, "source") == 0 ? NULL : by,
	    cbid, nresp, err)) != 0) {
		rc = rc > 0 ? 1 : -1;
		goto out;
	}
	rc = -1;
	if (query(st, r, "SELECT a.id, r.label, a.theme, a.text, a.status, a.created_at, "
	    "a.done_at FROM action a JOIN round r ON r.id = a.round_id "
	    "WHERE r.label <= (SELECT label FROM round WHERE id = ?1) "
	    "ORDER BY r.label, a.id", cur, NULL, row_action, NULL, err) < 0)
		goto out;
	rc = 0;
out:
	free(ids);
	store_exec(st, "DROP TABLE IF EXISTS temp.heed_rp", NULL);
	if (rc != 0)		/* the caller frees only a loaded report */
		report_free(r);
	return rc;
}

int
report_load(store *st, const struct report_opts *o, struct report *r, char **err)
{
	/* HEED_REPORT_SLOW (tests only): the views, not response_summary */
	int rc = load(st, o, r, getenv("HEED_REPORT_SLOW") != NULL, err);

	return rc > 0 ? load(st, o, r, 1, err) : rc;
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
