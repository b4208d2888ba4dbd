/* analyse.c — see analyse.h. */
#include "config.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/analyse.h"
#include "util/err.h"
#include "util/xalloc.h"

#define BATCH 2048
#define CHUNK 16

struct item {
	sqlite3_int64 id;
	char *text;
	size_t len;
	struct coder_result r;
};

/* A batch being coded: threads take CHUNK items at a time from next. */
struct batch {
	struct item *items;
	size_t n;
	atomic_size_t next;
};

struct worker {
	pthread_t th;
	const coder *co;
	coder_state *s;
	struct batch *b;
	int running;
};

static void *
work(void *arg)
{
	struct worker *w = arg;
	struct batch *b = w->b;
	size_t i;

	while ((i = atomic_fetch_add(&b->next, CHUNK)) < b->n)
		for (size_t end = i + CHUNK < b->n ? i + CHUNK : b->n; i < end; i++)
			coder_code(w->co, w->s, b->items[i].text, b->items[i].len, &b->items[i].r);
	return NULL;
}

/* Start coding b on threads w[1..jobs-1]; w[0] is the calling thread,
 * which joins in (code_finish) when it is done with the database. */
static void
code_start(struct worker *w, int jobs, struct batch *b)
{
	atomic_store(&b->next, 0);
	for (int j = 0; j < jobs; j++) {
		w[j].b = b;
		w[j].running = 0;
	}
	for (int j = 1; j < jobs && (size_t)j * CHUNK < b->n; j++)
		if (pthread_create(&w[j].th, NULL, work, &w[j]) == 0)
			w[j].running = 1;	/* else the others code its share */
}

static void
code_finish(struct worker *w, int jobs)
{
	work(&w[0]);
	for (int j = 1; j < jobs; j++)
		if (w[j].running)
			pthread_join(w[j].th, NULL);
}

enum { S_SELECT, S_CODING, S_THEME, S_CODE, S_FLAG, S_EVENT, S_N };

static const char *const sqls[S_N] = {
	"SELECT r.id, r.text FROM response r"
	" WHERE r.id > ?1 AND (?2 IS NULL OR r.round_id ="
	"   (SELECT id FROM round WHERE label = ?2))"
	" AND NOT EXISTS (SELECT 1 FROM coding g WHERE g.response_id = r.id"
	"   AND g.codebook_id = ?3)"
	" ORDER BY r.id LIMIT ?4",
	"INSERT INTO coding (response_id, codebook_id, polarity, score, coded_at)"
	" VALUES (?1, ?2, ?3, ?4, ?5)",
	"INSERT INTO theme (response_id, codebook_id, theme, polarity)"
	" VALUES (?1, ?2, ?3, ?4)",
	"INSERT INTO code (response_id, codebook_id, theme, rule, start, end, negated, seq)"
	" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
	"INSERT OR IGNORE INTO flag (response_id, codebook_id, flag, rule, start, end,"
	" status, raised_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'open', ?7)",
	"INSERT INTO flag_event (flag_id, at, status, note, actor)"
	" VALUES (?1, ?2, 'open', ?3, ?4)",
};

static int
step_done(store *st, sqlite3_stmt *s, char **err, const char *what)
{
	int rc = sqlite3_step(s);

	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return store_error(st, err, what);
	return 0;
}

/* The codebook's row, created if new; used_at set to now, and its use
 * numbered past every other, so it becomes the current codebook. */
