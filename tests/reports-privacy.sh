#!/bin/sh
# reports-privacy.sh — flagged responses never appear, text is escaped,
# small counts are suppressed, files are private and never overwritten.
. "${top_srcdir:-.}/tests/setup.sh"
sh "$SRC/tests/data/reports/make-fixture.sh" "$HEED_DB"

for f in html md txt json; do
	expect_exit 0 "$HEED" report -F $f -o rep
done
expect_exit 0 "$HEED" report -F txt -o low --min-count 1
expect_exit 0 "$HEED" export themes -o rep/themes.csv
# safeguarding-flagged responses and the codebook's flag blocks never show
if grep -rl 'FLAGGED-SECRET\|THIS-IS-A-FLAG-ACTION' rep low; then
	fail "a flagged response or flag action is in a report"
fi
# only the redacted text: the fixture redacts "Mrs Patel" to [name]
grep -rq 'Mrs Patel' rep low && fail "unredacted text in a report"
expect_grep '\[name\] phoned back' low/report.txt
# response text with HTML or script is text, never markup
grep -q '<script>' rep/report.html && fail "raw <script> in report.html"
grep -q '<b>but' rep/report.html && fail "raw <b> from a response in report.html"
expect_grep '&lt;script&gt;alert\(1\)&lt;/script&gt;' rep/report.html
expect_grep '&lt;promise&gt;' rep/report.html
expect_grep 'order \\<script\\>alert\(1\)\\</script\\>' rep/report.md
expect_grep '\\u003cscript\\u003e' rep/report.json
# the rule is stated; small counts are <5 everywhere; no quotes for them
expect_grep 'Disclosure control: counts from 1 to 4 are shown as <5' rep/report.txt
expect_grep 'Access and reasonable adjustments +- +<5 +<5 +-' rep/report.txt
expect_grep '"key": "access", "label": "Access and reasonable adjustments",' rep/report.json
expect_grep '"responses": "<5", "share": null, "interval": null' rep/report.json
expect_grep '^access,Access and reasonable adjustments,2026-Q3,<5,132,,,$' rep/themes.csv
quotes_of() { awk '/"key": "access"/ { f = 1 } f && /"quotes"/ { print; exit }' "$1"; }
case $(quotes_of rep/report.json) in
*'"quotes": [],'*) ;;
*) fail "quotes shown for a theme below the threshold";;
esac
grep -q 'Meetings are always at 10am' rep/report.txt &&
	fail "a quote only the small theme has is shown"
expect_exit 0 "$HEED" report -F json -o low --min-count 1
case $(quotes_of low/report.json) in
*'"quotes": [{"text": '*) ;;
*) fail "no quotes for the theme at --min-count 1";;
esac
# flags: only how many were raised and are open, suppressed when small
expect_grep '"label": "2026-Q3", .*"flags_raised": "<5", "flags_open": "<5"' rep/report.json
expect_grep '"label": "2026-Q3", .*"flags_raised": 2, "flags_open": 1' low/report.json
expect_grep 'this round raised <5 safeguarding flag' rep/report.txt
# secondary suppression: one small polarity cell never stands alone
awk '/^Polarity per theme/,/^$/' rep/report.txt | grep '<5' | while read -r line; do
	n=$(echo "$line" | grep -o '<5\| x ' | wc -l)
	[ "$n" -ge 2 ] || fail "a lone suppressed cell: $line"
done
# private files; nothing overwritten that heed did not write
[ "$(stat -c %a rep)" = 700 ] || fail "report dir is not 0700"
for f in rep/*; do [ "$(stat -c %a "$f")" = 600 ] || fail "$f is not 0600"; done
mkdir mine && echo precious >mine/report.txt
expect_exit 1 "$HEED" report -F txt -o mine
expect_grep 'mine/report.txt: already exists \(use --force' "$T/err"
[ "$(cat mine/report.txt)" = precious ] || fail "report.txt overwritten without --force"
expect_exit 0 "$HEED" report -F txt -o mine --force
expect_grep 'What\? What parents said' mine/report.txt
# JSON parses; HTML tags balance (when Python is at hand)
if command -v python3 >/dev/null; then
	python3 -m json.tool rep/report.json >/dev/null || fail "report.json is not JSON"
	python3 - rep/report.html <<'PY' || fail "report.html does not parse cleanly"
import sys
from html.parser import HTMLParser
VOID = {"meta", "br", "img", "hr", "link", "input", "source", "wbr"}
class P(HTMLParser):
    def __init__(self):
        super().__init__(); self.stack = []; self.bad = []
    def handle_starttag(self, tag, a):
        if tag not in VOID and not (self.stack and self.stack[-1] == "svg" and False):
            self.stack.append(tag)
    def handle_startendtag(self, tag, a): pass
    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.bad.append((tag, self.getpos(), self.stack[-3:]))
        else:
            self.stack.pop()
p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read()); p.close()
if p.bad or p.stack:
    print(p.bad[:5], p.stack[:5]); sys.exit(1)
PY
fi
# usage errors
expect_exit 2 "$HEED" report -F pdf
expect_exit 2 "$HEED" report --min-count 0
expect_exit 1 "$HEED" report --round 2030-Q1 -o x
expect_grep "no round labelled '2030-Q1'" "$T/err"
expect_exit 1 "$HEED" report --compare 2026-Q3 -o x
expect_exit 1 "$HEED" --db "$T/none.db" report -o x
expect_exit 1 "$HEED" report --by shoe-size -o x
expect_grep "no respondent has the attribute 'shoe-size' \(known: source, area\)" "$T/err"
echo "reports-privacy: ok"
