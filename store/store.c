/* store.c — opening, migrating and transacting on the heed database.
 * See store.h for the contract and schema.c for the tables. */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "store/store.h"
#include "util/err.h"
#include "util/xalloc.h"

/* "heed" in ASCII: PRAGMA application_id marks a file as ours. */
#define HEED_APPLICATION_ID 0x68656564
/* How long a command waits for another heed process's write (an import or
 * an analysis holds the write lock for its whole transaction: about 40 s
 * and 150 s for a 1,000,000-row survey on a laptop) before giving up with
 * "database is locked"; $HEED_BUSY_TIMEOUT (seconds) overrides it. */
#define BUSY_TIMEOUT_S (10 * 60)

struct store {
	sqlite3 *db;
	char *path;
	int busy_s;		/* the busy timeout in force, for messages */
};

int
store_schema_version(void)
{
	return store_nmigrations;
}

sqlite3 *
store_db(store *st)
{
	return st->db;
}

const char *
store_path(const store *st)
{
	return st->path;
}

/* What to do about "database is locked": say how long heed waited. */
static const char *
busy_hint(store *st, char buf[160])
{
	if ((sqlite3_extended_errcode(st->db) & 0xff) != SQLITE_BUSY)
		return "";
	snprintf(buf, 160, " (another process, such as a heed import, has held "
	    "its write lock for over %d s; try again when it has finished, or set "
	    "HEED_BUSY_TIMEOUT)",
	    st->busy_s);
	return buf;
}

/* The message for a failed statement: "PATH: [WHAT: ]WHY", where a damaged
 * file says so and a lock that outlasted the busy timeout says how long. */
static int
store_fail(store *st, char **err, const char *what, const char *why)
{
	char hint[160];

	if ((sqlite3_extended_errcode(st->db) & 0xff) == SQLITE_CORRUPT)
		return err_set(err, "%s: %s%sthe database is damaged (%s); restore it "
		    "from a backup", st->path, what ? what : "", what ? ": " : "", why);
	return err_set(err, "%s: %s%s%s%s", st->path, what ? what : "",
	    what ? ": " : "", why, busy_hint(st, hint));
}

int
store_error(store *st, char **err, const char *what)
{
	return store_fail(st, err, what, sqlite3_errmsg(st->db));
}

