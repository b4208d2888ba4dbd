/* format.c — see format.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "collect/format.h"
#include "util/buf.h"
#include "util/xalloc.h"

static const char *const names[COLLECT_FMT_N] = {
	"google-forms", "ms-forms", "surveymonkey", "qualtrics", "limesurvey",
	"csv", "text",
};

const char *
collect_format_name(enum collect_format f)
{
	return f >= 0 && f < COLLECT_FMT_N ? names[f] : "auto";
}

enum collect_format
collect_format_parse(const char *name)
{
	for (int i = 0; i < COLLECT_FMT_N; i++)
		if (strcmp(name, names[i]) == 0)
			return (enum collect_format)i;
	return COLLECT_FMT_AUTO;
}

int
collect_format_header_rows(enum collect_format f)
{
	return f == COLLECT_FMT_SURVEYMONKEY ? 2 : f == COLLECT_FMT_QUALTRICS ? 3 : 1;
}

const char *
collect_format_source(enum collect_format f)
{
	return f == COLLECT_FMT_TEXT ? "forum" : "survey";
}

static int
has(const struct collect_row *r, size_t i, const char *s)
{
	return i < r->n && strcasecmp(r->f[i], s) == 0;
}

static int
has_anywhere(const struct collect_row *r, const char *s)
{
	for (size_t i = 0; i < r->n; i++)
		if (strcmp(r->f[i], s) == 0)
			return 1;
	return 0;
}

enum collect_format
collect_format_detect(const struct collect_row *r, const char **why)
{
	if (has(r, 0, "Timestamp")) {
		*why = "first column is \"Timestamp\"";
		return COLLECT_FMT_GOOGLE;
	}
	if (has(r, 0, "ID") && has(r, 1, "Start time") && has(r, 2, "Completion time")) {
		*why = "columns \"ID\", \"Start time\", \"Completion time\"";
		return COLLECT_FMT_MSFORMS;
	}
	if (has(r, 0, "Respondent ID") && has(r, 1, "Collector ID")) {
		*why = "columns \"Respondent ID\", \"Collector ID\"";
		return COLLECT_FMT_SURVEYMONKEY;
	}
	if (has_anywhere(r, "ResponseId") && has_anywhere(r, "StartDate")) {
		*why = "columns \"StartDate\" and \"ResponseId\"";
		return COLLECT_FMT_QUALTRICS;
	}
	if (has(r, 0, "id") && has(r, 1, "submitdate")) {
		*why = "columns \"id\", \"submitdate\"";
		return COLLECT_FMT_LIMESURVEY;
	}
	*why = "no survey product's header";
	return COLLECT_FMT_CSV;
}

/* The metadata columns of each product: NULL-terminated, "=id" and "=date"
 * mark the respondent id and the submission time; the rest are ignored
 * (timings, personal data, technical fields). */
static const char *const meta_google[] = {
	"Timestamp=date", "Email Address", "Email address", "Score", NULL };
static const char *const meta_ms[] = {
	"ID=id", "Start time", "Completion time=date", "Email", "Name",
	"Last modified time", "Total points", "Quiz feedback", NULL };
static const char *const meta_sm[] = {
	"Respondent ID=id", "Collector ID", "Start Date", "End Date=date",
	"IP Address", "Email Address", "First Name", "Last Name",
	"Custom Data 1", NULL };
static const char *const meta_qualtrics[] = {
	"StartDate", "EndDate=date", "Status", "IPAddress", "Progress",
	"Duration (in seconds)", "Finished", "RecordedDate", "ResponseId=id",
	"RecipientLastName", "RecipientFirstName", "RecipientEmail",
	"ExternalReference", "LocationLatitude", "LocationLongitude",
	"DistributionChannel", "UserLanguage", NULL };
static const char *const meta_lime[] = {
	"id=id", "submitdate=date", "lastpage", "startlanguage", "seed",
	"startdate", "datestamp", "ipaddr", "refurl", "token", NULL };

