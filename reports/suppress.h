/* suppress.h — disclosure control for counts shown in reports.
 *
 * A count from 1 to min-1 is hidden (primary suppression) and shown as
 * "<min".  When cells that add up to a shown total have exactly one hidden
 * cell, the smallest other cell is hidden too (secondary suppression), so no
 * hidden count can be recovered by subtraction.  Zero is shown: it discloses
 * no one. */
#ifndef HEED_SUPPRESS_H
#define HEED_SUPPRESS_H

#include <stddef.h>

enum { SUPPRESS_PRIMARY = 1, SUPPRESS_SECONDARY = 2 };

struct rcount {
	int n;
	int hide;	/* 0 shown; SUPPRESS_PRIMARY: 1..min-1, shown as "<min";
			 * SUPPRESS_SECONDARY: hidden to protect another, "x" */
};

/* Primary suppression of one count. */
void suppress_primary(struct rcount *c, int min);

/* Primary suppression of n cells that add up to *total, then secondary
 * suppression among them; total may be NULL when no total is shown.  When
 * only one cell exists and it is hidden, the total is hidden too. */
void suppress_group(struct rcount *cells, size_t n, struct rcount *total, int min);

#endif
