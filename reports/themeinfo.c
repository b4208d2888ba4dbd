/* themeinfo.c — read theme labels, actions and reflections; see themeinfo.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "reports/themeinfo.h"
#include "util/xalloc.h"

static int
is_blank(int c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

static void
push(char ***v, size_t *n, const char *s, size_t len)
{
	*v = xreallocarray(*v, *n + 1, sizeof **v);
	(*v)[(*n)++] = xstrndup(s, len);
}

void
themeinfo_parse(const char *text, struct themeinfo_list *out)
{
	struct themeinfo *cur = NULL;
	const char *p = text;

	out->v = NULL;
	out->n = 0;
	while (*p) {
		const char *eol = strchr(p, '\n'), *w, *arg, *end;
		size_t wlen;

		if (eol == NULL)
			eol = p + strlen(p);
		for (w = p; w < eol && is_blank((unsigned char)*w); w++)
			;
		for (arg = w; arg < eol && !is_blank((unsigned char)*arg); arg++)
			;
		wlen = (size_t)(arg - w);
		while (arg < eol && is_blank((unsigned char)*arg))
			arg++;
		for (end = eol; end > arg && is_blank((unsigned char)end[-1]); end--)
			;
#define IS(word) (wlen == sizeof word - 1 && memcmp(w, word, wlen) == 0)
		if (wlen == 0 || *w == '#')
			;
		else if (IS("theme")) {
			out->v = xreallocarray(out->v, out->n + 1, sizeof *out->v);
			cur = &out->v[out->n++];
			memset(cur, 0, sizeof *cur);
			cur->key = xstrndup(arg, (size_t)(end - arg));
		} else if (IS("flag") || IS("include") || IS("negate"))
			cur = NULL;
		else if (cur && IS("label") && cur->label == NULL)
			cur->label = xstrndup(arg, (size_t)(end - arg));
		else if (cur && IS("action") && end > arg)
			push(&cur->actions, &cur->nactions, arg, (size_t)(end - arg));
		else if (cur && IS("reflect") && end > arg)
			push(&cur->reflects, &cur->nreflects, arg, (size_t)(end - arg));
#undef IS
		p = *eol ? eol + 1 : eol;
	}
}

const struct themeinfo *
themeinfo_find(const struct themeinfo_list *l, const char *key)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->v[i].key, key) == 0)
			return &l->v[i];
	return NULL;
}

void
themeinfo_free(struct themeinfo_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct themeinfo *t = &l->v[i];
		free(t->key);
		free(t->label);
		for (size_t j = 0; j < t->nactions; j++)
			free(t->actions[j]);
		for (size_t j = 0; j < t->nreflects; j++)
			free(t->reflects[j]);
		free(t->actions);
		free(t->reflects);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}
