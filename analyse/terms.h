/* terms.h — an index of word terms (`trust`, `trust*`, "let down") matched
 * by looking up each word token of a text in a trie, so the cost per text
 * does not grow with the number of terms.  It gives the same matches as the
 * terms' regexes (codebook_term_regex) for terms made only of words, or of
 * words joined by single hyphens (home-visit*, "self-harm policy"); a term
 * with other characters (c++, "a.b", 1:1) is refused by terms_add() and the
 * caller matches it with its regex.
 *
 * Each term is added with a caller's key (an int); terms_match() reports
 * every (key, start token, end token) whose term matches there.
 *
 * Ownership: terms_new() gives an index freed with terms_free(). */
#ifndef HEED_TERMS_H
#define HEED_TERMS_H

#include <stddef.h>

#include "analyse/text.h"
#include "util/buf.h"

typedef struct terms terms;

terms *terms_new(void);
void terms_free(terms *t);

/* Is the term (as written, quotes included) made only of words? */
int terms_plain(const char *term);
/* Add a plain term under key; -1 when it is not plain. */
int terms_add(terms *t, const char *term, int key);

/* The folded words of a text's tokens: fold.s + off[i] is token i, folded
 * (NUL-terminated); off[i] is (size_t)-1 for non-word tokens. */
struct terms_text {
	struct buf fold;
	size_t *off;
	size_t cap;
};
void terms_prepare(struct terms_text *tt, const char *text,
    const struct text_tok *tok, size_t ntok);
void terms_text_free(struct terms_text *tt);

/* Call hit(arg, key, first, last) for each term matching tokens
 * [first, last], first ascending; for one first token, keys ascending.
 * With inner set, a one-word term may also start just after an apostrophe
 * inside a token (where PCRE2's \b sees a word start: "don't"). */
void terms_match(const terms *t, const char *text, const struct text_tok *tok,
    size_t ntok, const struct terms_text *tt, int inner,
    void (*hit)(void *arg, int key, size_t first, size_t last), void *arg);

/* Set mark[key] = 1 for each key with a term matching somewhere (as
 * terms_match() with inner set would report it), in one pass and with no
 * callback: for gates, where only whether a key matched matters. */
void terms_mark(const terms *t, const char *text, const struct text_tok *tok,
    size_t ntok, const struct terms_text *tt, unsigned char *mark);

#endif
