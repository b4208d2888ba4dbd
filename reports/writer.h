/* writer.h — one document, three markups: HTML, Markdown, plain text.
 *
 * The report's content is written once through these calls; the writer
 * escapes every piece of text for its markup (text never carries markup of
 * its own).  Output accumulates in memory; writer_finish() wraps it (the
 * HTML page with its navigation) and writes it to the FILE.  A writer owns
 * its buffers and frees them in writer_finish(). */
#ifndef HEED_WRITER_H
#define HEED_WRITER_H

#include <stddef.h>
#include <stdio.h>

#include "util/buf.h"

enum writer_markup { WRITER_HTML, WRITER_MD, WRITER_TXT };

#define WRITER_MAXCOLS 12

struct writer {
	enum writer_markup m;
	struct buf body;
	struct buf nav;		/* HTML: the table of contents */
	int nav_sub;		/* a sub-list of level-3 headings is open */
	int in_list;
	/* a table being collected */
	size_t ncols, nrows;
	char **cells;		/* [nrows * ncols]; row 0 is the header */
	char *caption;
};

void writer_init(struct writer *w, enum writer_markup m);
/* Heading of level 1..3; id is a fragment name (HTML anchors). */
void writer_heading(struct writer *w, int level, const char *id, const char *text);
void writer_para(struct writer *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void writer_item(struct writer *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void writer_quote(struct writer *w, const char *text, const char *who);
/* A table: header cells, then rows of the same width, then the end. */
void writer_table(struct writer *w, const char *caption, size_t ncols, const char *const *head);
void writer_row(struct writer *w, const char *const *cells);
void writer_table_end(struct writer *w);
/* A chart: svg is inline SVG (HTML only, may be NULL), png the file name
 * beside the report (Markdown), alt its text alternative. */
void writer_figure(struct writer *w, const char *svg, const char *png, const char *alt);
/* Wrap and write the document titled title; frees the writer's memory. */
void writer_finish(struct writer *w, const char *title, FILE *out);

#endif
