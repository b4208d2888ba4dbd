/* test_codebook.c — the codebook parser: every error names FILE:LINE and
 * what is wrong; a good codebook gives the themes, rules and texts. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyse/codebook.h"
#include "tests/unit/testhelp.h"

static char dir[] = "/tmp/heed-cbtest.XXXXXX";

static void
write_file(const char *name, const char *text)
{
	char path[256];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "w");
	fputs(text, f);
	fclose(f);
}

/* Load text as main.cb; return the error message (or "ok"). */
static char *
load(const char *text)
{
	char path[256];
	codebook *cb;
	char *err = NULL;

	write_file("main.cb", text);
	snprintf(path, sizeof path, "%s/main.cb", dir);
	if (codebook_load(path, &cb, &err) == 0) {
		codebook_free(cb);
		return strdup("ok");
	}
	/* drop the directory so expectations read "main.cb:LINE: ..." */
	char *m = malloc(strlen(err) + 1), *o = m;
	for (const char *e = err; *e;) {
		if (strncmp(e, dir, strlen(dir)) == 0 && e[strlen(dir)] == '/')
			e += strlen(dir) + 1;
		else
			*o++ = *e++;
	}
	*o = '\0';
	free(err);
	return m;
}

static const struct {
	const char *text, *want;
} errors[] = {
	{ "label X\n", "main.cb:1: 'label' outside a theme or flag block" },
	{ "# c\n\ntheme Bad\n", "main.cb:3: bad key 'Bad' (want a-z, then a-z, 0-9, _ or -)" },
	{ "theme\n", "main.cb:1: theme: which key?" },
	{ "theme a\n words x\n", "main.cb:1: 'a' has no label" },
	{ "theme a\n label A\n", "main.cb:1: 'a' has no rules (words, pattern or near)" },
	{ "theme a\n label A\n label B\n words x\n", "main.cb:3: 'a' has two labels" },
	{ "theme a\n label A\n words \"let down\n", "main.cb:3: unterminated quoted phrase" },
	{ "theme a\n label A\n words a*b\n", "main.cb:3: '*' may only end a word: a*b" },
	{ "theme a\n label A\n words *\n", "main.cb:3: '*' needs a word before it: *" },
	{ "theme a\n label A\n words \"\"\n", "main.cb:3: empty term: \"\"" },
	{ "theme a\n label A\n words it\"s\"\n", "main.cb:3: a quote inside a word (quote whole phrases): it\"s\"" },
	{ "theme a\n label A\n words it\"s\n", "main.cb:3: unterminated quoted phrase" },
	{ "theme a\n label A\n words\n", "main.cb:3: words: argument missing" },
	{ "theme a\n label A\n near a b\n", "main.cb:3: near: want TERMS TERMS N" },
	{ "theme a\n label A\n near a b c d\n", "main.cb:3: near: too many fields (want TERMS TERMS N)" },
	{ "theme a\n label A\n near a b 99\n", "main.cb:3: near: distance '99' is not a number of words from 0 to 50" },
	{ "theme a\n label A\n near a|x* b 4x\n", "main.cb:3: near: distance '4x' is not a number of words from 0 to 50" },
	{ "theme a\n label A\n near a|b*c d 4\n", "main.cb:3: '*' may only end a word: b*c" },
	{ "theme a\n label A\n frob x\n", "main.cb:3: unknown directive 'frob'" },
	{ "theme a\n label A\n words x\ntheme a\n label B\n words y\n", "main.cb:4: 'a' is defined twice" },
	{ "include nothere.cb\n", "main.cb:1: nothere.cb: No such file or directory" },
	{ "include main.cb\n", "main.cb:1: include loop: 'main.cb' includes itself" },
	{ "include\n", "main.cb:1: include: argument missing" },
	{ "# nothing\n", "main.cb: no themes or flags" },
	{ "theme a\n label A\n words caf\xC3\n", "main.cb:3: invalid UTF-8 or a NUL byte" },
	{ "theme a\n label A\n words x\n example\n", "main.cb:4: example: argument missing" },
	{ "include inc.cb\n", "inc.cb:2: unknown directive 'lable'" },
};

