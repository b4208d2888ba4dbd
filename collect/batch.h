/* batch.h — respondents read by collect.c and waiting to be stored, and the
 * helper thread that hashes and redacts their responses meanwhile.
 *
 * Redaction is about a third of an import's CPU time and needs no database,
 * so it runs beside SQLite: collect.c adds respondents to the filling batch
 * (collect_batch_filling, _respondent, _response, _attr); when the batch is
 * full (collect_batch_full) collect_batch_next() hands it to the helper
 * thread and returns the batch handed over before, finished, for collect.c
 * to store while the helper works on the next.  At the end, call
 * collect_batch_next(q, 1) until it returns NULL: with flush set it also
 * waits for the last, partly filled batch.  Every response of a finished
 * batch has its dedup hash digits and its redacted text.  Without a thread
 * (pthread_create failed) the work is done in collect_batch_next().
 *
 * Ownership: the queue owns its batches and every string in them (copied
 * on add, except attribute names, which the caller keeps alive as long as
 * the queue); collect_batch_queue_free() waits for the helper and frees
 * everything.  A batch returned by collect_batch_next() stays valid until
 * the next call. */
#ifndef HEED_COLLECT_BATCH_H
#define HEED_COLLECT_BATCH_H

#include <stddef.h>

#include <sqlite3.h>

/* Hex digits of SHA-256 kept in the dedup key (see collect.h). */
enum { COLLECT_HASH_DIGITS = 16 };

struct collect_response {
	sqlite3_int64 qid;
	const char *qtext;	/* the question */
	const char *text;	/* NUL-terminated, len bytes */
	size_t len;
	/* set by the helper: */
	const char *redacted;	/* NULL when the same as text */
	char hash[COLLECT_HASH_DIGITS + 1];	/* SHA-256(qtext NUL who NUL text) */
};

struct collect_attr {
	const char *name, *value;
	size_t len;
};

struct collect_respondent {
	long line;
	const char *ext_id, *submitted, *who, *round;	/* submitted may be NULL */
	size_t r0, nr;		/* its responses: resp[r0 .. r0 + nr) */
	size_t a0, na;		/* its attributes: attr[a0 .. a0 + na) */
};

struct collect_batch_chunk;

struct collect_batch {
	struct collect_respondent *who;
	size_t n, cap;
	struct collect_response *resp;
	size_t nresp, capresp;
	struct collect_attr *attr;
	size_t nattr, capattr;
	size_t bytes;		/* response text held */
	struct collect_batch_chunk *chunks;	/* the copied strings */
	char **redacted;	/* nresp long once finished: what to free */
};

typedef struct collect_batch_queue collect_batch_queue;

collect_batch_queue *collect_batch_queue_new(void);
void collect_batch_queue_free(collect_batch_queue *q);

/* The batch to add to. */
struct collect_batch *collect_batch_filling(collect_batch_queue *q);
/* Add a respondent, then its responses and attributes. */
void collect_batch_respondent(struct collect_batch *b, long line, const char *ext_id,
    const char *submitted, const char *who, const char *round);
void collect_batch_response(struct collect_batch *b, sqlite3_int64 qid,
    const char *qtext, const char *text, size_t len);
void collect_batch_attr(struct collect_batch *b, const char *name,
    const char *value, size_t len);
/* Is it time to call collect_batch_next()? */
int collect_batch_full(const struct collect_batch *b);
/* Hand the filling batch (when not empty) to the helper; return the batch
 * handed over before, finished, or NULL when there is none.  With flush,
 * NULL means every batch has been returned. */
struct collect_batch *collect_batch_next(collect_batch_queue *q, int flush);

#endif
