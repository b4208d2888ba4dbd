/* export.c — `heed export responses`; see export.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "reports/export.h"
#include "reports/report.h"
#include "util/csvout.h"
#include "util/err.h"

int
export_query(store *st, FILE *out, const struct export_opts *o, const char *sql,
    const char *const *header, int ncol, const char *what, char **err)
{
	sqlite3_stmt *s;
	int rc;

	if (store_prepare(st, sql, &s, err) < 0)
		return -1;
	sqlite3_bind_int(s, 1, o->unredacted);
	if (o->round)
		sqlite3_bind_text(s, 2, o->round, -1, SQLITE_STATIC);
	if (o->theme)
		sqlite3_bind_text(s, 3, o->theme, -1, SQLITE_STATIC);
	csvout_row(out, header, (size_t)ncol);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *f[EXPORT_MAXCOLS] = { NULL };
		for (int i = 0; i < ncol && i < sqlite3_column_count(s); i++)
			f[i] = (const char *)sqlite3_column_text(s, i);
		csvout_row(out, f, (size_t)ncol);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		return store_error(st, err, what);
	return 0;
}

int
export_responses(store *st, FILE *out, const struct export_opts *o, char **err)
{
	static const char *const header[] = {
		"id", "question", "round", "source", "polarity", "safeguarding",
		"themes", "text",
	};

	return export_query(st, out, o,
	    "SELECT d.ext_id, q.text, r.label, p.source, coalesce(g.polarity, ''), "
	    "  '0', coalesce((SELECT group_concat(theme, ';') FROM "
	    "    (SELECT theme FROM current_theme t WHERE t.response_id = p.id "
	    "     ORDER BY theme)), ''), "
	    "  CASE WHEN ?1 THEN p.text ELSE p.redacted END "
	    "FROM reportable p JOIN respondent d ON d.id = p.respondent_id "
	    "JOIN question q ON q.id = p.question_id JOIN round r ON r.id = p.round_id "
	    "LEFT JOIN current_coding g ON g.response_id = p.id "
	    "WHERE (?2 IS NULL OR r.label = ?2) AND (?3 IS NULL OR EXISTS "
	    "  (SELECT 1 FROM current_theme t WHERE t.response_id = p.id AND t.theme = ?3)) "
	    "ORDER BY r.label, p.id",
	    header, 8, "exporting responses", err);
}

/* The theme that is k-th by key (the report ranks them by count). */
static const struct report_theme *
nth_by_key(const struct report *r, size_t k)
{
	for (size_t i = 0; i < r->nthemes; i++) {
		size_t before = 0;
		for (size_t j = 0; j < r->nthemes; j++)
			before += strcmp(r->themes[j].key, r->themes[i].key) < 0;
		if (before == k)
			return &r->themes[i];
	}
	return &r->themes[0];
}

int
export_themes(store *st, FILE *out, const struct export_opts *o, char **err)
{
	static const char *const header[] = {
		"theme", "label", "round", "responses", "round_responses", "share",
		"ci_low", "ci_high",
	};
	struct report_opts ro = { NULL, "none", NULL, o->min_count };
	struct report r;
	int found = o->round == NULL;

	if (report_load(st, &ro, &r, err) < 0)
		return -1;
	csvout_row(out, header, 8);
	for (size_t j = 0; j < r.nrounds; j++) {
		const struct report_round *rd = &r.rounds[j];
		if (o->round && strcmp(o->round, rd->label) != 0)
			continue;
		found = 1;
		/* themes by key, so each round's rows come in the same order */
		for (size_t k = 0; k < r.nthemes; k++) {
			const struct report_theme *t = nth_by_key(&r, k);
			if (o->theme && strcmp(o->theme, t->key) != 0)
				continue;
			char n[16], tot[16], sh[24] = "", lo[24] = "", hi[24] = "";
			report_count_str(&r, t->n[j], n);
			report_count_str(&r, rd->n, tot);
			if (!t->n[j].hide && !rd->n.hide && rd->n.n > 0) {
				double l, h;
				stats_wilson(t->n[j].n, rd->n.n, STATS_Z95, &l, &h);
				snprintf(sh, sizeof sh, "%.4f", (double)t->n[j].n / rd->n.n);
				snprintf(lo, sizeof lo, "%.4f", l);
				snprintf(hi, sizeof hi, "%.4f", h);
			}
			const char *f[] = { t->key, t->label, rd->label, n, tot, sh, lo, hi };
			csvout_row(out, f, 8);
		}
	}
	report_free(&r);
	if (!found)
		return err_set(err, "no round labelled '%s'", o->round);
	return 0;
}