static int
codebook_row(store *st, const codebook *cb, const char *now, sqlite3_int64 *id,
    char **err)
{
	sqlite3_stmt *s;
	int rc;

	if (store_prepare(st, "INSERT INTO codebook (hash, name, text, loaded_at, used_at)"
	    " VALUES (?1, ?2, ?3, ?4, ?4)"
	    " ON CONFLICT (hash) DO UPDATE SET used_at = excluded.used_at", &s, err) < 0)
		return -1;
	sqlite3_bind_text(s, 1, codebook_hash(cb), -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, codebook_path(cb), -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, codebook_text(cb), -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 4, now, -1, SQLITE_STATIC);
	rc = step_done(st, s, err, "storing the codebook");
	sqlite3_finalize(s);
	if (rc < 0)
		return -1;
	if (store_prepare(st, "SELECT id FROM codebook WHERE hash = ?1", &s, err) < 0)
		return -1;
	sqlite3_bind_text(s, 1, codebook_hash(cb), -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	if (rc != SQLITE_ROW)
		return store_error(st, err, "reading the codebook id");
	if (store_prepare(st, "INSERT INTO codebook_use (codebook_id, seq) VALUES (?1,"
	    " (SELECT coalesce(max(seq), 0) + 1 FROM codebook_use))"
	    " ON CONFLICT (codebook_id) DO UPDATE SET seq = excluded.seq", &s, err) < 0)
		return -1;
	sqlite3_bind_int64(s, 1, *id);
	rc = step_done(st, s, err, "recording the codebook's use");
	sqlite3_finalize(s);
	return rc;
}

static int
write_item(store *st, sqlite3_stmt **q, const codebook *cb, const struct analyse_opts *o,
    const struct item *it, sqlite3_int64 cbid, const char *now,
    struct analyse_stats *stats, char **err)
{
	const struct coder_result *r = &it->r;
	int themed = 0, flagged = 0;

	for (size_t w = 0; w < r->nwarnings; w++) {
		char *m = xasprintf("%s, response %lld", r->warnings[w].message,
		    (long long)it->id);
		if (o->warn)
			o->warn(o->warn_arg, m);
		free(m);
		stats->warnings++;
	}
	sqlite3_bind_int64(q[S_CODING], 1, it->id);
	sqlite3_bind_int64(q[S_CODING], 2, cbid);
	sqlite3_bind_text(q[S_CODING], 3, lexicon_polarity_name(r->polarity), -1, SQLITE_STATIC);
	sqlite3_bind_double(q[S_CODING], 4, r->score);
	sqlite3_bind_text(q[S_CODING], 5, now, -1, SQLITE_STATIC);
	if (step_done(st, q[S_CODING], err, "storing a coding") < 0)
		return -1;
	for (size_t i = 0; i < r->ncodes; i++) {
		const struct coder_code *c = &r->codes[i];
		const struct codebook_theme *th = codebook_theme(cb, (size_t)c->theme);
		int first = i == 0 || r->codes[i - 1].theme != c->theme;

		if (th->is_flag) {
			if (flagged)
				continue;
			flagged = 1;
			sqlite3_stmt *f = q[S_FLAG];
			sqlite3_bind_int64(f, 1, it->id);
			sqlite3_bind_int64(f, 2, cbid);
			sqlite3_bind_text(f, 3, th->key, -1, SQLITE_STATIC);
			sqlite3_bind_text(f, 4, th->rules[c->rule].id, -1, SQLITE_STATIC);
			sqlite3_bind_int64(f, 5, (sqlite3_int64)c->start);
			sqlite3_bind_int64(f, 6, (sqlite3_int64)c->end);
			sqlite3_bind_text(f, 7, now, -1, SQLITE_STATIC);
			if (step_done(st, f, err, "storing a flag") < 0)
				return -1;
			if (sqlite3_changes(store_db(st)) == 1) {
				const char *actor = getenv("LOGNAME");
				sqlite3_stmt *e = q[S_EVENT];
				stats->flagged++;
				sqlite3_bind_int64(e, 1, sqlite3_last_insert_rowid(store_db(st)));
				sqlite3_bind_text(e, 2, now, -1, SQLITE_STATIC);
				sqlite3_bind_text(e, 3, "raised by heed analyse", -1, SQLITE_STATIC);
				if (actor && *actor)
					sqlite3_bind_text(e, 4, actor, -1, SQLITE_STATIC);
				else
					sqlite3_bind_null(e, 4);
				if (step_done(st, e, err, "storing a flag event") < 0)
					return -1;
			}
			continue;
		}
		if (first) {
			themed = 1;
			sqlite3_bind_int64(q[S_THEME], 1, it->id);
			sqlite3_bind_int64(q[S_THEME], 2, cbid);
			sqlite3_bind_text(q[S_THEME], 3, th->key, -1, SQLITE_STATIC);
			sqlite3_bind_text(q[S_THEME], 4,
			    lexicon_polarity_name(r->theme_polarity[c->theme]), -1, SQLITE_STATIC);
			if (step_done(st, q[S_THEME], err, "storing a theme") < 0)
				return -1;
		}
		sqlite3_stmt *k = q[S_CODE];
		sqlite3_bind_int64(k, 1, it->id);
		sqlite3_bind_int64(k, 2, cbid);
		sqlite3_bind_text(k, 3, th->key, -1, SQLITE_STATIC);
		sqlite3_bind_text(k, 4, th->rules[c->rule].id, -1, SQLITE_STATIC);
		sqlite3_bind_int64(k, 5, (sqlite3_int64)c->start);
		sqlite3_bind_int64(k, 6, (sqlite3_int64)c->end);
		sqlite3_bind_int(k, 7, c->negated);
		sqlite3_bind_int64(k, 8, (sqlite3_int64)i);
		if (step_done(st, k, err, "storing a code") < 0)
			return -1;
		stats->codes++;
	}
	stats->coded++;
	stats->themed += themed;
	return 0;
}

/* Read the next batch of responses after id last into items; *n of them. */
static int
read_batch(store *st, sqlite3_stmt *sel, const struct analyse_opts *o,
    sqlite3_int64 cbid, sqlite3_int64 last, struct item *items, size_t *n, char **err)
{
	int src;

	*n = 0;
	sqlite3_bind_int64(sel, 1, last);
	if (o->round)
		sqlite3_bind_text(sel, 2, o->round, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(sel, 2);
	sqlite3_bind_int64(sel, 3, cbid);
	sqlite3_bind_int(sel, 4, BATCH);
	while ((src = sqlite3_step(sel)) == SQLITE_ROW) {
		struct item *it = &items[(*n)++];
		const void *t = sqlite3_column_blob(sel, 1);
		it->len = (size_t)sqlite3_column_bytes(sel, 1);
		it->id = sqlite3_column_int64(sel, 0);
		free(it->text);
		it->text = xmalloc(it->len + 1);
		if (it->len)
			memcpy(it->text, t, it->len);
		it->text[it->len] = '\0';
	}
	sqlite3_reset(sel);
	if (src != SQLITE_DONE)
		return store_error(st, err, "reading responses");
	return 0;
}

/* Copy the codings by codebook cbid, with their themes, into
 * response_summary (store/schema.c) where it holds another or none: the
 * responses coded now, and those coded by cbid before another codebook. */
static int
summarise(store *st, sqlite3_int64 cbid, char **err)
{
	sqlite3_stmt *s;
	int rc;

	if (store_prepare(st, "UPDATE response_summary SET (codebook_id, polarity, themes) ="
	    " (SELECT g.codebook_id, g.polarity,"
	    "   (SELECT " STORE_SUMMARY_THEMES
	    "     FROM theme t WHERE t.response_id = g.response_id"
	    "      AND t.codebook_id = g.codebook_id)"
	    "   FROM coding g WHERE g.response_id = response_summary.response_id"
	    "    AND g.codebook_id = ?1)"
	    " WHERE codebook_id IS NOT ?1 AND EXISTS (SELECT 1 FROM coding g"
	    "   WHERE g.response_id = response_summary.response_id AND g.codebook_id = ?1)",
	    &s, err) < 0)
		return -1;
	sqlite3_bind_int64(s, 1, cbid);
	rc = step_done(st, s, err, "summarising the codings");
	sqlite3_finalize(s);
	return rc;
}

/* Batches are pipelined: while the threads code one, the calling thread
 * writes the one before and reads the one after, then codes too. */
int
analyse_run(store *st, const codebook *cb, const coder *co,
    const struct analyse_opts *o, struct analyse_stats *stats, char **err)
{
	sqlite3_stmt *q[S_N] = { NULL };
	struct item *items[2];
	struct batch b;
	int jobs = o->jobs < 1 ? 1 : o->jobs > 64 ? 64 : o->jobs;
	struct worker *w = xcalloc((size_t)jobs, sizeof *w);
	size_t ncode = 0, nwrite = 0, nnext = 0;
	int cur = 0;
	char now[21];
	int rc = -1;

	memset(stats, 0, sizeof *stats);
	items[0] = xcalloc(BATCH, sizeof *items[0]);
	items[1] = xcalloc(BATCH, sizeof *items[1]);
	for (int j = 0; j < jobs; j++) {
		w[j].co = co;
		w[j].s = coder_state_new();
	}
	store_now(now);
	/* Every row analyse writes refers to a response or coding it has just
	 * read or written in its own transaction, and it deletes nothing, so
	 * foreign keys are off while it runs (set outside the transaction,
	 * where the PRAGMA takes effect): 3% fewer instructions. */
	if (store_exec(st, "PRAGMA foreign_keys = OFF", err) < 0)
		goto out;
	if (store_begin(st, err) < 0)
		goto out;
	if (codebook_row(st, cb, now, &stats->codebook_id, err) < 0)
		goto fail;
	for (int i = 0; i < S_N; i++)
		if (store_prepare(st, sqls[i], &q[i], err) < 0)
			goto fail;
	/* items[cur]: ncode read, to code; items[!cur]: nwrite coded, to write */
	if (read_batch(st, q[S_SELECT], o, stats->codebook_id, 0, items[cur], &ncode,
	    err) < 0)
		goto fail;
	while (ncode > 0 || nwrite > 0) {
		int io = 0;
		b.items = items[cur];
		b.n = ncode;
		if (ncode > 0)
			code_start(w, jobs, &b);
		for (size_t i = 0; i < nwrite && io == 0; i++)
			io = write_item(st, q, cb, o, &items[!cur][i], stats->codebook_id,
			    now, stats, err);
		nnext = 0;
		if (io == 0 && ncode > 0)
			io = read_batch(st, q[S_SELECT], o, stats->codebook_id,
			    items[cur][ncode - 1].id, items[!cur], &nnext, err);
		if (ncode > 0)
			code_finish(w, jobs);
		if (io < 0)
			goto fail;
		nwrite = ncode;
		ncode = nnext;
		cur = !cur;
	}
	for (int i = 0; i < S_N; i++)
		sqlite3_finalize(q[i]);
	memset(q, 0, sizeof q);
	if (summarise(st, stats->codebook_id, err) < 0)
		goto fail;
	if (store_commit(st, err) < 0)
		goto out;
	rc = 0;
	goto out;
fail:
	for (int i = 0; i < S_N; i++)
		sqlite3_finalize(q[i]);
	store_rollback(st);
out:
	for (int k = 0; k < 2; k++) {
		for (size_t i = 0; i < BATCH; i++) {
			free(items[k][i].text);
			coder_result_free(&items[k][i].r);
		}
		free(items[k]);
	}
	for (int j = 0; j < jobs; j++)
		coder_state_free(w[j].s);
	free(w);
	if (store_exec(st, "PRAGMA foreign_keys = ON", rc < 0 ? NULL : err) < 0)
		rc = -1;
	return rc;
}
