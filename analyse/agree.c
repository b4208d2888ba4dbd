/* agree.c — reading human codes and matching them to responses; see
 * agree.h.  The statistics live in agree_compute.c, the formats in
 * agree_write.c. */
#include "config.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/agree_work.h"
#include "analyse/codebook.h"
#include "util/buf.h"
#include "util/csvread.h"
#include "util/err.h"
#include "util/sha256.h"
#include "util/xalloc.h"

/* ---- codebooks ---- */

size_t
agree_codebook_themes(const char *text, char ***keys)
{
	codebook *cb;
	size_t n = 0;

	*keys = NULL;
	if (codebook_load_text("codebook", text, &cb, NULL) < 0)
		return 0;
	*keys = xcalloc(codebook_ntheme(cb) + 1, sizeof **keys);
	for (size_t i = 0; i < codebook_ntheme(cb); i++)
		if (!codebook_theme(cb, i)->is_flag)
			(*keys)[n++] = xstrdup(codebook_theme(cb, i)->key);
	codebook_free(cb);
	return n;
}

static int
key_index(const struct agree_work *w, const char *key)
{
	for (size_t i = 0; i < w->nkeys; i++)
		if (strcmp(w->keys[i], key) == 0)
			return (int)i;
	return -1;
}

static void
unit_free(struct agree_unit *u)
{
	free(u->id);
	free(u->question);
	free(u->round);
	free(u->resp);
	free(u->heed);
	free(u->human);
	free(u->gold);
	free(u->pol);
	free(u->polline);
}

static void
work_free(struct agree_work *w)
{
	for (size_t i = 0; i < w->nkeys; i++)
		free(w->keys[i]);
	free(w->keys);
	for (size_t i = 0; i < w->ncoders; i++)
		free(w->coders[i]);
	free(w->coders);
	for (size_t i = 0; i < w->nunits; i++)
		unit_free(&w->units[i]);
	free(w->units);
}

/* Grow every unit's human array when a coder is added. */
static size_t
coder_index(struct agree_work *w, const char *name)
{
	for (size_t i = 0; i < w->ncoders; i++)
		if (strcmp(w->coders[i], name) == 0)
			return i;
	w->coders = xreallocarray(w->coders, w->ncoders + 1, sizeof *w->coders);
	w->coders[w->ncoders] = xstrdup(name);
	for (size_t u = 0; u < w->nunits; u++) {
		struct agree_unit *x = &w->units[u];
		x->human = xreallocarray(x->human, (w->ncoders + 1) * w->nkeys, 1);
		memset(x->human + w->ncoders * w->nkeys, -1, w->nkeys);
		x->pol = xreallocarray(x->pol, w->ncoders + 1, 1);
		x->pol[w->ncoders] = -1;
		x->polline = xreallocarray(x->polline, w->ncoders + 1, sizeof *x->polline);
		x->polline[w->ncoders] = 0;
	}
	return w->ncoders++;
}

static int
same(const char *a, const char *b)
{
	return (a == NULL && b == NULL) || (a && b && strcmp(a, b) == 0);
}

static struct agree_unit *
unit_new(struct agree_work *w, const char *id, const char *question, const char *round,
    long line)
{
	struct agree_unit *u;

	w->units = xreallocarray(w->units, w->nunits + 1, sizeof *w->units);
	u = &w->units[w->nunits++];
	memset(u, 0, sizeof *u);
	u->id = xstrdup(id);
	u->question = question ? xstrdup(question) : NULL;
	u->round = round ? xstrdup(round) : NULL;
	u->line = line;
	u->heed = xcalloc(w->nkeys ? w->nkeys : 1, 1);
	u->gold = xcalloc(w->nkeys ? w->nkeys : 1, 1);
	u->human = xmalloc(w->ncoders * w->nkeys + 1);
	memset(u->human, -1, w->ncoders * w->nkeys);
	u->pol = xmalloc(w->ncoders + 1);
	memset(u->pol, -1, w->ncoders);
	u->polline = xcalloc(w->ncoders + 1, sizeof *u->polline);
	u->heedpol = -1;
	return u;
}

