/* test_coder.c — the coding engine and polarity.
 *
 * Most cases are data: tests/data/analyse/coder.test (format at its top).
 * Here too: PCRE2 limits, invalid UTF-8, the lexicon and polarity. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyse/codebook.h"
#include "analyse/coder.h"
#include "analyse/lexicon.h"
#include "util/buf.h"
#include "tests/unit/testhelp.h"

static char dir[] = "/tmp/heed-codertest.XXXXXX";

static char *
write_file(const char *name, const char *text)
{
	char *path = malloc(strlen(dir) + strlen(name) + 2);
	FILE *f;

	sprintf(path, "%s/%s", dir, name);
	f = fopen(path, "w");
	fputs(text, f);
	fclose(f);
	return path;
}

struct env {
	codebook *cb;
	lexicon *lx;
	coder *co;
	coder_state *st;
	struct coder_result r;
};

static int
env_open(struct env *e, const char *cbtext, const char *lextext, char **err)
{
	char *p = write_file("t.cb", cbtext);
	int rc;

	memset(e, 0, sizeof *e);
	rc = codebook_load(p, &e->cb, err);
	free(p);
	if (rc < 0)
		return -1;
	if (lextext) {
		p = write_file("t.lex", lextext);
		rc = lexicon_load(p, &e->lx, err);
		free(p);
		if (rc < 0)
			return -1;
	}
	if (coder_new(e->cb, e->lx, &e->co, err) < 0)
		return -1;
	e->st = coder_state_new();
	return 0;
}

static void
env_close(struct env *e)
{
	coder_result_free(&e->r);
	coder_state_free(e->st);
	coder_free(e->co);
	lexicon_free(e->lx);
	codebook_free(e->cb);
}

/* "THEME START END TERM[ neg]" per code, one a line, or "none". */
static void
describe(const struct env *e, struct buf *out)
{
	buf_reset(out);
	for (size_t i = 0; i < e->r.ncodes; i++) {
		const struct coder_code *c = &e->r.codes[i];
		const struct codebook_theme *t = codebook_theme(e->cb, (size_t)c->theme);
		const char *id = t->rules[c->rule].id;
		id = strchr(strchr(id, ':') + 1, ':') + 1;
		buf_addf(out, "%s %zu %zu %s%s\n", t->key, c->start, c->end, id,
		    c->negated ? " neg" : "");
	}
	if (out->len == 0)
		buf_adds(out, "none\n");
}

/* Input with \xNN escapes into raw bytes. */
static size_t
unescape(const char *s, char *out)
{
	size_t o = 0;

	while (*s) {
		unsigned v;
		if (s[0] == '\\' && s[1] == 'x' && sscanf(s + 2, "%2x", &v) == 1) {
			out[o++] = (char)v;
			s += 4;
		} else {
			out[o++] = *s++;
		}
	}
	out[o] = '\0';
	return o;
}

