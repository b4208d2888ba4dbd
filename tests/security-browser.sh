#!/bin/sh
# security-browser.sh — the HTML report of responses holding script and
# markup, loaded in headless Chromium: no injected script runs (the
# payloads would set document.title) and no injected element exists.
# A deliberately unsafe page first proves the harness sees a script run.
. "${top_srcdir:-.}/tests/setup.sh"
. "$SRC/tests/xsslib.sh"
chrome=
for c in chromium chromium-browser google-chrome; do
	command -v $c >/dev/null 2>&1 && { chrome=$c; break; }
done
[ -n "$chrome" ] || { echo "SKIP: no chromium"; exit 77; }

# dom FILE: the DOM after loading FILE and running its scripts
dom() {
	timeout 120 $chrome --headless --no-sandbox --disable-gpu --disable-quic \
		--no-first-run --disable-background-networking --disable-component-update \
		--disable-sync --user-data-dir="$T/profile" --virtual-time-budget=3000 \
		--dump-dom "file://$1" 2>"$T/chrome.err"
}

printf '<!DOCTYPE html><title>safe</title><p>%s</p>\n' "$XSS_IMG" > unsafe.html
dom "$T/unsafe.html" > unsafe.dom || { cat "$T/chrome.err" >&2; fail "chromium failed"; }
grep -q '<title>PWNED</title>' unsafe.dom ||
	{ cat unsafe.dom >&2; echo "SKIP: chromium ran no script in the control page"; exit 77; }

xss_reports html
dom "$T/rep-html/report.html" > report.dom || { cat "$T/chrome.err" >&2; fail "chromium failed"; }
grep -q '<title>Consultation report' report.dom || { head -20 report.dom >&2; fail "report title changed"; }
grep -q 'PWNED</title>' report.dom && fail "an injected script ran"
grep -qi '<img' report.dom && fail "an injected <img> became an element"
grep -qi '<script' report.dom && fail "an injected <script> became an element"
# every onerror= left is inside the escaped text
[ "$(grep -o 'onerror=' report.dom | wc -l)" = "$(grep -o '&lt;img src=x onerror=' report.dom | wc -l)" ] ||
	fail "an onerror attribute exists"
grep -q '&lt;script&gt;document.title=' report.dom || fail "the script text is not shown as text"
echo "security-browser: ok"
