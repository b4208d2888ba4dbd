/* render.h — write a loaded report as HTML, Markdown, plain text or JSON.
 *
 * render_report() writes DIR/report.html (self-contained, the charts as
 * inline SVG), report.md or report.txt, and for HTML and Markdown a PNG of
 * each chart beside it; or DIR/report.json.  DIR is created readable by its
 * owner only when missing; a file that already exists is never overwritten
 * unless force (or it already holds the same bytes).  Output depends only on the report: same data, same bytes.
 * The report stays the caller's. */
#ifndef HEED_RENDER_H
#define HEED_RENDER_H

#include <stdio.h>

#include "reports/report.h"

enum render_format { RENDER_HTML, RENDER_MD, RENDER_TXT, RENDER_JSON };

struct render_opts {
	enum render_format format;
	const char *dir;
	int force;
};

int render_report(const struct report *r, const struct render_opts *o,
    char **written, char **err);

/* Write len bytes of data to dir/name, created owner-only (0600).  An
 * existing file is replaced only with force, unless it already holds
 * exactly these bytes.  *err names the path. */
int render_save(const char *dir, const char *name, const char *data, size_t len,
    int force, char **err);

/* The JSON document (render_json.c). */
void render_json(const struct report *r, FILE *out);

/* Append s to out escaped for HTML text and attributes. */
struct buf;
void render_html_escape(struct buf *out, const char *s);

#endif
