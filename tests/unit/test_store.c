/* test_store.c — opening, migrating, identity checks, rounds. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store/store.h"
#include "tests/unit/testhelp.h"

static char dir[] = "/tmp/heed-unit-XXXXXX";

static char *
path(const char *name)
{
	static char p[256];

	snprintf(p, sizeof p, "%s/%s", dir, name);
	return p;
}

static void
test_create_and_reopen(void)
{
	store *st = NULL;
	char *err = NULL;
	sqlite3_int64 a = 0, b = 0, c = 0;
	struct stat sb;

	CHECK(store_open(path("a.db"), 0, &st, &err) == 0);
	CHECK(err == NULL);
	CHECK(stat(path("a.db"), &sb) == 0 && (sb.st_mode & 077) == 0);
	CHECK(store_round_id(st, "2026-Q3", NULL, &a, &err) == 0);
	CHECK(store_round_id(st, "2026-Q3", "EHE survey", &b, &err) == 0);
	CHECK(store_round_id(st, "2026-Q4", NULL, &c, &err) == 0);
	CHECK(a == b && a != c);
	store_close(st);

	CHECK(store_open(path("a.db"), STORE_READONLY, &st, &err) == 0);
	sqlite3_stmt *s;
	CHECK(store_prepare(st, "SELECT count(*) FROM round", &s, &err) == 0);
	CHECK(sqlite3_step(s) == SQLITE_ROW && sqlite3_column_int(s, 0) == 2);
	sqlite3_finalize(s);
	CHECK(store_prepare(st, "PRAGMA user_version", &s, &err) == 0);
	CHECK(sqlite3_step(s) == SQLITE_ROW &&
	    sqlite3_column_int(s, 0) == store_schema_version());
	sqlite3_finalize(s);
	store_close(st);
}

static void
test_refuses(void)
{
	store *st = NULL;
	char *err = NULL;
	FILE *f;

	/* missing, read-only open */
	CHECK(store_open(path("missing.db"), STORE_READONLY, &st, &err) == -1);
	CHECK(err && strstr(err, "missing.db") && strstr(err, "no such database"));
	free(err); err = NULL;

	/* not a database at all */
	f = fopen(path("text.db"), "w");
	fputs("Timestamp,Question\nthis is not sqlite\n", f);
	fclose(f);
	CHECK(store_open(path("text.db"), 0, &st, &err) == -1);
	CHECK(err && strstr(err, "text.db"));
	free(err); err = NULL;

	/* someone else's SQLite database */
	sqlite3 *db;
	sqlite3_open(path("other.db"), &db);
	sqlite3_exec(db, "CREATE TABLE t(x)", NULL, NULL, NULL);
	sqlite3_close(db);
	CHECK(store_open(path("other.db"), 0, &st, &err) == -1);
	CHECK(err && strstr(err, "not a heed database"));
	free(err); err = NULL;

	/* a directory */
	CHECK(store_open(dir, 0, &st, &err) == -1);
	CHECK(err && strstr(err, "directory"));
	free(err);
}

int
main(void)
{
	if (mkdtemp(dir) == NULL)
		return 99;
	test_create_and_reopen();
	test_refuses();
	int rc = TEST_REPORT();
	char cmd[300];
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	if (system(cmd) != 0)
		return 99;
	return rc;
}
