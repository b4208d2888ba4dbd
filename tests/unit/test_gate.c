/* test_gate.c — the literal sets gate_sets() reads from a regex, and that
 * they never shut out a text the regex matches. */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/gate.h"
#include "analyse/terms.h"
#include "analyse/text.h"
#include "util/buf.h"
#include "testhelp.h"

/* The sets as text: "{a,b} *{c,\d}" (* = inside a word, \d = or a
 * digit); "NONE" for -1. */
static char *
show(const char *re)
{
	struct gate_set *v;
	size_t n;
	struct buf b = BUF_INIT;

	if (gate_sets(re, &v, &n) < 0)
		return strdup("NONE");
	for (size_t i = 0; i < n; i++) {
		buf_addf(&b, "%s%s{", i ? " " : "", v[i].anywhere ? "*" : "");
		for (size_t k = 0; k < v[i].n; k++)
			buf_addf(&b, "%s%s", k ? "," : "", v[i].lits[k]);
		if (v[i].digit)
			buf_addf(&b, "%s\\d", v[i].n ? "," : "");
		buf_addc(&b, '}');
	}
	gate_sets_free(v, n);
	return buf_detach(&b);
}

static const struct {
	const char *re, *want;
} cases[] = {
	{ "\\blet\\s+down\\b", "{let} {down}" },
	{ "let\\s+down", "*{let} {down}" },
	/* alternation: the union of one set of each alternative, the rarest,
	 * and of the next rarest while every alternative has two */
	{ "\\b(the|these|annual)\\s+visits|\\bvisits\\s+(are|were)",
	  "{visits,visits} {the,these,annual,are,were}" },
	{ "\\b(the|these)\\s+visits|\\bvisited", "{visits,visited}" },
	{ "\\b(in\\s+the\\s+way|deadlines?)\\b", "{way,deadline}" },
	/* an optional group ending in a space keeps the word start */
	{ "\\b(is|so)\\s+(very\\s+|really\\s+)?(clear|unclear)\\b", "{is,so} {clear,unclear}" },
	/* ... one ending in a letter does not */
	{ "\\b(i|we)\\s+(have|has)?\\s*(autism|adhd)\\b", "{i,we} *{autism,adhd}" },
	/* an alternative with no literal: no set for the group */
	{ "\\b(abc|)def", "*{def}" },
	/* digits are literals; \d is a set of its own, held by a digit of
	 * any script */
	{ "\\b(abc|\\d+)\\s+def", "*{abc,\\d} {def}" },
	{ "\\b1:1\\b", "{1} {1}" },
	{ "\\b\\d{1,2}\\s*(am|pm)\\b", "*{\\d} *{am,pm}" },
	{ "\\b(always|only)\\s+\\d|\\b\\d+\\s+on\\s+(monday|friday)", "*{monday,friday,\\d} *{always,only,\\d}" },
	{ "\\b\\d?abc", "*{abc}" },
	/* escapes that carry letters or digits are not literals */
	{ "\\bfoo\\x41bar", "{foo} *{bar}" },
	{ "\\b\\pLabc", "*{abc}" },
	{ "\\b(abc)\\10xyz", "{abc} *{xyz}" },
	{ "\\bcolou?r", "{colo} *{r}" },
	{ "\\bab+c", "{ab} *{c}" },
	/* separators: classes of punctuation, hyphens, the codebook's lookbehind */
	{ "[\\s\\-]+home", "{home}" },
	{ "\\b[a-z]bc", "*{bc}" },
	{ "e-mail", "*{e} {mail}" },
	{ "(?<![\\p{L}\\p{N}])(?:foo|bar)(*MARK:1)", "{foo,bar}" },
	{ "\\b(?=x)abc", "{abc}" },
	/* an option group is a group: a case-sensitive match holds the letters */
	{ "(?-i:\\bSEND\\b)", "{send}" },
	{ "(?-i:\\b(EP|OT)s?\\b)", "{ep,ot}" },
	{ "\\b(?i:abc)", "{abc}" },
	{ "(?x:a b)c", "NONE" },
	/* syntax the parser does not know gives nothing */
	{ "x(?i)abc", "NONE" },
	{ "a\\Qbc\\E", "NONE" },
	{ "\\b(?<name>abc)", "NONE" },
	{ "[[:alpha:]]abc", "NONE" },
	{ "\\b\\d+", "*{\\d}" },
};

