/* cmd.c — the command table, lookup by unique prefix, shared helpers. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "src/cmd.h"
#include "src/msg.h"

const struct cmd_entry *const cmd_table[] = {
	&cmd_collect_entry,
	&cmd_analyse_entry,
	&cmd_codebook_entry,
	&cmd_report_entry,
	&cmd_export_entry,
	&cmd_status_entry,
	&cmd_agree_entry,
	&cmd_review_entry,
	&cmd_flags_entry,
	NULL,
};

const struct cmd_entry *
cmd_find(const char *name, int *ambiguous)
{
	const struct cmd_entry *found = NULL;
	size_t n = strlen(name);

	*ambiguous = 0;
	for (const struct cmd_entry *const *e = cmd_table; *e; e++) {
		if (strcmp((*e)->name, name) == 0)
			return *e;
		if (n > 0 && strncmp((*e)->name, name, n) == 0) {
			if (found)
				*ambiguous = 1;
			found = *e;
		}
	}
	return *ambiguous ? NULL : found;
}

int
cmd_usage(const struct cmd_entry *e, int status)
{
	if (status != HEED_EXIT_OK) {
		fprintf(stderr, "Try 'heed %s --help' for more information.\n", e->name);
		return status;
	}
	printf("Usage: heed [--db FILE] %s %s\n%s.\n\n%s", e->name, e->args,
	    e->summary, e->help);
	printf("  -h, --help     show this help and exit\n");
	return status;
}

void
cmd_getopt_reset(void)
{
	optind = 0;	/* glibc: full re-initialisation */
	opterr = 1;
}

int
cmd_common_option(const struct cmd_entry *e, int c)
{
	switch (c) {
	case 'h':
		return cmd_usage(e, HEED_EXIT_OK);
	case '?':
		return cmd_usage(e, HEED_EXIT_USAGE);
	default:
		return -1;
	}
}

store *
cmd_open_store(struct cmd_ctx *ctx, int flags)
{
	store *st;
	char *err = NULL;

	if (store_open(ctx->db_path, flags, &st, &err) < 0) {
		msg_error_free(err);
		return NULL;
	}
	return st;
}
