/* export.c — `heed export responses`; see export.h. */
#include "config.h"

#include <stdlib.h>

#include "reports/export.h"
#include "util/csvout.h"
#include "util/err.h"

int
export_responses(store *st, FILE *out, const struct export_opts *o, char **err)
{
	static const char *const header[] = {
		"id", "question", "round", "source", "polarity", "safeguarding",
		"themes", "text",
	};
	sqlite3_stmt *s;
	int rc;

	if (store_prepare(st,
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
	    "ORDER BY r.label, p.id", &s, err) < 0)
		return -1;
	sqlite3_bind_int(s, 1, o->unredacted);
	if (o->round)
		sqlite3_bind_text(s, 2, o->round, -1, SQLITE_STATIC);
	if (o->theme)
		sqlite3_bind_text(s, 3, o->theme, -1, SQLITE_STATIC);
	csvout_row(out, header, 8);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *f[8];
		for (int i = 0; i < 8; i++)
			f[i] = (const char *)sqlite3_column_text(s, i);
		csvout_row(out, f, 8);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		return store_error(st, err, "exporting responses");
	return 0;
}
