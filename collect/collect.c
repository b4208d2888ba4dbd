/* collect.c — see collect.h. */
#define _GNU_SOURCE	/* strcasestr */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "collect/batch.h"
#include "collect/collect.h"
#include "collect/csv.h"
#include "collect/date.h"
#include "collect/input.h"
#include "collect/text.h"
#include "util/err.h"
#include "util/xalloc.h"

enum { SAMPLE_ROWS = 200, SHOW_RESPONSES = 5 };

/* The page cache during an import, in KB: holds the pages an import keeps
 * touching (the default 2 MB spilled and re-read them) within the 32 MB
 * RSS budget. */
#define IMPORT_CACHE_KB "16000"
/* The SQL for response.dedup from the submitted date ?5 and the hash
 * digits ?8: the same expression as migration 2 in store/schema.c. */
#define DEDUP_SQL "printf('%08x', max(0, coalesce(unixepoch(?5), 0))) || ?8"

struct saved_row {
	struct collect_row r;
};

struct round_cache {
	char label[8];
	sqlite3_int64 id;
};

struct question_cache {
	char *text;
	sqlite3_int64 id;
};

struct job {
	store *st;
	const struct collect_opts *o;
	struct collect_result *res;
	struct buf *desc;
	const char *name;
	enum collect_enc enc;
	int delim;
	const char *fmt_why;
	const char *source;
	/* header rows and the first data rows, held until the plan is made */
	struct collect_row *hdr[3];
	int nhdr, want_hdr;
	struct collect_row **sample;
	size_t nsample;
	int planned;
	struct collect_column *cols;
	size_t ncols;
	sqlite3_int64 *qid;	/* per column, for text columns */
	long id_col, date_col;
	enum collect_date_order order;
	long datarow;
	sqlite3_int64 import_id;
	sqlite3_stmt *ins_respondent, *ins_attr, *ins_resp, *del_respondent,
	    *ins_reject, *ins_question;
	struct round_cache *rounds;
	size_t nrounds;
	struct question_cache *qs;
	size_t nqs;
	int shown;
	struct buf key;		/* scratch for dedup keys */
	collect_batch_queue *batches;	/* respondents waiting to be stored */
};

int
collect_source_valid(const char *s)
{
	static const char *const kinds[] = { "survey", "forum", "email", "meeting", "other" };

	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (strcmp(s, kinds[i]) == 0)
			return 1;
	return 0;
}

static struct collect_row *
row_copy(const struct collect_row *r)
{
	struct collect_row *c = xcalloc(1, sizeof *c);

	c->n = r->n;
	c->line = r->line;
	c->f = xcalloc(r->n ? r->n : 1, sizeof *c->f);
	c->len = xcalloc(r->n ? r->n : 1, sizeof *c->len);
	for (size_t i = 0; i < r->n; i++) {
		c->f[i] = xstrndup(r->f[i], r->len[i]);
		c->len[i] = r->len[i];
	}
	return c;
}

static void
row_free(struct collect_row *r)
{
	if (r == NULL)
		return;
	for (size_t i = 0; i < r->n; i++)
		free(r->f[i]);
	free(r->f);
	free(r->len);
	free(r);
}

/* A bad row: an error, or with --skip-bad-rows a reject row.  col is the
 * 0-based column index or -1. */
