/* xalloc.h — allocation that cannot fail.
 *
 * heed treats running out of memory as fatal: these wrappers print
 * "heed: out of memory" and abort rather than return NULL.  Everything they
 * return is the caller's, released with free(). */
#ifndef HEED_XALLOC_H
#define HEED_XALLOC_H

#include <stdarg.h>
#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
void *xreallocarray(void *p, size_t nmemb, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

#endif
