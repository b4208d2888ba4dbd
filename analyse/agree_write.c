/* agree_write.c — see agree_write.h. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "analyse/agree_write.h"
#include "util/csvout.h"
#include "util/err.h"

static const char *const formats[] = { "txt", "csv", "json", "html" };

int
agree_write_known(const char *name)
{
	for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++)
		if (strcmp(name, formats[i]) == 0)
			return 1;
	return 0;
}

/* A statistic: fmt for a number, none when undefined. */
static void
num(FILE *out, const char *fmt, double x, const char *none)
{
	if (isnan(x))
		fputs(none, out);
	else
		fprintf(out, fmt, x);
}

static const char *
coder_name(const char *c)
{
	return *c ? c : "(unnamed)";
}

/* The human (rows) by heed (columns) polarity table, in a format's
 * pieces: a row's first cell, a column head, a count, a row's end. */
struct table_fmt {
	const char *first, *head, *count, *end;
};

static void
polarity_table(FILE *out, const struct agree_polarity *p, const struct table_fmt *f)
{
	fprintf(out, f->first, "human \\ heed");
	for (int j = 0; j < LEXICON_NPOLARITY; j++)
		fprintf(out, f->head, lexicon_polarity_name(j));
	fputs(f->end, out);
	for (int i = 0; i < LEXICON_NPOLARITY; i++) {
		fprintf(out, f->first, lexicon_polarity_name(i));
		for (int j = 0; j < LEXICON_NPOLARITY; j++)
			fprintf(out, f->count, p->m[i][j]);
		fputs(f->end, out);
	}
}

/* ---- txt ---- */

/* Polarity agreement, and the gold (rows) by heed (columns) table. */
static void
txt_polarity(FILE *out, const struct agree_result *r)
{
	static const struct table_fmt txt = { "%-16s", " %8s", " %8ld", "\n" };
	const struct agree_polarity *p = &r->polarity;

	fprintf(out, "\npolarity: the same for %zu/%zu = ", p->nsame, p->nunits);
	num(out, "%.3f", p->share, "-");
	fputs("  kappa ", out);
	num(out, "%.3f", p->kappa, "-");
	if (r->ncoders > 1) {
		fputs("  human-kappa ", out);
		num(out, "%.3f", p->human_kappa, "-");
	}
	fputc('\n', out);
	polarity_table(out, p, &txt);
}

static void
txt_text(FILE *out, const struct agree_disagreement *d)
{
	size_t at = 0;

	fputs("    ", out);
	for (size_t i = 0; i <= d->nspans; i++) {
		size_t end = i < d->nspans ? d->spans[i].start : strlen(d->text);
		for (; at < end; at++) {
			putc(d->text[at], out);
			if (d->text[at] == '\n')
				fputs("    ", out);
		}
		if (i < d->nspans) {
			fputs("\u00ab", out);
			fwrite(d->text + at, 1, d->spans[i].end - at, out);
			fputs("\u00bb", out);
			at = d->spans[i].end;
		}
	}
	putc('\n', out);
}

static void
write_txt(FILE *out, const struct agree_result *r)
{
	int multi = r->ncoders > 1;

	fprintf(out, "%zu response%s from %s against codebook %s",
	    r->nunits, r->nunits == 1 ? "" : "s", r->source, r->codebook);
	if (multi) {
		fprintf(out, "\n%zu coders:", r->ncoders);
		for (size_t i = 0; i < r->ncoders; i++)
			fprintf(out, " %s", coder_name(r->coders[i]));
		fputs(" (gold: a theme at least half of a response's coders gave)", out);
	}
	fputc('\n', out);
	if (r->excluded)
		fprintf(out, "excluded: %zu safeguarding-flagged\n", r->excluded);
	fprintf(out, "\n%-16s %7s %5s %5s %5s %5s %9s %7s %6s %6s",
	    "theme", "support", "TP", "FP", "FN", "TN", "precision", "recall", "F1", "kappa");
	if (multi)
		fprintf(out, " %10s %11s %11s", "heed-kappa", "human-kappa", "human-alpha");
	fputc('\n', out);
	for (size_t i = 0; i < r->nthemes; i++) {
		const struct agree_theme *t = &r->themes[i];
		fprintf(out, "%-16s %7ld %5ld %5ld %5ld %5ld ", t->key,
		    t->c.tp + t->c.fn, t->c.tp, t->c.fp, t->c.fn, t->c.tn);
		num(out, "%9.3f", t->precision, "        -");
		num(out, " %7.3f", t->recall, "       -");
		num(out, " %6.3f", t->f1, "      -");
		num(out, " %6.3f", t->kappa, "      -");
		if (multi) {
			num(out, " %10.3f", t->heed_kappa, "          -");
			num(out, " %11.3f", t->human_kappa, "           -");
			num(out, " %11.3f", t->human_alpha, "           -");
		}
		fputc('\n', out);
	}
	fputs("\nmicro-F1 ", out);
	num(out, "%.3f", r->micro_f1, "-");
	fputs("  macro-F1 ", out);
	num(out, "%.3f", r->macro_f1, "-");
	fprintf(out, "  exact match %zu/%zu = ", r->nexact, r->nunits);
	num(out, "%.3f", r->exact, "-");
	fputc('\n', out);
	if (r->has_polarity)
		txt_polarity(out, r);
	fprintf(out, "\ndisagreements: %zu\n", r->ndis);
	for (size_t i = 0; i < r->ndis; i++) {
		const struct agree_disagreement *d = &r->dis[i];
		fprintf(out, "\nid %s%s%s: ", d->id, d->question ? ", " : "",
		    d->question ? d->question : "");
		if (d->missed)
			fprintf(out, "missed: %s\n", d->theme);
		else
			fprintf(out, "heed only: %s (%s)%s\n", d->theme, d->rules,
			    d->hidden ? " [a match lies in redacted text]" : "");
		txt_text(out, d);
	}
}

