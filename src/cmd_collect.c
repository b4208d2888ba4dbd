/* cmd_collect.c — `heed collect`: import survey exports and forum or email text. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "collect/collect.h"
#include "collect/date.h"
#include "src/cmd.h"
#include "src/msg.h"
#include "util/xalloc.h"

static const char help[] =
    "Reads each FILE (- = standard input) in one transaction: a Google Forms,\n"
    "Microsoft Forms, SurveyMonkey, Qualtrics or LimeSurvey CSV export, any\n"
    "other CSV, or forum/email text (posts separated by a line \"---\").\n"
    "Responses already held are not stored twice.\n\n"
    "Options:\n"
    "  -r, --round LABEL        the round, e.g. 2026-Q3 (default: the quarter\n"
    "                           of each response's date)\n"
    "  -s, --source KIND        survey, forum, email, meeting or other\n"
    "                           (default: from the format)\n"
    "  -c, --consultation NAME  the consultation the rounds belong to\n"
    "  -f, --format FORMAT      google-forms, ms-forms, surveymonkey, qualtrics,\n"
    "                           limesurvey, csv or text (default: detected)\n"
    "  -t, --text-column COL    a free-text column (header text or 1-based\n"
    "                           number); repeatable (default: detected)\n"
    "      --id-column COL      the respondent id column\n"
    "      --date-column COL    the submission date column\n"
    "  -n, --dry-run            show what would be imported; store nothing\n"
    "      --skip-bad-rows      import the other rows, recording each bad\n"
    "                           row and why\n";

enum { OPT_ID = 256, OPT_DATE, OPT_SKIP };

static void
summary(const char *file, const struct collect_result *r, int dry)
{
	if (r->already) {
		printf("%s: already imported (import %lld), nothing stored\n", file,
		    r->already_id);
		return;
	}
	printf("%s: %ld response%s from %ld row%s (%ld question%s), %ld duplicate%s, "
	    "%ld rejected, ", file, r->responses, r->responses == 1 ? "" : "s",
	    r->rows, r->rows == 1 ? "" : "s", r->questions,
	    r->questions == 1 ? "" : "s", r->duplicates,
	    r->duplicates == 1 ? "" : "s", r->rejected);
	if (r->round_min[0] == '\0')
		printf("no rounds");
	else if (strcmp(r->round_min, r->round_max) == 0)
		printf("round %s", r->round_min);
	else
		printf("rounds %s..%s", r->round_min, r->round_max);
	printf(", format %s%s\n", collect_format_name(r->format),
	    dry ? " (dry run: nothing stored)" : "");
	if (r->responses == 0 && r->duplicates > 0 && !dry)
		printf("%s: every response was already held\n", file);
}

static int
exec_collect(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		CMD_COMMON_LONGOPTS,
		{ "round", required_argument, NULL, 'r' },
		{ "source", required_argument, NULL, 's' },
		{ "consultation", required_argument, NULL, 'c' },
		{ "format", required_argument, NULL, 'f' },
		{ "text-column", required_argument, NULL, 't' },
		{ "id-column", required_argument, NULL, OPT_ID },
		{ "date-column", required_argument, NULL, OPT_DATE },
		{ "dry-run", no_argument, NULL, 'n' },
		{ "skip-bad-rows", no_argument, NULL, OPT_SKIP },
		{ NULL, 0, NULL, 0 },
	};
	struct collect_opts o = { 0 };
	const char **texts = NULL;
	int c, rc, status = HEED_EXIT_OK;
	store *st;

	o.format = COLLECT_FMT_AUTO;
	while ((c = getopt_long(argc, argv, "hr:s:c:f:t:n", longopts, NULL)) != -1) {
		switch (c) {
		case 'r':
			if (!collect_round_valid(optarg)) {
				msg_error("collect: --round '%s': a round is YYYY-Qn, e.g. 2026-Q3",
				    optarg);
				free(texts);
				return cmd_usage(&cmd_collect_entry, HEED_EXIT_USAGE);
			}
			o.round = optarg;
			continue;
		case 's':
			if (!collect_source_valid(optarg)) {
				msg_error("collect: --source '%s': one of survey, forum, email, "
				    "meeting, other", optarg);
				free(texts);
				return cmd_usage(&cmd_collect_entry, HEED_EXIT_USAGE);
			}
			o.source = optarg;
			continue;
		case 'c':
			o.consultation = optarg;
			continue;
		case 'f':
			if ((o.format = collect_format_parse(optarg)) == COLLECT_FMT_AUTO) {
				msg_error("collect: --format '%s': one of google-forms, ms-forms, "
				    "surveymonkey, qualtrics, limesurvey, csv, text", optarg);
				free(texts);
				return cmd_usage(&cmd_collect_entry, HEED_EXIT_USAGE);
			}
			continue;
		case 't':
			texts = xreallocarray(texts, o.ntext + 1, sizeof *texts);
			texts[o.ntext++] = optarg;
			o.text_cols = texts;
			continue;
		case OPT_ID:
			o.id_col = optarg;
			continue;
		case OPT_DATE:
			o.date_col = optarg;
			continue;
		case 'n':
			o.dry_run = 1;
			continue;
		case OPT_SKIP:
			o.skip_bad_rows = 1;
			continue;
		}
		if ((rc = cmd_common_option(&cmd_collect_entry, c)) >= 0) {
			free(texts);
			return rc;
		}
	}
	if (optind >= argc) {
		msg_error("collect: no file given");
		free(texts);
		return cmd_usage(&cmd_collect_entry, HEED_EXIT_USAGE);
	}
	if ((st = cmd_open_store(ctx, 0)) == NULL) {
		free(texts);
		return HEED_EXIT_FAIL;
	}
	for (int i = optind; i < argc; i++) {
		struct collect_result res;
		struct buf desc = BUF_INIT;
		char *err = NULL;

		if (collect_file(st, argv[i], &o, &res, &desc, &err) < 0) {
			msg_error_free(err);
			status = HEED_EXIT_FAIL;
		} else {
			fputs(buf_str(&desc), stdout);
			summary(argv[i], &res, o.dry_run);
		}
		buf_free(&desc);
	}
	store_close(st);
	free(texts);
	return status;
}

const struct cmd_entry cmd_collect_entry = {
	"collect", "[OPTION]... FILE...",
	"import survey exports and forum or email text",
	help, exec_collect,
};
