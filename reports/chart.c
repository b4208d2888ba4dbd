/* chart.c — bars, stacked bars, lines and heat maps with libplot; see chart.h. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <plot.h>
#include <stdlib.h>
#include <string.h>

#include "reports/chart.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/xalloc.h"

/* Okabe-Ito, without black (text) and yellow (too light on white). */
static const char *const palette[] = {
	"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9",
};
#define NPALETTE (sizeof palette / sizeof palette[0])
/* viridis, for heat maps: light (low) to dark (high) reads best on paper */
static const int heat[][3] = {
	{ 0xfd, 0xe7, 0x25 }, { 0x5e, 0xc9, 0x62 }, { 0x21, 0x91, 0x8c },
	{ 0x3b, 0x52, 0x8b }, { 0x44, 0x01, 0x54 },
};
#define GREY "#BBBBBB"
#define W 800.0
#define ROWH 24.0
#define LEFT 300.0
#define TOP 60.0
#define BOTTOM 70.0

void
chart_latin1(const char *s, char *out, size_t size)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t o = 0;

#define PUT(c) do { if (o + 1 < size) out[o++] = (char)(c); } while (0)
	while (*p) {
		unsigned cp = *p, n = 0;
		if (cp < 0x80)
			n = 1;
		else if ((cp & 0xe0) == 0xc0 && (p[1] & 0xc0) == 0x80)
			cp = (cp & 0x1f) << 6 | (p[1] & 0x3f), n = 2;
		else if ((cp & 0xf0) == 0xe0 && (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80)
			cp = (cp & 0x0f) << 12 | (p[1] & 0x3f) << 6 | (p[2] & 0x3f), n = 3;
		else if ((cp & 0xf8) == 0xf0 && (p[1] & 0xc0) == 0x80 &&
		    (p[2] & 0xc0) == 0x80 && (p[3] & 0xc0) == 0x80)
			cp = 0x10000, n = 4;
		else
			cp = '?', n = 1;
		p += n;
		if (cp == '\\') {
			PUT('\\');
			PUT('\\');
		} else if (cp == 0x2018 || cp == 0x2019 || cp == 0x201a || cp == 0x2032)
			PUT('\'');
		else if (cp == 0x201c || cp == 0x201d || cp == 0x201e || cp == 0x2033)
			PUT('"');
		else if (cp >= 0x2010 && cp <= 0x2015)
			PUT('-');
		else if (cp == 0x2026) {
			PUT('.');
			PUT('.');
			PUT('.');
		} else if (cp == 0x2022)
			PUT(0xb7);
		else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
			PUT(cp == '\t' || cp == '\n' ? ' ' : '?');
		else if (cp < 0x100)
			PUT(cp);
		else
			PUT('?');
	}
	out[o] = '\0';
#undef PUT
}

/* Draw s at (x, y) aligned h/v; labels longer than max are cut. */
static void
textn(plPlotter *p, double x, double y, int h, int v, double size, const char *s,
    size_t max)
{
	char l[256];

	chart_latin1(s, l, sizeof l);
	if (strlen(l) > max && max > 3)
		memcpy(l + max - 3, "...", 4);
	pl_ffontsize_r(p, size);
	pl_fmove_r(p, x, y);
	pl_alabel_r(p, h, v, l);
}

static void
text(plPlotter *p, double x, double y, int h, int v, double size, const char *s)
{
	textn(p, x, y, h, v, size, s, size < 14 ? 44 : 90);
}

static void
colour(plPlotter *p, const char *hex)
{
	unsigned r, g, b;

	sscanf(hex + 1, "%2x%2x%2x", &r, &g, &b);
	pl_fillcolor_r(p, (int)(r * 257), (int)(g * 257), (int)(b * 257));
	pl_pencolor_r(p, (int)(r * 257), (int)(g * 257), (int)(b * 257));
}

