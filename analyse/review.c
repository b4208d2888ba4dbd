/* review.c — importing human review decisions; see review.h. */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/agree.h"
#include "analyse/review.h"
#include "util/csvread.h"
#include "util/err.h"
#include "util/xalloc.h"

struct row {
	sqlite3_int64 response;
	long line;
	char *reviewer;
	char **themes;		/* validated keys */
	size_t nthemes;
	int changed;
};

struct imp {
	store *st;
	const char *file, *reviewer;
	sqlite3_stmt *exists;
	char **keys;		/* current codebook theme keys */
	size_t nkeys;
	int col_resp, col_accept, col_themes, col_heed, col_reviewer;
	int header_done;
	struct row *rows;
	size_t nrows;
	struct review_stats *stats;
};

static const char *
cell(char **f, size_t n, int col)
{
	return col >= 0 && (size_t)col < n ? f[col] : "";
}

static int
has_key(char **keys, size_t n, const char *k)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(keys[i], k) == 0)
			return 1;
	return 0;
}

/* Parse a ;-joined theme list into r, checking each key. */
static int
parse_themes(struct imp *m, struct row *r, const char *s, int col, char **err)
{
	char *copy = xstrdup(s), *save = NULL;
	int rc = 0;

	for (char *t = strtok_r(copy, ";", &save); t && rc == 0;
	    t = strtok_r(NULL, ";", &save)) {
		char *k = csvread_trim(t);
		if (*k == '\0' || strcmp(k, "none") == 0 || has_key(r->themes, r->nthemes, k)) {
			free(k);
		} else if (!has_key(m->keys, m->nkeys, k)) {
			rc = err_set(err, "%s:%ld:%d: unknown theme '%s' (not in the current "
			    "codebook)", m->file, r->line, col + 1, k);
			free(k);
		} else {
			r->themes = xreallocarray(r->themes, r->nthemes + 1, sizeof *r->themes);
			r->themes[r->nthemes++] = k;
		}
	}
	free(copy);
	return rc;
}

static void
row_free(struct row *r)
{
	free(r->reviewer);
	for (size_t i = 0; i < r->nthemes; i++)
		free(r->themes[i]);
	free(r->themes);
}

static int
on_header(struct imp *m, char **f, size_t n, long line, char **err)
{
	m->col_resp = csvread_column(f, n, "response");
	m->col_accept = csvread_column(f, n, "accept");
	m->col_themes = csvread_column(f, n, "themes");
	m->col_heed = csvread_column(f, n, "heed_themes");
	m->col_reviewer = csvread_column(f, n, "reviewer");
	if (m->col_resp < 0 || m->col_accept < 0 || m->col_themes < 0)
		return err_set(err, "%s:%ld: the header needs 'response', 'accept' and "
		    "'themes' columns (write it with 'heed export review')", m->file, line);
	m->header_done = 1;
	return 0;
}

