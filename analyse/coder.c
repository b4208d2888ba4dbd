/* coder.c — see coder.h.
 *
 * One file on purpose, though longer than most: compiling a codebook
 * (coder_new) and matching a text (coder_code) share the private layout of
 * the compiled coder and of a thread's state, and every change to one side
 * has to be read against the other.  The word-term index (terms.c), the
 * pattern gates (gate.c) and the lexicon (lexicon.c) are already their own
 * modules. */
#define _GNU_SOURCE	/* memmem */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef HAVE_VALGRIND_VALGRIND_H
#include <valgrind/valgrind.h>
#endif

#include "analyse/coder.h"
#include "analyse/gate.h"
#include "analyse/terms.h"
#include "analyse/text.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/xalloc.h"

#define MATCH_LIMIT 2000000
#define DEPTH_LIMIT 5000
#define HEAP_LIMIT 20000	/* KiB */
#define JIT_STACK_MAX (1024 * 1024)
#define NEG_WINDOW 4		/* words before a match a negator may end in */
#define SUB_BYTE 0x1A		/* replaces invalid UTF-8 bytes */

/* Terms made only of words are looked up token by token in one index
 * (analyse/terms.h); the rest are matched by regex. */

/* What a text needs for a regex to run on it (gate.h): every one of the
 * gates open (a word starts with a literal of the set), and a literal of
 * each set in `inside` inside a word. */
struct rgate {
	int *open;
	size_t nopen;
	struct gate_set *inside;
	size_t ninside;
};

struct ctheme {
	pcre2_code *words;	/* `words` terms not in the index, (*MARK:rule) */
	pcre2_code **re;	/* per rule: pattern, or near side A; NULL for words */
	pcre2_code **re2;	/* per rule: near side B */
	int *nearslot;		/* per rule: near sides in the index: slot, else -1 */
	struct rgate *gate;	/* per rule: pattern's or near's gate */
	struct rgate wgate;	/* of the words regex */
	char **req;		/* per rule: letters every match of the pattern holds */
	int *run;		/* the near and regex rules, in order: the words */
	size_t nrun;		/* rules are in the index and need no run */
	pcre2_code *exclude;	/* excludes not in the index */
	int exclude_indexed;
};

enum { K_WORDS, K_NEAR_A, K_NEAR_B, K_EXCLUDE, K_NEG };

struct tkey {
	int kind, theme, rule, slot;
};

struct coder {
	const codebook *cb;
	const lexicon *lx;
	struct ctheme *t;
	size_t nt;
	pcre2_code *neg;	/* negators, when not in the index */
	pcre2_code *digit;	/* \d, for texts with no ASCII digit */
	terms *index;
	struct tkey *keys;
	size_t nkeys, nslots;
	terms *gates;		/* literals at word starts a regex's match needs */
	size_t ngates;
};

struct span {
	size_t start, end;
	int rule;
};

struct spanvec {
	struct span *v;
	size_t n, cap;
};

struct coder_state {
	pcre2_match_data *md;
	pcre2_match_context *mc;
	pcre2_jit_stack *js;
	struct buf fixed;
	struct text_tok *tok;
	size_t tokcap, ntok;
	unsigned char *negend;
	double *score;
	size_t *last;		/* lexicon_score(): last token of each entry */
	size_t *sid;		/* sentence index per token */
	unsigned char *mark;	/* per sentence */
	size_t auxcap, nsent;
	struct span *a, *b;	/* scratch spans */
	size_t na, nb, capa, capb;
	struct terms_text tt;	/* folded tokens */
	struct spanvec *words, *excl;	/* index hits per theme */
	struct spanvec *near_a, *near_b;	/* index hits per near slot */
	size_t nvt, nvs;
	const coder *cur;	/* during coder_code */
	unsigned char *gate_open;	/* per gate: a literal is in the text */
	size_t ngate_open;
	int has_digit;		/* the text holds a decimal digit (\d) */
};

static const uint32_t CFLAGS = PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS;

static pcre2_code *
compile(const char *re, const char *path, int line, const char *what, char **err)
{
	int ec;
	PCRE2_SIZE off;
	pcre2_code *code = pcre2_compile((PCRE2_SPTR)re, PCRE2_ZERO_TERMINATED,
	    CFLAGS, &ec, &off, NULL);

	if (code == NULL) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(ec, msg, sizeof msg);
		err_set(err, "%s:%d: %s: %s at offset %zu", path, line, what,
		    (const char *)msg, (size_t)off);
		return NULL;
	}
