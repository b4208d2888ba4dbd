/* lexicon.c — see lexicon.h. */
#include "config.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyse/lexicon.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/xalloc.h"

#define MAX_KEY 128
#define MAX_PHRASE 4	/* words in a phrase */

struct entry {
	char *key;	/* normalised: lowercase, words joined by one space */
	size_t len;	/* of key */
	float value;	/* score, or intensifier factor */
	unsigned char intens;
	unsigned char prefix;	/* key was `word*` */
	unsigned char fixed;	/* a negator does not turn it */
	unsigned char entry;	/* an entry of the file; else only a lead */
	unsigned char lead;	/* the first words of a longer phrase */
};

struct lexicon {
	struct entry *tab;	/* open addressing, size a power of two */
	size_t size, n;		/* n: entries of the file */
	size_t used;		/* slots taken: entries and leads */
	uint64_t prefix_lens;	/* bit k: a prefix entry of length k exists */
	int max_words;
};

static uint32_t
hash(const char *s, size_t n, int prefix)
{
	uint32_t h = 2166136261u ^ (uint32_t)prefix;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

static struct entry *
slot(const lexicon *lx, const char *key, size_t n, int prefix)
{
	size_t mask = lx->size - 1, i = hash(key, n, prefix) & mask;

	for (;; i = (i + 1) & mask) {
		struct entry *e = &lx->tab[i];
		if (e->key == NULL || (e->prefix == prefix && e->len == n &&
		    memcmp(e->key, key, n) == 0))
			return e;
	}
}

static void
grow(lexicon *lx)
{
	struct entry *old = lx->tab;
	size_t oldsize = lx->size;

	lx->size = oldsize ? oldsize * 2 : 1024;
	lx->tab = xcalloc(lx->size, sizeof *lx->tab);
	for (size_t i = 0; i < oldsize; i++)
		if (old[i].key)
			*slot(lx, old[i].key, strlen(old[i].key), old[i].prefix) = old[i];
	free(old);
}

static const struct entry *
lookup(const lexicon *lx, const char *key, size_t n, int prefix)
{
	const struct entry *e = slot(lx, key, n, prefix);

	return e->entry ? e : NULL;
}

/* The slot of key, taken if it was free. */
static struct entry *
take(lexicon *lx, const char *key, size_t n, int prefix)
{
	if (2 * (lx->used + 1) > lx->size)
		grow(lx);
	struct entry *e = slot(lx, key, n, prefix);
	if (e->key == NULL) {
		e->key = xstrndup(key, n);
		e->len = n;
		e->prefix = (unsigned char)prefix;
		lx->used++;
	}
	return e;
}

size_t lexicon_size(const lexicon *lx) { return lx->n; }

/* Parse one line "TERM... VALUE" into the table; -1 with *why on error. */
static int
add_line(lexicon *lx, char *s, const char **why)
{
	char *last = strrchr(s, ' '), *tab = strrchr(s, '\t'), *e;
	char key[MAX_KEY];
	int intens = 0, prefix = 0, words = 1, fixed = 0;
	double v;

	if (tab && (!last || tab > last))
		last = tab;
	if (last && strcmp(last + 1, "fixed") == 0) {
		fixed = 1;
		*last = '\0';
		last = strrchr(s, ' ');
		tab = strrchr(s, '\t');
		if (tab && (!last || tab > last))
			last = tab;
	}
	if (last == NULL) {
		*why = "want a word or phrase, then a score";
		return -1;
	}
	*last++ = '\0';
	if (*last == 'x') {
		intens = 1;
		last++;
	}
	errno = 0;
	v = strtod(last, &e);
	if (*last == '\0' || *e || errno || (!intens && (v < -3 || v > 3)) ||
	    (intens && (v <= 0 || v > 5))) {
		*why = intens ? "intensifier factor must be x0.1 to x5" :
		    "score must be a number from -3 to 3";
		return -1;
	}
	if (intens && fixed) {
		*why = "an intensifier cannot be fixed";
		return -1;
	}
	/* the term: strip quotes, squeeze blanks; a hyphen separates words as
	 * it does in text ("heavy-handed" is the phrase "heavy handed") */
	size_t o = 0, len;
	char norm[MAX_KEY];
	for (char *p = s; *p; p++) {
		if (*p == '"')
			continue;
		if (*p == ' ' || *p == '\t' || *p == '-') {
			if (o && norm[o - 1] != ' ')
				norm[o++] = ' ';
		} else {
			norm[o++] = *p;
		}
		if (o >= MAX_KEY - 1) {
			*why = "term too long";
			return -1;
		}
	}
	while (o && norm[o - 1] == ' ')
		o--;
	if (o && norm[o - 1] == '*') {
		prefix = 1;
		o--;
	}
	if (o == 0) {
		*why = "empty term";
		return -1;
	}
	if ((len = text_norm(norm, o, key, sizeof key)) == 0) {
		*why = "term too long";
		return -1;
	}
	for (size_t i = 0; i < len; i++)
		words += key[i] == ' ';
	if (memchr(key, '*', len) || (prefix && words > 1) || words > MAX_PHRASE) {
		*why = "'*' only ends a single word; phrases have at most 4 words";
		return -1;
	}
	if (prefix && len >= 64) {
		*why = "prefix too long";
		return -1;
	}
	/* a phrase's first words lead to it: match_at() reads on past them */
	for (size_t i = 0; !prefix && i < len; i++)
		if (key[i] == ' ')
			take(lx, key, i, 0)->lead = 1;
	struct entry *en = take(lx, key, len, prefix);
	if (!en->entry) {
		en->entry = 1;
		lx->n++;
	}
	en->value = (float)v;
	en->intens = (unsigned char)intens;
	en->fixed = (unsigned char)fixed;
	if (prefix)
		lx->prefix_lens |= (uint64_t)1 << len;
	if (words > lx->max_words)
		lx->max_words = words;
	return 0;
}

int
lexicon_load(const char *path, lexicon **out, char **err)
{
	FILE *f = fopen(path, "r");
	lexicon *lx;
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int lineno = 0;

	if (f == NULL)
		return err_set(err, "%s: %s", path, strerror(errno));
	lx = xcalloc(1, sizeof *lx);
	grow(lx);
	lx->max_words = 1;
	while ((n = getline(&line, &cap, f)) >= 0) {
		char *s = line;
		const char *why;

		lineno++;
		while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' ' ||
		    s[n - 1] == '\t'))
			s[--n] = '\0';
		while (*s == ' ' || *s == '\t')
			s++;
		if (*s == '\0' || *s == '#')
			continue;
		if (text_utf8_invalid(s, strlen(s)) != strlen(s)) {
			err_set(err, "%s:%d: invalid UTF-8", path, lineno);
			goto fail;
		}
		if (add_line(lx, s, &why) < 0) {
			err_set(err, "%s:%d: %s", path, lineno, why);
			goto fail;
		}
	}
	free(line);
	fclose(f);
	*out = lx;
	return 0;
