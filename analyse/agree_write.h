/* agree_write.h — an agree_result as an aligned text table, CSV, JSON or a
 * self-contained HTML page.  Disagreements show the redacted text with the
 * spans that fired marked («…» in text, <mark> in HTML) and the rules, or
 * "missed: THEME".  Writes to a FILE the caller owns; returns 0, or -1 with
 * *err for an unknown format. */
#ifndef HEED_AGREE_WRITE_H
#define HEED_AGREE_WRITE_H

#include <stdio.h>

#include "analyse/agree.h"

/* Is name one of txt, csv, json, html? */
int agree_write_known(const char *name);
int agree_write(FILE *out, const struct agree_result *r, const char *format, char **err);

#endif