static void
box(plPlotter *p, double x0, double y0, double x1, double y1, const char *hex)
{
	colour(p, hex);
	pl_filltype_r(p, 1);
	pl_fbox_r(p, x0, y0, x1, y1);
	pl_filltype_r(p, 0);
	pl_pencolorname_r(p, "black");
}

/* A horizontal value axis from x0 to x1 at y for 0..vmax as percentages. */
static void
pct_axis(plPlotter *p, double x0, double x1, double y, double vmax, const char *label)
{
	double step = vmax > 0.5 ? 0.2 : vmax > 0.2 ? 0.1 : 0.05;
	char t[16];

	pl_fline_r(p, x0, y, x1, y);
	for (double v = 0; v <= vmax + 1e-9; v += step) {
		double x = x0 + (x1 - x0) * v / vmax;
		pl_fline_r(p, x, y, x, y - 4);
		snprintf(t, sizeof t, "%.0f%%", v * 100);
		text(p, x, y - 6, 'c', 't', 11, t);
	}
	textn(p, (x0 + x1) / 2, y - 28, 'c', 't', 12, label, 90);
}

static double
round_up(double v)
{
	double m = ceil(v * 10 - 1e-9) / 10;
	return m < 0.1 ? 0.1 : m > 1 ? 1 : m;
}

static void
draw_bars(plPlotter *p, const struct chart *c, double h)
{
	double vmax = 0, x1 = W - 60;

	for (size_t i = 0; i < c->nrows; i++)
		if (isfinite(c->v[i]) && c->hi[i] > vmax)
			vmax = c->hi[i];
	vmax = round_up(vmax);
	for (size_t i = 0; i < c->nrows; i++) {
		double y = h - TOP - (i + 1) * ROWH, v = c->v[i];
		text(p, LEFT - 8, y + ROWH / 2, 'r', 'c', 12, c->rows[i]);
		if (isnan(v) || isinf(v)) {
			box(p, LEFT, y + 6, LEFT + 6, y + ROWH - 6, GREY);
			text(p, LEFT + 10, y + ROWH / 2, 'l', 'c', 11,
			    isinf(v) ? "x" : c->hidden);
			continue;
		}
		box(p, LEFT, y + 4, LEFT + (x1 - LEFT) * v / vmax, y + ROWH - 4, palette[0]);
		pl_pencolorname_r(p, "black");
		double a = LEFT + (x1 - LEFT) * c->lo[i] / vmax;
		double b = LEFT + (x1 - LEFT) * c->hi[i] / vmax;
		pl_fline_r(p, a, y + ROWH / 2, b, y + ROWH / 2);
		pl_fline_r(p, a, y + 7, a, y + ROWH - 7);
		pl_fline_r(p, b, y + 7, b, y + ROWH - 7);
	}
	pct_axis(p, LEFT, x1, BOTTOM - 10, vmax, c->xlabel);
}

static void
legend(plPlotter *p, const struct chart *c, double y, int lines)
{
	double x0 = 90, x = x0;

	for (size_t j = 0; j < (lines ? c->nrows : c->ncols); j++) {
		const char *name = lines ? c->rows[j] : c->cols[j];
		const char *col = !lines && c->colours ? c->colours[j] : palette[j % NPALETTE];
		char l[256];
		double wd;

		chart_latin1(name, l, sizeof l);
		wd = 40 + 7 * (double)(strlen(l) > 44 ? 44 : strlen(l));
		if (x > x0 && x + wd > W - 10) {	/* next line */
			x = x0;
			y -= 18;
		}
		if (lines) {
			colour(p, col);
			pl_flinewidth_r(p, 3);
			pl_fline_r(p, x, y, x + 18, y);
			pl_flinewidth_r(p, 1);
			pl_fmarker_r(p, x + 9, y, (int)(j % 5) + 2, 7);
			pl_pencolorname_r(p, "black");
		} else
			box(p, x, y - 6, x + 12, y + 6, col);
		text(p, x + 22, y, 'l', 'c', 11, name);
		x += wd;
	}
}

