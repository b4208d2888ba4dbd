/* csvout.h — writing RFC 4180 CSV safely.
 *
 * Fields are quoted when they hold a comma, quote, CR or LF; quotes are
 * doubled.  A field that a spreadsheet would run as a formula (first
 * character =, +, -, @, tab or CR: OWASP "CSV injection") is written with a
 * leading apostrophe, unless it is a plain number (e.g. "-3", "+44"). */
#ifndef HEED_CSVOUT_H
#define HEED_CSVOUT_H

#include <stddef.h>
#include <stdio.h>

/* Write one field (no separator).  s may be NULL (an empty field). */
void csvout_field(FILE *f, const char *s);
/* Write n fields as one record, comma-separated, ending in "\n". */
void csvout_row(FILE *f, const char *const *fields, size_t n);
/* Does s need the formula guard? */
int csvout_is_formula(const char *s);

#endif
