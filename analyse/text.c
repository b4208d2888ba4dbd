/* text.c — see text.h. */
#include "config.h"

#include <string.h>

#include "analyse/text.h"
#include "util/xalloc.h"

size_t
text_utf8_len(const char *s, size_t n)
{
	unsigned char c = (unsigned char)s[0];
	size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;

	return len > n ? n : len;
}

size_t
text_utf8_invalid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	while (i < n) {
		unsigned c = p[i];
		size_t len;
		uint32_t cp, min;

		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; min = 0x80; }
		else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; min = 0x800; }
		else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; min = 0x10000; }
		else return i;
		if (i + len > n)
			return i;
		for (size_t k = 1; k < len; k++) {
			if ((p[i + k] & 0xC0) != 0x80)
				return i;
			cp = cp << 6 | (p[i + k] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return i;
		i += len;
	}
	return n;
}

int
text_is_open_quote(const char *s, size_t n)
{
	return n >= 3 && memcmp(s, "\xE2\x80\x9C", 3) == 0;
}

int
text_is_close_quote(const char *s, size_t n)
{
	return n >= 3 && memcmp(s, "\xE2\x80\x9D", 3) == 0;
}

int
text_is_apostrophe(const char *s, size_t n)
{
	return n >= 3 && (memcmp(s, "\xE2\x80\x98", 3) == 0 ||
	    memcmp(s, "\xE2\x80\x99", 3) == 0);
}

/* Decode the code point at s (valid UTF-8), its length in *len. */
static uint32_t
decode(const unsigned char *s, size_t n, size_t *len)
{
	uint32_t cp;

	*len = text_utf8_len((const char *)s, n);
	if (*len == 1)
		return s[0];
	cp = s[0] & (0xFF >> (*len + 1));
	for (size_t k = 1; k < *len; k++)
		cp = cp << 6 | (s[k] & 0x3F);
	return cp;
}

static int
is_word_cp(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9');
	if (c <= 0xBF || c == 0xD7 || c == 0xF7)
		return 0;
	if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) ||
	    (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF || c >= 0x1F000)
		return 0;
	return 1;
}

static int
is_apos_cp(uint32_t c)
{
	return c == '\'' || c == 0x2018 || c == 0x2019;
}

static int
word_is(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w);

	if (n != k)
		return 0;
	for (size_t i = 0; i < n; i++)
		if ((s[i] | 0x20) != w[i])
			return 0;
	return 1;
}

size_t
text_tokens(const char *s, size_t n, struct text_tok **v, size_t *cap)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, nt = 0, len;

	while (i < n) {
		uint32_t c = decode(p + i, n - i, &len);
		unsigned kind = 0;
		size_t start = i;

		if (is_word_cp(c)) {
			i += len;
			while (i < n) {
				c = decode(p + i, n - i, &len);
				if (is_word_cp(c)) {
					i += len;
				} else if (is_apos_cp(c) && i + len < n) {
					size_t l2;
					if (!is_word_cp(decode(p + i + len, n - i - len, &l2)))
						break;
					i += len;
				} else {
					break;
				}
			}
			kind = TEXT_WORD;
			if (word_is(s + start, i - start, "but") ||
			    word_is(s + start, i - start, "although") ||
			    word_is(s + start, i - start, "though") ||
			    word_is(s + start, i - start, "however"))
				kind |= TEXT_CLAUSE;
		} else {
			i += len;
			if (c == '.' || c == '!' || c == '?' || c == '\n' || c == 0x2026)
				kind = TEXT_SENTENCE | TEXT_CLAUSE;
			else if (c == ',' || c == ';' || c == ':')
				kind = TEXT_CLAUSE;
			else
				continue;
		}
		if (nt == *cap) {
			*cap = *cap ? *cap * 2 : 256;
			*v = xreallocarray(*v, *cap, sizeof **v);
		}
		(*v)[nt].start = (uint32_t)start;
		(*v)[nt].end = (uint32_t)i;
		(*v)[nt].kind = kind;
		nt++;
	}
	return nt;
}

size_t
text_tok_at(const struct text_tok *v, size_t ntok, size_t off)
{
	size_t lo = 0, hi = ntok;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid].start < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t
text_norm(const char *s, size_t n, char *out, size_t outsz)
{
	size_t o = 0;

	for (size_t i = 0; i < n;) {
		if (text_is_apostrophe(s + i, n - i)) {
			if (o + 1 >= outsz)
				return 0;
			out[o++] = '\'';
			i += 3;
			continue;
		}
		if (o + 1 >= outsz)
			return 0;
		char c = s[i++];
		out[o++] = (c >= 'A' && c <= 'Z') ? (char)(c | 0x20) : c;
	}
	out[o] = '\0';
	return o;
}
