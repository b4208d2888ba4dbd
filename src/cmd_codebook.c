/* cmd_codebook.c — `heed codebook`: validate, list or try a codebook. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "analyse/codebook.h"
#include "analyse/coder.h"
#include "analyse/lexicon.h"
#include "src/cmd.h"
#include "src/msg.h"

static const char help[] =
    "  check [FILE]   validate the codebook, compile every rule, and code every\n"
    "                 example (must get its theme) and counter-example (must not)\n"
    "  show           list the themes and flags\n"
    "  try [TEXT]...  code each TEXT (else each line of standard input) and\n"
    "                 print the themes, the rules that fired and the polarity\n"
    "                 with the words that scored it\n"
    "The codebook is --codebook FILE, else the default codebook\n"
    "($HEED_DATADIR/default.codebook); see heed-codebook(5).\n\n"
    "Options:\n"
    "  -c, --codebook FILE   the codebook to use\n"
    "  -l, --lexicon FILE    the sentiment lexicon (default: the installed one)\n";

struct loaded {
	codebook *cb;
	lexicon *lx;
	coder *co;
	coder_state *st;
};

static void
unload(struct loaded *l)
{
	coder_state_free(l->st);
	coder_free(l->co);
	lexicon_free(l->lx);
	codebook_free(l->cb);
}

/* Load and compile the codebook (and the lexicon, when want_lexicon). */
static int
load(struct loaded *l, const char *path, const char *lexpath, int want_lexicon)
{
	char *err = NULL;

	memset(l, 0, sizeof *l);
	if (codebook_load(path, &l->cb, &err) < 0) {
		msg_error_free(err);
		return -1;
	}
	if (want_lexicon && lexicon_load(lexpath ? lexpath : lexicon_default_path(),
	    &l->lx, &err) < 0) {
		if (lexpath) {
			msg_error_free(err);
			unload(l);
			return -1;
		}
		msg_warn("%s (polarity will be neutral)", err);
		free(err);
		err = NULL;
	}
	if (coder_new(l->cb, l->lx, &l->co, &err) < 0) {
		msg_error_free(err);
		unload(l);
		return -1;
	}
	l->st = coder_state_new();
	return 0;
}

/* Print the rules of theme t that fired in r, with their spans. */
static void
print_fired(const struct loaded *l, const struct coder_result *r, int t,
    const char *text, const char *indent)
{
	const struct codebook_theme *th = codebook_theme(l->cb, (size_t)t);

	for (size_t i = 0; i < r->ncodes; i++) {
		const struct coder_code *c = &r->codes[i];
		if (c->theme != t)
			continue;
		printf("%srule %s [%zu,%zu) \"%.*s\"%s\n", indent, th->rules[c->rule].id,
		    c->start, c->end, (int)(c->end - c->start), text + c->start,
		    c->negated ? " negated" : "");
	}
}

static int
check_texts(struct loaded *l, struct coder_result *r, int t, int counter)
{
	const struct codebook_theme *th = codebook_theme(l->cb, (size_t)t);
	const struct codebook_text *v = counter ? th->counters : th->examples;
	size_t n = counter ? th->ncounters : th->nexamples;
	int failures = 0;

	for (size_t i = 0; i < n; i++) {
		coder_code(l->co, l->st, v[i].text, strlen(v[i].text), r);
		int coded = coder_result_find(r, t) >= 0;
		for (size_t w = 0; w < r->nwarnings; w++) {
			printf("%s:%d: %s: %s\n", v[i].path, v[i].line,
			    counter ? "counter" : "example", r->warnings[w].message);
			failures++;
		}
		if (coded == !counter)
			continue;
		failures++;
		if (counter) {
			printf("%s:%d: counter-example coded as %s %s:\n  %s\n", v[i].path,
			    v[i].line, th->is_flag ? "flag" : "theme", th->key, v[i].text);
			print_fired(l, r, t, v[i].text, "  fired: ");
		} else {
			printf("%s:%d: example not coded as %s %s (no rule of %s:%d fired):\n  %s\n",
			    v[i].path, v[i].line, th->is_flag ? "flag" : "theme", th->key,
			    th->path, th->line, v[i].text);
		}
	}
	return failures;
}

static int
do_check(const char *path, const char *lexpath)
{
	struct loaded l;
	struct coder_result r = { 0 };
	size_t themes = 0, flags = 0, rules = 0, ex = 0, co = 0;
	int failures = 0;

	if (load(&l, path, lexpath, 0) < 0)
		return HEED_EXIT_FAIL;
	for (size_t t = 0; t < codebook_ntheme(l.cb); t++) {
		const struct codebook_theme *th = codebook_theme(l.cb, t);
		*(th->is_flag ? &flags : &themes) += 1;
		rules += th->nrules;
		ex += th->nexamples;
		co += th->ncounters;
		failures += check_texts(&l, &r, (int)t, 0);
		failures += check_texts(&l, &r, (int)t, 1);
	}
	printf("%s: %zu themes, %zu flags, %zu rules, %zu examples, %zu counter-examples: ",
	    path, themes, flags, rules, ex, co);
	if (failures)
		printf("%d failed\n", failures);
	else
		printf("ok\n");
	coder_result_free(&r);
	unload(&l);
	return failures ? HEED_EXIT_FAIL : HEED_EXIT_OK;
}

