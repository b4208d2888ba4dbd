/* text.h — forum threads and email text: posts separated by a line holding
 * only "---".  A post may start with "Author:", "From:", "Date:" and
 * "Subject:" header lines; quoted lines (starting with ">") are dropped, and
 * so is a signature: everything after a line "-- ".  The body keeps its
 * line breaks (as LF) without leading or trailing blank lines.
 *
 * The post handed to the callback points into the reader's storage, valid
 * during the call.  Ownership: collect_text_new() gives the caller a reader
 * freed with collect_text_free(). */
#ifndef HEED_COLLECT_TEXT_H
#define HEED_COLLECT_TEXT_H

#include <stddef.h>

struct collect_post {
	long line;		/* line where the post starts */
	const char *author, *date, *subject;	/* "" when absent */
	const char *body;
	size_t body_len;
};

typedef int (*collect_post_fn)(void *ctx, const struct collect_post *p, char **err);
typedef struct collect_text collect_text;

collect_text *collect_text_new(collect_post_fn fn, void *ctx);
int collect_text_feed(collect_text *t, const char *p, size_t n, char **err);
int collect_text_finish(collect_text *t, char **err);
void collect_text_free(collect_text *t);

/* Does a file starting with p[0..n) look like posts (its first non-blank
 * line an Author:, From:, Date: or Subject: header)? */
int collect_text_sniff(const char *p, size_t n);

#endif