int
store_exec(store *st, const char *sql, char **err)
{
	char *msg = NULL;

	if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		store_fail(st, err, NULL, msg ? msg : sqlite3_errmsg(st->db));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

/* $HEED_BUSY_TIMEOUT: whole seconds, 0 to fail at once when busy. */
static int
busy_timeout(int *secs, char **err)
{
	const char *v = getenv("HEED_BUSY_TIMEOUT");
	char *end;
	long n;

	*secs = BUSY_TIMEOUT_S;
	if (v == NULL || *v == '\0')
		return 0;
	errno = 0;
	n = strtol(v, &end, 10);
	if (*end != '\0' || errno != 0 || n < 0 || n > INT_MAX / 1000)
		return err_set(err, "HEED_BUSY_TIMEOUT '%s': not a number of seconds", v);
	*secs = (int)n;
	return 0;
}

int
store_prepare(store *st, const char *sql, sqlite3_stmt **out, char **err)
{
	if (sqlite3_prepare_v2(st->db, sql, -1, out, NULL) != SQLITE_OK) {
		*out = NULL;
		return store_error(st, err, "preparing a query");
	}
	return 0;
}

int
store_begin(store *st, char **err)
{
	return store_exec(st, "BEGIN IMMEDIATE", err);
}

int
store_commit(store *st, char **err)
{
	return store_exec(st, "COMMIT", err);
}

void
store_rollback(store *st)
{
	if (!sqlite3_get_autocommit(st->db))
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
}

int
store_int(store *st, const char *sql, sqlite3_int64 *out, char **err)
{
	sqlite3_stmt *s;
	int rc;

	if (store_prepare(st, sql, &s, err) < 0)
		return -1;
	rc = sqlite3_step(s);
	if (rc != SQLITE_ROW) {
		sqlite3_finalize(s);
		return store_error(st, err, "reading the database");
	}
	*out = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return 0;
}

/* Is this file ours, empty, or someone else's? */
static int
check_identity(store *st, int *version, char **err)
{
	sqlite3_int64 appid, v, tables;

	if (store_int(st, "PRAGMA application_id", &appid, err) < 0 ||
	    store_int(st, "PRAGMA user_version", &v, err) < 0 ||
	    store_int(st, "SELECT count(*) FROM sqlite_schema", &tables, err) < 0)
		return -1;
	*version = (int)v;
	if (appid == HEED_APPLICATION_ID)
		return 0;
	if (appid == 0 && tables == 0)
		return 0;		/* a new, empty database */
	return err_set(err, "%s: not a heed database", st->path);
}

static int
migrate_all(store *st, char **err)
{
	int version;
	char *sql;

	if (store_begin(st, err) < 0)
		return -1;
	if (check_identity(st, &version, err) < 0)
		goto fail;
	if (version > store_nmigrations) {
		err_set(err, "%s: schema version %d is newer than this heed "
		    "understands (%d); upgrade heed", st->path, version, store_nmigrations);
		goto fail;
	}
	if (version == store_nmigrations)
		return store_commit(st, err);	/* current: write nothing */
	for (; version < store_nmigrations; version++)
		if (store_exec(st, store_migrations[version], err) < 0) {
			err_prefix(err, "migrating to schema version %d", version + 1);
			goto fail;
		}
	sql = xasprintf("PRAGMA user_version = %d; PRAGMA application_id = %d",
	    store_nmigrations, HEED_APPLICATION_ID);
	if (store_exec(st, sql, err) < 0) {
		free(sql);
		goto fail;
	}
	free(sql);
	return store_commit(st, err);
fail:
	store_rollback(st);
	return -1;
}

/* A migration that rebuilds a table must not cascade its DROP to the rows
 * that refer to it, so foreign keys are off while migrations run (a PRAGMA
 * that cannot change inside a transaction).  Rebuilds keep every id, so
 * every reference still holds after. */
static int
migrate(store *st, char **err)
{
	int rc;

	if (store_exec(st, "PRAGMA foreign_keys = OFF", err) < 0)
		return -1;
	rc = migrate_all(st, err);
	if (store_exec(st, "PRAGMA foreign_keys = ON", rc < 0 ? NULL : err) < 0)
		rc = -1;
	return rc;
}

/* Create the file with mode 0600 so that the database, which holds personal
 * data, is readable by its owner only.  SQLite gives its -wal and -shm
 * files the same mode. */
static int
create_private(const char *path, char **err)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);

	if (fd < 0) {
		if (errno == EEXIST)
			return 0;
		return err_set(err, "%s: cannot create database: %s", path, strerror(errno));
	}
	close(fd);
	return 0;
}

/* PRAGMA quick_check reports damage as a row of text, not as an error. */
static int
quick_check(store *st, char **err)
{
	sqlite3_stmt *s;
	const char *v;
	int rc = -1;

	if (store_prepare(st, "PRAGMA quick_check(1)", &s, err) < 0)
		return -1;
	if (sqlite3_step(s) != SQLITE_ROW)
		store_error(st, err, "checking the database");
	else if ((v = (const char *)sqlite3_column_text(s, 0)) == NULL || strcmp(v, "ok") != 0) {
		char *why = xstrdup(v ? v : "no result");
		for (char *c = why; *c; c++)
			if (*c == '\n')
				*c = ' ';
		err_set(err, "%s: the database is damaged (%s); restore it from a backup",
		    st->path, why);
		free(why);
	} else
		rc = 0;
	sqlite3_finalize(s);
	return rc;
}

