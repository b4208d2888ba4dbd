/* figure.c — the report's charts from its figures; see figure.h. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "reports/figure.h"
#include "util/xalloc.h"

/* NAN for a small count, INFINITY for one hidden to protect another */
static double
hidden(struct rcount c)
{
	return c.hide == SUPPRESS_SECONDARY ? INFINITY : NAN;
}

static const char *const names[FIG_N] = {
	"theme-frequency", "theme-polarity", "theme-trend", "theme-cooccurrence",
	"theme-breakdown",
};

static void
init(struct figure *f, const struct report *r, enum chart_kind kind,
    size_t nrows, size_t ncols)
{
	f->present = 1;
	f->c.kind = kind;
	f->c.nrows = nrows;
	f->c.ncols = ncols;
	f->rows = xcalloc(nrows + 1, sizeof *f->rows);
	f->cols = xcalloc(ncols + 1, sizeof *f->cols);
	f->v = xcalloc(nrows * ncols + 1, sizeof *f->v);
	f->c.rows = f->rows;
	f->c.cols = f->cols;
	f->c.v = f->v;
	snprintf(f->hidden, sizeof f->hidden, "<%d", r->min_count);
	f->c.hidden = f->hidden;
}

static void
build_freq(const struct report *r, struct figure *f)
{
	const struct report_round *cur = &r->rounds[r->cur];
	size_t nt = r->nthemes;

	init(f, r, CHART_BARS, nt, 1);
	f->lo = xcalloc(nt + 1, sizeof *f->lo);
	f->hi = xcalloc(nt + 1, sizeof *f->hi);
	f->c.lo = f->lo;
	f->c.hi = f->hi;
	for (size_t i = 0; i < nt; i++) {
		const struct report_theme *t = &r->themes[i];
		f->rows[i] = t->label;
		f->v[i] = t->n[r->cur].hide ? hidden(t->n[r->cur]) : cur->n.hide ?
		    hidden(cur->n) : report_share(r, t);
		f->lo[i] = t->lo;
		f->hi[i] = t->hi;
	}
	f->title = xasprintf("Themes in %s: share of responses", cur->label);
	f->c.xlabel = "share of responses (bars: 95% Wilson interval)";
	f->alt = xasprintf("Horizontal bar chart of the share of responses in %s "
	    "that raise each of %zu themes, with 95%% intervals%s%s.",
	    cur->label, nt, nt && !isnan(f->v[0]) ? "; the most frequent is " : "",
	    nt && !isnan(f->v[0]) ? r->themes[0].label : "");
}

static void
build_polarity(const struct report *r, struct figure *f)
{
	/* positive blue, mixed purple, neutral grey, negative vermilion */
	static const char *const colours[REPORT_NPOL + 1] = {
		"#0072B2", "#CC79A7", "#999999", "#D55E00", "#DDDDDD",
	};
	size_t nt = r->nthemes;

	init(f, r, CHART_STACKED, nt, REPORT_NPOL + 1);
	f->c.colours = colours;
	for (int j = 0; j < REPORT_NPOL; j++)
		f->cols[j] = report_polarity[j];
	f->cols[REPORT_NPOL] = "suppressed (small counts)";
	for (size_t i = 0; i < nt; i++) {
		const struct report_theme *t = &r->themes[i];
		int n = t->n[r->cur].n, shown = 0;
		f->rows[i] = t->label;
		for (int j = 0; j <= REPORT_NPOL; j++)
			f->v[i * (REPORT_NPOL + 1) + j] = 0;
		if (t->n[r->cur].hide || n == 0)
			continue;
		for (int j = 0; j < REPORT_NPOL; j++)
			if (!t->pol[j].hide) {
				f->v[i * (REPORT_NPOL + 1) + j] = (double)t->pol[j].n / n;
				shown += t->pol[j].n;
			}
		f->v[i * (REPORT_NPOL + 1) + REPORT_NPOL] = (double)(n - shown) / n;
	}
	f->title = xasprintf("Polarity per theme in %s", r->rounds[r->cur].label);
	f->c.xlabel = "share of the theme's responses";
	f->alt = xasprintf("Stacked horizontal bar chart: for each theme in %s, the "
	    "shares of its responses that are positive, mixed, neutral and negative.",
	    r->rounds[r->cur].label);
}

