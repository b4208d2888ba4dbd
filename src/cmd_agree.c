/* cmd_agree.c — `heed agree`: heed's codes against human codes. */
#include "config.h"

#include <string.h>

#include "analyse/agree.h"
#include "analyse/agree_write.h"
#include "src/cmd.h"
#include "src/msg.h"

static const char help[] =
    "Compare heed's themes with human coding of the same responses: per theme\n"
    "support, TP/FP/FN/TN, precision, recall, F1 and Cohen's kappa; micro- and\n"
    "macro-F1 and the exact-match share; with two or more coders their own\n"
    "mean pairwise kappa and Krippendorff's alpha; then every disagreement with\n"
    "the redacted text, the spans that fired and their rules.\n"
    "HUMAN.csv has a header with 'id' (the respondent id from the input) and\n"
    "'theme' (one row per code) or 'themes' (';'-joined; empty or 'none' = no\n"
    "theme), optionally 'question', 'round', 'coder' and 'polarity'\n"
    "(positive, negative, mixed or neutral: adds polarity agreement and its\n"
    "table).  Without HUMAN.csv,\n"
    "or with --reviewed, the stored reviews ('heed review import') are the\n"
    "human codes.\n\n"
    "Options:\n"
    "  -c, --codebook FILE  heed's codes from this codebook (default: current)\n"
    "  -F, --format FMT     txt (default), csv, json or html\n"
    "  -R, --reviewed       use the stored reviews as the human codes\n";

static int
exec_agree(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		CMD_COMMON_LONGOPTS,
		{ "codebook", required_argument, NULL, 'c' },
		{ "format", required_argument, NULL, 'F' },
		{ "reviewed", no_argument, NULL, 'R' },
		{ NULL, 0, NULL, 0 },
	};
	struct agree_opts o = { NULL, NULL };
	struct agree_result *res;
	const char *format = "txt";
	int c, rc, reviewed = 0;
	char *err = NULL;
	store *st;

	while ((c = getopt_long(argc, argv, "hc:F:R", longopts, NULL)) != -1) {
		switch (c) {
		case 'c': o.codebook = optarg; break;
		case 'F': format = optarg; break;
		case 'R': reviewed = 1; break;
		default:
			if ((rc = cmd_common_option(&cmd_agree_entry, c)) >= 0)
				return rc;
		}
	}
	if (argc - optind > 1 || (reviewed && optind < argc)) {
		msg_error("agree: give one HUMAN.csv, or --reviewed");
		return cmd_usage(&cmd_agree_entry, HEED_EXIT_USAGE);
	}
	if (!agree_write_known(format)) {
		msg_error("agree: unknown format '%s' (txt, csv, json or html)", format);
		return cmd_usage(&cmd_agree_entry, HEED_EXIT_USAGE);
	}
	if (optind < argc)
		o.human = argv[optind];
	if ((st = cmd_open_store(ctx, STORE_READONLY)) == NULL)
		return HEED_EXIT_FAIL;
	rc = agree_run(st, &o, &res, &err);
	if (rc == 0) {
		rc = agree_write(stdout, res, format, &err);
		agree_result_free(res);
	}
	if (rc < 0)
		msg_error_free(err);
	store_close(st);
	return rc < 0 ? HEED_EXIT_FAIL : HEED_EXIT_OK;
}

const struct cmd_entry cmd_agree_entry = {
	"agree", "[OPTION]... [HUMAN.csv]",
	"measure how far heed's themes agree with human coding",
	help, exec_agree,
};
