/* gate.c — see gate.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "analyse/gate.h"
#include "util/buf.h"
#include "util/xalloc.h"

/* The literal letters at the start of an alternative of a regex at *p:
 * appended lowercase to lit; *p moves past them.  A letter made optional by
 * a quantifier is dropped and ends the literal. */
static void
leading_literal(const char **p, struct buf *lit)
{
	const char *q = *p;

	while ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z')) {
		if (q[1] == '?' || q[1] == '*' || q[1] == '{') {
			break;
		}
		buf_addc(lit, *q | 0x20);
		q++;
		if (q[0] == '+')
			break;
	}
	*p = q;
}

/* The ']' closing the character class that starts at p ('['), or the NUL
 * ending the string when there is none; escapes are skipped. */
static const char *
class_end(const char *p)
{
	for (p++; *p && *p != ']'; p++)
		if (*p == '\\' && p[1])
			p++;
	return p;
}

/* Skip the rest of a regex alternative at *p, to its '|' or ')'. */
static void
skip_alternative(const char **pp)
{
	const char *p = *pp;
	int depth = 0;

	while (*p && !(depth == 0 && (*p == '|' || *p == ')'))) {
		if (*p == '\\' && p[1]) {
			p++;
		} else if (*p == '[') {
			p = class_end(p);
			if (!*p)
				break;
		} else if (*p == '(') {
			depth++;
		} else if (*p == ')') {
			depth--;
		}
		p++;
	}
	*pp = p;
}

/* The group at *p (just after its '(' or '(?:'): the literals that every
 * alternative starts with, into lits; *p moves past the ')'.  -1 when some
 * alternative has none. */
static int
group_literals(const char **pp, char ***lits, size_t *nlits, int depth)
{
	const char *p = *pp;
	struct buf lit = BUF_INIT;

	if (depth > 8)
		return -1;
	for (;;) {
		if (*p == '(' && (p[1] != '?' || (p[2] == ':'))) {
			p += p[1] == '?' ? 3 : 1;
			if (group_literals(&p, lits, nlits, depth + 1) < 0)
				return -1;
			if (*p == '?' || *p == '*' || *p == '{')
				return -1;	/* an optional group */
		} else {
			buf_reset(&lit);
			leading_literal(&p, &lit);
			if (lit.len == 0) {
				buf_free(&lit);
				return -1;
			}
			*lits = xreallocarray(*lits, *nlits + 1, sizeof **lits);
			(*lits)[(*nlits)++] = buf_detach(&lit);
		}
		skip_alternative(&p);
		if (*p == ')')
			break;
		if (*p != '|')
			return -1;
		p++;
	}
	buf_free(&lit);
	*pp = p + 1;
	return 0;
}

/* Skip one regex item at *p (an escape, a class, a group or a character)
 * and its quantifier.  Sets *optional when the quantifier allows zero. */
static void
skip_item(const char **pp, int *optional)
{
	const char *p = *pp;

	if (*p == '\\') {
		p += p[1] ? 2 : 1;
		if (*p == '{')
			while (*p && *p++ != '}')
				;
	} else if (*p == '[') {
		p = class_end(p);
		if (*p)
			p++;
	} else if (*p == '(') {
		p++;
		skip_alternative(&p);
		while (*p == '|') {
			p++;
			skip_alternative(&p);
		}
		if (*p)
			p++;
	} else if (*p) {
		p++;
	}
	*optional = *p == '?' || *p == '*' || (*p == '{' && p[1] == '0');
	if (*p == '?' || *p == '*' || *p == '+') {
		p++;
	} else if (*p == '{') {
		while (*p && *p++ != '}')
			;
	}
	if (*p == '?' || *p == '+')
		p++;	/* lazy or possessive */
	*pp = p;
}

static size_t
min_len(char **lits, size_t n)
{
	size_t m = (size_t)-1;

	for (size_t i = 0; i < n; i++)
		if (strlen(lits[i]) < m)
			m = strlen(lits[i]);
	return n ? m : 0;
}

