/* gen_vocab.h — the phrases bench/gen builds free-text answers from.
 *
 * Each list is a NULL-terminated array of static strings (nothing to free).
 * gen_themed: sentences about one of the 15 themes of THEMES.md, in the
 * register parents write in; gen_filler: sentences about none of them;
 * gen_openers: a few words that may start a sentence; gen_trivial: whole
 * answers such as "n/a". */
#ifndef HEED_GEN_VOCAB_H
#define HEED_GEN_VOCAB_H

extern const char *const gen_themed[];
extern const char *const gen_filler[];
extern const char *const gen_openers[];
extern const char *const gen_trivial[];

#endif
