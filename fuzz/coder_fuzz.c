/* coder_fuzz.c — the coder (analyse/coder.h) with the default codebook and
 * sentiment lexicon on any text, invalid UTF-8 included: every code's span
 * lies inside the text, codes come grouped by theme, polarities are valid,
 * and coding the same text again gives the same result.  The data files
 * are $HEED_DATADIR's (fuzz/run.sh and `make check` set it).
 * Input: the response text. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "analyse/codebook.h"
#include "analyse/coder.h"
#include "analyse/lexicon.h"
#include "fuzz/fuzz.h"
#include "util/xalloc.h"

static codebook *cb;
static lexicon *lx;
static coder *co;
static coder_state *st;
static struct coder_result r1, r2;

static void
cleanup(void)
{
	coder_result_free(&r1);
	coder_result_free(&r2);
	coder_state_free(st);
	coder_free(co);
	lexicon_free(lx);
	codebook_free(cb);
}

static void
check(const struct coder_result *r, size_t n, size_t nt)
{
	fuzz_assert(r->polarity >= 0 && r->polarity < LEXICON_NPOLARITY);
	for (size_t i = 0; i < r->ncodes; i++) {
		const struct coder_code *c = &r->codes[i];
		fuzz_assert(c->start <= c->end && c->end <= n);
		fuzz_assert(c->theme >= 0 && (size_t)c->theme < nt);
		fuzz_assert(i == 0 || r->codes[i - 1].theme <= c->theme);
		fuzz_assert(r->theme_polarity[c->theme] >= 0 &&
		    r->theme_polarity[c->theme] < LEXICON_NPOLARITY);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text;

	if (co == NULL) {
		char *err = NULL;
		if (codebook_load(codebook_default_path(), &cb, &err) < 0 ||
		    lexicon_load(lexicon_default_path(), &lx, &err) < 0 ||
		    coder_new(cb, lx, &co, &err) < 0) {
			fprintf(stderr, "coder_fuzz: %s (set HEED_DATADIR)\n", err);
			abort();
		}
		st = coder_state_new();
		atexit(cleanup);
	}
	/* the text as analyse hands it over: exactly size bytes, then a NUL */
	text = xmalloc(size + 1);
	memcpy(text, data, size);
	text[size] = '\0';
	coder_code(co, st, text, size, &r1);
	check(&r1, size, codebook_ntheme(cb));
	coder_code(co, st, text, size, &r2);
	fuzz_assert(r1.ncodes == r2.ncodes && r1.polarity == r2.polarity &&
	    r1.score == r2.score && r1.nwarnings == r2.nwarnings);
	for (size_t i = 0; i < r1.ncodes; i++) {
		const struct coder_code *a = &r1.codes[i], *b = &r2.codes[i];
		fuzz_assert(a->theme == b->theme && a->rule == b->rule &&
		    a->start == b->start && a->end == b->end && a->negated == b->negated);
	}
	free(text);
	return 0;
}
