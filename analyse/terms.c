/* terms.c — see terms.h. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/terms.h"
#include "util/xalloc.h"

struct tword {
	char *s;	/* folded */
	size_t len;
	int prefix;	/* ended in * */
	int hyphen;	/* joined to the word before by one '-' ("home-visit") */
};

struct tterm {
	int key;
	struct tword *w;
	size_t nw;
};

struct node {
	int *exact, *prefix;	/* terms whose first word ends / is a prefix here */
	size_t nexact, nprefix;
};

struct edge {
	uint32_t from;		/* 0 = empty slot; node ids start at 1 */
	unsigned char c;
	uint32_t to;
};

struct terms {
	struct tterm *t;
	size_t nt;
	struct node *nodes;	/* [0] unused, [1] root */
	size_t nnodes;
	struct edge *edges;	/* open addressing, power of two */
	size_t nedges, size;
};

static uint32_t
ehash(uint32_t from, unsigned char c)
{
	return (from * 2654435761u) ^ (c * 40503u);
}

static uint32_t
child(const terms *t, uint32_t from, unsigned char c)
{
	size_t mask = t->size - 1;

	for (size_t i = ehash(from, c) & mask;; i = (i + 1) & mask) {
		const struct edge *e = &t->edges[i];
		if (e->from == 0)
			return 0;
		if (e->from == from && e->c == c)
			return e->to;
	}
}

static void add_edge(terms *t, uint32_t from, unsigned char c, uint32_t to);

static void
grow_edges(terms *t)
{
	struct edge *old = t->edges;
	size_t oldsize = t->size;

	t->size = oldsize ? oldsize * 2 : 1024;
	t->edges = xcalloc(t->size, sizeof *t->edges);
	t->nedges = 0;
	for (size_t i = 0; i < oldsize; i++)
		if (old[i].from)
			add_edge(t, old[i].from, old[i].c, old[i].to);
	free(old);
}

static void
add_edge(terms *t, uint32_t from, unsigned char c, uint32_t to)
{
	if (2 * (t->nedges + 1) > t->size)
		grow_edges(t);
	size_t mask = t->size - 1;
	size_t i = ehash(from, c) & mask;
	while (t->edges[i].from)
		i = (i + 1) & mask;
	t->edges[i] = (struct edge){ from, c, to };
	t->nedges++;
}

terms *
terms_new(void)
{
	terms *t = xcalloc(1, sizeof *t);

	t->nodes = xcalloc(2, sizeof *t->nodes);
	t->nnodes = 2;
	grow_edges(t);
	return t;
}

void
terms_free(terms *t)
{
	if (t == NULL)
		return;
	for (size_t i = 0; i < t->nt; i++) {
		for (size_t k = 0; k < t->t[i].nw; k++)
			free(t->t[i].w[k].s);
		free(t->t[i].w);
	}
	free(t->t);
	for (size_t i = 0; i < t->nnodes; i++) {
		free(t->nodes[i].exact);
		free(t->nodes[i].prefix);
	}
	free(t->nodes);
	free(t->edges);
	free(t);
}

static int
is_apos(const char *s, size_t n)
{
	return s[0] == '\'' || text_is_apostrophe(s, n);
}

