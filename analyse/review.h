/* review.h — a person's decisions about heed's themes, stored as overrides.
 *
 * `heed export review` writes a CSV a person fills in (reports/export.h);
 * review_import() reads it back.  Columns are found by name in the header:
 *   response     heed's internal response id (required: the key)
 *   accept       "y"/"yes": accept the themes in heed_themes as they are
 *   themes       the corrected theme list, ";"-joined; "none" = no theme
 *   heed_themes  the themes heed showed (needed for rows with accept = y)
 *   reviewer     who decided (else the reviewer given to review_import)
 * Other columns (id, question, round, text, notes, ...) are ignored.  A row
 * with accept and themes both empty is not reviewed yet and is skipped.
 * accept = y together with themes, accept = n without themes, an unknown
 * theme (not in the current codebook), an unknown response, a response
 * listed twice or a row with no reviewer is an error naming file:line:column.
 * All rows are stored in one transaction, or none.
 *
 * The latest review of a response wins: the current_theme view shows it to
 * reports and exports, and `heed agree --reviewed` uses it as a gold set. */
#ifndef HEED_REVIEW_H
#define HEED_REVIEW_H

#include "store/store.h"

struct review_stats {
	long rows;		/* data rows read */
	long stored;		/* reviews stored */
	long skipped;		/* rows with no decision */
	long changed;		/* stored reviews that differ from heed_themes */
};

/* Import file ("-" = stdin).  reviewer is the default for rows with an
 * empty reviewer cell; may be NULL. */
int review_import(store *st, const char *file, const char *reviewer,
    struct review_stats *stats, char **err);

/* How many reportable responses (of round, a label; NULL = all rounds) have
 * a human review.  For reports: "N responses were reviewed". */
int review_count(store *st, const char *round, long *n, char **err);

#endif
