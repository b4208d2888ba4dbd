/* mkdb.c — test helper: `mkdb FILE` creates an empty heed database at FILE
 * (current schema) through store_open(), for tests of damaged, read-only
 * and foreign databases that must not depend on any command that writes. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "store/store.h"

int
main(int argc, char **argv)
{
	store *st;
	char *err = NULL;

	if (argc != 2) {
		fprintf(stderr, "usage: mkdb FILE\n");
		return 2;
	}
	if (store_open(argv[1], 0, &st, &err) < 0) {
		fprintf(stderr, "mkdb: %s\n", err);
		free(err);
		return 1;
	}
	store_close(st);
	return 0;
}
