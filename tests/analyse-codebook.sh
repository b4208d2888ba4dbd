#!/bin/sh
# analyse-codebook.sh — heed codebook check|show|try on small codebooks.
. "${top_srcdir:-.}/tests/setup.sh"
D=$SRC/tests/data/analyse

# check: a good codebook (with an include) passes
expect_exit 0 "$HEED" codebook check "$D/small.codebook"
expect_grep '2 themes, 1 flags, 7 rules, 3 examples, 2 counter-examples: ok' "$T/out"
expect_exit 0 "$HEED" codebook check --codebook "$D/small.codebook"

# check: each failure names file:line and the rule that fired (or not)
expect_exit 1 "$HEED" codebook check "$D/failing.codebook"
expect_grep 'failing.codebook:4: example not coded as theme trust \(no rule of .*failing.codebook:1 fired\)' "$T/out"
expect_grep 'failing.codebook:5: counter-example coded as theme trust' "$T/out"
expect_grep 'fired: rule failing.codebook:3:trust\* \[12,17\) "trust"' "$T/out"
expect_grep '2 failed$' "$T/out"

# a syntax error: file:line and what is wrong, exit 1
printf 'theme a\n  label A\n  words "let down\n' >bad.codebook
expect_exit 1 "$HEED" codebook check bad.codebook
expect_grep '^heed: bad.codebook:3: unterminated quoted phrase$' "$T/err"
printf 'theme a\n  label A\n  pattern (a\n' >bad.codebook
expect_exit 1 "$HEED" codebook check bad.codebook
expect_grep '^heed: bad.codebook:3: pattern: missing closing parenthesis' "$T/err"
expect_exit 1 "$HEED" codebook check nothere.codebook
expect_grep 'nothere.codebook: No such file' "$T/err"
expect_exit 2 "$HEED" codebook frob
expect_exit 2 "$HEED" codebook

# show
expect_exit 0 "$HEED" codebook show --codebook "$D/small.codebook"
expect_grep '^theme trust +Trust and confidence \(3 rules' "$T/out"
expect_grep '^theme intrusion +Proportionality and intrusion' "$T/out"
expect_grep '^flag +disclosure' "$T/out"

# try: arguments, then standard input (one text a line)
expect_exit 0 "$HEED" codebook try --codebook "$D/small.codebook" \
	"I don't trust the council, they let us down" "Nothing here."
expect_grep '^  theme trust \(negative\)$' "$T/out"
expect_grep '^    rule small.codebook:5:trust\* \[8,13\) "trust" negated$' "$T/out"
expect_grep '^  \(no themes\)$' "$T/out"
printf 'A home-visit every year.\nThe dad hurts them.\n' >in.txt
expect_exit 0 "$HEED" codebook try --codebook "$D/small.codebook" <in.txt
expect_grep '^    rule visits.codebook:4:"home visit\*" \[2,12\) "home-visit"$' "$T/out"
expect_grep '^  flag disclosure' "$T/out"
[ "$(grep -c '^  polarity' "$T/out")" -eq 2 ] || fail "try did not code two lines"
# try shows the lexicon entries that scored the polarity: a phrase whole,
# after its intensifier, and a negated word flipped and halved
printf 'really x1.5\nlet us down -2\nhelpful 2\n' >small.lexicon
expect_exit 0 "$HEED" codebook try --codebook "$D/small.codebook" --lexicon small.lexicon \
	"They really let us down. Not helpful."
expect_grep '^  polarity negative \(-4\.00\)$' "$T/out"
expect_grep '^    -3\.00 "let us down"$' "$T/out"
expect_grep '^    -1\.00 "helpful"$' "$T/out"
[ "$(grep -c '^    [-+][0-9]' "$T/out")" -eq 2 ] || fail "try showed other scoring words"

# a catastrophic pattern is reported and does not hang
printf 'theme a\n  label A\n  pattern (a+)+$\n' >slow.codebook
awk 'BEGIN { s = "a"; while (length(s) < 100000) s = s s; print s "!" }' >big.txt
expect_exit 0 "$HEED" codebook try --codebook slow.codebook <big.txt
expect_grep 'slow.codebook:3: rule slow.codebook:3:pattern: match limit exceeded' "$T/err"
echo "analyse-codebook: ok"
