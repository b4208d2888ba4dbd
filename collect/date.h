/* date.h — dates as survey exports write them, and round labels.
 *
 * Accepted: ISO 8601 (2026-03-14, 2026-03-14T10:02:11Z, 2026-03-14 10:02,
 * fractions and zone offsets are dropped), 2026/03/14 10:02:11,
 * 14/03/2026 10:02 (day first), 3/14/2026 10:02:11 AM (month first),
 * 14.03.2026 10:02.  Which of day and month comes first is the caller's
 * order; COLLECT_DATE_AUTO takes month first when there is AM/PM or the
 * second number is over 12, else day first.  The result is written as
 * YYYY-MM-DDTHH:MM:SS (or YYYY-MM-DD when there is no time). */
#ifndef HEED_COLLECT_DATE_H
#define HEED_COLLECT_DATE_H

enum collect_date_order { COLLECT_DATE_AUTO, COLLECT_DATE_DMY, COLLECT_DATE_MDY };

int collect_date_parse(const char *s, enum collect_date_order order, char out[20]);
/* The order a value proves (a number over 12 in one place, or AM/PM), else
 * COLLECT_DATE_AUTO. */
enum collect_date_order collect_date_order_of(const char *s);
/* Is label a round label, YYYY-Qn (n = 1..4)? */
int collect_round_valid(const char *label);
/* The round (quarter) of an ISO date, "2026-Q3", into out[8]. */
void collect_round_of(const char *iso, char out[8]);

#endif
