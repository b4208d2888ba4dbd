/* codebook.c — see codebook.h; the language is heed-codebook(5). */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/codebook.h"
#include "analyse/text.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/sha256.h"
#include "util/xalloc.h"

#define MAX_INCLUDE_DEPTH 16
#define MAX_NEAR 50

struct codebook {
	struct codebook_theme *themes;
	size_t ntheme;
	char **negators;
	char **negator_terms;
	size_t nnegators;
	char **paths;		/* every file read; rules point into these */
	size_t npaths;
	struct buf text;	/* expanded text */
	char hash[65];
	char *path;
};

static const char *const builtin_negators[] = {
	"not", "no", "never", "don't", "dont", "didn't", "didnt", "doesn't",
	"doesnt", "isn't", "isnt", "wasn't", "wasnt", "aren't", "weren't",
	"won't", "wouldn't", "couldn't", "can't", "cant", "cannot", "haven't",
	"hasn't", "hadn't", "nobody", "nothing", "neither", "nor", "without",
	"\"no longer\"", "hardly", "barely",
};


char *
codebook_term_regex(const char *term, size_t len, const char **why)
{
	struct buf b = BUF_INIT;
	size_t i = 0, end = len;
	int phrase = 0, inword = 0;

	if (len > 0 && (term[0] == '"' || text_is_open_quote(term, len))) {
		size_t q = term[0] == '"' ? 1 : 3;
		if (len < q + 1 || !(term[len - 1] == '"' ||
		    (len >= 3 + q && text_is_close_quote(term + len - 3, 3)))) {
			*why = "unterminated quoted phrase";
			return NULL;
		}
		i = q;
		end = term[len - 1] == '"' ? len - 1 : len - 3;
		phrase = 1;
	}
	while (i < end && (term[i] == ' ' || term[i] == '\t'))
		i++;
	while (end > i && (term[end - 1] == ' ' || term[end - 1] == '\t'))
		end--;
	if (i == end) {
		*why = "empty term";
		return NULL;
	}
	buf_adds(&b, "(?:");
	while (i < end) {
		unsigned char c = (unsigned char)term[i];
		size_t n = text_utf8_len(term + i, end - i);

		if (c == ' ' || c == '\t') {
			if (!phrase) {
				*why = "a term with spaces must be a quoted phrase";
				goto fail;
			}
			while (i < end && (term[i] == ' ' || term[i] == '\t'))
				i++;
			buf_adds(&b, "[\\s\\-]+");
			inword = 0;
			continue;
		}
		if (c == '*') {
			if (i + 1 < end && term[i + 1] != ' ' && term[i + 1] != '\t') {
				*why = "'*' may only end a word";
				goto fail;
			}
			if (!inword) {
				*why = "'*' needs a word before it";
				goto fail;
			}
			buf_adds(&b, "(?:" WORDCLASS "|" APOS "(?=" WORDCLASS "))*");
		} else if (c == '"') {
			*why = phrase ? "a quote inside a quoted phrase" :
			    "a quote inside a word (quote whole phrases)";
			goto fail;
		} else if (c == '\'' || text_is_apostrophe(term + i, end - i)) {
			buf_adds(&b, APOS);
		} else if (c < 0x80 && !(c >= 'a' && c <= 'z') &&
		    !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
			if (c < 0x20) {
				*why = "a control character in a term";
				goto fail;
			}
			buf_addc(&b, '\\');
			buf_addc(&b, c);
		} else {
			buf_add(&b, term + i, n);
		}
		inword = 1;
		i += n;
	}
	buf_addc(&b, ')');
	return buf_detach(&b);
fail:
	buf_free(&b);
	return NULL;
}

/* Split s into terms: whitespace separated, a quoted phrase is one term.
 * Calls fn(term, len) for each; stops at the first failure. */
struct parser {
	codebook *cb;
	const char *path;	/* current file */
	const char *base;	/* its base name, for rule ids */
	int line;
	struct codebook_theme *cur;	/* current block or NULL */
	char **err;
	const char *stack[MAX_INCLUDE_DEPTH];
	int depth;
	int stored;	/* parsing stored text: included files follow in it */
};

static int
perr(struct parser *p, const char *fmt, const char *arg)
{
	char *m = xasprintf(fmt, arg ? arg : "");
	err_set(p->err, "%s:%d: %s", p->path, p->line, m);
	free(m);
	return -1;
}

/* Next term of s at *pos (skipping blanks), sep being an extra separator
 * character outside quotes (or 0).  Returns its length, 0 at the end, -1 on
 * an unterminated quote. */
