/* gate.c — see gate.h. */
#include "config.h"

#include <ctype.h>
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

/* The '|' (when bar is set) or ')' ending the regex alternative at p,
 * past escapes, classes and nested groups; or the NUL ending the string. */
static const char *
alternative_end(const char *p, int bar)
{
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
		} else if (*p == ')') {
			if (depth-- == 0)
				break;
		} else if (*p == '|' && bar && depth == 0) {
			break;
		}
	}
	return p;
}

/* The analysis behind gate_sets(): a small parser for the part of PCRE2
 * syntax codebooks use.  Walking a sequence it tracks whether the current
 * position is a word start (a letter here starts a word, or follows an
 * apostrophe inside one: after \b, \s, a hyphen or other punctuation, a
 * class of such characters, or (?<![\p{L}\p{N}])); a run of literal letters
 * and digits is a one-literal set, of a word start if met at one.  A group
 * or alternation gives the union of one set from each alternative, or
 * nothing if an alternative has none.  What the parser does not know makes
 * it give up (g->bad). */
struct gparse {
	const char *p;
	int bad;
};

struct gres {
	struct gate_set *v;	/* every match holds a literal of each */
	size_t n;
	int out;		/* the end is a word start */
};

static void
set_free(struct gate_set *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < v[i].n; k++)
			free(v[i].lits[k]);
	for (size_t i = 0; i < n; i++)
		free(v[i].lits);
	free(v);
}

void
gate_sets_free(struct gate_set *v, size_t n)
{
	set_free(v, n);
}

static void
res_push(struct gres *r, struct gate_set set)
{
	r->v = xreallocarray(r->v, r->n + 1, sizeof *r->v);
	r->v[r->n++] = set;
}

/* Words so common that a literal starting one opens its gate on most
 * texts: the most frequent English words, and the consultation's own. */
static const char *const common[] = {
	"a", "about", "after", "all", "also", "am", "an", "and", "any", "are",
	"as", "at", "be", "because", "been", "being", "but", "by", "can",
	"child", "children", "could", "council", "did", "do", "does", "don't",
	"education", "educate", "even", "families", "family", "for", "from",
	"get", "had", "has", "have", "he", "her", "him", "his", "home", "how",
	"i", "if", "in", "into", "is", "it", "just", "la", "like", "me", "more",
	"much", "my", "no", "not", "now", "of", "on", "one", "only", "or",
	"other", "our", "out", "parents", "really", "said", "school", "she",
	"so", "some", "than", "that", "the", "their", "them", "then", "there",
	"they", "this", "to", "up", "us", "very", "was", "we", "were", "what",
	"when", "which", "who", "why", "will", "with", "would", "you", "your",
};

/* How rare a set's literals are, roughly: 0 if one starts a common word
 * (is in one, for a set of literals anywhere), else the length of the
 * shortest; a digit weighs 2 (rarer than a common word, commoner than most
 * words). */
static size_t
set_weight(const struct gate_set *s)
{
	size_t m = s->digit ? 2 : (size_t)-1;

	for (size_t i = 0; i < s->n; i++) {
		size_t len = strlen(s->lits[i]);
		for (size_t k = 0; k < sizeof common / sizeof *common; k++)
			if (s->anywhere ? strstr(common[k], s->lits[i]) != NULL :
			    strncmp(common[k], s->lits[i], len) == 0)
				len = 0;
		if (len < m)
			m = len;
	}
	return m;
}

/* Index of the set to stand for r in a union: the rarest by set_weight(),
 * then one of literals at word starts, then the one with fewest literals;
 * set skip is passed over (none: (size_t)-1). */
static size_t
res_best(const struct gres *r, size_t skip)
{
	size_t best = skip == 0 ? 1 : 0;

	for (size_t i = best + 1; i < r->n; i++) {
		if (i == skip)
			continue;
		size_t a = set_weight(&r->v[i]), b = set_weight(&r->v[best]);
		int wa = !r->v[i].anywhere, wb = !r->v[best].anywhere;
		if (a > b || (a == b && (wa > wb || (wa == wb && r->v[i].n < r->v[best].n))))
			best = i;
	}
	return best;
}