/* The unit for (id, question, round), added if new. */
static struct agree_unit *
unit_get(struct agree_work *w, const char *id, const char *question, const char *round,
    long line)
{
	for (size_t i = w->nunits; i-- > 0; )
		if (strcmp(w->units[i].id, id) == 0 &&
		    same(w->units[i].question, question) && same(w->units[i].round, round))
			return &w->units[i];
	return unit_new(w, id, question, round, line);
}

/* Add the ;-joined theme list s to coder c of unit u.  "none" and empty
 * items mean no theme. */
static int
add_themes(struct agree_work *w, struct agree_unit *u, size_t c, const char *s, long line,
    int col, char **err)
{
	signed char *h = u->human + c * w->nkeys;
	char *copy = xstrdup(s), *save = NULL;

	for (size_t i = 0; i < w->nkeys; i++)
		if (h[i] < 0)
			h[i] = 0;
	for (char *t = strtok_r(copy, ";", &save); t; t = strtok_r(NULL, ";", &save)) {
		char *k = csvread_trim(t);
		int i = key_index(w, k);
		if (*k && strcmp(k, "none") != 0) {
			if (i < 0) {
				err_set(err, "%s:%ld:%d: unknown theme '%s' (not in the codebook)",
				    w->file, line, col + 1, k);
				free(k);
				free(copy);
				return -1;
			}
			h[i] = 1;
		}
		free(k);
	}
	free(copy);
	return 0;
}

static const char *
field(char **f, size_t n, int col)
{
	return col >= 0 && (size_t)col < n ? f[col] : "";
}

/* Coder c's polarity of unit u from the polarity column; empty = none.  A
 * file with a row per code may repeat it, but not change it. */
static int
add_polarity(struct agree_work *w, struct agree_unit *u, size_t c, const char *s, long line,
    char **err)
{
	char *name = csvread_trim(s);
	int p = lexicon_polarity_parse(name), rc = 0;

	if (*name == '\0') {		/* not given */
		free(name);
		return 0;
	}
	if (p < 0)
		rc = err_set(err, "%s:%ld:%d: unknown polarity '%s' (positive, negative, "
		    "mixed or neutral)", w->file, line, w->col_polarity + 1, name);
	else if (u->pol[c] >= 0 && u->pol[c] != p)
		rc = err_set(err, "%s:%ld:%d: polarity '%s' differs from '%s' on line %ld "
		    "for the same id", w->file, line, w->col_polarity + 1, name,
		    lexicon_polarity_name(u->pol[c]), u->polline[c]);
	else {
		u->pol[c] = (signed char)p;
		u->polline[c] = line;
	}
	free(name);
	return rc;
}

static int
on_human_record(void *arg, char **f, size_t n, long line, char **err)
{
	struct agree_work *w = arg;
	char *id, *q = NULL, *r = NULL, *coder;
	struct agree_unit *u;
	size_t c;
	int rc;

	if (!w->header_done) {
		w->col_id = csvread_column(f, n, "id");
		w->col_theme = csvread_column(f, n, "theme");
		w->multi = w->col_theme < 0;
		if (w->multi)
			w->col_theme = csvread_column(f, n, "themes");
		w->col_question = csvread_column(f, n, "question");
		w->col_coder = csvread_column(f, n, "coder");
		w->col_round = csvread_column(f, n, "round");
		w->col_polarity = csvread_column(f, n, "polarity");
		if (w->col_id < 0 || w->col_theme < 0)
			return err_set(err, "%s:%ld: the header needs an 'id' column and a "
			    "'theme' or 'themes' column", w->file, line);
		w->header_done = 1;
		return 0;
	}
	id = csvread_trim(field(f, n, w->col_id));
	if (*id == '\0') {
		free(id);
		return err_set(err, "%s:%ld:%d: empty id", w->file, line, w->col_id + 1);
	}
	if (w->col_question >= 0 && *field(f, n, w->col_question))
		q = csvread_trim(field(f, n, w->col_question));
	if (w->col_round >= 0 && *field(f, n, w->col_round))
		r = csvread_trim(field(f, n, w->col_round));
	coder = csvread_trim(field(f, n, w->col_coder));
	u = unit_get(w, id, q, r, line);
	c = coder_index(w, coder);
	rc = add_themes(w, u, c, field(f, n, w->col_theme), line, w->col_theme, err);
	if (rc == 0 && w->col_polarity >= 0)
		rc = add_polarity(w, u, c, field(f, n, w->col_polarity), line, err);
	free(id);
	free(q);
	free(r);
	free(coder);
	return rc;
}