static long
next_term(const char *s, size_t *pos, int sep)
{
	size_t i = *pos, start;
	int inq = 0;

	while (s[i] == ' ' || s[i] == '\t')
		i++;
	start = i;
	while (s[i]) {
		if (s[i] == '"') {
			inq = !inq;
		} else if (text_is_open_quote(s + i, strlen(s + i))) {
			inq = 1;
			i += 3;
			continue;
		} else if (inq && text_is_close_quote(s + i, strlen(s + i))) {
			inq = 0;
			i += 3;
			continue;
		} else if (!inq && (s[i] == ' ' || s[i] == '\t' || (sep && s[i] == sep))) {
			break;
		}
		i++;
	}
	*pos = i;
	if (inq)
		return -1;
	return (long)(i - start);
}

static void
push_str(char ***v, size_t *n, char *s)
{
	*v = xreallocarray(*v, *n + 1, sizeof **v);
	(*v)[(*n)++] = s;
}

/* The regex for "TERM|TERM|..." (a near side): an alternation. */
static int
alternation(struct parser *p, const char *s, size_t len, char **out,
    char ***terms, size_t *nterms)
{
	struct buf b = BUF_INIT;
	char *copy = xstrndup(s, len);
	size_t pos = 0;
	long n;

	buf_adds(&b, CODEBOOK_BEFORE "(?:");
	for (int k = 0;; k++) {
		while (copy[pos] == '|')
			pos++;
		size_t start = pos;
		if ((n = next_term(copy, &pos, '|')) <= 0)
			break;
		const char *why;
		char *re = codebook_term_regex(copy + start + (copy[start] == ' ' ? 0 : 0),
		    (size_t)n, &why);
		if (re == NULL) {
			char *t = xstrndup(copy + start, (size_t)n);
			char *m = xasprintf("%s: %%s", why);
			perr(p, m, t);
			free(m);
			free(t);
			goto fail;
		}
		if (k > 0)
			buf_addc(&b, '|');
		buf_adds(&b, re);
		free(re);
		push_str(terms, nterms, xstrndup(copy + start, (size_t)n));
	}
	if (n < 0) {
		perr(p, "near: unterminated quoted phrase%s", NULL);
		goto fail;
	}
	buf_adds(&b, ")" CODEBOOK_AFTER);
	free(copy);
	*out = buf_detach(&b);
	return 0;
fail:
	free(copy);
	buf_free(&b);
	return -1;
}

static struct codebook_rule *
add_rule(struct parser *p, enum codebook_rule_kind kind, const char *text)
{
	struct codebook_theme *t = p->cur;
	struct codebook_rule *r;

	t->rules = xreallocarray(t->rules, t->nrules + 1, sizeof *t->rules);
	r = &t->rules[t->nrules++];
	memset(r, 0, sizeof *r);
	r->kind = kind;
	r->path = p->path;
	r->line = p->line;
	r->id = xasprintf("%s:%d:%s", p->base, p->line, text);
	return r;
}

/* `words TERM...` (add_rules) or `exclude TERM...` / `negate` (strings). */
static int
parse_terms(struct parser *p, const char *args, int what)
{
	size_t pos = 0, start;
	long n;
	int count = 0;

	for (;;) {
		while (args[pos] == ' ' || args[pos] == '\t')
			pos++;
		start = pos;
		if ((n = next_term(args, &pos, 0)) <= 0)
			break;
		const char *why;
		char *term = xstrndup(args + start, (size_t)n);
		char *re = codebook_term_regex(term, (size_t)n, &why);
		if (re == NULL) {
			char *m = xasprintf("%s: %%s", why);
			perr(p, m, term);
			free(m);
			free(term);
			return -1;
		}
		if (what == 'w') {
			struct codebook_rule *r = add_rule(p, CODEBOOK_WORDS, term);
			r->regex = re;
			push_str(&r->terms, &r->nterms, term);
		} else if (what == 'x') {
			size_t n2 = p->cur->nexcludes;
			push_str(&p->cur->excludes, &p->cur->nexcludes, re);
			push_str(&p->cur->exclude_terms, &n2, term);
		} else {
			size_t n2 = p->cb->nnegators;
			push_str(&p->cb->negators, &p->cb->nnegators, re);
			push_str(&p->cb->negator_terms, &n2, term);
		}
		count++;
	}
	if (n < 0)
		return perr(p, "unterminated quoted phrase%s", NULL);
	if (count == 0)
		return perr(p, "no terms given%s", NULL);
	return 0;
}