/* Run tests/data/analyse/coder.test. */
static void
data_tests(void)
{
	const char *top = getenv("top_srcdir");
	char path[1024], line[4096];
	FILE *f;
	int lineno = 0, cases = 0;

	snprintf(path, sizeof path, "%s/tests/data/analyse/coder.test", top ? top : ".");
	if ((f = fopen(path, "r")) == NULL) {
		perror(path);
		CHECK(!"coder.test readable");
		return;
	}
	enum { CB, INPUT, WANT } state = CB;
	struct buf cb = BUF_INIT, want = BUF_INIT, got = BUF_INIT;
	char input[4096];
	size_t inlen = 0;
	int start = 0;
	for (;;) {
		char *ok = fgets(line, sizeof line, f);
		if (ok)
			lineno++;
		if (!ok || line[0] == '\n') {
			if (state == WANT) {
				struct env e;
				char *err = NULL;
				if (env_open(&e, cb.s, NULL, &err) < 0) {
					fprintf(stderr, "coder.test:%d: %s\n", start, err);
					CHECK(!"case codebook loads");
				} else {
					coder_code(e.co, e.st, input, inlen, &e.r);
					describe(&e, &got);
					th_checks++;
					if (strcmp(got.s, want.s) != 0) {
						th_failed++;
						fprintf(stderr, "coder.test:%d: got:\n%swant:\n%s", start,
						    got.s, want.s);
					}
				}
				free(err);
				env_close(&e);
				cases++;
			}
			if (!ok)
				break;
			state = CB;
			buf_reset(&cb);
			buf_reset(&want);
			continue;
		}
		if (line[0] == '#')
			continue;
		if (state == CB && cb.len == 0)
			start = lineno;
		if (state == CB && strcmp(line, "--\n") == 0) {
			if (strncmp(cb.s, "theme", 5) != 0 && strncmp(cb.s, "flag", 4) != 0 &&
			    strncmp(cb.s, "negate", 6) != 0) {
				char *body = buf_detach(&cb);
				buf_adds(&cb, "theme t\nlabel T\n");
				buf_adds(&cb, body);
				free(body);
			}
			state = INPUT;
		} else if (state == CB) {
			buf_adds(&cb, line);
		} else if (state == INPUT) {
			line[strcspn(line, "\n")] = '\0';
			inlen = unescape(line, input);
			state = WANT;
		} else {
			buf_adds(&want, line);
		}
	}
	fclose(f);
	CHECK(cases >= 20);
	buf_free(&cb);
	buf_free(&want);
	buf_free(&got);
}

static void
limits(void)
{
	struct env e;
	char *err = NULL;
	size_t n = 100000;
	char *text = malloc(n + 2);

	memset(text, 'a', n);
	text[n] = '!';
	text[n + 1] = '\0';
	CHECK(env_open(&e, "theme t\nlabel T\npattern (a+)+$\nwords ok\n", NULL, &err) == 0);
	coder_code(e.co, e.st, text, n + 1, &e.r);
	CHECK(e.r.ncodes == 0);
	CHECK(e.r.nwarnings == 1);
	if (e.r.nwarnings) {
		CHECK(strstr(e.r.warnings[0].message, "t.cb:3: rule t.cb:3:pattern:") != NULL);
		CHECK(e.r.warnings[0].rule == 0);
	}
	/* the state is still good for the next text */
	coder_code(e.co, e.st, "it is ok", 8, &e.r);
	CHECK(e.r.ncodes == 1 && e.r.nwarnings == 0);
	env_close(&e);
	free(text);
	free(err);
}

static void
invalid_utf8(void)
{
	struct env e;
	char *err = NULL;
	/* every bad sequence: lone continuation, truncated, overlong, surrogate, >U+10FFFF */
	static const char text[] = "\x80 trust \xC3 x \xC0\xAF trust \xED\xA0\x80 \xF5\x80\x80\x80 trust\xE2\x80";

	CHECK(env_open(&e, "theme t\nlabel T\nwords trust\npattern .+\n", "trust 1\n", &err) == 0);
	coder_code(e.co, e.st, text, sizeof text - 1, &e.r);
	CHECK(e.r.invalid_utf8);
	int words = 0;
	for (size_t i = 0; i < e.r.ncodes; i++)
		if (e.r.codes[i].rule == 0) {
			CHECK(memcmp(text + e.r.codes[i].start, "trust", 5) == 0);
			words++;
		}
	CHECK(words == 3);
	/* the span of .+ stays inside the text */
	for (size_t i = 0; i < e.r.ncodes; i++)
		CHECK(e.r.codes[i].end <= sizeof text - 1);
	env_close(&e);
	free(err);
}

static const char lex[] =
    "# test lexicon\n"
    "helpful 2\n"
    "supportive 2\n"
    "patronis* -2\n"
    "let down -2\n"
    "a joke -2\n"
    "really x1.5\n"
    "heavy-handed -2\n"
    "still waiting -1\n"
    "should -0.5\n"
    "great 2\n"
    "would be great 0\n"
    "judged -2\n"
    "never once -2\n"
    "why -1.5 fixed\n";

