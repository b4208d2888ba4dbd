/* agree_mkdb.c — test helper (not a test): create a heed database at
 * argv[1] with the current schema and run the SQL in argv[2] on it. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "store/store.h"
#include "util/buf.h"

int
main(int argc, char **argv)
{
	struct buf sql = BUF_INIT;
	char *err = NULL, chunk[4096];
	size_t n;
	store *st;
	FILE *f;
	int rc = 0;

	if (argc != 3) {
		fprintf(stderr, "usage: agree_mkdb DB SQLFILE\n");
		return 2;
	}
	if ((f = fopen(argv[2], "r")) == NULL) {
		perror(argv[2]);
		return 1;
	}
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&sql, chunk, n);
	fclose(f);
	if (store_open(argv[1], 0, &st, &err) < 0 ||
	    store_exec(st, buf_str(&sql), &err) < 0) {
		fprintf(stderr, "agree_mkdb: %s\n", err);
		rc = 1;
	}
	store_close(st);
	free(err);
	buf_free(&sql);
	return rc;
}
