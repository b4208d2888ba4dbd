/* render_json.c — the report as JSON, every figure the other formats show.
 * A suppressed count is the string "<N"; a share, interval, change or lift
 * that would reveal one is null. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "reports/render.h"

static void
str(FILE *f, const char *s)
{
	fputc('"', f);
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(f, "\\%c", *p);
		else if (*p == '\n')
			fputs("\\n", f);
		else if (*p < 0x20 || *p == '<' || *p == '>' || *p == '&')
			fprintf(f, "\\u%04x", *p);	/* safe to embed in HTML too */
		else
			fputc(*p, f);
	}
	fputc('"', f);
}

static void
count(FILE *f, const struct report *r, struct rcount c)
{
	if (c.hide == SUPPRESS_SECONDARY)
		fputs("\"x\"", f);
	else if (c.hide)
		fprintf(f, "\"<%d\"", r->min_count);
	else
		fprintf(f, "%d", c.n);
}

static void
share(FILE *f, struct rcount k, struct rcount n)
{
	if (k.hide || n.hide || n.n == 0)
		fputs("null", f);
	else
		fprintf(f, "%.4f", (double)k.n / n.n);
}

static void
counts(FILE *f, const struct report *r, const char *key,
    const struct report_count *v, size_t n)
{
	fprintf(f, "  \"%s\": [", key);
	for (size_t i = 0; i < n; i++) {
		fputs(i ? ",\n    {\"name\": " : "\n    {\"name\": ", f);
		str(f, v[i].name);
		fputs(", \"responses\": ", f);
		count(f, r, v[i].n);
		fputc('}', f);
	}
	fputs(n ? "\n  ],\n" : "],\n", f);
}

