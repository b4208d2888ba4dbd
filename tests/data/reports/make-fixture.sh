#!/bin/sh
# make-fixture.sh DB — build the report-test database: heed creates the
# schema (`heed action list` on a new file), fixture.sql fills it, and
# `heed action` records two actions for 2026-Q2 (one done) and one for 2026-Q3.
# Usage: HEED=path/to/heed sh make-fixture.sh DB
set -eu
db=$1
dir=$(cd "$(dirname "$0")" && pwd)
: "${HEED:?HEED must name the heed binary}"
rm -f "$db"
"$HEED" --db "$db" action list >/dev/null
sqlite3 -batch "$db" <"$dir/fixture.sql"
"$HEED" --db "$db" action add --round 2026-Q2 --theme intrusion \
	"Home visits only by agreement; written alternatives offered first" >/dev/null
"$HEED" --db "$db" action add --round 2026-Q2 --theme communication \
	"Reply to every e-mail within five working days <promise>" >/dev/null
"$HEED" --db "$db" action done 1 >/dev/null
"$HEED" --db "$db" action add --round 2026-Q3 --theme consistency \
	"Name one contact per family for the year" >/dev/null
# fixed times, so reports from the fixture are the same every run
sqlite3 -batch "$db" "UPDATE action SET created_at = '2026-07-01T09:00:00Z';
	UPDATE action SET done_at = '2026-08-15T12:00:00Z' WHERE done_at IS NOT NULL;"
