/* coder.c — see coder.h. */
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

struct ctheme {
	pcre2_code *words;	/* all `words` terms, (*MARK:rule) */
	pcre2_code **re;	/* per rule: pattern, or near side A; NULL for words */
	pcre2_code **re2;	/* per rule: near side B */
	pcre2_code *exclude;
};

struct coder {
	const codebook *cb;
	const lexicon *lx;
	struct ctheme *t;
	size_t nt;
	pcre2_code *neg;
};

struct span {
	size_t start, end;
	int rule;
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
	size_t *sid;		/* sentence index per token */
	unsigned char *mark;	/* per sentence */
	size_t auxcap, nsent;
	struct span *a, *b;	/* scratch spans */
	size_t na, nb, capa, capb;
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

int
coder_new(const codebook *cb, const lexicon *lx, coder **out, char **err)
{
	coder *c = xcalloc(1, sizeof *c);
	struct buf b = BUF_INIT;

	c->cb = cb;
	c->lx = lx;
	c->nt = codebook_ntheme(cb);
	c->t = xcalloc(c->nt ? c->nt : 1, sizeof *c->t);
	for (size_t i = 0; i < c->nt; i++) {
		const struct codebook_theme *th = codebook_theme(cb, i);
		struct ctheme *ct = &c->t[i];
		int nwords = 0;

		ct->re = xcalloc(th->nrules ? th->nrules : 1, sizeof *ct->re);
		ct->re2 = xcalloc(th->nrules ? th->nrules : 1, sizeof *ct->re2);
		buf_reset(&b);
		buf_adds(&b, CODEBOOK_BEFORE "(?:");
		for (size_t j = 0; j < th->nrules; j++) {
			const struct codebook_rule *r = &th->rules[j];
			if (r->kind == CODEBOOK_WORDS) {
				buf_addf(&b, "%s(*MARK:%zu)%s", nwords++ ? "|" : "", j, r->regex);
				continue;
			}
			ct->re[j] = compile(r->regex, r->path, r->line,
			    r->kind == CODEBOOK_NEAR ? "near" : "pattern", err);
			if (ct->re[j] == NULL)
				goto fail;
			if (r->kind == CODEBOOK_NEAR &&
			    (ct->re2[j] = compile(r->regex2, r->path, r->line, "near", err)) == NULL)
				goto fail;
		}
		buf_adds(&b, ")" CODEBOOK_AFTER);
		if (nwords && (ct->words = compile(buf_str(&b), th->path, th->line,
		    "words", err)) == NULL)
			goto fail;
		if (th->nexcludes) {
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
	buf_reset(&b);
	buf_adds(&b, CODEBOOK_BEFORE "(?:");
	for (size_t j = 0; j < codebook_nnegators(cb); j++)
		buf_addf(&b, "%s%s", j ? "|" : "", codebook_negator(cb, j));
	buf_adds(&b, ")" CODEBOOK_AFTER);
	if ((c->neg = compile(buf_str(&b), codebook_path(cb), 0, "negate", err)) == NULL)
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
	}
	free(c->t);
	pcre2_code_free(c->neg);
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
	free(s->sid);
	free(s->mark);
	free(s->a);
	free(s->b);
	free(s);
}

void
coder_result_free(struct coder_result *r)
{
	for (size_t i = 0; i < r->nwarnings; i++)
		free(r->warnings[i].message);
	free(r->codes);
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

static void
code_theme(const coder *c, coder_state *s, int t, const char *text, size_t len,
    struct coder_result *r)
{
	const struct ctheme *ct = &c->t[t];
	const struct codebook_theme *th = codebook_theme(c->cb, (size_t)t);
	size_t first = r->ncodes;
	int rc;

	if (ct->words) {
		if ((rc = find_all(s, ct->words, text, len, -1, &s->a, &s->na, &s->capa)) < 0)
			warn(c, r, t, -1, rc);
		else
			for (size_t i = 0; i < s->na; i++)
				push_code(r, t, s->a[i].rule, s->a[i].start, s->a[i].end);
	}
	for (size_t j = 0; j < th->nrules; j++) {
		if (ct->re[j] == NULL)
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
		size_t last_end = 0;
		for (size_t i = 0; i < s->na; i++) {
			const struct span *best = NULL;
			size_t bestd = (size_t)-1;
			for (size_t k = 0; k < s->nb; k++) {
				const struct span *y = &s->b[k];
				size_t d = y->start >= s->a[i].end ? y->start - s->a[i].end :
				    s->a[i].start >= y->end ? s->a[i].start - y->end : (size_t)-1;
				if (d < bestd && near_ok(s, &s->a[i], y, th->rules[j].distance)) {
					best = y;
					bestd = d;
				}
			}
			if (best == NULL)
				continue;
			size_t st = best->start < s->a[i].start ? best->start : s->a[i].start;
			size_t en = best->end > s->a[i].end ? best->end : s->a[i].end;
			if (st < last_end && r->ncodes > first)
				continue;	/* overlaps the previous near match */
			push_code(r, t, (int)j, st, en);
			last_end = en;
		}
	}
	if (r->ncodes == first || ct->exclude == NULL)
		return;
	if ((rc = find_all(s, ct->exclude, text, len, 0, &s->b, &s->nb, &s->capb)) < 0) {
		warn(c, r, t, -1, rc);
		return;
	}
	size_t o = first;
	for (size_t i = first; i < r->ncodes; i++) {
		int drop = 0;
		for (size_t k = 0; k < s->nb && !drop; k++)
			drop = s->b[k].start < r->codes[i].end && r->codes[i].start < s->b[k].end;
		if (!drop)
			r->codes[o++] = r->codes[i];
	}
	r->ncodes = o;
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
polarity(const coder *c, coder_state *s, const char *text, struct coder_result *r)
{
	double pos = 0, neg = 0;

	lexicon_score(c->lx, text, s->tok, s->ntok, s->negend, s->score);
	for (size_t i = 0; i < s->ntok; i++) {
		if (s->score[i] > 0)
			pos += s->score[i];
		else
			neg -= s->score[i];
	}
	r->polarity = lexicon_classify(pos, neg);
	r->score = pos - neg;
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
	if (find_all(s, c->neg, text, len, 0, &s->a, &s->na, &s->capa) == 0)
		for (size_t i = 0; i < s->na; i++) {
			size_t k = text_tok_at(s->tok, s->ntok, s->a[i].end);
			if (k > 0)
				s->negend[k - 1] = 1;
		}

	for (size_t t = 0; t < c->nt; t++)
		code_theme(c, s, (int)t, text, len, r);
	if (r->ncodes > 1)
		qsort(r->codes, r->ncodes, sizeof *r->codes, cmp_code);
	for (size_t i = 0; i < r->ncodes; i++)
		r->codes[i].negated = negated(s, r->codes[i].start);
	polarity(c, s, text, r);
}
