/* csvread.c — see csvread.h. */
#include "config.h"

#include <ctype.h>

#include <csv.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/csvread.h"
#include "util/err.h"
#include "util/xalloc.h"

struct state {
	csvread_fn *fn;
	void *arg;
	char **err;
	char **fields;
	size_t n, cap;
	long line;		/* physical line being parsed */
	long rec_line;		/* line where the current record started */
	int failed;
};

static void
on_field(void *s, size_t len, void *data)
{
	struct state *st = data;

	if (st->failed)
		return;
	if (st->n == 0)
		st->rec_line = st->line;
	if (st->n == st->cap) {
		st->cap = st->cap ? st->cap * 2 : 16;
		st->fields = xreallocarray(st->fields, st->cap, sizeof *st->fields);
	}
	st->fields[st->n++] = xstrndup(s ? s : "", len);
}

static void
clear(struct state *st)
{
	for (size_t i = 0; i < st->n; i++)
		free(st->fields[i]);
	st->n = 0;
}

static void
on_record(int c, void *data)
{
	struct state *st = data;

	(void)c;
	if (!st->failed && st->n > 0 &&
	    st->fn(st->arg, st->fields, st->n, st->rec_line, st->err) < 0)
		st->failed = 1;
	clear(st);
}

int
csvread_file(const char *path, csvread_fn *fn, void *arg, char **err)
{
	struct state st = { fn, arg, err, NULL, 0, 0, 0, 0, 0 };
	struct csv_parser p;
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int rc = -1;

	if (f == NULL)
		return err_set(err, "%s: %s", path, strerror(errno));
	if (csv_init(&p, CSV_APPEND_NULL) != 0) {
		err_set(err, "%s: cannot start the CSV reader", path);
		goto out_file;
	}
	while ((len = getline(&line, &cap, f)) > 0) {
		char *s = line;
		st.line++;
		if (st.line == 1 && len >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0) {
			s += 3;
			len -= 3;
		}
		if (csv_parse(&p, s, (size_t)len, on_field, on_record, &st) != (size_t)len) {
			err_set(err, "%s:%ld: %s", path, st.line, csv_strerror(csv_error(&p)));
			goto out;
		}
		if (st.failed)
			goto out;
	}
	if (ferror(f)) {
		err_set(err, "%s: %s", path, strerror(errno));
		goto out;
	}
	csv_fini(&p, on_field, on_record, &st);
	if (!st.failed)
		rc = 0;
out:
	clear(&st);
	free(st.fields);
	free(line);
	csv_free(&p);
out_file:
	if (f != stdin)
		fclose(f);
	return rc;
}

int
csvread_column(char **header, size_t n, const char *name)
{
	size_t k = strlen(name);

	for (size_t i = 0; i < n; i++) {
		const char *h = header[i];
		size_t len;
		while (*h == ' ' || *h == '\t')
			h++;
		len = strlen(h);
		while (len > 0 && (h[len - 1] == ' ' || h[len - 1] == '\t'))
			len--;
		if (len == k && strncasecmp(h, name, k) == 0)
			return (int)i;
	}
	return -1;
}

char *
csvread_trim(const char *s)
{
	size_t n;

	while (isspace((unsigned char)*s))
		s++;
	n = strlen(s);
	while (n > 0 && isspace((unsigned char)s[n - 1]))
		n--;
	return xstrndup(s, n);
}
