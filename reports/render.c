/* render.c — the reflection report (What? So what? Now what?); see render.h. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "reports/figure.h"
#include "reports/render.h"
#include "reports/writer.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/xalloc.h"

int
render_save(const char *dir, const char *name, const char *data, size_t len,
    int force, char **err)
{
	char *path = xasprintf("%s/%s", dir, name), *old = NULL;
	FILE *f;
	int fd, rc = -1;

	/* a file holding exactly these bytes is left as it is: writing it
	 * again would change nothing, so it needs no --force */
	if ((f = fopen(path, "rb")) != NULL) {
		old = xmalloc(len + 1);
		if (fread(old, 1, len + 1, f) == len && memcmp(old, data, len) == 0)
			rc = 0;
		fclose(f);
		free(old);
		if (rc == 0) {
			free(path);
			return 0;
		}
	}
	fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW |
	    (force ? O_TRUNC : O_EXCL), 0600);
	if (fd < 0)
		err_set(err, errno == EEXIST ? "%s: already exists (use --force to overwrite)"
		    : "%s: %s", path, strerror(errno));
	else if ((f = fdopen(fd, "wb")) == NULL) {
		err_set(err, "%s: %s", path, strerror(errno));
		close(fd);
	} else if (fwrite(data, 1, len, f) != len || fclose(f) != 0)
		err_set(err, "%s: %s", path, strerror(errno));
	else
		rc = 0;
	free(path);
	return rc;
}

static const char *
test_name(enum stats_test t)
{
	return t == STATS_FISHER ? "Fisher's exact test" : t == STATS_Z ?
	    "two-proportion z-test" : "no test";
}

static void
fmt_p(double p, char buf[24])
{
	if (p < 0.001)
		snprintf(buf, 24, "<0.001");
	else
		snprintf(buf, 24, "%.3f", p);
}

/* "34.5%" or the hidden mark */
static const char *
share_str(const struct report *r, struct rcount k, struct rcount n, char buf[24])
{
	if (k.hide || n.hide)
		report_count_str(r, k.hide ? k : n, buf);
	else
		snprintf(buf, 24, "%.1f%%", n.n ? 100.0 * k.n / n.n : 0.0);
	return buf;
}

struct ctx {
	const struct report *r;
	const struct render_opts *o;
	struct writer w;
	struct figure fig[FIG_N];
	char **err;
};

static int
figure(struct ctx *c, enum figure_id id)
{
	struct figure *f = &c->fig[id];
	char *raw = NULL, *svg = NULL, *png = NULL, *title;
	size_t len = 0;
	int rc;
	FILE *m;
	struct buf t = BUF_INIT;

	if (!f->present || f->c.nrows == 0)
		return 0;
	if (c->w.m == WRITER_TXT)
		return 0;
	png = xasprintf("%s.png", f->name);
	if ((m = open_memstream(&raw, &len)) == NULL)
		return err_set(c->err, "open_memstream: %s", strerror(errno));
	rc = chart_draw(&f->c, "png", m, c->err);
	fclose(m);
	len = chart_png_strip((unsigned char *)raw, len);
	if (rc == 0)
		rc = render_save(c->o->dir, png, raw, len, c->o->force, c->err);
	free(raw);
	raw = NULL;
	if (rc < 0) {
		free(png);
		return -1;
	}
	if (c->w.m == WRITER_HTML) {
		if ((m = open_memstream(&raw, &len)) == NULL)
			return err_set(c->err, "open_memstream: %s", strerror(errno));
		if (chart_draw(&f->c, "svg", m, c->err) < 0) {
			fclose(m);
			free(raw);
			free(png);
			return -1;
		}
		fclose(m);
		render_html_escape(&t, f->title);
		title = buf_detach(&t);
		svg = chart_svg_inline(raw, f->name, title);
		free(title);
		free(raw);
	}
	writer_figure(&c->w, svg, png, f->alt);
	free(svg);
	free(png);
	return 0;
}

