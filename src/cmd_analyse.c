/* cmd_analyse.c — `heed analyse`: code responses into themes with a codebook. */
#include "config.h"

#include "src/cmd.h"
#include "src/msg.h"

static const char help[] =
    "Options:\n";

static int
exec_analyse(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		CMD_COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 },
	};
	int c, rc;

	(void)ctx;
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1)
		if ((rc = cmd_common_option(&cmd_analyse_entry, c)) >= 0)
			return rc;
	msg_error("analyse: not implemented yet");
	return HEED_EXIT_FAIL;
}

const struct cmd_entry cmd_analyse_entry = {
	"analyse", "[OPTION]...",
	"code responses into themes with a codebook",
	help, exec_analyse,
};