static void
build_trend(const struct report *r, struct figure *f)
{
	size_t top = 0;

	for (size_t i = 0; i < r->nthemes && top < FIGURE_TOP_LINES; i++)
		if (!r->themes[i].n[r->cur].hide && r->themes[i].n[r->cur].n > 0)
			top++;
	init(f, r, CHART_LINES, top, r->nrounds);
	for (size_t j = 0; j < r->nrounds; j++)
		f->cols[j] = r->rounds[j].label;
	for (size_t i = 0; i < top; i++) {
		const struct report_theme *t = &r->themes[i];
		f->rows[i] = t->label;
		for (size_t j = 0; j < r->nrounds; j++) {
			const struct report_round *rd = &r->rounds[j];
			f->v[i * r->nrounds + j] = t->n[j].hide ? hidden(t->n[j]) :
			    rd->n.hide ? hidden(rd->n) : rd->n.n == 0 ? NAN :
			    (double)t->n[j].n / rd->n.n;
		}
	}
	f->title = xasprintf("Trend of the top %zu themes across rounds", top);
	f->c.xlabel = "round";
	f->c.ylabel = "share of responses";
	f->alt = xasprintf("Line chart of the share of responses raising each of the "
	    "%zu most frequent themes of %s, in each of the %zu rounds.",
	    top, r->rounds[r->cur].label, r->nrounds);
}

static void
build_cooccur(const struct report *r, struct figure *f)
{
	size_t nt = 0, *idx = xcalloc(r->nthemes + 1, sizeof *idx);
	double vmax = 2;

	for (size_t i = 0; i < r->nthemes; i++)
		if (!r->themes[i].n[r->cur].hide && r->themes[i].n[r->cur].n > 0)
			idx[nt++] = i;
	init(f, r, CHART_HEAT, nt, nt);
	for (size_t a = 0; a < nt; a++) {
		f->rows[a] = f->cols[a] = r->themes[idx[a]].label;
		for (size_t b = 0; b < nt; b++) {
			size_t k = idx[a] * r->nthemes + idx[b];
			f->v[a * nt + b] = r->co[k].hide ? hidden(r->co[k]) : r->lift[k];
			if (a != b && !r->co[k].hide && r->lift[k] > vmax)
				vmax = r->lift[k];
		}
	}
	for (size_t a = 0; a < nt; a++)
		f->v[a * nt + a] = -1;
	free(idx);
	f->c.vmax = vmax;
	f->c.cellfmt = "%.1f";
	f->c.cellscale = 1;
	f->title = xasprintf("Themes that travel together in %s (lift)",
	    r->rounds[r->cur].label);
	f->c.xlabel = "lift: 1 = as often as chance, above 1 = more often together";
	f->alt = xasprintf("Heat map of co-occurrence lift between each pair of the %zu "
	    "themes raised in %s; darker cells are pairs that appear together more "
	    "often than chance.", nt, r->rounds[r->cur].label);
}

static void
build_by(const struct report *r, struct figure *f)
{
	size_t nt = r->nthemes, ng = r->ngroups;

	init(f, r, CHART_HEAT, nt, ng);
	for (size_t j = 0; j < ng; j++)
		f->cols[j] = r->groups[j].name;
	for (size_t i = 0; i < nt; i++) {
		const struct report_theme *t = &r->themes[i];
		f->rows[i] = t->label;
		for (size_t j = 0; j < ng; j++)
			f->v[i * ng + j] = t->by[j].hide ? hidden(t->by[j]) :
			    r->groups[j].n.hide ? hidden(r->groups[j].n) :
			    r->groups[j].n.n == 0 ? 0 : (double)t->by[j].n / r->groups[j].n.n;
	}
	f->c.vmax = 0.1;
	for (size_t i = 0; i < nt * ng; i++)
		if (isfinite(f->v[i]) && f->v[i] > f->c.vmax)
			f->c.vmax = f->v[i];
	f->c.cellfmt = "%.0f%%";
	f->c.cellscale = 100;
	f->title = xasprintf("Themes by %s in %s", r->by, r->rounds[r->cur].label);
	f->c.xlabel = "share of each group's responses";
	f->alt = xasprintf("Heat map of the share of responses raising each theme, "
	    "for each %s in %s.", r->by, r->rounds[r->cur].label);
}

void
figure_build(const struct report *r, struct figure f[FIG_N])
{
	memset(f, 0, FIG_N * sizeof *f);
	for (int i = 0; i < FIG_N; i++)
		f[i].name = names[i];
	build_freq(r, &f[FIG_FREQ]);
	build_polarity(r, &f[FIG_POLARITY]);
	build_trend(r, &f[FIG_TREND]);
	build_cooccur(r, &f[FIG_COOCCUR]);
	if (r->by_given)
		build_by(r, &f[FIG_BY]);
	for (int i = 0; i < FIG_N; i++)
		f[i].c.title = f[i].title;
}

void
figure_free(struct figure f[FIG_N])
{
	for (int i = 0; i < FIG_N; i++) {
		free(f[i].title);
		free(f[i].alt);
		free(f[i].rows);
		free(f[i].cols);
		free(f[i].v);
		free(f[i].lo);
		free(f[i].hi);
	}
	memset(f, 0, FIG_N * sizeof *f);
}
