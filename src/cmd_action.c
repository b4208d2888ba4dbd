/* cmd_action.c — `heed action`: record what the service did ("You said, we
 * did"), carried into the next round's report with its status. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "src/cmd.h"
#include "src/msg.h"

static const char help[] =
    "Record and list actions taken in response to a round's themes; the\n"
    "report shows them under \"You said, we did\" with their status.\n\n"
    "  heed action add --round LABEL --theme KEY TEXT   record an action\n"
    "  heed action done ID                              mark it done\n"
    "  heed action list [--round LABEL]                 list actions\n\n"
    "Options:\n"
    "  -r, --round LABEL   the round the action answers (must exist)\n"
    "  -t, --theme KEY     the theme it answers (a codebook theme key)\n";

static int
valid_key(const char *s)
{
	if (*s < 'a' || *s > 'z')
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
		    *s == '_' || *s == '-'))
			return 0;
	return 1;
}

static int
fail(store *st, sqlite3_stmt *s, const char *what)
{
	char *err = NULL;

	store_error(st, &err, what);
	msg_error_free(err);
	sqlite3_finalize(s);
	return HEED_EXIT_FAIL;
}

static int
action_add(store *st, const char *round, const char *theme, const char *text)
{
	sqlite3_stmt *s = NULL;
	char now[21];
	int rc;

	store_now(now);
	if (store_prepare(st, "INSERT INTO action (round_id, theme, text, created_at) "
	    "SELECT id, ?2, ?3, ?4 FROM round WHERE label = ?1", &s, NULL) < 0)
		return fail(st, s, "recording the action");
	sqlite3_bind_text(s, 1, round, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, theme, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, text, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 4, now, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(s)) != SQLITE_DONE)
		return fail(st, s, "recording the action");
	sqlite3_finalize(s);
	if (sqlite3_changes(store_db(st)) == 0) {
		msg_error("action: no round labelled '%s'", round);
		return HEED_EXIT_FAIL;
	}
	printf("action %lld\n", (long long)sqlite3_last_insert_rowid(store_db(st)));
	return HEED_EXIT_OK;
}

static int
action_done(store *st, const char *id)
{
	sqlite3_stmt *s = NULL;
	char now[21], *end;
	long long n = strtoll(id, &end, 10);

	if (*end || end == id || n <= 0) {
		msg_error("action: '%s' is not an action id", id);
		return HEED_EXIT_USAGE;
	}
	store_now(now);
	if (store_prepare(st, "UPDATE action SET status = 'done', done_at = ?2 "
	    "WHERE id = ?1 AND status <> 'done'", &s, NULL) < 0 ||
	    (sqlite3_bind_int64(s, 1, n), sqlite3_bind_text(s, 2, now, -1, SQLITE_STATIC),
	    sqlite3_step(s)) != SQLITE_DONE)
		return fail(st, s, "updating the action");
	sqlite3_finalize(s);
	if (sqlite3_changes(store_db(st)) == 0) {
		msg_error("action: no open action %lld", n);
		return HEED_EXIT_FAIL;
	}
	printf("action %lld done\n", n);
	return HEED_EXIT_OK;
}

static int
action_list(store *st, const char *round)
{
	sqlite3_stmt *s = NULL;
	int rc, rows = 0;

	if (store_prepare(st, "SELECT a.id, r.label, a.theme, a.status, "
	    "coalesce(substr(a.done_at, 1, 10), '-'), a.text FROM action a "
	    "JOIN round r ON r.id = a.round_id WHERE ?1 IS NULL OR r.label = ?1 "
	    "ORDER BY r.label, a.id", &s, NULL) < 0)
		return fail(st, s, "listing actions");
	if (round)
		sqlite3_bind_text(s, 1, round, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		printf("%lld\t%s\t%s\t%s\t%s\t%s\n", (long long)sqlite3_column_int64(s, 0),
		    sqlite3_column_text(s, 1), sqlite3_column_text(s, 2),
		    sqlite3_column_text(s, 3), sqlite3_column_text(s, 4),
		    sqlite3_column_text(s, 5));
		rows++;
	}
	if (rc != SQLITE_DONE)
		return fail(st, s, "listing actions");
	sqlite3_finalize(s);
	if (rows == 0)
		printf("(no actions)\n");
	return HEED_EXIT_OK;
}

static int
exec_action(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		CMD_COMMON_LONGOPTS,
		{ "round", required_argument, NULL, 'r' },
		{ "theme", required_argument, NULL, 't' },
		{ NULL, 0, NULL, 0 },
	};
	const char *round = NULL, *theme = NULL, *sub;
	store *st;
	int c, rc;

	while ((c = getopt_long(argc, argv, "hr:t:", longopts, NULL)) != -1) {
		switch (c) {
		case 'r': round = optarg; break;
		case 't': theme = optarg; break;
		default:
			if ((rc = cmd_common_option(&cmd_action_entry, c)) >= 0)
				return rc;
		}
	}
	if (optind >= argc) {
		msg_error("action: add, done or list?");
		return cmd_usage(&cmd_action_entry, HEED_EXIT_USAGE);
	}
	sub = argv[optind++];
	if (strcmp(sub, "add") == 0) {
		if (!round || !theme || optind != argc - 1 || !*argv[optind]) {
			msg_error("action add: needs --round, --theme and one TEXT");
			return cmd_usage(&cmd_action_entry, HEED_EXIT_USAGE);
		}
		if (!valid_key(theme)) {
			msg_error("action add: '%s' is not a theme key ([a-z][a-z0-9_-]*)", theme);
			return cmd_usage(&cmd_action_entry, HEED_EXIT_USAGE);
		}
	} else if (strcmp(sub, "done") == 0) {
		if (optind != argc - 1 || round || theme) {
			msg_error("action done: needs one ID");
			return cmd_usage(&cmd_action_entry, HEED_EXIT_USAGE);
		}
	} else if (strcmp(sub, "list") == 0) {
		if (optind != argc || theme) {
			msg_error("action list: takes only --round");
			return cmd_usage(&cmd_action_entry, HEED_EXIT_USAGE);
		}
	} else {
		msg_error("action: unknown subcommand '%s' (add, done, list)", sub);
		return cmd_usage(&cmd_action_entry, HEED_EXIT_USAGE);
	}
	/* every subcommand opens the database for writing: a new database gets
	 * its schema, so `heed action list` works before anything is collected */
	if ((st = cmd_open_store(ctx, 0)) == NULL)
		return HEED_EXIT_FAIL;
	if (*sub == 'a')
		rc = action_add(st, round, theme, argv[optind]);
	else if (*sub == 'd')
		rc = action_done(st, argv[optind]);
	else
		rc = action_list(st, round);
	store_close(st);
	return rc;
}

const struct cmd_entry cmd_action_entry = {
	"action", "add|done|list [OPTION]... [ARG]",
	"record what was done about a round's themes",
	help, exec_action,
};