static void
intro(struct ctx *c)
{
	const struct report *r = c->r;
	const struct report_round *cur = &r->rounds[r->cur];
	char a[16], b[16];
	struct buf t = BUF_INIT;

	buf_addf(&t, "Consultation report: %s", cur->label);
	writer_heading(&c->w, 1, "top", t.s);
	buf_free(&t);
	if (r->cmp >= 0)
		writer_para(&c->w, "This report covers round %s and compares it with round %s.",
		    cur->label, r->rounds[r->cmp].label);
	else
		writer_para(&c->w, "This report covers round %s; there is no earlier round "
		    "to compare it with.", cur->label);
	writer_para(&c->w, "Themes were coded with the codebook %s; a reviewer's "
	    "decision replaces the automatic coding where one was made. Quotes are "
	    "redacted, and no response flagged for safeguarding appears anywhere in "
	    "this report.", r->codebook ? r->codebook : "(none: run 'heed analyse')");
	if (r->min_count <= 1)
		writer_para(&c->w, "Disclosure control is off (--min-count 1): every "
		    "count is shown, and every theme may show quotes.");
	else
		writer_para(&c->w, "Disclosure control: counts from 1 to %d are shown "
		    "as <%d in every table and chart. Where a shown total would let a "
		    "small count be worked out by subtraction, a second count is hidden "
		    "too and shown as x. A share, a change or a lift that would reveal a "
		    "hidden count is not shown. Themes raised by fewer than %d responses "
		    "show no quotes.", r->min_count - 1, r->min_count, r->min_count);
	if (cur->reviewed.hide || cur->reviewed.n > 0)
		writer_para(&c->w, "Human review: a person checked the themes of %s of "
		    "this round's responses (heed export review, heed review import); "
		    "their decisions are used here.", report_count_str(r, cur->reviewed, a));
	else
		writer_para(&c->w, "Human review: no response of this round has been "
		    "checked by a person yet; every theme here is heed's automatic "
		    "coding.");
	writer_para(&c->w, "Safeguarding: this round raised %s safeguarding flag(s), of "
	    "which %s are still open. They are handled by the safeguarding lead, not in "
	    "this report.", report_count_str(r, cur->flags, a),
	    report_count_str(r, cur->flags_open, b));
}

