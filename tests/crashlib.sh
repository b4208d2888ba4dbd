# crashlib.sh — sourced by tests/crash-*.sh after tests/setup.sh.
Q='What could we do better?'

# need_collect: skip (77) until `heed collect` can import a file.
need_collect() {
	printf 'Timestamp,%s\n2026/04/01 09:00:00,the letters were clear\n' "$Q" > probe.csv
	set +e
	"$HEED" --db probe.db collect probe.csv --round 2026-Q2 --text-column "$Q" >probe.out 2>&1
	rc=$?; set -e
	rm -f probe.db probe.db-wal probe.db-shm probe.csv
	if [ $rc -ne 0 ]; then
		cat probe.out
		echo "SKIP: heed collect cannot import yet"
		exit 77
	fi
}

# gen_csv FILE ROWS TAG: a survey export of ROWS distinct answers
gen_csv() {
	awk -v n="$2" -v tag="$3" -v q="$Q" 'BEGIN {
		print "Timestamp," q
		for (i = 0; i < n; i++) {
			s = i * 7
			printf "2026/05/%02d %02d:%02d:%02d,%s answer %d: the officer visited " \
			    "and the letters about the annual review were unclear\n",
			    int(s / 86400) % 28 + 1, int(s / 3600) % 24, int(s / 60) % 60,
			    s % 60, tag, i
		}
	}' > "$1"
}

# import DB FILE: collect FILE into DB, which must succeed
import() {
	expect_exit 0 "$HEED" --db "$1" collect "$2" --round 2026-Q2 --text-column "$Q"
}

# responses DB: the number of responses stored
responses() { sqlite3 -batch -noheader "$1" 'SELECT count(*) FROM response'; }

# integrity DB: PRAGMA integrity_check must say ok
integrity() {
	r=$(sqlite3 -batch -noheader "$1" 'PRAGMA integrity_check')
	[ "$r" = ok ] || fail "$1: integrity_check: $r"
}
