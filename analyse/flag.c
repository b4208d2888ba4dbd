/* flag.c — see flag.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "analyse/flag.h"
#include "util/err.h"
#include "util/xalloc.h"

/* What flag_list and flag_get select: the flag, its round, the original
 * text, and its latest event's time, referral and note. */
#define FLAG_SELECT \
	"SELECT f.id, f.response_id, r.label, f.flag, f.rule, f.status, f.raised_at, " \
	" (SELECT e.at FROM flag_event e WHERE e.flag_id = f.id ORDER BY e.id DESC LIMIT 1), " \
	" (SELECT e.referred_to FROM flag_event e WHERE e.flag_id = f.id " \
	"   AND e.referred_to IS NOT NULL ORDER BY e.id DESC LIMIT 1), " \
	" (SELECT e.note FROM flag_event e WHERE e.flag_id = f.id " \
	"   AND e.note IS NOT NULL ORDER BY e.id DESC LIMIT 1), " \
	" p.text " \
	"FROM flag f JOIN response p ON p.id = f.response_id " \
	"JOIN round r ON r.id = p.round_id "

int
flag_status_valid(const char *s)
{
	return s && (strcmp(s, "open") == 0 || strcmp(s, "referred") == 0 ||
	    strcmp(s, "closed") == 0);
}

static char *
col(sqlite3_stmt *s, int i)
{
	const unsigned char *v = sqlite3_column_text(s, i);

	return v ? xstrdup((const char *)v) : NULL;
}

static void
read_row(sqlite3_stmt *s, struct flag_info *f)
{
	f->id = sqlite3_column_int64(s, 0);
	f->response_id = sqlite3_column_int64(s, 1);
	f->round = col(s, 2);
	f->flag = col(s, 3);
	f->rule = col(s, 4);
	f->status = col(s, 5);
	f->raised_at = col(s, 6);
	f->changed_at = col(s, 7);
	f->referred_to = col(s, 8);
	f->note = col(s, 9);
	f->text = col(s, 10);
}

/* Step s to the end, appending each row to *out. */
static int
read_rows(store *st, sqlite3_stmt *s, struct flag_info **out, size_t *n, char **err)
{
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? 2 * cap : 16;
			*out = xreallocarray(*out, cap, sizeof **out);
		}
		read_row(s, &(*out)[(*n)++]);
	}
	if (rc != SQLITE_DONE) {
		flag_info_free(*out, *n);
		*out = NULL;
		*n = 0;
		return store_error(st, err, "reading flags");
	}
	return 0;
}

int
flag_list(store *st, const char *status, const char *round,
    struct flag_info **out, size_t *n, char **err)
{
	sqlite3_stmt *s;
	int rc;

	if (store_prepare(st, FLAG_SELECT
	    "WHERE (?1 IS NULL OR f.status = ?1) AND (?2 IS NULL OR r.label = ?2) "
	    "ORDER BY f.id", &s, err) < 0)
		return -1;
	sqlite3_bind_text(s, 1, status, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, round, -1, SQLITE_STATIC);
	rc = read_rows(st, s, out, n, err);
	sqlite3_finalize(s);
	return rc;
}

void
flag_info_free(struct flag_info *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].round);
		free(v[i].flag);
		free(v[i].rule);
		free(v[i].status);
		free(v[i].raised_at);
		free(v[i].changed_at);
		free(v[i].referred_to);
		free(v[i].note);
		free(v[i].text);
	}
	free(v);
}

int
flag_get(store *st, sqlite3_int64 id, struct flag_info **out,
    struct flag_event_info **events, size_t *nevents, char **err)
{
	sqlite3_stmt *s;
	size_t n, cap = 0;
	int rc;

	*out = NULL;
	*events = NULL;
	*nevents = 0;
	if (store_prepare(st, FLAG_SELECT "WHERE f.id = ?1", &s, err) < 0)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	rc = read_rows(st, s, out, &n, err);
	sqlite3_finalize(s);
	if (rc < 0)
		return -1;
	if (n == 0)
		return err_set(err, "no flag %lld", (long long)id);