static void
what(struct ctx *c)
{
	const struct report *r = c->r;
	const struct report_round *cur = &r->rounds[r->cur];
	char a[16], b[16], s[24], lo[24], hi[24], rank[24];
	static const char *const h_src[] = { "Source", "Responses", "Share" };
	static const char *const h_q[] = { "Question", "Responses" };
	static const char *const h_t[] = { "Theme", "Rank", "Responses", "Share",
	    "95% interval" };
	static const char *const h_p[] = { "Theme", "Positive", "Mixed", "Neutral",
	    "Negative", "Mostly negative" };

	writer_heading(&c->w, 2, "what", "What? What parents said");
	writer_para(&c->w, "%s responses from %s respondents in %s.",
	    report_count_str(r, cur->n, a), report_count_str(r, cur->respondents, b),
	    cur->label);
	writer_table(&c->w, "Responses by source", 3, h_src);
	for (size_t i = 0; i < r->nsources; i++) {
		char n[16], sh[24];
		const char *row[] = { r->sources[i].name,
		    report_count_str(r, r->sources[i].n, n),
		    share_str(r, r->sources[i].n, cur->n, sh) };
		writer_row(&c->w, row);
	}
	writer_table_end(&c->w);
	writer_table(&c->w, "Responses by question", 2, h_q);
	for (size_t i = 0; i < r->nquestions; i++) {
		char n[16];
		const char *row[] = { r->questions[i].name,
		    report_count_str(r, r->questions[i].n, n) };
		writer_row(&c->w, row);
	}
	writer_table_end(&c->w);

	writer_heading(&c->w, 3, "themes", "Themes");
	writer_para(&c->w, "Each response can raise several themes. The share is the "
	    "share of all %s responses of the round that raise the theme; the 95%% "
	    "interval (Wilson) shows how far that share could plausibly be from the "
	    "true one.", report_count_str(r, cur->n, a));
	figure(c, FIG_FREQ);
	writer_table(&c->w, "Theme frequency", 5, h_t);
	for (size_t i = 0; i < r->nthemes; i++) {
		const struct report_theme *t = &r->themes[i];
		char n[16], iv[64];
		int hide = t->n[r->cur].hide || cur->n.hide;
		snprintf(rank, sizeof rank, "%zu", i + 1);
		snprintf(lo, sizeof lo, "%.1f%%", 100 * t->lo);
		snprintf(hi, sizeof hi, "%.1f%%", 100 * t->hi);
		snprintf(iv, sizeof iv, "%s to %s", lo, hi);
		const char *row[] = { t->label, hide ? "-" : rank,
		    report_count_str(r, t->n[r->cur], n),
		    share_str(r, t->n[r->cur], cur->n, s), hide ? "-" : iv };
		writer_row(&c->w, row);
	}
	writer_table_end(&c->w);

	writer_heading(&c->w, 3, "polarity", "Polarity");
	{
		char p[REPORT_NPOL][16], k[16];
		writer_para(&c->w, "Of the %s coded responses, %s were positive, %s mixed, "
		    "%s neutral and %s negative.", report_count_str(r, r->coded, k),
		    report_count_str(r, r->pol[REPORT_POS], p[0]),
		    report_count_str(r, r->pol[REPORT_MIXED], p[1]),
		    report_count_str(r, r->pol[REPORT_NEU], p[2]),
		    report_count_str(r, r->pol[REPORT_NEG], p[3]));
	}
	figure(c, FIG_POLARITY);
	writer_table(&c->w, "Polarity per theme (responses)", 6, h_p);
	for (size_t i = 0; i < r->nthemes; i++) {
		const struct report_theme *t = &r->themes[i];
		char p[REPORT_NPOL][16];
		const char *row[] = { t->label,
		    report_count_str(r, t->pol[0], p[0]), report_count_str(r, t->pol[1], p[1]),
		    report_count_str(r, t->pol[2], p[2]), report_count_str(r, t->pol[3], p[3]),
		    t->negative ? "yes" : "" };
		writer_row(&c->w, row);
	}
	writer_table_end(&c->w);

	writer_heading(&c->w, 3, "quotes", "In their words");
	for (size_t i = 0; i < r->nthemes; i++) {
		const struct report_theme *t = &r->themes[i];
		if (t->nquotes == 0)
			continue;
		writer_para(&c->w, "%s:", t->label);
		for (size_t j = 0; j < t->nquotes; j++) {
			char *who = xasprintf("%s, %s", t->quotes[j].source, t->quotes[j].polarity);
			writer_quote(&c->w, t->quotes[j].text, who);
			free(who);
		}
	}
}

/* One row per theme of "count (share)" cells for nc - 1 columns: the
 * rounds (by = 0) or the --by groups (by = 1). */
static void
share_rows(struct ctx *c, size_t nc, int by)
{
	const struct report *r = c->r;

	for (size_t i = 0; i < r->nthemes; i++) {
		const struct report_theme *t = &r->themes[i];
		char cell[WRITER_MAXCOLS][48];
		const char *row[WRITER_MAXCOLS] = { t->label };
		for (size_t j = 0; j + 1 < nc; j++) {
			struct rcount k = by ? t->by[j] : t->n[j];
			struct rcount of = by ? r->groups[j].n : r->rounds[j].n;
			char n[16], sh[24];
			report_count_str(r, k, n);
			share_str(r, k, of, sh);
			snprintf(cell[j], sizeof cell[j], k.hide ? "%s" : "%s (%s)", n, sh);
			row[j + 1] = cell[j];
		}
		writer_row(&c->w, row);
	}
}