#ifdef HAVE_VALGRIND_VALGRIND_H
	if (!RUNNING_ON_VALGRIND)	/* valgrind cannot follow JIT code */
#endif
	pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);	/* interpreter if no JIT */
	return code;
}

static int
all_plain(char *const *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!terms_plain(v[i]))
			return 0;
	return 1;
}

/* The gate of a regex (gate.h), added to g: sets of literals at word
 * starts go in the gates index, sets of literals inside words (of 3 letters
 * or more: shorter ones are in most texts) are kept in g. */
static void
add_gates(coder *c, const char *re, struct rgate *g)
{
	struct gate_set *sets;
	size_t nsets;

	if (re == NULL || gate_sets(re, &sets, &nsets) < 0)
		return;
	for (size_t i = 0; i < nsets; i++) {
		struct gate_set *set = &sets[i];
		if (set->anywhere) {
			int keep = 1;
			for (size_t k = 0; k < set->n; k++)
				keep &= strlen(set->lits[k]) >= 3;
			if (keep) {
				g->inside = xreallocarray(g->inside, g->ninside + 1,
				    sizeof *g->inside);
				g->inside[g->ninside++] = *set;
				*set = (struct gate_set){ NULL, 0, 0, 0 };
			}
			continue;
		}
		int gate = (int)c->ngates++;
		for (size_t k = 0; k < set->n; k++) {
			char *term = xasprintf("%s*", set->lits[k]);
			terms_add(c->gates, term, gate);
			free(term);
		}
		g->open = xreallocarray(g->open, g->nopen + 1, sizeof *g->open);
		g->open[g->nopen++] = gate;
	}
	gate_sets_free(sets, nsets);
}

static void
rgate_free(struct rgate *g)
{
	free(g->open);
	gate_sets_free(g->inside, g->ninside);
}

/* May the regex of gate g match the text? */
static int
gate_passes(const coder_state *s, const struct rgate *g)
{
	for (size_t i = 0; i < g->nopen; i++)
		if (!s->gate_open[g->open[i]])
			return 0;
	for (size_t i = 0; i < g->ninside; i++) {
		size_t k = 0;
		if (g->inside[i].digit && s->has_digit)
			continue;
		if (s->tt.fold.len == 0)
			return 0;	/* no words */
		while (k < g->inside[i].n && !memmem(s->tt.fold.s, s->tt.fold.len,
		    g->inside[i].lits[k], strlen(g->inside[i].lits[k])))
			k++;
		if (k == g->inside[i].n)
			return 0;
	}
	return 1;
}

/* Index a plain term under a new key. */
static void
add_key(coder *c, const char *term, int kind, int theme, int rule, int slot)
{
	c->keys = xreallocarray(c->keys, c->nkeys + 1, sizeof *c->keys);
	c->keys[c->nkeys] = (struct tkey){ kind, theme, rule, slot };
	terms_add(c->index, term, (int)c->nkeys++);
}