int
store_open(const char *path, int flags, store **out, char **err)
{
	struct stat sb;
	store *st;
	int oflags, version, busy_s;

	*out = NULL;
	if (busy_timeout(&busy_s, err) < 0)
		return -1;
	if (stat(path, &sb) == 0) {
		if (S_ISDIR(sb.st_mode))
			return err_set(err, "%s: is a directory, not a database", path);
	} else if (errno != ENOENT) {
		return err_set(err, "%s: %s", path, strerror(errno));
	} else if (flags & (STORE_MUST_EXIST | STORE_READONLY)) {
		return err_set(err, "%s: no such database (run 'heed collect' first)", path);
	} else if (create_private(path, err) < 0) {
		return -1;
	}

	st = xcalloc(1, sizeof *st);
	st->path = xstrdup(path);
	st->busy_s = busy_s;
	oflags = (flags & STORE_READONLY) ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
	/* NOMUTEX: a store is used by one thread at a time (store.h), so
	 * SQLite need not lock its mutexes on every call */
	if (sqlite3_open_v2(path, &st->db, oflags | SQLITE_OPEN_NOFOLLOW |
	    SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		store_error(st, err, "cannot open database");
		goto fail;
	}
	sqlite3_extended_result_codes(st->db, 1);
	sqlite3_busy_timeout(st->db, busy_s * 1000);
	if (!(flags & STORE_READONLY) && sqlite3_db_readonly(st->db, "main") == 1) {
		err_set(err, "%s: database is read-only", path);
		goto fail;
	}
	/* a damaged or foreign file is refused before anything is written */
	if (store_exec(st, "PRAGMA foreign_keys = ON", err) < 0 ||
	    (!(flags & STORE_NO_PAGE_CHECK) && quick_check(st, err) < 0) ||
	    check_identity(st, &version, err) < 0)
		goto fail;
	if (flags & STORE_READONLY) {
		if (version != store_nmigrations) {
			err_set(err, "%s: database schema is version %d, this heed needs %d; "
			    "run a command that writes (e.g. 'heed analyse') to upgrade it",
			    path, version, store_nmigrations);
			goto fail;
		}
	} else {
		/* 16 KiB pages for a new database (an existing one keeps its
		 * own): fewer, larger pages for SQLite to split, checksum and
		 * write to the WAL took a 1M-row import from 30.7 to 23.2 CPU
		 * seconds.  It must come before WAL, which fixes the size. */
		if (store_exec(st, "PRAGMA page_size = 16384", err) < 0 ||
		    store_exec(st, "PRAGMA journal_mode = WAL", err) < 0 ||
		    store_exec(st, "PRAGMA synchronous = NORMAL", err) < 0 ||
		    migrate(st, err) < 0)
			goto fail;
	}
	*out = st;
	return 0;
fail:
	store_close(st);
	return -1;
}

void
store_close(store *st)
{
	if (st == NULL)
		return;
	sqlite3_close_v2(st->db);
	free(st->path);
	free(st);
}

void
store_now(char out[21])
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	time_t t = time(NULL);
	struct tm tm;
	char *end;

	/* The reproducible-builds convention: a fixed "now" for tests and for
	 * anyone who needs byte-identical databases and reports. */
	if (epoch && *epoch) {
		long long v = strtoll(epoch, &end, 10);
		if (*end == '\0' && v >= 0)
			t = (time_t)v;
	}

	gmtime_r(&t, &tm);
	strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int
store_round_id(store *st, const char *label, const char *consultation,
    sqlite3_int64 *id, char **err)
{
	sqlite3_stmt *s = NULL;
	sqlite3_int64 cid = 0;
	int rc = -1;

	if (consultation) {
		if (store_prepare(st, "INSERT INTO consultation(name) VALUES (?1) "
		    "ON CONFLICT(name) DO UPDATE SET name = name RETURNING id", &s, err) < 0)
			return -1;
		sqlite3_bind_text(s, 1, consultation, -1, SQLITE_STATIC);
		if (sqlite3_step(s) != SQLITE_ROW) {
			store_error(st, err, "recording the consultation");
			goto out;
		}
		cid = sqlite3_column_int64(s, 0);
		sqlite3_finalize(s);
		s = NULL;
	}
	if (store_prepare(st, "INSERT INTO round(label, consultation_id) VALUES (?1, ?2) "
	    "ON CONFLICT(label) DO UPDATE SET consultation_id = "
	    "coalesce(excluded.consultation_id, consultation_id) RETURNING id", &s, err) < 0)
		return -1;
	sqlite3_bind_text(s, 1, label, -1, SQLITE_STATIC);
	if (cid)
		sqlite3_bind_int64(s, 2, cid);
	else
		sqlite3_bind_null(s, 2);
	if (sqlite3_step(s) != SQLITE_ROW) {
		store_error(st, err, "recording the round");
		goto out;
	}
	*id = sqlite3_column_int64(s, 0);
	rc = 0;
out:
	sqlite3_finalize(s);
	return rc;
}
