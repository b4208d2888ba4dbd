/* report.h — everything a report shows, read once from the database.
 *
 * report_load() reads the rounds, the themes and their statistics through
 * the views of store/schema.c (never a flagged response: `reportable`), and
 * applies disclosure control (suppress.h) to every count.  The renderers
 * (render.h) only format what is here, so every format shows the same
 * figures.  The caller frees the report with report_free().
 *
 * For speed it reads every reportable response once, from the narrow
 * table response_summary (store/schema.c), and counts in C
 * (report_summary.c); a read-only connection will do.  With the
 * environment variable HEED_REPORT_SLOW set (tests only) it reads the
 * views instead, through a TEMP table on the store's connection. */
#ifndef HEED_REPORT_H
#define HEED_REPORT_H

#include <stddef.h>

#include "reports/stats.h"
#include "reports/suppress.h"
#include "reports/themeinfo.h"
#include "store/store.h"

enum { REPORT_POS, REPORT_MIXED, REPORT_NEU, REPORT_NEG, REPORT_NPOL };
extern const char *const report_polarity[REPORT_NPOL];

#define REPORT_MAXQUOTES 3
#define REPORT_QUOTE_MAX 240	/* bytes of a quote before it is cut */

struct report_opts {
	const char *round;	/* NULL: the latest round */
	const char *compare;	/* NULL: the round before; "none": no comparison */
	const char *by;		/* attribute name or "source"; NULL: source */
	int min_count;		/* counts 1..min_count-1 are suppressed */
};

struct report_round {
	char *label;
	struct rcount n;	/* reportable responses */
	struct rcount respondents;
	struct rcount flags;	/* safeguarding flags raised on its responses */
	struct rcount flags_open;	/* with flags_closed (not shown), adds up to flags */
	struct rcount flags_closed;
	struct rcount reviewed;	/* reportable responses a person reviewed */
};

struct report_count {
	char *name;
	struct rcount n;
};

struct report_quote {
	char *text;		/* redacted, cut to REPORT_QUOTE_MAX */
	const char *polarity;
	char *source;
};

struct report_theme {
	char *key;
	char *label;
	const struct themeinfo *info;	/* into report.info; may be NULL */
	struct rcount *n;		/* responses per round, [nrounds] */
	double lo, hi;			/* 95% Wilson interval, current round */
	struct rcount pol[REPORT_NPOL];	/* current round */
	struct rcount *by;		/* current round, per group [ngroups] */
	struct report_quote quotes[REPORT_MAXQUOTES];
	size_t nquotes;
	int has_change;			/* both rounds shown: change is known */
	double change;			/* percentage points, current - compared */
	double p;
	enum stats_test test;
	int negative;			/* more than half its responses negative */
	int rising;			/* a significant rise */
};

struct report_action {
	long long id;
	char *round;
	char *theme;
	char *text;
	char *status;
	char *created;
	char *done;		/* NULL while open */
};

struct report {
	int min_count;
	char *codebook;			/* name of the current codebook, or NULL */
	struct report_round *rounds;	/* all rounds, by label */
	size_t nrounds;
	size_t cur;			/* the round reported */
	long cmp;			/* the round compared with; -1 none */
	struct report_count *sources, *questions;
	size_t nsources, nquestions;
	struct rcount coded;		/* responses coded, current round */
	struct rcount pol[REPORT_NPOL];	/* polarity of coded responses */
	struct report_theme *themes;	/* ranked by current count, then key */
	size_t nthemes;
	struct rcount *co;		/* [nthemes * nthemes] co-occurrence */
	double *lift;			/* [nthemes * nthemes]; 0 when hidden */
	char *by;			/* what the breakdown is by */
	int by_given;			/* asked for with --by: draw its chart */
	struct report_count *groups;
	size_t ngroups;
	struct report_action *actions;	/* rounds up to the current one */
	size_t nactions;
	struct themeinfo_list info;
};

/* Fill *r; on failure *r holds nothing to free. */
int report_load(store *st, const struct report_opts *o, struct report *r, char **err);
void report_free(struct report *r);

/* The current round's share of theme t as a fraction (0 when hidden). */
double report_share(const struct report *r, const struct report_theme *t);
/* "12", "<5" (a small count) or "x" (hidden by secondary suppression)
 * into buf[16]. */
const char *report_count_str(const struct report *r, struct rcount c, char buf[16]);

#endif
