/* export_codes.c — `heed export codes`: every rule match of the current
 * codebook, one row each; declared in reports/export.h. */
#include "config.h"

#include "reports/export.h"
#include "util/csvout.h"
#include "util/err.h"

int
export_codes(store *st, FILE *out, const struct export_opts *o, char **err)
{
	static const char *const header[] = {
		"id", "question", "theme", "rule", "start", "end", "negated",
	};
	sqlite3_stmt *s;
	int rc;

	(void)o->unredacted;	/* no text is exported */
	if (store_prepare(st,
	    "SELECT d.ext_id, q.text, k.theme, k.rule, k.start, k.end, k.negated "
	    "FROM code k JOIN current_codebook c ON c.id = k.codebook_id "
	    "JOIN reportable p ON p.id = k.response_id "
	    "JOIN respondent d ON d.id = p.respondent_id "
	    "JOIN question q ON q.id = p.question_id JOIN round r ON r.id = p.round_id "
	    "WHERE (?1 IS NULL OR r.label = ?1) AND (?2 IS NULL OR k.theme = ?2) "
	    "ORDER BY r.label, p.id, k.theme, k.start, k.end, k.rule", &s, err) < 0)
		return -1;
	if (o->round)
		sqlite3_bind_text(s, 1, o->round, -1, SQLITE_STATIC);
	if (o->theme)
		sqlite3_bind_text(s, 2, o->theme, -1, SQLITE_STATIC);
	csvout_row(out, header, 7);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *f[7];
		for (int i = 0; i < 7; i++)
			f[i] = (const char *)sqlite3_column_text(s, i);
		csvout_row(out, f, 7);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		return store_error(st, err, "exporting codes");
	return 0;
}