fail:
	free(line);
	fclose(f);
	lexicon_free(lx);
	return -1;
}

void
lexicon_free(lexicon *lx)
{
	if (lx == NULL)
		return;
	for (size_t i = 0; i < lx->size; i++)
		free(lx->tab[i].key);
	free(lx->tab);
	free(lx);
}

const char *
lexicon_default_path(void)
{
	static char path[4096];
	const char *dir = getenv("HEED_DATADIR");

	if (dir == NULL || *dir == '\0')
		dir = HEED_DATADIR;
	snprintf(path, sizeof path, "%s/sentiment.lexicon", dir);
	return path;
}

/* The longest entry starting at word token i: its word count in *nw. */
static const struct entry *
match_at(const lexicon *lx, const char *text, const struct text_tok *tok,
    size_t ntok, size_t i, int *nw)
{
	char key[MAX_KEY];
	size_t len = 0, first = 0;
	const struct entry *best = NULL;
	int w = 0;

	/* read on while the words so far lead to a longer phrase; the longest
	 * entry met wins */
	for (size_t j = i; j < ntok && w < lx->max_words; j++) {
		if (!(tok[j].kind & TEXT_WORD))
			break;
		size_t l = text_norm(text + tok[j].start, tok[j].end - tok[j].start,
		    key + len + (w ? 1 : 0), sizeof key - len - 1);
		if (l == 0)
			break;
		if (w)
			key[len++] = ' ';
		len += l;
		if (w++ == 0)
			first = len;
		const struct entry *e = slot(lx, key, len, 0);
		if (e->entry) {
			best = e;
			*nw = w;
		}
		if (!e->lead)
			break;
	}
	if (best)
		return best;
	if (w >= 1 && lx->prefix_lens) {
		for (size_t l = first < 63 ? first : 63; l >= 1; l--) {
			if (!(lx->prefix_lens >> l & 1))
				continue;
			const struct entry *e = lookup(lx, key, l, 1);
			if (e) {
				*nw = 1;
				return e;
			}
		}
	}
	return NULL;
}

/* Cues of a complaint that a list of words cannot hold.  Each counts CUE
 * of negative evidence at the word it falls on (or the word before). */
#define CUE 1.0