/* Texts a regex below may match in awkward places. */
static const char *const texts[] = {
	"I don't trust the LA.",
	"they let us down, let-down again",
	"LET DOWN by the \xe2\x80\x98" "council\xe2\x80\x99s\xe2\x80\x99 e-mail",
	"the \xe2\x84\xaa" "elvin let\xc5\xbf down",	/* Kelvin sign, long s */
	"foo_let down x'let down",
	"meeting at 10am, 9 pm or 10:30pm",
	"at \xd9\xa3pm or \xe0\xa5\xaa am, always \xd9\xa3 on friday",	/* Arabic-Indic, Devanagari */
	"i have autism; we hasadhd",
	"colour color colr colouur",
	"abbbc ac abc1:1 1:1",
	"caf\xc3\xa9s and na\xc3\xafve home-ed home\xe2\x80\x94" "ed",
	"the visits are fine, annual visits were too, visits WERE. visited",
	"",
};

static const char *const regexes[] = {
	"\\blet\\s+down\\b", "let\\s+down", "\\b(i|we)\\s+(have|has)?\\s*(autism|adhd)\\b",
	"\\b\\d{1,2}\\s*(am|pm)\\b", "\\b\\d+", "\\b(abc|\\d+)\\s+def",
	"\\b(always|only)\\s+\\d|\\b\\d+\\s+on\\s+(monday|friday)", "\\bcolou?r",
	"\\b(the|these|annual)\\s+visits|\\bvisits\\s+(are|were)", "\\b(the|these)\\s+visits|\\bvisited", "\\bab+c", "\\b1:1\\b", "e-mail",
	"[\\s\\-]+ed", "\\b(trust|council)\\b", "\\blet", "\\b(caf|na)\\w+",
	"(?<![\\p{L}\\p{N}])(?:down|mail)",
};

/* Does the text hold a digit of any script (PCRE2's \d with UCP)? */
static int
has_digit(const char *text)
{
	int ec;
	PCRE2_SIZE off;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)"\\d", PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP, &ec, &off, NULL);
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	int m = re && pcre2_match(re, (PCRE2_SPTR)text, strlen(text), 0, 0, md, NULL) >= 0;

	pcre2_match_data_free(md);
	pcre2_code_free(re);
	return m;
}

/* Does the text hold, as gate_sets() promises, a literal of every set? */
static int
admits(const char *re, const char *text)
{
	struct gate_set *v;
	size_t n, ntok, cap = 0;
	struct text_tok *tok = NULL;
	struct terms_text tt = { BUF_INIT, NULL, 0 };
	int ok = 1;

	if (gate_sets(re, &v, &n) < 0)
		return 1;
	ntok = text_tokens(text, strlen(text), &tok, &cap);
	terms_prepare(&tt, text, tok, ntok);
	for (size_t i = 0; i < n && ok; i++) {
		int found = v[i].digit && has_digit(text);
		for (size_t k = 0; k < v[i].n && !found; k++) {
			size_t len = strlen(v[i].lits[k]);
			for (size_t t = 0; t < ntok && !found; t++) {
				if (tt.off[t] == (size_t)-1)
					continue;
				const char *w = tt.fold.s + tt.off[t];
				if (v[i].anywhere) {
					found = strstr(w, v[i].lits[k]) != NULL;
					continue;
				}
				for (const char *p = w; p && !found; p = strchr(p, '\'')) {
					if (*p == '\'')
						p++;
					found = strncmp(p, v[i].lits[k], len) == 0;
				}
			}
		}
		ok = found;
	}
	gate_sets_free(v, n);
	terms_text_free(&tt);
	free(tok);
	return ok;
}

int
main(void)
{
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *got = show(cases[i].re);
		if (strcmp(got, cases[i].want) != 0)
			fprintf(stderr, "regex %s\n", cases[i].re);
		CHECK_STR(got, cases[i].want);
		free(got);
	}
	/* soundness: every text a regex matches passes its gate */
	for (size_t r = 0; r < sizeof regexes / sizeof *regexes; r++) {
		int ec;
		PCRE2_SIZE off;
		pcre2_code *re = pcre2_compile((PCRE2_SPTR)regexes[r], PCRE2_ZERO_TERMINATED,
		    PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS, &ec, &off, NULL);
		pcre2_match_data *md = pcre2_match_data_create(4, NULL);
		CHECK(re != NULL);
		for (size_t t = 0; re && t < sizeof texts / sizeof *texts; t++) {
			int m = pcre2_match(re, (PCRE2_SPTR)texts[t], strlen(texts[t]), 0, 0,
			    md, NULL) >= 0;
			if (m && !admits(regexes[r], texts[t]))
				fprintf(stderr, "regex %s shuts out \"%s\"\n", regexes[r], texts[t]);
			CHECK(!m || admits(regexes[r], texts[t]));
		}
		pcre2_match_data_free(md);
		pcre2_code_free(re);
	}
	return TEST_REPORT();
}