int
coder_new(const codebook *cb, const lexicon *lx, coder **out, char **err)
{
	coder *c = xcalloc(1, sizeof *c);
	struct buf b = BUF_INIT;

	c->cb = cb;
	c->lx = lx;
	c->nt = codebook_ntheme(cb);
	c->t = xcalloc(c->nt ? c->nt : 1, sizeof *c->t);
	c->index = terms_new();
	c->gates = terms_new();
	for (size_t i = 0; i < c->nt; i++) {
		const struct codebook_theme *th = codebook_theme(cb, i);
		struct ctheme *ct = &c->t[i];
		int nwords = 0;

		ct->re = xcalloc(th->nrules ? th->nrules : 1, sizeof *ct->re);
		ct->re2 = xcalloc(th->nrules ? th->nrules : 1, sizeof *ct->re2);
		ct->nearslot = xcalloc(th->nrules ? th->nrules : 1, sizeof *ct->nearslot);
		ct->gate = xcalloc(th->nrules ? th->nrules : 1, sizeof *ct->gate);
		ct->req = xcalloc(th->nrules ? th->nrules : 1, sizeof *ct->req);
		ct->run = xcalloc(th->nrules ? th->nrules : 1, sizeof *ct->run);
		buf_reset(&b);
		buf_adds(&b, CODEBOOK_BEFORE "(?:");
		for (size_t j = 0; j < th->nrules; j++) {
			const struct codebook_rule *r = &th->rules[j];
			ct->nearslot[j] = -1;
			if (r->kind == CODEBOOK_PATTERN)
				ct->req[j] = gate_required(r->regex);
			if (r->kind == CODEBOOK_WORDS) {
				if (terms_plain(r->terms[0]))
					add_key(c, r->terms[0], K_WORDS, (int)i, (int)j, -1);
				else
					buf_addf(&b, "%s(*MARK:%zu)%s", nwords++ ? "|" : "", j, r->regex);
				continue;
			}
			if (r->kind == CODEBOOK_NEAR && all_plain(r->terms, r->nterms) &&
			    all_plain(r->terms2, r->nterms2)) {
				ct->nearslot[j] = (int)c->nslots++;
				for (size_t k = 0; k < r->nterms; k++)
					add_key(c, r->terms[k], K_NEAR_A, (int)i, (int)j, ct->nearslot[j]);
				for (size_t k = 0; k < r->nterms2; k++)
					add_key(c, r->terms2[k], K_NEAR_B, (int)i, (int)j, ct->nearslot[j]);
				ct->run[ct->nrun++] = (int)j;
				continue;
			}
			ct->re[j] = compile(r->regex, r->path, r->line,
			    r->kind == CODEBOOK_NEAR ? "near" : "pattern", err);
			if (ct->re[j] == NULL)
				goto fail;
			ct->run[ct->nrun++] = (int)j;
			add_gates(c, r->regex, &ct->gate[j]);
			add_gates(c, r->regex2, &ct->gate[j]);
			if (r->kind == CODEBOOK_NEAR &&
			    (ct->re2[j] = compile(r->regex2, r->path, r->line, "near", err)) == NULL)
				goto fail;
		}
		buf_adds(&b, ")" CODEBOOK_AFTER);
		if (nwords && (ct->words = compile(buf_str(&b), th->path, th->line,
		    "words", err)) == NULL)
			goto fail;
		if (nwords)
			add_gates(c, buf_str(&b), &ct->wgate);
		if (th->nexcludes && all_plain(th->exclude_terms, th->nexcludes)) {
			ct->exclude_indexed = 1;
			for (size_t k = 0; k < th->nexcludes; k++)
				add_key(c, th->exclude_terms[k], K_EXCLUDE, (int)i, -1, -1);
		} else if (th->nexcludes) {
			buf_reset(&b);
			buf_adds(&b, CODEBOOK_BEFORE "(?:");
			for (size_t j = 0; j < th->nexcludes; j++)
				buf_addf(&b, "%s%s", j ? "|" : "", th->excludes[j]);
			buf_adds(&b, ")" CODEBOOK_AFTER);
			if ((ct->exclude = compile(buf_str(&b), th->path, th->line,
			    "exclude", err)) == NULL)
				goto fail;
		}
	}
	int negplain = 1;
	for (size_t j = 0; j < codebook_nnegators(cb); j++)
		negplain &= terms_plain(codebook_negator_term(cb, j));
	if (negplain) {
		for (size_t j = 0; j < codebook_nnegators(cb); j++)
			add_key(c, codebook_negator_term(cb, j), K_NEG, -1, -1, -1);
	} else {
		buf_reset(&b);
		buf_adds(&b, CODEBOOK_BEFORE "(?:");
		for (size_t j = 0; j < codebook_nnegators(cb); j++)
			buf_addf(&b, "%s%s", j ? "|" : "", codebook_negator(cb, j));
		buf_adds(&b, ")" CODEBOOK_AFTER);
		if ((c->neg = compile(buf_str(&b), codebook_path(cb), 0, "negate", err)) == NULL)
			goto fail;
	}
	if ((c->digit = compile("\\d", codebook_path(cb), 0, "digit", err)) == NULL)
		goto fail;
	buf_free(&b);
	*out = c;
	return 0;
fail:
	buf_free(&b);
	coder_free(c);
	return -1;
}

