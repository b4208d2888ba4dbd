/* export_review.c — `heed export review`: a sheet for a person to accept or
 * correct heed's themes; read back by `heed review import` (analyse/review.h).
 * See export.h. */
#include "config.h"

#include "reports/export.h"

int
export_review(store *st, FILE *out, const struct export_opts *o, char **err)
{
	static const char *const header[] = {
		"id", "response", "question", "round", "text", "heed_themes",
		"accept", "themes", "reviewer", "notes",
	};
	enum { NCOL = sizeof header / sizeof header[0] };

	/* responses coded by the current codebook; heed_themes are the current
	 * themes (an earlier review wins) */
	return export_query(st, out, o,
	    "SELECT d.ext_id, p.id, q.text, r.label, "
	    "  CASE WHEN ?1 THEN p.text ELSE p.redacted END, "
	    "  coalesce((SELECT group_concat(theme, ';') FROM "
	    "    (SELECT theme FROM current_theme t WHERE t.response_id = p.id "
	    "     ORDER BY theme)), '') "
	    "FROM reportable p JOIN current_coding g ON g.response_id = p.id "
	    "JOIN respondent d ON d.id = p.respondent_id "
	    "JOIN question q ON q.id = p.question_id JOIN round r ON r.id = p.round_id "
	    "WHERE (?2 IS NULL OR r.label = ?2) AND (?3 IS NULL OR EXISTS "
	    "  (SELECT 1 FROM current_theme t WHERE t.response_id = p.id AND t.theme = ?3)) "
	    "ORDER BY r.label, p.id",
	    header, NCOL, "exporting for review", err);
}
