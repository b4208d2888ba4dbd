/* chart.h — report charts drawn with GNU libplot.
 *
 * A struct chart describes one chart; chart_draw() draws it with a libplot
 * plotter of the given type ("svg" or "png") on out.  All text is drawn in
 * the Hershey Sans font as strokes, so SVG and PNG look the same and need
 * no fonts; labels are transliterated to Latin-1 (chart_latin1).  The
 * palette is Okabe and Ito's, safe for colour-blind readers.  A value
 * hidden because its count is small is NAN and is drawn as a grey mark
 * with the text c->hidden ("<5"); a value hidden by secondary suppression
 * is INFINITY and is marked "x".  Neither is ever drawn as its value.  The chart and the FILE stay the caller's. */
#ifndef HEED_CHART_H
#define HEED_CHART_H

#include <stddef.h>
#include <stdio.h>

enum chart_kind {
	CHART_BARS,	/* one bar per row, v in [0,1] with lo/hi interval */
	CHART_STACKED,	/* rows of ncols parts, each row's v adds up to 1 */
	CHART_LINES,	/* one line per row across ncols points, v in [0,1] */
	CHART_HEAT,	/* nrows x ncols cells coloured by v / vmax; v < 0: blank */
};

struct chart {
	enum chart_kind kind;
	const char *title;
	const char *xlabel;
	const char *ylabel;
	size_t nrows, ncols;
	const char *const *rows;	/* row labels [nrows] */
	const char *const *cols;	/* column labels [ncols] (not BARS) */
	const double *v;		/* [nrows * ncols], row-major; NAN = hidden */
	const double *lo, *hi;		/* BARS: the interval [nrows] */
	double vmax;			/* HEAT: the value of the darkest colour */
	const char *cellfmt;		/* HEAT: printf format of a cell, e.g. "%.1f" */
	double cellscale;		/* HEAT: cell text shows v * cellscale */
	const char *hidden;		/* the text of a hidden value, e.g. "<5" */
	const char *const *colours;	/* STACKED: "#RRGGBB" per column; NULL:
					 * the palette */
};

/* Draw c as type ("svg" or "png") on out. */
int chart_draw(const struct chart *c, const char *type, FILE *out, char **err);

/* Remove the text chunks (tEXt: title, creation time, software) from the
 * PNG of len bytes at png, in place, so the same chart gives the same
 * bytes at any time; returns the new length. */
size_t chart_png_strip(unsigned char *png, size_t len);

/* The SVG from chart_draw() made fit to inline in HTML: no XML prolog,
 * unique id, own title, scaling to the page.  The caller frees it. */
char *chart_svg_inline(const char *svg, const char *id, const char *title);

/* Transliterate UTF-8 s to Latin-1 for libplot into out[size]: curly quotes
 * become straight, dashes '-', an ellipsis "...", characters outside Latin-1
 * '?', and a backslash is doubled (libplot's escape character). */
void chart_latin1(const char *s, char *out, size_t size);

#endif