static int
on_record(void *arg, char **f, size_t n, long line, char **err)
{
	struct imp *m = arg;
	struct row r = { 0, line, NULL, NULL, 0, 0 };
	char *resp, *accept, *themes, *end;
	int yes, no, rc = -1;

	if (!m->header_done)
		return on_header(m, f, n, line, err);
	m->stats->rows++;
	resp = csvread_trim(cell(f, n, m->col_resp));
	accept = csvread_trim(cell(f, n, m->col_accept));
	themes = csvread_trim(cell(f, n, m->col_themes));
	for (char *p = accept; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	yes = strcmp(accept, "y") == 0 || strcmp(accept, "yes") == 0;
	no = strcmp(accept, "n") == 0 || strcmp(accept, "no") == 0;
	if (*accept == '\0' && *themes == '\0') {
		m->stats->skipped++;
		rc = 0;
		goto out;
	}
	r.response = strtoll(resp, &end, 10);
	if (*resp == '\0' || *end != '\0' || r.response <= 0) {
		err_set(err, "%s:%ld:%d: response '%s' is not a response number", m->file,
		    line, m->col_resp + 1, resp);
		goto out;
	}
	sqlite3_reset(m->exists);
	sqlite3_bind_int64(m->exists, 1, r.response);
	if (sqlite3_step(m->exists) != SQLITE_ROW) {
		err_set(err, "%s:%ld:%d: no response %lld in the database", m->file, line,
		    m->col_resp + 1, (long long)r.response);
		goto out;
	}
	for (size_t i = 0; i < m->nrows; i++)
		if (m->rows[i].response == r.response) {
			err_set(err, "%s:%ld:%d: response %lld is listed twice (also line %ld)",
			    m->file, line, m->col_resp + 1, (long long)r.response, m->rows[i].line);
			goto out;
		}
	if (!yes && !no && *accept) {
		err_set(err, "%s:%ld:%d: accept is '%s': write y, n or leave it empty",
		    m->file, line, m->col_accept + 1, accept);
		goto out;
	}
	if (yes && *themes) {
		err_set(err, "%s:%ld:%d: accept is y and themes are given: write one or "
		    "the other", m->file, line, m->col_themes + 1);
		goto out;
	}
	if (no && *themes == '\0') {
		err_set(err, "%s:%ld:%d: accept is n but themes is empty: write the "
		    "corrected themes, or none", m->file, line, m->col_themes + 1);
		goto out;
	}
	if (yes && m->col_heed < 0) {
		err_set(err, "%s:%ld:%d: accept is y but there is no heed_themes column",
		    m->file, line, m->col_accept + 1);
		goto out;
	}
	if (parse_themes(m, &r, yes ? cell(f, n, m->col_heed) : themes,
	    yes ? m->col_heed : m->col_themes, err) < 0)
		goto out;
	if (!yes && m->col_heed >= 0) {
		struct row h = { 0, line, NULL, NULL, 0, 0 };
		if (parse_themes(m, &h, cell(f, n, m->col_heed), m->col_heed, err) < 0) {
			row_free(&h);
			goto out;
		}
		r.changed = h.nthemes != r.nthemes;
		for (size_t i = 0; i < h.nthemes && !r.changed; i++)
			r.changed = !has_key(r.themes, r.nthemes, h.themes[i]);
		row_free(&h);
	}
	r.reviewer = csvread_trim(cell(f, n, m->col_reviewer));
	if (*r.reviewer == '\0' && m->reviewer) {
		free(r.reviewer);
		r.reviewer = xstrdup(m->reviewer);
	}
	if (*r.reviewer == '\0') {
		err_set(err, "%s:%ld:%d: no reviewer: fill the reviewer column or give "
		    "--reviewer", m->file, line,
		    (m->col_reviewer >= 0 ? m->col_reviewer : (int)n) + 1);
		goto out;
	}
	m->rows = xreallocarray(m->rows, m->nrows + 1, sizeof *m->rows);
	m->rows[m->nrows++] = r;
	r.reviewer = NULL;
	r.themes = NULL;
	r.nthemes = 0;
	rc = 0;
out:
	row_free(&r);
	free(resp);
	free(accept);
	free(themes);
	return rc;
}

static int
current_keys(struct imp *m, char **err)
{
	sqlite3_stmt *s;
	int rc = -1;

	if (store_prepare(m->st, "SELECT text FROM codebook WHERE id = "
	    "(SELECT id FROM current_codebook)", &s, err) < 0)
		return -1;
	if (sqlite3_step(s) == SQLITE_ROW) {
		m->nkeys = agree_codebook_themes((const char *)sqlite3_column_text(s, 0),
		    &m->keys);
		rc = 0;
	} else {
		err_set(err, "no codebook has been used yet: run 'heed analyse' first");
	}
	sqlite3_finalize(s);
	return rc;
}

static int
store_rows(struct imp *m, char **err)
{
	sqlite3_stmt *rv = NULL, *th = NULL;
	char now[21];
	int rc = -1;

	store_now(now);
	if (store_prepare(m->st, "INSERT INTO review(response_id, reviewer, reviewed_at, "
	    "file) VALUES (?1, ?2, ?3, ?4) RETURNING id", &rv, err) < 0 ||
	    store_prepare(m->st, "INSERT INTO review_theme(review_id, theme) "
	    "VALUES (?1, ?2)", &th, err) < 0)
		goto out;
	for (size_t i = 0; i < m->nrows; i++) {
		const struct row *r = &m->rows[i];
		sqlite3_int64 id;
		sqlite3_reset(rv);
		sqlite3_bind_int64(rv, 1, r->response);
		sqlite3_bind_text(rv, 2, r->reviewer, -1, SQLITE_STATIC);
		sqlite3_bind_text(rv, 3, now, -1, SQLITE_STATIC);
		sqlite3_bind_text(rv, 4, m->file, -1, SQLITE_STATIC);
		if (sqlite3_step(rv) != SQLITE_ROW) {
			store_error(m->st, err, "storing a review");
			goto out;
		}
		id = sqlite3_column_int64(rv, 0);
		sqlite3_reset(rv);
		for (size_t j = 0; j < r->nthemes; j++) {
			sqlite3_reset(th);
			sqlite3_bind_int64(th, 1, id);
			sqlite3_bind_text(th, 2, r->themes[j], -1, SQLITE_STATIC);
			if (sqlite3_step(th) != SQLITE_DONE) {
				store_error(m->st, err, "storing a review");
				goto out;
			}
		}
		m->stats->stored++;
		m->stats->changed += r->changed;
	}
	rc = 0;
out:
	sqlite3_finalize(rv);
	sqlite3_finalize(th);
	return rc;
}

int
review_import(store *st, const char *file, const char *reviewer,
    struct review_stats *stats, char **err)
{
	struct imp m;
	int rc = -1;

	memset(&m, 0, sizeof m);
	memset(stats, 0, sizeof *stats);
	m.st = st;
	m.file = file;
	m.reviewer = reviewer;
	m.stats = stats;
	if (current_keys(&m, err) < 0 ||
	    store_prepare(st, "SELECT 1 FROM response WHERE id = ?1", &m.exists, err) < 0)
		goto out;
	if (csvread_file(file, on_record, &m, err) < 0)
		goto out;
	if (!m.header_done) {
		err_set(err, "%s: empty file (write it with 'heed export review')", file);
		goto out;
	}
	if (store_begin(st, err) < 0)
		goto out;
	if (store_rows(&m, err) < 0 || store_commit(st, err) < 0) {
		store_rollback(st);
		memset(stats, 0, sizeof *stats);
		goto out;
	}
	rc = 0;
out:
	sqlite3_finalize(m.exists);
	for (size_t i = 0; i < m.nrows; i++)
		row_free(&m.rows[i]);
	free(m.rows);
	for (size_t i = 0; i < m.nkeys; i++)
		free(m.keys[i]);
	free(m.keys);
	return rc;
}

int
review_count(store *st, const char *round, long *n, char **err)
{
	sqlite3_stmt *s;
	int rc = 0;

	if (store_prepare(st, "SELECT count(DISTINCT p.id) FROM reportable p "
	    "JOIN review v ON v.response_id = p.id JOIN round r ON r.id = p.round_id "
	    "WHERE ?1 IS NULL OR r.label = ?1", &s, err) < 0)
		return -1;
	if (round)
		sqlite3_bind_text(s, 1, round, -1, SQLITE_STATIC);
	if (sqlite3_step(s) == SQLITE_ROW)
		*n = sqlite3_column_int64(s, 0);
	else
		rc = store_error(st, err, "counting reviews");
	sqlite3_finalize(s);
	return rc;
}