static enum collect_role
meta_role(enum collect_format f, const char *code, const char **why)
{
	const char *const *m = f == COLLECT_FMT_GOOGLE ? meta_google :
	    f == COLLECT_FMT_MSFORMS ? meta_ms :
	    f == COLLECT_FMT_SURVEYMONKEY ? meta_sm :
	    f == COLLECT_FMT_QUALTRICS ? meta_qualtrics :
	    f == COLLECT_FMT_LIMESURVEY ? meta_lime : NULL;
	size_t n = strlen(code);

	for (; m && *m; m++) {
		if (strncmp(*m, code, n) != 0 || ((*m)[n] != '\0' && (*m)[n] != '='))
			continue;
		if (strcmp(*m + n, "=id") == 0) {
			*why = "the respondent id";
			return COLLECT_COL_ID;
		}
		if (strcmp(*m + n, "=date") == 0) {
			*why = "the submission time";
			return COLLECT_COL_DATE;
		}
		*why = "metadata or personal data";
		return COLLECT_COL_IGNORE;
	}
	*why = NULL;
	return COLLECT_COL_ATTR;
}

/* SurveyMonkey sub-labels that mean "the answer itself". */
static int
plain_sublabel(const char *s)
{
	return *s == '\0' || strcmp(s, "Response") == 0 ||
	    strcmp(s, "Open-Ended Response") == 0;
}

void
collect_format_columns(enum collect_format f, struct collect_row *const *hdr,
    int nhdr, struct collect_column **cols, size_t *ncols)
{
	const struct collect_row *h0 = hdr[0];
	struct collect_column *c = xcalloc(h0->n ? h0->n : 1, sizeof *c);
	const char *carry = "";

	for (size_t i = 0; i < h0->n; i++) {
		const char *code = h0->f[i], *why;

		c[i].code = xstrdup(code);
		if (f == COLLECT_FMT_SURVEYMONKEY && nhdr >= 2) {
			const char *sub = i < hdr[1]->n ? hdr[1]->f[i] : "";

			if (*code)
				carry = code;
			if (plain_sublabel(sub))
				c[i].name = xstrdup(carry);
			else
				c[i].name = xasprintf("%s [%s]", carry, sub);
		} else if (f == COLLECT_FMT_QUALTRICS && nhdr >= 2 &&
		    i < hdr[1]->n && *hdr[1]->f[i])
			c[i].name = xstrdup(hdr[1]->f[i]);
		else if (*code)
			c[i].name = xstrdup(code);
		else
			c[i].name = xasprintf("column %zu", i + 1);
		c[i].role = meta_role(f, code, &why);
		if (why)
			c[i].why = xasprintf("%s: %s", collect_format_name(f), why);
	}
	*cols = c;
	*ncols = h0->n;
}

void
collect_columns_free(struct collect_column *cols, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(cols[i].name);
		free(cols[i].code);
		free(cols[i].why);
	}
	free(cols);
}

long
collect_column_find(const struct collect_column *cols, size_t n, const char *spec)
{
	char *end;
	long k = strtol(spec, &end, 10);

	if (*spec && *end == '\0')
		return k >= 1 && (size_t)k <= n ? k - 1 : -1;
	for (size_t i = 0; i < n; i++)
		if (strcmp(cols[i].name, spec) == 0)
			return (long)i;
	for (size_t i = 0; i < n; i++)
		if (strcmp(cols[i].code, spec) == 0)
			return (long)i;
	return -1;
}

static int
cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
collect_column_is_text(char *const *vals, size_t n, char **why)
{
	size_t filled = 0, spaced = 0, total = 0, distinct = 0;
	char **v = xcalloc(n ? n : 1, sizeof *v);
	int text;

	for (size_t i = 0; i < n; i++) {
		if (vals[i][0] == '\0')
			continue;
		v[filled++] = vals[i];
		total += strlen(vals[i]);
		if (strchr(vals[i], ' '))
			spaced++;
	}
	qsort(v, filled, sizeof *v, cmpstr);
	for (size_t i = 0; i < filled; i++)
		if (i == 0 || strcmp(v[i], v[i - 1]) != 0)
			distinct++;
	free(v);
	if (filled == 0) {
		*why = xstrdup("no answers in the first rows: kept as text so none "
		    "is lost");
		return 1;
	}
	size_t mean = total / filled;
	unsigned pspace = (unsigned)(100 * spaced / filled);
	unsigned pdist = (unsigned)(100 * distinct / filled);
	/* free text: sentences (long, with spaces) that people word differently;
	 * choices repeat, are short, or have no spaces */
	text = mean >= 20 && pspace >= 50 && (filled < 5 || pdist >= 50);
	*why = xasprintf("mean %zu characters, %u%% with spaces, %u%% distinct "
	    "in %zu answers", mean, pspace, pdist, filled);
	return text;
}
