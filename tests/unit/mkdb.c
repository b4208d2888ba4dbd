/* mkdb.c — create an empty heed database at PATH, exactly as heed does
 * (store_open), for end-to-end tests that fill it with sqlite3. */
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
		fprintf(stderr, "usage: mkdb PATH\n");
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
