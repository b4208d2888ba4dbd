/* html_fuzz.c — the report writer (reports/writer.h): whatever the text,
 * it stays text.  The same sequence of calls is written twice, once with
 * the fuzzed pieces of text and once with "x" for each; in HTML both must
 * give the same sequence of tags, and no tag may carry an event-handler
 * (on...) attribute; in Markdown every '<' must be backslash-escaped.
 * Input: byte 0 picks the markup, then NUL-separated pieces of text, each
 * starting with a byte that picks the call. */
#include "config.h"

#include <ctype.h>
#include <string.h>

#include "fuzz/fuzz.h"
#include "reports/writer.h"
#include "util/buf.h"
#include "util/xalloc.h"

static const char *const ids[] = { "what", "so-what", "now-what", "themes" };

/* Write the document; pieces[i] or "x" when plain. */
static char *
render(enum writer_markup m, char **pieces, size_t n, int plain)
{
	struct writer w;
	char *out = NULL;
	size_t len = 0, ncols = 0;
	FILE *f;

	writer_init(&w, m);
	for (size_t i = 0; i < n; i++) {
		unsigned char op = (unsigned char)pieces[i][0];
		const char *t = plain ? "x" : pieces[i] + (op ? 1 : 0);

		switch (op % 8) {
		case 0: writer_heading(&w, op / 8 % 3 + 1, ids[op / 32 % 4], t); break;
		case 1: writer_para(&w, "%s", t); break;
		case 2: writer_item(&w, "%s", t); break;
		case 3: writer_quote(&w, t, plain ? "x" : pieces[(i + 1) % n]); break;
		case 4:
			if (ncols == 0) {
				const char *head[WRITER_MAXCOLS];
				ncols = op / 8 % WRITER_MAXCOLS + 1;
				for (size_t c = 0; c < ncols; c++)
					head[c] = t;
				writer_table(&w, t, ncols, head);
			} else {
				writer_table_end(&w);
				ncols = 0;
			}
			break;
		case 5:
			if (ncols) {
				const char *row[WRITER_MAXCOLS];
				for (size_t c = 0; c < ncols; c++)
					row[c] = c % 2 ? t : "<5";
				writer_row(&w, row);
			} else
				writer_para(&w, "%s", t);
			break;
		default:
			writer_figure(&w, "<svg role=\"img\"></svg>", "chart-1.png", t);
			break;
		}
	}
	if (ncols)
		writer_table_end(&w);
	f = open_memstream(&out, &len);
	fuzz_assert(f != NULL);
	writer_finish(&w, plain ? "x" : pieces[0], f);
	fuzz_assert(fclose(f) == 0);
	return out;
}

/* The tag names of an HTML document, one per line; aborts on an on...
 * attribute.  Quoted attribute values are skipped as the browser would. */
static void
tags(const char *s, struct buf *names)
{
	while ((s = strchr(s, '<')) != NULL) {
		s++;
		const char *e = s;
		while (*e && !isspace((unsigned char)*e) && *e != '>')
			e++;
		buf_add(names, s, (size_t)(e - s));
		buf_addc(names, '\n');
		s = e;
		while (*s && *s != '>') {
			while (isspace((unsigned char)*s) || *s == '/')
				s++;
			const char *a = s;
			while (*s && !isspace((unsigned char)*s) && *s != '=' && *s != '>')
				s++;
			if (s - a >= 2 && tolower((unsigned char)a[0]) == 'o' &&
			    tolower((unsigned char)a[1]) == 'n') {
				fprintf(stderr, "event handler attribute: %.40s\n", a);
				fuzz_assert(!"text became an event handler");
			}
			if (*s == '=') {
				s++;
				if (*s == '"' || *s == '\'') {
					char q = *s++;
					while (*s && *s != q)
						s++;
					if (*s)
						s++;
				} else
					while (*s && !isspace((unsigned char)*s) && *s != '>')
						s++;
			}
		}
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text, **pieces = NULL, *a, *b;
	size_t n = 0, cap = 0;
	enum writer_markup m;

	if (size < 2)
		return 0;
	m = data[0] % 3 == 0 ? WRITER_HTML : data[0] % 3 == 1 ? WRITER_MD : WRITER_TXT;
	text = xmalloc(size);
	memcpy(text, data + 1, size - 1);
	text[size - 1] = '\0';
	for (size_t i = 0; i < size - 1 && n < 4096; i += strlen(text + i) + 1) {
		if (n == cap) {
			cap = cap ? 2 * cap : 16;
			pieces = xreallocarray(pieces, cap, sizeof *pieces);
		}
		pieces[n++] = text + i;
	}
	if (n == 0) {
		free(text);
		return 0;
	}
	a = render(m, pieces, n, 0);
	b = render(m, pieces, n, 1);
	if (m == WRITER_HTML) {
		struct buf ta = BUF_INIT, tb = BUF_INIT;
		tags(a, &ta);
		tags(b, &tb);
		if (strcmp(buf_str(&ta), buf_str(&tb)) != 0) {
			fprintf(stderr, "tags differ:\n%s\n---\n%s\n", buf_str(&ta), buf_str(&tb));
			fuzz_assert(!"text changed the document's tags");
		}
		buf_free(&ta);
		buf_free(&tb);
	} else if (m == WRITER_MD) {
		for (const char *p = a; (p = strchr(p, '<')) != NULL; p++) {
			size_t bs = 0;
			while (p - bs > a && p[-(long)bs - 1] == '\\')
				bs++;
			fuzz_assert(bs % 2 == 1);	/* an escaped '<' */
		}
	}
	free(a);
	free(b);
	free(pieces);
	free(text);
	return 0;
}
