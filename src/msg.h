/* msg.h — the one way heed talks to the user about problems.
 * Only the command layer (src/) calls these; library code returns errors. */
#ifndef HEED_MSG_H
#define HEED_MSG_H

/* "heed: MESSAGE\n" on stderr. */
void msg_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "heed: warning: MESSAGE\n" on stderr. */
void msg_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Print err (an err.h message) as an error and free it. */
void msg_error_free(char *err);
/* atexit handler: fail (exit 1) if writing standard output failed. */
void msg_close_stdout(void);

#endif