/* Is c a character after which a letter starts a word? */
static int
separator(unsigned char c)
{
	return c < 0x80 && c > ' ' ? !(c >= '0' && c <= '9') &&
	    !((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && c != '_' && c != '\'' :
	    c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* A class at p ('['): p moves past it; is every member a separator? */
static int
class_sep(struct gparse *g)
{
	const char *p = g->p + 1, *end;
	int sep = 1;

	if (*p == ']' || (*p == '^' && p[1] == ']') || strstr(p, "[:") == p) {
		g->bad = 1;
		return 0;
	}
	end = class_end(g->p);
	if (!*end || memchr(g->p + 1, '[', (size_t)(end - g->p - 1))) {
		g->bad = 1;
		return 0;
	}
	if (*p == '^')
		sep = 0;
	for (; p < end; p++) {
		if (*p == '\\') {
			p++;
			if (*p != 's' && *p != 'n' && *p != 't' && *p != 'r' && !separator((unsigned char)*p))
				sep = 0;
		} else if (*p == '-' && p != g->p + 1 && p + 1 != end) {
			sep = 0;	/* a range */
		} else if (!separator((unsigned char)*p)) {
			sep = 0;
		}
	}
	g->p = end + 1;
	return sep;
}

/* The group at g->p, just after its '(' (any "?:" etc. skipped): p moves
 * past its ')'. */
static void parse_alt(struct gparse *g, int in, struct gres *r, int depth);

/* Skip to after the ')' closing the group whose body starts at g->p. */
static void
skip_group(struct gparse *g)
{
	struct gres r = { NULL, 0, 0 };

	parse_alt(g, 0, &r, 1);
	set_free(r.v, r.n);
}

/* A quantifier at g->p (moved past it): *min is 0 when it allows none,
 * *multi when more than one. */
static void
quantifier(struct gparse *g, int *min0, int *multi)
{
	const char *p = g->p;

	*min0 = *multi = 0;
	if (*p == '?' || *p == '*') {
		*min0 = 1;
		*multi = *p == '*';
		p++;
	} else if (*p == '+') {
		*multi = 1;
		p++;
	} else if (*p == '{' && p[1] >= '0' && p[1] <= '9') {
		const char *q = p + 1;
		unsigned long lo = strtoul(q, (char **)&q, 10), hi = lo;
		if (*q == ',') {
			q++;
			hi = *q >= '0' && *q <= '9' ? strtoul(q, (char **)&q, 10) : (unsigned long)-1;
		}
		if (*q != '}')
			return;	/* a literal '{' */
		*min0 = lo == 0;
		*multi = hi > 1;
		p = q + 1;
	} else {
		return;
	}
	if (*p == '?' || *p == '+')
		p++;	/* lazy or possessive */
	g->p = p;
}

static void
flush_run(struct buf *run, int run_at, struct gres *r)
{
	if (run->len) {
		struct gate_set set = { xmalloc(sizeof (char *)), 1, !run_at, 0 };
		set.lits[0] = xstrdup(buf_str(run));
		res_push(r, set);
	}
	buf_reset(run);
}

/* One alternative: the items up to '|', ')' or the end. */
static void
parse_seq(struct gparse *g, int in, struct gres *r, int depth)
{
	struct buf run = BUF_INIT;
	int state = in, run_at = 0;

	r->n = 0;
	r->v = NULL;
	while (*g->p && *g->p != '|' && *g->p != ')' && !g->bad) {
		const char *p = g->p;
		int out, zero = 0, letter = 0, min0, multi;
		struct gres sub = { NULL, 0, 0 };
		int group = 0, digit = 0;

		if (((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') || (*p >= '0' && *p <= '9')) {
			letter = *p | 0x20;	/* digits stay digits */
			g->p++;
			out = 0;
		} else if (*p == '\\') {
			char e = p[1];
			g->p += 2;
			if (e == '\0' || e == 'Q' || e == 'E' || e == 'k' || e == 'g' || e == 'c' ||
			    e == 'K') {
				g->bad = 1;
				break;
			}
			if (g->p[0] == '{' && (e == 'x' || e == 'p' || e == 'P' || e == 'N' || e == 'o'))
				while (*g->p && *g->p++ != '}')
					;
			else if (e == 'p' || e == 'P')
				g->p += *g->p != '\0';	/* \pL */
			else if (e == 'x')	/* \xhh */
				for (int k = 0; k < 2 && isxdigit((unsigned char)*g->p); k++)
					g->p++;
			else if (e >= '0' && e <= '9')	/* back reference or octal */
				while (*g->p >= '0' && *g->p <= '9')
					g->p++;
			digit = e == 'd';
			zero = e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z' || e == 'G';
			out = e == 's' || e == 'n' || e == 't' || e == 'r' || e == 'b' || e == 'A' ||
			    ((e == 'z' || e == 'Z' || e == 'G') ? state : separator((unsigned char)e));
		} else if (*p == '[') {
			out = class_sep(g);
		} else if (*p == '(') {
			g->p++;
			if (*g->p == '*') {	/* (*VERB) */
				while (*g->p && *g->p != ')')
					g->p++;
				if (*g->p)
					g->p++;
				zero = 1;
				out = state;
			} else if (*g->p == '?' && (g->p[1] == '=' || g->p[1] == '!' ||
			    (g->p[1] == '<' && (g->p[2] == '=' || g->p[2] == '!')))) {
				int notword = strncmp(g->p, "?<![\\p{L}\\p{N}])", 16) == 0;
				g->p += g->p[1] == '<' ? 3 : 2;
				skip_group(g);
				zero = 1;
				out = state || notword;
			} else {
				if (*g->p == '?') {
					/* (?:  (?>  (?|  and option groups such as (?-i: ...):
					 * a case-sensitive match still holds the letters */
					size_t k = 1;
					while (g->p[k] && strchr("imnsJU-", g->p[k]))
						k++;
					if (g->p[k] == ':' || (k == 1 && (g->p[1] == '>' || g->p[1] == '|')))
						g->p += k + 1;
					else {
						g->bad = 1;
						break;
					}
				}
				parse_alt(g, state, &sub, depth + 1);
				group = 1;
				out = sub.out;
			}
		} else if (*p == '^') {
			g->p++;
			zero = 1;
			out = 1;
		} else if (*p == '$') {
			g->p++;
			zero = 1;
			out = state;
		} else if ((unsigned char)*p >= 0x80) {
			g->p++;
			while (((unsigned char)*g->p & 0xC0) == 0x80)
				g->p++;
			out = 0;
		} else {	/* . or another character */
			g->p++;
			out = *p != '.' && separator((unsigned char)*p);
		}
		if (g->bad) {
			set_free(sub.v, sub.n);
			break;
		}
		quantifier(g, &min0, &multi);
		if (letter && !min0) {
			if (run.len == 0)
				run_at = state;
			buf_addc(&run, (char)letter);
			if (multi)
				flush_run(&run, run_at, r);
		} else {
			flush_run(&run, run_at, r);
		}
		if (digit && !min0)
			res_push(r, (struct gate_set){ NULL, 0, 1, 1 });
		if (group && !min0) {
			for (size_t i = 0; i < sub.n; i++)
				res_push(r, sub.v[i]);
			free(sub.v);
		} else {
			set_free(sub.v, sub.n);
		}
		if (zero)
			state = min0 ? state : out;
		else
			state = min0 ? state && out : out;
	}
	flush_run(&run, run_at, r);
	buf_free(&run);
	r->out = state;
}

/* Alternatives up to the ')' closing a group (moved past) or, at depth 0,
 * the end of the regex. */
static void
parse_alt(struct gparse *g, int in, struct gres *r, int depth)
{
	/* Every match of an alternation matches one alternative, which holds
	 * a literal of each of its sets: so the union of one set of each
	 * alternative is held, and so is the union of another set of each.
	 * uni[0] unites the rarest set of each alternative, uni[1] the next
	 * rarest (while every alternative has two). */
	struct gate_set uni[2] = { { NULL, 0, 0, 0 }, { NULL, 0, 0, 0 } };
	int nalt = 0, none = 0, nuni = 2;

	r->v = NULL;
	r->n = 0;
	r->out = 1;
	if (depth > 32) {
		g->bad = 1;
		return;
	}
	for (;;) {
		struct gres a;
		parse_seq(g, in, &a, depth);
		r->out = r->out && a.out;
		if (nalt++ == 0 && *g->p != '|' && !g->bad) {
			r->v = a.v;	/* a single alternative keeps all its sets */
			r->n = a.n;
			break;
		}
		if (a.n == 0) {
			none = 1;
		} else if (!none) {
			size_t pick[2];
			pick[0] = res_best(&a, (size_t)-1);
			pick[1] = a.n > 1 ? res_best(&a, pick[0]) : 0;
			if (a.n < 2)
				nuni = 1;
			for (int u = 0; u < nuni; u++) {
				const struct gate_set *set = &a.v[pick[u]];
				uni[u].anywhere |= set->anywhere;
				uni[u].digit |= set->digit;
				uni[u].lits = xreallocarray(uni[u].lits, uni[u].n + set->n,
				    sizeof *uni[u].lits);
				for (size_t k = 0; k < set->n; k++)
					uni[u].lits[uni[u].n++] = xstrdup(set->lits[k]);
			}
		}
		set_free(a.v, a.n);
		if (g->bad || *g->p != '|')
			break;
		g->p++;
	}
	for (int u = 0; u < 2; u++) {
		if (nalt > 1 && !none && u < nuni && (uni[u].n || uni[u].digit)) {
			res_push(r, uni[u]);
		} else {
			for (size_t k = 0; k < uni[u].n; k++)
				free(uni[u].lits[k]);
			free(uni[u].lits);
		}
	}
	if (depth > 0) {
		if (*g->p != ')')
			g->bad = 1;
		else
			g->p++;
	} else if (*g->p) {
		g->bad = 1;	/* an unbalanced ')' */
	}
}

int
gate_sets(const char *re, struct gate_set **out, size_t *nout)
{
	struct gparse g = { re, 0 };
	struct gres r;

	*out = NULL;
	*nout = 0;
	parse_alt(&g, 0, &r, 0);
	if (g.bad || r.n == 0) {
		set_free(r.v, r.n);
		return -1;
	}
	*out = r.v;
	*nout = r.n;
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

	p = alternative_end(p, 1);
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
			p = alternative_end(p + 1, 0);
			if (*p)
				p++;
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

