# intercoder.awk — agreement between two human codings of one set, in the
# terms `heed agree` uses for heed: per-theme precision, recall and F1 of
# coder B against coder A, micro- and macro-F1.
#
#   awk -F, -f tests/intercoder.awk A.csv B.csv
#
# Both files are `id,themes,polarity,flag` (tests/gold/README.md): themes
# ';'-joined keys, no quoted fields; LF or CRLF.  Every id of A must be in B and the
# other way round; a difference is an error (exit 1).  Output, one line per
# theme, then the totals:
#   theme,KEY,support,precision,recall,f1
#   micro_f1,VALUE
#   macro_f1,VALUE
#   polarity,SHARE
#   responses,N
# Macro-F1 is the mean over the themes either coder used.
{ sub(/\r$/, "") }	# CRLF files too
FNR == 1 { file++; next }
file == 1 {
	seen[$1] = 1
	pol[$1] = $3
	n = split($2, t, ";")
	for (i = 1; i <= n; i++) {
		a[$1, t[i]] = 1
		keys[t[i]] = 1
	}
	next
}
file == 2 {
	if (!($1 in seen)) {
		printf "intercoder: %s:%d: id %s is not in %s\n", FILENAME, FNR, $1, ARGV[1] > "/dev/stderr"
		bad = 1
	}
	inb[$1] = 1
	same += $1 in pol && pol[$1] == $3
	n = split($2, t, ";")
	for (i = 1; i <= n; i++) {
		b[$1, t[i]] = 1
		keys[t[i]] = 1
	}
}
END {
	if (file != 2) {
		print "intercoder: usage: awk -F, -f intercoder.awk A.csv B.csv" > "/dev/stderr"
		exit 1
	}
	for (id in seen) {
		if (!(id in inb))
			missing++
		nresp++
	}
	if (missing) {
		printf "intercoder: %d ids of %s are not in %s\n", missing, ARGV[1], ARGV[2] > "/dev/stderr"
		bad = 1
	}
	if (bad)
		exit 1
	for (k in keys) {
		tp = fp = fn = 0
		for (id in seen) {
			if ((id, k) in a && (id, k) in b) tp++
			else if ((id, k) in b) fp++
			else if ((id, k) in a) fn++
		}
		p = tp + fp ? tp / (tp + fp) : 0
		r = tp + fn ? tp / (tp + fn) : 0
		f = 2 * tp + fp + fn ? 2 * tp / (2 * tp + fp + fn) : 0
		printf "theme,%s,%d,%.3f,%.3f,%.3f\n", k, tp + fn, p, r, f
		TP += tp; FP += fp; FN += fn; F += f; nk++
	}
	printf "micro_f1,%.3f\n", 2 * TP + FP + FN ? 2 * TP / (2 * TP + FP + FN) : 0
	printf "macro_f1,%.3f\n", nk ? F / nk : 0
	printf "polarity,%.3f\n", nresp ? same / nresp : 0
	printf "responses,%d\n", nresp
}
