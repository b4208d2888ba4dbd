/* main.c — heed's entry point: global options, then the command table. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "src/cmd.h"
#include "src/msg.h"

static int
usage(int status)
{
	if (status != HEED_EXIT_OK) {
		fputs("Try 'heed --help' for more information.\n", stderr);
		return status;
	}
	printf("Usage: heed [--db FILE] COMMAND [OPTION]...\n"
	    "Turn what parents tell a local authority into evidence a service can act on.\n\n"
	    "Commands:\n");
	for (const struct cmd_entry *const *e = cmd_table; *e; e++)
		printf("  %-10s %s\n", (*e)->name, (*e)->summary);
	printf("\nOptions:\n"
	    "  -d, --db FILE   the database (default: $HEED_DB, else ./heed.db)\n"
	    "  -h, --help      show this help and exit\n"
	    "  -V, --version   show the version and exit\n\n"
	    "Environment: HEED_DB (the database), HEED_DATADIR (default codebook and\n"
	    "lexicon), HEED_BUSY_TIMEOUT (seconds a writer waits for another; 600).\n\n"
	    "'heed COMMAND --help' describes a command; a unique prefix of a\n"
	    "command name is accepted.  See heed(1) and heed-codebook(5).\n");
	return status;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	struct cmd_ctx ctx = { NULL };
	const struct cmd_entry *e;
	int c, ambiguous;

	atexit(msg_close_stdout);
	while ((c = getopt_long(argc, argv, "+d:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'd':
			ctx.db_path = optarg;
			break;
		case 'h':
			return usage(HEED_EXIT_OK);
		case 'V':
			printf("heed %s\n", PACKAGE_VERSION);
			return HEED_EXIT_OK;
		default:
			return usage(HEED_EXIT_USAGE);
		}
	}
	if (optind >= argc) {
		msg_error("no command given");
		return usage(HEED_EXIT_USAGE);
	}
	if (ctx.db_path == NULL)
		ctx.db_path = getenv("HEED_DB");
	if (ctx.db_path == NULL || *ctx.db_path == '\0')
		ctx.db_path = "heed.db";

	e = cmd_find(argv[optind], &ambiguous);
	if (e == NULL) {
		msg_error("%s command '%s'", ambiguous ? "ambiguous" : "unknown", argv[optind]);
		return usage(HEED_EXIT_USAGE);
	}
	int first = optind;

	argv[first] = (char *)e->name;
	cmd_getopt_reset();
	return e->exec(&ctx, argc - first, argv + first);
}
