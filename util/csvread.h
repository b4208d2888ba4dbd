/* csvread.h — reading RFC 4180 CSV files (libcsv) record by record.
 *
 * csvread_file() calls back once per record with its fields (NUL-terminated,
 * valid only during the call) and the input line where the record starts,
 * so that errors can name file:line:column.  Blank lines are skipped.  A
 * UTF-8 byte-order mark at the start is dropped.  The callback returns 0 to
 * go on, or -1 (having set *err) to stop; csvread_file() then returns -1
 * with that message.  All memory stays csvread's. */
#ifndef HEED_CSVREAD_H
#define HEED_CSVREAD_H

#include <stddef.h>

typedef int csvread_fn(void *arg, char **fields, size_t n, long line, char **err);

/* Read path ("-" = standard input).  Errors name path (and line). */
int csvread_file(const char *path, csvread_fn *fn, void *arg, char **err);

/* Index of the header field named name (ASCII case-insensitive, surrounding
 * blanks ignored), or -1. */
int csvread_column(char **header, size_t n, const char *name);
/* A copy of field s without leading and trailing white space; the caller
 * frees it. */
char *csvread_trim(const char *s);

#endif