void
render_json(const struct report *r, FILE *f)
{
	const struct report_round *cur = &r->rounds[r->cur];

	fputs("{\n  \"round\": ", f);
	str(f, cur->label);
	fputs(",\n  \"compared_with\": ", f);
	if (r->cmp >= 0)
		str(f, r->rounds[r->cmp].label);
	else
		fputs("null", f);
	fputs(",\n  \"codebook\": ", f);
	str(f, r->codebook);
	fprintf(f, ",\n  \"disclosure\": {\"min_count\": %d, \"rule\": \"counts from 1 "
	    "to %d are shown as <%d; x marks a count hidden (secondary suppression) "
	    "where a total would reveal a small one; themes with fewer than %d responses "
	    "show no quotes\"},\n", r->min_count, r->min_count - 1, r->min_count,
	    r->min_count);
	fputs("  \"rounds\": [", f);
	for (size_t i = 0; i < r->nrounds; i++) {
		const struct report_round *rd = &r->rounds[i];
		fputs(i ? ",\n    {\"label\": " : "\n    {\"label\": ", f);
		str(f, rd->label);
		fputs(", \"responses\": ", f);
		count(f, r, rd->n);
		fputs(", \"respondents\": ", f);
		count(f, r, rd->respondents);
		fputs(", \"flags_raised\": ", f);
		count(f, r, rd->flags);
		fputs(", \"flags_open\": ", f);
		count(f, r, rd->flags_open);
		fputs(", \"reviewed\": ", f);
		count(f, r, rd->reviewed);
		fputc('}', f);
	}
	fputs("\n  ],\n", f);
	counts(f, r, "sources", r->sources, r->nsources);
	counts(f, r, "questions", r->questions, r->nquestions);
	fputs("  \"polarity\": {\"coded\": ", f);
	count(f, r, r->coded);
	for (int j = 0; j < REPORT_NPOL; j++) {
		fprintf(f, ", \"%s\": ", report_polarity[j]);
		count(f, r, r->pol[j]);
	}
	fputs("},\n  \"themes\": [", f);
	for (size_t i = 0; i < r->nthemes; i++) {
		const struct report_theme *t = &r->themes[i];
		int hide = t->n[r->cur].hide || cur->n.hide;
		fputs(i ? ",\n    {\"key\": " : "\n    {\"key\": ", f);
		str(f, t->key);
		fputs(", \"label\": ", f);
		str(f, t->label);
		fputs(",\n     \"responses\": ", f);
		count(f, r, t->n[r->cur]);
		fputs(", \"share\": ", f);
		share(f, t->n[r->cur], cur->n);
		if (hide)
			fputs(", \"interval\": null", f);
		else
			fprintf(f, ", \"interval\": [%.4f, %.4f]", t->lo, t->hi);
		fputs(",\n     \"per_round\": {", f);
		for (size_t j = 0; j < r->nrounds; j++) {
			fputs(j ? ", " : "", f);
			str(f, r->rounds[j].label);
			fputs(": ", f);
			count(f, r, t->n[j]);
		}
		fputs("},\n     \"polarity\": {", f);
		for (int j = 0; j < REPORT_NPOL; j++) {
			fprintf(f, "%s\"%s\": ", j ? ", " : "", report_polarity[j]);
			count(f, r, t->pol[j]);
		}
		fprintf(f, "}, \"mostly_negative\": %s, \"rising\": %s,\n     \"change\": ",
		    t->negative ? "true" : "false", t->rising ? "true" : "false");
		if (t->has_change)
			fprintf(f, "{\"pp\": %.1f, \"p\": %.4f, \"test\": \"%s\"}", t->change, t->p,
			    t->test == STATS_FISHER ? "fisher" : "z");
		else
			fputs("null", f);
		fputs(",\n     \"by\": {", f);
		for (size_t j = 0; j < r->ngroups; j++) {
			fputs(j ? ", " : "", f);
			str(f, r->groups[j].name);
			fputs(": ", f);
			count(f, r, t->by[j]);
		}
		fputs("},\n     \"quotes\": [", f);
		for (size_t j = 0; j < t->nquotes; j++) {
			fputs(j ? ", {\"text\": " : "{\"text\": ", f);
			str(f, t->quotes[j].text);
			fputs(", \"source\": ", f);
			str(f, t->quotes[j].source);
			fputs(", \"polarity\": ", f);
			str(f, t->quotes[j].polarity);
			fputc('}', f);
		}
		fputs("],\n     \"actions\": [", f);
		for (size_t j = 0; t->info && j < t->info->nactions; j++) {
			fputs(j ? ", " : "", f);
			str(f, t->info->actions[j]);
		}
		fputs("], \"reflect\": [", f);
		for (size_t j = 0; t->info && j < t->info->nreflects; j++) {
			fputs(j ? ", " : "", f);
			str(f, t->info->reflects[j]);
		}
		fputs("]}", f);
	}
	fputs("\n  ],\n  \"by\": ", f);
	str(f, r->by);
	fputs(",\n", f);
	counts(f, r, "groups", r->groups, r->ngroups);
	fputs("  \"pairs\": [", f);
	{
		int first = 1;
		for (size_t a = 0; a < r->nthemes; a++)
			for (size_t b = a + 1; b < r->nthemes; b++) {
				size_t k = a * r->nthemes + b;
				if (r->co[k].n == 0)
					continue;
				fputs(first ? "\n    {\"a\": " : ",\n    {\"a\": ", f);
				first = 0;
				str(f, r->themes[a].key);
				fputs(", \"b\": ", f);
				str(f, r->themes[b].key);
				fputs(", \"both\": ", f);
				count(f, r, r->co[k]);
				if (r->co[k].hide)
					fputs(", \"lift\": null}", f);
				else
					fprintf(f, ", \"lift\": %.3f}", r->lift[k]);
			}
	}
	fputs("\n  ],\n  \"actions\": [", f);
	for (size_t i = 0; i < r->nactions; i++) {
		const struct report_action *a = &r->actions[i];
		fprintf(f, "%s{\"id\": %lld, \"round\": ", i ? ",\n    " : "\n    ", a->id);
		str(f, a->round);
		fputs(", \"theme\": ", f);
		str(f, a->theme);
		fputs(", \"text\": ", f);
		str(f, a->text);
		fputs(", \"status\": ", f);
		str(f, a->status);
		fputs(", \"done_at\": ", f);
		if (a->done)
			str(f, a->done);
		else
			fputs("null", f);
		fputc('}', f);
	}
	fputs("\n  ]\n}\n", f);
}