static void
draw_stacked(plPlotter *p, const struct chart *c, double h)
{
	double x1 = W - 60;

	for (size_t i = 0; i < c->nrows; i++) {
		double y = h - TOP - (i + 1) * ROWH, x = LEFT;
		text(p, LEFT - 8, y + ROWH / 2, 'r', 'c', 12, c->rows[i]);
		for (size_t j = 0; j < c->ncols; j++) {
			double v = c->v[i * c->ncols + j];
			if (!isfinite(v) || v <= 0)
				continue;
			box(p, x, y + 4, x + (x1 - LEFT) * v, y + ROWH - 4,
			    c->colours ? c->colours[j] : palette[j % NPALETTE]);
			x += (x1 - LEFT) * v;
		}
		if (x == LEFT)
			text(p, LEFT + 4, y + ROWH / 2, 'l', 'c', 11, c->hidden);
	}
	pct_axis(p, LEFT, x1, BOTTOM - 10 + 40, 1, c->xlabel);
	legend(p, c, 36, 0);
}

static void
draw_lines(plPlotter *p, const struct chart *c, double h)
{
	double x0 = 90, x1 = W - 60, y0 = 110, y1 = h - TOP - 10, vmax = 0;
	double step;
	char t[16];

	for (size_t i = 0; i < c->nrows * c->ncols; i++)
		if (isfinite(c->v[i]) && c->v[i] > vmax)
			vmax = c->v[i];
	vmax = round_up(vmax);
	step = vmax > 0.5 ? 0.2 : vmax > 0.2 ? 0.1 : 0.05;
	pl_fline_r(p, x0, y0, x0, y1);
	pl_fline_r(p, x0, y0, x1, y0);
	for (double v = 0; v <= vmax + 1e-9; v += step) {
		double y = y0 + (y1 - y0) * v / vmax;
		pl_fline_r(p, x0 - 4, y, x0, y);
		snprintf(t, sizeof t, "%.0f%%", v * 100);
		text(p, x0 - 6, y, 'r', 'c', 11, t);
	}
	pl_ftextangle_r(p, 90);
	textn(p, 30, (y0 + y1) / 2, 'c', 'c', 12, c->ylabel, 90);
	pl_ftextangle_r(p, 0);
	for (size_t j = 0; j < c->ncols; j++) {
		double x = c->ncols > 1 ? x0 + 30 + (x1 - x0 - 60) * j / (c->ncols - 1)
		    : (x0 + x1) / 2;
		text(p, x, y0 - 6, 'c', 't', 11, c->cols[j]);
	}
	textn(p, (x0 + x1) / 2, y0 - 28, 'c', 't', 12, c->xlabel, 90);
	for (size_t i = 0; i < c->nrows; i++) {
		int have = 0;
		double px = 0, py = 0;
		colour(p, palette[i % NPALETTE]);
		for (size_t j = 0; j < c->ncols; j++) {
			double v = c->v[i * c->ncols + j];
			double x = c->ncols > 1 ? x0 + 30 + (x1 - x0 - 60) * j / (c->ncols - 1)
			    : (x0 + x1) / 2;
			double y = y0 + (y1 - y0) * (isfinite(v) ? v : 0) / vmax;
			if (!isfinite(v)) {	/* a hidden point breaks the line */
				have = 0;
				continue;
			}
			pl_flinewidth_r(p, 3);
			if (have)
				pl_fline_r(p, px, py, x, y);
			pl_flinewidth_r(p, 1);
			pl_fmarker_r(p, x, y, (int)(i % 5) + 2, 9);
			px = x, py = y, have = 1;
		}
	}
	pl_pencolorname_r(p, "black");
	legend(p, c, 50, 1);
}