static void
so_what(struct ctx *c)
{
	const struct report *r = c->r;
	const struct report_round *cur = &r->rounds[r->cur];
	static const char *const h_c[] = { "Theme", "Before", "Now", "Change",
	    "p", "Test", "Reading" };
	static const char *const h_l[] = { "Themes", "Responses raising both", "Lift" };
	size_t nreal = 0, nhidden = 0;

	writer_heading(&c->w, 2, "so-what", "So what? What it means");
	writer_heading(&c->w, 3, "change", r->cmp >= 0 ? "Change since the last round" :
	    "Across rounds");
	figure(c, FIG_TREND);
	{
		const char *h[WRITER_MAXCOLS] = { "Theme" };
		size_t nc = 1 + (r->nrounds < WRITER_MAXCOLS - 1 ? r->nrounds : WRITER_MAXCOLS - 1);
		for (size_t j = 0; j + 1 < nc; j++)
			h[j + 1] = r->rounds[j].label;
		writer_table(&c->w, "Responses raising each theme, per round (share)", nc, h);
		share_rows(c, nc, 0);
		writer_table_end(&c->w);
	}
	if (r->cmp >= 0) {
		const char *before = r->rounds[r->cmp].label;
		char cap[96];
		snprintf(cap, sizeof cap, "Change in share from %s to %s", before, cur->label);
		writer_table(&c->w, cap, 7, h_c);
		for (size_t i = 0; i < r->nthemes; i++) {
			const struct report_theme *t = &r->themes[i];
			char s1[24], s2[24], ch[24], p[24];
			const char *reading;
			share_str(r, t->n[r->cmp], r->rounds[r->cmp].n, s1);
			share_str(r, t->n[r->cur], cur->n, s2);
			if (!t->has_change) {
				nhidden++;
				const char *row[] = { t->label, s1, s2, "-", "-", "-",
				    "not tested: small numbers" };
				writer_row(&c->w, row);
				continue;
			}
			snprintf(ch, sizeof ch, "%+.1f pp", t->change);
			fmt_p(t->p, p);
			if (t->p < 0.05) {
				nreal++;
				reading = t->change > 0 ? "a real rise" : "a real fall";
			} else
				reading = "could be chance";
			const char *row[] = { t->label, s1, s2, ch, p, test_name(t->test), reading };
			writer_row(&c->w, row);
		}
		writer_table_end(&c->w);
		for (size_t i = 0; i < r->nthemes; i++) {
			const struct report_theme *t = &r->themes[i];
			char p[24];
			if (!t->has_change || t->p >= 0.05)
				continue;
			fmt_p(t->p, p);
			writer_item(&c->w, "%s %s by %.1f percentage points since %s "
			    "(p %s %s, %s): a change this large is unlikely to be chance.",
			    t->label, t->change > 0 ? "rose" : "fell", fabs(t->change),
			    before, *p == '<' ? "<" : "=", *p == '<' ? p + 1 : p,
			    test_name(t->test));
		}
		writer_para(&c->w, "%s Every other difference is small enough to be "
		    "chance: treat it as no change. With %zu themes tested, about one "
		    "in twenty differences will look real by chance alone, so read a "
		    "single p just under 0.05 with care.%s",
		    nreal ? "The changes above are real ones." :
		    "No theme changed by more than chance would explain.", r->nthemes,
		    nhidden ? " Themes with small numbers were not tested." : "");
	}

	writer_heading(&c->w, 3, "negative", "Mostly negative themes");
	{
		size_t n = 0;
		for (size_t i = 0; i < r->nthemes; i++) {
			const struct report_theme *t = &r->themes[i];
			char k[16], tot[16];
			if (!t->negative)
				continue;
			n++;
			if (t->pol[REPORT_NEG].hide)
				writer_item(&c->w, "%s: more than half of its %s responses "
				    "are negative.", t->label, report_count_str(r, t->n[r->cur], tot));
			else
				writer_item(&c->w, "%s: %s of %s responses are negative.", t->label,
				    report_count_str(r, t->pol[REPORT_NEG], k),
				    report_count_str(r, t->n[r->cur], tot));
		}
		if (n == 0)
			writer_para(&c->w, "No theme with enough responses is mostly negative.");
	}

	writer_heading(&c->w, 3, "together", "Themes that travel together");
	writer_para(&c->w, "Lift compares how often two themes appear in the same "
	    "response with how often they would by chance: 1 is chance, 2 is twice "
	    "as often. Pairs with few responses are not shown.");
	figure(c, FIG_COOCCUR);
	writer_table(&c->w, "Pairs of themes raised together more often than chance", 3, h_l);
	{
		/* pairs with lift above 1.2, highest first (ties: rank order) */
		size_t nt = r->nthemes, np = 0, *pk = xcalloc(nt * nt + 1, sizeof *pk);
		for (size_t a = 0; a < nt; a++)
			for (size_t b = a + 1; b < nt; b++) {
				size_t k = a * nt + b, j = np++;
				if (r->co[k].hide || r->co[k].n == 0 || r->lift[k] <= 1.2) {
					np--;
					continue;
				}
				for (; j > 0 && r->lift[pk[j - 1]] < r->lift[k]; j--)
					pk[j] = pk[j - 1];
				pk[j] = k;
			}
		for (size_t i = 0; i < np; i++) {
			size_t k = pk[i];
			char n[16], l[24], *pair = xasprintf("%s + %s",
			    r->themes[k / nt].label, r->themes[k % nt].label);
			snprintf(l, sizeof l, "%.2f", r->lift[k]);
			const char *row[] = { pair, report_count_str(r, r->co[k], n), l };
			writer_row(&c->w, row);
			free(pair);
		}
		free(pk);
	}
	writer_table_end(&c->w);

	{
		char *id = xasprintf("by-%s", "group");
		char *title = xasprintf("Differences by %s", r->by);
		const char *h[WRITER_MAXCOLS] = { "Theme" };
		char hd[WRITER_MAXCOLS][80];
		size_t nc = 1 + (r->ngroups < WRITER_MAXCOLS - 1 ? r->ngroups : WRITER_MAXCOLS - 1);
		writer_heading(&c->w, 3, id, title);
		figure(c, FIG_BY);
		for (size_t j = 0; j + 1 < nc; j++) {
			char n[16];
			snprintf(hd[j], sizeof hd[j], "%s (n=%s)", r->groups[j].name,
			    report_count_str(r, r->groups[j].n, n));
			h[j + 1] = hd[j];
		}
		writer_table(&c->w, title, nc, h);
		share_rows(c, nc, 1);
		writer_table_end(&c->w);
		free(id);
		free(title);
	}

	writer_heading(&c->w, 3, "caveats", "Caveats");
	if (cur->n.hide || cur->n.n < 100)
		writer_item(&c->w, "This round has few responses: an interval several "
		    "percentage points wide is normal, and only large changes can be told "
		    "from chance.");
	writer_item(&c->w, "Responses are from parents who chose to respond; they "
	    "need not speak for all parents.");
	writer_item(&c->w, "Themes are coded by pattern rules and can miss or "
	    "mis-read a response; a reviewer's decision replaces them where made.");
	if (r->coded.n < cur->n.n)
		writer_item(&c->w, "Some responses of this round have not been coded "
		    "yet (run 'heed analyse').");
}

