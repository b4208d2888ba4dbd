/* err.h — errors as values.
 *
 * A function that can fail returns 0 on success and -1 on failure.  On
 * failure it stores a message in *err: a malloc'd string the caller owns and
 * releases with free().  err may be NULL when the caller wants no message.
 * Messages have no trailing newline and no program name: only the command
 * layer (src/) prints them, through msg_error(). */
#ifndef HEED_ERR_H
#define HEED_ERR_H

#include <stdarg.h>

/* Set *err to the formatted message (replacing and freeing any previous
 * one).  Always returns -1, so `return err_set(err, "...")` reads well. */
int err_set(char **err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Prefix an existing *err with the formatted context and ": ".  When *err is
 * NULL the context alone becomes the message.  Always returns -1. */
int err_prefix(char **err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
