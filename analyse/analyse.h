/* analyse.h — `heed analyse`: code every response the codebook has not
 * coded yet and store the results.
 *
 * The codebook's text is stored in `codebook` (by hash) and marked used now,
 * so it becomes the `current_codebook`.  Responses not yet coded by it are
 * read in batches (in id order), coded by a pool of threads and written by
 * the calling thread, which writes one batch and reads the next while the
 * threads code, then codes too.  Written: one `coding` row each, a `theme`
 * row per theme found, a `code` row per rule match, and for a safeguarding
 * flag one `flag` row (status open; a response already flagged stays
 * flagged) with a `flag_event`.  Codes of other codebooks are kept, so a changed codebook
 * recodes everything and old and new codes can be compared.  The whole run
 * is one transaction: a failed run leaves the database as it was.  The
 * output does not depend on the number of threads.
 *
 * Ownership: everything passed in stays the caller's. */
#ifndef HEED_ANALYSE_H
#define HEED_ANALYSE_H

#include "analyse/codebook.h"
#include "analyse/coder.h"
#include "store/store.h"

struct analyse_opts {
	const char *round;	/* only this round's responses; NULL = all */
	int jobs;		/* coding threads, >= 1 */
	/* called (from the calling thread) for each rule that hit a PCRE2
	 * limit: "FILE:LINE: rule ID: MESSAGE, response N" */
	void (*warn)(void *arg, const char *msg);
	void *warn_arg;
};

struct analyse_stats {
	sqlite3_int64 codebook_id;
	long coded;		/* responses coded now */
	long themed;		/* of which with at least one theme */
	long codes;		/* code rows written */
	long flagged;		/* responses newly flagged */
	long warnings;
};

int analyse_run(store *st, const codebook *cb, const coder *co,
    const struct analyse_opts *o, struct analyse_stats *stats, char **err);

#endif
