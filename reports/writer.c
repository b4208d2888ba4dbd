/* writer.c — HTML, Markdown and plain-text markup; see writer.h. */
#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "reports/render.h"
#include "reports/writer.h"
#include "util/xalloc.h"

#define TXT_WIDTH 76

static const char css[] =
    ":root{--fg:#1b1b1b;--mute:#555;--line:#ccc;--accent:#0072B2}\n"
    "*{box-sizing:border-box}\n"
    "body{font:16px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;"
    "color:var(--fg);max-width:60rem;margin:0 auto;padding:1rem}\n"
    "h1{font-size:1.7rem;margin:.5rem 0}h2{border-bottom:2px solid var(--accent);"
    "margin-top:2.5rem}h3{margin-top:1.8rem}\n"
    "nav>ol{columns:3 15rem;padding-left:1.2rem}nav ol ol{padding-left:1rem;"
    "font-size:.9rem}\n"
    "table{border-collapse:collapse;margin:.8rem 0;font-size:.92rem}\n"
    ".scroll{overflow-x:auto;max-width:100%}\n"
    "caption{text-align:left;font-weight:600;padding:.3rem 0}\n"
    "th,td{border:1px solid var(--line);padding:.25rem .5rem;vertical-align:top}\n"
    "th{background:#f2f2f2;text-align:left}td.n{text-align:right;"
    "font-variant-numeric:tabular-nums;white-space:nowrap}\n"
    "figure{margin:1rem 0}figure svg{width:100%;height:auto;max-width:800px;"
    "display:block}figcaption{color:var(--mute);font-size:.9rem}\n"
    "blockquote{margin:.6rem 0;padding:.3rem .9rem;border-left:4px solid var(--accent);"
    "background:#f7f9fb}blockquote footer{color:var(--mute);font-size:.85rem}\n"
    "@media (max-width:40rem){body{font-size:15px;padding:.5rem}nav>ol{columns:1}}\n"
    "@page{size:A4;margin:15mm}\n"
    "@media print{body{max-width:none;font-size:10.5pt;padding:0}nav{display:none}"
    "h2{break-before:page}h2,h3{break-after:avoid}figure,table,blockquote"
    "{break-inside:avoid}a{color:inherit;text-decoration:none}}\n";

void
render_html_escape(struct buf *out, const char *s)
{
	for (; *s; s++)
		switch (*s) {
		case '&': buf_adds(out, "&amp;"); break;
		case '<': buf_adds(out, "&lt;"); break;
		case '>': buf_adds(out, "&gt;"); break;
		case '"': buf_adds(out, "&quot;"); break;
		case '\'': buf_adds(out, "&#39;"); break;
		case '\r': break;
		default: buf_addc(out, *s);
		}
}

/* Markdown: backslash-escape what could start markup anywhere in a line. */
static void
md_escape(struct buf *out, const char *s, int in_table)
{
	for (; *s; s++) {
		if (*s == '\n' || *s == '\r') {
			buf_addc(out, ' ');
			continue;
		}
		if (strchr("\\`*_[]<>#|!~", *s) || (in_table && *s == '|'))
			buf_addc(out, '\\');
		buf_addc(out, *s);
	}
}

static void
text_add(struct writer *w, struct buf *out, const char *s)
{
	if (w->m == WRITER_HTML)
		render_html_escape(out, s);
	else if (w->m == WRITER_MD)
		md_escape(out, s, w->ncols > 0);
	else
		for (; *s; s++)
			buf_addc(out, *s == '\r' ? ' ' : *s);
}

/* Plain text: wrap s at TXT_WIDTH columns (counting UTF-8 characters). */
static void
wrap(struct buf *out, const char *s, const char *indent)
{
	size_t col = 0, ind = strlen(indent);

	buf_adds(out, indent);
	col = ind;
	while (*s) {
		const char *e = s;
		size_t chars = 0;
		while (*e == ' ')
			s = ++e;
		if (!*s)
			break;
		while (*e && *e != ' ' && *e != '\n') {
			if (((unsigned char)*e & 0xc0) != 0x80)
				chars++;
			e++;
		}
		if (col > ind && col + 1 + chars > TXT_WIDTH) {
			buf_addc(out, '\n');
			buf_adds(out, indent);
			col = ind;
		} else if (col > ind) {
			buf_addc(out, ' ');
			col++;
		}
		buf_add(out, s, (size_t)(e - s));
		col += chars;
		s = *e == '\n' ? e + 1 : e;
	}
	buf_addc(out, '\n');
}

static void
end_list(struct writer *w)
{
	if (!w->in_list)
		return;
	w->in_list = 0;
	buf_adds(&w->body, w->m == WRITER_HTML ? "</ul>\n" : "\n");
}

void
writer_init(struct writer *w, enum writer_markup m)
{
	memset(w, 0, sizeof *w);
	w->m = m;
}

