/* test_collect.c — the byte and parsing layers of `heed collect`, table
 * driven: encoding detection and conversion, delimiter sniffing, CSV records
 * with their start lines (fed whole and byte by byte), dates and rounds. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "collect/csv.h"
#include "collect/date.h"
#include "collect/input.h"
#include "tests/unit/testhelp.h"
#include "util/buf.h"

static void
test_dates(void)
{
	static const struct {
		const char *in;
		enum collect_date_order order;
		const char *want;	/* NULL: rejected */
	} v[] = {
		{ "2026/03/14 10:02:11", COLLECT_DATE_AUTO, "2026-03-14T10:02:11" },
		{ "14/03/2026 10:02", COLLECT_DATE_AUTO, "2026-03-14T10:02:00" },
		{ "3/14/2026 10:02:11 AM", COLLECT_DATE_AUTO, "2026-03-14T10:02:11" },
		{ "3/14/2026 12:30:00 AM", COLLECT_DATE_AUTO, "2026-03-14T00:30:00" },
		{ "3/4/2026 1:05:09 PM", COLLECT_DATE_AUTO, "2026-03-04T13:05:09" },
		{ "03/04/2026 13:05", COLLECT_DATE_AUTO, "2026-04-03T13:05:00" },
		{ "03/04/2026 13:05", COLLECT_DATE_MDY, "2026-03-04T13:05:00" },
		{ "2026-03-14T10:02:11Z", COLLECT_DATE_AUTO, "2026-03-14T10:02:11" },
		{ "2026-03-14T10:02:11.123+01:00", COLLECT_DATE_AUTO, "2026-03-14T10:02:11" },
		{ "2026-03-14 10:02", COLLECT_DATE_AUTO, "2026-03-14T10:02:00" },
		{ "2026-03-14", COLLECT_DATE_AUTO, "2026-03-14" },
		{ "14.03.2026 10:02", COLLECT_DATE_AUTO, "2026-03-14T10:02:00" },
		{ "2024-02-29", COLLECT_DATE_AUTO, "2024-02-29" },
		{ "2026-02-29", COLLECT_DATE_AUTO, NULL },
		{ "2026-13-01", COLLECT_DATE_AUTO, NULL },
		{ "14/03/2026 25:00", COLLECT_DATE_AUTO, NULL },
		{ "3/14/2026 13:00 PM", COLLECT_DATE_AUTO, NULL },
		{ "yesterday", COLLECT_DATE_AUTO, NULL },
		{ "2026/03/14 10:02:11 junk", COLLECT_DATE_AUTO, NULL },
		{ "", COLLECT_DATE_AUTO, NULL },
	};
	char out[20];

	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
		int rc = collect_date_parse(v[i].in, v[i].order, out);
		if (v[i].want == NULL) {
			if (rc == 0)
				fprintf(stderr, "accepted '%s' as %s\n", v[i].in, out);
			CHECK(rc < 0);
		} else {
			CHECK(rc == 0);
			if (rc == 0)
				CHECK_STR(out, v[i].want);
		}
	}
	CHECK(collect_date_order_of("14/03/2026") == COLLECT_DATE_DMY);
	CHECK(collect_date_order_of("3/14/2026") == COLLECT_DATE_MDY);
	CHECK(collect_date_order_of("3/4/2026 1:00 PM") == COLLECT_DATE_MDY);
	CHECK(collect_date_order_of("3/4/2026") == COLLECT_DATE_AUTO);

	static const struct { const char *iso, *round; } q[] = {
		{ "2026-01-01", "2026-Q1" }, { "2026-03-31T23:59:59", "2026-Q1" },
		{ "2026-04-01", "2026-Q2" }, { "2026-09-30", "2026-Q3" },
		{ "2026-12-31", "2026-Q4" },
	};
	char r[8];
	for (size_t i = 0; i < sizeof q / sizeof q[0]; i++) {
		collect_round_of(q[i].iso, r);
		CHECK_STR(r, q[i].round);
	}
	CHECK(collect_round_valid("2026-Q3"));
	CHECK(!collect_round_valid("2026-Q5"));
	CHECK(!collect_round_valid("2026Q3"));
	CHECK(!collect_round_valid("2026-Q3x"));
	CHECK(!collect_round_valid("q3"));
}

