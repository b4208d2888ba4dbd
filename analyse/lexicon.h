/* lexicon.h — the sentiment lexicon (data/sentiment.lexicon) and polarity.
 *
 * The file's format is described at its top: one entry a line, a word,
 * `word*` prefix or phrase, then a score from -3 to +3 (optionally followed
 * by `fixed`), or `xF` for an intensifier that multiplies the next
 * sentiment word by F.
 *
 * Scoring (lexicon_score): every sentiment word scores its value, times an
 * intensifier met within the two words before it; a negator ending within
 * the three words before it in the same clause flips and halves it ("not
 * helpful" = -1), unless the entry is marked fixed, and an entry holding
 * that negator ("never once") then scores nothing; after "but"/"however" in a sentence, what came before
 * counts half and what follows one and a half times; a question or request
 * (not "why ...?") counts half.  With a lexicon, two
 * cues count 1 against: scare quotes round one to six words inside a longer
 * text (a sentiment word inside turned round as irony; not after "call it",
 * "the term" ...), and "??", "?!" or "!?".
 *
 * Ownership: lexicon_load() gives a lexicon freed with lexicon_free();
 * lexicon_score() writes into the caller's array. */
#ifndef HEED_LEXICON_H
#define HEED_LEXICON_H

#include <stddef.h>

#include "analyse/text.h"

typedef struct lexicon lexicon;

enum lexicon_polarity {
	LEXICON_NEUTRAL, LEXICON_POSITIVE, LEXICON_NEGATIVE, LEXICON_MIXED,
	LEXICON_NPOLARITY
};

int lexicon_load(const char *path, lexicon **out, char **err);
void lexicon_free(lexicon *lx);
size_t lexicon_size(const lexicon *lx);

/* $HEED_DATADIR/sentiment.lexicon else the installed one (static storage). */
const char *lexicon_default_path(void);

/* Score each token of text: score[i] is token i's signed contribution.
 * negend[i] is non-zero when token i ends a negator.  Unless last is NULL,
 * last[i] is the last token of the entry scored at token i (i for a word
 * or cue). */
void lexicon_score(const lexicon *lx, const char *text, size_t n,
    const struct text_tok *tok, size_t ntok, const unsigned char *negend,
    double *score, size_t *last);

/* Polarity of summed positive and (positive) negative evidence: mixed when
 * both reach 1.5 and the weaker is at least a third of the stronger; else
 * positive when pos - neg >= 1, negative when neg - pos >= 0.5; else
 * neutral. */
enum lexicon_polarity lexicon_classify(double pos, double neg);
const char *lexicon_polarity_name(enum lexicon_polarity p);
/* The polarity named name (any case), or -1. */
int lexicon_polarity_parse(const char *name);
/* The polarity of two texts read together: neutral adds nothing; praise
 * and criticism together are mixed. */
enum lexicon_polarity lexicon_polarity_join(enum lexicon_polarity a,
    enum lexicon_polarity b);

#endif