	if (store_prepare(st, "SELECT at, status, referred_to, note, actor FROM flag_event "
	    "WHERE flag_id = ?1 ORDER BY id", &s, err) < 0)
		goto fail;
	sqlite3_bind_int64(s, 1, id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (*nevents == cap) {
			cap = cap ? 2 * cap : 8;
			*events = xreallocarray(*events, cap, sizeof **events);
		}
		struct flag_event_info *e = &(*events)[(*nevents)++];
		e->at = col(s, 0);
		e->status = col(s, 1);
		e->referred_to = col(s, 2);
		e->note = col(s, 3);
		e->actor = col(s, 4);
	}
	if (rc != SQLITE_DONE)
		store_error(st, err, "reading flag events");
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		goto fail;
	return 0;
fail:
	flag_info_free(*out, 1);
	flag_events_free(*events, *nevents);
	*out = NULL;
	*events = NULL;
	*nevents = 0;
	return -1;
}

void
flag_events_free(struct flag_event_info *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].at);
		free(v[i].status);
		free(v[i].referred_to);
		free(v[i].note);
		free(v[i].actor);
	}
	free(v);
}

/* Move flag id to status `to`, recording the event; in one transaction. */
static int
change(store *st, sqlite3_int64 id, const char *to, const char *referred_to,
    const char *note, const char *actor, char **err)
{
	sqlite3_stmt *s = NULL;
	char now[21], *status = NULL;
	int rc;

	if (store_begin(st, err) < 0)
		return -1;
	if (store_prepare(st, "SELECT status FROM flag WHERE id = ?1", &s, err) < 0)
		goto fail;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		status = col(s, 0);
	} else if (rc == SQLITE_DONE) {
		err_set(err, "no flag %lld", (long long)id);
		goto fail;
	} else {
		store_error(st, err, "reading flag");
		goto fail;
	}
	sqlite3_finalize(s);
	s = NULL;
	if (status && strcmp(status, "closed") == 0) {
		err_set(err, "flag %lld is already closed; a closed flag cannot be %s",
		    (long long)id, strcmp(to, "closed") == 0 ? "closed again" : "referred");
		goto fail;
	}

	store_now(now);
	if (store_prepare(st, "UPDATE flag SET status = ?2 WHERE id = ?1", &s, err) < 0)
		goto fail;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_text(s, 2, to, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE) {
		store_error(st, err, "updating flag");
		goto fail;
	}
	sqlite3_finalize(s);
	if (store_prepare(st, "INSERT INTO flag_event (flag_id, at, status, referred_to, "
	    "note, actor) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", &s, err) < 0)
		goto fail;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_text(s, 2, now, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, to, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 4, referred_to, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 5, note, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 6, actor, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE) {
		store_error(st, err, "recording flag event");
		goto fail;
	}
	sqlite3_finalize(s);
	free(status);
	return store_commit(st, err);
fail:
	sqlite3_finalize(s);
	free(status);
	store_rollback(st);
	return -1;
}

int
flag_refer(store *st, sqlite3_int64 id, const char *to, const char *note,
    const char *actor, char **err)
{
	if (to == NULL || *to == '\0')
		return err_set(err, "refer flag %lld: to whom?", (long long)id);
	return change(st, id, "referred", to, note, actor, err);
}

int
flag_close(store *st, sqlite3_int64 id, const char *note, const char *actor,
    char **err)
{
	if (note == NULL || *note == '\0')
		return err_set(err, "close flag %lld: the outcome note is empty", (long long)id);
	return change(st, id, "closed", NULL, note, actor, err);
}

int
flag_counts(store *st, const char *round, long *raised, long *open,
    long *referred, char **err)
{
	sqlite3_stmt *s;
	int rc;

	if (store_prepare(st, "SELECT count(*), coalesce(sum(f.status = 'open'), 0), "
	    "coalesce(sum(f.status = 'referred'), 0) FROM flag f "
	    "JOIN response p ON p.id = f.response_id JOIN round r ON r.id = p.round_id "
	    "WHERE ?1 IS NULL OR r.label = ?1", &s, err) < 0)
		return -1;
	sqlite3_bind_text(s, 1, round, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	if (rc != SQLITE_ROW) {
		store_error(st, err, "counting flags");
		sqlite3_finalize(s);
		return -1;
	}
	*raised = (long)sqlite3_column_int64(s, 0);
	*open = (long)sqlite3_column_int64(s, 1);
	*referred = (long)sqlite3_column_int64(s, 2);
	sqlite3_finalize(s);
	return 0;
}
