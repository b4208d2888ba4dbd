/* store.h — the SQLite database that holds everything heed knows.
 *
 * The schema and its migrations live in store/schema.c: that file is the one
 * place the tables are documented.  Other modules run their own SQL on the
 * handle from store_db(), always with bound parameters.
 *
 * Ownership: store_open() gives the caller a store that it releases with
 * store_close().  The sqlite3 handle from store_db() belongs to the store.
 * A store is used by one thread at a time: it is opened without SQLite's
 * per-connection mutexes (SQLITE_OPEN_NOMUTEX). */
#ifndef HEED_STORE_H
#define HEED_STORE_H

#include <sqlite3.h>

typedef struct store store;

enum {
	STORE_READONLY = 1 << 0,	/* open read-only; never create or migrate */
	STORE_MUST_EXIST = 1 << 1,	/* fail when the file does not exist */
	STORE_NO_PAGE_CHECK = 1 << 2,	/* see store_open() */
};

/* Open (creating if needed and allowed) the database at path, set foreign
 * keys, WAL (and 16 KiB pages when it is new), a busy timeout, and bring
 * the schema up to date.  Fails with a
 * message naming path when the file is not a heed database, is damaged,
 * is newer than this heed, or cannot be opened.
 *
 * "Damaged" is PRAGMA quick_check, which reads every page: seconds on a
 * national-size database.  STORE_NO_PAGE_CHECK, for a read-only command
 * that must be quick (heed report), skips it; the header (SQLite refuses a
 * truncated file), application_id, schema version and schema are still
 * checked, and a damaged page the command reads fails it with
 * store_error()'s "the database is damaged". */
int store_open(const char *path, int flags, store **out, char **err);
void store_close(store *st);

sqlite3 *store_db(store *st);
const char *store_path(const store *st);

/* Transactions.  store_begin() takes the write lock at once (BEGIN
 * IMMEDIATE) so concurrent writers queue on the busy timeout. */
int store_begin(store *st, char **err);
int store_commit(store *st, char **err);
void store_rollback(store *st);

/* Run SQL with no results; on failure *err names the SQLite error (a
 * damaged database as store_error() does). */
int store_exec(store *st, const char *sql, char **err);
/* Prepare a statement; the caller finalizes it. */
int store_prepare(store *st, const char *sql, sqlite3_stmt **out, char **err);
/* SQL for response_summary.themes (store/schema.c, migration 3 -> 4) from
 * the rows `t` of theme of one coding: each key, then its polarity as one
 * of + - ~ =, separated by spaces.  heed analyse writes it and heed
 * report reads it the same way when the copy is not the current one. */
#define STORE_SUMMARY_THEMES \
    "group_concat(t.theme || CASE t.polarity WHEN 'positive' THEN '+' " \
    "WHEN 'negative' THEN '-' WHEN 'mixed' THEN '~' ELSE '=' END, ' ')"

/* The integer in the first column of the first row sql returns, into *out
 * (e.g. a count, a max or a PRAGMA); a query with no row is an error. */
int store_int(store *st, const char *sql, sqlite3_int64 *out, char **err);
/* Fill *err from the connection's last error, prefixed by what; returns -1.
 * SQLite's "malformed" (SQLITE_CORRUPT) says the database is damaged. */
int store_error(store *st, char **err, const char *what);

/* Id of the round labelled label, creating it (and its consultation, when
 * consultation is not NULL) if needed. */
int store_round_id(store *st, const char *label, const char *consultation,
    sqlite3_int64 *id, char **err);

/* The current UTC time as ISO 8601 ("2026-11-23T08:01:16Z") into out[21];
 * $SOURCE_DATE_EPOCH (seconds since 1970), when set, is "now". */
void store_now(char out[21]);

/* Schema version this heed writes (PRAGMA user_version). */
int store_schema_version(void);

/* Internal: the list of migrations, defined in store/schema.c. */
extern const char *const store_migrations[];
extern const int store_nmigrations;

#endif
