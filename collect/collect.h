/* collect.h — `heed collect`: read one survey export or forum/email text
 * file into the store, in one transaction.
 *
 * The layers: collect/input.h (bytes → UTF-8, SHA-256 of the file),
 * collect/csv.h (records with line numbers) or collect/text.h (posts),
 * collect/format.h (which product, which columns), collect/date.h.  This
 * file writes import, respondent, attribute, question, response and reject
 * rows.
 *
 * Duplicates.  Each response has a dedup key, stored in response.dedup as
 * 8 hex digits of its submitted time (seconds since 1970; 0 when unknown)
 * then the first 16 hex digits (64 bits) of
 *   SHA-256( question text, NUL, who, NUL, response text )
 * where who is "id:" and the respondent id when the input has a real id
 * column (Microsoft Forms, SurveyMonkey, Qualtrics, LimeSurvey,
 * --id-column), else "at:" and the submitted date-time (ISO 8601) when there
 * is one, else "row:" and the data row number.  A response whose key is
 * already held is counted as a duplicate and not stored, so re-importing a
 * file, or a later export of the same survey, adds only what is new.  A
 * respondent row is kept only when at least one of its responses is new.
 * (The time leads the key so that an import inserts into its UNIQUE index
 * in order: see store/schema.c.)
 * A file whose SHA-256 matches an earlier import stores nothing at all
 * (result.already).
 *
 * Ownership: the caller owns everything it passes; *err (err.h) and the
 * text appended to *desc are the caller's. */
#ifndef HEED_COLLECT_H
#define HEED_COLLECT_H

#include <stddef.h>

#include "collect/format.h"
#include "store/store.h"
#include "util/buf.h"

struct collect_opts {
	const char *round;		/* --round LABEL, or NULL: from the dates */
	const char *source;		/* survey|forum|email|meeting|other; NULL: by format */
	const char *consultation;	/* --consultation NAME, or NULL */
	enum collect_format format;	/* COLLECT_FMT_AUTO to detect */
	const char *const *text_cols;	/* --text-column (header text or number) */
	size_t ntext;
	const char *id_col, *date_col;	/* or NULL */
	int dry_run;			/* roll back; describe in *desc */
	int skip_bad_rows;		/* record bad rows in reject, import the rest */
};

struct collect_result {
	enum collect_format format;
	long rows;			/* data rows or posts read */
	long responses;			/* responses stored */
	long duplicates;		/* responses already held */
	long rejected;			/* rows rejected */
	long questions;			/* free-text questions */
	char round_min[8], round_max[8];	/* "" when no response */
	int already;			/* the file was imported before */
	long long already_id;		/* ... as this import */
};

/* Import path ("-" = standard input).  On failure nothing from the file is
 * stored and *err names the file, line and column.  With opts->dry_run the
 * transaction is rolled back and a description (format, columns and why,
 * first responses) is appended to *desc. */
int collect_file(store *st, const char *path, const struct collect_opts *opts,
    struct collect_result *res, struct buf *desc, char **err);

/* Is s a source kind? */
int collect_source_valid(const char *s);

#endif