static void
draw_heat(plPlotter *p, const struct chart *c, double h)
{
	double cw = (W - LEFT - 20) / (double)(c->ncols ? c->ncols : 1);
	char t[32];

	for (size_t i = 0; i < c->nrows; i++) {
		double y = h - TOP - (i + 1) * ROWH;
		text(p, LEFT - 8, y + ROWH / 2, 'r', 'c', 12, c->rows[i]);
		for (size_t j = 0; j < c->ncols; j++) {
			double v = c->v[i * c->ncols + j], x = LEFT + j * cw;
			if (v < 0) {	/* no value: the diagonal */
				box(p, x + 1, y + 1, x + cw - 1, y + ROWH - 1, "#F7F7F7");
				continue;
			}
			if (isnan(v) || isinf(v)) {
				box(p, x + 1, y + 1, x + cw - 1, y + ROWH - 1, "#EEEEEE");
				text(p, x + cw / 2, y + ROWH / 2, 'c', 'c', 9,
				    isinf(v) ? "x" : c->hidden);
				continue;
			}
			double f = c->vmax > 0 ? v / c->vmax : 0;
			f = f < 0 ? 0 : f > 1 ? 1 : f;
			double k = f * 4;
			int a = (int)k < 4 ? (int)k : 3;
			double u = k - a;
			char hex[8];
			snprintf(hex, sizeof hex, "#%02X%02X%02X",
			    (int)(heat[a][0] + (heat[a + 1][0] - heat[a][0]) * u),
			    (int)(heat[a][1] + (heat[a + 1][1] - heat[a][1]) * u),
			    (int)(heat[a][2] + (heat[a + 1][2] - heat[a][2]) * u));
			box(p, x + 1, y + 1, x + cw - 1, y + ROWH - 1, hex);
			snprintf(t, sizeof t, c->cellfmt, v * c->cellscale);
			if (f > 0.45)
				pl_pencolorname_r(p, "white");
			text(p, x + cw / 2, y + ROWH / 2, 'c', 'c', 9, t);
			pl_pencolorname_r(p, "black");
		}
	}
	for (size_t j = 0; j < c->ncols; j++) {
		double x = LEFT + j * cw + cw / 2;
		pl_ftextangle_r(p, c->ncols > 6 ? 60 : 0);
		textn(p, x, h - TOP - c->nrows * ROWH - 6, c->ncols > 6 ? 'r' : 'c',
		    c->ncols > 6 ? 'c' : 't', 11, c->cols[j], 26);
		pl_ftextangle_r(p, 0);
	}
	textn(p, LEFT + (W - LEFT) / 2, 14, 'c', 'b', 12, c->xlabel, 90);
}

static double
chart_height(const struct chart *c)
{
	switch (c->kind) {
	case CHART_LINES:
		return 420;
	case CHART_HEAT:
		return TOP + c->nrows * ROWH + (c->ncols > 6 ? 210 : 60);
	case CHART_STACKED:	/* room for the legend */
		return TOP + c->nrows * ROWH + BOTTOM + 50;
	default:
		return TOP + c->nrows * ROWH + BOTTOM + 10;
	}
}

int
chart_draw(const struct chart *c, const char *type, FILE *out, char **err)
{
	plPlotterParams *pp = pl_newplparams();
	plPlotter *p;
	double h = chart_height(c);
	char size[32];

	snprintf(size, sizeof size, "%dx%d", (int)W, (int)h);
	pl_setplparam(pp, "BITMAPSIZE", size);
	pl_setplparam(pp, "BG_COLOR", "white");
	pl_setplparam(pp, "INTERLACE", "no");
	if ((p = pl_newpl_r(type, NULL, out, NULL, pp)) == NULL) {
		pl_deleteplparams(pp);
		return err_set(err, "libplot cannot make a %s plotter", type);
	}
	if (pl_openpl_r(p) < 0) {
		pl_deletepl_r(p);
		pl_deleteplparams(pp);
		return err_set(err, "libplot cannot open a %s plotter", type);
	}
	pl_fspace_r(p, 0, 0, W, h);
	pl_erase_r(p);
	pl_fontname_r(p, "HersheySans");
	pl_pencolorname_r(p, "black");
	pl_flinewidth_r(p, 1);
	text(p, 20, h - 28, 'l', 'c', 17, c->title);
	switch (c->kind) {
	case CHART_BARS: draw_bars(p, c, h); break;
	case CHART_STACKED: draw_stacked(p, c, h); break;
	case CHART_LINES: draw_lines(p, c, h); break;
	case CHART_HEAT: draw_heat(p, c, h); break;
	}
	pl_closepl_r(p);
	pl_deletepl_r(p);
	pl_deleteplparams(pp);
	return 0;
}

