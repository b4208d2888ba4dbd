/* figure.h — the report's charts, built from a loaded report.
 *
 * figure_build() turns a report into the list of charts every format
 * shows: each with a file name, alt text and the chart description
 * (chart.h).  The figures own their arrays; figure_free() releases them.
 * The report must outlive the figures (labels point into it). */
#ifndef HEED_FIGURE_H
#define HEED_FIGURE_H

#include "reports/chart.h"
#include "reports/report.h"

#define FIGURE_TOP_LINES 6	/* themes drawn in the trend chart */

enum figure_id { FIG_FREQ, FIG_POLARITY, FIG_TREND, FIG_COOCCUR, FIG_BY, FIG_N };

struct figure {
	const char *name;	/* file stem, e.g. "theme-frequency" */
	int present;		/* drawn for this report */
	struct chart c;
	char *title;
	char *alt;
	char hidden[16];
	const char **rows, **cols;
	double *v, *lo, *hi;
};

void figure_build(const struct report *r, struct figure f[FIG_N]);
void figure_free(struct figure f[FIG_N]);

#endif
