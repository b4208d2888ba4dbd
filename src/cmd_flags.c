/* cmd_flags.c — `heed flags`: safeguarding flags for the safeguarding lead.
 * The only command that prints original (unredacted) response text. */
#include "config.h"

#include <errno.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyse/flag.h"
#include "src/cmd.h"
#include "src/msg.h"

static const char help[] =
    "Safeguarding flags raised by the codebook's flag rules, for the\n"
    "safeguarding lead.  Flagged responses never appear in reports or\n"
    "exports; this command shows their ORIGINAL, unredacted text, and is the\n"
    "only one that does.\n\n"
    "  list                 flags with id, round, rule, status and text (default)\n"
    "  show ID              one flag with its audit trail\n"
    "  refer ID --to WHO    mark it referred to WHO (a person or service)\n"
    "  close ID --note TXT  close it, recording the outcome\n"
    "Every change is kept, with time and login name, in the audit trail.\n\n"
    "Options:\n"
    "  -s, --status STATUS  list: only open, referred or closed flags\n"
    "  -r, --round LABEL    list: only flags on this round's responses\n"
    "  -t, --to WHO         refer: to whom\n"
    "  -n, --note TEXT      close: the outcome; refer: an optional note\n";

/* The login name of whoever runs heed, for the audit trail. */
static const char *
actor(void)
{
	struct passwd *pw = getpwuid(getuid());
	const char *user;

	if (pw && pw->pw_name && *pw->pw_name)
		return pw->pw_name;
	user = getenv("USER");
	return user && *user ? user : "unknown";
}

/* Print text indented, each line of it on its own output line. */
static void
print_indented(const char *text, const char *indent)
{
	fputs(indent, stdout);
	for (const char *p = text ? text : ""; *p; p++) {
		putchar(*p);
		if (*p == '\n' && p[1])
			fputs(indent, stdout);
	}
	putchar('\n');
}

static void
print_status(const struct flag_info *f)
{
	printf("%s", f->status);
	if (strcmp(f->status, "referred") == 0 && f->referred_to)
		printf(" to %s", f->referred_to);
	if (f->changed_at)
		printf(" (%s)", f->changed_at);
	if (strcmp(f->status, "closed") == 0 && f->note)
		printf(": %s", f->note);
}

static int
do_list(store *st, const char *status, const char *round)
{
	struct flag_info *v;
	size_t n;
	char *err = NULL;

	if (flag_list(st, status, round, &v, &n, &err) < 0) {
		msg_error_free(err);
		return HEED_EXIT_FAIL;
	}
	for (size_t i = 0; i < n; i++) {
		printf("flag %lld  round %s  %s  rule %s  raised %s\n  status: ",
		    (long long)v[i].id, v[i].round, v[i].flag, v[i].rule, v[i].raised_at);
		print_status(&v[i]);
		printf("\n");
		print_indented(v[i].text, "  | ");
	}
	printf("%zu flag%s\n", n, n == 1 ? "" : "s");
	flag_info_free(v, n);
	return HEED_EXIT_OK;
}

static int
do_show(store *st, sqlite3_int64 id)
{
	struct flag_info *f;
	struct flag_event_info *ev;
	size_t nev;
	char *err = NULL;

	if (flag_get(st, id, &f, &ev, &nev, &err) < 0) {
		msg_error_free(err);
		return HEED_EXIT_FAIL;
	}
	printf("flag %lld: %s\nrule: %s\nround: %s\nresponse: %lld\nstatus: ",
	    (long long)f->id, f->flag, f->rule, f->round, (long long)f->response_id);
	print_status(f);
	printf("\ntext:\n");
	print_indented(f->text, "  | ");
	printf("history:\n  %s  open      raised by heed analyse\n", f->raised_at);
	for (size_t i = 0; i < nev; i++) {
		printf("  %s  %-8s ", ev[i].at, ev[i].status);
		if (ev[i].referred_to)
			printf(" to %s", ev[i].referred_to);
		if (ev[i].note)
			printf(" note: %s", ev[i].note);
		printf("  by %s\n", ev[i].actor ? ev[i].actor : "unknown");
	}
	flag_info_free(f, 1);
	flag_events_free(ev, nev);
	return HEED_EXIT_OK;
}

/* Parse a flag id: a positive decimal integer. */
static int
parse_id(const char *s, sqlite3_int64 *id)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno || end == s || *end || v <= 0)
		return -1;
	*id = v;
	return 0;
}

