/* cmd_export.c — `heed export KIND`: CSV for spreadsheets and other tools. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "reports/export.h"
#include "src/cmd.h"
#include "src/msg.h"

static const struct {
	const char *name;
	export_fn *fn;
	const char *what;
} kinds[] = {
	{ "responses", export_responses,
	  "id,question,round,source,polarity,safeguarding,themes,text" },
	{ "codes", export_codes, "id,question,theme,rule,start,end,negated" },
	{ "review", export_review,
	  "id,response,question,round,text,heed_themes,accept,themes,reviewer,notes" },
};

static const char help[] =
    "Write CSV (RFC 4180, header row) on standard output or to a file.\n"
    "KIND is one of:\n"
    "  responses    id,question,round,source,polarity,safeguarding,themes,text\n"
    "  codes        id,question,theme,rule,start,end,negated\n"
    "  review       id,response,question,round,text,heed_themes,accept,themes,\n"
    "               reviewer,notes: fill in accept or themes, then run\n"
    "               'heed review import FILE'\n"
    "Text is the redacted text; safeguarding-flagged responses are never\n"
    "exported (see 'heed flags').  Cells a spreadsheet would run as a formula\n"
    "are prefixed with an apostrophe.\n\n"
    "Options:\n"
    "  -o, --output FILE   write to FILE (created readable by you only)\n"
    "  -f, --force         overwrite FILE if it exists\n"
    "  -r, --round LABEL   only this round\n"
    "  -t, --theme KEY     only responses coded with this theme\n"
    "      --unredacted    the original text instead of the redacted text\n";

/* Open path for writing, owner-only, refusing to overwrite unless force. */
static FILE *
open_output(const char *path, int force)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC |
	    (force ? O_TRUNC : O_EXCL), 0600);
	FILE *f;

	if (fd < 0) {
		if (errno == EEXIST)
			msg_error("%s: already exists (use --force to overwrite)", path);
		else
			msg_error("%s: %s", path, strerror(errno));
		return NULL;
	}
	if ((f = fdopen(fd, "w")) == NULL) {
		msg_error("%s: %s", path, strerror(errno));
		close(fd);
	}
	return f;
}

static int
exec_export(struct cmd_ctx *ctx, int argc, char **argv)
{
	enum { OPT_UNREDACTED = 256 };
	static const struct option longopts[] = {
		CMD_COMMON_LONGOPTS,
		{ "output", required_argument, NULL, 'o' },
		{ "force", no_argument, NULL, 'f' },
		{ "round", required_argument, NULL, 'r' },
		{ "theme", required_argument, NULL, 't' },
		{ "unredacted", no_argument, NULL, OPT_UNREDACTED },
		{ NULL, 0, NULL, 0 },
	};
	struct export_opts o = { NULL, NULL, 0, 5 };
	const char *output = NULL;
	int c, rc, force = 0;
	export_fn *fn = NULL;
	FILE *out = stdout;
	store *st;
	char *err = NULL;

	while ((c = getopt_long(argc, argv, "ho:fr:t:", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': output = optarg; break;
		case 'f': force = 1; break;
		case 'r': o.round = optarg; break;
		case 't': o.theme = optarg; break;
		case OPT_UNREDACTED: o.unredacted = 1; break;
		default:
			if ((rc = cmd_common_option(&cmd_export_entry, c)) >= 0)
				return rc;
		}
	}
	if (optind != argc - 1) {
		msg_error("export: %s", optind >= argc ? "which KIND?" : "one KIND only");
		return cmd_usage(&cmd_export_entry, HEED_EXIT_USAGE);
	}
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (strcmp(argv[optind], kinds[i].name) == 0)
			fn = kinds[i].fn;
	if (fn == NULL) {
		msg_error("export: unknown KIND '%s'", argv[optind]);
		return cmd_usage(&cmd_export_entry, HEED_EXIT_USAGE);
	}
	if ((st = cmd_open_store(ctx, STORE_READONLY)) == NULL)
		return HEED_EXIT_FAIL;
	if (output && (out = open_output(output, force)) == NULL) {
		store_close(st);
		return HEED_EXIT_FAIL;
	}
	rc = fn(st, out, &o, &err);
	if (rc < 0)
		msg_error_free(err);
	if (output && fclose(out) != 0 && rc == 0) {
		msg_error("%s: %s", output, strerror(errno));
		rc = -1;
	}
	store_close(st);
	return rc < 0 ? HEED_EXIT_FAIL : HEED_EXIT_OK;
}

const struct cmd_entry cmd_export_entry = {
	"export", "[OPTION]... KIND",
	"write responses, codes or theme counts as CSV",
	help, exec_export,
};
