/* cmd_report.c — `heed report`: write charts and a reflection report. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "reports/render.h"
#include "reports/report.h"
#include "src/cmd.h"
#include "src/msg.h"

static const char help[] =
    "Writes the reflection report (What? So what? Now what?) for a round,\n"
    "with charts, into DIR: report.html (self-contained), report.md,\n"
    "report.txt or report.json, and a PNG of each chart for HTML and\n"
    "Markdown.  Same database and options give the same bytes.\n\n"
    "Options:\n"
    "  -r, --round LABEL     the round to report (default: the latest)\n"
    "  -c, --compare LABEL   the round to compare with (default: the one\n"
    "                        before; 'none' for no comparison)\n"
    "  -F, --format FORMAT   html (default), md, txt or json\n"
    "  -o, --output DIR      where to write (default: report), created\n"
    "                        readable by you only\n"
    "  -b, --by NAME         break results down by a respondent attribute\n"
    "                        (e.g. area) or by 'source' (the default)\n"
    "  -m, --min-count N     show counts below N as <N (default 5)\n"
    "  -f, --force           overwrite report files that already exist\n";

static int
exec_report(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		CMD_COMMON_LONGOPTS,
		{ "round", required_argument, NULL, 'r' },
		{ "compare", required_argument, NULL, 'c' },
		{ "format", required_argument, NULL, 'F' },
		{ "output", required_argument, NULL, 'o' },
		{ "by", required_argument, NULL, 'b' },
		{ "min-count", required_argument, NULL, 'm' },
		{ "force", no_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 },
	};
	static const char *const formats[] = { "html", "md", "txt", "json" };
	struct report_opts o = { NULL, NULL, NULL, 5 };
	struct render_opts ro = { RENDER_HTML, "report", 0 };
	struct report r;
	char *err = NULL, *written = NULL, *end;
	store *st;
	int c, rc, found;

	while ((c = getopt_long(argc, argv, "hr:c:F:o:b:m:f", longopts, NULL)) != -1) {
		switch (c) {
		case 'r': o.round = optarg; break;
		case 'c': o.compare = optarg; break;
		case 'b': o.by = optarg; break;
		case 'o': ro.dir = optarg; break;
		case 'f': ro.force = 1; break;
		case 'F':
			found = 0;
			for (int i = 0; i < 4; i++)
				if (strcmp(optarg, formats[i]) == 0)
					ro.format = (enum render_format)i, found = 1;
			if (!found) {
				msg_error("report: unknown format '%s' (html, md, txt, json)", optarg);
				return cmd_usage(&cmd_report_entry, HEED_EXIT_USAGE);
			}
			break;
		case 'm':
			o.min_count = (int)strtol(optarg, &end, 10);
			if (*end || end == optarg || o.min_count < 1 || o.min_count > 1000) {
				msg_error("report: --min-count must be a number from 1 to 1000");
				return cmd_usage(&cmd_report_entry, HEED_EXIT_USAGE);
			}
			break;
		default:
			if ((rc = cmd_common_option(&cmd_report_entry, c)) >= 0)
				return rc;
		}
	}
	if (optind < argc) {
		msg_error("report: unexpected argument '%s'", argv[optind]);
		return cmd_usage(&cmd_report_entry, HEED_EXIT_USAGE);
	}
	if ((st = cmd_open_store(ctx, STORE_READONLY | STORE_MUST_EXIST |
	    STORE_NO_PAGE_CHECK)) == NULL)
		return HEED_EXIT_FAIL;
	rc = report_load(st, &o, &r, &err);
	store_close(st);
	if (rc == 0) {
		rc = render_report(&r, &ro, &written, &err);
		report_free(&r);
	}
	if (rc < 0) {
		msg_error_free(err);
		free(written);
		return HEED_EXIT_FAIL;
	}
	printf("%s\n", written);
	free(written);
	return HEED_EXIT_OK;
}

const struct cmd_entry cmd_report_entry = {
	"report", "[OPTION]...",
	"write charts and a reflection report",
	help, exec_report,
};
