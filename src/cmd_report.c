/* cmd_report.c — `heed report`: write charts and a reflection report. */
#include "config.h"

#include "src/cmd.h"
#include "src/msg.h"

static const char help[] =
    "Options:\n";

static int
exec_report(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		CMD_COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 },
	};
	int c, rc;

	(void)ctx;
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1)
		if ((rc = cmd_common_option(&cmd_report_entry, c)) >= 0)
			return rc;
	msg_error("report: not implemented yet");
	return HEED_EXIT_FAIL;
}

const struct cmd_entry cmd_report_entry = {
	"report", "[OPTION]...",
	"write charts and a reflection report",
	help, exec_report,
};
