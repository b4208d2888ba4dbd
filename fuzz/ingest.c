/* ingest.c — see ingest.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz/fuzz.h"
#include "fuzz/ingest.h"
#include "util/buf.h"
#include "util/xalloc.h"

static store *st;
static char *dir, *dbpath, *inpath;

static void
cleanup(void)
{
	store_close(st);
	st = NULL;
	for (const char *const *s = (const char *const[]){ "", "-wal", "-shm", NULL }; *s; s++) {
		char *p = xasprintf("%s%s", dbpath, *s);
		unlink(p);
		free(p);
	}
	unlink(inpath);
	rmdir(dir);
	free(dbpath);
	free(inpath);
	free(dir);
}

static void
setup(void)
{
	char *err = NULL;

	/* memory-backed when possible: the target writes a file per input */
	dir = xstrdup(access("/dev/shm", W_OK) == 0 ? "/dev/shm/heed-fuzz.XXXXXX" :
	    "/tmp/heed-fuzz.XXXXXX");
	fuzz_assert(mkdtemp(dir) != NULL);
	dbpath = xasprintf("%s/fuzz.db", dir);
	inpath = xasprintf("%s/input", dir);
	if (store_open(dbpath, 0, &st, &err) < 0) {
		fprintf(stderr, "%s\n", err);
		abort();
	}
	atexit(cleanup);
}

int
fuzz_ingest(const uint8_t *data, size_t size, enum collect_format f)
{
	struct collect_opts o;
	struct collect_result res;
	struct buf desc = BUF_INIT;
	char *err = NULL;
	FILE *fp;
	int rc;

	if (st == NULL)
		setup();
	fp = fopen(inpath, "wb");
	fuzz_assert(fp != NULL);
	fuzz_assert(fwrite(data, 1, size, fp) == size);
	fuzz_assert(fclose(fp) == 0);
	memset(&o, 0, sizeof o);
	memset(&res, 0, sizeof res);
	o.format = f;
	o.dry_run = 1;
	rc = collect_file(st, inpath, &o, &res, &desc, &err);
	if (rc < 0) {
		fuzz_assert(err != NULL);
		fuzz_assert(strstr(err, "input") != NULL);	/* names the file */
	} else {
		fuzz_assert(err == NULL);
		fuzz_assert(res.responses >= 0 && res.rows >= 0);
	}
	free(err);
	buf_free(&desc);
	return rc;
}
