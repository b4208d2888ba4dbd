/* text.h — the small pieces of Unicode text handling the coder needs:
 * UTF-8 checks, curly quotes, and cutting a response into word and
 * punctuation tokens (for negation, `near` distances and polarity).
 *
 * A word is a run of letters and digits, with apostrophes (' ‘ ’) inside it
 * ("don't").  Letters and digits are PCRE2's \p{L} and \p{N} (a table
 * built once from PCRE2); above U+FFFF, everything but emoji and symbols.
 *
 * Ownership: text_tokens() grows the caller's array (free() it). */
#ifndef HEED_TEXT_H
#define HEED_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* Length of the UTF-8 sequence at s (1 for an invalid lead byte). */
size_t text_utf8_len(const char *s, size_t n);
/* Offset of the first byte that is not valid UTF-8, or n when all is. */
size_t text_utf8_invalid(const char *s, size_t n);
/* Is s the UTF-8 of “ (open), ” (close), or ‘ / ’ (apostrophe)? */
int text_is_open_quote(const char *s, size_t n);
int text_is_close_quote(const char *s, size_t n);
int text_is_apostrophe(const char *s, size_t n);

enum {
	TEXT_WORD = 1,		/* a word */
	TEXT_CLAUSE = 2,	/* ends a clause: , ; : or but/although/though/however */
	TEXT_SENTENCE = 4,	/* ends a sentence (and a clause): . ! ? newline */
};

struct text_tok {
	uint32_t start, end;	/* byte span */
	unsigned kind;		/* TEXT_* bits */
};

/* Cut s (valid UTF-8) into tokens; *v (capacity *cap) is reused.  Returns
 * the number of tokens. */
size_t text_tokens(const char *s, size_t n, struct text_tok **v, size_t *cap);

/* Index of the first token starting at or after byte off (ntok if none). */
size_t text_tok_at(const struct text_tok *v, size_t ntok, size_t off);

/* Lowercase (ASCII) copy of a word with ‘ ’ as ', into out[outsz]; returns
 * its length, 0 when it does not fit. */
size_t text_norm(const char *s, size_t n, char *out, size_t outsz);

/* Case-fold len bytes of valid UTF-8 at s into out (appended): ASCII,
 * Latin-1, Latin Extended-A, Greek and Cyrillic capitals to small letters
 * (Unicode simple case folding for those blocks), ‘ ’ to '.  Other code
 * points are copied. */
struct buf;
void text_fold(const char *s, size_t len, struct buf *out);
/* Is every byte of s[0, len) whitespace or a hyphen (what a space in a
 * phrase matches)?  len > 0. */
int text_is_gap(const char *s, size_t len);

#endif