static void
test_sniff(void)
{
	static const struct { const char *in; int want; } v[] = {
		{ "a,b,c\n1,2,3\n", ',' },
		{ "a;b;c\n1;2;3\n", ';' },
		{ "a\tb\tc\r\n1\t2\t3\r\n", '\t' },
		{ "a;b\n\"x,y,z\";2\n\"p,q\";3\n", ';' },	/* commas only inside quotes */
		{ "name,comment\n1,\"one; two\"\n", ',' },
		{ "a;b;c\r1;2;3\r", ';' },
		{ "only\n", ',' },
		{ "a,b;c\n1,2;3\n4,5;6\n", ',' },		/* a tie: the first wins */
	};
	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
		int got = collect_csv_sniff(v[i].in, strlen(v[i].in));
		if (got != v[i].want)
			fprintf(stderr, "sniff case %zu: got %d\n", i, got);
		CHECK(got == v[i].want);
	}
}

static void
test_encodings(void)
{
	static const struct {
		const char *in;
		size_t n;
		int eof;
		enum collect_enc want;
		size_t bom;
	} v[] = {
		{ "abc", 3, 1, COLLECT_ENC_UTF8, 0 },
		{ "\xef\xbb\xbf" "abc", 6, 1, COLLECT_ENC_UTF8_BOM, 3 },
		{ "\xff\xfe" "a\0", 4, 1, COLLECT_ENC_UTF16LE, 2 },
		{ "\xfe\xff\0a", 4, 1, COLLECT_ENC_UTF16BE, 2 },
		{ "caf\xc3\xa9", 5, 1, COLLECT_ENC_UTF8, 0 },
		{ "caf\xe9", 4, 1, COLLECT_ENC_CP1252, 0 },
		{ "caf\xc3", 4, 0, COLLECT_ENC_UTF8, 0 },	/* cut by the chunk */
		{ "caf\xc3", 4, 1, COLLECT_ENC_CP1252, 0 },	/* cut by the end */
		{ "\x93quoted\x94", 8, 1, COLLECT_ENC_CP1252, 0 },
		{ "\xed\xa0\x80", 3, 1, COLLECT_ENC_CP1252, 0 },	/* a surrogate */
	};
	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
		size_t bom;
		enum collect_enc e = collect_enc_detect((const unsigned char *)v[i].in,
		    v[i].n, v[i].eof, &bom);
		if (e != v[i].want)
			fprintf(stderr, "encoding case %zu: got %s\n", i, collect_enc_name(e));
		CHECK(e == v[i].want);
		CHECK(bom == v[i].bom);
	}

	/* whole streams converted to UTF-8 */
	static const struct { const char *in; size_t n; const char *want; } s[] = {
		{ "\xff\xfe" "a\0\xe9\0,\0\x1c\x20\n\0", 12, "a\xc3\xa9,\xe2\x80\x9c\n" },
		{ "\xfe\xff\0a\0\xe9", 6, "a\xc3\xa9" },
		{ "caf\xe9 \x93hi\x94 \x80", 11, "caf\xc3\xa9 \xe2\x80\x9chi\xe2\x80\x9d \xe2\x82\xac" },
		{ "\xef\xbb\xbfx,y", 6, "x,y" },
	};
	for (size_t i = 0; i < sizeof s / sizeof s[0]; i++) {
		FILE *f = fmemopen((void *)s[i].in, s[i].n, "rb");
		collect_input *in = collect_input_fopen(f, "mem");
		struct buf b = BUF_INIT;
		const char *p;
		size_t n;
		char *err = NULL;

		while (collect_input_read(in, &p, &n, &err) == 0 && n > 0)
			buf_add(&b, p, n);
		CHECK(err == NULL);
		CHECK_STR(buf_str(&b), s[i].want);
		free(err);
		buf_free(&b);
		collect_input_close(in);
		fclose(f);
	}
	/* a lone byte after a UTF-16 BOM is a broken character */
	FILE *f = fmemopen((void *)"\xff\xfe" "a\0b", 5, "rb");
	collect_input *in = collect_input_fopen(f, "odd.csv");
	const char *p;
	size_t n;
	char *err = NULL;
	int rc;
	while ((rc = collect_input_read(in, &p, &n, &err)) == 0 && n > 0)
		;
	CHECK(rc < 0);
	CHECK(err && strstr(err, "odd.csv: byte offset 4") != NULL);
	free(err);
	collect_input_close(in);
	fclose(f);
	CHECK(collect_utf8_valid((const unsigned char *)"\xc0\x80", 2) == 0);
	CHECK(collect_utf8_valid((const unsigned char *)"ok\xf4\x90\x80\x80", 6) == 2);
}