static int
do_show(const char *path)
{
	struct loaded l;

	if (load(&l, path, NULL, 0) < 0)
		return HEED_EXIT_FAIL;
	printf("codebook %s (sha256 %.12s)\n", path, codebook_hash(l.cb));
	for (size_t t = 0; t < codebook_ntheme(l.cb); t++) {
		const struct codebook_theme *th = codebook_theme(l.cb, t);
		printf("%-5s %-16s %s (%zu rules, %zu examples, %zu counter-examples)\n",
		    th->is_flag ? "flag" : "theme", th->key, th->label, th->nrules,
		    th->nexamples, th->ncounters);
	}
	unload(&l);
	return HEED_EXIT_OK;
}

static void
try_one(struct loaded *l, struct coder_result *r, const char *text, size_t len)
{
	coder_code(l->co, l->st, text, len, r);
	printf("%.*s\n", (int)len, text);
	for (size_t w = 0; w < r->nwarnings; w++)
		msg_warn("%s", r->warnings[w].message);
	if (r->ncodes == 0)
		printf("  (no themes)\n");
	for (size_t i = 0; i < r->ncodes; i++) {
		int t = r->codes[i].theme;
		if (i > 0 && r->codes[i - 1].theme == t)
			continue;
		const struct codebook_theme *th = codebook_theme(l->cb, (size_t)t);
		printf("  %s %s (%s)\n", th->is_flag ? "flag" : "theme", th->key,
		    lexicon_polarity_name(r->theme_polarity[t]));
		print_fired(l, r, t, text, "    ");
	}
	printf("  polarity %s (%.2f)\n", lexicon_polarity_name(r->polarity), r->score);
	for (size_t i = 0; i < r->nsentiment; i++) {
		const struct coder_sentiment *e = &r->sentiment[i];
		printf("    %+.2f \"%.*s\"\n", e->score, (int)(e->end - e->start),
		    text + e->start);
	}
}

static int
do_try(const char *path, const char *lexpath, int argc, char **argv)
{
	struct loaded l;
	struct coder_result r = { 0 };

	if (load(&l, path, lexpath, 1) < 0)
		return HEED_EXIT_FAIL;
	if (argc > 0) {
		for (int i = 0; i < argc; i++)
			try_one(&l, &r, argv[i], strlen(argv[i]));
	} else {
		char *line = NULL;
		size_t cap = 0;
		ssize_t n;
		while ((n = getline(&line, &cap, stdin)) >= 0) {
			while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
				n--;
			try_one(&l, &r, line, (size_t)n);
		}
		free(line);
	}
	coder_result_free(&r);
	unload(&l);
	return HEED_EXIT_OK;
}

static int
exec_codebook(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		CMD_COMMON_LONGOPTS,
		{ "codebook", required_argument, NULL, 'c' },
		{ "lexicon", required_argument, NULL, 'l' },
		{ NULL, 0, NULL, 0 },
	};
	const char *path = NULL, *lexpath = NULL, *sub;
	int c, rc;

	(void)ctx;
	while ((c = getopt_long(argc, argv, "+hc:l:", longopts, NULL)) != -1) {
		switch (c) {
		case 'c': path = optarg; break;
		case 'l': lexpath = optarg; break;
		default:
			if ((rc = cmd_common_option(&cmd_codebook_entry, c)) >= 0)
				return rc;
		}
	}
	if (optind >= argc) {
		msg_error("codebook: check, show or try?");
		return cmd_usage(&cmd_codebook_entry, HEED_EXIT_USAGE);
	}
	sub = argv[optind++];
	/* options may also follow the subcommand */
	while ((c = getopt_long(argc, argv, "+hc:l:", longopts, NULL)) != -1) {
		switch (c) {
		case 'c': path = optarg; break;
		case 'l': lexpath = optarg; break;
		default:
			if ((rc = cmd_common_option(&cmd_codebook_entry, c)) >= 0)
				return rc;
		}
	}
	if (strcmp(sub, "check") == 0) {
		if (optind < argc && path == NULL)
			path = argv[optind++];
		if (optind < argc) {
			msg_error("codebook check: unexpected argument '%s'", argv[optind]);
			return cmd_usage(&cmd_codebook_entry, HEED_EXIT_USAGE);
		}
		return do_check(path ? path : codebook_default_path(), lexpath);
	}
	if (strcmp(sub, "show") == 0) {
		if (optind < argc) {
			msg_error("codebook show: unexpected argument '%s'", argv[optind]);
			return cmd_usage(&cmd_codebook_entry, HEED_EXIT_USAGE);
		}
		return do_show(path ? path : codebook_default_path());
	}
	if (strcmp(sub, "try") == 0)
		return do_try(path ? path : codebook_default_path(), lexpath,
		    argc - optind, argv + optind);
	msg_error("codebook: unknown subcommand '%s' (check, show or try)", sub);
	return cmd_usage(&cmd_codebook_entry, HEED_EXIT_USAGE);
}

const struct cmd_entry cmd_codebook_entry = {
	"codebook", "check|show|try [OPTION]... [ARG]...",
	"validate, list or try a codebook",
	help, exec_codebook,
};
