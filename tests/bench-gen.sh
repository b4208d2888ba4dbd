#!/bin/sh
# bench-gen.sh — bench/gen (the `make bench` survey generator) is
# deterministic and writes a well-formed Google Forms export.
. "${top_srcdir:-.}/tests/setup.sh"
GEN=${top_builddir:?}/bench/gen

"$GEN" -n 2000 -s 7 -o a.csv 2>a.stats
"$GEN" -n 2000 -s 7 >b.csv 2>b.stats
cmp a.csv b.csv || fail "same seed, different output"
cmp a.stats b.stats || fail "same seed, different statistics"
"$GEN" -n 2000 -s 8 -o c.csv 2>/dev/null
! cmp -s a.csv c.csv || fail "a different seed gave the same output"

# the statistics line agrees with the file
set -- $(cat a.stats)
[ "$1 $2" = "rows 2000" ] || fail "stats: $(cat a.stats)"
[ "$4" -eq "$(wc -c <a.csv)" ] || fail "stats bytes $4 != file size"

# header, then exactly 2000 records of 5 fields each (sqlite3 warns on any
# record with too few or too many fields)
head -n 1 a.csv >hdr
printf '%s\n' 'Timestamp,Which area do you live in?,How old is your child?,What has worked well?,What could we do better?' >want
cmp hdr want || fail "header: $(cat hdr)"
sqlite3 :memory: '.import --csv a.csv t' 'SELECT count(*) FROM t;' \
    "SELECT count(*) FROM pragma_table_info('t');" \
    "SELECT min(Timestamp) >= '2026/07/01' AND max(Timestamp) < '2026/10/01' FROM t;" \
    "SELECT sum(length(CAST(\"What has worked well?\" AS BLOB)) + length(CAST(\"What could we do better?\" AS BLOB))) FROM t;" \
    "SELECT count(*) > 0 FROM t WHERE \"What could we do better?\" LIKE '%' || char(10) || '%';" \
    "SELECT count(*) > 0 FROM t WHERE \"What has worked well?\" = '';" \
    >counts 2>warn
[ ! -s warn ] || { cat warn >&2; fail "sqlite3 .import complained"; }
printf '2000\n5\n1\n%s\n1\n1\n' "$6" >want
cmp counts want || { diff -u want counts >&2; fail "parsed content"; }

# -n 0 writes the header alone; bad arguments are usage errors
"$GEN" -n 0 >z.csv 2>/dev/null
[ "$(wc -l <z.csv)" -eq 1 ] || fail "-n 0"
expect_exit 2 "$GEN" -n abc
expect_exit 2 "$GEN" extra
exit 0