/* ---- the database ---- */

static int
load_codebook(struct agree_work *w, const char *file, char **name, char **err)
{
	sqlite3_stmt *s;
	char hex[65] = "";
	int rc = -1;

	if (file) {
		FILE *f = fopen(file, "rb");
		struct sha256 c;
		char buf[8192];
		size_t got;
		if (f == NULL)
			return err_set(err, "%s: cannot read the codebook", file);
		sha256_init(&c);
		while ((got = fread(buf, 1, sizeof buf, f)) > 0)
			sha256_update(&c, buf, got);
		fclose(f);
		sha256_hex(&c, hex);
	}
	if (store_prepare(w->st, file ?
	    "SELECT id, name, text FROM codebook LEFT JOIN codebook_use ON codebook_id = id "
	    "WHERE hash = ?1 OR name = ?2 ORDER BY hash = ?1 DESC, seq DESC NULLS LAST, "
	    "used_at DESC, id DESC LIMIT 1" :
	    "SELECT id, name, text FROM codebook WHERE id = (SELECT id FROM current_codebook)",
	    &s, err) < 0)
		return -1;
	if (file) {
		sqlite3_bind_text(s, 1, hex, -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 2, file, -1, SQLITE_STATIC);
	}
	switch (sqlite3_step(s)) {
	case SQLITE_ROW:
		w->cb = sqlite3_column_int64(s, 0);
		*name = xstrdup((const char *)sqlite3_column_text(s, 1));
		w->nkeys = agree_codebook_themes((const char *)sqlite3_column_text(s, 2),
		    &w->keys);
		if (w->nkeys == 0)
			err_set(err, "codebook %s declares no themes", *name);
		else
			rc = 0;
		break;
	case SQLITE_DONE:
		if (file)
			err_set(err, "%s: no responses are coded with this codebook: "
			    "run 'heed analyse --codebook %s' first", file, file);
		else
			err_set(err, "no responses are coded yet: run 'heed analyse' first");
		break;
	default:
		store_error(w->st, err, "reading the codebook");
	}
	sqlite3_finalize(s);
	return rc;
}

/* Find the responses behind each unit, their heed themes, and whether they
 * are flagged.  Unknown ids are gathered into one message. */