static int
bad_row(struct job *j, long line, long col, const char *reason, char **err)
{
	char *field = NULL;

	if (col >= 0)
		field = j->cols && (size_t)col < j->ncols ?
		    xasprintf("%ld (%s)", col + 1, j->cols[col].name) :
		    xasprintf("%ld", col + 1);
	if (!j->o->skip_bad_rows) {
		if (field)
			err_set(err, "%s:%ld: column %s: %s", j->name, line, field, reason);
		else
			err_set(err, "%s:%ld: %s", j->name, line, reason);
		free(field);
		return -1;
	}
	sqlite3_stmt *s = j->ins_reject;
	sqlite3_bind_int64(s, 1, j->import_id);
	sqlite3_bind_int64(s, 2, line);
	if (field)
		sqlite3_bind_text(s, 3, field, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(s, 3);
	sqlite3_bind_text(s, 4, reason, -1, SQLITE_STATIC);
	int rc = sqlite3_step(s);
	sqlite3_reset(s);
	free(field);
	if (rc != SQLITE_DONE)
		return store_error(j->st, err, "recording a rejected row");
	j->res->rejected++;
	return 0;
}

static int
csv_bad(void *ctx, long line, size_t column, const char *reason, char **err)
{
	struct job *j = ctx;

	j->res->rows++;
	return bad_row(j, line, (long)column - 1, reason, err);
}

static int
question_id(struct job *j, const char *text, sqlite3_int64 *id, char **err)
{
	for (size_t i = 0; i < j->nqs; i++)
		if (strcmp(j->qs[i].text, text) == 0) {
			*id = j->qs[i].id;
			return 0;
		}
	sqlite3_stmt *s = j->ins_question;
	sqlite3_bind_text(s, 1, text, -1, SQLITE_STATIC);
	int rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW)
		return store_error(j->st, err, "recording a question");
	j->qs = xreallocarray(j->qs, j->nqs + 1, sizeof *j->qs);
	j->qs[j->nqs].text = xstrdup(text);
	j->qs[j->nqs++].id = *id;
	j->res->questions = (long)j->nqs;
	return 0;
}

static int
round_id(struct job *j, const char *label, sqlite3_int64 *id, char **err)
{
	for (size_t i = 0; i < j->nrounds; i++)
		if (strcmp(j->rounds[i].label, label) == 0) {
			*id = j->rounds[i].id;
			return 0;
		}
	if (store_round_id(j->st, label, j->o->consultation, id, err) < 0)
		return -1;
	j->rounds = xreallocarray(j->rounds, j->nrounds + 1, sizeof *j->rounds);
	memcpy(j->rounds[j->nrounds].label, label, 8);
	j->rounds[j->nrounds++].id = *id;
	return 0;
}

static int
blank(const char *s)
{
	return s[strspn(s, " \t\r\n")] == '\0';
}

/* Store one respondent of a finished batch with its responses and, when
 * any response is new, its attributes. */
