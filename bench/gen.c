/* gen.c — deterministic synthetic survey export for `make bench` (issue 8).
 *
 * Writes a Google Forms CSV export of N rows:
 *
 *   Timestamp,Which area do you live in?,How old is your child?,
 *   What has worked well?,What could we do better?
 *
 * Two choice columns (the age column is a checkbox question, so some cells
 * hold several choices joined by ", " and are quoted) and two free-text
 * columns built from a vocabulary of parent-register sentences covering the
 * 15 themes of THEMES.md plus neutral filler.  Answers are empty, trivial
 * ("n/a") or 5 to 80 words, skewed towards short; some hold commas, double
 * quotes or line breaks and are quoted as RFC 4180 requires.  Timestamps rise
 * through 2026/07/01 .. 2026/09/30, so the file is one round, 2026-Q3.
 *
 * The output depends only on N and the seed (own PRNG, no locale, no clock).
 * On standard error it prints one line: rows, bytes written, and the bytes of
 * free-text answers (the figure MB/s in bench/RESULTS.md is computed over).
 *
 * Not installed; built for `make bench` and `make check` only. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench/gen_vocab.h"	/* the phrases */

/* splitmix64: tiny, fast, and the same on every platform. */
static uint64_t rng_state;

static uint64_t
rng_next(void)
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* Uniform in [0, n). */
static uint32_t
rng_below(uint32_t n)
{
	return (uint32_t)(((rng_next() >> 32) * (uint64_t)n) >> 32);
}

/* Uniform in [0, 1). */
static double
rng_unit(void)
{
	return (double)(rng_next() >> 11) * (1.0 / 9007199254740992.0);
}

/* ---- output buffer ------------------------------------------------------ */

static char outbuf[1 << 20];
static size_t outlen;
static FILE *out;
static unsigned long long bytes_out;

static void
flush_out(void)
{
	if (outlen && fwrite(outbuf, 1, outlen, out) != outlen) {
		fprintf(stderr, "gen: write error: %s\n", strerror(errno));
		exit(1);
	}
	bytes_out += outlen;
	outlen = 0;
}

static void
put(const char *s, size_t n)
{
	if (outlen + n > sizeof outbuf)
		flush_out();
	memcpy(outbuf + outlen, s, n);
	outlen += n;
}

/* ---- one free-text answer ----------------------------------------------- */

struct phrase {
	const char *s;
	unsigned len, words;
};

static struct phrase *themed, *filler, *openers, *trivial;
static size_t n_themed, n_filler, n_openers, n_trivial;

static struct phrase *
load(const char *const *list, size_t *n)
{
	size_t count = 0;
	struct phrase *p;

	while (list[count])
		count++;
	p = calloc(count, sizeof *p);
	if (!p) {
		fprintf(stderr, "gen: out of memory\n");
		exit(1);
	}
	for (size_t i = 0; i < count; i++) {
		const char *s = list[i];
		unsigned w = 1;

		p[i].s = s;
		p[i].len = (unsigned)strlen(s);
		for (const char *c = s; *c; c++)
			w += *c == ' ';
		p[i].words = w;
	}
	*n = count;
	return p;
}

static char answer[8192];

static size_t
add(size_t len, const char *s, size_t n)
{
	if (len + n < sizeof answer) {
		memcpy(answer + len, s, n);
		len += n;
	}
	return len;
}

/* Build one answer in answer[]; return its length. */
static size_t
make_answer(void)
{
	double u = rng_unit();
	unsigned target, words = 0;
	size_t len = 0;

	if (u < 0.09)
		return 0;		/* left blank */
	if (u < 0.14) {			/* "n/a", "Nothing", "All good thanks" */
		const struct phrase *p = &trivial[rng_below((uint32_t)n_trivial)];
		return add(0, p->s, p->len);
	}
	/* 5..80 words, skewed towards short answers (median about 25). */
	u = rng_unit();
	target = 5 + (unsigned)(75.0 * u * u * (0.6 + 0.4 * u));
	while (words < target) {
		const struct phrase *p;
		int lower = 0;

		if (len > 0) {
			/* between sentences: mostly a space, sometimes a line break */
			uint32_t r = rng_below(100);

			if (r < 4)
				len = add(len, "\n", 1);
			else if (r < 6)
				len = add(len, "\n\n", 2);
			else
				len = add(len, " ", 1);
		}
		if (rng_below(100) < 22) {
			p = &openers[rng_below((uint32_t)n_openers)];
			len = add(len, p->s, p->len);
			len = add(len, " ", 1);
			words += p->words;
			lower = 1;
		}
		p = rng_below(100) < 70 ? &themed[rng_below((uint32_t)n_themed)]
		    : &filler[rng_below((uint32_t)n_filler)];
		/* after an opener, "The officer" becomes "the officer" ("I", "LA" stay) */
		if (lower && p->s[0] >= 'A' && p->s[0] <= 'Z' && p->s[1] >= 'a'
		    && p->s[1] <= 'z') {
			char c = (char)(p->s[0] + ('a' - 'A'));
			len = add(len, &c, 1);
			len = add(len, p->s + 1, p->len - 1);
		} else
			len = add(len, p->s, p->len);
		words += p->words;
		{
			static const char *const ends[] = { ".", "!", "?", "...", "" };
			uint32_t r = rng_below(100);
			const char *e = ends[r < 80 ? 0 : r < 88 ? 1 : r < 93 ? 2 : r < 96 ? 3 : 4];

			len = add(len, e, strlen(e));
		}
	}
	return len;
}