void
coder_free(coder *c)
{
	if (c == NULL)
		return;
	for (size_t i = 0; i < c->nt; i++) {
		struct ctheme *ct = &c->t[i];
		size_t n = codebook_theme(c->cb, i)->nrules;
		pcre2_code_free(ct->words);
		pcre2_code_free(ct->exclude);
		if (ct->re == NULL)	/* coder_new failed before this theme */
			continue;
		for (size_t j = 0; j < n; j++) {
			pcre2_code_free(ct->re[j]);
			pcre2_code_free(ct->re2[j]);
		}
		free(ct->re);
		free(ct->re2);
		free(ct->nearslot);
		free(ct->run);
		for (size_t j = 0; j < n; j++)
			rgate_free(&ct->gate[j]);
		free(ct->gate);
		rgate_free(&ct->wgate);
		for (size_t j = 0; ct->req && j < n; j++)
			free(ct->req[j]);
		free(ct->req);
	}
	free(c->t);
	pcre2_code_free(c->neg);
	pcre2_code_free(c->digit);
	terms_free(c->index);
	terms_free(c->gates);
	free(c->keys);
	free(c);
}

coder_state *
coder_state_new(void)
{
	coder_state *s = xcalloc(1, sizeof *s);

	s->md = pcre2_match_data_create(32, NULL);
	s->mc = pcre2_match_context_create(NULL);
	s->js = pcre2_jit_stack_create(32 * 1024, JIT_STACK_MAX, NULL);
	if (s->md == NULL || s->mc == NULL || s->js == NULL) {
		fputs("heed: out of memory\n", stderr);
		abort();
	}
	pcre2_set_match_limit(s->mc, MATCH_LIMIT);
	pcre2_set_depth_limit(s->mc, DEPTH_LIMIT);
	pcre2_set_heap_limit(s->mc, HEAP_LIMIT);
	pcre2_jit_stack_assign(s->mc, NULL, s->js);
	return s;
}

void
coder_state_free(coder_state *s)
{
	if (s == NULL)
		return;
	pcre2_match_data_free(s->md);
	pcre2_match_context_free(s->mc);
	pcre2_jit_stack_free(s->js);
	buf_free(&s->fixed);
	free(s->tok);
	free(s->negend);
	free(s->score);
	free(s->last);
	free(s->sid);
	free(s->mark);
	free(s->a);
	free(s->b);
	terms_text_free(&s->tt);
	for (size_t i = 0; i < s->nvt; i++) {
		free(s->words[i].v);
		free(s->excl[i].v);
	}
	for (size_t i = 0; i < s->nvs; i++) {
		free(s->near_a[i].v);
		free(s->near_b[i].v);
	}
	free(s->words);
	free(s->excl);
	free(s->near_a);
	free(s->near_b);
	free(s->gate_open);
	free(s);
}

void
coder_result_free(struct coder_result *r)
{
	for (size_t i = 0; i < r->nwarnings; i++)
		free(r->warnings[i].message);
	free(r->codes);
	free(r->sentiment);
	free(r->warnings);
	free(r->theme_polarity);
	memset(r, 0, sizeof *r);
}

long
coder_result_find(const struct coder_result *r, int t)
{
	for (size_t i = 0; i < r->ncodes; i++)
		if (r->codes[i].theme == t)
			return (long)i;
	return -1;
}

static void
warn(const coder *c, struct coder_result *r, int t, int rule, int ec)
{
	PCRE2_UCHAR msg[256];
	const struct codebook_theme *th = codebook_theme(c->cb, (size_t)t);
	struct coder_warning *w;

	if (r->nwarnings == r->capwarnings) {
		r->capwarnings = r->capwarnings ? 2 * r->capwarnings : 4;
		r->warnings = xreallocarray(r->warnings, r->capwarnings, sizeof *r->warnings);
	}
	w = &r->warnings[r->nwarnings++];
	pcre2_get_error_message(ec, msg, sizeof msg);
	w->theme = t;
	w->rule = rule;
	w->error = ec;
	if (rule >= 0)
		w->message = xasprintf("%s:%d: rule %s: %s", th->rules[rule].path,
		    th->rules[rule].line, th->rules[rule].id, (const char *)msg);
	else
		w->message = xasprintf("%s:%d: %s: %s", th->path, th->line, th->key,
		    (const char *)msg);
}

static void
push_span(struct span **v, size_t *n, size_t *cap, size_t start, size_t end, int rule)
{
	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 16;
		*v = xreallocarray(*v, *cap, sizeof **v);
	}
	(*v)[*n].start = start;
	(*v)[*n].end = end;
	(*v)[(*n)++].rule = rule;
}

/* All non-empty matches of re in text into *v.  rule < 0: take the rule
 * from the MARK.  Returns 0, or the PCRE2 error that stopped it. */
