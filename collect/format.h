/* format.h — which survey product wrote a CSV, what its header rows mean,
 * and which columns hold free text.
 *
 * Ownership: collect_columns_free() releases what collect_format_columns()
 * allocates; everything else returns static strings. */
#ifndef HEED_COLLECT_FORMAT_H
#define HEED_COLLECT_FORMAT_H

#include <stddef.h>

#include "collect/csv.h"

enum collect_format {
	COLLECT_FMT_AUTO = -1,
	COLLECT_FMT_GOOGLE, COLLECT_FMT_MSFORMS, COLLECT_FMT_SURVEYMONKEY,
	COLLECT_FMT_QUALTRICS, COLLECT_FMT_LIMESURVEY, COLLECT_FMT_CSV,
	COLLECT_FMT_TEXT,
	COLLECT_FMT_N
};

enum collect_role {
	COLLECT_COL_IGNORE,	/* product metadata or personal data: not stored */
	COLLECT_COL_TEXT,	/* a free-text question: one response per row */
	COLLECT_COL_ATTR,	/* a choice or short answer: a respondent attribute */
	COLLECT_COL_ID,		/* the respondent's id */
	COLLECT_COL_DATE,	/* when the response was submitted */
};

struct collect_column {
	char *name;		/* question text (what the user sees) */
	char *code;		/* the header cell itself (Qualtrics: its code) */
	enum collect_role role;
	char *why;		/* why the role was chosen, for --dry-run */
};

/* "google-forms", ... "csv", "text"; collect_format_parse() returns
 * COLLECT_FMT_AUTO for an unknown name. */
const char *collect_format_name(enum collect_format f);
enum collect_format collect_format_parse(const char *name);
/* The format a first header row shows; *why says how it was recognised. */
enum collect_format collect_format_detect(const struct collect_row *row,
    const char **why);
/* Header rows the format has (1 to 3). */
int collect_format_header_rows(enum collect_format f);
/* The default source for the format: "survey" or "forum". */
const char *collect_format_source(enum collect_format f);

/* Name the columns from the header rows and give each the role the format
 * fixes for it (id, date, ignore); the others get COLLECT_COL_ATTR. */
void collect_format_columns(enum collect_format f, struct collect_row *const *hdr,
    int nhdr, struct collect_column **cols, size_t *ncols);
void collect_columns_free(struct collect_column *cols, size_t n);

/* Index of the column named by spec (header text, code, or 1-based
 * number), or -1. */
long collect_column_find(const struct collect_column *cols, size_t n,
    const char *spec);

/* Does a column look like free text, judging by the values sampled from
 * it?  *why explains (malloc'd, the caller frees). */
int collect_column_is_text(char *const *vals, size_t n, char **why);

#endif
