/* text.c — see text.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "collect/text.h"
#include "util/buf.h"
#include "util/xalloc.h"

struct collect_text {
	collect_post_fn fn;
	void *ctx;
	struct buf line;	/* the line being assembled */
	struct buf author, date, subject, body;
	long lineno, start;
	int in_headers, in_sig, any, prev_cr;
	size_t blank;		/* blank lines held back in body */
};

static const char *const headers[] = { "Author:", "From:", "Date:", "Subject:" };

collect_text *
collect_text_new(collect_post_fn fn, void *ctx)
{
	collect_text *t = xcalloc(1, sizeof *t);

	t->fn = fn;
	t->ctx = ctx;
	t->lineno = 0;
	t->in_headers = 1;
	return t;
}

void
collect_text_free(collect_text *t)
{
	if (t == NULL)
		return;
	buf_free(&t->line);
	buf_free(&t->author);
	buf_free(&t->date);
	buf_free(&t->subject);
	buf_free(&t->body);
	free(t);
}

static int
is_blank(const char *s)
{
	return s[strspn(s, " \t")] == '\0';
}

static void
set_trimmed(struct buf *b, const char *s)
{
	size_t n;

	s += strspn(s, " \t");
	n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	buf_reset(b);
	buf_add(b, s, n);
}

static int
emit(collect_text *t, char **err)
{
	struct collect_post p;
	int rc = 0;

	if (t->any) {
		p.line = t->start;
		p.author = buf_str(&t->author);
		p.date = buf_str(&t->date);
		p.subject = buf_str(&t->subject);
		p.body = buf_str(&t->body);
		p.body_len = t->body.len;
		rc = t->fn(t->ctx, &p, err);
	}
	buf_reset(&t->author);
	buf_reset(&t->date);
	buf_reset(&t->subject);
	buf_reset(&t->body);
	t->in_headers = 1;
	t->in_sig = 0;
	t->any = 0;
	t->blank = 0;
	return rc;
}

static int
one_line(collect_text *t, char **err)
{
	const char *s = buf_str(&t->line);

	t->lineno++;
	if (strcmp(s, "---") == 0)
		return emit(t, err);
	if (!t->any) {
		if (is_blank(s))
			return 0;
		t->any = 1;
		t->start = t->lineno;
	}
	if (t->in_headers) {
		for (size_t i = 0; i < sizeof headers / sizeof headers[0]; i++) {
			size_t n = strlen(headers[i]);

			if (strncmp(s, headers[i], n) != 0)
				continue;
			set_trimmed(i <= 1 ? &t->author : i == 2 ? &t->date : &t->subject,
			    s + n);
			return 0;
		}
		t->in_headers = 0;
	}
	if (t->in_sig || s[0] == '>')
		return 0;
	if (strcmp(s, "-- ") == 0) {
		t->in_sig = 1;
		return 0;
	}
	if (is_blank(s)) {
		if (t->body.len)
			t->blank++;
		return 0;
	}
	for (; t->blank; t->blank--)
		buf_addc(&t->body, '\n');
	if (t->body.len)
		buf_addc(&t->body, '\n');
	buf_adds(&t->body, s);
	return 0;
}

int
collect_text_feed(collect_text *t, const char *p, size_t n, char **err)
{
	for (size_t i = 0; i < n; i++) {
		char c = p[i];

		if (c == '\n' && t->prev_cr) {
			t->prev_cr = 0;
			continue;
		}
		t->prev_cr = c == '\r';
		if (c == '\n' || c == '\r') {
			if (one_line(t, err) < 0)
				return -1;
			buf_reset(&t->line);
		} else
			buf_addc(&t->line, c);
	}
	return 0;
}

int
collect_text_finish(collect_text *t, char **err)
{
	if (t->line.len) {
		if (one_line(t, err) < 0)
			return -1;
		buf_reset(&t->line);
	}
	return emit(t, err);
}

int
collect_text_sniff(const char *p, size_t n)
{
	size_t i = 0;

	while (i < n && (p[i] == '\n' || p[i] == '\r' || p[i] == ' ' || p[i] == '\t'))
		i++;
	for (size_t k = 0; k < sizeof headers / sizeof headers[0]; k++) {
		size_t m = strlen(headers[k]);

		if (n - i >= m && memcmp(p + i, headers[k], m) == 0)
			return 1;
	}
	return 0;
}
