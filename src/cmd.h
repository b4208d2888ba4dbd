/* cmd.h — the command table and what every command shares.
 *
 * Each command lives in src/cmd_<name>.c and exports one const struct
 * cmd_entry; src/cmd.c lists them.  A command's exec() parses its own
 * options with getopt_long (argv[0] is the command name), does its work
 * through the library, prints, and returns an exit status below. */
#ifndef HEED_CMD_H
#define HEED_CMD_H

#include <getopt.h>
#include <stdio.h>

#include "store/store.h"

/* Exit statuses, documented in heed(1) EXIT STATUS. */
enum {
	HEED_EXIT_OK = 0,	/* success */
	HEED_EXIT_FAIL = 1,	/* the work failed: bad input, I/O, database */
	HEED_EXIT_USAGE = 2,	/* bad command line */
};

struct cmd_ctx {
	const char *db_path;	/* --db, else $HEED_DB, else ./heed.db */
};

struct cmd_entry {
	const char *name;
	const char *args;	/* synopsis after the name, e.g. "[OPTION]... FILE..." */
	const char *summary;	/* one line for `heed --help` */
	const char *help;	/* the options, as printed by `heed CMD --help` */
	int (*exec)(struct cmd_ctx *ctx, int argc, char **argv);
};

extern const struct cmd_entry cmd_collect_entry;
extern const struct cmd_entry cmd_analyse_entry;
extern const struct cmd_entry cmd_codebook_entry;
extern const struct cmd_entry cmd_report_entry;
extern const struct cmd_entry cmd_export_entry;
extern const struct cmd_entry cmd_status_entry;
extern const struct cmd_entry cmd_agree_entry;
extern const struct cmd_entry cmd_review_entry;
extern const struct cmd_entry cmd_flags_entry;

extern const struct cmd_entry *const cmd_table[];

/* The command named name or a unique prefix of one; NULL otherwise, with
 * *ambiguous set when the prefix matched several. */
const struct cmd_entry *cmd_find(const char *name, int *ambiguous);

/* Print usage: status 0 → full help on stdout; otherwise a hint on stderr.
 * Returns status, so `return cmd_usage(e, HEED_EXIT_USAGE);` reads well. */
int cmd_usage(const struct cmd_entry *e, int status);

/* Reset getopt for a command's own option parsing. */
void cmd_getopt_reset(void);

/* Open the database for a command; prints the error itself on failure. */
store *cmd_open_store(struct cmd_ctx *ctx, int flags);

/* Handle the options every command takes in its getopt switch:
 * returns -1 if c was not one of them, else the exit status to return. */
#define CMD_COMMON_LONGOPTS { "help", no_argument, NULL, 'h' }
int cmd_common_option(const struct cmd_entry *e, int c);

#endif
