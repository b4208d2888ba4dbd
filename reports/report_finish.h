/* report_finish.h — disclosure control, and the statistics that depend on
 * shown counts, applied to a report that report_load() has counted.
 * Internal to reports/report.c; nothing here allocates what the caller
 * must free, beyond the report's own co and lift arrays (report_free()). */
#ifndef HEED_REPORT_FINISH_H
#define HEED_REPORT_FINISH_H

#include "reports/report.h"

/* Suppress every count below r->min_count (and what would reveal one),
 * rank the themes, work out intervals, changes and tests, and allocate
 * r->co and r->lift [nthemes * nthemes], zeroed, for the pair counts. */
void report_finish(struct report *r);
/* Suppress the pair counts in r->co (the diagonal is set from the themes)
 * and work out the lifts. */
void report_finish_pairs(struct report *r);

#endif
