/* schema.c — the heed database schema: the one place it is documented.
 *
 * store_migrations[i] takes a database from user_version i to i + 1.  Never
 * edit a migration that has shipped: append a new one.  Every table that
 * holds response text is reachable from response(id), so deleting an import
 * cascades to everything derived from it.
 *
 * Vocabulary
 *   round        a consultation round, labelled like 2026-Q3
 *   import       one file read by `heed collect`
 *   respondent   one person (one survey row, one forum post) in an import
 *   response     one respondent's answer to one free-text question
 *   codebook     the exact codebook text used for coding, by SHA-256
 *   coding       "response R was coded by codebook C", with its polarity
 *   code         one rule match: theme, rule id, byte span, negation
 *   flag         a safeguarding flag on a response, with its status
 *
 * response.dedup (since version 2) is 24 lowercase hex digits: 8 of the
 * submitted time (seconds since 1970, UTC as written; 0 when unknown) then
 * the first 16 of the SHA-256 that collect/collect.h defines.  The time
 * leads so that an import, whose rows come in date order, inserts into the
 * UNIQUE index in order instead of at random (which made big imports
 * thrash the page cache).
 *
 * Since version 3, response.redacted is a generated column: read it as
 * before, but write response.redaction, NULL when the redacted text is the
 * same as text.  attribute is a WITHOUT ROWID table.
 *
 * Since version 4, response_summary holds a narrow copy of each response
 * and of one of its codings, for reports: see migration 3 -> 4.
 *
 * Since version 5, codebook_use orders the codebooks by their last use:
 * current_codebook is the one used last, not the one with the latest
 * used_at (whole seconds, so two analyses in one second tied).
 *
 * Since version 6, coding, theme and code are WITHOUT ROWID tables keyed
 * by (response_id, codebook_id, ...); code.seq replaces code.id.
 */
#include "config.h"

#include "store/store.h"

