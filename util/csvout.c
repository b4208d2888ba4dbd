/* csvout.c — see csvout.h. */
#include "config.h"

#include <ctype.h>
#include <string.h>

#include "util/csvout.h"

static int
is_number(const char *s)
{
	int digits = 0;

	if (*s == '+' || *s == '-')
		s++;
	for (; *s; s++) {
		if (isdigit((unsigned char)*s))
			digits++;
		else if (*s != '.' && *s != ' ')
			return 0;
	}
	return digits > 0;
}

int
csvout_is_formula(const char *s)
{
	if (s == NULL || *s == '\0')
		return 0;
	if (strchr("=+-@\t\r", *s) == NULL)
		return 0;
	return !is_number(s);
}

void
csvout_field(FILE *f, const char *s)
{
	if (s == NULL)
		return;
	int guard = csvout_is_formula(s);
	if (!guard && strpbrk(s, ",\"\r\n") == NULL) {
		fputs(s, f);
		return;
	}
	putc('"', f);
	if (guard)
		putc('\'', f);
	for (; *s; s++) {
		if (*s == '"')
			putc('"', f);
		putc(*s, f);
	}
	putc('"', f);
}

void
csvout_row(FILE *f, const char *const *fields, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (i)
			putc(',', f);
		csvout_field(f, fields[i]);
	}
	putc('\n', f);
}