/* ---- csv: theme,measure,value ---- */

static void
csv_num(FILE *out, const char *theme, const char *measure, double x)
{
	csvout_field(out, theme);
	fprintf(out, ",%s,", measure);
	num(out, "%.6g", x, "");
	fputc('\n', out);
}

static void
write_csv(FILE *out, const struct agree_result *r)
{
	fputs("theme,measure,value\n", out);
	for (size_t i = 0; i < r->nthemes; i++) {
		const struct agree_theme *t = &r->themes[i];
		csv_num(out, t->key, "support", t->c.tp + t->c.fn);
		csv_num(out, t->key, "tp", t->c.tp);
		csv_num(out, t->key, "fp", t->c.fp);
		csv_num(out, t->key, "fn", t->c.fn);
		csv_num(out, t->key, "tn", t->c.tn);
		csv_num(out, t->key, "precision", t->precision);
		csv_num(out, t->key, "recall", t->recall);
		csv_num(out, t->key, "f1", t->f1);
		csv_num(out, t->key, "kappa", t->kappa);
		if (r->ncoders > 1) {
			csv_num(out, t->key, "heed_kappa", t->heed_kappa);
			csv_num(out, t->key, "human_kappa", t->human_kappa);
			csv_num(out, t->key, "human_alpha", t->human_alpha);
		}
	}
	csv_num(out, "", "responses", (double)r->nunits);
	csv_num(out, "", "excluded", (double)r->excluded);
	csv_num(out, "", "coders", (double)r->ncoders);
	csv_num(out, "", "micro_f1", r->micro_f1);
	csv_num(out, "", "macro_f1", r->macro_f1);
	csv_num(out, "", "exact_matches", (double)r->nexact);
	csv_num(out, "", "exact_match", r->exact);
	csv_num(out, "", "disagreements", (double)r->ndis);
	if (r->has_polarity) {
		const struct agree_polarity *p = &r->polarity;
		csv_num(out, "", "polarity_responses", (double)p->nunits);
		csv_num(out, "", "polarity_same", (double)p->nsame);
		csv_num(out, "", "polarity_agreement", p->share);
		csv_num(out, "", "polarity_kappa", p->kappa);
		if (r->ncoders > 1)
			csv_num(out, "", "polarity_human_kappa", p->human_kappa);
		for (int i = 0; i < LEXICON_NPOLARITY; i++)
			for (int j = 0; j < LEXICON_NPOLARITY; j++) {
				char m[64];
				snprintf(m, sizeof m, "polarity_%s_as_%s",
				    lexicon_polarity_name(i), lexicon_polarity_name(j));
				csv_num(out, "", m, (double)p->m[i][j]);
			}
	}
}

/* ---- json ---- */

static void
json_str(FILE *out, const char *s)
{
	putc('"', out);
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", out);
		else if (c < 0x20)
			fprintf(out, "\\u%04x", c);
		else
			putc(c, out);
	}
	putc('"', out);
}

static void
json_num(FILE *out, const char *name, double x, int comma)
{
	fprintf(out, "\"%s\": ", name);
	num(out, "%.6g", x, "null");
	if (comma)
		fputs(", ", out);
}

