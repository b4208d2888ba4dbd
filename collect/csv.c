/* csv.c — see csv.h. */
#include "config.h"

#include <csv.h>
#include <stdlib.h>
#include <string.h>

#include "collect/csv.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/xalloc.h"

struct collect_csv {
	struct csv_parser p;
	char *name;
	int delim;
	collect_row_fn row_fn;
	collect_bad_fn bad_fn;
	void *ctx;
	struct buf data;	/* the record's fields, NUL-separated */
	size_t *off, *len;
	char **f;
	size_t n, cap;
	long line;		/* line being fed */
	long rec_line;		/* line where the current record started */
	int at_line_start, prev_cr;
	int failed;		/* the row callback failed: ignore the rest */
	int skip_line;		/* after a bad record: drop input to the line's end */
	char *err;
};

/* libcsv's parser state before a record begins (ROW_NOT_BEGUN in libcsv.c) */
#define CSV_ROW_NOT_BEGUN 0

static void
init_parser(collect_csv *c)
{
	csv_init(&c->p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
	csv_set_delim(&c->p, (unsigned char)c->delim);
	csv_set_blk_size(&c->p, 4096);
}

collect_csv *
collect_csv_new(const char *name, int delim, collect_row_fn row,
    collect_bad_fn bad, void *ctx)
{
	collect_csv *c = xcalloc(1, sizeof *c);

	c->name = xstrdup(name);
	c->delim = delim;
	c->row_fn = row;
	c->bad_fn = bad;
	c->ctx = ctx;
	c->line = 1;
	c->rec_line = 1;
	c->at_line_start = 1;
	init_parser(c);
	return c;
}

void
collect_csv_free(collect_csv *c)
{
	if (c == NULL)
		return;
	csv_free(&c->p);
	buf_free(&c->data);
	free(c->off);
	free(c->len);
	free(c->f);
	free(c->name);
	free(c->err);
	free(c);
}

long
collect_csv_line(const collect_csv *c)
{
	return c->line;
}

static void
field_cb(void *s, size_t len, void *data)
{
	collect_csv *c = data;

	if (c->failed)
		return;
	if (c->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 16;
		c->off = xreallocarray(c->off, c->cap, sizeof *c->off);
		c->len = xreallocarray(c->len, c->cap, sizeof *c->len);
		c->f = xreallocarray(c->f, c->cap, sizeof *c->f);
	}
	c->off[c->n] = c->data.len;
	c->len[c->n] = len;
	buf_add(&c->data, s ? s : "", len);
	buf_addc(&c->data, '\0');
	c->n++;
}

static void
record_cb(int term, void *data)
{
	collect_csv *c = data;
	struct collect_row r;

	(void)term;
	if (!c->failed) {
		for (size_t i = 0; i < c->n; i++)
			c->f[i] = c->data.s + c->off[i];
		r.n = c->n;
		r.f = c->f;
		r.len = c->len;
		r.line = c->rec_line;
		if (c->row_fn(c->ctx, &r, &c->err) < 0)
			c->failed = 1;
	}
	c->n = 0;
	buf_reset(&c->data);
}

/* Feed one piece that holds at most one line break, at its end. */
static int
feed_piece(collect_csv *c, const char *p, size_t n, char **err)
{
	if (c->skip_line) {
		if (n && (p[n - 1] == '\n' || p[n - 1] == '\r'))
			c->skip_line = 0;
		return 0;
	}
	if (c->at_line_start && c->p.pstate == CSV_ROW_NOT_BEGUN && c->n == 0)
		c->rec_line = c->line;
	if (csv_parse(&c->p, p, n, field_cb, record_cb, c) != n) {
		if (c->failed)
			goto failed;
		if (csv_error(&c->p) != CSV_EPARSE)
			return err_set(err, "%s:%ld: %s", c->name, c->line,
			    csv_strerror(csv_error(&c->p)));
		const char *why = "malformed quoting (a quote inside an unquoted "
		    "field, or text after a closing quote)";
		if (c->bad_fn == NULL)
			return err_set(err, "%s:%ld: column %zu: %s", c->name, c->line,
			    c->n + 1, why);
		if (c->bad_fn(c->ctx, c->line, c->n + 1, why, err) < 0)
			return -1;
		csv_free(&c->p);
		init_parser(c);
		c->n = 0;
		buf_reset(&c->data);
		/* resume at the next line */
		c->skip_line = !(n && (p[n - 1] == '\n' || p[n - 1] == '\r'));
	}
	if (c->failed)
		goto failed;
	return 0;
failed:
	*err = c->err;
	c->err = NULL;
	return -1;
}

int
collect_csv_feed(collect_csv *c, const char *p, size_t n, char **err)
{
	size_t i = 0;

	while (i < n) {
		size_t j = i;
		int nl = 0;

		while (j < n && p[j] != '\n' && p[j] != '\r')
			j++;
		if (j < n) {
			nl = p[j];
			j++;
		}
		if (j - i == 1 && nl == '\n' && c->prev_cr) {
			/* the LF of a CRLF split from its CR */
			c->prev_cr = 0;
			if (feed_piece(c, p + i, 1, err) < 0)
				return -1;
			i = j;
			continue;
		}
		if (nl == '\r' && j < n && p[j] == '\n')
			j++;	/* keep CRLF together */
		if (feed_piece(c, p + i, j - i, err) < 0)
			return -1;
		c->at_line_start = 0;
		c->prev_cr = nl == '\r' && p[j - 1] == '\r';
		if (nl) {
			c->line++;
			c->at_line_start = 1;
		}
		i = j;
	}
	return 0;
}

int
collect_csv_finish(collect_csv *c, char **err)
{
	if (csv_fini(&c->p, field_cb, record_cb, c) != 0) {
		if (c->failed)
			goto failed;
		return err_set(err, "%s:%ld: column %zu: unterminated quoted field "
		    "(no closing quote before the end of the file)", c->name,
		    c->rec_line, c->n + 1);
	}
	if (c->failed)
		goto failed;
	return 0;
failed:
	*err = c->err;
	c->err = NULL;
	return -1;
}

int
collect_csv_sniff(const char *p, size_t n)
{
	static const char cand[] = { ',', ';', '\t' };
	enum { NREC = 10 };
	int count[NREC][3] = { { 0 } };
	int rec = 0, inq = 0;

	for (size_t i = 0; i < n && rec < NREC; i++) {
		char ch = p[i];

		if (ch == '"')
			inq = !inq;
		else if (!inq && (ch == '\n' || ch == '\r')) {
			if (ch == '\r' && i + 1 < n && p[i + 1] == '\n')
				i++;
			rec++;
		} else if (!inq)
			for (int k = 0; k < 3; k++)
				if (ch == cand[k])
					count[rec][k]++;
	}
	/* a last record cut by the end of the sample is not counted */
	int best = ',', bestn = 0;
	for (int k = 0; k < 3; k++) {
		int c0 = count[0][k], ok = c0 > 0;

		for (int r = 1; r < rec && ok; r++)
			if (count[r][k] != c0 && !(r == rec - 1 && count[r][k] == 0))
				ok = 0;
		if (ok && c0 > bestn) {
			best = cand[k];
			bestn = c0;
		}
	}
	return best;
}
