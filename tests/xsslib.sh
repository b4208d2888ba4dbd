# xsslib.sh — sourced by tests/security-*.sh after tests/setup.sh:
# xss_reports FORMAT... imports responses carrying script and markup,
# codes them and writes a report in each FORMAT to rep-FORMAT/.
XSS_SCRIPT="<script>document.title='PWNED'</script>"
XSS_IMG="\"><img src=x onerror=\"document.title='PWNED'\">"
xss_reports() {
	awk -v s="$XSS_SCRIPT" -v m="$XSS_IMG" 'BEGIN {
		gsub(/"/, "\"\"", m)
		print "Timestamp,Which area do you live in?,What could we do better?"
		for (i = 0; i < 40; i++)
			printf "2026/07/%02d 10:00:00,Eastmoor,\"The annual home visit felt " \
			    "intrusive and the officer was inconsistent %d %s %s\"\n",
			    i % 28 + 1, i, s, m
	}' > xss.csv
	expect_exit 0 "$HEED" collect xss.csv --round 2026-Q3
	expect_exit 0 "$HEED" analyse
	for f in "$@"; do
		expect_exit 0 "$HEED" report -F "$f" -o "rep-$f"
	done
}
