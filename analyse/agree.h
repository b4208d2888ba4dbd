/* agree.h — how far heed's codes agree with human coders.
 *
 * The statistics are pure functions in agree_stats.h.  agree_run() reads a
 * human coding file (or the stored reviews), matches it to responses, and
 * fills an agree_result with
 * the per-theme confusion, precision, recall, F1, Cohen's kappa, the overall
 * micro/macro F1 and exact-match share, the human coders' own agreement
 * (mean pairwise kappa, Krippendorff's alpha), polarity agreement when the
 * file gives polarities, and the disagreements.
 * agree_write.h turns a result into txt, csv, json or html.
 *
 * Undefined statistics (no data, or chance agreement of 1) are NAN.
 *
 * Ownership: agree_run() gives the caller a result released with
 * agree_result_free(); the store stays the caller's. */
#ifndef HEED_AGREE_H
#define HEED_AGREE_H

#include <stddef.h>

#include "analyse/agree_stats.h"
#include "analyse/lexicon.h"
#include "store/store.h"

/* ---- matching and the report ---- */

struct agree_opts {
	const char *human;	/* human coding CSV; NULL = the stored reviews */
	const char *codebook;	/* codebook file; NULL = the current codebook */
};

struct agree_span {
	size_t start, end;	/* bytes in agree_disagreement.text */
};

struct agree_disagreement {
	const char *id;		/* the unit's id (respondent ext_id) */
	const char *question;	/* NULL unless the human file named it */
	const char *theme;
	int missed;		/* 1: human coded theme, heed did not; 0: heed only */
	char *rules;		/* rules that fired, "; "-joined ("" when missed) */
	char *text;		/* redacted text of the unit's responses */
	struct agree_span *spans;	/* sorted, non-overlapping */
	size_t nspans;
	int hidden;		/* rules fired on text that redaction removed */
};

struct agree_theme {
	const char *key;
	struct agree_stats_confusion c;
	double precision, recall, f1, kappa;
	double heed_kappa;	/* mean kappa of heed against each coder */
	double human_kappa;	/* mean pairwise kappa between coders */
	double human_alpha;	/* Krippendorff's alpha between coders */
};

/* Polarity agreement, when the human file has a 'polarity' column: heed's
 * polarity of a unit is its responses' joined (lexicon_polarity_join); the
 * gold one is the polarity most of its coders gave (a tie leaves the unit
 * out).  Indexed by enum lexicon_polarity. */
struct agree_polarity {
	size_t nunits;			/* units compared */
	size_t nsame;			/* of which heed gave the gold polarity */
	double share;			/* nsame / nunits */
	double kappa;			/* Cohen's kappa, heed against gold */
	double human_kappa;		/* mean pairwise kappa between coders */
	long m[LEXICON_NPOLARITY][LEXICON_NPOLARITY];	/* [gold][heed] */
};

struct agree_result {
	char *source;		/* the human file, or "stored reviews" */
	long long codebook_id;
	char *codebook;		/* its name */
	char **coders;		/* "" for a file with no coder column */
	size_t ncoders;
	size_t nunits;		/* responses (units) compared */
	size_t excluded;	/* units left out: safeguarding-flagged */
	size_t nexact;		/* units whose theme sets are equal */
	double micro_f1, macro_f1, exact;
	struct agree_theme *themes;	/* themes coded by heed or a human */
	size_t nthemes;
	int has_polarity;	/* the human file has a 'polarity' column */
	struct agree_polarity polarity;
	struct agree_disagreement *dis;
	size_t ndis;
	void *priv;		/* storage behind the const char * fields */
};

int agree_run(store *st, const struct agree_opts *o, struct agree_result **out,
    char **err);
void agree_result_free(struct agree_result *r);

/* The theme keys (not flags) of a stored codebook text (analyse/codebook.h
 * codebook_load_text), in
 * order; *keys is the caller's (free each, then the array). */
size_t agree_codebook_themes(const char *text, char ***keys);

#endif
