/* sha256.c — SHA-256 as specified in FIPS 180-4 §6.2. */
#include "config.h"

#include <string.h>

#if defined(__x86_64__) && defined(__GNUC__)
#include <cpuid.h>
#include <immintrin.h>
#define HAVE_SHANI_PATH 1
#endif

#include "util/sha256.h"

static const uint32_t K[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
	0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
	0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
	0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
	0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
	0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
	0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
	0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
	0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

#define ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

/* Portable compression of nblk 64-byte blocks at p into state h. */
static void
blocks_c(uint32_t h0[8], const unsigned char *p, size_t nblk)
{
	uint32_t w[64], a, b, d, e, f, g, h, cc, t1, t2;
	int i;

	for (; nblk > 0; nblk--, p += 64) {
		for (i = 0; i < 16; i++)
			w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
			    (uint32_t)p[4 * i + 2] << 8 | (uint32_t)p[4 * i + 3];
		for (; i < 64; i++) {
			uint32_t s0 = ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^ (w[i - 15] >> 3);
			uint32_t s1 = ROR(w[i - 2], 17) ^ ROR(w[i - 2], 19) ^ (w[i - 2] >> 10);
			w[i] = w[i - 16] + s0 + w[i - 7] + s1;
		}
		a = h0[0]; b = h0[1]; cc = h0[2]; d = h0[3];
		e = h0[4]; f = h0[5]; g = h0[6]; h = h0[7];
		for (i = 0; i < 64; i++) {
			t1 = h + (ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
			t2 = (ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22)) + ((a & b) ^ (a & cc) ^ (b & cc));
			h = g; g = f; f = e; e = d + t1;
			d = cc; cc = b; b = a; a = t1 + t2;
		}
		h0[0] += a; h0[1] += b; h0[2] += cc; h0[3] += d;
		h0[4] += e; h0[5] += f; h0[6] += g; h0[7] += h;
	}
}

#ifdef HAVE_SHANI_PATH
/* The same with the x86 SHA extensions (about 5x faster), used when the
 * CPU has them.  Layout after Intel's "SHA extensions" white paper: the
 * state is kept as ABEF and CDGH, four rounds per step. */
__attribute__((target("sha,sse4.1")))
static void
blocks_shani(uint32_t h[8], const unsigned char *p, size_t nblk)
{
	const __m128i bswap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
	__m128i t, s0, s1, w[4];

	t = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&h[0]), 0xb1);	/* CDAB */
	s1 = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&h[4]), 0x1b);	/* EFGH */
	s0 = _mm_alignr_epi8(t, s1, 8);		/* ABEF */
	s1 = _mm_blend_epi16(s1, t, 0xf0);	/* CDGH */
	for (; nblk > 0; nblk--, p += 64) {
		__m128i abef = s0, cdgh = s1;

		for (int i = 0; i < 16; i++) {
			__m128i m;

			if (i < 4)
				m = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 16 * i)),
				    bswap);
			else {
				m = _mm_sha256msg1_epu32(w[i & 3], w[(i - 3) & 3]);
				m = _mm_add_epi32(m, _mm_alignr_epi8(w[(i - 1) & 3], w[(i - 2) & 3], 4));
				m = _mm_sha256msg2_epu32(m, w[(i - 1) & 3]);
			}
			w[i & 3] = m;
			m = _mm_add_epi32(m, _mm_loadu_si128((const __m128i *)&K[4 * i]));
			s1 = _mm_sha256rnds2_epu32(s1, s0, m);
			s0 = _mm_sha256rnds2_epu32(s0, s1, _mm_shuffle_epi32(m, 0x0e));
		}
		s0 = _mm_add_epi32(s0, abef);
		s1 = _mm_add_epi32(s1, cdgh);
	}
	t = _mm_shuffle_epi32(s0, 0x1b);	/* FEBA */
	s1 = _mm_shuffle_epi32(s1, 0xb1);	/* DCHG */
	_mm_storeu_si128((__m128i *)&h[0], _mm_blend_epi16(t, s1, 0xf0));	/* DCBA */
	_mm_storeu_si128((__m128i *)&h[4], _mm_alignr_epi8(s1, t, 8));	/* HGFE */
}

static int
cpu_has_shani(void)
{
	unsigned a, b, c, d;

	if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_SSE4_1) || !(c & bit_SSSE3))
		return 0;
	return __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & (1u << 29));
}
#endif

static void (*blocks)(uint32_t h[8], const unsigned char *p, size_t nblk) = blocks_c;

#ifdef HAVE_SHANI_PATH
/* Chosen once, before main() and any thread. */
__attribute__((constructor))
static void
blocks_pick(void)
{
	if (cpu_has_shani())
		blocks = blocks_shani;
}
#endif

void
sha256_portable(void)
{
	blocks = blocks_c;
}

void
sha256_init(struct sha256 *c)
{
	static const uint32_t iv[8] = {
		0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
		0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
	};
	memcpy(c->h, iv, sizeof iv);
	c->len = 0;
	c->n = 0;
}

void
sha256_update(struct sha256 *c, const void *data, size_t n)
{
	const unsigned char *p = data;

	c->len += n;
	if (c->n) {
		size_t k = 64 - c->n < n ? 64 - c->n : n;
		memcpy(c->blk + c->n, p, k);
		c->n += k; p += k; n -= k;
		if (c->n < 64)
			return;
		blocks(c->h, c->blk, 1);
		c->n = 0;
	}
	if (n >= 64) {
		blocks(c->h, p, n / 64);
		p += n / 64 * 64;
		n %= 64;
	}
	memcpy(c->blk, p, n);
	c->n = n;
}

void
sha256_final(struct sha256 *c, unsigned char out[32])
{
	uint64_t bits = c->len * 8;
	int i;

	c->blk[c->n++] = 0x80;
	if (c->n > 56) {
		memset(c->blk + c->n, 0, 64 - c->n);
		blocks(c->h, c->blk, 1);
		c->n = 0;
	}
	memset(c->blk + c->n, 0, 56 - c->n);
	for (i = 0; i < 8; i++)
		c->blk[56 + i] = (unsigned char)(bits >> (56 - 8 * i));
	blocks(c->h, c->blk, 1);
	for (i = 0; i < 8; i++) {
		out[4 * i] = (unsigned char)(c->h[i] >> 24);
		out[4 * i + 1] = (unsigned char)(c->h[i] >> 16);
		out[4 * i + 2] = (unsigned char)(c->h[i] >> 8);
		out[4 * i + 3] = (unsigned char)c->h[i];
	}
}

void
sha256_hex(struct sha256 *c, char hex[65])
{
	static const char digits[] = "0123456789abcdef";
	unsigned char d[32];
	int i;

	sha256_final(c, d);
	for (i = 0; i < 32; i++) {
		hex[2 * i] = digits[d[i] >> 4];
		hex[2 * i + 1] = digits[d[i] & 15];
	}
	hex[64] = '\0';
}

void
sha256_buf_hex(const void *p, size_t n, char hex[65])
{
	struct sha256 c;

	sha256_init(&c);
	sha256_update(&c, p, n);
	sha256_hex(&c, hex);
}