static int
parse_near(struct parser *p, const char *args)
{
	size_t pos = 0, f[3], flen[3];
	long n;
	int k;

	for (k = 0; k < 4; k++) {
		while (args[pos] == ' ' || args[pos] == '\t')
			pos++;
		size_t start = pos;
		if ((n = next_term(args, &pos, 0)) < 0)
			return perr(p, "near: unterminated quoted phrase%s", NULL);
		if (n == 0)
			break;
		if (k == 3)
			return perr(p, "near: too many fields (want TERMS TERMS N)%s", NULL);
		f[k] = start;
		flen[k] = (size_t)n;
	}
	if (k != 3)
		return perr(p, "near: want TERMS TERMS N%s", NULL);
	char *num = xstrndup(args + f[2], flen[2]), *e;
	errno = 0;
	long d = strtol(num, &e, 10);
	if (*e || errno || d < 0 || d > MAX_NEAR) {
		perr(p, "near: distance '%s' is not a number of words from 0 to 50", num);
		free(num);
		return -1;
	}
	free(num);
	struct codebook_rule *r = add_rule(p, CODEBOOK_NEAR, "near");
	if (alternation(p, args + f[0], flen[0], &r->regex, &r->terms, &r->nterms) < 0 ||
	    alternation(p, args + f[1], flen[1], &r->regex2, &r->terms2, &r->nterms2) < 0)
		return -1;
	r->distance = (int)d;
	return 0;
}

static int valid_key(const char *s)
{
	if (!(*s >= 'a' && *s <= 'z'))
		return 0;
	for (s++; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
		    *s == '_' || *s == '-'))
			return 0;
	return 1;
}

/* End the current block: a theme needs a label and at least one rule. */
static int
end_block(struct parser *p)
{
	struct codebook_theme *t = p->cur;
	int line = p->line;
	int rc = 0;

	if (t == NULL)
		return 0;
	p->line = t->line;
	if (t->label == NULL)
		rc = perr(p, "'%s' has no label", t->key);
	else if (t->nrules == 0)
		rc = perr(p, "'%s' has no rules (words, pattern or near)", t->key);
	p->line = line;
	p->cur = NULL;
	return rc;
}

static void
append_text(char **dst, const char *s)
{
	if (*dst == NULL || **dst == '\0') {
		free(*dst);
		*dst = xstrdup(s);
	} else {
		char *n = xasprintf("%s %s", *dst, s);
		free(*dst);
		*dst = n;
	}
}

static void
push_text(struct codebook_text **v, size_t *n, struct parser *p, const char *s)
{
	*v = xreallocarray(*v, *n + 1, sizeof **v);
	(*v)[*n].text = xstrdup(s);
	(*v)[*n].path = p->path;
	(*v)[*n].line = p->line;
	(*n)++;
}

static int parse_file(struct parser *p, const char *path);

static int
directive(struct parser *p, const char *dir, const char *args)
{
	struct codebook_theme *t;

	if (strcmp(dir, "theme") == 0 || strcmp(dir, "flag") == 0) {
		if (end_block(p) < 0)
			return -1;
		if (*args == '\0')
			return perr(p, "%s: which key?", dir);
		if (!valid_key(args))
			return perr(p, "bad key '%s' (want a-z, then a-z, 0-9, _ or -)", args);
		if (codebook_find(p->cb, args) >= 0)
			return perr(p, "'%s' is defined twice", args);
		p->cb->themes = xreallocarray(p->cb->themes, p->cb->ntheme + 1,
		    sizeof *p->cb->themes);
		t = &p->cb->themes[p->cb->ntheme++];
		memset(t, 0, sizeof *t);
		t->key = xstrdup(args);
		t->description = xstrdup("");
		t->is_flag = dir[0] == 'f';
		t->path = p->path;
		t->line = p->line;
		p->cur = t;
		return 0;
	}
	if (strcmp(dir, "include") == 0 || strcmp(dir, "negate") == 0) {
		if (end_block(p) < 0)
			return -1;
		if (*args == '\0')
			return perr(p, "%s: argument missing", dir);
		if (dir[0] == 'n')
			return parse_terms(p, args, 'n');
		if (p->stored)
			return 0;
		char *full;
		const char *slash = strrchr(p->path, '/');
		if (args[0] == '/' || slash == NULL)
			full = xstrdup(args);
		else
			full = xasprintf("%.*s/%s", (int)(slash - p->path), p->path, args);
		int rc = parse_file(p, full);
		free(full);
		return rc;
	}
	static const char *const inblock[] = {
		"label", "description", "words", "pattern", "near", "exclude",
		"action", "reflect", "example", "counter",
	};
	size_t k;
	for (k = 0; k < sizeof inblock / sizeof inblock[0]; k++)
		if (strcmp(dir, inblock[k]) == 0)
			break;
	if (k == sizeof inblock / sizeof inblock[0])
		return perr(p, "unknown directive '%s'", dir);
	if ((t = p->cur) == NULL)
		return perr(p, "'%s' outside a theme or flag block", dir);
	if (*args == '\0')
		return perr(p, "%s: argument missing", dir);
	switch (k) {
	case 0:
		if (t->label)
			return perr(p, "'%s' has two labels", t->key);
		t->label = xstrdup(args);
		return 0;
	case 1: append_text(&t->description, args); return 0;
	case 2: return parse_terms(p, args, 'w');
	case 3: add_rule(p, CODEBOOK_PATTERN, "pattern")->regex = xstrdup(args); return 0;
	case 4: return parse_near(p, args);
	case 5: return parse_terms(p, args, 'x');
	case 6: push_str(&t->actions, &t->nactions, xstrdup(args)); return 0;
	case 7: push_str(&t->reflects, &t->nreflects, xstrdup(args)); return 0;
	case 8: push_text(&t->examples, &t->nexamples, p, args); return 0;
	default: push_text(&t->counters, &t->ncounters, p, args); return 0;
	}
}

