#!/bin/sh
# reports-browser.sh — the HTML report loads in headless Chromium with no
# console errors; the screenshot is kept as tests/artifacts/report.png.
. "${top_srcdir:-.}/tests/setup.sh"
command -v chromium >/dev/null || { echo "chromium not installed: skipped"; exit 77; }
sh "$SRC/tests/data/reports/make-fixture.sh" "$HEED_DB"
expect_exit 0 "$HEED" report --by area -o rep
A=${top_builddir:-.}/tests/artifacts
mkdir -p "$A"
run() {
	timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic \
		--no-first-run --disable-background-networking --disable-component-update \
		--disable-sync --user-data-dir="$T/prof" --enable-logging=stderr --v=0 \
		"$@" "file://$T/rep/report.html"
}
run --screenshot="$A/report.png" --window-size=1200,3000 >"$T/shot.out" 2>"$T/shot.err" ||
	{ cat "$T/shot.err" >&2; fail "chromium failed to take a screenshot"; }
[ -s "$A/report.png" ] || fail "no screenshot"
run --dump-dom >"$T/dom.html" 2>"$T/dom.err" || { cat "$T/dom.err" >&2; fail "chromium --dump-dom failed"; }
if grep -E 'Uncaught|CONSOLE|console' "$T/shot.err" "$T/dom.err"; then
	fail "console errors while loading the report"
fi
# the page the browser built has the report's structure
expect_grep '<h2 id="what">What\? What parents said</h2>' "$T/dom.html"
expect_grep '<h2 id="now-what">' "$T/dom.html"
[ "$(grep -c '<svg ' "$T/dom.html")" -ge 5 ] || fail "the browser sees fewer than 5 charts"
# a phone-sized window lays it out too
run --screenshot="$A/report-phone.png" --window-size=390,2000 >/dev/null 2>"$T/phone.err" ||
	fail "chromium failed at phone size"
echo "reports-browser: ok (screenshot $A/report.png)"
