/* err.c — see err.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "util/err.h"
#include "util/xalloc.h"

int
err_set(char **err, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL)
		return -1;
	free(*err);
	va_start(ap, fmt);
	*err = xvasprintf(fmt, ap);
	va_end(ap);
	return -1;
}

int
err_prefix(char **err, const char *fmt, ...)
{
	va_list ap;
	char *ctx;

	if (err == NULL)
		return -1;
	va_start(ap, fmt);
	ctx = xvasprintf(fmt, ap);
	va_end(ap);
	if (*err == NULL) {
		*err = ctx;
		return -1;
	}
	char *msg = xasprintf("%s: %s", ctx, *err);
	free(ctx);
	free(*err);
	*err = msg;
	return -1;
}
