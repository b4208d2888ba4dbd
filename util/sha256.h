/* sha256.h — SHA-256 (FIPS 180-4), streaming.
 * Used to fingerprint imported files, responses and codebooks. */
#ifndef HEED_SHA256_H
#define HEED_SHA256_H

#include <stddef.h>
#include <stdint.h>

struct sha256 {
	uint32_t h[8];
	uint64_t len;		/* bytes hashed so far */
	unsigned char blk[64];
	size_t n;		/* bytes waiting in blk */
};

void sha256_init(struct sha256 *c);
void sha256_update(struct sha256 *c, const void *p, size_t n);
void sha256_final(struct sha256 *c, unsigned char out[32]);
/* Write the digest as 64 lowercase hex digits and a NUL into hex[65]. */
void sha256_hex(struct sha256 *c, char hex[65]);
/* One-shot: hex digest of n bytes at p. */
void sha256_buf_hex(const void *p, size_t n, char hex[65]);
/* Use the portable code even where the CPU has SHA instructions (tests). */
void sha256_portable(void);

#endif