static const struct {
	const char *text, *want;
} polarities[] = {
	{ "They were helpful.", "positive" },
	{ "They were not helpful.", "negative" },
	{ "They were no longer helpful.", "negative" },
	{ "Really supportive staff.", "positive" },
	{ "Patronising letters.", "negative" },
	{ "PATRONIZING is not in the list.", "neutral" },
	{ "They let us down? No: they let down every family.", "negative" },
	{ "The service is a joke.", "negative" },
	{ "Helpful officer. Patronising letters.", "mixed" },
	{ "The officer was helpful but the letters are patronising.", "negative" },
	{ "The letters are patronising but the officer was really helpful.", "positive" },
	{ "We moved house last year.", "neutral" },
	/* a hyphen in a term is a space, as in text */
	{ "Heavy-handed visits.", "negative" },
	{ "Heavy handed visits.", "negative" },
	/* mild complaint cues are enough for negative */
	{ "We are still waiting.", "negative" },
	{ "They should write back.", "negative" },
	/* a zero-valued phrase outranks the praise word inside it */
	{ "It would be great if they wrote back.", "neutral" },
	{ "It was great.", "positive" },
	{ "", "neutral" },
	/* scare quotes hold up the service's words: a cue against, and a
	 * sentiment word inside is irony */
	{ "She said she would 'get back to me'. That was June.", "negative" },
	{ "The \u2018help\u2019 was a leaflet.", "negative" },
	{ "It was \"great\".", "negative" },
	/* ... but not a name, a whole quoted response, a possessive or an
	 * apostrophe inside a word */
	{ "We call it 'project time'.", "neutral" },
	{ "It is termed \u201cstrewing\u201d here.", "neutral" },
	{ "'We moved house last year.'", "neutral" },
	{ "The parents' forum didn't meet.", "neutral" },
	{ "It's the officers' rota, they're kind.", "neutral" },
	{ "An opening 'quote that never closes, and a 'very long quotation of "
	  "many more than six words in it' here.", "neutral" },
	/* a question or request counts half; "why" questions do not */
	{ "Please, they should write back.", "neutral" },
	{ "Should they write back?", "neutral" },
	{ "Why should they write back?", "negative" },
	{ "Could they write back. They should.", "negative" },
	/* exasperation */
	{ "The outcome letter came before the meeting??", "negative" },
	{ "Seriously?! Again.", "negative" },
	{ "Great!!", "positive" },
	/* a negator held by an entry is spent on the word it turns round */
	{ "Never once felt judged.", "positive" },
	{ "Never once.", "negative" },
	/* a fixed entry is not turned round ("why" stays a complaint) */
	{ "I do not know why.", "negative" },
};

