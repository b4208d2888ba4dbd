/* codebook.h — the codebook language (heed-codebook(5)): parsing a codebook
 * file, its includes and its terms into an in-memory codebook.
 *
 * A codebook holds themes and safeguarding flags (both "themes" here, flags
 * with is_flag set), each with rules (one per `words` term, `pattern` line or
 * `near` line), excludes, actions, reflection questions, examples and
 * counter-examples; plus the extra negators of `negate` lines.  Regular
 * expressions are generated here (codebook_term_regex) but compiled by the
 * coder (analyse/coder.h).
 *
 * Ownership: codebook_load() gives the caller a codebook freed with
 * codebook_free(); every pointer reached through it belongs to it. */
#ifndef HEED_CODEBOOK_H
#define HEED_CODEBOOK_H

#include <stddef.h>

typedef struct codebook codebook;

enum codebook_rule_kind {
	CODEBOOK_WORDS,		/* one `words` term */
	CODEBOOK_PATTERN,	/* one `pattern` line: raw PCRE2 */
	CODEBOOK_NEAR,		/* one `near` line */
};

struct codebook_rule {
	enum codebook_rule_kind kind;
	const char *path;	/* file as opened (for messages) */
	int line;
	char *id;		/* "FILE:LINE:TEXT", FILE the base name */
	char *regex;		/* words: the term's regex; pattern: raw; near: side A */
	char *regex2;		/* near: side B; else NULL */
	int distance;		/* near: at most this many words between A and B */
	char **terms;		/* the terms as written: words: 1; near: side A */
	size_t nterms;
	char **terms2;		/* near: side B */
	size_t nterms2;
};

struct codebook_text {		/* an example or counter-example */
	char *text;
	const char *path;
	int line;
};

struct codebook_theme {
	char *key;
	char *label;
	char *description;	/* descriptions joined by a space; "" if none */
	int is_flag;		/* a `flag` block */
	const char *path;	/* where the block starts */
	int line;
	struct codebook_rule *rules;
	size_t nrules;
	char **excludes;	/* regexes of the exclude terms */
	char **exclude_terms;	/* the same terms as written */
	size_t nexcludes;
	char **actions;
	size_t nactions;
	char **reflects;
	size_t nreflects;
	struct codebook_text *examples, *counters;
	size_t nexamples, ncounters;
};

/* Parse the codebook at path (includes resolved relative to the including
 * file).  On error *err is "FILE:LINE: what is wrong". */
int codebook_load(const char *path, codebook **out, char **err);
/* Parse a codebook as stored in the database (codebook.text: the file with
 * its included files after it), named name in messages.  `include` lines
 * are skipped, since what they include follows.  Same hash as at load. */
int codebook_load_text(const char *name, const char *text, codebook **out, char **err);
void codebook_free(codebook *cb);

size_t codebook_ntheme(const codebook *cb);
const struct codebook_theme *codebook_theme(const codebook *cb, size_t i);
/* Index of the theme or flag with key, or -1. */
int codebook_find(const codebook *cb, const char *key);

/* The regexes of the negators: the built-in list, then `negate` terms. */
size_t codebook_nnegators(const codebook *cb);
const char *codebook_negator(const codebook *cb, size_t i);
const char *codebook_negator_term(const codebook *cb, size_t i);	/* as written */

/* The expanded text (includes inlined) and its SHA-256 in hex. */
const char *codebook_text(const codebook *cb);
const char *codebook_hash(const codebook *cb);
const char *codebook_path(const codebook *cb);

/* Translate one term (a word, `word*` or a quoted phrase, quotes included)
 * into a PCRE2 regex with word boundaries.  Returns a malloc'd string, or
 * NULL with *why (static text) saying what is wrong with the term. */
char *codebook_term_regex(const char *term, size_t len, const char **why);

/* Word boundaries.  codebook_term_regex() returns a term WITHOUT them, so
 * that an alternation of many terms carries them once, outside the group:
 * CODEBOOK_BEFORE "(?:" t1 "|" t2 ... ")" CODEBOOK_AFTER.  That keeps the
 * compiled pattern small (PCRE2 caps it at 64 KB) and lets PCRE2 find the
 * possible first characters of a match instead of trying every term at
 * every position.  A word character is a Unicode letter or digit; an
 * apostrophe (straight or curly) between word characters is inside a word. */
#define WORDCLASS "[\\p{L}\\p{N}]"
#define APOS "['\\x{2018}\\x{2019}]"
#define CODEBOOK_BEFORE "(?<!" WORDCLASS ")(?<!" WORDCLASS APOS ")"
#define CODEBOOK_AFTER "(?!" WORDCLASS ")(?!" APOS WORDCLASS ")"

/* The path of the default codebook: $HEED_DATADIR/default.codebook, else
 * the installed one.  Static storage, valid until the next call. */
const char *codebook_default_path(void);

#endif
