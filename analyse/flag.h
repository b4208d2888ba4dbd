/* flag.h — safeguarding flags: listing them for the safeguarding lead and
 * moving them through open → referred → closed, every change kept in
 * flag_event as an audit trail.
 *
 * `heed analyse` raises flags (one row per flagged response, status open);
 * this module only reads and changes them.  Flagged responses never reach
 * reports or exports (the `reportable` view); here, for the lead, the
 * ORIGINAL response text is returned.
 *
 * Ownership: flag_list() and flag_get() fill arrays the caller releases with
 * flag_info_free() and flag_events_free(); every string in them is owned by
 * the array. */
#ifndef HEED_FLAG_H
#define HEED_FLAG_H

#include <stddef.h>

#include "store/store.h"

struct flag_info {
	sqlite3_int64 id, response_id;
	char *round;		/* round label */
	char *flag;		/* flag key, e.g. disclosure */
	char *rule;		/* codebook rule that raised it */
	char *status;		/* open, referred or closed */
	char *raised_at;
	char *changed_at;	/* latest flag_event, NULL when none */
	char *referred_to;	/* latest referral, NULL when never referred */
	char *note;		/* latest note, NULL when none */
	char *text;		/* the original response text */
};

struct flag_event_info {
	char *at, *status, *referred_to, *note, *actor;	/* NULL when absent */
};

/* Is s one of open, referred, closed? */
int flag_status_valid(const char *s);

/* Flags in id order; status and round (a label) filter when not NULL. */
int flag_list(store *st, const char *status, const char *round,
    struct flag_info **out, size_t *n, char **err);
void flag_info_free(struct flag_info *v, size_t n);

/* One flag and its audit trail (oldest first).  Fails with "no flag ID"
 * when there is none. */
int flag_get(store *st, sqlite3_int64 id, struct flag_info **out,
    struct flag_event_info **events, size_t *nevents, char **err);
void flag_events_free(struct flag_event_info *v, size_t n);

/* Refer an open or referred flag to someone (to: not empty); note may be
 * NULL.  Close an open or referred flag with an outcome note (not empty).
 * Each adds one flag_event row in the same transaction as the status
 * change; a closed flag cannot change again.  actor is the login name. */
int flag_refer(store *st, sqlite3_int64 id, const char *to, const char *note,
    const char *actor, char **err);
int flag_close(store *st, sqlite3_int64 id, const char *note,
    const char *actor, char **err);

/* For reports: how many flags were raised for a round's responses (all
 * rounds when round is NULL), and how many of them have status open and
 * referred (so raised - open - referred are closed). */
int flag_counts(store *st, const char *round, long *raised, long *open,
    long *referred, char **err);

#endif
