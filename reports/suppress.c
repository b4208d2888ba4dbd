/* suppress.c — primary and secondary suppression; see suppress.h. */
#include "config.h"

#include "reports/suppress.h"

void
suppress_primary(struct rcount *c, int min)
{
	if (!c->hide && c->n > 0 && c->n < min)
		c->hide = SUPPRESS_PRIMARY;
}

void
suppress_group(struct rcount *cells, size_t n, struct rcount *total, int min)
{
	size_t hidden = 0, pick = n;

	if (total)
		suppress_primary(total, min);
	for (size_t i = 0; i < n; i++) {
		suppress_primary(&cells[i], min);
		hidden += cells[i].hide != 0;
	}
	if (total && total->hide) {
		/* the total is hidden, so the cells cannot add up to it: but a
		 * cell at or above min is still shown, which is safe. */
		return;
	}
	if (hidden != 1 || total == NULL)
		return;
	/* the smallest shown non-zero cell; failing that any shown cell */
	for (size_t i = 0; i < n; i++)
		if (!cells[i].hide && cells[i].n > 0 &&
		    (pick == n || cells[i].n < cells[pick].n))
			pick = i;
	for (size_t i = 0; pick == n && i < n; i++)
		if (!cells[i].hide)
			pick = i;
	if (pick < n)
		cells[pick].hide = SUPPRESS_SECONDARY;
	else
		total->hide = SUPPRESS_SECONDARY;
}
