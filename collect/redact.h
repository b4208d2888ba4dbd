/* redact.h — find personal data in response text and replace it with typed
 * placeholders ([email], [phone], [postcode], [name], [school],
 * [date of birth], [NI number], [url]).
 *
 * redact_text() returns a malloc'd NUL-terminated UTF-8 string the caller
 * frees.  It never fails (invalid UTF-8 passes through unchanged).  When
 * counts is not NULL, counts[type] is incremented for each replacement. */
#ifndef HEED_REDACT_H
#define HEED_REDACT_H

#include <stddef.h>

enum redact_type {
	REDACT_EMAIL, REDACT_PHONE, REDACT_POSTCODE, REDACT_NAME, REDACT_SCHOOL,
	REDACT_DOB, REDACT_NINO, REDACT_URL,
	REDACT_NTYPES
};

char *redact_text(const char *text, size_t len, unsigned counts[REDACT_NTYPES]);
/* The placeholder for a type, e.g. "[email]". */
const char *redact_placeholder(enum redact_type t);

#endif