static int
exec_flags(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		CMD_COMMON_LONGOPTS,
		{ "status", required_argument, NULL, 's' },
		{ "round", required_argument, NULL, 'r' },
		{ "to", required_argument, NULL, 't' },
		{ "note", required_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 },
	};
	const char *status = NULL, *round = NULL, *to = NULL, *note = NULL, *sub = "list";
	const struct cmd_entry *e = &cmd_flags_entry;
	sqlite3_int64 id = 0;
	int c, rc, nargs;
	char *err = NULL;
	store *st;

	while ((c = getopt_long(argc, argv, "hs:r:t:n:", longopts, NULL)) != -1) {
		switch (c) {
		case 's': status = optarg; break;
		case 'r': round = optarg; break;
		case 't': to = optarg; break;
		case 'n': note = optarg; break;
		default:
			if ((rc = cmd_common_option(e, c)) >= 0)
				return rc;
		}
	}
	if (optind < argc)
		sub = argv[optind++];
	nargs = argc - optind;
	if (strcmp(sub, "list") == 0) {
		if (nargs > 0) {
			msg_error("flags list: unexpected argument '%s'", argv[optind]);
			return cmd_usage(e, HEED_EXIT_USAGE);
		}
		if (status && !flag_status_valid(status)) {
			msg_error("flags: --status must be open, referred or closed, not '%s'", status);
			return cmd_usage(e, HEED_EXIT_USAGE);
		}
	} else if (strcmp(sub, "show") == 0 || strcmp(sub, "refer") == 0 ||
	    strcmp(sub, "close") == 0) {
		if (nargs != 1) {
			msg_error("flags %s: %s", sub, nargs == 0 ? "which flag ID?" : "one flag ID only");
			return cmd_usage(e, HEED_EXIT_USAGE);
		}
		if (parse_id(argv[optind], &id) < 0) {
			msg_error("flags %s: '%s' is not a flag ID", sub, argv[optind]);
			return cmd_usage(e, HEED_EXIT_USAGE);
		}
		if (status || round) {
			msg_error("flags %s: --status and --round are for 'flags list'", sub);
			return cmd_usage(e, HEED_EXIT_USAGE);
		}
	} else {
		msg_error("flags: unknown action '%s' (list, show, refer or close)", sub);
		return cmd_usage(e, HEED_EXIT_USAGE);
	}
	if (to && strcmp(sub, "refer") != 0) {
		msg_error("flags %s: --to is for 'flags refer'", sub);
		return cmd_usage(e, HEED_EXIT_USAGE);
	}
	if (note && strcmp(sub, "refer") != 0 && strcmp(sub, "close") != 0) {
		msg_error("flags %s: --note is for 'flags refer' and 'flags close'", sub);
		return cmd_usage(e, HEED_EXIT_USAGE);
	}
	if (strcmp(sub, "refer") == 0 && (to == NULL || *to == '\0')) {
		msg_error("flags refer: to whom? give --to WHO");
		return cmd_usage(e, HEED_EXIT_USAGE);
	}
	if (strcmp(sub, "close") == 0 && (note == NULL || *note == '\0')) {
		msg_error("flags close: give the outcome with --note TEXT");
		return cmd_usage(e, HEED_EXIT_USAGE);
	}

	if (strcmp(sub, "list") == 0 || strcmp(sub, "show") == 0) {
		if ((st = cmd_open_store(ctx, STORE_READONLY)) == NULL)
			return HEED_EXIT_FAIL;
		rc = strcmp(sub, "list") == 0 ? do_list(st, status, round) : do_show(st, id);
		store_close(st);
		return rc;
	}
	if ((st = cmd_open_store(ctx, STORE_MUST_EXIST)) == NULL)
		return HEED_EXIT_FAIL;
	if (strcmp(sub, "refer") == 0)
		rc = flag_refer(st, id, to, note, actor(), &err);
	else
		rc = flag_close(st, id, note, actor(), &err);
	store_close(st);
	if (rc < 0) {
		msg_error_free(err);
		return HEED_EXIT_FAIL;
	}
	printf("flag %lld %s\n", (long long)id,
	    strcmp(sub, "refer") == 0 ? "referred" : "closed");
	return HEED_EXIT_OK;
}

const struct cmd_entry cmd_flags_entry = {
	"flags", "[list|show ID|refer ID|close ID] [OPTION]...",
	"list safeguarding flags and record referrals and outcomes",
	help, exec_flags,
};