size_t
chart_png_strip(unsigned char *png, size_t len)
{
	size_t in = 8, out = 8;

	if (len < 8 || memcmp(png, "\x89PNG\r\n\x1a\n", 8) != 0)
		return len;
	while (in + 12 <= len) {
		size_t n = (size_t)png[in] << 24 | (size_t)png[in + 1] << 16 |
		    (size_t)png[in + 2] << 8 | png[in + 3];
		if (n > len - in - 12)
			break;	/* damaged: keep the rest as it is */
		if (memcmp(png + in + 4, "tEXt", 4) != 0) {
			memmove(png + out, png + in, n + 12);
			out += n + 12;
		}
		in += n + 12;
	}
	memmove(png + out, png + in, len - in);
	return out + len - in;
}

/* Replace the first occurrence of from in b (from offset) with to. */
static void
replace(struct buf *b, const char *from, const char *to)
{
	char *at = strstr(b->s, from);
	struct buf n = BUF_INIT;

	if (at == NULL)
		return;
	buf_add(&n, b->s, (size_t)(at - b->s));
	buf_adds(&n, to);
	buf_adds(&n, at + strlen(from));
	buf_free(b);
	*b = n;
}

char *
chart_svg_inline(const char *svg, const char *id, const char *title)
{
	const char *start = strstr(svg, "<svg");
	struct buf b = BUF_INIT, t = BUF_INIT;
	char *s, *e, w[64];
	double vw = W, vh = 0;

	buf_adds(&b, start ? start : svg);
	/* the drawing's size in user units, from the content transform */
	if ((s = strstr(b.s, "scale(")) != NULL) {
		double sx = 0, sy = 0;
		if (sscanf(s, "scale(%lf,%lf)", &sx, &sy) == 2 && sx > 0 && sy < 0)
			vw = 1 / sx, vh = -1 / sy;
	}
	if ((s = strstr(b.s, "width=\"")) != NULL && (e = strstr(s, "\" viewBox")) != NULL) {
		struct buf n = BUF_INIT;
		buf_add(&n, b.s, (size_t)(s - b.s));
		snprintf(w, sizeof w, "width=\"%.0f\" height=\"%.0f\" style=\"aspect-ratio:%.0f/%.0f\"",
		    vw, vh, vw, vh);
		buf_adds(&n, w);
		buf_adds(&n, e + 1);
		buf_free(&b);
		b = n;
	}
	buf_addf(&t, "id=\"%s\" role=\"img\" aria-labelledby=\"%s-t\"", id, id);
	replace(&b, "id=\"body\"", t.s);
	/* attributes HTML5 does not allow on an inline svg (and unused) */
	replace(&b, " xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "");
	replace(&b, " xmlns:ev=\"http://www.w3.org/2001/xml-events\"", "");
	replace(&b, " version=\"1.1\" baseProfile=\"full\"", "");
	replace(&b, " id=\"background\"", "");
	replace(&b, " id=\"content\"", "");
	buf_reset(&t);
	buf_addf(&t, "<title id=\"%s-t\">%s</title>", id, title);
	replace(&b, "<title>SVG drawing</title>", t.s);
	if ((s = strstr(b.s, "<desc>")) != NULL && (e = strstr(s, "</desc>")) != NULL)
		memmove(s, e + 7, strlen(e + 7) + 1), b.len = strlen(b.s);
	buf_free(&t);
	while (b.len > 0 && b.s[b.len - 1] == '\n')
		b.s[--b.len] = '\0';
	return buf_detach(&b);
}