/* Does an opening quote start s?  Then 1, with its length in *olen and
 * the closing quote that matches it in *close. */
static int
quote_pair(const char *s, size_t n, size_t *olen, const char **close)
{
	if (s[0] == '\'' || s[0] == '"') {
		*olen = 1;
		*close = s[0] == '\'' ? "'" : "\"";
		return 1;
	}
	if (text_is_open_quote(s, n) || (n >= 3 && memcmp(s, "\u2018", 3) == 0)) {
		*olen = 3;
		*close = s[2] == '\x9c' ? "\u201d" : "\u2019";
		return 1;
	}
	return 0;
}

static int
is_alnum_byte(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
}

/* Is token k a word of list[0, n), ignoring case? */
static int
word_in(const char *text, const struct text_tok *tok, size_t k,
    const char *const *list, size_t n)
{
	char w[16];

	if (!(tok[k].kind & TEXT_WORD) ||
	    text_norm(text + tok[k].start, tok[k].end - tok[k].start, w, sizeof w) == 0)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (strcmp(w, list[i]) == 0)
			return 1;
	return 0;
}

#define NWORDS(a) (sizeof (a) / sizeof (a)[0])

/* Do the one or two words before token k say that a name follows ("we
 * call it", "the term", "named")? */
static int
names_next(const char *text, const struct text_tok *tok, size_t k)
{
	static const char *const namers[] = {
		"call", "calls", "called", "calling", "term", "termed", "named",
		"dubbed", "titled",
	};

	for (size_t b = k; b > 0 && b + 2 > k; b--) {
		if (!(tok[b - 1].kind & TEXT_WORD))
			return 0;
		if (word_in(text, tok, b - 1, namers, NWORDS(namers)))
			return 1;
	}
	return 0;
}

/* Scare quotes: a few words in quotes inside a longer text, the service's
 * own words held up ('support', shed 'get back to me').  A sentiment word
 * inside is read as irony and counts against. */
static void
scare_quotes(const char *text, size_t n, const struct text_tok *tok, size_t ntok,
    double *score)
{
	size_t found = 0;

	for (size_t i = 0; i < n && found < 2; i++) {
		size_t olen, from, to, j;
		const char *close;
		if ((i > 0 && (is_alnum_byte((unsigned char)text[i - 1]) ||
		    text[i - 1] == '\'' || text[i - 1] == '"')) ||
		    !quote_pair(text + i, n - i, &olen, &close))
			continue;
		size_t cl = strlen(close), end = i + olen + 60 < n ? i + olen + 60 : n;
		for (j = i + olen + 1; j + cl <= end; j++)
			if (memcmp(text + j, close, cl) == 0 && text[j - 1] != ' ' &&
			    (j + cl == n || !is_alnum_byte((unsigned char)text[j + cl])))
				break;
		if (j + cl > end || memchr(text + i, '\n', j - i))
			continue;
		from = text_tok_at(tok, ntok, i + olen);
		to = text_tok_at(tok, ntok, j);
		size_t words = 0;
		for (size_t k = from; k < to; k++)
			words += (tok[k].kind & TEXT_WORD) != 0;
		/* a few words, not the whole response, not a name ("we call it
		 * 'project time'") */
		if (words == 0 || words > 6 || (from == 0 && to == ntok) ||
		    names_next(text, tok, from)) {
			i = j + cl - 1;
			continue;
		}
		for (size_t k = from; k < to; k++)
			if (score[k] > 0)
				score[k] = -score[k];
		score[from] -= CUE;
		found++;
		i = j + cl - 1;
	}
}

/* A question or a request ("Could the meeting be at the library? She gets
 * anxious.") mostly describes a situation, not the service: the sentiment
 * of such a sentence counts half.  "Why ...?" is left whole: it is usually
 * a complaint. */
static void
requests(const char *text, const struct text_tok *tok, size_t ntok, double *score)
{
	static const char *const askers[] = {
		"could", "can", "would", "will", "please", "pls", "is", "are", "do",
		"does", "has", "have", "should", "any", "how", "what", "where", "who",
		"when",
	};
	static const char *const why[] = { "why" };
	size_t start = 0;

	for (size_t i = 0; i <= ntok; i++) {
		if (i < ntok && !(tok[i].kind & TEXT_SENTENCE))
			continue;
		/* the sentence is tokens [start, i), ended by tok[i] */
		int asks = (i < ntok && text[tok[i].start] == '?') ||
		    (start < i && word_in(text, tok, start, askers, NWORDS(askers)));
		if (asks && !(start < i && word_in(text, tok, start, why, 1)))
			for (size_t k = start; k < i; k++)
				score[k] *= 0.5;
		start = i + 1;
	}
}

