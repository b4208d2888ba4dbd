/* batch.c — see batch.h.
 *
 * Three batches take turns: one filling (collect.c adds to it), one in
 * flight (the helper hashes and redacts it), one finished (collect.c
 * stores it).  One mutex and one condition variable guard q->job, the
 * batch the helper has still to finish. */
#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "collect/batch.h"
#include "collect/redact.h"
#include "util/sha256.h"
#include "util/xalloc.h"

/* A batch is full at this many respondents or bytes of text: small enough
 * to keep memory flat, big enough that handing over costs nothing. */
enum { BATCH_RESPONDENTS = 256, BATCH_BYTES = 256 * 1024, CHUNK_BYTES = 64 * 1024 };

struct collect_batch_chunk {
	struct collect_batch_chunk *next;
	size_t used, cap;
	char data[];
};

struct collect_batch_queue {
	struct collect_batch b[3];
	struct collect_batch *filling, *inflight, *returned;
	pthread_t th;
	int threaded, quit;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	struct collect_batch *job;	/* for the helper; NULL when it is idle */
};

/* Copy n bytes and a NUL into the batch's chunks. */
static const char *
copy(struct collect_batch *b, const char *s, size_t n)
{
	struct collect_batch_chunk *c = b->chunks;

	if (c == NULL || c->cap - c->used < n + 1) {
		size_t cap = n + 1 > CHUNK_BYTES ? n + 1 : CHUNK_BYTES;

		c = xmalloc(sizeof *c + cap);
		c->used = 0;
		c->cap = cap;
		c->next = b->chunks;
		b->chunks = c;
	}
	char *p = c->data + c->used;
	memcpy(p, s, n);
	p[n] = '\0';
	c->used += n + 1;
	return p;
}

static void
batch_reset(struct collect_batch *b)
{
	struct collect_batch_chunk *c = b->chunks, *next;

	if (b->redacted)
		for (size_t i = 0; i < b->nresp; i++)
			free(b->redacted[i]);
	free(b->redacted);
	b->redacted = NULL;
	/* keep the first chunk made (the last in the list) for reuse */
	for (; c && c->next; c = next) {
		next = c->next;
		free(c);
	}
	if (c)
		c->used = 0;
	b->chunks = c;
	b->n = b->nresp = b->nattr = b->bytes = 0;
}

static void
batch_free(struct collect_batch *b)
{
	batch_reset(b);
	free(b->chunks);
	free(b->who);
	free(b->resp);
	free(b->attr);
}

void
collect_batch_respondent(struct collect_batch *b, long line, const char *ext_id,
    const char *submitted, const char *who, const char *round)
{
	if (b->n == b->cap) {
		b->cap = b->cap ? 2 * b->cap : BATCH_RESPONDENTS;
		b->who = xreallocarray(b->who, b->cap, sizeof *b->who);
	}
	b->who[b->n++] = (struct collect_respondent){
		.line = line,
		.ext_id = copy(b, ext_id, strlen(ext_id)),
		.submitted = submitted ? copy(b, submitted, strlen(submitted)) : NULL,
		.who = copy(b, who, strlen(who)),
		.round = copy(b, round, strlen(round)),
		.r0 = b->nresp, .a0 = b->nattr,
	};
}

void
collect_batch_response(struct collect_batch *b, sqlite3_int64 qid, const char *qtext,
    const char *text, size_t len)
{
	if (b->nresp == b->capresp) {
		b->capresp = b->capresp ? 2 * b->capresp : 2 * BATCH_RESPONDENTS;
		b->resp = xreallocarray(b->resp, b->capresp, sizeof *b->resp);
	}
	b->resp[b->nresp++] = (struct collect_response){
		.qid = qid, .qtext = copy(b, qtext, strlen(qtext)),
		.text = copy(b, text, len), .len = len,
	};
	b->who[b->n - 1].nr++;
	b->bytes += len;
}

void
collect_batch_attr(struct collect_batch *b, const char *name, const char *value, size_t len)
{
	if (b->nattr == b->capattr) {
		b->capattr = b->capattr ? 2 * b->capattr : 4 * BATCH_RESPONDENTS;
		b->attr = xreallocarray(b->attr, b->capattr, sizeof *b->attr);
	}
	b->attr[b->nattr++] = (struct collect_attr){ name, copy(b, value, len), len };
	b->who[b->n - 1].na++;
}

