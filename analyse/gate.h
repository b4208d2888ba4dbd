/* gate.h — cheap tests that let the coder skip a regex on a text that
 * cannot match it, read from the regex's text (no PCRE2 involved).
 *
 * gate_sets(): sets of literals such that every match of the regex holds,
 * for each set, one of its literals: at a word start (or just after an
 * apostrophe inside a word), or for a set marked anywhere, inside a word.
 * A literal is a run of literal letters and digits that every path through
 * the regex holds; it is at a word start when it follows \b, \s,
 * punctuation, a class of such characters or (?<![\p{L}\p{N}]) on every
 * path (optional items in between included).  A group or alternation gives
 * the union of one set of each alternative (anywhere if one of those is),
 * and when every alternative has two sets, a second union of another set
 * of each.
 * A text where some set has no word starting with (or, anywhere, holding)
 * one of its literals cannot match.  \d makes a set marked digit, held by
 * a text with a decimal digit of any script (PCRE2's \d with UCP); a union
 * with such a set is marked digit too.  Of an alternative's sets the rarest
 * (then the next rarest) stands for it: one with no literal starting a very
 * common word, then the longest shortest literal.  -1 (no sets) when the
 * regex has none or uses syntax the parser does not know ((?x), (?i), \Q,
 * back references...).
 *
 * gate_required(): the longest run (3 or more) of literal letters at the
 * top level: every match holds it, so a text without it cannot match.
 *
 * Literals are lowercase ASCII, compared with case-folded text (which maps
 * the Kelvin sign and long s, the non-ASCII letters PCRE2 folds to ASCII).
 *
 * Ownership: the caller frees the sets with gate_sets_free() and the
 * required string with free(). */
#ifndef HEED_GATE_H
#define HEED_GATE_H

#include <stddef.h>

struct gate_set {
	char **lits;
	size_t n;
	int anywhere;	/* inside a word, not only at its start */
	int digit;	/* or any decimal digit, of any script */
};

int gate_sets(const char *re, struct gate_set **sets, size_t *nsets);
void gate_sets_free(struct gate_set *sets, size_t n);
char *gate_required(const char *re);

#endif
