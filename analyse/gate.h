/* gate.h — cheap tests that let the coder skip a `pattern` on a text that
 * cannot match it, read from the regex's text (no PCRE2 involved).
 *
 * gate_literals(): a part of the pattern that every match holds and that
 * starts a word (it follows \b or \s at the top level, outside any
 * alternation): literal letters, or a group whose every alternative starts
 * with literal letters (nested groups too).  A text where no word (nor the
 * part of a word after an apostrophe) starts with one of them cannot match.
 * Of the candidates, the one with the longest shortest literal is given.
 *
 * gate_required(): the longest run (3 or more) of literal letters at the
 * top level: every match holds it, so a text without it cannot match.
 *
 * Literals are lowercase ASCII, compared with case-folded text (which maps
 * the Kelvin sign and long s, the non-ASCII letters PCRE2 folds to ASCII).
 * Patterns with a top-level |, \Q, (?x) or (?-i) get no gate.
 *
 * Ownership: the caller frees the literals with gate_free() and the
 * required string with free(). */
#ifndef HEED_GATE_H
#define HEED_GATE_H

#include <stddef.h>

int gate_literals(const char *re, char ***lits, size_t *nlits);
void gate_free(char **lits, size_t n);
char *gate_required(const char *re);

#endif
