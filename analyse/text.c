/* text.c — see text.h. */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <pthread.h>
#include <string.h>

#include "analyse/text.h"
#include "util/buf.h"
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

/* Bit c set: code point c (below U+10000) is \\p{L} or \\p{N} for PCRE2. */
static unsigned char word_bmp[0x10000 / 8];
static pthread_once_t word_once = PTHREAD_ONCE_INIT;

static void
word_init(void)
{
	int ec;
	PCRE2_SIZE off;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)"^[\\p{L}\\p{N}]", PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP, &ec, &off, NULL);
	pcre2_match_data *md = re ? pcre2_match_data_create_from_pattern(re, NULL) : NULL;

	for (uint32_t c = 0; c < 0x10000; c++) {
		unsigned char u[4];
		size_t n;
		int word;
		if (c < 0x80) {
			word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			    (c >= '0' && c <= '9');
		} else if ((c >= 0xD800 && c <= 0xDFFF) || md == NULL) {
			word = 0;
		} else {
			if (c < 0x800) {
				u[0] = (unsigned char)(0xC0 | c >> 6);
				u[1] = (unsigned char)(0x80 | (c & 0x3F));
				n = 2;
			} else {
				u[0] = (unsigned char)(0xE0 | c >> 12);
				u[1] = (unsigned char)(0x80 | (c >> 6 & 0x3F));
				u[2] = (unsigned char)(0x80 | (c & 0x3F));
				n = 3;
			}
			word = pcre2_match(re, u, n, 0, PCRE2_NO_UTF_CHECK, md, NULL) > 0;
		}
		if (word)
			word_bmp[c >> 3] |= (unsigned char)(1 << (c & 7));
	}
	pcre2_match_data_free(md);
	pcre2_code_free(re);
}

static int
is_word_cp(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9');
	if (c >= 0x10000)	/* outside the BMP: letters, except emoji and symbols */
		return !(c >= 0x1F000 && c <= 0x1FBFF);
	pthread_once(&word_once, word_init);
	return word_bmp[c >> 3] >> (c & 7) & 1;
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

static uint32_t
fold_cp(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	if ((c >= 0xC0 && c <= 0xDE && c != 0xD7))
		return c + 32;
	if (c >= 0x100 && c <= 0x17F) {
		if (c == 0x130 || c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17F)
			return c == 0x17F ? 's' : c;
		if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
			return (c & 1) ? c + 1 : c;
		return (c & 1) ? c : c + 1;
	}
	if (c >= 0x391 && c <= 0x3AB && c != 0x3A2)
		return c + 32;
	if (c == 0x3C2)
		return 0x3C3;	/* final sigma */
	if (c >= 0x410 && c <= 0x42F)
		return c + 32;
	if (c >= 0x400 && c <= 0x40F)
		return c + 80;
	if (c == 0x2018 || c == 0x2019)
		return '\'';
	if (c == 0x212A)
		return 'k';	/* Kelvin sign */
	return c;
}

static void
put_utf8(struct buf *out, uint32_t c)
{
	char b[4];
	size_t n;

	if (c < 0x80) { b[0] = (char)c; n = 1; }
	else if (c < 0x800) { b[0] = (char)(0xC0 | c >> 6); b[1] = (char)(0x80 | (c & 0x3F)); n = 2; }
	else if (c < 0x10000) {
		b[0] = (char)(0xE0 | c >> 12); b[1] = (char)(0x80 | (c >> 6 & 0x3F));
		b[2] = (char)(0x80 | (c & 0x3F)); n = 3;
	} else {
		b[0] = (char)(0xF0 | c >> 18); b[1] = (char)(0x80 | (c >> 12 & 0x3F));
		b[2] = (char)(0x80 | (c >> 6 & 0x3F)); b[3] = (char)(0x80 | (c & 0x3F)); n = 4;
	}
	buf_add(out, b, n);
}

void
text_fold(const char *s, size_t len, struct buf *out)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n;

	buf_grow(out, len);
	while (i < len) {
		if (p[i] < 0x80) {
			out->s[out->len++] = (char)(p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]);
			i++;
			continue;
		}
		uint32_t c = decode(p + i, len - i, &n);
		put_utf8(out, fold_cp(c));
		i += n;
	}
	out->s[out->len] = '\0';
}

int
text_is_gap(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n;

	while (i < len) {
		if (p[i] < 0x80) {
			if (!(p[i] == ' ' || p[i] == '-' || (p[i] >= 9 && p[i] <= 13)))
				return 0;
			i++;
			continue;
		}
		uint32_t c = decode(p + i, len - i, &n);
		if (!(c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
		    c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000))
			return 0;
		i += n;
	}
	return 1;
}