static int
read_file(const char *path, struct buf *b, char **err)
{
	FILE *f = fopen(path, "rb");
	char chunk[8192];
	size_t n;

	if (f == NULL)
		return err_set(err, "%s: %s", path, strerror(errno));
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(b, chunk, n);
	if (ferror(f)) {
		fclose(f);
		return err_set(err, "%s: %s", path, strerror(errno));
	}
	fclose(f);
	return 0;
}

static int parse_text(struct parser *p, const char *path, struct buf *b);

static int
parse_file(struct parser *p, const char *path)
{
	struct buf b = BUF_INIT;
	int rc;

	for (int i = 0; i < p->depth; i++)
		if (strcmp(p->stack[i], path) == 0)
			return perr(p, "include loop: '%s' includes itself", path);
	if (p->depth == MAX_INCLUDE_DEPTH)
		return perr(p, "includes nested too deep at '%s'", path);
	if (read_file(path, &b, p->err) < 0) {
		if (p->depth > 0)
			err_prefix(p->err, "%s:%d", p->path, p->line);
		return -1;
	}
	rc = parse_text(p, path, &b);
	buf_free(&b);
	return rc;
}

/* Parse the codebook text in b (modified in place), named path. */
static int
parse_text(struct parser *p, const char *path, struct buf *b_)
{
	struct buf b = *b_;
	const char *saved_path = p->path, *saved_base = p->base;
	int saved_line = p->line, rc = -1;
	char *stored;

	stored = xstrdup(path);
	push_str(&p->cb->paths, &p->cb->npaths, stored);
	p->stack[p->depth++] = stored;
	p->path = stored;
	p->base = strrchr(stored, '/') ? strrchr(stored, '/') + 1 : stored;
	p->line = 0;

	size_t bad = text_utf8_invalid(buf_str(&b), b.len);
	const char *nul = b.len ? memchr(b.s, '\0', b.len) : NULL;
	if (nul && (size_t)(nul - b.s) < bad)
		bad = (size_t)(nul - b.s);
	if (bad < b.len) {
		p->line = 1;
		for (size_t i = 0; i < bad; i++)
			p->line += b.s[i] == '\n';
		perr(p, "invalid UTF-8 or a NUL byte%s", NULL);
		goto out;
	}
	buf_add(&p->cb->text, buf_str(&b), b.len);
	if (b.len && b.s[b.len - 1] != '\n')
		buf_addc(&p->cb->text, '\n');

	char *s = b.len ? b.s : (char *)"";
	if (strncmp(s, "\xEF\xBB\xBF", 3) == 0)
		s += 3;
	while (*s) {
		char *nl = strchr(s, '\n'), *next = nl ? nl + 1 : s + strlen(s);
		if (nl)
			*nl = '\0';
		p->line++;
		size_t len = strlen(s);
		while (len && (s[len - 1] == '\r' || s[len - 1] == ' ' || s[len - 1] == '\t'))
			s[--len] = '\0';
		while (*s == ' ' || *s == '\t')
			s++;
		if (*s && *s != '#') {
			char *sp = s + strcspn(s, " \t");
			char *args = sp;
			if (*sp) {
				*sp = '\0';
				args = sp + 1;
				while (*args == ' ' || *args == '\t')
					args++;
			}
			if (directive(p, s, args) < 0)
				goto out;
		}
		s = next;
	}
	rc = 0;
out:
	p->depth--;
	p->path = saved_path;
	p->base = saved_base;
	p->line = saved_line;
	return rc;
}

