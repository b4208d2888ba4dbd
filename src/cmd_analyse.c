/* cmd_analyse.c — `heed analyse`: code responses into themes with a codebook. */
#include "config.h"

#include <stdlib.h>
#include <unistd.h>

#include "analyse/analyse.h"
#include "analyse/codebook.h"
#include "analyse/coder.h"
#include "analyse/lexicon.h"
#include "src/cmd.h"
#include "src/msg.h"

static const char help[] =
    "Code every response that the codebook has not coded yet: themes, the\n"
    "rules that fired with their spans and negation, polarity, and\n"
    "safeguarding flags.  A changed codebook recodes every response; codes of\n"
    "earlier codebooks are kept.\n\n"
    "Options:\n"
    "  -c, --codebook FILE   the codebook (default: the installed default codebook)\n"
    "  -l, --lexicon FILE    the sentiment lexicon (default: the installed one)\n"
    "  -r, --round LABEL     only responses of this round\n"
    "  -j, --jobs N          coding threads (default: the processors online,\n"
    "                        at most 8)\n";

static void
warn_cb(void *arg, const char *m)
{
	(void)arg;
	msg_warn("%s", m);
}

/* Coding threads when --jobs is not given: one per processor online, at
 * most 8, which bounds the memory the threads take. */
static int
default_jobs(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n > 8 ? 8 : (int)n;
}

static int
exec_analyse(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		CMD_COMMON_LONGOPTS,
		{ "codebook", required_argument, NULL, 'c' },
		{ "lexicon", required_argument, NULL, 'l' },
		{ "round", required_argument, NULL, 'r' },
		{ "jobs", required_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 },
	};
	struct analyse_opts o = { NULL, default_jobs(), warn_cb, NULL };
	struct analyse_stats stats;
	const char *cbpath = NULL, *lexpath = NULL;
	codebook *cb = NULL;
	lexicon *lx = NULL;
	coder *co = NULL;
	store *st = NULL;
	char *err = NULL, *end;
	int c, rc = HEED_EXIT_FAIL;

	while ((c = getopt_long(argc, argv, "hc:l:r:j:", longopts, NULL)) != -1) {
		switch (c) {
		case 'c': cbpath = optarg; break;
		case 'l': lexpath = optarg; break;
		case 'r': o.round = optarg; break;
		case 'j':
			o.jobs = (int)strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end || o.jobs < 1 || o.jobs > 64) {
				msg_error("analyse: --jobs wants a number from 1 to 64, not '%s'", optarg);
				return cmd_usage(&cmd_analyse_entry, HEED_EXIT_USAGE);
			}
			break;
		default:
			if ((rc = cmd_common_option(&cmd_analyse_entry, c)) >= 0)
				return rc;
		}
	}
	if (optind < argc) {
		msg_error("analyse: unexpected argument '%s'", argv[optind]);
		return cmd_usage(&cmd_analyse_entry, HEED_EXIT_USAGE);
	}
	rc = HEED_EXIT_FAIL;
	if (codebook_load(cbpath ? cbpath : codebook_default_path(), &cb, &err) < 0 ||
	    lexicon_load(lexpath ? lexpath : lexicon_default_path(), &lx, &err) < 0 ||
	    coder_new(cb, lx, &co, &err) < 0) {
		msg_error_free(err);
		goto out;
	}
	if ((st = cmd_open_store(ctx, 0)) == NULL)
		goto out;
	if (analyse_run(st, cb, co, &o, &stats, &err) < 0) {
		msg_error_free(err);
		goto out;
	}
	printf("coded %ld responses with codebook %.12s: %ld with themes, %ld codes, "
	    "%ld newly flagged\n", stats.coded, codebook_hash(cb), stats.themed,
	    stats.codes, stats.flagged);
	if (stats.warnings)
		msg_warn("%ld rules hit a matching limit (see above)", stats.warnings);
	rc = HEED_EXIT_OK;
out:
	store_close(st);
	coder_free(co);
	lexicon_free(lx);
	codebook_free(cb);
	return rc;
}

const struct cmd_entry cmd_analyse_entry = {
	"analyse", "[OPTION]...",
	"code responses into themes with a codebook",
	help, exec_analyse,
};