static void
polarity(void)
{
	struct env e;
	char *err = NULL;

	CHECK(env_open(&e,
	    "theme staff\nlabel S\nwords officer*\n"
	    "theme letters\nlabel L\nwords letter*\n", lex, &err) == 0);
	CHECK(lexicon_size(e.lx) == 14);
	/* thresholds: positive needs a margin of 1, negative of 0.5 */
	CHECK(lexicon_classify(1, 0) == LEXICON_POSITIVE);
	CHECK(lexicon_classify(0.9, 0) == LEXICON_NEUTRAL);
	CHECK(lexicon_classify(0, 0.5) == LEXICON_NEGATIVE);
	CHECK(lexicon_classify(0, 0.4) == LEXICON_NEUTRAL);
	CHECK(lexicon_classify(3, 1.5) == LEXICON_MIXED);
	CHECK(lexicon_classify(5, 1.5) == LEXICON_POSITIVE);
	for (size_t i = 0; i < sizeof polarities / sizeof polarities[0]; i++) {
		coder_code(e.co, e.st, polarities[i].text, strlen(polarities[i].text), &e.r);
		CHECK_STR(lexicon_polarity_name(e.r.polarity), polarities[i].want);
	}
	/* per theme: the sentences holding its matches */
	const char *t = "The officer was lovely and helpful. The letters were patronising.";
	coder_code(e.co, e.st, t, strlen(t), &e.r);
	CHECK_STR(lexicon_polarity_name(e.r.polarity), "mixed");
	CHECK_STR(lexicon_polarity_name(e.r.theme_polarity[0]), "positive");
	CHECK_STR(lexicon_polarity_name(e.r.theme_polarity[1]), "negative");
	env_close(&e);

	/* lexicon errors name file:line */
	static const struct { const char *text, *want; } bad[] = {
		{ "good 1\nbad\n", ":2: want a word or phrase, then a score" },
		{ "good 4\n", ":1: score must be a number from -3 to 3" },
		{ "very x9\n", ":1: intensifier factor must be x0.1 to x5" },
		{ "fob* off -2\n", ":1: '*' only ends a single word; phrases have at most 4 words" },
		{ "very x1.5 fixed\n", ":1: an intensifier cannot be fixed" },
		{ "fixed\n", ":1: want a word or phrase, then a score" },
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		char *p = write_file("bad.lex", bad[i].text);
		lexicon *lx = NULL;
		CHECK(lexicon_load(p, &lx, &err) == -1);
		CHECK(err && strstr(err, bad[i].want) != NULL && strstr(err, "bad.lex") != NULL);
		free(err);
		err = NULL;
		free(p);
	}
	/* the shipped lexicon loads */
	const char *top = getenv("top_srcdir");
	char path[1024];
	lexicon *lx = NULL;
	snprintf(path, sizeof path, "%s/data/sentiment.lexicon", top ? top : ".");
	CHECK(lexicon_load(path, &lx, &err) == 0);
	if (err)
		fprintf(stderr, "%s\n", err);
	CHECK(lx && lexicon_size(lx) > 200);
	lexicon_free(lx);
	free(err);
}

/* Coding is the same whatever the state's history (states are reused). */
static void
reuse(void)
{
	struct env e;
	char *err = NULL;
	struct buf a = BUF_INIT, b = BUF_INIT;
	const char *t = "I don't trust them; we trust the council.";

	CHECK(env_open(&e, "theme t\nlabel T\nwords trust*\n", NULL, &err) == 0);
	coder_code(e.co, e.st, t, strlen(t), &e.r);
	describe(&e, &a);
	coder_code(e.co, e.st, "trust trust trust trust trust trust trust", 41, &e.r);
	coder_code(e.co, e.st, t, strlen(t), &e.r);
	describe(&e, &b);
	CHECK_STR(b.s, a.s);
	CHECK_STR(a.s, "t 8 13 trust* neg\nt 23 28 trust*\n");
	buf_free(&a);
	buf_free(&b);
	env_close(&e);
	free(err);
}

/* A pattern that needs \d is tried on a text whose only digits are of
 * another script (its gate must let them through), not on one with none. */
static void
digits(void)
{
	struct env e;
	char *err = NULL;
	struct buf a = BUF_INIT;
	static const struct { const char *text, *want; } cases[] = {
		{ "meet at 10pm", "t 8 12 pattern\n" },
		{ "meet at \xd9\xa3pm", "t 8 12 pattern\n" },	/* Arabic-Indic 3 */
		{ "meet at \xe0\xa5\xaa pm, ok", "t 8 14 pattern\n" },	/* Devanagari 4 */
		{ "meet at ten pm", "none\n" },
		{ "caf\xc3\xa9 at \xe2\x80\x98six\xe2\x80\x99 pm", "none\n" },
	};

	CHECK(env_open(&e, "theme t\nlabel T\npattern \\b\\d{1,2}\\s*pm\\b\n", NULL,
	    &err) == 0);
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		buf_reset(&a);
		coder_code(e.co, e.st, cases[i].text, strlen(cases[i].text), &e.r);
		describe(&e, &a);
		CHECK_STR(a.s, cases[i].want);
	}
	buf_free(&a);
	env_close(&e);
	free(err);
}

int
main(void)
{
	if (mkdtemp(dir) == NULL)
		return 99;
	data_tests();
	limits();
	invalid_utf8();
	polarity();
	reuse();
	digits();
	char cmd[300];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	return TEST_REPORT();
}
