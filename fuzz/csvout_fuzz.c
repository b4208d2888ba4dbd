/* csvout_fuzz.c — util/csvout.c: any fields written by csvout_row() read
 * back, through libcsv (as collect reads), as the same fields, with exactly
 * the formula-guarded ones prefixed by an apostrophe.
 * Input: fields separated by NUL bytes, one record. */
#include "config.h"

#include <csv.h>
#include <string.h>

#include "fuzz/fuzz.h"
#include "util/csvout.h"
#include "util/xalloc.h"

struct got {
	char **f;
	size_t n, cap;
	int records;
};

static void
on_field(void *s, size_t len, void *data)
{
	struct got *g = data;

	if (g->n == g->cap) {
		g->cap = g->cap ? 2 * g->cap : 16;
		g->f = xreallocarray(g->f, g->cap, sizeof *g->f);
	}
	g->f[g->n++] = xstrndup(s ? s : "", len);
}

static void
on_record(int c, void *data)
{
	(void)c;
	((struct got *)data)->records++;
}

static int
no_space(unsigned char c)
{
	(void)c;
	return 0;		/* keep leading and trailing blanks, as written */
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = xmalloc(size + 1), *out = NULL;
	const char **fields = NULL;
	size_t nf = 0, cap = 0, outlen = 0;
	struct got g = { NULL, 0, 0, 0 };
	struct csv_parser p;
	FILE *f;

	memcpy(text, data, size);
	text[size] = '\0';
	for (size_t i = 0; i <= size; ) {	/* split on NUL */
		if (nf == cap) {
			cap = cap ? 2 * cap : 16;
			fields = xreallocarray(fields, cap, sizeof *fields);
		}
		fields[nf++] = text + i;
		i += strlen(text + i) + 1;
	}
	f = open_memstream(&out, &outlen);
	fuzz_assert(f != NULL);
	csvout_row(f, fields, nf);
	fuzz_assert(fclose(f) == 0);

	fuzz_assert(csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) == 0);
	csv_set_space_func(&p, no_space);
	fuzz_assert(csv_parse(&p, out, outlen, on_field, on_record, &g) == outlen);
	fuzz_assert(csv_fini(&p, on_field, on_record, &g) == 0);
	csv_free(&p);

	/* a record of one empty field is a blank line, which CSV readers skip */
	if (!(nf == 1 && fields[0][0] == '\0')) {
		fuzz_assert(g.records == 1);
		fuzz_assert(g.n == nf);
		for (size_t i = 0; i < nf; i++) {
			int guard = csvout_is_formula(fields[i]);
			fuzz_assert(!guard || g.f[i][0] == '\'');
			fuzz_assert(strcmp(g.f[i] + guard, fields[i]) == 0);
		}
	}
	for (size_t i = 0; i < g.n; i++)
		free(g.f[i]);
	free(g.f);
	free(fields);
	free(out);
	free(text);
	return 0;
}
