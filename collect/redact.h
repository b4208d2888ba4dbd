/* redact.h — find personal data in response text and replace it with typed
 * placeholders ([email], [phone], [postcode], [name], [school],
 * [date of birth], [NI number], [url]).
 *
 * Detection is a few passes of PCRE2 patterns (UTF, UCP, JIT), compiled once
 * per process on first use (thread-safe); every call is independent, so
 * redact_text() and redact_find() may run on many threads at once.  Names
 * are found only in the contexts parents use them ("my son Jack",
 * "Katie's EHCP", "our officer, Mrs Patel", "called Amy", signatures);
 * dates only near "born", "DOB", "date of birth" or "birthday".
 *
 * redact_text() returns a malloc'd NUL-terminated UTF-8 string the caller
 * frees.  It never fails: invalid UTF-8 is copied through unchanged (the
 * valid text around it is still redacted).  When counts is not NULL,
 * counts[type] is incremented for each replacement.  Should the pattern
 * ever fail to compile, every non-empty text becomes "[redacted]": heed
 * never lets personal data through because of its own error.
 *
 * redact_find() stores the spans it would replace, in text order and not
 * overlapping, in *out: a malloc'd array the caller frees (NULL when the
 * count returned is 0). */
#ifndef HEED_REDACT_H
#define HEED_REDACT_H

#include <stddef.h>

enum redact_type {
	REDACT_EMAIL, REDACT_PHONE, REDACT_POSTCODE, REDACT_NAME, REDACT_SCHOOL,
	REDACT_DOB, REDACT_NINO, REDACT_URL,
	REDACT_NTYPES
};

struct redact_span {
	size_t start, end;	/* byte span [start, end) in the text */
	enum redact_type type;
};

char *redact_text(const char *text, size_t len, unsigned counts[REDACT_NTYPES]);
size_t redact_find(const char *text, size_t len, struct redact_span **out);
/* The placeholder for a type, e.g. "[email]". */
const char *redact_placeholder(enum redact_type t);
/* The type's short name as used in tests and messages, e.g. "email", "dob";
 * redact_type_from_name() returns -1 for an unknown name. */
const char *redact_type_name(enum redact_type t);
int redact_type_from_name(const char *name, size_t len);
/* Compile the pattern now (redact_text does it on first use); returns -1
 * and fills *err if it cannot be compiled. */
int redact_init(char **err);

#endif
