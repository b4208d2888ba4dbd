/* coder.h — the coding engine: a codebook compiled to PCRE2 (UTF, UCP,
 * caseless, JIT), applied to one text at a time.
 *
 * Each theme's `words` terms are one alternation regex that names the term
 * that fired with (*MARK:n); `pattern` and `near` rules are regexes of
 * their own.  A match overlapping an `exclude` match of its theme is
 * dropped; a match with a negator in the four words before it in its
 * clause is marked negated.  Invalid UTF-8 is never given to PCRE2: each
 * bad byte is replaced by 0x1A in a private copy, so byte spans still
 * refer to the original text.  A rule that hits PCRE2's match, depth, heap
 * or JIT stack limit on a text yields a warning and no codes for that rule.
 *
 * Threads: a coder is immutable after coder_new() and may be shared; each
 * thread codes with its own coder_state (reused match data and buffers).
 *
 * Ownership: coder_new() borrows the codebook and lexicon (both must
 * outlive the coder; lexicon may be NULL: every text is then neutral) and
 * gives a coder freed with coder_free(); coder_state_new() gives a state
 * freed with coder_state_free(); coder_code() fills a caller's
 * coder_result, reused across calls and released with
 * coder_result_free(). */
#ifndef HEED_CODER_H
#define HEED_CODER_H

#include <stddef.h>

#include "analyse/codebook.h"
#include "analyse/lexicon.h"

typedef struct coder coder;
typedef struct coder_state coder_state;

struct coder_code {
	int theme;		/* codebook_theme() index (flags included) */
	int rule;		/* index into that theme's rules */
	size_t start, end;	/* byte span [start, end) */
	int negated;
};

struct coder_warning {
	int theme, rule;
	int error;		/* the PCRE2 error code */
	char *message;		/* "FILE:LINE: rule RULE: MESSAGE" */
};

struct coder_sentiment {	/* one word's part in the polarity */
	size_t start, end;	/* the token's byte span [start, end) */
	double score;		/* signed, after negation, intensifiers, cues */
};

struct coder_result {
	struct coder_code *codes;	/* by theme, then start, end, rule */
	size_t ncodes, capcodes;
	struct coder_sentiment *sentiment;	/* in text order */
	size_t nsentiment, capsentiment;
	struct coder_warning *warnings;
	size_t nwarnings, capwarnings;
	enum lexicon_polarity polarity;	/* of the whole text */
	double score;			/* positive minus negative evidence */
	enum lexicon_polarity *theme_polarity;	/* per theme; valid where coded */
	size_t ntheme;
	int invalid_utf8;		/* bytes were replaced */
};

/* Compile every rule; on error *err names the rule's FILE:LINE. */
int coder_new(const codebook *cb, const lexicon *lx, coder **out, char **err);
void coder_free(coder *c);

coder_state *coder_state_new(void);
void coder_state_free(coder_state *s);

/* Code len bytes of text (need not be NUL-terminated nor valid UTF-8). */
void coder_code(const coder *c, coder_state *s, const char *text, size_t len,
    struct coder_result *r);
void coder_result_free(struct coder_result *r);

/* Does r hold a code of theme t?  Index of its first code, else -1. */
long coder_result_find(const struct coder_result *r, int t);

#endif
