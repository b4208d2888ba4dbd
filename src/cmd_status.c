/* cmd_status.c — `heed status`: what the database holds. */
#include "config.h"

#include "src/cmd.h"
#include "src/msg.h"

static const char help[] =
    "Lists consultations, rounds, sources, imports and rejected rows held in\n"
    "the database.\n\n"
    "Options:\n";

/* Print every row of a query as aligned columns under a title. */
static int
print_query(store *st, const char *title, const char *sql)
{
	sqlite3_stmt *s;
	char *err = NULL;
	int rc, n, rows = 0;

	if (store_prepare(st, sql, &s, &err) < 0) {
		msg_error_free(err);
		return -1;
	}
	printf("%s\n", title);
	n = sqlite3_column_count(s);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		printf(" ");
		for (int i = 0; i < n; i++) {
			const unsigned char *v = sqlite3_column_text(s, i);
			printf(" %s", v ? (const char *)v : "-");
		}
		printf("\n");
		rows++;
	}
	if (rows == 0)
		printf("  (none)\n");
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		store_error(st, &err, "reading status");
		msg_error_free(err);
		return -1;
	}
	return 0;
}

static int
exec_status(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		CMD_COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 },
	};
	store *st;
	int c, rc;

	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1)
		if ((rc = cmd_common_option(&cmd_status_entry, c)) >= 0)
			return rc;
	if (optind < argc) {
		msg_error("status: unexpected argument '%s'", argv[optind]);
		return cmd_usage(&cmd_status_entry, HEED_EXIT_USAGE);
	}
	if ((st = cmd_open_store(ctx, STORE_READONLY)) == NULL)
		return HEED_EXIT_FAIL;
	printf("database %s (schema %d)\n", store_path(st), store_schema_version());
	rc = print_query(st, "rounds (round, consultation, responses, respondents, coded, reviewed):",
	    "SELECT r.label, coalesce(c.name, '-'), count(p.id), "
	    "count(DISTINCT p.respondent_id), "
	    "(SELECT count(*) FROM coding g JOIN response q ON q.id = g.response_id "
	    "  WHERE q.round_id = r.id AND g.codebook_id = "
	    "  (SELECT id FROM current_codebook)), "
	    "(SELECT count(DISTINCT v.response_id) FROM review v JOIN response q "
	    "  ON q.id = v.response_id WHERE q.round_id = r.id) "
	    "FROM round r LEFT JOIN consultation c ON c.id = r.consultation_id "
	    "LEFT JOIN response p ON p.round_id = r.id GROUP BY r.id ORDER BY r.label");
	if (rc == 0)
		rc = print_query(st, "sources (source, responses):",
		    "SELECT source, count(*) FROM response GROUP BY source ORDER BY source");
	if (rc == 0)
		rc = print_query(st, "imports (id, file, format, rows, responses, duplicates, rejected, at):",
		    "SELECT id, file, format, rows, responses, duplicates, rejected, imported_at "
		    "FROM import ORDER BY id");
	if (rc == 0)
		rc = print_query(st, "rejects (import, line, field, reason):",
		    "SELECT import_id, line, coalesce(field, '-'), reason FROM reject "
		    "ORDER BY import_id, line");
	store_close(st);
	return rc == 0 ? HEED_EXIT_OK : HEED_EXIT_FAIL;
}

const struct cmd_entry cmd_status_entry = {
	"status", "[OPTION]...",
	"show what the database holds",
	help, exec_status,
};
