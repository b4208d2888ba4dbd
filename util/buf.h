/* buf.h — a growable byte string.
 *
 * A struct buf owns its storage; buf_free() releases it, buf_detach() hands
 * it to the caller (who then frees it).  s is always NUL-terminated when
 * len > 0 or after any add; a zeroed struct buf is a valid empty buffer. */
#ifndef HEED_BUF_H
#define HEED_BUF_H

#include <stddef.h>

struct buf {
	char *s;
	size_t len;
	size_t cap;
};

#define BUF_INIT { NULL, 0, 0 }

void buf_grow(struct buf *b, size_t extra);
void buf_add(struct buf *b, const void *p, size_t n);
void buf_adds(struct buf *b, const char *s);
void buf_addc(struct buf *b, int c);
void buf_addf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_reset(struct buf *b);		/* len = 0, keeps storage */
void buf_free(struct buf *b);
char *buf_detach(struct buf *b);	/* never NULL; b becomes empty */
const char *buf_str(const struct buf *b);	/* "" when empty */

#endif
