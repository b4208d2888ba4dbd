/* input.c — see input.h. */
#include "config.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "collect/input.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/sha256.h"
#include "util/xalloc.h"

struct collect_input {
	FILE *f;
	int own;		/* close f at the end */
	char *name;
	struct sha256 sha;
	enum collect_enc enc;
	iconv_t cd;		/* (iconv_t)-1 when the input is UTF-8 */
	unsigned char raw[COLLECT_CHUNK];
	size_t rawn;		/* bytes held in raw (undecoded leftovers) */
	unsigned long long offset;	/* file offset of raw[0] */
	struct buf out;
	int started, eof;
	long line;		/* of the text handed out so far, for messages */
	size_t col;		/* bytes since that line began */
};

static const char *const enc_names[] = {
	"utf-8", "utf-8 with BOM", "utf-16le", "utf-16be", "windows-1252",
};

const char *
collect_enc_name(enum collect_enc e)
{
	return enc_names[e];
}

size_t
collect_utf8_valid(const unsigned char *p, size_t n)
{
	size_t i = 0;

	while (i < n) {
		unsigned c = p[i];
		size_t k;
		unsigned min;

		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf)
			k = 1, min = 0x80;
		else if (c >= 0xe0 && c <= 0xef)
			k = 2, min = 0x800;
		else if (c >= 0xf0 && c <= 0xf4)
			k = 3, min = 0x10000;
		else
			return i;
		if (i + k >= n)
			return i;	/* truncated */
		unsigned cp = c & (0x3f >> k);
		for (size_t j = 1; j <= k; j++) {
			if ((p[i + j] & 0xc0) != 0x80)
				return i;
			cp = cp << 6 | (p[i + j] & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
			return i;
		i += k + 1;
	}
	return i;
}

/* Is p[0..n) the start of a UTF-8 sequence cut short? */
static int
truncated_utf8(const unsigned char *p, size_t n)
{
	size_t need = p[0] >= 0xf0 ? 4 : p[0] >= 0xe0 ? 3 : 2;

	if (p[0] < 0xc2 || p[0] > 0xf4 || n >= need)
		return 0;
	for (size_t i = 1; i < n; i++)
		if ((p[i] & 0xc0) != 0x80)
			return 0;
	return 1;
}

enum collect_enc
collect_enc_detect(const unsigned char *p, size_t n, int eof, size_t *bom)
{
	size_t v;

	*bom = 0;
	if (n >= 3 && p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf) {
		*bom = 3;
		return COLLECT_ENC_UTF8_BOM;
	}
	if (n >= 2 && p[0] == 0xff && p[1] == 0xfe) {
		*bom = 2;
		return COLLECT_ENC_UTF16LE;
	}
	if (n >= 2 && p[0] == 0xfe && p[1] == 0xff) {
		*bom = 2;
		return COLLECT_ENC_UTF16BE;
	}
	v = collect_utf8_valid(p, n);
	/* a sequence cut by the chunk's end is still UTF-8 */
	if (v == n || (!eof && n - v < 4 && truncated_utf8(p + v, n - v)))
		return COLLECT_ENC_UTF8;
	return COLLECT_ENC_CP1252;
}

collect_input *
collect_input_fopen(FILE *f, const char *name)
{
	collect_input *in = xcalloc(1, sizeof *in);

	in->f = f;
	in->name = xstrdup(name);
	in->cd = (iconv_t)-1;
	sha256_init(&in->sha);
	return in;
}

int
collect_input_open(const char *path, collect_input **out, char **err)
{
	FILE *f;

	if (strcmp(path, "-") == 0) {
		*out = collect_input_fopen(stdin, "-");
		return 0;
	}
	if ((f = fopen(path, "rb")) == NULL)
		return err_set(err, "%s: %s", path, strerror(errno));
	*out = collect_input_fopen(f, path);
	(*out)->own = 1;
	return 0;
}

/* Top raw up to a full chunk; sets eof. */
static int
fill(collect_input *in, char **err)
{
	if (!in->eof && in->rawn < sizeof in->raw) {
		size_t got = fread(in->raw + in->rawn, 1, sizeof in->raw - in->rawn, in->f);

		if (got == 0) {
			if (ferror(in->f))
				return err_set(err, "%s: read error: %s", in->name,
				    strerror(errno));
			in->eof = 1;
			return 0;
		}
		sha256_update(&in->sha, in->raw + in->rawn, got);
		in->rawn += got;
	}
	return 0;
}

/* Count lines in the text handed out; a NUL byte means binary, not text. */
static int
track_text(collect_input *in, const char *p, size_t n, char **err)
{
	const char *end = p + n, *nl, *z = memchr(p, '\0', n);

	if (z)
		end = z;
	while ((nl = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		in->line++;
		in->col = 0;
		p = nl + 1;
	}
	in->col += (size_t)(end - p);
	if (z)
		return err_set(err, "%s:%ld: byte %zu of the line: a NUL byte: this is not a text file",
		    in->name, in->line + 1, in->col + 1);
	return 0;
}

int
collect_input_read(collect_input *in, const char **p, size_t *n, char **err)
{
	size_t skip = 0;

	*p = "";
	*n = 0;
	if (fill(in, err) < 0)
		return -1;
	if (!in->started) {
		/* make sure the detection sees enough bytes */
		while (!in->eof && in->rawn < 4)
			if (fill(in, err) < 0)
				return -1;
		in->started = 1;
		in->enc = collect_enc_detect(in->raw, in->rawn, in->eof, &skip);
		if (in->enc != COLLECT_ENC_UTF8 && in->enc != COLLECT_ENC_UTF8_BOM) {
			const char *from = in->enc == COLLECT_ENC_UTF16LE ? "UTF-16LE" :
			    in->enc == COLLECT_ENC_UTF16BE ? "UTF-16BE" : "WINDOWS-1252";
			if ((in->cd = iconv_open("UTF-8", from)) == (iconv_t)-1)
				return err_set(err, "%s: cannot convert from %s: %s",
				    in->name, from, strerror(errno));
		}
	}
	if (in->cd == (iconv_t)-1) {
		*p = (const char *)in->raw + skip;
		*n = in->rawn - skip;
		in->offset += in->rawn;
		in->rawn = 0;
		return track_text(in, *p, *n, err);
	}
	char *src = (char *)in->raw + skip;
	size_t left = in->rawn - skip;
	buf_reset(&in->out);
	buf_grow(&in->out, left * 3 + 16);
	char *dst = in->out.s;
	size_t room = in->out.cap - 1;
	if (iconv(in->cd, &src, &left, &dst, &room) == (size_t)-1) {
		unsigned long long at = in->offset + (size_t)((unsigned char *)src - in->raw);
		if (errno == EILSEQ)
			return err_set(err, "%s: byte offset %llu: not valid %s", in->name,
			    at, collect_enc_name(in->enc));
		if (errno != EINVAL)
			return err_set(err, "%s: converting from %s: %s", in->name,
			    collect_enc_name(in->enc), strerror(errno));
		if (in->eof)
			return err_set(err, "%s: byte offset %llu: %s ends in the middle "
			    "of a character", in->name, at, collect_enc_name(in->enc));
	}
	in->out.len = (size_t)(dst - in->out.s);
	in->out.s[in->out.len] = '\0';
	in->offset += in->rawn - left;
	memmove(in->raw, src, left);
	in->rawn = left;
	*p = in->out.s;
	*n = in->out.len;
	if (*n == 0 && !in->eof)
		return collect_input_read(in, p, n, err);
	return track_text(in, *p, *n, err);
}

enum collect_enc
collect_input_encoding(const collect_input *in)
{
	return in->enc;
}

void
collect_input_sha256(const collect_input *in, char hex[65])
{
	struct sha256 c = in->sha;

	sha256_hex(&c, hex);
}

void
collect_input_close(collect_input *in)
{
	if (in == NULL)
		return;
	if (in->cd != (iconv_t)-1)
		iconv_close(in->cd);
	if (in->own)
		fclose(in->f);
	buf_free(&in->out);
	free(in->name);
	free(in);
}
