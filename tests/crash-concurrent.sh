#!/bin/sh
# crash-concurrent.sh — two `heed collect` processes importing different
# files into one database at once both complete, nothing lost or
# duplicated; a reader (heed export, heed report) during the imports sees
# either all of each import or none of it.
. "${top_srcdir:-.}/tests/setup.sh"
. "$SRC/tests/crashlib.sh"
need_collect

rows=30000
gen_csv a.csv $rows alpha
gen_csv b.csv $rows beta
import ref-a.db a.csv
import ref-b.db b.csv
na=$(responses ref-a.db) nb=$(responses ref-b.db)
[ "$na" -eq $rows ] && [ "$nb" -eq $rows ] || fail "reference imports: $na, $nb"

gen_csv seed.csv 10 seed
import both.db seed.csv
base=$(responses both.db)

"$HEED" --db both.db collect a.csv --round 2026-Q2 --text-column "$Q" >a.out 2>a.err &
pa=$!
"$HEED" --db both.db collect b.csv --round 2026-Q2 --text-column "$Q" >b.out 2>b.err &
pb=$!
# readers (export, report) while they run: every count is a sum of whole imports
seen=""
while kill -0 $pa 2>/dev/null || kill -0 $pb 2>/dev/null; do
	set +e; "$HEED" --db both.db export responses > snap.csv 2>snap.err; rc=$?; set -e
	if [ $rc -eq 0 ]; then
		n=$(($(wc -l < snap.csv) - 1))
		case $n in
		"$base"|$((base + na))|$((base + nb))|$((base + na + nb))) seen="$seen $n" ;;
		*) fail "a reader saw $n responses mid-import (base $base, +$na, +$nb)" ;;
		esac
	else
		cat snap.err >&2; fail "export during the imports failed"
	fi
	# and heed report: its count of the round's responses
	set +e
	"$HEED" --db both.db report -r 2026-Q2 -c none -F json -o snap --force >/dev/null 2>snap.err
	rc=$?; set -e
	[ $rc -eq 0 ] || { cat snap.err >&2; fail "report during the imports failed"; }
	n=$(sqlite3 :memory: "SELECT json_extract(readfile('snap/report.json'), '\$.rounds[0].responses')")
	case $n in
	"$base"|$((base + na))|$((base + nb))|$((base + na + nb))) seen="$seen r$n" ;;
	*) fail "a report during the imports counted $n responses" ;;
	esac
done
wait $pa || { cat a.err >&2; fail "the import of a.csv failed"; }
wait $pb || { cat b.err >&2; fail "the import of b.csv failed"; }

integrity both.db
got=$(responses both.db)
[ "$got" -eq $((base + na + nb)) ] || fail "$got responses after both imports, want $((base + na + nb))"
[ "$(sqlite3 both.db 'SELECT count(*) FROM import')" -eq 3 ] || fail "imports not recorded once each"
[ "$(sqlite3 both.db 'SELECT count(*) FROM (SELECT dedup FROM response GROUP BY dedup HAVING count(*) > 1)')" -eq 0 ] ||
	fail "duplicated responses"
for t in alpha beta; do
	[ "$(sqlite3 both.db "SELECT count(*) FROM response WHERE text LIKE '$t answer %'")" -eq $rows ] ||
		fail "responses of $t lost"
done
echo "crash-concurrent: ok (reader saw:$(echo "$seen" | tr ' ' '\n' | sort -u | tr '\n' ' '))"
