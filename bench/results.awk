# results.awk — turn bench/run.sh's records into the tables of RESULTS.md.
# Input: tab-separated records "step N state wall cpu rss_kb note";
# variables N (the main run's rows) and series (row counts, space separated).
BEGIN { FS = "\t" }
{
	k = $1 SUBSEP $2
	state[k] = $3; wall[k] = $4; cpu[k] = $5; rss[k] = $6; note[k] = $7
	if ($1 == "gen") {
		split($7, kv, /[ =]/)
		bytes[$2] = kv[2]; text[$2] = kv[4]
	}
}
function ok(s, n) { return state[s, n] == "ok" }
function mib(kb) { return sprintf("%.1f", kb / 1024) }
function rate(x) {
	return x >= 1e6 ? sprintf("%.2fM", x / 1e6) : x >= 1e3 ? sprintf("%.1fk", x / 1e3) \
	    : sprintf("%.0f", x)
}
function row(label, s, n,    w, r) {
	if (!ok(s, n)) {
		printf "| %s | %s | | | | | | | |\n", label, (note[s, n] != "" ? note[s, n] : "n/a")
		return
	}
	w = wall[s, n] > 0 ? wall[s, n] : 0.001
	r = sprintf("| %s | %.3f | %.3f | %s | %s | %.1f | ", label, wall[s, n], cpu[s, n],
	    mib(rss[s, n]), rate(n / w), text[n] / w / 1e6)
	r = r (ok("sqlite_import", n) ? sprintf("%.2f×", wall[s, n] / wall["sqlite_import", n]) : "") " | "
	r = r (ok("python", n) ? sprintf("%.1f×", wall["python", n] / w) : "") " | "
	printf "%s%s |\n", r, note[s, n]
}
function pipeline_ok(n) { return ok("collect", n) && ok("analyse", n) && ok("report", n) }
END {
	printf "## Input\n\n"
	printf "bench/gen: %d rows, %.1f MB file, %.1f MB of free-text answers " \
	    "(two questions; MB/s below is over these bytes).\n\n", N, bytes[N] / 1e6, text[N] / 1e6

	printf "## Steps (N = %d)\n\n", N
	printf "Ratios: **÷ .import** is the step's wall time over `sqlite3 .import`'s on the\n"
	printf "same file; **Python ÷** is the Python reference's wall time over the step's\n"
	printf "(how many times faster the step is).  Peak RSS is ru_maxrss.\n\n"
	printf "| step | wall s | CPU s | peak RSS MiB | rows/s | text MB/s | ÷ .import | Python ÷ | note |\n"
	printf "|---|--:|--:|--:|--:|--:|--:|--:|---|\n"
	row("sqlite3 .import (reference)", "sqlite_import", N)
	row("Python reference (collect + analyse)", "python", N)
	row("heed collect", "collect", N)
	row("heed analyse (default codebook)", "analyse", N)
	row("heed report", "report", N)
	row("heed analyse (changed codebook)", "recode", N)
	if (pipeline_ok(N)) {
		k = "pipeline" SUBSEP N
		state[k] = "ok"
		wall[k] = wall["collect", N] + wall["analyse", N] + wall["report", N]
		cpu[k] = cpu["collect", N] + cpu["analyse", N] + cpu["report", N]
		rss[k] = rss["collect", N]
		if (rss["analyse", N] > rss[k]) rss[k] = rss["analyse", N]
		if (rss["report", N] > rss[k]) rss[k] = rss["report", N]
	} else
		note["pipeline", N] = "n/a (needs collect, analyse and report)"
	row("heed pipeline (collect + analyse + report)", "pipeline", N)

	printf "\n## Targets (issue 8)\n\n| target | measured | met |\n|---|---|---|\n"
	if (ok("collect", N) && ok("sqlite_import", N)) {
		x = wall["collect", N] / wall["sqlite_import", N]
		printf "| collect within 2× of sqlite3 .import | %.2f× | %s |\n", x, (x <= 2 ? "yes" : "**no**")
	} else
		printf "| collect within 2× of sqlite3 .import | n/a | |\n"
	if (ok("analyse", N)) {
		x = text[N] / wall["analyse", N] / 1e6
		printf "| analyse ≥ 100 MB/s of text (default codebook) | %.1f MB/s | %s |\n", x, (x >= 100 ? "yes" : "**no**")
	} else
		printf "| analyse ≥ 100 MB/s of text (default codebook) | n/a | |\n"
	if (pipeline_ok(N) && ok("python", N)) {
		x = wall["python", N] / wall["pipeline", N]
		printf "| pipeline ≥ 25× faster than the Python reference | %.1f× | %s |\n", x, (x >= 25 ? "yes" : "**no**")
	} else
		printf "| pipeline ≥ 25× faster than the Python reference | n/a | |\n"
	if (ok("report", N))
		printf "| report on the whole database < 1 s | %.3f s | %s |\n", wall["report", N], (wall["report", N] < 1 ? "yes" : "**no**")
	else
		printf "| report on the whole database < 1 s | n/a | |\n"
	m = 0; all = 1; ns = split(series, S, " ")
	for (i = 0; i <= ns; i++) {
		n = i ? S[i] : N
		split("collect analyse report recode", steps, " ")
		for (j = 1; j <= 4; j++) {
			if (!ok(steps[j], n)) { all = 0; continue }
			if (rss[steps[j], n] > m) { m = rss[steps[j], n]; ms = steps[j] " at N=" n }
		}
	}
	if (m > 0)
		printf "| peak RSS < 32 MiB for every heed step, any N | %s MiB (%s)%s | %s |\n", mib(m), ms,
		    all ? "" : ", some steps n/a", (m < 32 * 1024 ? (all ? "yes" : "so far") : "**no**")
	else
		printf "| peak RSS < 32 MiB for every heed step, any N | n/a | |\n"
	printf "| time linear in N, 10,000 to 1,000,000 rows | see the series | |\n"

	if (ns == 0)
		exit
	printf "\n## Series (linearity)\n\n"
	printf "Wall seconds, and microseconds per row in brackets: linear time shows as a\n"
	printf "flat µs/row down each column.\n\n"
	printf "| N | text MB | sqlite3 .import | collect | analyse | report | recode | heed max RSS MiB |\n"
	printf "|--:|--:|--:|--:|--:|--:|--:|--:|\n"
	split("sqlite_import collect analyse report recode", cols, " ")
	for (i = 1; i <= ns; i++) {
		n = S[i]; line = sprintf("| %d | %.1f |", n, text[n] / 1e6); m = 0
		for (j = 1; j <= 5; j++) {
			s = cols[j]
			if (ok(s, n))
				line = line sprintf(" %.3f (%.2f) |", wall[s, n], wall[s, n] / n * 1e6)
			else
				line = line " n/a |"
			if (j > 1 && ok(s, n) && rss[s, n] > m) m = rss[s, n]
		}
		printf "%s %s |\n", line, (m ? mib(m) : "n/a")
	}
}