/* Load from path, or from text when text is not NULL (named path). */
static int
load(const char *path, const char *text, codebook **out, char **err)
{
	codebook *cb = xcalloc(1, sizeof *cb);
	struct parser p = { .cb = cb, .path = path, .base = path, .err = err,
	    .stored = text != NULL };
	int rc;

	for (size_t i = 0; i < sizeof builtin_negators / sizeof builtin_negators[0]; i++) {
		const char *why;
		size_t n2 = cb->nnegators;
		push_str(&cb->negators, &cb->nnegators,
		    codebook_term_regex(builtin_negators[i], strlen(builtin_negators[i]), &why));
		push_str(&cb->negator_terms, &n2, xstrdup(builtin_negators[i]));
	}
	cb->path = xstrdup(path);
	if (text) {
		struct buf b = BUF_INIT;
		buf_adds(&b, text);
		rc = parse_text(&p, path, &b);
		buf_free(&b);
	} else {
		rc = parse_file(&p, path);
	}
	if (rc < 0)
		goto fail;
	p.line = 0;
	p.path = cb->npaths ? cb->paths[0] : path;
	p.line = (int)0;
	if (end_block(&p) < 0)
		goto fail;
	if (cb->ntheme == 0) {
		err_set(err, "%s: no themes or flags", path);
		goto fail;
	}
	sha256_buf_hex(buf_str(&cb->text), cb->text.len, cb->hash);
	*out = cb;
	return 0;
fail:
	codebook_free(cb);
	return -1;
}

int
codebook_load(const char *path, codebook **out, char **err)
{
	return load(path, NULL, out, err);
}

int
codebook_load_text(const char *name, const char *text, codebook **out, char **err)
{
	return load(name, text, out, err);
}

static void
free_strs(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void
codebook_free(codebook *cb)
{
	if (cb == NULL)
		return;
	for (size_t i = 0; i < cb->ntheme; i++) {
		struct codebook_theme *t = &cb->themes[i];
		free(t->key);
		free(t->label);
		free(t->description);
		for (size_t j = 0; j < t->nrules; j++) {
			free(t->rules[j].id);
			free(t->rules[j].regex);
			free(t->rules[j].regex2);
			free_strs(t->rules[j].terms, t->rules[j].nterms);
			free_strs(t->rules[j].terms2, t->rules[j].nterms2);
		}
		free(t->rules);
		free_strs(t->excludes, t->nexcludes);
		free_strs(t->exclude_terms, t->nexcludes);
		free_strs(t->actions, t->nactions);
		free_strs(t->reflects, t->nreflects);
		for (size_t j = 0; j < t->nexamples; j++)
			free(t->examples[j].text);
		for (size_t j = 0; j < t->ncounters; j++)
			free(t->counters[j].text);
		free(t->examples);
		free(t->counters);
	}
	free(cb->themes);
	free_strs(cb->negators, cb->nnegators);
	free_strs(cb->negator_terms, cb->nnegators);
	free_strs(cb->paths, cb->npaths);
	buf_free(&cb->text);
	free(cb->path);
	free(cb);
}

size_t codebook_ntheme(const codebook *cb) { return cb->ntheme; }
const struct codebook_theme *codebook_theme(const codebook *cb, size_t i) { return &cb->themes[i]; }
size_t codebook_nnegators(const codebook *cb) { return cb->nnegators; }
const char *codebook_negator(const codebook *cb, size_t i) { return cb->negators[i]; }
const char *codebook_negator_term(const codebook *cb, size_t i) { return cb->negator_terms[i]; }
const char *codebook_text(const codebook *cb) { return buf_str(&cb->text); }
const char *codebook_hash(const codebook *cb) { return cb->hash; }
const char *codebook_path(const codebook *cb) { return cb->path; }

int
codebook_find(const codebook *cb, const char *key)
{
	for (size_t i = 0; i < cb->ntheme; i++)
		if (strcmp(cb->themes[i].key, key) == 0)
			return (int)i;
	return -1;
}

const char *
codebook_default_path(void)
{
	static char path[4096];
	const char *dir = getenv("HEED_DATADIR");

	if (dir == NULL || *dir == '\0')
		dir = HEED_DATADIR;
	snprintf(path, sizeof path, "%s/default.codebook", dir);
	return path;
}
