#!/bin/sh
# run.sh — the body of `make bench` (issue 8).  Run it through make, which
# builds the programs and sets:
#   HEED GEN MEASURE   the built heed, bench/gen and bench/measure
#   HEED_DATADIR       where data/default.codebook is read from
#   BENCH_ROWS         rows in the main run (default 1000000)
#   BENCH_SERIES       row counts for the linearity series ("" to skip)
#   BENCH_JOBS         --jobs for `heed analyse`, when it takes that option
#   BENCH_SEED         the generator's seed
#   BENCH_DIR          scratch directory (survey files, databases, logs; the
#                      main run's files are kept there for profiling)
#   BENCH_RESULTS      the Markdown file written (bench/RESULTS.md)
#
# For each row count: generate the survey export, then measure, on the same
# file, the two references (sqlite3 .import; bench/reference.py, main run
# only) and heed's steps: collect, analyse with the default codebook, report,
# and analyse again after a codebook change (report, a second or so, runs
# three times and keeps the median: see median3).  A heed step that is not
# implemented yet is recorded "n/a", one that fails "failed (exit N)"; the
# run goes on either way.
set -eu
LC_ALL=C; export LC_ALL
: "${HEED:?}" "${GEN:?}" "${MEASURE:?}" "${HEED_DATADIR:?}"
BENCH_ROWS=${BENCH_ROWS:-1000000}
BENCH_SERIES=${BENCH_SERIES-10000 100000 1000000}
BENCH_JOBS=${BENCH_JOBS:-2}
BENCH_SEED=${BENCH_SEED:-1}
BENCH_DIR=${BENCH_DIR:-bench-work}
HERE=$(cd "$(dirname "$0")" && pwd)
BENCH_RESULTS=${BENCH_RESULTS:-$HERE/RESULTS.md}
PYTHON=${PYTHON:-python3}
SQLITE3=${SQLITE3:-sqlite3}

mkdir -p "$BENCH_DIR"
W=$(cd "$BENCH_DIR" && pwd)
REC=$W/records.tsv		# step N state wall cpu rss_kb note
: >"$REC"
probe=

say() { printf 'bench: %s\n' "$*" >&2; }

# step NAME N CMD...: measure CMD, append one record.  The state is ok,
# na (not implemented / option not supported) or failed.  $probe names the
# heed command run (empty for the references): when heed rejects an option,
# the bare command is run to see whether it is a "not implemented" stub.
step() {
	name=$1 n=$2; shift 2
	log=$W/$name-$n
	set +e
	"$MEASURE" -o "$log.m" -- "$@" >"$log.out" 2>"$log.err"
	set -e
	if [ ! -s "$log.m" ]; then
		echo "127	0	0	0	0	0" >"$log.m"
	fi
	read -r status wall cpu _user _sys rss <"$log.m"
	if [ "$status" -eq 0 ]; then
		state=ok note=
	elif grep -qi 'not implemented' "$log.err"; then
		state=na note="n/a (not implemented)"
	elif grep -qiE "unrecognized option|unknown option|invalid option" "$log.err" &&
	    [ -n "$probe" ] && (cd "$W" && "$HEED" --db "$W/probe.db" "$probe" \
	    </dev/null 2>&1 >/dev/null) | grep -qi 'not implemented'; then
		state=na note="n/a (not implemented)"
	elif grep -qiE "unrecognized option|unknown option|invalid option" "$log.err"; then
		opt=$(grep -oiE "(unrecognized|unknown|invalid) option[^a-z]*[-a-z]*" \
		    "$log.err" | head -n 1 | sed "s/.*option[^-a-z]*//")
		state=na note="n/a (option $opt not supported)"
	else
		state=failed note="failed (exit $status)"
	fi
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$n" "$state" "$wall" \
	    "$cpu" "$rss" "$note" >>"$REC"
	say "$name N=$n: ${note:-${wall}s wall, ${cpu}s CPU, ${rss} KiB peak}"
	[ "$state" = ok ]
}

# median3 NAME N CMD...: step, for a step of a second or so, where one run
# is at the mercy of whatever else the machine does: run it three times
# and keep the record with the median wall time (a failure ends it and is
# kept).
median3() {
	name3=$1 n3=$2 tab=$(printf '\t')
	kept=$(wc -l <"$REC")
	runs=0
	while [ "$runs" -lt 3 ] && step "$@"; do
		runs=$((runs + 1))
	done
	{ head -n "$kept" "$REC"
	  if [ "$runs" -eq 3 ]; then
		tail -n 3 "$REC" | sort -t "$tab" -k4,4g | sed -n 2p
	  else
		tail -n 1 "$REC"
	  fi; } >"$REC.new"
	mv "$REC.new" "$REC"
	[ "$runs" -eq 3 ] && note "$name3" "$n3" "median of 3 runs"
}

# skip NAME N WHY: record a step that could not run
skip() {
	printf '%s\t%s\tna\t\t\t\tn/a (%s)\n' "$1" "$2" "$3" >>"$REC"
	say "$1 N=$2: skipped ($3)"
}

# note NAME N TEXT: add TEXT to a step's record (row counts found in the DB)
note() {
	awk -F'\t' -v OFS='\t' -v s="$1" -v n="$2" -v t="$3" \
	    '$1 == s && $2 == n && $7 == "" { $7 = t } { print }' "$REC" >"$REC.new"
	mv "$REC.new" "$REC"
}

load_start=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || :)
JOBS=
if "$HEED" analyse --help 2>/dev/null | grep -q -- '--jobs'; then
	JOBS="--jobs $BENCH_JOBS"
fi