/* "??", "?!" and "!?": exasperation. */
static void
exasperation(const char *text, size_t n, const struct text_tok *tok, size_t ntok,
    double *score)
{
	for (size_t i = 0; i + 1 < n; i++) {
		if ((text[i] != '?' && text[i] != '!') || (text[i + 1] != '?' &&
		    text[i + 1] != '!') || (text[i] == '!' && text[i + 1] == '!'))
			continue;
		size_t k = text_tok_at(tok, ntok, i);
		while (k > 0 && !(tok[k - 1].kind & TEXT_WORD))
			k--;
		if (k > 0)
			score[k - 1] -= CUE;
		while (i + 1 < n && (text[i + 1] == '?' || text[i + 1] == '!'))
			i++;
	}
}

void
lexicon_score(const lexicon *lx, const char *text, size_t n, const struct text_tok *tok,
    size_t ntok, const unsigned char *negend, double *score, size_t *last)
{
	size_t clause = 0, sentence = 0, boost_until = 0;
	size_t prev = (size_t)-1, prev_last = 0;	/* the last entry scored */
	double boost = 1, after = 1;

	for (size_t i = 0; i < ntok; i++) {
		score[i] = 0;
		if (last)
			last[i] = i;
	}
	for (size_t i = 0; i < ntok; i++) {
		unsigned k = tok[i].kind;
		if (k & TEXT_SENTENCE) {
			clause = sentence = i + 1;
			after = 1;
			boost_until = 0;
			continue;
		}
		if (k & TEXT_CLAUSE) {
			clause = i + 1;
			if ((k & TEXT_WORD) && (tok[i].end - tok[i].start == 3 ||
			    tok[i].end - tok[i].start == 7) &&
			    ((text[tok[i].start] | 0x20) == 'b' || (text[tok[i].start] | 0x20) == 'h')) {
				/* but / however: the later clause weighs more */
				for (size_t j = sentence; j < i; j++)
					score[j] *= 0.5;
				after = 1.5;
			}
			continue;
		}
		if (lx == NULL)
			continue;
		int nw = 0;
		const struct entry *e = match_at(lx, text, tok, ntok, i, &nw);
		if (e == NULL)
			continue;
		if (e->intens) {
			boost = e->value;
			boost_until = i + nw + 2;
			continue;
		}
		double s = e->value * after;
		if (i < boost_until)
			s *= boost;
		size_t from = i >= 3 ? i - 3 : 0;
		if (from < clause)
			from = clause;
		for (size_t j = from; j < i && !e->fixed; j++)
			if (negend && negend[j]) {
				s *= -0.5;
				/* the negator is spent on this word: an entry that
				 * holds it ("never once") does not count as well */
				if (prev < i && prev <= j && j <= prev_last)
					score[prev] = 0;
				break;
			}
		score[i] = s;
		prev = i;
		prev_last = i + (size_t)nw - 1;
		if (last)
			last[i] = i + (size_t)nw - 1;
		i += (size_t)nw - 1;
	}
	if (lx != NULL && ntok > 0) {
		requests(text, tok, ntok, score);
		scare_quotes(text, n, tok, ntok, score);
		exasperation(text, n, tok, ntok, score);
	}
}

enum lexicon_polarity
lexicon_classify(double pos, double neg)
{
	double hi = pos > neg ? pos : neg, lo = pos > neg ? neg : pos;

	if (lo >= 1.5 && lo * 3 >= hi)
		return LEXICON_MIXED;
	if (pos - neg >= 1)
		return LEXICON_POSITIVE;
	/* a complaint to a service is often only a mild cue or two ("should",
	 * "still", "had to"): a smaller margin is enough for negative */
	if (neg - pos >= 0.5)
		return LEXICON_NEGATIVE;
	return LEXICON_NEUTRAL;
}

static const char *const polarity_names[LEXICON_NPOLARITY] = {
	"neutral", "positive", "negative", "mixed",
};

const char *
lexicon_polarity_name(enum lexicon_polarity p)
{
	return polarity_names[p];
}

int
lexicon_polarity_parse(const char *name)
{
	for (int i = 0; i < LEXICON_NPOLARITY; i++)
		if (strcasecmp(name, polarity_names[i]) == 0)
			return i;
	return -1;
}

enum lexicon_polarity
lexicon_polarity_join(enum lexicon_polarity a, enum lexicon_polarity b)
{
	if (a == b || b == LEXICON_NEUTRAL)
		return a;
	if (a == LEXICON_NEUTRAL)
		return b;
	return LEXICON_MIXED;
}