int
main(void)
{
	if (mkdtemp(dir) == NULL)
		return 99;
	write_file("inc.cb", "theme b\n lable B\n");

	for (size_t i = 0; i < sizeof errors / sizeof errors[0]; i++) {
		char *got = load(errors[i].text);
		CHECK_STR(got, errors[i].want);
		free(got);
	}

	/* a good codebook, with an include relative to the including file */
	char path[256];
	codebook *cb;
	char *err = NULL;
	write_file("sub.cb", "flag disclosure\n label Disclosure\n pattern \\bhits? (me|her)\\b\n"
	    " example Her dad hits her.\n");
	write_file("good.cb",
	    "# comment\n"
	    "negate \"not at all\"\n"
	    "theme trust\n"
	    "  label Trust and confidence\n"
	    "  description Believing or doubting\n"
	    "  description the LA.\n"
	    "  words trust* \xE2\x80\x9Clet down\xE2\x80\x9D don\xE2\x80\x99t\n"
	    "  words suspicious\n"
	    "  near rely|\"count on\" la|council 4\n"
	    "  pattern \\bin good faith\\b\n"
	    "  exclude \"trust fund\"\n"
	    "  action Publish what happens.\n"
	    "  reflect What have we done?\n"
	    "  example I don't trust the LA.\n"
	    "  counter A trust fund.\n"
	    "include sub.cb\n");
	snprintf(path, sizeof path, "%s/good.cb", dir);
	CHECK(codebook_load(path, &cb, &err) == 0);
	if (err)
		fprintf(stderr, "%s\n", err);
	if (cb) {
		CHECK(codebook_ntheme(cb) == 2);
		const struct codebook_theme *t = codebook_theme(cb, 0);
		CHECK_STR(t->key, "trust");
		CHECK_STR(t->label, "Trust and confidence");
		CHECK_STR(t->description, "Believing or doubting the LA.");
		CHECK(!t->is_flag && t->line == 3);
		CHECK(t->nrules == 6);
		CHECK_STR(t->rules[0].id, "good.cb:7:trust*");
		CHECK_STR(t->rules[1].id, "good.cb:7:\xE2\x80\x9Clet down\xE2\x80\x9D");
		CHECK_STR(t->rules[3].id, "good.cb:8:suspicious");
		CHECK_STR(t->rules[4].id, "good.cb:9:near");
		CHECK(t->rules[4].kind == CODEBOOK_NEAR && t->rules[4].distance == 4);
		CHECK_STR(t->rules[5].id, "good.cb:10:pattern");
		CHECK_STR(t->rules[5].regex, "\\bin good faith\\b");
		CHECK(t->nexcludes == 1 && t->nactions == 1 && t->nreflects == 1);
		CHECK(t->nexamples == 1 && t->ncounters == 1);
		CHECK_STR(t->examples[0].text, "I don't trust the LA.");
		CHECK(t->examples[0].line == 14);
		const struct codebook_theme *f = codebook_theme(cb, 1);
		CHECK_STR(f->key, "disclosure");
		CHECK(f->is_flag);
		CHECK_STR(f->rules[0].id, "sub.cb:3:pattern");
		CHECK(codebook_find(cb, "disclosure") == 1);
		CHECK(codebook_find(cb, "nope") == -1);
		/* the built-in negators plus one */
		CHECK(codebook_nnegators(cb) == 33);
		/* the expanded text holds both files; the hash is its SHA-256 */
		CHECK(strstr(codebook_text(cb), "flag disclosure") != NULL);
		CHECK(strstr(codebook_text(cb), "theme trust") != NULL);
		CHECK(strlen(codebook_hash(cb)) == 64);
		char h1[65];
		strcpy(h1, codebook_hash(cb));
		codebook_free(cb);
		/* changing an included file changes the hash */
		write_file("sub.cb", "flag disclosure\n label Disclosure!\n pattern x\n");
		CHECK(codebook_load(path, &cb, &err) == 0);
		if (cb) {
			CHECK(strcmp(h1, codebook_hash(cb)) != 0);
			codebook_free(cb);
		}
	}
	free(err);

	/* term regexes */
	const char *why;
	char *re = codebook_term_regex("trust*", 6, &why);
	CHECK(re && strstr(re, "trust(?:") != NULL);
	free(re);
	CHECK(codebook_term_regex("a b", 3, &why) == NULL);
	CHECK_STR(why, "a term with spaces must be a quoted phrase");

	char cmd[300];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	return TEST_REPORT();
}
