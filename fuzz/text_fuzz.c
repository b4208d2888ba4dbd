/* text_fuzz.c — text ingest: collect/text.h fed the input whole and in
 * small chunks must hand out the same posts (bodies NUL-terminated at their
 * lengths, start lines increasing); then the whole `heed collect --format
 * text` path (collect_file, dry run) on the same bytes.
 * Input: byte 0 the chunk size; the rest is the file. */
#include "config.h"

#include <string.h>

#include "collect/text.h"
#include "fuzz/fuzz.h"
#include "fuzz/ingest.h"
#include "util/sha256.h"

struct seen {
	struct sha256 h;
	long posts, last_line;
};

static void
hash_str(struct sha256 *h, const char *s)
{
	fuzz_assert(s != NULL);
	sha256_update(h, s, strlen(s) + 1);
}

static int
on_post(void *ctx, const struct collect_post *p, char **err)
{
	struct seen *s = ctx;

	(void)err;
	fuzz_assert(p->line >= 1 && p->line > s->last_line);
	s->last_line = p->line;
	fuzz_assert(p->body != NULL && p->body[p->body_len] == '\0');
	hash_str(&s->h, p->author);
	hash_str(&s->h, p->date);
	hash_str(&s->h, p->subject);
	sha256_update(&s->h, p->body, p->body_len + 1);
	sha256_update(&s->h, &p->line, sizeof p->line);
	s->posts++;
	return 0;
}

static int
run(const char *p, size_t n, size_t chunk, struct seen *s, char **err)
{
	collect_text *t;
	int rc = 0;

	memset(s, 0, sizeof *s);
	sha256_init(&s->h);
	t = collect_text_new(on_post, s);
	for (size_t off = 0; off < n && rc == 0; off += chunk)
		rc = collect_text_feed(t, p + off, n - off < chunk ? n - off : chunk, err);
	if (rc == 0)
		rc = collect_text_finish(t, err);
	collect_text_free(t);
	return rc;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct seen a, b;
	char *ea = NULL, *eb = NULL;
	unsigned char ha[32], hb[32];
	int ra, rb;

	if (size < 1)
		return 0;
	size_t chunk = (size_t)data[0] % 13 + 1;
	const char *p = (const char *)data + 1;
	size_t n = size - 1;

	ra = run(p, n, n ? n : 1, &a, &ea);
	rb = run(p, n, chunk, &b, &eb);
	sha256_final(&a.h, ha);
	sha256_final(&b.h, hb);
	if (ra != rb || a.posts != b.posts || memcmp(ha, hb, 32) != 0) {
		fprintf(stderr, "whole: %d, %ld posts; chunks of %zu: %d, %ld posts\n",
		    ra, a.posts, chunk, rb, b.posts);
		fuzz_assert(!"chunked and whole reads differ");
	}
	free(ea);
	free(eb);
	(void)collect_text_sniff(p, n);
	fuzz_ingest((const uint8_t *)p, n, COLLECT_FMT_TEXT);
	return 0;
}
