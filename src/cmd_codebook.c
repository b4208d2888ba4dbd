/* cmd_codebook.c — `heed codebook`: validate, list or try a codebook. */
#include "config.h"

#include "src/cmd.h"
#include "src/msg.h"

static const char help[] =
    "Options:\n";

static int
exec_codebook(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		CMD_COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 },
	};
	int c, rc;

	(void)ctx;
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1)
		if ((rc = cmd_common_option(&cmd_codebook_entry, c)) >= 0)
			return rc;
	msg_error("codebook: not implemented yet");
	return HEED_EXIT_FAIL;
}

const struct cmd_entry cmd_codebook_entry = {
	"codebook", "check|show|try [OPTION]... [ARG]...",
	"validate, list or try a codebook",
	help, exec_codebook,
};