static void
write_json(FILE *out, const struct agree_result *r)
{
	fputs("{\n  \"source\": ", out);
	json_str(out, r->source);
	fputs(",\n  \"codebook\": ", out);
	json_str(out, r->codebook);
	fputs(",\n  \"coders\": [", out);
	for (size_t i = 0; i < r->ncoders; i++) {
		if (i)
			fputs(", ", out);
		json_str(out, r->coders[i]);
	}
	fprintf(out, "],\n  \"responses\": %zu, \"excluded\": %zu, \"exact_matches\": %zu,\n  ",
	    r->nunits, r->excluded, r->nexact);
	json_num(out, "exact_match", r->exact, 1);
	json_num(out, "micro_f1", r->micro_f1, 1);
	json_num(out, "macro_f1", r->macro_f1, 0);
	fputs(",\n  \"polarity\": ", out);
	if (r->has_polarity) {
		const struct agree_polarity *p = &r->polarity;
		fprintf(out, "{\"responses\": %zu, \"same\": %zu, ", p->nunits, p->nsame);
		json_num(out, "agreement", p->share, 1);
		json_num(out, "kappa", p->kappa, 1);
		json_num(out, "human_kappa", p->human_kappa, 1);
		fputs("\"confusion\": {", out);
		for (int i = 0; i < LEXICON_NPOLARITY; i++) {
			fprintf(out, "%s\"%s\": {", i ? ", " : "", lexicon_polarity_name(i));
			for (int j = 0; j < LEXICON_NPOLARITY; j++)
				fprintf(out, "%s\"%s\": %ld", j ? ", " : "",
				    lexicon_polarity_name(j), p->m[i][j]);
			fputc('}', out);
		}
		fputs("}}", out);
	} else {
		fputs("null", out);
	}
	fputs(",\n  \"themes\": [", out);
	for (size_t i = 0; i < r->nthemes; i++) {
		const struct agree_theme *t = &r->themes[i];
		fputs(i ? ",\n    {\"theme\": " : "\n    {\"theme\": ", out);
		json_str(out, t->key);
		fprintf(out, ", \"support\": %ld, \"tp\": %ld, \"fp\": %ld, \"fn\": %ld, "
		    "\"tn\": %ld, ", t->c.tp + t->c.fn, t->c.tp, t->c.fp, t->c.fn, t->c.tn);
		json_num(out, "precision", t->precision, 1);
		json_num(out, "recall", t->recall, 1);
		json_num(out, "f1", t->f1, 1);
		json_num(out, "kappa", t->kappa, 1);
		json_num(out, "heed_kappa", t->heed_kappa, 1);
		json_num(out, "human_kappa", t->human_kappa, 1);
		json_num(out, "human_alpha", t->human_alpha, 0);
		fputs("}", out);
	}
	fputs("\n  ],\n  \"disagreements\": [", out);
	for (size_t i = 0; i < r->ndis; i++) {
		const struct agree_disagreement *d = &r->dis[i];
		fputs(i ? ",\n    {\"id\": " : "\n    {\"id\": ", out);
		json_str(out, d->id);
		fputs(", \"question\": ", out);
		if (d->question)
			json_str(out, d->question);
		else
			fputs("null", out);
		fputs(", \"theme\": ", out);
		json_str(out, d->theme);
		fprintf(out, ", \"kind\": \"%s\", \"rules\": ", d->missed ? "missed" : "heed_only");
		json_str(out, d->rules);
		fputs(", \"text\": ", out);
		json_str(out, d->text);
		fputs(", \"spans\": [", out);
		for (size_t j = 0; j < d->nspans; j++)
			fprintf(out, "%s[%zu, %zu]", j ? ", " : "", d->spans[j].start,
			    d->spans[j].end);
		fputs("]}", out);
	}
	fputs("\n  ]\n}\n", out);
}

/* ---- html ---- */

static void
html_esc(FILE *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n && s[i]; i++)
		switch (s[i]) {
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '&': fputs("&amp;", out); break;
		case '"': fputs("&quot;", out); break;
		case '\'': fputs("&#39;", out); break;
		case '\n': fputs("<br>", out); break;
		default: putc(s[i], out);
		}
}

static void
html_s(FILE *out, const char *s)
{
	html_esc(out, s, strlen(s));
}

static void
html_num(FILE *out, double x)
{
	fputs("<td>", out);
	num(out, "%.3f", x, "&ndash;");
	fputs("</td>", out);
}

static void
html_polarity(FILE *out, const struct agree_result *r)
{
	static const struct table_fmt html = { "<tr><td>%s</td>", "<th>%s</th>",
		"<td>%ld</td>", "</tr>\n" };
	const struct agree_polarity *p = &r->polarity;

	fprintf(out, "<h2>Polarity</h2>\n<p>The same polarity for %zu of %zu responses (",
	    p->nsame, p->nunits);
	num(out, "%.3f", p->share, "&ndash;");
	fputs("), &kappa; ", out);
	num(out, "%.3f", p->kappa, "&ndash;");
	if (r->ncoders > 1) {
		fputs(", between the coders &kappa; ", out);
		num(out, "%.3f", p->human_kappa, "&ndash;");
	}
	fputs(".</p>\n<table>", out);
	polarity_table(out, p, &html);
	fputs("</table>\n", out);
}

