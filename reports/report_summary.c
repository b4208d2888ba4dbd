/* report_summary.c — a report's counts from response_summary; see
 * report_int.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "reports/report_int.h"
#include "util/err.h"
#include "util/xalloc.h"

/* Every response once, in response order, with the coding part used when
 * it is the current codebook's (?2), else read from coding and theme as
 * store/schema.c says.  The `reportable` view's rule (no flagged response)
 * and which responses were reviewed are applied in C from id lists, which
 * costs less than a subquery probed per row.  SUMMARY_BY adds the value of
 * the breakdown's attribute (?1); without it, the group is the source. */
#define SUMMARY_COLS \
    "SELECT s.response_id, s.round_id, s.respondent_id, s.question_id, s.source, " \
    " s.k, CASE WHEN s.codebook_id = ?2 THEN s.polarity ELSE (SELECT g.polarity " \
    "   FROM coding g WHERE g.response_id = s.response_id AND g.codebook_id = ?2) END, " \
    " CASE WHEN s.codebook_id = ?2 THEN s.themes ELSE (SELECT " STORE_SUMMARY_THEMES \
    "   FROM theme t " \
    "   WHERE t.response_id = s.response_id AND t.codebook_id = ?2) END"
enum { C_ID, C_ROUND, C_WHO, C_QUESTION, C_SOURCE, C_K, C_POL, C_THEMES, C_GROUP };
static const char summary_sql[] =
    SUMMARY_COLS ", ?1 FROM response_summary s ORDER BY s.response_id";
static const char summary_by_sql[] =
    SUMMARY_COLS ", coalesce(a.value, '(not given)') FROM response_summary s "
    "LEFT JOIN attribute a ON a.respondent_id = s.respondent_id AND a.name = ?1 "
    "ORDER BY s.response_id";

#define HASH_SIZE 1024		/* > twice the themes a codebook has, a power of 2 */

struct tally {			/* a count of the current round by name or id */
	char *name;
	sqlite3_int64 id;
	int n;
};

struct tallies {
	struct tally *v;
	size_t n, last;		/* last: the index found last, tried first */
};

struct idset {			/* response ids, ascending, walked in step */
	sqlite3_int64 *v;
	size_t n, at;
};

struct reviewed {		/* a theme of a reviewed response (current_theme) */
	sqlite3_int64 id;
	char *key;
	int pol;
};

struct sum {
	struct scan sc;
	int *tg;			/* [tcap * gcap]: theme x group, current round */
	size_t tcap, gcap;
	struct tallies src, qs, grp;
	unsigned char **seen;		/* [nrounds] respondents seen, as bits */
	size_t *nseen;			/* their sizes in bytes */
	struct reviewed *rev;		/* by response id */
	size_t nrev, at;
	struct idset flagged, reviewed;	/* responses with a flag, a review */
	size_t hash[HASH_SIZE];		/* theme index + 1 by key hash; 0: empty */
};

/* Index of name (or, when name is NULL, id) in l, added if new; counted. */
static size_t
tally_add(struct tallies *l, const char *name, sqlite3_int64 id)
{
	size_t i = l->last;

	if (i >= l->n || (name ? strcmp(l->v[i].name, name) != 0 : l->v[i].id != id))
		for (i = 0; i < l->n; i++)
			if (name ? strcmp(l->v[i].name, name) == 0 : l->v[i].id == id)
				break;
	l->last = i;
	if (i == l->n) {
		l->v = xreallocarray(l->v, l->n + 1, sizeof *l->v);
		l->v[i].name = name ? xstrdup(name) : NULL;
		l->v[i].id = id;
		l->v[i].n = 0;
		l->n++;
	}
	l->v[i].n++;
	return i;
}

static int
tally_by_count(const void *pa, const void *pb)
{
	const struct tally *a = pa, *b = pb;

	if (a->n != b->n)
		return a->n > b->n ? -1 : 1;
	return strcmp(a->name, b->name);
}

static int
tally_by_name(const void *pa, const void *pb)
{
	const struct tally *a = pa, *b = pb;

	return strcmp(a->name, b->name);
}