void
gate_free(char **lits, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(lits[i]);
	free(lits);
}

/* A part of the pattern that every match holds and that must
 * start a word (it follows \\b or \\s at the top level): literal letters,
 * or a group whose every alternative starts with literal letters (nested
 * groups too).  The pattern need only run on a text with a word (or the
 * part of a word after an apostrophe) starting with one of them.  Of the
 * candidates, the one with the longest shortest literal is used.  Returns
 * the gate, or -1 when the pattern has none. */
int
gate_literals(const char *re, char ***out, size_t *nout)
{
	char **best = NULL, **lits;
	size_t nbest = 0, nlits, score = 0;
	const char *p = re;
	int at_word, optional;

	skip_alternative(&p);
	if (*p)
		return -1;	/* alternation at the top level */
	at_word = 0;
	for (p = re; *p;) {
		const char *item = p;
		if (at_word && (*p == '(' || (*p >= 'a' && *p <= 'z') ||
		    (*p >= 'A' && *p <= 'Z'))) {
			lits = NULL;
			nlits = 0;
			const char *q = p;
			int ok;
			if (*q == '(') {
				if (q[1] == '?' && q[2] != ':')
					ok = -1;
				else {
					q += q[1] == '?' ? 3 : 1;
					ok = group_literals(&q, &lits, &nlits, 0);
				}
			} else {
				struct buf lit = BUF_INIT;
				leading_literal(&q, &lit);
				ok = lit.len ? 0 : -1;
				if (ok == 0) {
					lits = xmalloc(sizeof *lits);
					lits[nlits++] = buf_detach(&lit);
				}
				buf_free(&lit);
			}
			skip_item(&p, &optional);
			if (*item == '(' && optional)
				ok = -1;
			if (ok == 0 && min_len(lits, nlits) > score) {
				gate_free(best, nbest);
				best = lits;
				nbest = nlits;
				score = min_len(lits, nlits);
			} else {
				gate_free(lits, nlits);
			}
		} else {
			skip_item(&p, &optional);
		}
		/* does the next item start a word? */
		at_word = !optional && item[0] == '\\' && (item[1] == 'b' || item[1] == 's');
	}
	if (nbest == 0)
		return -1;
	*out = best;
	*nout = nbest;
	return 0;
}

/* The longest run of literal letters (at least 3) at the top level of a
 * pattern with no top-level alternation: every match holds it, so a text
 * whose folded words do not is skipped.  NULL when there is none or the
 * pattern uses \\Q or (?x). */
char *
gate_required(const char *re)
{
	struct buf best = BUF_INIT, lit = BUF_INIT;
	const char *p = re;

	skip_alternative(&p);
	if (*p || strstr(re, "\\Q") || strstr(re, "(?x") || strstr(re, "(?-i"))
		return NULL;
	for (p = re; *p;) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')) {
			buf_reset(&lit);
			leading_literal(&p, &lit);
			if (lit.len > best.len) {
				buf_reset(&best);
				buf_add(&best, lit.s, lit.len);
			}
			while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))
				p++;	/* the rest of a run cut by a quantifier */
			continue;
		}
		if (*p == '\\') {
			if (!p[1])
				break;
			p += 2;
			if (*p == '{')	/* \\x{..}, \\p{..} */
				while (*p && *p++ != '}')
					;
			continue;
		}
		if (*p == '[') {
			p = class_end(p);
			if (*p)
				p++;
			continue;
		}
		if (*p == '(') {	/* skip the whole group */
			int depth = 0;
			for (; *p; p++) {
				if (*p == '\\' && p[1]) {
					p++;
				} else if (*p == '[') {
					p = class_end(p);
					if (!*p)
						break;
				} else if (*p == '(') {
					depth++;
				} else if (*p == ')' && --depth == 0) {
					p++;
					break;
				}
			}
			continue;
		}
		p++;
	}
	buf_free(&lit);
	if (best.len < 3) {
		buf_free(&best);
		return NULL;
	}
	return buf_detach(&best);
}