static int
find_all(coder_state *s, const pcre2_code *re, const char *text, size_t len,
    int rule, struct span **v, size_t *n, size_t *cap)
{
	size_t off = 0;

	*n = 0;
	while (off <= len) {
		int rc = pcre2_match(re, (PCRE2_SPTR)text, len, off,
		    PCRE2_NO_UTF_CHECK, s->md, s->mc);
		if (rc == PCRE2_ERROR_NOMATCH)
			return 0;
		if (rc < 0)
			return rc;
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(s->md);
		if (ov[1] <= ov[0] || ov[0] > len) {	/* empty (or \K oddity) */
			off = (ov[1] > off ? ov[1] : off) + 1;
			while (off < len && ((unsigned char)text[off] & 0xC0) == 0x80)
				off++;
			continue;
		}
		int r = rule;
		if (r < 0) {
			PCRE2_SPTR m = pcre2_get_mark(s->md);
			r = m ? atoi((const char *)m) : 0;
		}
		push_span(v, n, cap, ov[0], ov[1], r);
		off = ov[1];
	}
	return 0;
}

static void
push_code(struct coder_result *r, int t, int rule, size_t start, size_t end)
{
	if (r->ncodes == r->capcodes) {
		r->capcodes = r->capcodes ? 2 * r->capcodes : 16;
		r->codes = xreallocarray(r->codes, r->capcodes, sizeof *r->codes);
	}
	r->codes[r->ncodes++] = (struct coder_code){ t, rule, start, end, 0 };
}

/* Words between two spans and whether a sentence ends between them. */
static int
near_ok(const coder_state *s, const struct span *x, const struct span *y, int n)
{
	const struct span *p = x->end <= y->start ? x : y, *q = p == x ? y : x;
	int words = 0;

	if (p->end > q->start)
		return 0;	/* overlapping */
	for (size_t i = text_tok_at(s->tok, s->ntok, p->end); i < s->ntok &&
	    s->tok[i].start < q->start; i++) {
		if (s->tok[i].kind & TEXT_SENTENCE)
			return 0;
		if ((s->tok[i].kind & TEXT_WORD) && ++words > n)
			return 0;
	}
	return 1;
}

static int
cmp_code(const void *a, const void *b)
{
	const struct coder_code *x = a, *y = b;

	if (x->theme != y->theme)
		return x->theme < y->theme ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end < y->end ? -1 : 1;
	return (x->rule > y->rule) - (x->rule < y->rule);
}

/* Drop the codes from first on that overlap an exclude span. */
static void
drop_excluded(struct coder_result *r, size_t first, const struct span *v, size_t n)
{
	size_t o = first;

	for (size_t i = first; i < r->ncodes; i++) {
		int drop = 0;
		for (size_t k = 0; k < n && !drop; k++)
			drop = v[k].start < r->codes[i].end && r->codes[i].start < v[k].end;
		if (!drop)
			r->codes[o++] = r->codes[i];
	}
	r->ncodes = o;
}

/* The near codes of rule j: each A match with its nearest B match. */
/* The span of B nearest a (fewest bytes between them) within n words of it
 * in its sentence, else NULL; of equally near ones, the first in B.  B is
 * in order of start, as the index and find_all() give spans, and maxlen is
 * its longest span.  near_ok() only gets harder further from a, so this
 * looks at the spans around a, not at all of B (which made a long text
 * with many of a near rule's words quadratic). */