static void
now_what(struct ctx *c)
{
	const struct report *r = c->r;
	static const char *const h_a[] = { "Round", "Theme", "You said, we did", "Status" };
	size_t n = 0;

	writer_heading(&c->w, 2, "now-what", "Now what? What to do next");
	for (size_t i = 0; i < r->nthemes; i++) {
		const struct report_theme *t = &r->themes[i];
		char *id;
		if (!t->negative && !t->rising)
			continue;
		n++;
		id = xasprintf("act-%s", t->key);
		writer_heading(&c->w, 3, id, t->label);
		free(id);
		if (t->negative && t->rising)
			writer_para(&c->w, "Mostly negative, and rising (%+.1f pp).", t->change);
		else if (t->negative)
			writer_para(&c->w, "Mostly negative.");
		else
			writer_para(&c->w, "Rising (%+.1f pp).", t->change);
		for (size_t j = 0; t->info && j < t->info->nactions; j++)
			writer_item(&c->w, "Action: %s", t->info->actions[j]);
		for (size_t j = 0; t->info && j < t->info->nreflects; j++)
			writer_item(&c->w, "Reflect: %s", t->info->reflects[j]);
		if (!t->info || (t->info->nactions == 0 && t->info->nreflects == 0))
			writer_para(&c->w, "The codebook gives no action or reflection for this theme.");
		for (int want = 1; want >= 0; want--)
			for (size_t j = 0; j < t->nquotes; j++)
				if ((strcmp(t->quotes[j].polarity, "negative") == 0) == want) {
					char *who = xasprintf("%s, %s", t->quotes[j].source,
					    t->quotes[j].polarity);
					writer_quote(&c->w, t->quotes[j].text, who);
					free(who);
				}
	}
	if (n == 0)
		writer_para(&c->w, "No theme is mostly negative or rising significantly.");

	writer_heading(&c->w, 3, "you-said-we-did", "You said, we did");
	if (r->nactions == 0) {
		writer_para(&c->w, "No actions recorded yet: record one with "
		    "'heed action add --round ROUND --theme THEME TEXT'.");
		return;
	}
	writer_table(&c->w, "Actions recorded for this and earlier rounds", 4, h_a);
	for (size_t i = 0; i < r->nactions; i++) {
		const struct report_action *a = &r->actions[i];
		const struct themeinfo *ti = themeinfo_find(&r->info, a->theme);
		char *st = a->done ? xasprintf("done %.10s", a->done) : xstrdup(a->status);
		const char *row[] = { a->round, ti && ti->label ? ti->label : a->theme,
		    a->text, st };
		writer_row(&c->w, row);
		free(st);
	}
	writer_table_end(&c->w);
}