static void
write_html(FILE *out, const struct agree_result *r)
{
	int multi = r->ncoders > 1;

	fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
	    "<title>heed agree</title>\n<style>body{font-family:sans-serif;max-width:60em;"
	    "margin:1em auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
	    "padding:.2em .5em;text-align:right}td:first-child{text-align:left}"
	    "mark{background:#fd6}blockquote{border-left:3px solid #ccc;margin:.3em 0;"
	    "padding-left:.7em}</style></head><body>\n<h1>Agreement with human coding</h1>\n<p>",
	    out);
	fprintf(out, "%zu responses from ", r->nunits);
	html_s(out, r->source);
	fputs(" against codebook ", out);
	html_s(out, r->codebook);
	if (multi) {
		fprintf(out, "; %zu coders:", r->ncoders);
		for (size_t i = 0; i < r->ncoders; i++) {
			fputc(' ', out);
			html_s(out, coder_name(r->coders[i]));
		}
	}
	if (r->excluded)
		fprintf(out, "; %zu safeguarding-flagged excluded", r->excluded);
	fputs(".</p>\n<table><tr><th>theme</th><th>support</th><th>TP</th><th>FP</th>"
	    "<th>FN</th><th>TN</th><th>precision</th><th>recall</th><th>F1</th>"
	    "<th>&kappa;</th>", out);
	if (multi)
		fputs("<th>heed &kappa;</th><th>human &kappa;</th><th>human &alpha;</th>", out);
	fputs("</tr>\n", out);
	for (size_t i = 0; i < r->nthemes; i++) {
		const struct agree_theme *t = &r->themes[i];
		fputs("<tr><td>", out);
		html_s(out, t->key);
		fprintf(out, "</td><td>%ld</td><td>%ld</td><td>%ld</td><td>%ld</td><td>%ld</td>",
		    t->c.tp + t->c.fn, t->c.tp, t->c.fp, t->c.fn, t->c.tn);
		html_num(out, t->precision);
		html_num(out, t->recall);
		html_num(out, t->f1);
		html_num(out, t->kappa);
		if (multi) {
			html_num(out, t->heed_kappa);
			html_num(out, t->human_kappa);
			html_num(out, t->human_alpha);
		}
		fputs("</tr>\n", out);
	}
	fputs("</table>\n<p>micro-F1 ", out);
	num(out, "%.3f", r->micro_f1, "&ndash;");
	fputs(", macro-F1 ", out);
	num(out, "%.3f", r->macro_f1, "&ndash;");
	fprintf(out, ", exact match %zu/%zu.</p>\n", r->nexact, r->nunits);
	if (r->has_polarity)
		html_polarity(out, r);
	fprintf(out, "<h2>Disagreements (%zu)</h2>\n", r->ndis);
	for (size_t i = 0; i < r->ndis; i++) {
		const struct agree_disagreement *d = &r->dis[i];
		size_t at = 0;
		fputs("<h3>id ", out);
		html_s(out, d->id);
		fputs(d->missed ? ": missed " : ": heed only ", out);
		html_s(out, d->theme);
		fputs("</h3>\n", out);
		if (!d->missed) {
			fputs("<p>rules: <code>", out);
			html_s(out, d->rules);
			fputs("</code></p>\n", out);
		}
		fputs("<blockquote>", out);
		for (size_t j = 0; j <= d->nspans; j++) {
			size_t end = j < d->nspans ? d->spans[j].start : strlen(d->text);
			html_esc(out, d->text + at, end - at);
			if (j < d->nspans) {
				fputs("<mark>", out);
				html_esc(out, d->text + end, d->spans[j].end - end);
				fputs("</mark>", out);
				at = d->spans[j].end;
			}
		}
		fputs("</blockquote>\n", out);
	}
	fputs("</body></html>\n", out);
}

int
agree_write(FILE *out, const struct agree_result *r, const char *format, char **err)
{
	if (strcmp(format, "txt") == 0)
		write_txt(out, r);
	else if (strcmp(format, "csv") == 0)
		write_csv(out, r);
	else if (strcmp(format, "json") == 0)
		write_json(out, r);
	else if (strcmp(format, "html") == 0)
		write_html(out, r);
	else
		return err_set(err, "unknown format '%s' (txt, csv, json or html)", format);
	return 0;
}