static const struct span *
nearest(const coder_state *s, const struct span *a, const struct span *B, size_t nb,
    size_t maxlen, int n)
{
	const struct span *left = NULL, *right = NULL;
	size_t lo = 0, hi = nb, need = 0;

	while (lo < hi) {	/* lo: the first span starting at or after a */
		size_t mid = lo + (hi - lo) / 2;
		if (B[mid].start < a->start)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* before a: the one ending last (then starting first) that is near */
	for (size_t k = lo; k-- > 0 && B[k].start + maxlen >= need;) {
		const struct span *y = &B[k];
		if (y->end > a->start || y->end < need)
			continue;
		if (near_ok(s, y, a, n)) {
			left = y;
			need = y->end;
		} else {
			need = y->end + 1;	/* and so is every span ending earlier */
		}
	}
	/* after a: the first starting at or after its end, if near */
	while (lo < nb && B[lo].start < a->end)
		lo++;
	for (size_t k = lo; k < nb && B[k].start == B[lo].start; k++)
		if (near_ok(s, a, &B[k], n)) {
			right = &B[k];
			break;
		}
	if (left && right)
		return right->start - a->end < a->start - left->end ? right : left;
	return left ? left : right;
}

static void
near_codes(const coder_state *s, struct coder_result *r, int t, int j, int distance,
    const struct span *A, size_t na, const struct span *B, size_t nb)
{
	size_t last_end = 0, maxlen = 0;
	int any = 0;

	for (size_t k = 0; k < nb; k++)
		if (B[k].end - B[k].start > maxlen)
			maxlen = B[k].end - B[k].start;
	for (size_t i = 0; i < na; i++) {
		const struct span *best = nearest(s, &A[i], B, nb, maxlen, distance);
		if (best == NULL)
			continue;
		size_t st = best->start < A[i].start ? best->start : A[i].start;
		size_t en = best->end > A[i].end ? best->end : A[i].end;
		if (any && st < last_end)
			continue;	/* overlaps the previous near match */
		push_code(r, t, j, st, en);
		last_end = en;
		any = 1;
	}
}

static int
cmp_span(const void *a, const void *b)
{
	const struct span *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return (x->rule > y->rule) - (x->rule < y->rule);
}

static void
code_theme(const coder *c, coder_state *s, int t, const char *text, size_t len,
    struct coder_result *r)
{
	const struct ctheme *ct = &c->t[t];
	const struct codebook_theme *th = codebook_theme(c->cb, (size_t)t);
	size_t first = r->ncodes;
	int rc;

	/* words: the index's hits and the regex's, then as one alternation
	 * would: leftmost, then the first rule, no overlaps */
	s->nb = 0;
	for (size_t i = 0; i < s->words[t].n; i++)
		push_span(&s->b, &s->nb, &s->capb, s->words[t].v[i].start,
		    s->words[t].v[i].end, s->words[t].v[i].rule);
	if (ct->words && gate_passes(s, &ct->wgate)) {
		if ((rc = find_all(s, ct->words, text, len, -1, &s->a, &s->na, &s->capa)) < 0)
			warn(c, r, t, -1, rc);
		else
			for (size_t i = 0; i < s->na; i++)
				push_span(&s->b, &s->nb, &s->capb, s->a[i].start, s->a[i].end,
				    s->a[i].rule);
		if (s->nb > 1)
			qsort(s->b, s->nb, sizeof *s->b, cmp_span);
	}
	for (size_t i = 0, busy = 0; i < s->nb; i++)
		if (s->b[i].start >= busy) {
			push_code(r, t, s->b[i].rule, s->b[i].start, s->b[i].end);
			busy = s->b[i].end;
		}
	for (size_t k = 0; k < ct->nrun; k++) {
		size_t j = (size_t)ct->run[k];
		if (ct->nearslot[j] >= 0) {
			const struct spanvec *A = &s->near_a[ct->nearslot[j]];
			const struct spanvec *B = &s->near_b[ct->nearslot[j]];
			near_codes(s, r, t, (int)j, th->rules[j].distance, A->v, A->n, B->v, B->n);
			continue;
		}
		if (!gate_passes(s, &ct->gate[j]))
			continue;
		if (ct->req[j] && (s->tt.fold.len == 0 ||
		    !memmem(s->tt.fold.s, s->tt.fold.len, ct->req[j], strlen(ct->req[j]))))
			continue;
		if ((rc = find_all(s, ct->re[j], text, len, (int)j, &s->a, &s->na, &s->capa)) < 0) {
			warn(c, r, t, (int)j, rc);
			continue;
		}
		if (ct->re2[j] == NULL) {
			for (size_t i = 0; i < s->na; i++)
				push_code(r, t, (int)j, s->a[i].start, s->a[i].end);
			continue;
		}
		if (s->na == 0)
			continue;
		if ((rc = find_all(s, ct->re2[j], text, len, (int)j, &s->b, &s->nb, &s->capb)) < 0) {
			warn(c, r, t, (int)j, rc);
			continue;
		}
		near_codes(s, r, t, (int)j, th->rules[j].distance, s->a, s->na, s->b, s->nb);
	}
	if (r->ncodes == first)
		return;
	if (ct->exclude_indexed) {
		drop_excluded(r, first, s->excl[t].v, s->excl[t].n);
	} else if (ct->exclude) {
		if ((rc = find_all(s, ct->exclude, text, len, 0, &s->b, &s->nb, &s->capb)) < 0)
			warn(c, r, t, -1, rc);
		else
			drop_excluded(r, first, s->b, s->nb);
	}
}

/* Does the text hold a decimal digit, as PCRE2's \d with UCP sees one (of
 * any script)?  For gates (gate.h). */
static int
has_digit(const coder *c, coder_state *s, const char *text, size_t len)
{
	int ascii = 1;

	for (size_t i = 0; i < len; i++) {
		unsigned char b = (unsigned char)text[i];
		if (b >= '0' && b <= '9')
			return 1;
		ascii &= b < 0x80;
	}
	return !ascii && pcre2_match(c->digit, (PCRE2_SPTR)text, len, 0, 0, s->md,
	    s->mc) >= 0;
}

/* Is a match starting at byte start preceded by a negator in its clause? */
static int
negated(const coder_state *s, size_t start)
{
	size_t i = text_tok_at(s->tok, s->ntok, start);
	int words = 0;

	while (i-- > 0 && words < NEG_WINDOW) {
		unsigned k = s->tok[i].kind;
		if (k & TEXT_CLAUSE)
			return 0;
		if (s->negend[i])
			return 1;
		words += (k & TEXT_WORD) != 0;
	}
	return 0;
}

static void
polarity(const coder *c, coder_state *s, const char *text, size_t len,
    struct coder_result *r)
{
	double pos = 0, neg = 0;

	lexicon_score(c->lx, text, len, s->tok, s->ntok, s->negend, s->score, s->last);
	for (size_t i = 0; i < s->ntok; i++) {
		if (s->score[i] > 0)
			pos += s->score[i];
		else
			neg -= s->score[i];
	}
	r->polarity = lexicon_classify(pos, neg);
	r->score = pos - neg;
	r->nsentiment = 0;
	for (size_t i = 0; i < s->ntok; i++) {
		if (s->score[i] == 0)
			continue;
		if (r->nsentiment == r->capsentiment) {
			r->capsentiment = r->capsentiment ? 2 * r->capsentiment : 16;
			r->sentiment = xreallocarray(r->sentiment, r->capsentiment,
			    sizeof *r->sentiment);
		}
		r->sentiment[r->nsentiment++] = (struct coder_sentiment){
			s->tok[i].start, s->tok[s->last[i]].end, s->score[i] };
	}
	for (size_t i = 0; i < r->ncodes;) {
		int t = r->codes[i].theme;
		memset(s->mark, 0, s->nsent + 1);
		for (; i < r->ncodes && r->codes[i].theme == t; i++) {
			size_t k = text_tok_at(s->tok, s->ntok, r->codes[i].start);
			s->mark[k < s->ntok ? s->sid[k] : s->nsent] = 1;
		}
		double tp = 0, tn = 0;
		for (size_t k = 0; k < s->ntok; k++) {
			if (!s->mark[s->sid[k]])
				continue;
			if (s->score[k] > 0)
				tp += s->score[k];
			else
				tn -= s->score[k];
		}
		r->theme_polarity[t] = lexicon_classify(tp, tn);
	}
}

static void
push_vec(struct spanvec *v, size_t start, size_t end, int rule)
{
	if (v->n == v->cap) {
		v->cap = v->cap ? 2 * v->cap : 8;
		v->v = xreallocarray(v->v, v->cap, sizeof *v->v);
	}
	v->v[v->n++] = (struct span){ start, end, rule };
}

/* A hit of the term index: file it by what its key is for. */
static void
on_hit(void *arg, int key, size_t first, size_t last)
{
	coder_state *s = arg;
	const struct tkey *k = &s->cur->keys[key];
	size_t start = s->tok[first].start, end = s->tok[last].end;

	switch (k->kind) {
	case K_WORDS: push_vec(&s->words[k->theme], start, end, k->rule); break;
	case K_NEAR_A: push_vec(&s->near_a[k->slot], start, end, k->rule); break;
	case K_NEAR_B: push_vec(&s->near_b[k->slot], start, end, k->rule); break;
	case K_EXCLUDE: push_vec(&s->excl[k->theme], start, end, -1); break;
	default: s->negend[last] = 1; break;
	}
}

static void
index_hits(const coder *c, coder_state *s, const char *text)
{
	if (s->nvt < c->nt) {
		s->words = xreallocarray(s->words, c->nt, sizeof *s->words);
		s->excl = xreallocarray(s->excl, c->nt, sizeof *s->excl);
		memset(s->words + s->nvt, 0, (c->nt - s->nvt) * sizeof *s->words);
		memset(s->excl + s->nvt, 0, (c->nt - s->nvt) * sizeof *s->excl);
		s->nvt = c->nt;
	}
	if (s->nvs < c->nslots) {
		s->near_a = xreallocarray(s->near_a, c->nslots, sizeof *s->near_a);
		s->near_b = xreallocarray(s->near_b, c->nslots, sizeof *s->near_b);
		memset(s->near_a + s->nvs, 0, (c->nslots - s->nvs) * sizeof *s->near_a);
		memset(s->near_b + s->nvs, 0, (c->nslots - s->nvs) * sizeof *s->near_b);
		s->nvs = c->nslots;
	}
	for (size_t i = 0; i < c->nt; i++) {
		s->words[i].n = s->excl[i].n = 0;
	}
	for (size_t i = 0; i < c->nslots; i++)
		s->near_a[i].n = s->near_b[i].n = 0;
	s->cur = c;
	terms_prepare(&s->tt, text, s->tok, s->ntok);
	terms_match(c->index, text, s->tok, s->ntok, &s->tt, 0, on_hit, s);
	if (s->ngate_open < c->ngates) {
		s->gate_open = xrealloc(s->gate_open, c->ngates);
		s->ngate_open = c->ngates;
	}
	if (c->ngates) {
		memset(s->gate_open, 0, c->ngates);
		terms_mark(c->gates, text, s->tok, s->ntok, &s->tt, s->gate_open);
	}
}

void
coder_code(const coder *c, coder_state *s, const char *text, size_t len,
    struct coder_result *r)
{
	size_t bad = text_utf8_invalid(text, len);

	for (size_t i = 0; i < r->nwarnings; i++)
		free(r->warnings[i].message);
	r->ncodes = r->nwarnings = 0;
	r->invalid_utf8 = bad < len;
	if (r->ntheme != c->nt) {
		free(r->theme_polarity);
		r->theme_polarity = xcalloc(c->nt ? c->nt : 1, sizeof *r->theme_polarity);
		r->ntheme = c->nt;
	}
	memset(r->theme_polarity, 0, c->nt * sizeof *r->theme_polarity);
	if (bad < len) {
		buf_reset(&s->fixed);
		buf_add(&s->fixed, text, len);
		while (bad < len) {
			s->fixed.s[bad] = SUB_BYTE;
			bad += 1 + text_utf8_invalid(s->fixed.s + bad + 1, len - bad - 1);
		}
		text = s->fixed.s;
	}

	s->ntok = text_tokens(text, len, &s->tok, &s->tokcap);
	if (s->ntok + 1 > s->auxcap) {
		s->auxcap = s->ntok + 1 > 2 * s->auxcap ? s->ntok + 1 : 2 * s->auxcap;
		s->negend = xreallocarray(s->negend, s->auxcap, 1);
		s->score = xreallocarray(s->score, s->auxcap, sizeof *s->score);
		s->last = xreallocarray(s->last, s->auxcap, sizeof *s->last);
		s->sid = xreallocarray(s->sid, s->auxcap, sizeof *s->sid);
		s->mark = xreallocarray(s->mark, s->auxcap + 1, 1);
	}
	memset(s->negend, 0, s->ntok + 1);
	s->nsent = 0;
	for (size_t i = 0; i < s->ntok; i++) {
		s->sid[i] = s->nsent;
		if (s->tok[i].kind & TEXT_SENTENCE)
			s->nsent++;
	}
	if (c->neg && find_all(s, c->neg, text, len, 0, &s->a, &s->na, &s->capa) == 0)
		for (size_t i = 0; i < s->na; i++) {
			size_t k = text_tok_at(s->tok, s->ntok, s->a[i].end);
			if (k > 0)
				s->negend[k - 1] = 1;
		}
	index_hits(c, s, text);
	s->has_digit = has_digit(c, s, text, len);

	for (size_t t = 0; t < c->nt; t++)
		code_theme(c, s, (int)t, text, len, r);
	if (r->ncodes > 1)
		qsort(r->codes, r->ncodes, sizeof *r->codes, cmp_code);
	for (size_t i = 0; i < r->ncodes; i++)
		r->codes[i].negated = negated(s, r->codes[i].start);
	polarity(c, s, text, len, r);
}