void
writer_heading(struct writer *w, int level, const char *id, const char *text)
{
	struct buf t = BUF_INIT;

	end_list(w);
	text_add(w, &t, text);
	switch (w->m) {
	case WRITER_HTML:
		buf_addf(&w->body, "<h%d id=\"%s\">%s</h%d>\n", level, id, buf_str(&t), level);
		if (level == 2) {
			buf_adds(&w->nav, w->nav_sub ? "</ol></li>\n" : w->nav.len ? "</li>\n" : "");
			w->nav_sub = 0;
			buf_addf(&w->nav, "<li><a href=\"#%s\">%s</a>", id, buf_str(&t));
		} else if (level == 3 && w->nav.len) {
			if (!w->nav_sub)
				buf_adds(&w->nav, "\n<ol>\n");
			w->nav_sub = 1;
			buf_addf(&w->nav, "<li><a href=\"#%s\">%s</a></li>\n", id, buf_str(&t));
		}
		break;
	case WRITER_MD:
		buf_addf(&w->body, "%.*s %s\n\n", level, "###", buf_str(&t));
		break;
	case WRITER_TXT: {
		size_t n = 0;
		for (const char *p = t.s; p && *p; p++)
			n += ((unsigned char)*p & 0xc0) != 0x80;
		if (level > 1)
			buf_addc(&w->body, '\n');
		buf_addf(&w->body, "%s\n", buf_str(&t));
		while (n--)
			buf_addc(&w->body, level == 1 ? '=' : level == 2 ? '-' : '~');
		buf_adds(&w->body, "\n\n");
		break;
	}
	}
	buf_free(&t);
}

static void
vpara(struct writer *w, int item, const char *fmt, va_list ap)
{
	char *s = xvasprintf(fmt, ap);
	struct buf t = BUF_INIT;

	if (!item)
		end_list(w);
	else if (!w->in_list) {
		w->in_list = 1;
		if (w->m == WRITER_HTML)
			buf_adds(&w->body, "<ul>\n");
	}
	text_add(w, &t, s);
	switch (w->m) {
	case WRITER_HTML:
		buf_addf(&w->body, item ? "<li>%s</li>\n" : "<p>%s</p>\n", buf_str(&t));
		break;
	case WRITER_MD:
		buf_addf(&w->body, item ? "- %s\n" : "%s\n\n", buf_str(&t));
		break;
	case WRITER_TXT:
		if (item) {
			struct buf x = BUF_INIT;
			wrap(&x, buf_str(&t), "    ");
			x.s[2] = '*';
			buf_adds(&w->body, x.s);
			buf_free(&x);
		} else {
			wrap(&w->body, buf_str(&t), "");
			buf_addc(&w->body, '\n');
		}
		break;
	}
	buf_free(&t);
	free(s);
}

void
writer_para(struct writer *w, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vpara(w, 0, fmt, ap);
	va_end(ap);
}

void
writer_item(struct writer *w, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vpara(w, 1, fmt, ap);
	va_end(ap);
}

void
writer_quote(struct writer *w, const char *text, const char *who)
{
	struct buf t = BUF_INIT, a = BUF_INIT;

	end_list(w);
	text_add(w, &t, text);
	text_add(w, &a, who);
	switch (w->m) {
	case WRITER_HTML:
		buf_addf(&w->body, "<blockquote><p>%s</p><footer>%s</footer></blockquote>\n",
		    buf_str(&t), buf_str(&a));
		break;
	case WRITER_MD:
		buf_addf(&w->body, "> %s\n>\n> — %s\n\n", buf_str(&t), buf_str(&a));
		break;
	case WRITER_TXT: {
		struct buf q = BUF_INIT;
		buf_addf(&q, "\"%s\" (%s)", buf_str(&t), buf_str(&a));
		wrap(&w->body, q.s, "    ");
		buf_addc(&w->body, '\n');
		buf_free(&q);
		break;
	}
	}
	buf_free(&t);
	buf_free(&a);
}

void
writer_table(struct writer *w, const char *caption, size_t ncols, const char *const *head)
{
	end_list(w);
	w->ncols = ncols < WRITER_MAXCOLS ? ncols : WRITER_MAXCOLS;
	w->nrows = 0;
	w->cells = NULL;
	w->caption = xstrdup(caption);
	writer_row(w, head);
}

void
writer_row(struct writer *w, const char *const *cells)
{
	w->cells = xreallocarray(w->cells, (w->nrows + 1) * w->ncols, sizeof *w->cells);
	for (size_t i = 0; i < w->ncols; i++) {
		struct buf t = BUF_INIT;
		text_add(w, &t, cells[i] ? cells[i] : "");
		w->cells[w->nrows * w->ncols + i] = buf_detach(&t);
	}
	w->nrows++;
}