int
collect_batch_full(const struct collect_batch *b)
{
	return b->n >= BATCH_RESPONDENTS || b->bytes >= BATCH_BYTES;
}

/* The helper's work: hash and redact every response of b. */
static void
finish(struct collect_batch *b)
{
	b->redacted = xcalloc(b->nresp ? b->nresp : 1, sizeof *b->redacted);
	for (size_t w = 0; w < b->n; w++) {
		const struct collect_respondent *p = &b->who[w];

		for (size_t i = p->r0; i < p->r0 + p->nr; i++) {
			struct collect_response *r = &b->resp[i];
			struct sha256 c;
			char hex[65];

			sha256_init(&c);
			sha256_update(&c, r->qtext, strlen(r->qtext) + 1);
			sha256_update(&c, p->who, strlen(p->who) + 1);
			sha256_update(&c, r->text, r->len);
			sha256_hex(&c, hex);
			memcpy(r->hash, hex, COLLECT_HASH_DIGITS);
			r->hash[COLLECT_HASH_DIGITS] = '\0';
			char *red = redact_text(r->text, r->len, NULL);
			if (strlen(red) == r->len && memcmp(red, r->text, r->len) == 0) {
				free(red);
				red = NULL;
			}
			r->redacted = b->redacted[i] = red;
		}
	}
}

static void *
helper(void *arg)
{
	collect_batch_queue *q = arg;

	pthread_mutex_lock(&q->mu);
	for (;;) {
		while (q->job == NULL && !q->quit)
			pthread_cond_wait(&q->cv, &q->mu);
		if (q->job == NULL)
			break;
		pthread_mutex_unlock(&q->mu);
		finish(q->job);
		pthread_mutex_lock(&q->mu);
		q->job = NULL;
		pthread_cond_broadcast(&q->cv);
	}
	pthread_mutex_unlock(&q->mu);
	return NULL;
}

collect_batch_queue *
collect_batch_queue_new(void)
{
	collect_batch_queue *q = xcalloc(1, sizeof *q);

	q->filling = &q->b[0];
	pthread_mutex_init(&q->mu, NULL);
	pthread_cond_init(&q->cv, NULL);
	q->threaded = pthread_create(&q->th, NULL, helper, q) == 0;
	return q;
}

void
collect_batch_queue_free(collect_batch_queue *q)
{
	if (q == NULL)
		return;
	if (q->threaded) {
		pthread_mutex_lock(&q->mu);
		q->quit = 1;
		pthread_cond_broadcast(&q->cv);
		pthread_mutex_unlock(&q->mu);
		pthread_join(q->th, NULL);	/* after it finishes any job */
	}
	pthread_mutex_destroy(&q->mu);
	pthread_cond_destroy(&q->cv);
	for (int i = 0; i < 3; i++)
		batch_free(&q->b[i]);
	free(q);
}

struct collect_batch *
collect_batch_filling(collect_batch_queue *q)
{
	return q->filling;
}

/* Hand the filling batch to the helper (or finish it here). */
static void
submit(collect_batch_queue *q, struct collect_batch *done)
{
	q->inflight = q->filling;
	if (q->threaded) {
		pthread_mutex_lock(&q->mu);
		q->job = q->inflight;
		pthread_cond_broadcast(&q->cv);
		pthread_mutex_unlock(&q->mu);
	} else
		finish(q->inflight);
	for (int i = 0; i < 3; i++)
		if (&q->b[i] != q->inflight && &q->b[i] != done)
			q->filling = &q->b[i];
}

struct collect_batch *
collect_batch_next(collect_batch_queue *q, int flush)
{
	struct collect_batch *done = NULL;

	if (q->returned) {		/* the caller has stored it */
		batch_reset(q->returned);
		q->returned = NULL;
	}
	if (flush && q->inflight == NULL && q->filling->n > 0)
		submit(q, NULL);
	if (q->inflight) {
		pthread_mutex_lock(&q->mu);
		while (q->job != NULL)
			pthread_cond_wait(&q->cv, &q->mu);
		pthread_mutex_unlock(&q->mu);
		done = q->inflight;
		q->inflight = NULL;
	}
	if (q->filling->n > 0)
		submit(q, done);
	return q->returned = done;
}