const char *const store_migrations[] = {
	/* 0 -> 1: the first schema. */
	"CREATE TABLE consultation (\n"
	"  id    INTEGER PRIMARY KEY,\n"
	"  name  TEXT NOT NULL UNIQUE          -- e.g. 'EHE annual survey'\n"
	");\n"
	"CREATE TABLE round (\n"
	"  id              INTEGER PRIMARY KEY,\n"
	"  label           TEXT NOT NULL UNIQUE,  -- YYYY-Qn, e.g. 2026-Q3\n"
	"  consultation_id INTEGER REFERENCES consultation(id)\n"
	");\n"
	"CREATE TABLE import (\n"
	"  id              INTEGER PRIMARY KEY,\n"
	"  file            TEXT NOT NULL,         -- as named by the user; '-' = stdin\n"
	"  sha256          TEXT NOT NULL,         -- of the file's bytes\n"
	"  imported_at     TEXT NOT NULL,         -- ISO 8601 UTC\n"
	"  format          TEXT NOT NULL,         -- google-forms, ms-forms, surveymonkey, qualtrics, limesurvey, csv, text\n"
	"  source          TEXT NOT NULL CHECK (source IN ('survey','forum','email','meeting','other')),\n"
	"  consultation_id INTEGER REFERENCES consultation(id),\n"
	"  rows            INTEGER NOT NULL DEFAULT 0,  -- data rows or posts read\n"
	"  responses       INTEGER NOT NULL DEFAULT 0,  -- responses stored\n"
	"  duplicates      INTEGER NOT NULL DEFAULT 0,  -- responses already held\n"
	"  rejected        INTEGER NOT NULL DEFAULT 0   -- rows rejected (--skip-bad-rows)\n"
	");\n"
	"CREATE INDEX import_sha256 ON import(sha256);\n"
	"CREATE TABLE reject (                  -- rows skipped by --skip-bad-rows\n"
	"  id        INTEGER PRIMARY KEY,\n"
	"  import_id INTEGER NOT NULL REFERENCES import(id) ON DELETE CASCADE,\n"
	"  line      INTEGER NOT NULL,\n"
	"  field     TEXT,                      -- column name or number, if known\n"
	"  reason    TEXT NOT NULL\n"
	");\n"
	"CREATE TABLE respondent (\n"
	"  id        INTEGER PRIMARY KEY,\n"
	"  import_id INTEGER NOT NULL REFERENCES import(id) ON DELETE CASCADE,\n"
	"  ext_id    TEXT NOT NULL,             -- id from the input, else its data row number\n"
	"  line      INTEGER,                   -- input line where the record starts\n"
	"  submitted TEXT                       -- ISO 8601, NULL when unknown\n"
	");\n"
	"CREATE INDEX respondent_import ON respondent(import_id);\n"
	"CREATE TABLE attribute (               -- non-text answers: area, age band, choices\n"
	"  respondent_id INTEGER NOT NULL REFERENCES respondent(id) ON DELETE CASCADE,\n"
	"  name          TEXT NOT NULL,\n"
	"  value         TEXT NOT NULL,\n"
	"  PRIMARY KEY (respondent_id, name)\n"
	");\n"
	"CREATE TABLE question (\n"
	"  id    INTEGER PRIMARY KEY,\n"
	"  text  TEXT NOT NULL UNIQUE\n"
	");\n"
	"CREATE TABLE response (\n"
	"  id            INTEGER PRIMARY KEY,\n"
	"  respondent_id INTEGER NOT NULL REFERENCES respondent(id) ON DELETE CASCADE,\n"
	"  question_id   INTEGER NOT NULL REFERENCES question(id),\n"
	"  round_id      INTEGER NOT NULL REFERENCES round(id),\n"
	"  source        TEXT NOT NULL,\n"
	"  submitted     TEXT,                  -- ISO 8601, NULL when unknown\n"
	"  text          TEXT NOT NULL,         -- the response as given, UTF-8\n"
	"  redacted      TEXT NOT NULL,         -- personal data replaced by [email], [name] ...\n"
	"  dedup         TEXT NOT NULL UNIQUE   -- SHA-256 identifying it across files\n"
	");\n"
	"CREATE INDEX response_round ON response(round_id);\n"
	"CREATE INDEX response_respondent ON response(respondent_id);\n"
	"CREATE TABLE codebook (\n"
	"  id        INTEGER PRIMARY KEY,\n"
	"  hash      TEXT NOT NULL UNIQUE,      -- SHA-256 of text\n"
	"  name      TEXT NOT NULL,             -- where it was loaded from\n"
	"  text      TEXT NOT NULL,             -- the codebook, includes expanded\n"
	"  loaded_at TEXT NOT NULL,\n"
	"  used_at   TEXT NOT NULL              -- last `heed analyse` with it; reports use the latest\n"
	");\n"
	"CREATE TABLE coding (                  -- response R has been coded by codebook C\n"
	"  response_id INTEGER NOT NULL REFERENCES response(id) ON DELETE CASCADE,\n"
	"  codebook_id INTEGER NOT NULL REFERENCES codebook(id) ON DELETE CASCADE,\n"
	"  polarity    TEXT NOT NULL CHECK (polarity IN ('positive','negative','mixed','neutral')),\n"
	"  score       REAL NOT NULL DEFAULT 0, -- lexicon sentiment score\n"
	"  coded_at    TEXT NOT NULL,\n"
	"  PRIMARY KEY (response_id, codebook_id)\n"
	");\n"
	"CREATE INDEX coding_codebook ON coding(codebook_id);\n"
	"CREATE TABLE theme (                   -- the themes a coding found, one row each\n"
	"  response_id INTEGER NOT NULL,\n"
	"  codebook_id INTEGER NOT NULL,\n"
	"  theme       TEXT NOT NULL,           -- theme key\n"
	"  polarity    TEXT NOT NULL CHECK (polarity IN ('positive','negative','mixed','neutral')),\n"
	"  PRIMARY KEY (response_id, codebook_id, theme),\n"
	"  FOREIGN KEY (response_id, codebook_id) REFERENCES coding(response_id, codebook_id) ON DELETE CASCADE\n"
	");\n"
	"CREATE INDEX theme_codebook ON theme(codebook_id, theme);\n"
	"CREATE TABLE code (                    -- every rule match behind a theme\n"
	"  id          INTEGER PRIMARY KEY,\n"
	"  response_id INTEGER NOT NULL,\n"
	"  codebook_id INTEGER NOT NULL,\n"
	"  theme       TEXT NOT NULL,\n"
	"  rule        TEXT NOT NULL,           -- file:line:term\n"
	"  start       INTEGER NOT NULL,        -- byte span [start, end) in response.text\n"
	"  end         INTEGER NOT NULL,\n"
	"  negated     INTEGER NOT NULL DEFAULT 0,\n"
	"  FOREIGN KEY (response_id, codebook_id) REFERENCES coding(response_id, codebook_id) ON DELETE CASCADE\n"
	");\n"
	"CREATE INDEX code_response ON code(response_id, codebook_id);\n"
	"CREATE TABLE flag (                    -- safeguarding: one per flagged response\n"
	"  id          INTEGER PRIMARY KEY,\n"
	"  response_id INTEGER NOT NULL UNIQUE REFERENCES response(id) ON DELETE CASCADE,\n"
	"  codebook_id INTEGER NOT NULL REFERENCES codebook(id),\n"
	"  flag        TEXT NOT NULL,           -- flag key, e.g. disclosure\n"
	"  rule        TEXT NOT NULL,\n"
	"  start       INTEGER NOT NULL,\n"
	"  end         INTEGER NOT NULL,\n"
	"  status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','referred','closed')),\n"
	"  raised_at   TEXT NOT NULL\n"
	");\n"
	"CREATE TABLE flag_event (              -- audit trail of every flag change\n"
	"  id       INTEGER PRIMARY KEY,\n"
	"  flag_id  INTEGER NOT NULL REFERENCES flag(id) ON DELETE CASCADE,\n"
	"  at       TEXT NOT NULL,\n"
	"  status   TEXT NOT NULL,\n"
	"  referred_to TEXT,\n"
	"  note     TEXT,\n"
	"  actor    TEXT                        -- login name of who made the change\n"
	");\n"
	"CREATE TABLE action (                  -- 'You said, we did'\n"
	"  id         INTEGER PRIMARY KEY,\n"
	"  round_id   INTEGER NOT NULL REFERENCES round(id),\n"
	"  theme      TEXT NOT NULL,\n"
	"  text       TEXT NOT NULL,\n"
	"  status     TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','done')),\n"
	"  created_at TEXT NOT NULL,\n"
	"  done_at    TEXT\n"
	");\n"
	"CREATE TABLE review (                  -- human decisions; the latest per response wins\n"
	"  id          INTEGER PRIMARY KEY,\n"
	"  response_id INTEGER NOT NULL REFERENCES response(id) ON DELETE CASCADE,\n"
	"  reviewer    TEXT NOT NULL,\n"
	"  reviewed_at TEXT NOT NULL,\n"
	"  file        TEXT                     -- the review file it came from\n"
	");\n"
	"CREATE INDEX review_response ON review(response_id);\n"
	"CREATE TABLE review_theme (            -- the themes a review decided; none = no theme\n"
	"  review_id INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,\n"
	"  theme     TEXT NOT NULL,\n"
	"  PRIMARY KEY (review_id, theme)\n"
	");\n"
	"\n"
	"-- Views: the contract between analyse, review and reports.\n"
	"CREATE VIEW current_codebook AS        -- the codebook `heed analyse` used last\n"
	"  SELECT id FROM codebook ORDER BY used_at DESC, id DESC LIMIT 1;\n"
	"CREATE VIEW latest_review AS           -- the review that counts, per response\n"
	"  SELECT max(id) AS id, response_id FROM review GROUP BY response_id;\n"
	"CREATE VIEW reportable AS              -- responses that may appear in reports and\n"
	"  SELECT * FROM response               -- exports: never a safeguarding-flagged one\n"
	"   WHERE id NOT IN (SELECT response_id FROM flag);\n"
	"CREATE VIEW current_coding AS          -- coding by the current codebook\n"
	"  SELECT g.* FROM coding g JOIN current_codebook c ON g.codebook_id = c.id;\n"
	"CREATE VIEW current_theme AS           -- themes per response: a human review wins\n"
	"  SELECT t.response_id, t.theme, t.polarity, 0 AS reviewed\n"
	"    FROM theme t JOIN current_codebook c ON t.codebook_id = c.id\n"
	"   WHERE t.response_id NOT IN (SELECT response_id FROM review)\n"
	"  UNION ALL\n"
	"  SELECT l.response_id, rt.theme,\n"
	"         coalesce((SELECT t.polarity FROM theme t JOIN current_codebook c\n"
	"                    ON t.codebook_id = c.id\n"
	"                   WHERE t.response_id = l.response_id AND t.theme = rt.theme),\n"
	"                  (SELECT g.polarity FROM current_coding g\n"
	"                   WHERE g.response_id = l.response_id), 'neutral'),\n"
	"         1\n"
	"    FROM latest_review l JOIN review_theme rt ON rt.review_id = l.id;\n",

	/* 1 -> 2: response.dedup from 64 hex digits of SHA-256 to the ordered
	 * 24-digit key described at the top of this file. */
	"UPDATE response SET dedup =\n"
	"  printf('%08x', max(0, coalesce(unixepoch(submitted), 0))) || substr(dedup, 1, 16);\n",

	/* 2 -> 3: response.redacted becomes a generated column over
	 * response.redaction, which holds the redacted text only when it
	 * differs from text (most responses name no one); attribute loses its
	 * rowid.  Both halve what an import writes.  Tables are rebuilt, so
	 * store.c runs migrations with foreign keys off and checks them after. */
	"CREATE TABLE response_v3 (\n"
	"  id            INTEGER PRIMARY KEY,\n"
	"  respondent_id INTEGER NOT NULL REFERENCES respondent(id) ON DELETE CASCADE,\n"
	"  question_id   INTEGER NOT NULL REFERENCES question(id),\n"
	"  round_id      INTEGER NOT NULL REFERENCES round(id),\n"
	"  source        TEXT NOT NULL,\n"
	"  submitted     TEXT,                  -- ISO 8601, NULL when unknown\n"
	"  text          TEXT NOT NULL,         -- the response as given, UTF-8\n"
	"  redacted      TEXT NOT NULL          -- personal data replaced by [email], [name] ...\n"
	"                GENERATED ALWAYS AS (coalesce(redaction, text)) VIRTUAL,\n"
	"  dedup         TEXT NOT NULL UNIQUE,  -- see the top of store/schema.c\n"
	"  redaction     TEXT                   -- what writers set: the redacted text when\n"
	");                                     -- it differs from text, else NULL\n"
	"INSERT INTO response_v3(id, respondent_id, question_id, round_id, source,\n"
	"                        submitted, text, dedup, redaction)\n"
	"  SELECT id, respondent_id, question_id, round_id, source, submitted, text,\n"
	"         dedup, nullif(redacted, text) FROM response ORDER BY id;\n"
	"DROP VIEW reportable;\n"
	"DROP TABLE response;\n"
	"ALTER TABLE response_v3 RENAME TO response;\n"
	"CREATE INDEX response_round ON response(round_id);\n"
	"CREATE INDEX response_respondent ON response(respondent_id);\n"
	"CREATE VIEW reportable AS              -- responses that may appear in reports and\n"
	"  SELECT * FROM response               -- exports: never a safeguarding-flagged one\n"
	"   WHERE id NOT IN (SELECT response_id FROM flag);\n"
	"CREATE TABLE attribute_v3 (            -- non-text answers: area, age band, choices\n"
	"  respondent_id INTEGER NOT NULL REFERENCES respondent(id) ON DELETE CASCADE,\n"
	"  name          TEXT NOT NULL,\n"
	"  value         TEXT NOT NULL,\n"
	"  PRIMARY KEY (respondent_id, name)\n"
	") WITHOUT ROWID;\n"
	"INSERT INTO attribute_v3 SELECT respondent_id, name, value FROM attribute;\n"
	"DROP TABLE attribute;\n"
	"ALTER TABLE attribute_v3 RENAME TO attribute;\n",

	/* 3 -> 4: response_summary, one narrow row per response, so that a
	 * report reads neither the response texts nor a theme per response.
	 * The response's part: round, respondent, question, source and k (its
	 * rank as a quote: how far the length of redacted is from a typical
	 * 120 characters).  Triggers change or delete it with its response;
	 * `heed collect` adds the rows of the responses it stores (a trigger
	 * on insert doubled the time of an import), so a reader uses the table
	 * only when it has as many rows as response.  The coding part is a
	 * copy of one coding and its themes: codebook_id (NULL: none),
	 * polarity, and themes as "key+ key- key~ key=" (each theme key, which
	 * has no space, then its polarity: positive, negative, mixed, neutral;
	 * NULL: no theme).  `heed analyse` copies the coding of the codebook
	 * it ran with; a reader uses the copy only when codebook_id is the
	 * current codebook's, else reads coding and theme.  A coding's themes
	 * are written with it, once, and a deleted coding clears its copy.
	 * Flags and reviews are not copied: readers apply `reportable` and
	 * current_theme's review rule themselves.  The migration starts from
	 * nothing, so it can run again on a database that has the table. */
	"DROP TRIGGER IF EXISTS response_summary_change;\n"
	"DROP TRIGGER IF EXISTS response_summary_drop;\n"
	"DROP TRIGGER IF EXISTS response_summary_uncode;\n"
	"DROP TABLE IF EXISTS response_summary;\n"
	"CREATE TABLE response_summary (\n"
	"  response_id   INTEGER PRIMARY KEY,   -- response(id)\n"
	"  round_id      INTEGER NOT NULL,\n"
	"  respondent_id INTEGER NOT NULL,\n"
	"  question_id   INTEGER NOT NULL,\n"
	"  source        TEXT NOT NULL,\n"
	"  k             INTEGER NOT NULL,      -- abs(length(redacted) - 120)\n"
	"  codebook_id   INTEGER,               -- the coding copied; NULL: none\n"
	"  polarity      TEXT,                  -- coding.polarity\n"
	"  themes        TEXT                   -- 'access- trust+'; NULL: none\n"
	");\n"
	"CREATE TRIGGER response_summary_change AFTER UPDATE ON response BEGIN\n"
	"  UPDATE response_summary SET round_id = new.round_id,\n"
	"         respondent_id = new.respondent_id, question_id = new.question_id,\n"
	"         source = new.source,\n"
	"         k = abs(length(coalesce(new.redaction, new.text)) - 120)\n"
	"   WHERE response_id = new.id;\n"
	"END;\n"
	"CREATE TRIGGER response_summary_drop AFTER DELETE ON response BEGIN\n"
	"  DELETE FROM response_summary WHERE response_id = old.id;\n"
	"END;\n"
	"CREATE TRIGGER response_summary_uncode AFTER DELETE ON coding BEGIN\n"
	"  UPDATE response_summary SET codebook_id = NULL, polarity = NULL, themes = NULL\n"
	"   WHERE response_id = old.response_id AND codebook_id = old.codebook_id;\n"
	"END;\n"
	"INSERT INTO response_summary(response_id, round_id, respondent_id, question_id,\n"
	"                             source, k)\n"
	"  SELECT id, round_id, respondent_id, question_id, source,\n"
	"         abs(length(coalesce(redaction, text)) - 120) FROM response ORDER BY id;\n"
	"UPDATE response_summary SET (codebook_id, polarity, themes) =\n"
	"  (SELECT g.codebook_id, g.polarity,\n"
	"          (SELECT group_concat(t.theme || CASE t.polarity WHEN 'positive' THEN '+'\n"
	"                  WHEN 'negative' THEN '-' WHEN 'mixed' THEN '~' ELSE '=' END, ' ')\n"
	"             FROM theme t WHERE t.response_id = g.response_id\n"
	"              AND t.codebook_id = g.codebook_id)\n"
	"     FROM coding g WHERE g.response_id = response_summary.response_id\n"
	"      AND g.codebook_id = (SELECT id FROM current_codebook));\n",

	/* 4 -> 5: codebook_use numbers each use of a codebook by `heed
	 * analyse`, one more than the last, so the current codebook is the
	 * one used last even when two analyses fall in the same second
	 * (used_at has whole seconds, and a fixed SOURCE_DATE_EPOCH makes
	 * every use tie).  Codebooks stored before are numbered in the old
	 * order; one written without a number (not by heed) comes after the
	 * numbered ones, in the old order.  Like 3 -> 4, it can run again on a
	 * database that has it. */
	"CREATE TABLE IF NOT EXISTS codebook_use (\n"
	"  codebook_id INTEGER PRIMARY KEY REFERENCES codebook(id) ON DELETE CASCADE,\n"
	"  seq         INTEGER NOT NULL         -- larger: used later\n"
	");\n"
	"INSERT INTO codebook_use(codebook_id, seq)\n"
	"  SELECT id, (SELECT count(*) FROM codebook c\n"
	"               WHERE (c.used_at, c.id) <= (codebook.used_at, codebook.id))\n"
	"    FROM codebook WHERE id NOT IN (SELECT codebook_id FROM codebook_use);\n"
	"DROP VIEW current_codebook;\n"
	"CREATE VIEW current_codebook AS        -- the codebook `heed analyse` used last\n"
	"  SELECT c.id FROM codebook c LEFT JOIN codebook_use u ON u.codebook_id = c.id\n"
	"   ORDER BY u.seq DESC NULLS LAST, c.used_at DESC, c.id DESC LIMIT 1;\n",
	/* 5 -> 6: coding, theme and code lose their rowids.  Each was a rowid
	 * table plus an index on its key, so every row `heed analyse` wrote
	 * went into two or three b-trees; now the key is the table.  code gets
	 * seq, the match's place among its coding's codes (it replaces id as
	 * the order of matches at one offset): `heed analyse` wrote codes in
	 * the order theme, start, end, rule, so that order numbers them (and
	 * the migration runs again on a table that has seq).  The views that
	 * read them are dropped and made again unchanged.  polarity's CHECK
	 * is written with OR: SQLite builds a table for an IN list of more than
	 * two values each time the statement runs, once for every row
	 * inserted, which cost analyse 10% of its instructions. */
	"DROP VIEW current_theme;\n"
	"DROP VIEW current_coding;\n"
	"DROP TRIGGER response_summary_uncode;\n"
	"CREATE TABLE coding_v6 (               -- response R has been coded by codebook C\n"
	"  response_id INTEGER NOT NULL REFERENCES response(id) ON DELETE CASCADE,\n"
	"  codebook_id INTEGER NOT NULL REFERENCES codebook(id) ON DELETE CASCADE,\n"
	"  polarity    TEXT NOT NULL CHECK (polarity = 'positive' OR polarity = 'negative'\n"
	"                                 OR polarity = 'mixed' OR polarity = 'neutral'),\n"
	"  score       REAL NOT NULL DEFAULT 0, -- lexicon sentiment score\n"
	"  coded_at    TEXT NOT NULL,\n"
	"  PRIMARY KEY (response_id, codebook_id)\n"
	") WITHOUT ROWID;\n"
	"INSERT INTO coding_v6 SELECT response_id, codebook_id, polarity, score, coded_at\n"
	"  FROM coding ORDER BY response_id, codebook_id;\n"
	"CREATE TABLE theme_v6 (                -- the themes a coding found, one row each\n"
	"  response_id INTEGER NOT NULL,\n"
	"  codebook_id INTEGER NOT NULL,\n"
	"  theme       TEXT NOT NULL,           -- theme key\n"
	"  polarity    TEXT NOT NULL CHECK (polarity = 'positive' OR polarity = 'negative'\n"
	"                                 OR polarity = 'mixed' OR polarity = 'neutral'),\n"
	"  PRIMARY KEY (response_id, codebook_id, theme),\n"
	"  FOREIGN KEY (response_id, codebook_id) REFERENCES coding(response_id, codebook_id) ON DELETE CASCADE\n"
	") WITHOUT ROWID;\n"
	"INSERT INTO theme_v6 SELECT response_id, codebook_id, theme, polarity\n"
	"  FROM theme ORDER BY response_id, codebook_id, theme;\n"
	"CREATE TABLE code_v6 (                 -- every rule match behind a theme\n"
	"  response_id INTEGER NOT NULL,\n"
	"  codebook_id INTEGER NOT NULL,\n"
	"  seq         INTEGER NOT NULL,        -- order among the coding's codes\n"
	"  theme       TEXT NOT NULL,\n"
	"  rule        TEXT NOT NULL,           -- file:line:term\n"
	"  start       INTEGER NOT NULL,        -- byte span [start, end) in response.text\n"
	"  end         INTEGER NOT NULL,\n"
	"  negated     INTEGER NOT NULL DEFAULT 0,\n"
	"  PRIMARY KEY (response_id, codebook_id, seq),\n"
	"  FOREIGN KEY (response_id, codebook_id) REFERENCES coding(response_id, codebook_id) ON DELETE CASCADE\n"
	") WITHOUT ROWID;\n"
	"INSERT INTO code_v6 SELECT response_id, codebook_id,\n"
	"         row_number() OVER (PARTITION BY response_id, codebook_id\n"
	"                            ORDER BY theme, start, end, rule) - 1,\n"
	"         theme, rule, start, end, negated FROM code;\n"
	"DROP TABLE code;\n"
	"DROP TABLE theme;\n"
	"DROP TABLE coding;\n"
	"ALTER TABLE coding_v6 RENAME TO coding;\n"
	"ALTER TABLE theme_v6 RENAME TO theme;\n"
	"ALTER TABLE code_v6 RENAME TO code;\n"
	"CREATE INDEX coding_codebook ON coding(codebook_id);\n"
	"CREATE INDEX theme_codebook ON theme(codebook_id, theme);\n"
	"CREATE TRIGGER response_summary_uncode AFTER DELETE ON coding BEGIN\n"
	"  UPDATE response_summary SET codebook_id = NULL, polarity = NULL, themes = NULL\n"
	"   WHERE response_id = old.response_id AND codebook_id = old.codebook_id;\n"
	"END;\n"
	"CREATE VIEW current_coding AS          -- coding by the current codebook\n"
	"  SELECT g.* FROM coding g JOIN current_codebook c ON g.codebook_id = c.id;\n"
	"CREATE VIEW current_theme AS           -- themes per response: a human review wins\n"
	"  SELECT t.response_id, t.theme, t.polarity, 0 AS reviewed\n"
	"    FROM theme t JOIN current_codebook c ON t.codebook_id = c.id\n"
	"   WHERE t.response_id NOT IN (SELECT response_id FROM review)\n"
	"  UNION ALL\n"
	"  SELECT l.response_id, rt.theme,\n"
	"         coalesce((SELECT t.polarity FROM theme t JOIN current_codebook c\n"
	"                    ON t.codebook_id = c.id\n"
	"                   WHERE t.response_id = l.response_id AND t.theme = rt.theme),\n"
	"                  (SELECT g.polarity FROM current_coding g\n"
	"                   WHERE g.response_id = l.response_id), 'neutral'),\n"
	"         1\n"
	"    FROM latest_review l JOIN review_theme rt ON rt.review_id = l.id;\n",
};

const int store_nmigrations = sizeof store_migrations / sizeof store_migrations[0];