static int
numeric(const char *s)
{
	if (strcmp(s, "x") == 0)	/* a count hidden by secondary suppression */
		return 1;
	if (*s == '&' && strncmp(s, "&lt;", 4) == 0)
		s += 4;
	if (*s == '<' || *s == '+' || *s == '-' || *s == '\\')
		s++;
	if (*s == '<')
		s++;
	return *s >= '0' && *s <= '9';
}

static size_t
width(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

void
writer_table_end(struct writer *w)
{
	size_t nc = w->ncols, wid[WRITER_MAXCOLS] = { 0 };
	struct buf *b = &w->body;

	switch (w->m) {
	case WRITER_HTML:
		buf_adds(b, "<div class=\"scroll\"><table>\n<caption>");
		render_html_escape(b, w->caption);
		buf_adds(b, "</caption>\n<thead><tr>");
		for (size_t i = 0; i < nc; i++)
			buf_addf(b, "<th scope=\"col\">%s</th>", w->cells[i]);
		buf_adds(b, "</tr></thead>\n<tbody>\n");
		for (size_t r = 1; r < w->nrows; r++) {
			buf_adds(b, "<tr>");
			for (size_t i = 0; i < nc; i++) {
				const char *c = w->cells[r * nc + i];
				if (i == 0)
					buf_addf(b, "<th scope=\"row\">%s</th>", c);
				else
					buf_addf(b, numeric(c) ? "<td class=\"n\">%s</td>" :
					    "<td>%s</td>", c);
			}
			buf_adds(b, "</tr>\n");
		}
		buf_adds(b, "</tbody></table></div>\n");
		break;
	case WRITER_MD:
		buf_addf(b, "*");
		md_escape(b, w->caption, 0);
		buf_adds(b, "*\n\n");
		for (size_t r = 0; r < w->nrows; r++) {
			buf_adds(b, "|");
			for (size_t i = 0; i < nc; i++)
				buf_addf(b, " %s |", w->cells[r * nc + i]);
			buf_adds(b, "\n");
			if (r == 0) {
				buf_adds(b, "|");
				for (size_t i = 0; i < nc; i++)
					buf_adds(b, i ? "---:|" : "---|");
				buf_adds(b, "\n");
			}
		}
		buf_adds(b, "\n");
		break;
	case WRITER_TXT:
		for (size_t r = 0; r < w->nrows; r++)
			for (size_t i = 0; i < nc; i++) {
				size_t n = width(w->cells[r * nc + i]);
				if (n > wid[i])
					wid[i] = n;
			}
		buf_addf(b, "%s\n", w->caption);
		for (size_t r = 0; r < w->nrows; r++) {
			struct buf line = BUF_INIT;
			for (size_t i = 0; i < nc; i++) {
				const char *c = w->cells[r * nc + i];
				size_t n = width(c), pad = n < wid[i] ? wid[i] - n : 0;
				buf_adds(&line, i ? "  " : "  ");
				if (i && numeric(c))
					for (; pad; pad--)
						buf_addc(&line, ' ');
				buf_adds(&line, c);
				if (i + 1 < nc)
					for (; pad; pad--)
						buf_addc(&line, ' ');
			}
			buf_addf(b, "%s\n", line.s);
			buf_free(&line);
		}
		buf_adds(b, "\n");
		break;
	}
	for (size_t i = 0; i < w->nrows * nc; i++)
		free(w->cells[i]);
	free(w->cells);
	free(w->caption);
	w->cells = NULL;
	w->caption = NULL;
	w->ncols = w->nrows = 0;
}

void
writer_figure(struct writer *w, const char *svg, const char *png, const char *alt)
{
	struct buf t = BUF_INIT;

	end_list(w);
	text_add(w, &t, alt);
	if (w->m == WRITER_HTML && svg)
		buf_addf(&w->body, "<figure>\n%s\n<figcaption>%s</figcaption>\n</figure>\n",
		    svg, buf_str(&t));
	else if (w->m == WRITER_MD && png)
		buf_addf(&w->body, "![%s](%s)\n\n", buf_str(&t), png);
	buf_free(&t);
}

void
writer_finish(struct writer *w, const char *title, FILE *out)
{
	end_list(w);
	if (w->m == WRITER_HTML) {
		struct buf t = BUF_INIT;
		if (w->nav.len)
			buf_adds(&w->nav, w->nav_sub ? "</ol></li>\n" : "</li>\n");
		render_html_escape(&t, title);
		fprintf(out, "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n"
		    "<meta charset=\"utf-8\">\n"
		    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
		    "<title>%s</title>\n<style>\n%s</style>\n</head>\n<body>\n"
		    "<nav aria-label=\"Contents\"><strong>Contents</strong>\n<ol>\n%s</ol></nav>\n"
		    "<main>\n%s</main>\n</body>\n</html>\n",
		    buf_str(&t), css, buf_str(&w->nav), buf_str(&w->body));
		buf_free(&t);
	} else
		fputs(buf_str(&w->body), out);
	buf_free(&w->body);
	buf_free(&w->nav);
}
