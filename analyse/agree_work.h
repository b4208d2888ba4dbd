/* agree_work.h — the working state behind an agree_result, shared by the
 * two halves of `heed agree`: agree.c reads the human codes and matches
 * them to responses, agree_compute.c turns them into statistics and
 * disagreements.  Internal to analyse/agree*.c.
 *
 * Ownership: an agree_work owns every array and string in it and in its
 * units; agree_result.priv holds it, so agree_result_free() frees it. */
#ifndef HEED_AGREE_WORK_H
#define HEED_AGREE_WORK_H

#include "analyse/agree.h"

struct agree_unit {
	char *id, *question, *round;
	long line;			/* first line in the human file */
	sqlite3_int64 *resp;		/* the responses it covers */
	size_t nresp;
	unsigned char *heed;		/* [ntheme] */
	signed char *human;		/* [ncoder * ntheme], -1 = not coded */
	unsigned char *gold;		/* [ntheme] */
	signed char *pol;		/* [ncoder]: enum lexicon_polarity, -1 = none */
	long *polline;			/* [ncoder]: the line that gave it */
	int heedpol;			/* heed's joined polarity, -1 = none */
	int excluded;
};

struct agree_work {
	store *st;
	const char *file;
	sqlite3_int64 cb;
	char **keys;			/* codebook theme keys */
	size_t nkeys;
	char **coders;
	size_t ncoders;
	struct agree_unit *units;
	size_t nunits;
	/* human file columns */
	int col_id, col_theme, col_question, col_coder, col_round, col_polarity;
	int multi;			/* themes column: ;-joined */
	int header_done;
};

/* Fill res from w: per-theme and overall statistics, polarity agreement
 * when the human file has polarities, and the disagreements. */
int agree_compute(struct agree_work *w, struct agree_result *res, char **err);

#endif
