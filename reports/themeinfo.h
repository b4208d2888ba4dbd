/* themeinfo.h — what a report needs of the codebook: each theme's label,
 * actions and reflection questions (not the flags), parsed from the stored
 * codebook text by the codebook parser (analyse/codebook.h).
 *
 * themeinfo_parse() gives the caller a list freed with themeinfo_free(). */
#ifndef HEED_THEMEINFO_H
#define HEED_THEMEINFO_H

#include <stddef.h>

struct themeinfo {
	char *key;
	char *label;		/* NULL when the codebook gives none */
	char **actions;		/* in codebook order */
	size_t nactions;
	char **reflects;
	size_t nreflects;
};

struct themeinfo_list {
	struct themeinfo *v;
	size_t n;
};

/* Parse stored codebook text (NUL-terminated).  Never fails: text that
 * does not parse gives an empty list. */
void themeinfo_parse(const char *text, struct themeinfo_list *out);
/* The entry for key, or NULL. */
const struct themeinfo *themeinfo_find(const struct themeinfo_list *l, const char *key);
void themeinfo_free(struct themeinfo_list *l);

#endif
