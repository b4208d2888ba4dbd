/* cmd_review.c — `heed review import`: store a person's review decisions. */
#include "config.h"

#include <string.h>

#include "analyse/review.h"
#include "src/cmd.h"
#include "src/msg.h"

static const char help[] =
    "Read a review sheet written by 'heed export review' and filled in by a\n"
    "person, and store each decision as an override of heed's themes: reports,\n"
    "exports and 'heed agree --reviewed' use the latest human decision.\n"
    "Per row: accept = y keeps the themes in heed_themes; otherwise themes\n"
    "holds the corrected ';'-joined list ('none' = no theme).  Rows with both\n"
    "empty are skipped.  Any invalid row stops the import: nothing is stored.\n\n"
    "Options:\n"
    "  -r, --reviewer NAME  who reviewed, for rows with an empty reviewer cell\n";

static int
exec_review(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		CMD_COMMON_LONGOPTS,
		{ "reviewer", required_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 },
	};
	const char *reviewer = NULL;
	struct review_stats rs;
	long total = 0;
	int c, rc;
	char *err = NULL;
	store *st;

	while ((c = getopt_long(argc, argv, "hr:", longopts, NULL)) != -1) {
		switch (c) {
		case 'r': reviewer = optarg; break;
		default:
			if ((rc = cmd_common_option(&cmd_review_entry, c)) >= 0)
				return rc;
		}
	}
	if (argc - optind != 2 || strcmp(argv[optind], "import") != 0) {
		msg_error("review: expected 'import FILE'");
		return cmd_usage(&cmd_review_entry, HEED_EXIT_USAGE);
	}
	if ((st = cmd_open_store(ctx, STORE_MUST_EXIST)) == NULL)
		return HEED_EXIT_FAIL;
	rc = review_import(st, argv[optind + 1], reviewer, &rs, &err);
	if (rc == 0)
		rc = review_count(st, NULL, &total, &err);
	if (rc < 0)
		msg_error_free(err);
	else
		printf("%s: %ld row%s, %ld review%s stored (%ld changed heed's themes), "
		    "%ld without a decision skipped; %ld response%s reviewed in all\n",
		    argv[optind + 1], rs.rows, rs.rows == 1 ? "" : "s", rs.stored,
		    rs.stored == 1 ? "" : "s", rs.changed, rs.skipped, total,
		    total == 1 ? "" : "s");
	store_close(st);
	return rc < 0 ? HEED_EXIT_FAIL : HEED_EXIT_OK;
}

const struct cmd_entry cmd_review_entry = {
	"review", "import [OPTION]... FILE",
	"store a person's review of heed's themes",
	help, exec_review,
};