/* Write a CSV field, quoted when it needs to be. */
static void
put_field(const char *s, size_t n)
{
	const char *q = NULL;

	for (size_t i = 0; i < n; i++)
		if (s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r') {
			q = s;
			break;
		}
	if (!q) {
		put(s, n);
		return;
	}
	put("\"", 1);
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '"')
			put("\"", 1);
		put(s + i, 1);
	}
	put("\"", 1);
}

/* ---- timestamps --------------------------------------------------------- */

/* 2026-Q3: July (31), August (31), September (30) = 92 days. */
static void
put_timestamp(uint64_t secs)
{
	static const int mdays[] = { 31, 31, 30 };
	unsigned day = (unsigned)(secs / 86400), s = (unsigned)(secs % 86400);
	int month = 0;
	char t[20];

	while (month < 2 && day >= (unsigned)mdays[month])
		day -= (unsigned)mdays[month++];
	day++;
	memcpy(t, "2026/07/01 00:00:00", 19);
	t[6] = (char)('7' + month);
	t[8] = (char)('0' + day / 10);
	t[9] = (char)('0' + day % 10);
	t[11] = (char)('0' + s / 36000);
	t[12] = (char)('0' + s / 3600 % 10);
	t[14] = (char)('0' + s % 3600 / 600);
	t[15] = (char)('0' + s % 600 / 60);
	t[17] = (char)('0' + s % 60 / 10);
	t[18] = (char)('0' + s % 10);
	put(t, 19);
}

static const char *const areas[] = {
	"North Wealdshire", "Eastmoor", "Riverside", "Hollin Vale", "Southbrook",
	"Westerleigh", "Castle Ward", "Marsh End", "Prefer not to say",
};
static const char *const ages[] = {
	"Under 5", "5 to 7", "8 to 11", "12 to 14", "15 to 16", "17 or over",
};

static void
put_ages(void)
{
	uint32_t r = rng_below(100);
	unsigned first = rng_below(6), n = r < 78 ? 1 : r < 95 ? 2 : 3;

	if (first + n > 6)
		first = 6 - n;
	if (n > 1)
		put("\"", 1);
	for (unsigned i = 0; i < n; i++) {
		if (i)
			put(", ", 2);
		put(ages[first + i], strlen(ages[first + i]));
	}
	if (n > 1)
		put("\"", 1);
}

static void
usage(int status)
{
	FILE *f = status ? stderr : stdout;

	fprintf(f, "Usage: gen [-n ROWS] [-s SEED] [-o FILE]\n"
	    "Write a deterministic Google Forms survey export (CSV).\n\n"
	    "  -n, --rows ROWS   data rows (default 1000000)\n"
	    "  -s, --seed SEED   PRNG seed (default 1)\n"
	    "  -o, --output FILE write to FILE (default standard output)\n"
	    "  -h, --help        show this help and exit\n"
	    "On standard error: 'rows R bytes B text_bytes T'.\n");
	exit(status);
}

static unsigned long long
number(const char *s, const char *what)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno || end == s || *end || *s == '-') {
		fprintf(stderr, "gen: bad %s '%s'\n", what, s);
		exit(2);
	}
	return v;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "rows", required_argument, NULL, 'n' },
		{ "seed", required_argument, NULL, 's' },
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	static const char header[] = "Timestamp,Which area do you live in?,"
	    "How old is your child?,What has worked well?,What could we do better?\n";
	unsigned long long rows = 1000000, seed = 1, text_bytes = 0;
	const char *path = NULL;
	const uint64_t span = 92ULL * 86400;
	int c;

	while ((c = getopt_long(argc, argv, "n:s:o:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'n': rows = number(optarg, "row count"); break;
		case 's': seed = number(optarg, "seed"); break;
		case 'o': path = optarg; break;
		case 'h': usage(0); break;
		default: usage(2);
		}
	}
	if (optind != argc)
		usage(2);
	out = path ? fopen(path, "wb") : stdout;
	if (!out) {
		fprintf(stderr, "gen: %s: %s\n", path, strerror(errno));
		return 1;
	}
	rng_state = seed * 0x2545f4914f6cdd1dULL + 0x1234567ULL;
	themed = load(gen_themed, &n_themed);
	filler = load(gen_filler, &n_filler);
	openers = load(gen_openers, &n_openers);
	trivial = load(gen_trivial, &n_trivial);

	put(header, sizeof header - 1);
	for (unsigned long long i = 0; i < rows; i++) {
		/* rising through the quarter, with jitter inside each slot */
		uint64_t slot = span * i / (rows ? rows : 1);
		uint64_t width = span / (rows ? rows : 1);
		size_t n;

		put_timestamp(slot + (width > 1 ? rng_next() % width : 0));
		put(",", 1);
		{
			const char *a = areas[rng_below(sizeof areas / sizeof *areas)];
			put(a, strlen(a));
		}
		put(",", 1);
		put_ages();
		for (int q = 0; q < 2; q++) {
			put(",", 1);
			n = make_answer();
			text_bytes += n;
			put_field(answer, n);
		}
		put("\n", 1);
	}
	flush_out();
	if (fflush(out) != 0 || (path && fclose(out) != 0)) {
		fprintf(stderr, "gen: write error: %s\n", strerror(errno));
		return 1;
	}
	fprintf(stderr, "rows %llu bytes %llu text_bytes %llu\n", rows, bytes_out,
	    text_bytes);
	free(themed);
	free(filler);
	free(openers);
	free(trivial);
	return 0;
}