static int
match_units(struct agree_work *w, char **err)
{
	sqlite3_stmt *s = NULL, *t = NULL;
	struct buf unknown = BUF_INIT;
	int nunknown = 0, rc = -1;

	if (store_prepare(w->st,
	    "SELECT p.id, d.id, p.id IN (SELECT response_id FROM flag), "
	    "  (SELECT polarity FROM coding g WHERE g.response_id = p.id "
	    "   AND g.codebook_id = ?4) "
	    "FROM response p JOIN respondent d ON d.id = p.respondent_id "
	    "JOIN question q ON q.id = p.question_id JOIN round r ON r.id = p.round_id "
	    "WHERE d.ext_id = ?1 AND (?2 IS NULL OR q.text = ?2) "
	    "AND (?3 IS NULL OR r.label = ?3) ORDER BY p.id", &s, err) < 0 ||
	    store_prepare(w->st, "SELECT theme FROM theme WHERE response_id = ?1 "
	    "AND codebook_id = ?2", &t, err) < 0)
		goto out;
	for (size_t i = 0; i < w->nunits; i++) {
		struct agree_unit *u = &w->units[i];
		sqlite3_int64 who = 0;
		int r, pol;
		sqlite3_reset(s);
		sqlite3_bind_text(s, 1, u->id, -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 2, u->question, -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 3, u->round, -1, SQLITE_STATIC);
		sqlite3_bind_int64(s, 4, w->cb);
		while ((r = sqlite3_step(s)) == SQLITE_ROW) {
			if (who && who != sqlite3_column_int64(s, 1)) {
				err_set(err, "%s:%ld: id '%s' names respondents in more than "
				    "one import: add a 'round' column", w->file, u->line, u->id);
				goto out;
			}
			who = sqlite3_column_int64(s, 1);
			if (sqlite3_column_type(s, 3) == SQLITE_NULL) {
				err_set(err, "%s:%ld: response of id '%s' is not coded with "
				    "this codebook: run 'heed analyse' (with --codebook) first",
				    w->file, u->line, u->id);
				goto out;
			}
			u->excluded |= sqlite3_column_int(s, 2);
			pol = lexicon_polarity_parse((const char *)sqlite3_column_text(s, 3));
			if (pol >= 0)
				u->heedpol = u->nresp == 0 ? pol :
				    (int)lexicon_polarity_join(u->heedpol, pol);
			u->resp = xreallocarray(u->resp, u->nresp + 1, sizeof *u->resp);
			u->resp[u->nresp++] = sqlite3_column_int64(s, 0);
		}
		if (r != SQLITE_DONE) {
			store_error(w->st, err, "matching ids");
			goto out;
		}
		if (u->nresp == 0 && nunknown++ < 5)
			buf_addf(&unknown, "%s'%s' (line %ld)", nunknown > 1 ? ", " : "",
			    u->id, u->line);
		for (size_t j = 0; j < u->nresp; j++) {
			sqlite3_reset(t);
			sqlite3_bind_int64(t, 1, u->resp[j]);
			sqlite3_bind_int64(t, 2, w->cb);
			while ((r = sqlite3_step(t)) == SQLITE_ROW) {
				int k = key_index(w, (const char *)sqlite3_column_text(t, 0));
				if (k >= 0)
					u->heed[k] = 1;
			}
			if (r != SQLITE_DONE) {
				store_error(w->st, err, "reading themes");
				goto out;
			}
		}
	}
	if (nunknown) {
		err_set(err, "%s: %d unknown id%s (no such respondent%s): %s%s", w->file,
		    nunknown, nunknown > 1 ? "s" : "",
		    w->col_question >= 0 ? ", round or question" :
		    w->col_round >= 0 ? " or round" : "", buf_str(&unknown),
		    nunknown > 5 ? ", ..." : "");
		goto out;
	}
	rc = 0;
out:
	buf_free(&unknown);
	sqlite3_finalize(s);
	sqlite3_finalize(t);
	return rc;
}

/* The stored reviews as the human gold set: the latest review of each
 * response is one unit coded by one coder, "review". */
static int
load_reviews(struct agree_work *w, char **err)
{
	sqlite3_stmt *s = NULL, *t = NULL;
	int r, rc = -1;

	coder_index(w, "review");
	if (store_prepare(w->st,
	    "SELECT l.id, p.id, d.ext_id, q.text, p.id IN (SELECT response_id FROM flag), "
	    "  EXISTS (SELECT 1 FROM coding g WHERE g.response_id = p.id "
	    "          AND g.codebook_id = ?1) "
	    "FROM latest_review l JOIN response p ON p.id = l.response_id "
	    "JOIN respondent d ON d.id = p.respondent_id "
	    "JOIN question q ON q.id = p.question_id ORDER BY p.id", &s, err) < 0 ||
	    store_prepare(w->st, "SELECT theme FROM review_theme WHERE review_id = ?1 "
	    "UNION ALL SELECT NULL", &t, err) < 0)
		goto out;
	sqlite3_bind_int64(s, 1, w->cb);
	while ((r = sqlite3_step(s)) == SQLITE_ROW) {
		struct agree_unit *u = unit_new(w, (const char *)sqlite3_column_text(s, 2),
		    (const char *)sqlite3_column_text(s, 3), NULL, 0);
		sqlite3_int64 resp = sqlite3_column_int64(s, 1);
		if (!sqlite3_column_int(s, 5)) {
			err_set(err, "reviewed response %lld (id '%s') is not coded with this "
			    "codebook: run 'heed analyse' (with --codebook) first",
			    (long long)resp, u->id);
			goto out;
		}
		u->excluded |= sqlite3_column_int(s, 4);
		u->resp = xreallocarray(u->resp, u->nresp + 1, sizeof *u->resp);
		u->resp[u->nresp++] = resp;
		memset(u->human, 0, w->nkeys);
		sqlite3_reset(t);
		sqlite3_bind_int64(t, 1, sqlite3_column_int64(s, 0));
		while (sqlite3_step(t) == SQLITE_ROW &&
		    sqlite3_column_type(t, 0) != SQLITE_NULL) {
			const char *key = (const char *)sqlite3_column_text(t, 0);
			int k = key_index(w, key);
			if (k < 0) {
				err_set(err, "review of response %lld has theme '%s', which "
				    "this codebook does not have", (long long)resp, key);
				goto out;
			}
			u->human[k] = 1;
		}
	}
	if (r != SQLITE_DONE) {
		store_error(w->st, err, "reading reviews");
		goto out;
	}
	if (w->nunits == 0) {
		err_set(err, "no responses have been reviewed: give a human coding file "
		    "or run 'heed review import' first");
		goto out;
	}
	rc = 0;
out:
	sqlite3_finalize(s);
	sqlite3_finalize(t);
	return rc;
}

