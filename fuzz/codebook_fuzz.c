/* codebook_fuzz.c — the codebook parser (analyse/codebook.h) and, when a
 * codebook parses, the coder compiling it (analyse/coder.h) and coding
 * its own examples and counter-examples plus fixed texts, among them one
 * long enough to make a catastrophic pattern such as (a+)+$ hit PCRE2's
 * limits (which must end in a warning, not a hang).  Errors must name the
 * file and line.  Input: the codebook file. */
#define _GNU_SOURCE	/* memmem */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyse/codebook.h"
#include "analyse/coder.h"
#include "fuzz/fuzz.h"
#include "util/xalloc.h"

static char *dir, *path, *longtext;

static void
cleanup(void)
{
	unlink(path);
	rmdir(dir);
	free(path);
	free(dir);
	free(longtext);
}

static void
code(const coder *c, coder_state *s, struct coder_result *r, const char *t, size_t n)
{
	coder_code(c, s, t, n, r);
	for (size_t i = 0; i < r->ncodes; i++)
		fuzz_assert(r->codes[i].start <= r->codes[i].end && r->codes[i].end <= n);
	for (size_t i = 0; i < r->nwarnings; i++)
		fuzz_assert(r->warnings[i].message != NULL);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const texts[] = {
		"The officer visited and the letters were unclear, not helpful at all.",
		"I don't feel safe at home.", "caf\xc3\xa9 \xff\xfe bad bytes", "",
	};
	codebook *cb = NULL;
	coder *c = NULL;
	char *err = NULL;
	FILE *f;

	if (dir == NULL) {
		dir = xstrdup(access("/dev/shm", W_OK) == 0 ? "/dev/shm/heed-cbfuzz.XXXXXX" :
		    "/tmp/heed-cbfuzz.XXXXXX");
		fuzz_assert(mkdtemp(dir) != NULL);
		path = xasprintf("%s/fuzz.codebook", dir);
		longtext = xmalloc(20001);
		memset(longtext, 'a', 20000);
		longtext[19999] = '!';
		longtext[20000] = '\0';
		atexit(cleanup);
	}
	/* include lines would read other files: keep the parser on this one */
	if (memmem(data, size, "include", 7) != NULL)
		return 0;
	f = fopen(path, "wb");
	fuzz_assert(f != NULL);
	fuzz_assert(fwrite(data, 1, size, f) == size);
	fuzz_assert(fclose(f) == 0);

	if (codebook_load(path, &cb, &err) < 0) {
		fuzz_assert(err != NULL && strstr(err, "fuzz.codebook") != NULL);
		free(err);
		return 0;
	}
	fuzz_assert(err == NULL);
	if (coder_new(cb, NULL, &c, &err) < 0) {
		fuzz_assert(err != NULL && strstr(err, "fuzz.codebook") != NULL);
		free(err);
		codebook_free(cb);
		return 0;
	}
	coder_state *s = coder_state_new();
	struct coder_result r;
	memset(&r, 0, sizeof r);
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
		code(c, s, &r, texts[i], strlen(texts[i]));
	code(c, s, &r, longtext, 20000);
	for (size_t t = 0; t < codebook_ntheme(cb); t++) {
		const struct codebook_theme *th = codebook_theme(cb, t);
		for (size_t i = 0; i < th->nexamples; i++)
			code(c, s, &r, th->examples[i].text, strlen(th->examples[i].text));
		for (size_t i = 0; i < th->ncounters; i++)
			code(c, s, &r, th->counters[i].text, strlen(th->counters[i].text));
	}
	coder_result_free(&r);
	coder_state_free(s);
	coder_free(c);
	codebook_free(cb);
	return 0;
}
