/* csv.h — CSV records from UTF-8 chunks, through libcsv in strict RFC 4180
 * mode, with the input line on which each record starts.
 *
 * Feed chunks of any size with collect_csv_feed(); each complete record is
 * handed to the row callback as a struct collect_row whose fields point into
 * the reader's own storage (valid only during the callback; no allocation
 * per field).  collect_csv_finish() flushes the last record and reports an
 * unterminated quoted field.  When the callback fails, its *err is returned
 * by the feed or finish call that invoked it.
 *
 * Malformed quoting (a quote inside an unquoted field, text after a closing
 * quote) is an error naming the line and column, unless a bad-row callback
 * is set: then that is told, the record is dropped, and reading resumes on
 * the next line.
 *
 * Ownership: collect_csv_new() gives the caller a reader freed with
 * collect_csv_free(). */
#ifndef HEED_COLLECT_CSV_H
#define HEED_COLLECT_CSV_H

#include <stddef.h>

struct collect_row {
	size_t n;		/* number of fields */
	char **f;		/* NUL-terminated fields */
	size_t *len;		/* their lengths */
	long line;		/* input line where the record starts (1-based) */
};

typedef int (*collect_row_fn)(void *ctx, const struct collect_row *row, char **err);
typedef int (*collect_bad_fn)(void *ctx, long line, size_t column,
    const char *reason, char **err);

typedef struct collect_csv collect_csv;

/* name is used in messages; delim is ',', ';' or '\t'. */
collect_csv *collect_csv_new(const char *name, int delim, collect_row_fn row,
    collect_bad_fn bad, void *ctx);
int collect_csv_feed(collect_csv *c, const char *p, size_t n, char **err);
int collect_csv_finish(collect_csv *c, char **err);
/* Lines seen so far (the number of the line being read). */
long collect_csv_line(const collect_csv *c);
void collect_csv_free(collect_csv *c);

/* The delimiter of a CSV file from its first n bytes: the one of ',', ';',
 * '\t' that occurs (outside quotes) the same non-zero number of times in
 * each of the first records, preferring more; ',' when none does. */
int collect_csv_sniff(const char *p, size_t n);

#endif