/* Heed's themes for units read from stored reviews. */
static int
load_heed(struct agree_work *w, char **err)
{
	sqlite3_stmt *t;
	int r = SQLITE_DONE;

	if (store_prepare(w->st, "SELECT theme FROM theme WHERE response_id = ?1 "
	    "AND codebook_id = ?2", &t, err) < 0)
		return -1;
	for (size_t i = 0; i < w->nunits; i++)
		for (size_t j = 0; j < w->units[i].nresp; j++) {
			sqlite3_reset(t);
			sqlite3_bind_int64(t, 1, w->units[i].resp[j]);
			sqlite3_bind_int64(t, 2, w->cb);
			while ((r = sqlite3_step(t)) == SQLITE_ROW) {
				int k = key_index(w, (const char *)sqlite3_column_text(t, 0));
				if (k >= 0)
					w->units[i].heed[k] = 1;
			}
			if (r != SQLITE_DONE)
				break;
		}
	sqlite3_finalize(t);
	if (r != SQLITE_DONE)
		return store_error(w->st, err, "reading themes");
	return 0;
}


static int
key_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
agree_run(store *st, const struct agree_opts *o, struct agree_result **out, char **err)
{
	struct agree_work *w = xcalloc(1, sizeof *w);
	struct agree_result *res = xcalloc(1, sizeof *res);

	*out = NULL;
	w->st = st;
	w->file = o->human ? o->human : "stored reviews";
	w->col_polarity = -1;	/* the stored reviews have none */
	res->priv = w;
	res->source = xstrdup(w->file);
	if (load_codebook(w, o->codebook, &res->codebook, err) < 0)
		goto fail;
	res->codebook_id = w->cb;
	qsort(w->keys, w->nkeys, sizeof *w->keys, key_cmp);
	if (o->human) {
		if (csvread_file(o->human, on_human_record, w, err) < 0)
			goto fail;
		if (!w->header_done || w->nunits == 0) {
			err_set(err, "%s: no human codes (need a header and rows)", o->human);
			goto fail;
		}
		if (match_units(w, err) < 0)
			goto fail;
	} else if (load_reviews(w, err) < 0 || load_heed(w, err) < 0) {
		goto fail;
	}
	res->coders = w->coders;
	res->ncoders = w->ncoders;
	if (agree_compute(w, res, err) < 0)
		goto fail;
	*out = res;
	return 0;
fail:
	agree_result_free(res);
	return -1;
}

void
agree_result_free(struct agree_result *r)
{
	if (r == NULL)
		return;
	for (size_t i = 0; i < r->ndis; i++) {
		free(r->dis[i].rules);
		free(r->dis[i].text);
		free(r->dis[i].spans);
	}
	free(r->dis);
	free(r->themes);
	free(r->source);
	free(r->codebook);
	if (r->priv) {
		work_free(r->priv);
		free(r->priv);
	}
	free(r);
}