# run_size N WITH_PYTHON
run_size() {
	n=$1 py=$2
	csv=$W/survey-$n.csv db=$W/heed-$n.db
	say "N=$n: generating $csv"
	"$MEASURE" -o "$W/gen-$n.m" -- "$GEN" -n "$n" -s "$BENCH_SEED" -o "$csv" \
	    2>"$W/gen-$n.stats"
	read -r _ _ _ bytes _ text <"$W/gen-$n.stats"
	read -r _ wall cpu _ _ rss <"$W/gen-$n.m"
	printf 'gen\t%s\tok\t%s\t%s\t%s\t%s\n' "$n" "$wall" "$cpu" "$rss" \
	    "bytes=$bytes text=$text" >>"$REC"

	rm -f "$W/sqlite-$n.db"
	probe=
	step sqlite_import "$n" "$SQLITE3" "$W/sqlite-$n.db" ".import --csv $csv t" || true
	rm -f "$W/sqlite-$n.db"
	if [ "$py" = yes ]; then
		rm -f "$W/python-$n.db" "$W/python-$n.db-wal" "$W/python-$n.db-shm"
		if step python "$n" "$PYTHON" "$HERE/reference.py" "$W/python-$n.db" "$csv"; then
			note python "$n" "$(head -n 1 "$W/python-$n.out")"
		fi
		rm -f "$W/python-$n.db" "$W/python-$n.db-wal" "$W/python-$n.db-shm"
	fi

	rm -f "$db" "$db-wal" "$db-shm"
	rm -rf "$W/report-$n"
	probe=collect
	if step collect "$n" "$HEED" --db "$db" collect "$csv" --round 2026-Q3; then
		note collect "$n" "$("$SQLITE3" "$db" 'SELECT count(*) FROM response' 2>/dev/null || :) responses"
		# shellcheck disable=SC2086
		probe=analyse
		if step analyse "$n" "$HEED" --db "$db" analyse $JOBS; then
			note analyse "$n" "$("$SQLITE3" "$db" 'SELECT count(*) FROM theme' 2>/dev/null || :) themes"
			probe=report
			median3 report "$n" "$HEED" --db "$db" report -o "$W/report-$n" --force || true
			cp "$HEED_DATADIR/default.codebook" "$W/changed.codebook"
			cat >>"$W/changed.codebook" <<-'EOF'

			# added by bench/run.sh: a harmless extra theme, to time recoding
			theme bench-extra
			  label Benchmark extra theme
			  words zyzzyva
			EOF
			probe=analyse
			# shellcheck disable=SC2086
			step recode "$n" "$HEED" --db "$db" analyse --codebook "$W/changed.codebook" $JOBS || true
		else
			skip report "$n" "needs analyse"
			skip recode "$n" "needs analyse"
		fi
	else
		skip analyse "$n" "needs collect"
		skip report "$n" "needs collect"
		skip recode "$n" "needs collect"
	fi
}

run_size "$BENCH_ROWS" yes
for n in $BENCH_SERIES; do
	[ "$n" = "$BENCH_ROWS" ] || run_size "$n" no
done
# keep the main run's survey and database for profiling; drop the rest
for n in $BENCH_SERIES; do
	[ "$n" = "$BENCH_ROWS" ] || rm -f "$W/survey-$n.csv" "$W/heed-$n.db"*
done

# ---- RESULTS.md ------------------------------------------------------------
cpu_model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)
heed_version=$("$HEED" --version 2>/dev/null | head -n 1 || :)
commit=$(git -C "$HERE" rev-parse --short HEAD 2>/dev/null || echo unknown)
profile=
if [ -f "$BENCH_RESULTS" ] && grep -q '^## Profile' "$BENCH_RESULTS"; then
	profile=$(sed -n '/^## Profile/,$p' "$BENCH_RESULTS")
fi
{
	echo "# heed benchmark results"
	echo
	echo "Written by \`make bench\` (bench/run.sh, issue 8) on $(date -u '+%Y-%m-%d %H:%M UTC'):"
	echo "${heed_version:-heed}, commit $commit.  Edit only the Profile section by"
	echo "hand; the rest is rewritten by every run."
	echo
	echo "## Machine"
	echo
	echo "- CPU: ${cpu_model:-unknown}, $(nproc) cores online"
	echo "- Memory: ${mem:-unknown}"
	echo "- Kernel: $(uname -srm)"
	echo "- Compiler: $(${CC:-cc} --version 2>/dev/null | head -n 1), CFLAGS ${CFLAGS:-(default)}"
	echo "- $("$SQLITE3" --version | cut -d' ' -f1,2 | sed 's/^/sqlite3 /'); $("$PYTHON" --version 2>&1)"
	echo "- Load average (1, 5, 15 min) at start: ${load_start:-?}; at end:" \
	    "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || :) (other work on the machine" \
	    "skews wall times)"
	echo "- heed analyse options: ${JOBS:-(no --jobs option yet)}"
	echo
	awk -F'\t' -v N="$BENCH_ROWS" -v series="$BENCH_SERIES" -f "$HERE/results.awk" "$REC"
	echo
	if [ -n "$profile" ]; then
		printf '%s\n' "$profile"
	else
		echo "## Profile"
		echo
		echo "To be filled in from perf and callgrind runs on the main run's files,"
		echo "which \`make bench\` keeps in its BENCH_DIR (survey-N.csv, heed-N.db):"
		echo
		echo "    perf record -g heed --db heed-N.db analyse && perf report"
		echo "    valgrind --tool=callgrind heed --db x.db collect survey-N.csv --round 2026-Q3"
	fi
} >"$BENCH_RESULTS.new"
mv "$BENCH_RESULTS.new" "$BENCH_RESULTS"
say "wrote $BENCH_RESULTS"
