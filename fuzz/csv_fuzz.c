/* csv_fuzz.c — CSV ingest: collect/csv.h fed the input whole and in small
 * chunks must hand out the same records (fields NUL-terminated at their
 * lengths, line numbers never going back) and the same error; then the
 * whole `heed collect` path (collect_file, dry run) on the same bytes.
 * Input: byte 0 picks the delimiter, the bad-row callback and a callback
 * failure; byte 1 the chunk size; the rest is the file. */
#include "config.h"

#include <string.h>

#include "collect/csv.h"
#include "fuzz/fuzz.h"
#include "fuzz/ingest.h"
#include "util/err.h"
#include "util/sha256.h"

struct seen {
	struct sha256 h;
	long rows, bad, last_line, fail_at;
};

static int
on_row(void *ctx, const struct collect_row *r, char **err)
{
	struct seen *s = ctx;

	fuzz_assert(r->n >= 1);
	fuzz_assert(r->line >= 1 && r->line >= s->last_line);
	s->last_line = r->line;
	for (size_t i = 0; i < r->n; i++) {
		fuzz_assert(r->f[i][r->len[i]] == '\0');
		sha256_update(&s->h, r->f[i], r->len[i] + 1);
	}
	sha256_update(&s->h, &r->line, sizeof r->line);
	if (++s->rows == s->fail_at)
		return err_set(err, "row callback failed at line %ld", r->line);
	return 0;
}

static int
on_bad(void *ctx, long line, size_t column, const char *reason, char **err)
{
	struct seen *s = ctx;

	(void)err;
	fuzz_assert(line >= 1 && reason != NULL && *reason != '\0');
	s->bad++;
	sha256_update(&s->h, &line, sizeof line);
	sha256_update(&s->h, &column, sizeof column);
	return 0;
}

/* Read p[0..n) in pieces of chunk bytes; fill *s, return status and *err. */
static int
run(const char *p, size_t n, size_t chunk, int delim, int bad, long fail_at,
    struct seen *s, char **err)
{
	collect_csv *c;
	int rc = 0;

	memset(s, 0, sizeof *s);
	sha256_init(&s->h);
	s->fail_at = fail_at;
	c = collect_csv_new("input", delim, on_row, bad ? on_bad : NULL, s);
	for (size_t off = 0; off < n && rc == 0; off += chunk)
		rc = collect_csv_feed(c, p + off, n - off < chunk ? n - off : chunk, err);
	if (rc == 0)
		rc = collect_csv_finish(c, err);
	collect_csv_free(c);
	return rc;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int delims[] = { ',', ';', '\t', ',' };
	struct seen a, b;
	char *ea = NULL, *eb = NULL;
	unsigned char ha[32], hb[32];
	int ra, rb, d;

	if (size < 2)
		return 0;
	d = delims[data[0] & 3];
	int bad = data[0] & 4;
	long fail_at = (data[0] & 8) ? (data[0] >> 4) + 1 : 0;
	size_t chunk = (size_t)data[1] % 17 + 1;
	const char *p = (const char *)data + 2;
	size_t n = size - 2;

	ra = run(p, n, n ? n : 1, d, bad, fail_at, &a, &ea);
	rb = run(p, n, chunk, d, bad, fail_at, &b, &eb);
	sha256_final(&a.h, ha);
	sha256_final(&b.h, hb);
	if (ra != rb || a.rows != b.rows || a.bad != b.bad || memcmp(ha, hb, 32) != 0 ||
	    (ea && eb && strcmp(ea, eb) != 0)) {
		fprintf(stderr, "whole: %d rows %ld bad %ld err %s\n"
		    "chunks of %zu: %d rows %ld bad %ld err %s\n",
		    ra, a.rows, a.bad, ea ? ea : "-", chunk, rb, b.rows, b.bad, eb ? eb : "-");
		fuzz_assert(!"chunked and whole reads differ");
	}
	fuzz_assert((ra < 0) == (ea != NULL));
	if (ea)
		fuzz_assert(strncmp(ea, "input", 5) == 0 || fail_at);
	free(ea);
	free(eb);

	d = collect_csv_sniff(p, n);
	fuzz_assert(d == ',' || d == ';' || d == '\t');

	fuzz_ingest((const uint8_t *)p, n, (data[0] & 0x10) ? COLLECT_FMT_AUTO : COLLECT_FMT_CSV);
	return 0;
}