int
render_report(const struct report *r, const struct render_opts *o, char **written,
    char **err)
{
	static const char *const file[] = { "report.html", "report.md", "report.txt",
	    "report.json" };
	struct ctx c = { r, o, { 0 }, { { 0 } }, err };
	char *data = NULL;
	size_t len = 0;
	FILE *out;
	int rc;

	if (mkdir(o->dir, 0700) < 0 && errno != EEXIST)
		return err_set(err, "%s: %s", o->dir, strerror(errno));
	if ((out = open_memstream(&data, &len)) == NULL)
		return err_set(err, "open_memstream: %s", strerror(errno));
	if (o->format == RENDER_JSON)
		render_json(r, out);
	else {
		char *title = xasprintf("Consultation report: %s", r->rounds[r->cur].label);
		writer_init(&c.w, o->format == RENDER_HTML ? WRITER_HTML :
		    o->format == RENDER_MD ? WRITER_MD : WRITER_TXT);
		figure_build(r, c.fig);
		intro(&c);
		what(&c);
		so_what(&c);
		now_what(&c);
		writer_finish(&c.w, title, out);
		figure_free(c.fig);
		free(title);
	}
	fclose(out);
	rc = *err ? -1 : render_save(o->dir, file[o->format], data, len, o->force, err);
	free(data);
	if (rc == 0 && written)
		*written = xasprintf("%s/%s", o->dir, file[o->format]);
	return rc;
}
