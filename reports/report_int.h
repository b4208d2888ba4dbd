/* report_int.h — what report.c shares with report_summary.c, and no one
 * else: the theme table of a report being loaded and the scan that counts
 * themes in C.  The scan's arrays (th, co, v) are the scan's own;
 * report_finish_themes() frees them. */
#ifndef HEED_REPORT_INT_H
#define HEED_REPORT_INT_H

#include "reports/report.h"

/* The themes of the reportable responses are read in one scan, in response
 * order, and every per-theme figure is counted from it in C: responses per
 * round, and for the current round polarity, groups, co-occurrence (the
 * themes of one response are gathered, then each ordered pair counted), and
 * the best quote candidates. */
#define SCAN_BEST 8	/* quote candidates kept per theme and polarity */

struct cand {
	sqlite3_int64 k, id;	/* rank: |length - 120|, then id */
	int pol;
};

struct scan_theme {
	struct cand best[REPORT_NPOL][SCAN_BEST];	/* by rank */
	size_t nbest[REPORT_NPOL];
};

struct scan {
	const sqlite3_int64 *ids;	/* round ids, by round index */
	size_t cur;			/* the current round's index */
	size_t cap;			/* themes the arrays below hold */
	struct scan_theme *th;		/* [cap], by index in r->themes */
	int *co;			/* [cap * cap] */
	sqlite3_int64 id;		/* the response gathered */
	size_t *v, n;			/* its themes */
	size_t grp;			/* the last row's group */
};

/* Index of polarity s in report_polarity (neutral when unknown). */
int report_polarity_index(const char *s);
/* Theme key of r, added (counts zero, by[] sized r->ngroups + 1) if new. */
struct report_theme *report_theme_get(struct report *r, const char *key);
/* Index of theme key in r->themes; r->nthemes when absent. */
size_t report_theme_index(const struct report *r, const char *key);
/* Make the scan's arrays hold n themes. */
void report_scan_grow(struct scan *sc, size_t n);
/* Count the co-occurrences of the themes gathered (sc->v[0..n)); empty it. */
void report_scan_flush(struct scan *sc);
/* Keep quote candidate c if among the SCAN_BEST best of its polarity. */
void report_cand_keep(struct scan_theme *st, struct cand c);
/* After the scan: the quotes, the ranking (report_finish()) and the
 * co-occurrence counts; frees the scan's arrays. */
int report_finish_themes(store *st, struct report *r, struct scan *sc,
    sqlite3_int64 cur, char **err);

/* Count every reportable response from response_summary (store/schema.c)
 * in one scan: rounds, sources, questions, groups (attr, or the source when
 * NULL), polarity and themes of the current codebook cbid, with reviews
 * applied as current_theme does; then report_finish_themes().  Returns 1,
 * with r part counted, when the summary's rows are not the nresp responses'
 * (a database written other than by heed): read the views instead. */
int report_summary_load(store *st, struct report *r, const sqlite3_int64 *ids,
    const char *attr, sqlite3_int64 cbid, sqlite3_int64 nresp, char **err);

#endif
