#!/bin/sh
# privacy-flags.sh — `heed flags`: listing with the original text, filters,
# every transition and every refused one, the flag_event audit trail, and
# flagged responses kept out of exports.
. "${top_srcdir:-.}/tests/setup.sh"
MKDB=${top_builddir:-..}/tests/unit/mkdb

"$MKDB" "$HEED_DB"
# two rounds; responses 1 and 3 flagged, 2 not
sql "INSERT INTO round (id, label) VALUES (1, '2026-Q2'), (2, '2026-Q3');
INSERT INTO import (id, file, sha256, imported_at, format, source)
  VALUES (1, 's.csv', 'x', '2026-07-01T00:00:00Z', 'csv', 'survey');
INSERT INTO respondent (id, import_id, ext_id) VALUES (1, 1, 'r1'), (2, 1, 'r2'), (3, 1, 'r3');
INSERT INTO question (id, text) VALUES (1, 'What could we do better?');
INSERT INTO response (id, respondent_id, question_id, round_id, source, text, redaction, dedup) VALUES
  (1, 1, 1, 1, 'survey', 'My son Jack says his dad hits him', 'My son [name] says his dad hits him', 'd1'),
  (2, 2, 1, 2, 'survey', 'Visits should be announced. Call Amy on 07700 900123',
     'Visits should be announced. Call Amy on [phone]', 'd2'),
  (3, 3, 1, 2, 'survey', 'I cannot cope and have thoughts of ending it
second line of the same response', 'redacted 3', 'd3');
INSERT INTO codebook (id, hash, name, text, loaded_at, used_at)
  VALUES (1, 'h', 'default.codebook', '', '2026-07-01T00:00:00Z', '2026-07-01T00:00:00Z');
INSERT INTO flag (id, response_id, codebook_id, flag, rule, start, end, raised_at) VALUES
  (1, 1, 1, 'disclosure', 'default.codebook:301:hits (me|him|her)', 20, 33, '2026-07-02T09:00:00Z'),
  (2, 3, 1, 'risk', 'default.codebook:310:ending it', 30, 39, '2026-07-02T09:00:01Z');"
me=$(id -un 2>/dev/null || echo "${USER:-unknown}")
events() { sql "SELECT count(*) FROM flag_event"; }

# list: all flags, the ORIGINAL text (not the redacted), status, round, rule
expect_exit 0 "$HEED" flags
expect_grep '^flag 1  round 2026-Q2  disclosure  rule default.codebook:301:hits \(me\|him\|her\)  raised 2026-07-02T09:00:00Z$' "$T/out"
expect_grep '^  \| My son Jack says his dad hits him$' "$T/out"
expect_grep '^  \| second line of the same response$' "$T/out"
expect_grep '^  status: open$' "$T/out"
expect_grep '^2 flags$' "$T/out"
grep -q 'Visits should be announced' "$T/out" && fail "an unflagged response was listed"
grep -q '\[name\]' "$T/out" && fail "flags list showed redacted text"
expect_exit 0 "$HEED" flags list --round 2026-Q3
expect_grep '^1 flag$' "$T/out"
expect_grep '^flag 2 ' "$T/out"
expect_exit 0 "$HEED" flags list --status closed
expect_grep '^0 flags$' "$T/out"
expect_exit 0 "$HEED" flags list --round 2025-Q1
expect_grep '^0 flags$' "$T/out"

# usage errors: exit 2, nothing written
before=$(db_dump)
expect_exit 2 "$HEED" flags list --status pending
expect_grep "open, referred or closed" "$T/err"
expect_exit 2 "$HEED" flags refer 1
expect_grep "to whom" "$T/err"
expect_exit 2 "$HEED" flags refer 1 --to ""
expect_exit 2 "$HEED" flags close 1
expect_grep "outcome" "$T/err"
expect_exit 2 "$HEED" flags show
expect_grep "which flag ID" "$T/err"
expect_exit 2 "$HEED" flags show 1x
expect_grep "'1x' is not a flag ID" "$T/err"
expect_exit 2 "$HEED" flags show 0
expect_exit 2 "$HEED" flags show 1 2
expect_exit 2 "$HEED" flags frobnicate
expect_grep "unknown action 'frobnicate'" "$T/err"
expect_exit 2 "$HEED" flags list --to someone
expect_exit 2 "$HEED" flags close 1 --note x --to y
expect_exit 2 "$HEED" flags show 1 --status open
expect_exit 2 "$HEED" flags list 1
[ "$(db_dump)" = "$before" ] || fail "a refused command changed the database"

# no such flag: exit 1, nothing written
expect_exit 1 "$HEED" flags refer 99 --to MASH
expect_grep "no flag 99" "$T/err"
expect_exit 1 "$HEED" flags show 99
expect_grep "no flag 99" "$T/err"
[ "$(db_dump)" = "$before" ] || fail "refer of a missing flag changed the database"

# open -> referred, with an event naming who, to whom, when
expect_exit 0 "$HEED" flags refer 1 --to "MASH duty desk"
expect_grep '^flag 1 referred$' "$T/out"
[ "$(sql "SELECT status FROM flag WHERE id = 1")" = referred ] || fail "flag 1 not referred"
[ "$(sql "SELECT status || '|' || referred_to || '|' || coalesce(note, '-') || '|' || actor
  FROM flag_event WHERE flag_id = 1")" = "referred|MASH duty desk|-|$me" ] || fail "wrong refer event"
sql "SELECT at FROM flag_event WHERE flag_id = 1" | grep -Eq '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z$' ||
	fail "event time is not ISO 8601 UTC"
# referred -> referred again (escalation), with a note
expect_exit 0 "$HEED" flags refer 1 -t "Police" -n "escalated after call"
[ "$(events)" = 2 ] || fail "second referral not recorded"
expect_exit 0 "$HEED" flags list --status referred
expect_grep '^  status: referred to Police \(' "$T/out"
expect_grep '^1 flag$' "$T/out"
# referred -> closed
expect_exit 0 "$HEED" flags close 1 --note "Family supported by early help"
[ "$(sql "SELECT status FROM flag WHERE id = 1")" = closed ] || fail "flag 1 not closed"
[ "$(sql "SELECT status || '|' || coalesce(referred_to, '-') || '|' || note || '|' || actor
  FROM flag_event WHERE flag_id = 1 ORDER BY id DESC LIMIT 1")" = \
  "closed|-|Family supported by early help|$me" ] || fail "wrong close event"
# closed is final: closing or referring again fails, writes nothing
before=$(db_dump)
expect_exit 1 "$HEED" flags close 1 --note "again"
expect_grep "flag 1 is already closed" "$T/err"
expect_exit 1 "$HEED" flags refer 1 --to "Someone"
expect_grep "flag 1 is already closed" "$T/err"
[ "$(db_dump)" = "$before" ] || fail "a refused change wrote to the database"
# open -> closed directly
expect_exit 0 "$HEED" flags close 2 --note "No concern: quote from a book"
[ "$(events)" = 4 ] || fail "expected 4 events, got $(events)"

# show: the whole audit trail, oldest first, and the original text
expect_exit 0 "$HEED" flags show 1
expect_grep '^flag 1: disclosure$' "$T/out"
expect_grep '^status: closed \(.*\): Family supported by early help$' "$T/out"
expect_grep '^  \| My son Jack says his dad hits him$' "$T/out"
expect_grep "^  2026-07-02T09:00:00Z  open +raised by heed analyse$" "$T/out"
[ "$(grep -c "  by $me\$" "$T/out")" = 3 ] || fail "show 1 does not list 3 changes by $me"
sed -n '/^history:/,$p' "$T/out" | awk 'NR > 1 { print $2 }' | tr '\n' ' ' > "$T/order"
[ "$(cat "$T/order")" = "open referred referred closed " ] || fail "trail out of order: $(cat "$T/order")"
expect_grep 'to MASH duty desk +by' "$T/out"
expect_grep 'to Police note: escalated after call +by' "$T/out"

# flagged responses never leave heed in an export, not even --unredacted
expect_exit 0 "$HEED" export responses --unredacted
expect_grep 'Visits should be announced' "$T/out"
grep -q 'hits him\|ending it' "$T/out" && fail "a flagged response was exported"
expect_exit 0 "$HEED" export responses
grep -q 'hits him\|ending it\|\[name\]' "$T/out" && fail "a flagged response was exported"

# the database must exist for a change; refer does not create one
expect_exit 1 "$HEED" --db "$T/none.db" flags refer 1 --to X
[ ! -e "$T/none.db" ] || fail "flags refer created a database"
echo "privacy-flags: ok"