/* Move l into a report's list (the names change hands). */
static void
tally_move(struct tallies *l, struct report_count **v, size_t *n)
{
	*v = xcalloc(l->n + 1, sizeof **v);
	for (size_t i = 0; i < l->n; i++) {
		(*v)[i].name = l->v[i].name;
		(*v)[i].n.n = l->v[i].n;
		l->v[i].name = NULL;
	}
	*n = l->n;
}

static void
tally_free(struct tallies *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i].name);
	free(l->v);
}

/* Mark respondent who seen in round ri; 1 if it was not yet. */
static int
seen_add(struct sum *u, size_t ri, sqlite3_int64 who)
{
	size_t byte = (size_t)(who < 0 ? 0 : who) / 8;
	unsigned bit = 1u << ((size_t)(who < 0 ? 0 : who) % 8);

	if (byte >= u->nseen[ri]) {
		size_t n = byte * 2 + 64;
		u->seen[ri] = xrealloc(u->seen[ri], n);
		memset(u->seen[ri] + u->nseen[ri], 0, n - u->nseen[ri]);
		u->nseen[ri] = n;
	}
	if (u->seen[ri][byte] & bit)
		return 0;
	u->seen[ri][byte] |= bit;
	return 1;
}

/* One more response of theme a in group g (current round). */
static void
tg_add(struct sum *u, size_t a, size_t g)
{
	if (a >= u->tcap || g >= u->gcap) {
		size_t tcap = a >= u->tcap ? a + 16 : u->tcap;
		size_t gcap = g >= u->gcap ? g + 16 : u->gcap;
		int *tg = xcalloc(tcap * gcap, sizeof *tg);
		for (size_t i = 0; i < u->tcap; i++)
			memcpy(tg + i * gcap, u->tg + i * u->gcap, u->gcap * sizeof *tg);
		free(u->tg);
		u->tg = tg;
		u->tcap = tcap;
		u->gcap = gcap;
	}
	u->tg[a * u->gcap + g]++;
}

/* Index of theme key (len bytes, not NUL-terminated) in r->themes, added
 * if new: through u->hash while it has room, else report_theme_index(). */
static size_t
theme_find(struct report *r, struct sum *u, const char *key, size_t len)
{
	size_t h = 5381, a;
	char *k;

	for (size_t i = 0; i < len; i++)
		h = h * 33 + (unsigned char)key[i];
	for (h &= HASH_SIZE - 1; u->hash[h]; h = (h + 1) & (HASH_SIZE - 1)) {
		const char *t = r->themes[u->hash[h] - 1].key;
		if (strncmp(t, key, len) == 0 && t[len] == '\0')
			return u->hash[h] - 1;
	}
	k = xstrndup(key, len);
	if ((a = report_theme_index(r, k)) == r->nthemes)
		report_theme_get(r, k);
	free(k);
	if (r->nthemes < HASH_SIZE / 2)
		u->hash[h] = a + 1;
	return a;
}

/* Theme key (polarity index pol) of response id (rank k) in round ri,
 * group g. */
static void
add_theme(struct report *r, struct sum *u, size_t ri, size_t g, const char *key,
    size_t len, int pol, sqlite3_int64 k, sqlite3_int64 id)
{
	struct scan *sc = &u->sc;
	size_t a = theme_find(r, u, key, len);
	struct cand c = { k, id, pol };

	report_scan_grow(sc, r->nthemes);
	r->themes[a].n[ri].n++;
	if (ri != sc->cur)
		return;
	r->themes[a].pol[pol].n++;
	tg_add(u, a, g);
	if (sc->n < sc->cap)
		sc->v[sc->n++] = a;	/* a response has each theme once */
	report_cand_keep(&sc->th[a], c);
}

static int
sign_index(char c)
{
	return c == '+' ? REPORT_POS : c == '-' ? REPORT_NEG :
	    c == '~' ? REPORT_MIXED : REPORT_NEU;
}

/* Whether id is in l; ids are asked in ascending order. */
static int
idset_has(struct idset *l, sqlite3_int64 id)
{
	while (l->at < l->n && l->v[l->at] < id)
		l->at++;
	return l->at < l->n && l->v[l->at] == id;
}

