/* date.c — see date.h. */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "collect/date.h"

/* Read 1..max digits; returns the count read (0 = none). */
static int
num(const char **s, int max, int *v)
{
	int n = 0;

	*v = 0;
	while (n < max && isdigit((unsigned char)**s)) {
		*v = *v * 10 + (**s - '0');
		(*s)++;
		n++;
	}
	return n;
}

static int
days_in(int y, int m)
{
	static const int d[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return d[m - 1];
}

/* The time part after the date: [ T]HH:MM[:SS][.fff][ AM|PM][Z|±hh[:mm]].
 * *has is 0 when there is none.  Returns -1 on junk. */
static int
parse_time(const char *s, int *h, int *mi, int *se, int *has, int *ampm)
{
	int v;

	*h = *mi = *se = 0;
	*has = 0;
	*ampm = 0;
	while (*s == ' ')
		s++;
	if (*s == 'T')
		s++;
	if (*s == '\0')
		return 0;
	if (num(&s, 2, h) == 0 || *s++ != ':' || num(&s, 2, mi) != 2)
		return -1;
	if (*s == ':') {
		s++;
		if (num(&s, 2, se) != 2)
			return -1;
		if (*s == '.' || *s == ',') {
			s++;
			if (num(&s, 9, &v) == 0)
				return -1;
		}
	}
	*has = 1;
	while (*s == ' ')
		s++;
	if (strncasecmp(s, "AM", 2) == 0 || strncasecmp(s, "PM", 2) == 0) {
		*ampm = toupper((unsigned char)*s) == 'A' ? 1 : 2;
		s += 2;
		while (*s == ' ')
			s++;
	}
	if (*s == 'Z')
		s++;
	else if (*s == '+' || *s == '-') {
		s++;
		if (num(&s, 2, &v) != 2)
			return -1;
		if (*s == ':')
			s++;
		num(&s, 2, &v);
	}
	while (*s == ' ')
		s++;
	return *s == '\0' ? 0 : -1;
}

/* Split s into three numbers with their separators and the rest. */
static int
parse_triple(const char *s, int n[3], int len[3], char *sep, const char **rest)
{
	while (*s == ' ')
		s++;
	if ((len[0] = num(&s, 4, &n[0])) == 0)
		return -1;
	*sep = *s;
	if (*sep != '-' && *sep != '/' && *sep != '.')
		return -1;
	s++;
	if ((len[1] = num(&s, 2, &n[1])) == 0 || *s++ != *sep)
		return -1;
	if ((len[2] = num(&s, 4, &n[2])) == 0)
		return -1;
	*rest = s;
	return 0;
}

enum collect_date_order
collect_date_order_of(const char *s)
{
	int n[3], len[3], h, mi, se, has, ampm;
	char sep;
	const char *rest;

	if (parse_triple(s, n, len, &sep, &rest) < 0 || len[0] == 4)
		return COLLECT_DATE_AUTO;
	if (parse_time(rest, &h, &mi, &se, &has, &ampm) == 0 && ampm)
		return COLLECT_DATE_MDY;
	if (n[0] > 12 && n[1] <= 12)
		return COLLECT_DATE_DMY;
	if (n[1] > 12 && n[0] <= 12)
		return COLLECT_DATE_MDY;
	return COLLECT_DATE_AUTO;
}

int
collect_date_parse(const char *s, enum collect_date_order order, char out[20])
{
	int n[3], len[3], y, m, d, h, mi, se, has, ampm;
	char sep;
	const char *rest;

	if (parse_triple(s, n, len, &sep, &rest) < 0)
		return -1;
	if (parse_time(rest, &h, &mi, &se, &has, &ampm) < 0)
		return -1;
	if (len[0] == 4) {		/* year first */
		if (sep == '.')
			return -1;
		y = n[0], m = n[1], d = n[2];
	} else {
		if (len[2] != 4)
			return -1;
		y = n[2];
		if (order == COLLECT_DATE_AUTO)
			order = collect_date_order_of(s);
		if (order == COLLECT_DATE_AUTO)
			order = COLLECT_DATE_DMY;
		if (sep == '.')
			order = COLLECT_DATE_DMY;
		if (order == COLLECT_DATE_MDY)
			m = n[0], d = n[1];
		else
			d = n[0], m = n[1];
	}
	if (ampm) {
		if (h < 1 || h > 12)
			return -1;
		h = h % 12 + (ampm == 2 ? 12 : 0);
	}
	if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > days_in(y, m) ||
	    h > 23 || mi > 59 || se > 60)
		return -1;
	if (has)
		snprintf(out, 20, "%04u-%02u-%02uT%02u:%02u:%02u", (unsigned)y % 10000u,
		    (unsigned)m % 100u, (unsigned)d % 100u, (unsigned)h % 100u,
		    (unsigned)mi % 100u, (unsigned)se % 100u);
	else
		snprintf(out, 20, "%04u-%02u-%02u", (unsigned)y % 10000u,
		    (unsigned)m % 100u, (unsigned)d % 100u);
	return 0;
}

int
collect_round_valid(const char *label)
{
	return strlen(label) == 7 && isdigit((unsigned char)label[0]) &&
	    isdigit((unsigned char)label[1]) && isdigit((unsigned char)label[2]) &&
	    isdigit((unsigned char)label[3]) && label[4] == '-' && label[5] == 'Q' &&
	    label[6] >= '1' && label[6] <= '4';
}

void
collect_round_of(const char *iso, char out[8])
{
	int m = (iso[5] - '0') * 10 + (iso[6] - '0');

	snprintf(out, 8, "%.4s-Q%u", iso, (unsigned)((m - 1) / 3 + 1) % 10u);
}
