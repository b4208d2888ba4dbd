/* export.h — CSV exports for spreadsheets and other tools.
 *
 * Every export writes RFC 4180 CSV with a header row through util/csvout.h
 * (formula-guarded), uses the redacted text unless opts->unredacted, and
 * never includes a safeguarding-flagged response (the `reportable` view).
 * Each kind is one function with this signature; src/cmd_export.c lists
 * them.  The store and the FILE stay the caller's. */
#ifndef HEED_EXPORT_H
#define HEED_EXPORT_H

#include <stdio.h>

#include "store/store.h"

struct export_opts {
	const char *round;	/* only this round (label); NULL = all */
	const char *theme;	/* only this theme (key); NULL = all */
	int unredacted;		/* original text instead of redacted */
	int min_count;		/* disclosure-control threshold for counts */
};

typedef int export_fn(store *st, FILE *out, const struct export_opts *o, char **err);

/* For the kinds: run sql with ?1 = o->unredacted, ?2 = o->round, ?3 =
 * o->theme (NULL when not given) and write header then one record per row,
 * ncol (<= EXPORT_MAXCOLS) fields each; columns the query lacks are empty.
 * what names the export in an error. */
#define EXPORT_MAXCOLS 16
int export_query(store *st, FILE *out, const struct export_opts *o, const char *sql,
    const char *const *header, int ncol, const char *what, char **err);

/* id,question,round,source,polarity,safeguarding,themes,text */
export_fn export_responses;
/* id,question,theme,rule,start,end,negated (analyse/export_codes.c) */
export_fn export_codes;
/* id,response,question,round,text,heed_themes,accept,themes,reviewer,notes:
 * responses coded by the current codebook, the last four columns empty for a
 * person to fill in; `heed review import` reads it back (analyse/review.h). */
export_fn export_review;
/* theme,label,round,responses,round_responses,share,ci_low,ci_high: theme
 * by round; counts below opts->min_count are "<N" with no share. */
export_fn export_themes;

#endif
