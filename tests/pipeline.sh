#!/bin/sh
# pipeline.sh — the whole pipeline on samples/: collect both survey rounds
# and the forum thread, analyse, export; counts checked against SQLite's own
# CSV reader, re-imports store nothing, re-analysis codes nothing new.
. "${top_srcdir:-.}/tests/setup.sh"
S=$SRC/samples

# What SQLite's independent CSV parser finds: non-blank answers to the two
# free-text questions (columns 4 and 5).
expected=0
for q in 2026-Q2 2026-Q3; do
	n=$(sqlite3 :memory: ".import --csv $S/consultation-$q.csv t" \
	    "SELECT (SELECT count(*) FROM t WHERE trim(\"What has worked well in your contact with the local authority?\") <> '')
	          + (SELECT count(*) FROM t WHERE trim(\"What could we do better?\") <> '')")
	rows=$(sqlite3 :memory: ".import --csv $S/consultation-$q.csv t" "SELECT count(*) FROM t")
	expect_exit 0 "$HEED" collect "$S/consultation-$q.csv" --round "$q"
	expect_grep "^$S/consultation-$q.csv: $n responses from $rows rows \(2 questions\), 0 duplicates, 0 rejected, round $q, format google-forms$" "$T/out"
	[ "$(sql "SELECT count(*) FROM response JOIN round r ON r.id = round_id WHERE r.label = '$q'")" -eq "$n" ] ||
		fail "round $q: stored responses differ from the $n answers in the file"
	expected=$((expected + n))
done
posts=$(grep -c '^---$' "$S/forum-thread.txt")
posts=$((posts + 1))
expect_exit 0 "$HEED" collect "$S/forum-thread.txt" --round 2026-Q3 --source forum
[ "$(sql "SELECT count(*) FROM response WHERE source = 'forum'")" -eq "$posts" ] ||
	fail "forum: expected $posts posts"
# quoted lines and signatures are not part of any stored post
[ "$(sql "SELECT count(*) FROM response WHERE source = 'forum' AND (text LIKE '>%' OR text LIKE '%
-- %')")" -eq 0 ] || fail "forum quotes or signatures were stored"
total=$((expected + posts))
[ "$(sql 'SELECT count(*) FROM response')" -eq "$total" ] || fail "total responses"

# re-importing stores nothing twice
before=$(db_dump)
expect_exit 0 "$HEED" collect "$S/consultation-2026-Q3.csv" --round 2026-Q3
expect_grep "already imported" "$T/out"
[ "$(db_dump)" = "$before" ] || fail "re-import changed the database"

# analyse codes everything once, with the default codebook
expect_exit 0 "$HEED" analyse
expect_grep "coded $total responses" "$T/out"
[ "$(sql 'SELECT count(*) FROM current_coding')" -eq "$total" ] || fail "not every response coded"
expect_exit 0 "$HEED" analyse
expect_grep "coded 0 responses" "$T/out"
# every one of the 15 reference themes is found somewhere in the samples
for k in trust transparency language practice consistency collaboration support \
    intrusion safeguarding school send communication rights access wellbeing; do
	[ "$(sql "SELECT count(*) FROM current_theme WHERE theme = '$k'")" -gt 0 ] ||
		fail "theme $k never coded on samples/"
done
flagged=$(sql 'SELECT count(*) FROM flag')
[ "$flagged" -gt 0 ] || fail "the samples' safeguarding disclosures raised no flag"

# export: one row per reportable response, flagged ones withheld
expect_exit 0 "$HEED" export responses -o responses.csv
head -n 1 responses.csv | grep -qx 'id,question,round,source,polarity,safeguarding,themes,text' ||
	fail "export header"
n=$(sqlite3 :memory: ".import --csv responses.csv t" "SELECT count(*) FROM t")
[ "$n" -eq $((total - flagged)) ] || fail "export has $n rows, expected $((total - flagged))"
[ "$(sqlite3 :memory: ".import --csv responses.csv t" \
    "SELECT count(*) FROM t WHERE polarity NOT IN ('positive','negative','mixed','neutral')")" -eq 0 ] ||
	fail "export: a response without polarity"
echo "pipeline: ok ($total responses, $flagged flagged)"