static int
store_respondent(struct job *j, const struct collect_batch *b,
    const struct collect_respondent *e, char **err)
{
	sqlite3_stmt *s;
	sqlite3_int64 rid, roundid;
	long fresh = 0;
	int rc;

	if (round_id(j, e->round, &roundid, err) < 0)
		return -1;
	s = j->ins_respondent;
	sqlite3_bind_int64(s, 1, j->import_id);
	sqlite3_bind_text(s, 2, e->ext_id, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 3, e->line);
	if (e->submitted)
		sqlite3_bind_text(s, 4, e->submitted, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(s, 4);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_error(j->st, err, "recording a respondent");
	rid = sqlite3_last_insert_rowid(store_db(j->st));

	for (size_t i = e->r0; i < e->r0 + e->nr; i++) {
		const struct collect_response *r = &b->resp[i];

		s = j->ins_resp;
		sqlite3_bind_int64(s, 1, rid);
		sqlite3_bind_int64(s, 2, r->qid);
		sqlite3_bind_int64(s, 3, roundid);
		sqlite3_bind_text(s, 4, j->source, -1, SQLITE_STATIC);
		if (e->submitted)
			sqlite3_bind_text(s, 5, e->submitted, -1, SQLITE_STATIC);
		else
			sqlite3_bind_null(s, 5);
		sqlite3_bind_text(s, 6, r->text, (int)r->len, SQLITE_STATIC);
		if (r->redacted)	/* else NULL: the same as text */
			sqlite3_bind_text(s, 7, r->redacted, -1, SQLITE_STATIC);
		else
			sqlite3_bind_null(s, 7);
		sqlite3_bind_text(s, 8, r->hash, COLLECT_HASH_DIGITS, SQLITE_STATIC);
		rc = sqlite3_step(s);
		sqlite3_reset(s);
		if (rc != SQLITE_DONE)
			return store_error(j->st, err, "recording a response");
		if (sqlite3_changes(store_db(j->st)) == 0) {
			j->res->duplicates++;
			continue;
		}
		fresh++;
		j->res->responses++;
		if (j->res->round_min[0] == '\0' || strcmp(e->round, j->res->round_min) < 0)
			memcpy(j->res->round_min, e->round, 8);
		if (strcmp(e->round, j->res->round_max) > 0)
			memcpy(j->res->round_max, e->round, 8);
		if (j->o->dry_run && j->shown < SHOW_RESPONSES) {
			j->shown++;
			buf_addf(j->desc, "  line %ld, %s, \"%.40s%s\": %.*s%s\n", e->line,
			    e->round, r->qtext, strlen(r->qtext) > 40 ? "..." : "",
			    r->len > 70 ? 70 : (int)r->len, r->text,
			    r->len > 70 ? "..." : "");
		}
	}
	if (fresh == 0) {
		s = j->del_respondent;
		sqlite3_bind_int64(s, 1, rid);
		rc = sqlite3_step(s);
		sqlite3_reset(s);
		return rc == SQLITE_DONE ? 0 : store_error(j->st, err, "dropping a respondent");
	}
	for (size_t i = e->a0; i < e->a0 + e->na; i++) {
		s = j->ins_attr;
		sqlite3_bind_int64(s, 1, rid);
		sqlite3_bind_text(s, 2, b->attr[i].name, -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 3, b->attr[i].value, (int)b->attr[i].len, SQLITE_STATIC);
		rc = sqlite3_step(s);
		sqlite3_reset(s);
		if (rc != SQLITE_DONE)
			return store_error(j->st, err, "recording an attribute");
	}
	return 0;
}

/* Store the finished batches: all of them when all is set, else the one
 * handed back when the filling batch is full. */
static int
store_batches(struct job *j, int all, char **err)
{
	const struct collect_batch *b;

	if (!all && !collect_batch_full(collect_batch_filling(j->batches)))
		return 0;
	do {
		if ((b = collect_batch_next(j->batches, all)) == NULL)
			return 0;
		for (size_t i = 0; i < b->n; i++)
			if (store_respondent(j, b, &b->who[i], err) < 0)
				return -1;
	} while (all);
	return 0;
}

/* Round of a response: --round, else the quarter of its date. */
static const char *
pick_round(struct job *j, const char *iso, char buf[8])
{
	if (j->o->round)
		return j->o->round;
	if (iso == NULL)
		return NULL;
	collect_round_of(iso, buf);
	return buf;
}

static int
data_row(struct job *j, const struct collect_row *r, char **err)
{
	char iso[20], rbuf[8], num[24];
	const char *submitted = NULL, *ext_id, *round;
	size_t nt = 0;

	j->datarow++;
	j->res->rows++;
	if (r->n != j->ncols) {
		char *why = xasprintf("the row has %zu fields, the header has %zu",
		    r->n, j->ncols);
		int rc = bad_row(j, r->line, -1, why, err);
		free(why);
		return rc;
	}
	if (j->enc == COLLECT_ENC_UTF8 || j->enc == COLLECT_ENC_UTF8_BOM)
		for (size_t i = 0; i < r->n; i++)
			if (collect_utf8_valid((const unsigned char *)r->f[i], r->len[i]) != r->len[i])
				return bad_row(j, r->line, (long)i,
				    "not valid UTF-8 (and the file did not start as "
				    "Windows-1252)", err);
	if (j->date_col >= 0 && !blank(r->f[j->date_col])) {
		if (collect_date_parse(r->f[j->date_col], j->order, iso) < 0) {
			char *why = xasprintf("cannot read the date '%.40s'", r->f[j->date_col]);
			int rc = bad_row(j, r->line, j->date_col, why, err);
			free(why);
			return rc;
		}
		submitted = iso;
	}
	if (j->id_col >= 0) {
		if (blank(r->f[j->id_col]))
			return bad_row(j, r->line, j->id_col, "empty respondent id", err);
		ext_id = r->f[j->id_col];
	} else {
		snprintf(num, sizeof num, "%ld", j->datarow);
		ext_id = num;
	}
	for (size_t i = 0; i < j->ncols; i++)
		if (j->cols[i].role == COLLECT_COL_TEXT && !blank(r->f[i]))
			nt++;
	if (nt == 0)
		return 0;
	if ((round = pick_round(j, submitted, rbuf)) == NULL)
		return bad_row(j, r->line, j->date_col,
		    "no date to take the round from; give --round", err);
	buf_reset(&j->key);
	if (j->id_col >= 0)
		buf_addf(&j->key, "id:%s", ext_id);
	else if (submitted)
		buf_addf(&j->key, "at:%s", submitted);
	else
		buf_addf(&j->key, "row:%ld", j->datarow);
	struct collect_batch *b = collect_batch_filling(j->batches);
	collect_batch_respondent(b, r->line, ext_id, submitted, buf_str(&j->key), round);
	for (size_t i = 0; i < j->ncols; i++)
		if (j->cols[i].role == COLLECT_COL_TEXT && !blank(r->f[i]))
			collect_batch_response(b, j->qid[i], j->cols[i].name, r->f[i], r->len[i]);
	for (size_t i = 0; i < j->ncols; i++)
		if (j->cols[i].role == COLLECT_COL_ATTR && !blank(r->f[i]))
			collect_batch_attr(b, j->cols[i].name, r->f[i], r->len[i]);
	return store_batches(j, 0, err);
}

/* Decide the columns' roles from the header and the sampled rows. */
static int
plan(struct job *j, char **err)
{
	const struct collect_opts *o = j->o;
	size_t ntext = 0;

	collect_format_columns(j->res->format, j->hdr, j->nhdr, &j->cols, &j->ncols);
	j->id_col = j->date_col = -1;
	for (size_t i = 0; i < j->ncols; i++) {
		if (j->cols[i].role == COLLECT_COL_ID && j->id_col < 0)
			j->id_col = (long)i;
		else if (j->cols[i].role == COLLECT_COL_DATE && j->date_col < 0)
			j->date_col = (long)i;
		else if (j->cols[i].role == COLLECT_COL_ID || j->cols[i].role == COLLECT_COL_DATE)
			j->cols[i].role = COLLECT_COL_IGNORE;
	}
	const char *specs[2] = { o->id_col, o->date_col };
	const char *optname[2] = { "--id-column", "--date-column" };
	for (int k = 0; k < 2; k++) {
		if (specs[k] == NULL)
			continue;
		long c = collect_column_find(j->cols, j->ncols, specs[k]);
		if (c < 0)
			return err_set(err, "%s: %s '%s': no such column", j->name,
			    optname[k], specs[k]);
		long *slot = k == 0 ? &j->id_col : &j->date_col;
		if (*slot >= 0 && *slot != c)
			j->cols[*slot].role = COLLECT_COL_ATTR;
		*slot = c;
		j->cols[c].role = k == 0 ? COLLECT_COL_ID : COLLECT_COL_DATE;
		free(j->cols[c].why);
		j->cols[c].why = xasprintf("%s", optname[k]);
	}
	/* plain CSV: a column headed like a date whose values are dates */
	for (size_t i = 0; j->date_col < 0 && i < j->ncols; i++) {
		const char *h = j->cols[i].name;
		size_t ok = 0;
		char iso[20];

		if (j->cols[i].role != COLLECT_COL_ATTR || !(strcasestr(h, "date") ||
		    strcasestr(h, "time") || strcasestr(h, "submitted")))
			continue;
		for (size_t r = 0; r < j->nsample; r++)
			if (i < j->sample[r]->n && collect_date_parse(j->sample[r]->f[i],
			    COLLECT_DATE_AUTO, iso) == 0)
				ok++;
		if (ok > 0 && ok == j->nsample) {
			j->date_col = (long)i;
			j->cols[i].role = COLLECT_COL_DATE;
			free(j->cols[i].why);
			j->cols[i].why = xstrdup("headed like a date, and every value "
			    "sampled is one");
		}
	}
	for (size_t t = 0; t < o->ntext; t++) {
		long c = collect_column_find(j->cols, j->ncols, o->text_cols[t]);
		if (c < 0)
			return err_set(err, "%s: --text-column '%s': no such column",
			    j->name, o->text_cols[t]);
		j->cols[c].role = COLLECT_COL_TEXT;
		free(j->cols[c].why);
		j->cols[c].why = xstrdup("--text-column");
	}
	char **vals = xcalloc(j->nsample ? j->nsample : 1, sizeof *vals);
	for (size_t i = 0; i < j->ncols; i++) {
		if (j->cols[i].role == COLLECT_COL_ATTR && o->ntext == 0) {
			size_t n = 0;
			char *why;

			for (size_t r = 0; r < j->nsample; r++)
				if (j->sample[r]->n == j->ncols)	/* not bad rows */
					vals[n++] = j->sample[r]->f[i];
			if (collect_column_is_text(vals, n, &why))
				j->cols[i].role = COLLECT_COL_TEXT;
			free(j->cols[i].why);
			j->cols[i].why = why;
		} else if (j->cols[i].role == COLLECT_COL_ATTR) {
			free(j->cols[i].why);
			j->cols[i].why = xstrdup("not a --text-column");
		}
		if (j->cols[i].role == COLLECT_COL_TEXT)
			ntext++;
	}
	free(vals);
	if (ntext == 0)
		return err_set(err, "%s: no free-text column found; name one with "
		    "--text-column", j->name);
	if (j->date_col < 0 && o->round == NULL)
		return err_set(err, "%s: no date column to take the round from; give "
		    "--round LABEL (e.g. 2026-Q3) or --date-column", j->name);
	/* which of day and month comes first, from the sampled dates */
	j->order = COLLECT_DATE_AUTO;
	for (size_t r = 0; j->date_col >= 0 && r < j->nsample; r++)
		if ((size_t)j->date_col < j->sample[r]->n &&
		    (j->order = collect_date_order_of(j->sample[r]->f[j->date_col])) !=
		    COLLECT_DATE_AUTO)
			break;
	j->qid = xcalloc(j->ncols, sizeof *j->qid);
	for (size_t i = 0; i < j->ncols; i++)
		if (j->cols[i].role == COLLECT_COL_TEXT &&
		    question_id(j, j->cols[i].name, &j->qid[i], err) < 0)
			return -1;
	if (o->dry_run) {
		static const char *const roles[] = { "ignored", "free text", "attribute",
		    "respondent id", "date" };
		buf_addf(j->desc, "%s: format %s (%s), encoding %s, delimiter %s\n",
		    j->name, collect_format_name(j->res->format), j->fmt_why,
		    collect_enc_name(j->enc), j->delim == '\t' ? "tab" :
		    j->delim == ';' ? "';'" : "','");
		buf_addf(j->desc, "columns:\n");
		for (size_t i = 0; i < j->ncols; i++)
			buf_addf(j->desc, "  %zu \"%s\": %s (%s)\n", i + 1, j->cols[i].name,
			    roles[j->cols[i].role], j->cols[i].why ? j->cols[i].why : "-");
		buf_addf(j->desc, "first responses:\n");
	}
	j->planned = 1;
	for (size_t r = 0; r < j->nsample; r++)
		if (data_row(j, j->sample[r], err) < 0)
			return -1;
	return 0;
}

static int
csv_row(void *ctx, const struct collect_row *r, char **err)
{
	struct job *j = ctx;

	if (j->planned)
		return data_row(j, r, err);
	if (j->nhdr < j->want_hdr) {
		if (j->nhdr == 0 && j->res->format == COLLECT_FMT_AUTO) {
			j->res->format = collect_format_detect(r, &j->fmt_why);
			j->want_hdr = collect_format_header_rows(j->res->format);
		}
		/* a Qualtrics export without its ImportId row */
		if (j->nhdr == 2 && j->res->format == COLLECT_FMT_QUALTRICS &&
		    (r->n == 0 || strncmp(r->f[0], "{\"ImportId\"", 11) != 0))
			j->want_hdr = 2;
		else {
			j->hdr[j->nhdr++] = row_copy(r);
			return 0;
		}
	}
	j->sample = xreallocarray(j->sample, j->nsample + 1, sizeof *j->sample);
	j->sample[j->nsample++] = row_copy(r);
	if (j->nsample == SAMPLE_ROWS)
		return plan(j, err);
	return 0;
}

static int
text_post(void *ctx, const struct collect_post *p, char **err)
{
	struct job *j = ctx;
	char iso[20], rbuf[8], num[24];
	const char *submitted = NULL, *round, *q = p->subject;
	sqlite3_int64 qid;

	j->datarow++;
	j->res->rows++;
	if (*p->date) {
		if (collect_date_parse(p->date, COLLECT_DATE_AUTO, iso) < 0) {
			char *why = xasprintf("Date: cannot read the date '%.40s'", p->date);
			int rc = bad_row(j, p->line, -1, why, err);
			free(why);
			return rc;
		}
		submitted = iso;
	}
	if ((round = pick_round(j, submitted, rbuf)) == NULL)
		return bad_row(j, p->line, -1, "the post has no Date: to take the round "
		    "from; give --round", err);
	if (p->body_len == 0)
		return 0;
	if (j->enc == COLLECT_ENC_UTF8 || j->enc == COLLECT_ENC_UTF8_BOM)
		if (collect_utf8_valid((const unsigned char *)p->body, p->body_len) != p->body_len)
			return bad_row(j, p->line, -1, "not valid UTF-8", err);
	while (strncasecmp(q, "Re:", 3) == 0)
		q += 3 + strspn(q + 3, " ");
	if (*q == '\0')
		q = strcmp(j->source, "email") == 0 ? "(email)" : "(forum post)";
	if (question_id(j, q, &qid, err) < 0)
		return -1;
	snprintf(num, sizeof num, "%ld", j->datarow);
	buf_reset(&j->key);
	if (submitted)
		buf_addf(&j->key, "at:%s", submitted);
	else
		buf_addf(&j->key, "row:%ld", j->datarow);
	struct collect_batch *b = collect_batch_filling(j->batches);
	collect_batch_respondent(b, p->line, num, submitted, buf_str(&j->key), round);
	collect_batch_response(b, qid, q, p->body, p->body_len);
	return store_batches(j, 0, err);
}

static int
prepare_all(struct job *j, char **err)
{
	store *st = j->st;

	if (store_prepare(st, "INSERT INTO respondent(import_id, ext_id, line, submitted) "
	    "VALUES (?1, ?2, ?3, ?4)", &j->ins_respondent, err) < 0 ||
	    store_prepare(st, "INSERT INTO attribute(respondent_id, name, value) "
	    "VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING", &j->ins_attr, err) < 0 ||
	    store_prepare(st, "INSERT INTO response(respondent_id, question_id, round_id, "
	    "source, submitted, text, redaction, dedup) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
	    "?7, " DEDUP_SQL ") ON CONFLICT(dedup) DO NOTHING", &j->ins_resp, err) < 0 ||
	    store_prepare(st, "DELETE FROM respondent WHERE id = ?1",
	    &j->del_respondent, err) < 0 ||
	    store_prepare(st, "INSERT INTO reject(import_id, line, field, reason) "
	    "VALUES (?1, ?2, ?3, ?4)", &j->ins_reject, err) < 0 ||
	    store_prepare(st, "INSERT INTO question(text) VALUES (?1) ON CONFLICT(text) "
	    "DO UPDATE SET text = text RETURNING id", &j->ins_question, err) < 0)
		return -1;
	return 0;
}

static void
job_free(struct job *j)
{
	collect_batch_queue_free(j->batches);
	sqlite3_finalize(j->ins_respondent);
	sqlite3_finalize(j->ins_attr);
	sqlite3_finalize(j->ins_resp);
	sqlite3_finalize(j->del_respondent);
	sqlite3_finalize(j->ins_reject);
	sqlite3_finalize(j->ins_question);
	for (int i = 0; i < j->nhdr; i++)
		row_free(j->hdr[i]);
	for (size_t i = 0; i < j->nsample; i++)
		row_free(j->sample[i]);
	free(j->sample);
	collect_columns_free(j->cols, j->ncols);
	free(j->qid);
	free(j->rounds);
	for (size_t i = 0; i < j->nqs; i++)
		free(j->qs[i].text);
	free(j->qs);
	buf_free(&j->key);
}

/* Stream the file through the CSV or text reader. */
static int
read_all(struct job *j, collect_input *in, char **err)
{
	const char *p;
	size_t n;
	collect_csv *csv = NULL;
	collect_text *txt = NULL;
	int rc = -1;

	if (collect_input_read(in, &p, &n, err) < 0)
		return -1;
	j->enc = collect_input_encoding(in);
	if (j->res->format == COLLECT_FMT_TEXT ||
	    (j->res->format == COLLECT_FMT_AUTO && collect_text_sniff(p, n))) {
		j->res->format = COLLECT_FMT_TEXT;
		j->fmt_why = "posts with Author:/Date:/Subject: headers";
	}
	if (j->source == NULL)
		j->source = j->res->format == COLLECT_FMT_AUTO ? "survey" :
		    collect_format_source(j->res->format);
	if (j->res->format == COLLECT_FMT_TEXT) {
		if (j->o->dry_run)
			buf_addf(j->desc, "%s: format text (%s), encoding %s\nfirst "
			    "responses:\n", j->name, j->fmt_why ? j->fmt_why : "--format",
			    collect_enc_name(j->enc));
		txt = collect_text_new(text_post, j);
	} else {
		if (j->res->format != COLLECT_FMT_AUTO)
			j->fmt_why = "--format";
		j->delim = collect_csv_sniff(p, n);
		csv = collect_csv_new(j->name, j->delim, csv_row,
		    j->o->skip_bad_rows ? csv_bad : NULL, j);
	}
	while (n > 0) {
		if ((csv ? collect_csv_feed(csv, p, n, err) :
		    collect_text_feed(txt, p, n, err)) < 0)
			goto out;
		if (collect_input_read(in, &p, &n, err) < 0)
			goto out;
	}
	if ((csv ? collect_csv_finish(csv, err) : collect_text_finish(txt, err)) < 0)
		goto out;
	if (csv && j->nhdr == 0) {
		err_set(err, "%s: empty: no header row", j->name);
		goto out;
	}
	if (csv && !j->planned && plan(j, err) < 0)
		goto out;
	if (store_batches(j, 1, err) < 0)
		goto out;
	rc = 0;
out:
	collect_csv_free(csv);
	collect_text_free(txt);
	return rc;
}

/* The response_summary rows (store/schema.c) of the responses after last:
 * written once at the end, not by a trigger per row, which doubled the
 * time an import took. */
static int
summary_add(store *st, sqlite3_int64 last, char **err)
{
	sqlite3_stmt *s;
	int rc;

	if (store_prepare(st, "INSERT INTO response_summary(response_id, round_id, "
	    "respondent_id, question_id, source, k) SELECT id, round_id, respondent_id, "
	    "question_id, source, abs(length(coalesce(redaction, text)) - 120) "
	    "FROM response WHERE id > ?1 ORDER BY id", &s, err) < 0)
		return -1;
	sqlite3_bind_int64(s, 1, last);
	rc = sqlite3_step(s);
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : store_error(st, err, "summarising the responses");
}

int
collect_file(store *st, const char *path, const struct collect_opts *o,
    struct collect_result *res, struct buf *desc, char **err)
{
	struct job j = { 0 };
	collect_input *in = NULL;
	sqlite3_stmt *s = NULL;
	sqlite3_int64 last = 0;	/* the largest response id before the import */
	char now[21], hex[65];
	int rc = -1, began = 0;

	memset(res, 0, sizeof *res);
	res->format = o->format;
	j.st = st;
	j.o = o;
	j.res = res;
	j.desc = desc;
	j.name = path;
	j.source = o->source;
	j.want_hdr = collect_format_header_rows(o->format);
	j.batches = collect_batch_queue_new();
	if (collect_input_open(path, &in, err) < 0)
		return -1;
	/* Foreign keys cost a lookup per parent of every row inserted; an
	 * import refers only to rows it has just inserted or looked up in its
	 * own transaction, and deletes only respondents it has just made and
	 * given no rows, so it turns them off (outside the transaction, where
	 * the PRAGMA takes effect) and on again after. */
	if (store_exec(st, "PRAGMA foreign_keys = OFF", err) < 0 ||
	    store_exec(st, "PRAGMA cache_size = -" IMPORT_CACHE_KB, err) < 0 ||
	    store_begin(st, err) < 0)
		goto out;
	began = 1;
	store_now(now);
	if (prepare_all(&j, err) < 0)
		goto out;
	if (store_prepare(st, "INSERT INTO import(file, sha256, imported_at, format, "
	    "source) VALUES (?1, '', ?2, 'csv', 'survey')", &s, err) < 0)
		goto out;
	sqlite3_bind_text(s, 1, path, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, now, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE) {
		store_error(st, err, "recording the import");
		goto out;
	}
	sqlite3_finalize(s);
	s = NULL;
	j.import_id = sqlite3_last_insert_rowid(store_db(st));

	if (store_int(st, "SELECT coalesce(max(id), 0) FROM response", &last, err) < 0 ||
	    read_all(&j, in, err) < 0)
		goto out;
	if (res->rows == 0) {		/* e.g. a header only: nothing to import */
		err_set(err, "%s: no %s to import", path,
		    res->format == COLLECT_FMT_TEXT ? "posts" : "data rows after the header");
		goto out;
	}
	collect_input_sha256(in, hex);
	if (store_prepare(st, "SELECT id FROM import WHERE sha256 = ?1 AND id != ?2",
	    &s, err) < 0)
		goto out;
	sqlite3_bind_text(s, 1, hex, 64, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, j.import_id);
	if (sqlite3_step(s) == SQLITE_ROW) {
		res->already = 1;
		res->already_id = sqlite3_column_int64(s, 0);
		rc = 0;
		goto out;	/* rolled back: nothing stored */
	}
	sqlite3_finalize(s);
	if (store_prepare(st, "UPDATE import SET sha256 = ?1, format = ?2, source = ?3, "
	    "consultation_id = (SELECT id FROM consultation WHERE name = ?4), "
	    "rows = ?5, responses = ?6, duplicates = ?7, rejected = ?8 WHERE id = ?9",
	    &s, err) < 0)
		goto out;
	sqlite3_bind_text(s, 1, hex, 64, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, collect_format_name(res->format), -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, j.source, -1, SQLITE_STATIC);
	if (o->consultation)
		sqlite3_bind_text(s, 4, o->consultation, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(s, 4);
	sqlite3_bind_int64(s, 5, res->rows);
	sqlite3_bind_int64(s, 6, res->responses);
	sqlite3_bind_int64(s, 7, res->duplicates);
	sqlite3_bind_int64(s, 8, res->rejected);
	sqlite3_bind_int64(s, 9, j.import_id);
	if (sqlite3_step(s) != SQLITE_DONE) {
		store_error(st, err, "recording the import");
		goto out;
	}
	sqlite3_finalize(s);
	s = NULL;
	if (summary_add(st, last, err) < 0)
		goto out;
	job_free(&j);
	memset(&j, 0, sizeof j);
	if (o->dry_run) {
		rc = 0;
		goto out;
	}
	if (store_commit(st, err) < 0)
		goto out;
	began = 0;
	rc = 0;
out:
	sqlite3_finalize(s);
	job_free(&j);
	if (began)
		store_rollback(st);
	sqlite3_exec(store_db(st), "PRAGMA cache_size = -2000; PRAGMA foreign_keys = ON",
	    NULL, NULL, NULL);
	collect_input_close(in);
	return rc;
}