struct rec {
	struct buf text;	/* records as line:field|field\n */
};

static int
on_row(void *ctx, const struct collect_row *r, char **err)
{
	struct rec *rec = ctx;

	(void)err;
	buf_addf(&rec->text, "%ld:", r->line);
	for (size_t i = 0; i < r->n; i++)
		buf_addf(&rec->text, "%s%s", i ? "|" : "", r->f[i]);
	buf_addc(&rec->text, '\n');
	return 0;
}

static int
on_bad(void *ctx, long line, size_t column, const char *reason, char **err)
{
	struct rec *rec = ctx;

	(void)reason;
	(void)err;
	buf_addf(&rec->text, "bad %ld:%zu\n", line, column);
	return 0;
}

/* Parse in whole and byte by byte; both must give want. */
static void
check_csv(const char *in, int delim, int skip, const char *want, const char *errwant)
{
	for (int bytewise = 0; bytewise < 2; bytewise++) {
		struct rec rec = { BUF_INIT };
		collect_csv *c = collect_csv_new("t.csv", delim, on_row, skip ? on_bad : NULL, &rec);
		char *err = NULL;
		int rc = 0;
		size_t n = strlen(in);

		if (bytewise)
			for (size_t i = 0; i < n && rc == 0; i++)
				rc = collect_csv_feed(c, in + i, 1, &err);
		else
			rc = collect_csv_feed(c, in, n, &err);
		if (rc == 0)
			rc = collect_csv_finish(c, &err);
		if (errwant) {
			CHECK(rc < 0);
			CHECK(err && strstr(err, errwant) != NULL);
			if (err && !strstr(err, errwant))
				fprintf(stderr, "error: %s\n", err);
		} else {
			CHECK(rc == 0);
			CHECK_STR(buf_str(&rec.text), want);
		}
		free(err);
		buf_free(&rec.text);
		collect_csv_free(c);
	}
}

static void
test_csv(void)
{
	check_csv("a,b\n1,2\n", ',', 0, "1:a|b\n2:1|2\n", NULL);
	check_csv("a,b\r\n1,2\r\n", ',', 0, "1:a|b\n2:1|2\n", NULL);
	check_csv("a,b\r1,2\r3,4", ',', 0, "1:a|b\n2:1|2\n3:3|4\n", NULL);
	check_csv("a;b\n\"x\ny\";2\n\n3;\"q\"\"r\"\n", ';', 0,
	    "1:a|b\n2:x\ny|2\n5:3|q\"r\n", NULL);
	check_csv("a\tb\r\n\"1\r\n2\"\t\"t,;\"\r\n", '\t', 0, "1:a|b\n2:1\r\n2|t,;\n", NULL);
	check_csv("a,b\n1,\"open\n2,3\n", ',', 0, NULL,
	    "t.csv:2: column 2: unterminated quoted field");
	check_csv("a,b\n1,x\"y\n2,3\n", ',', 0, NULL, "t.csv:2: column 2: malformed quoting");
	check_csv("a,b\n1,x\"y\n2,3\n", ',', 1, "1:a|b\nbad 2:2\n3:2|3\n", NULL);
	check_csv("a,b\n1,\"x\"y\n2,3\n", ',', 1, "1:a|b\nbad 2:2\n3:2|3\n", NULL);
}

int
main(void)
{
	test_dates();
	test_sniff();
	test_encodings();
	test_csv();
	return TEST_REPORT();
}