/* The ids sql returns (one column, ascending) into l. */
static int
idset_read(store *st, const char *sql, struct idset *l, char **err)
{
	sqlite3_stmt *s;
	size_t cap = 0;
	int rc;

	if (store_prepare(st, sql, &s, err) < 0)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (l->n == cap)
			l->v = xreallocarray(l->v, cap = cap * 2 + 64, sizeof *l->v);
		l->v[l->n++] = sqlite3_column_int64(s, 0);
	}
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : store_error(st, err, "reading the report data");
}

static void
row_summary(struct report *r, sqlite3_stmt *s, struct sum *u)
{
	sqlite3_int64 id = sqlite3_column_int64(s, C_ID);
	sqlite3_int64 round = sqlite3_column_int64(s, C_ROUND);
	sqlite3_int64 k = sqlite3_column_int64(s, C_K);
	const char *themes;
	size_t ri = 0, g = 0;
	int reviewed;

	if (idset_has(&u->flagged, id))
		return;		/* not reportable */
	reviewed = idset_has(&u->reviewed, id);
	themes = (const char *)sqlite3_column_text(s, C_THEMES);
	while (ri < r->nrounds && u->sc.ids[ri] != round)
		ri++;
	if (ri == r->nrounds)
		return;		/* not a round of the report: cannot happen */
	r->rounds[ri].n.n++;
	r->rounds[ri].respondents.n += seen_add(u, ri, sqlite3_column_int64(s, C_WHO));
	r->rounds[ri].reviewed.n += reviewed;
	if (ri == u->sc.cur) {
		const char *src = (const char *)sqlite3_column_text(s, C_SOURCE);
		const char *grp = (const char *)sqlite3_column_text(s, C_GROUP);
		size_t si = tally_add(&u->src, src ? src : "", 0);
		tally_add(&u->qs, NULL, sqlite3_column_int64(s, C_QUESTION));
		g = grp ? tally_add(&u->grp, grp, 0) :	/* by source */
		    tally_add(&u->grp, u->src.v[si].name, 0);
		if (sqlite3_column_type(s, C_POL) != SQLITE_NULL) {
			r->pol[report_polarity_index((const char *)
			    sqlite3_column_text(s, C_POL))].n++;
			r->coded.n++;
		}
	}
	u->sc.n = 0;
	if (reviewed) {		/* a human review wins: current_theme */
		while (u->at < u->nrev && u->rev[u->at].id < id)
			u->at++;
		for (; u->at < u->nrev && u->rev[u->at].id == id; u->at++)
			add_theme(r, u, ri, g, u->rev[u->at].key, strlen(u->rev[u->at].key),
			    u->rev[u->at].pol, k, id);
	} else if (themes) {	/* "key+ key-": each key then its polarity */
		for (const char *p = themes, *e; *p; p = *e ? e + 1 : e) {
			for (e = p; *e && *e != ' '; e++)
				;
			if (e - p >= 2)
				add_theme(r, u, ri, g, p, (size_t)(e - p - 1),
				    sign_index(e[-1]), k, id);
		}
	}
	if (ri == u->sc.cur)
		report_scan_flush(&u->sc);
}

/* The reviewed responses' themes, from current_theme, by response id. */
static int
read_reviewed(store *st, struct sum *u, char **err)
{
	sqlite3_stmt *s;
	int rc;

	if (store_prepare(st, "SELECT response_id, theme, polarity FROM current_theme "
	    "WHERE reviewed = 1 ORDER BY response_id", &s, err) < 0)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *key = (const char *)sqlite3_column_text(s, 1);
		u->rev = xreallocarray(u->rev, u->nrev + 1, sizeof *u->rev);
		u->rev[u->nrev].id = sqlite3_column_int64(s, 0);
		u->rev[u->nrev].key = xstrdup(key ? key : "");
		u->rev[u->nrev].pol = report_polarity_index((const char *)
		    sqlite3_column_text(s, 2));
		u->nrev++;
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		return store_error(st, err, "reading the report data");
	return 0;
}