/* Split a plain term into words; -1 when it is not plain. */
static int
split(const char *term, struct tword **out, size_t *nout)
{
	size_t len = strlen(term), i = 0, end = len;
	struct tword *w = NULL;
	size_t nw = 0;
	struct text_tok *tok = NULL;
	size_t cap = 0;

	if (len && term[0] == '"') {
		if (len < 2 || term[len - 1] != '"')
			return -1;
		i = 1;
		end = len - 1;
	} else if (text_is_open_quote(term, len)) {
		if (len < 6 || !text_is_close_quote(term + len - 3, 3))
			return -1;
		i = 3;
		end = len - 3;
	}
	/* words separated by blanks; each all word characters, inner
	 * apostrophes, an optional final '*' */
	while (i < end) {
		while (i < end && (term[i] == ' ' || term[i] == '\t'))
			i++;
		if (i == end)
			break;
		size_t ws = i;
		while (i < end && term[i] != ' ' && term[i] != '\t')
			i++;
		size_t we = i;
		int prefix = term[we - 1] == '*';
		if (prefix)
			we--;
		if (we == ws)
			goto bad;
		/* the word must be one token, or tokens joined by single
		 * hyphens, each then a word of its own that must follow the
		 * one before with just a '-' between */
		size_t n = text_tokens(term + ws, we - ws, &tok, &cap);
		if (n == 0 || tok[0].start != 0 || tok[n - 1].end != we - ws)
			goto bad;
		for (size_t k = 0; k < n; k++) {
			const char *tw = term + ws + tok[k].start;
			size_t tl = tok[k].end - tok[k].start;
			if (!(tok[k].kind & TEXT_WORD) || is_apos(tw, tl) ||
			    (k > 0 && (tok[k].start != tok[k - 1].end + 1 ||
			    term[ws + tok[k - 1].end] != '-')))
				goto bad;
			struct buf f = BUF_INIT;
			text_fold(tw, tl, &f);
			w = xreallocarray(w, nw + 1, sizeof *w);
			w[nw].len = f.len;
			w[nw].s = buf_detach(&f);
			w[nw].hyphen = k > 0;
			w[nw++].prefix = prefix && k == n - 1;
		}
	}
	free(tok);
	if (nw == 0)
		return -1;
	*out = w;
	*nout = nw;
	return 0;
bad:
	free(tok);
	for (size_t k = 0; k < nw; k++)
		free(w[k].s);
	free(w);
	return -1;
}

int
terms_plain(const char *term)
{
	struct tword *w;
	size_t nw;

	if (split(term, &w, &nw) < 0)
		return 0;
	for (size_t k = 0; k < nw; k++)
		free(w[k].s);
	free(w);
	return 1;
}

static void
push_int(int **v, size_t *n, int x)
{
	*v = xreallocarray(*v, *n + 1, sizeof **v);
	(*v)[(*n)++] = x;
}

int
terms_add(terms *t, const char *term, int key)
{
	struct tword *w;
	size_t nw;
	uint32_t node = 1;

	if (split(term, &w, &nw) < 0)
		return -1;
	t->t = xreallocarray(t->t, t->nt + 1, sizeof *t->t);
	t->t[t->nt] = (struct tterm){ key, w, nw };
	for (size_t i = 0; i < w[0].len; i++) {
		unsigned char c = (unsigned char)w[0].s[i];
		uint32_t next = child(t, node, c);
		if (next == 0) {
			t->nodes = xreallocarray(t->nodes, t->nnodes + 1, sizeof *t->nodes);
			memset(&t->nodes[t->nnodes], 0, sizeof *t->nodes);
			next = (uint32_t)t->nnodes++;
			add_edge(t, node, c, next);
		}
		node = next;
	}
	if (w[0].prefix)
		push_int(&t->nodes[node].prefix, &t->nodes[node].nprefix, (int)t->nt);
	else
		push_int(&t->nodes[node].exact, &t->nodes[node].nexact, (int)t->nt);
	t->nt++;
	return 0;
}

void
terms_prepare(struct terms_text *tt, const char *text, const struct text_tok *tok,
    size_t ntok)
{
	if (ntok > tt->cap) {
		tt->cap = ntok > 2 * tt->cap ? ntok : 2 * tt->cap;
		tt->off = xreallocarray(tt->off, tt->cap, sizeof *tt->off);
	}
	buf_reset(&tt->fold);
	for (size_t i = 0; i < ntok; i++) {
		if (!(tok[i].kind & TEXT_WORD)) {
			tt->off[i] = (size_t)-1;
			continue;
		}
		tt->off[i] = tt->fold.len;
		text_fold(text + tok[i].start, tok[i].end - tok[i].start, &tt->fold);
		buf_addc(&tt->fold, '\0');
	}
}

void
terms_text_free(struct terms_text *tt)
{
	buf_free(&tt->fold);
	free(tt->off);
	memset(tt, 0, sizeof *tt);
}

static int
word_ok(const struct tword *w, const char *f)
{
	size_t n = strlen(f);

	return w->prefix ? n >= w->len && memcmp(f, w->s, w->len) == 0 :
	    n == w->len && memcmp(f, w->s, n) == 0;
}

/* Does term x (first word already matched at token i) match on?  Its last
 * token in *last. */
