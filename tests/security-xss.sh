#!/bin/sh
# security-xss.sh — response text holding HTML or script (<script>,
# "><img src=x onerror=...>) appears as text in every report format
# (issue 9); report files are never overwritten unless --force.
# (tests/security-browser.sh loads the HTML in headless Chromium.)
. "${top_srcdir:-.}/tests/setup.sh"
. "$SRC/tests/xsslib.sh"
xss_reports html md txt json

# HTML: the markup arrives escaped, never as elements
h=rep-html/report.html
grep -qi '<script' $h && fail "report.html holds a <script> element"
grep -qi '<img' $h && fail "report.html holds an <img> element"
grep -qi '<[a-z][^>]* on[a-z]*=' $h && fail "report.html holds an event-handler attribute"
expect_grep '&lt;script&gt;document\.title=&#39;PWNED&#39;&lt;/script&gt;' $h
expect_grep '&quot;&gt;&lt;img src=x onerror=&quot;' $h

# Markdown: every '<' is backslash-escaped, so no renderer sees a tag
m=rep-md/report.md
grep -Eq '(^|[^\\])<[a-zA-Z/!]' $m && fail "report.md holds an unescaped tag"
expect_grep '\\<script\\>' $m
expect_grep '\\<img src=x onerror=' $m

# plain text and JSON: the text as it was; the JSON still parses
expect_grep "$XSS_SCRIPT" rep-txt/report.txt
j=rep-json/report.json
[ "$(sqlite3 :memory: "SELECT json_valid(readfile('$j'))")" = 1 ] || fail "report.json is not valid JSON"
[ "$(sqlite3 :memory: "SELECT count(*) FROM json_tree(readfile('$j'))
	WHERE type = 'text' AND value LIKE '%<script>document.title=''PWNED''</script>%'")" -gt 0 ] ||
	fail "report.json does not hold the response text as a string"

# report output never replaces a file heed did not write
cp $h written.html
expect_exit 0 "$HEED" report -F html -o rep-html	# the same bytes again
cmp -s $h written.html || fail "an identical re-run changed report.html"
printf 'my own notes\n' >> $h
cp $h mine.html
expect_exit 1 "$HEED" report -F html -o rep-html
expect_grep 'rep-html/report.html: already exists .*--force' "$T/err"
cmp -s $h mine.html || fail "report overwrote an edited report.html"
mkdir linked
printf 'precious\n' > victim
ln -s ../victim linked/report.html
expect_exit 1 "$HEED" report -F html -o linked
expect_exit 1 "$HEED" report -F html -o linked --force
[ "$(cat victim)" = precious ] || fail "report wrote through a symbolic link"
expect_exit 0 "$HEED" report -F html -o rep-html --force
cmp -s $h written.html || fail "--force did not rewrite report.html"
echo "security-xss: ok"