/* The question texts of u->qs, by id. */
static int
name_questions(store *st, struct sum *u, char **err)
{
	sqlite3_stmt *s;

	if (store_prepare(st, "SELECT text FROM question WHERE id = ?1", &s, err) < 0)
		return -1;
	for (size_t i = 0; i < u->qs.n; i++) {
		sqlite3_bind_int64(s, 1, u->qs.v[i].id);
		if (sqlite3_step(s) != SQLITE_ROW) {
			sqlite3_finalize(s);
			return store_error(st, err, "reading the report data");
		}
		u->qs.v[i].name = xstrdup((const char *)sqlite3_column_text(s, 0));
		sqlite3_reset(s);
	}
	sqlite3_finalize(s);
	return 0;
}

/* The groups into r, sorted by name, and each theme's counts by group. */
static void
place_groups(struct report *r, struct sum *u)
{
	size_t n = u->grp.n;
	size_t *to = xcalloc(n + 1, sizeof *to);

	for (size_t i = 0; i < n; i++)
		u->grp.v[i].id = (sqlite3_int64)i;	/* where its counts are */
	qsort(u->grp.v, n, sizeof *u->grp.v, tally_by_name);
	for (size_t i = 0; i < n; i++)
		to[u->grp.v[i].id] = i;
	tally_move(&u->grp, &r->groups, &r->ngroups);
	for (size_t a = 0; a < r->nthemes; a++) {
		struct report_theme *t = &r->themes[a];
		free(t->by);
		t->by = xcalloc(n + 1, sizeof *t->by);
		for (size_t g = 0; a < u->tcap && g < n && g < u->gcap; g++)
			t->by[to[g]].n = u->tg[a * u->gcap + g];
	}
	free(to);
}

int
report_summary_load(store *st, struct report *r, const sqlite3_int64 *ids,
    const char *attr, sqlite3_int64 cbid, sqlite3_int64 nresp, char **err)
{
	struct sum u;
	sqlite3_stmt *s = NULL;
	sqlite3_int64 nrows = 0;
	int rc = -1, src;

	memset(&u, 0, sizeof u);
	u.sc.ids = ids;
	u.sc.cur = r->cur;
	u.sc.id = -1;
	u.seen = xcalloc(r->nrounds, sizeof *u.seen);
	u.nseen = xcalloc(r->nrounds, sizeof *u.nseen);
	report_scan_grow(&u.sc, r->nthemes);
	if (read_reviewed(st, &u, err) < 0 ||
	    idset_read(st, "SELECT DISTINCT response_id FROM flag ORDER BY 1",
	    &u.flagged, err) < 0 ||
	    idset_read(st, "SELECT DISTINCT response_id FROM review ORDER BY 1",
	    &u.reviewed, err) < 0 ||
	    store_prepare(st, attr ? summary_by_sql : summary_sql, &s, err) < 0)
		goto out;
	if (attr)
		sqlite3_bind_text(s, 1, attr, -1, SQLITE_STATIC);
	if (cbid)
		sqlite3_bind_int64(s, 2, cbid);
	while ((src = sqlite3_step(s)) == SQLITE_ROW) {
		row_summary(r, s, &u);
		nrows++;
	}
	if (src != SQLITE_DONE) {
		store_error(st, err, "reading the report data");
		goto out;
	}
	if (nrows != nresp) {	/* every response has its row, or none is used */
		rc = 1;
		goto out;
	}
	if (name_questions(st, &u, err) < 0)
		goto out;
	qsort(u.src.v, u.src.n, sizeof *u.src.v, tally_by_count);
	qsort(u.qs.v, u.qs.n, sizeof *u.qs.v, tally_by_count);
	tally_move(&u.src, &r->sources, &r->nsources);
	tally_move(&u.qs, &r->questions, &r->nquestions);
	place_groups(r, &u);
	rc = report_finish_themes(st, r, &u.sc, ids[r->cur], err);
	memset(&u.sc, 0, sizeof u.sc);	/* freed by report_finish_themes */
out:
	sqlite3_finalize(s);
	free(u.sc.th);
	free(u.sc.co);
	free(u.sc.v);
	free(u.tg);
	tally_free(&u.src);
	tally_free(&u.qs);
	tally_free(&u.grp);
	for (size_t i = 0; i < r->nrounds; i++)
		free(u.seen[i]);
	free(u.seen);
	free(u.nseen);
	for (size_t i = 0; i < u.nrev; i++)
		free(u.rev[i].key);
	free(u.rev);
	free(u.flagged.v);
	free(u.reviewed.v);
	return rc;
}
