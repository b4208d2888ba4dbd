/* themeinfo.c — theme labels, actions and reflections for reports, taken
 * from the stored codebook through the codebook parser; see themeinfo.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "analyse/codebook.h"
#include "reports/themeinfo.h"
#include "util/xalloc.h"

static char **
copy_strs(char *const *v, size_t n)
{
	char **c = xcalloc(n ? n : 1, sizeof *c);

	for (size_t i = 0; i < n; i++)
		c[i] = xstrdup(v[i]);
	return c;
}

void
themeinfo_parse(const char *text, struct themeinfo_list *out)
{
	codebook *cb;

	out->v = NULL;
	out->n = 0;
	/* A stored codebook was valid when analyse stored it; should one ever
	 * fail to parse, the report falls back to theme keys as labels. */
	if (codebook_load_text("codebook", text, &cb, NULL) < 0)
		return;
	out->v = xcalloc(codebook_ntheme(cb) + 1, sizeof *out->v);
	for (size_t i = 0; i < codebook_ntheme(cb); i++) {
		const struct codebook_theme *t = codebook_theme(cb, i);
		if (t->is_flag)
			continue;
		struct themeinfo *ti = &out->v[out->n++];
		ti->key = xstrdup(t->key);
		ti->label = xstrdup(t->label);
		ti->actions = copy_strs(t->actions, t->nactions);
		ti->nactions = t->nactions;
		ti->reflects = copy_strs(t->reflects, t->nreflects);
		ti->nreflects = t->nreflects;
	}
	codebook_free(cb);
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
		free(t->actions);
		for (size_t j = 0; j < t->nreflects; j++)
			free(t->reflects[j]);
		free(t->reflects);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}