static int
rest_ok(const struct tterm *x, const char *text, const struct text_tok *tok,
    size_t ntok, const struct terms_text *tt, size_t i, size_t *last)
{
	for (size_t k = 1; k < x->nw; k++) {
		size_t j = i + k;
		if (j >= ntok || tt->off[j] == (size_t)-1 ||
		    !(x->w[k].hyphen ? tok[j].start == tok[j - 1].end + 1 &&
		    text[tok[j - 1].end] == '-' :
		    text_is_gap(text + tok[j - 1].end, tok[j].start - tok[j - 1].end)) ||
		    !word_ok(&x->w[k], tt->fold.s + tt->off[j]))
			return 0;
	}
	*last = i + x->nw - 1;
	return 1;
}

struct cand {
	int key;
	size_t last;
};

static int
cmp_cand(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;

	return (x->key > y->key) - (x->key < y->key);
}

void
terms_match(const terms *t, const char *text, const struct text_tok *tok,
    size_t ntok, const struct terms_text *tt, int inner,
    void (*hit)(void *arg, int key, size_t first, size_t last), void *arg)
{
	struct cand local[64], *c = local;
	size_t cap = 64;

	for (size_t i = 0; i < ntok; i++) {
		if (tt->off[i] == (size_t)-1)
			continue;
		const char *f = tt->fold.s + tt->off[i], *next = NULL;
		uint32_t node = 1;
		size_t nc = 0, last;
walk:
		if (inner)
			next = strchr(f, '\'');
		for (;;) {
			const struct node *nd = &t->nodes[node];
			const int *lists[2] = { nd->prefix, *f ? NULL : nd->exact };
			size_t counts[2] = { nd->nprefix, *f ? 0 : nd->nexact };
			for (int l = 0; l < 2; l++)
				for (size_t k = 0; k < counts[l]; k++) {
					const struct tterm *x = &t->t[lists[l][k]];
					if (!rest_ok(x, text, tok, ntok, tt, i, &last))
						continue;
					if (nc == cap) {
						cap *= 2;
						if (c == local) {
							c = xmalloc(cap * sizeof *c);
							memcpy(c, local, sizeof local);
						} else {
							c = xreallocarray(c, cap, sizeof *c);
						}
					}
					c[nc++] = (struct cand){ x->key, last };
				}
			if (*f == '\0' || (node = child(t, node, (unsigned char)*f)) == 0)
				break;
			f++;
		}
		if (next) {	/* again from after the inner apostrophe */
			f = next + 1;
			node = 1;
			goto walk;
		}
		if (nc > 1)
			qsort(c, nc, sizeof *c, cmp_cand);
		for (size_t k = 0; k < nc; k++)
			hit(arg, c[k].key, i, c[k].last);
	}
	if (c != local)
		free(c);
}

void
terms_mark(const terms *t, const char *text, const struct text_tok *tok,
    size_t ntok, const struct terms_text *tt, unsigned char *mark)
{
	for (size_t i = 0; i < ntok; i++) {
		if (tt->off[i] == (size_t)-1)
			continue;
		const char *f = tt->fold.s + tt->off[i];
		size_t last;
		for (;;) {	/* from the word's start, then after each apostrophe */
			const char *next = strchr(f, '\'');
			uint32_t node = 1;
			for (;;) {
				const struct node *nd = &t->nodes[node];
				for (size_t k = 0; k < nd->nprefix; k++) {
					const struct tterm *x = &t->t[nd->prefix[k]];
					if (!mark[x->key] && (x->nw == 1 ||
					    rest_ok(x, text, tok, ntok, tt, i, &last)))
						mark[x->key] = 1;
				}
				if (*f == '\0') {
					for (size_t k = 0; k < nd->nexact; k++) {
						const struct tterm *x = &t->t[nd->exact[k]];
						if (!mark[x->key] && (x->nw == 1 ||
						    rest_ok(x, text, tok, ntok, tt, i, &last)))
							mark[x->key] = 1;
					}
					break;
				}
				if ((node = child(t, node, (unsigned char)*f)) == 0)
					break;
				f++;
			}
			if (next == NULL)
				break;
			f = next + 1;
		}
	}
}
