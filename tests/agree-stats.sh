#!/bin/sh
# agree-stats.sh — `heed agree` against hand-worked numbers on a fixture
# database (tests/data/agree/fixture.sql): one coder, two coders, the
# question column, every output format, privacy, and the errors.
. "${top_srcdir:-.}/tests/setup.sh"
D=$SRC/tests/data/agree
"$top_builddir/tests/unit/agree_mkdb" "$HEED_DB" "$D/fixture.sql"

# One coder (human.csv).  Worked by hand, heed against human over 10 units
# (unit 12 is safeguarding-flagged and excluded):
#   trust  TP 3 FP 1 FN 1 TN 5: P = R = F1 = .75; kappa = (.8-.52)/.48 = .583
#   school TP 2 FP 1 FN 0 TN 7: P .667 R 1 F1 .8; kappa = (.9-.62)/.38 = .737
#   send   TP 1 FP 0 FN 1 TN 8: P 1 R .5 F1 .667; kappa = (.9-.74)/.26 = .615
#   micro-F1 = 12/16 = .75; macro-F1 = (.75+.8+.667)/3 = .739; exact 6/10
expect_exit 0 "$HEED" agree "$D/human.csv"
cp "$T/out" txt
expect_grep '^10 responses from .*human.csv against codebook test.codebook$' txt
expect_grep '^excluded: 1 safeguarding-flagged$' txt
expect_grep '^trust +4 +3 +1 +1 +5 +0\.750 +0\.750 +0\.750 +0\.583$' txt
expect_grep '^school +2 +2 +1 +0 +7 +0\.667 +1\.000 +0\.800 +0\.737$' txt
expect_grep '^send +2 +1 +0 +1 +8 +1\.000 +0\.500 +0\.667 +0\.615$' txt
expect_grep '^micro-F1 0\.750  macro-F1 0\.739  exact match 6/10 = 0\.600$' txt
expect_grep '^disagreements: 4$' txt
# the spans that fired, marked in the redacted text, with the rule
expect_grep '^id 2: heed only: trust \(test\.codebook:2:trust\)$' txt
expect_grep '^    They say «trust» us, but the form asks for everything\.$' txt
expect_grep '^    \[name\] said the «school» room was fine\.$' txt
expect_grep '^id 4: missed: trust$' txt
expect_grep '^id 10: missed: send$' txt
grep -q '^support ' txt && fail "a theme nobody coded is listed"

expect_exit 0 "$HEED" agree --format csv "$D/human.csv"
cp "$T/out" csv
expect_grep '^theme,measure,value$' csv
for line in trust,tp,3 trust,fp,1 trust,fn,1 trust,tn,5 trust,f1,0.75 \
    trust,kappa,0.583333 school,precision,0.666667 school,kappa,0.736842 \
    send,recall,0.5 send,kappa,0.615385 ,micro_f1,0.75 ,macro_f1,0.738889 \
    ,exact_match,0.6 ,responses,10 ,excluded,1 ,disagreements,4; do
	grep -qx -- "$line" csv || fail "'$line' not in csv output"
done

expect_exit 0 "$HEED" agree -F json "$D/human.csv"
cp "$T/out" json
expect_grep '"micro_f1": 0\.75, "macro_f1": 0\.738889' json
expect_grep '\{"theme": "trust", "support": 4, "tp": 3, "fp": 1, "fn": 1, "tn": 5, .*"kappa": 0\.583333, "heed_kappa": null' json
expect_grep '"id": "9", "question": null, "theme": "school", "kind": "heed_only", "rules": "test\.codebook:4:school", "text": "\[name\] said the school room was fine\.", "spans": \[\[16, 22\]\]' json
if command -v python3 >/dev/null; then
	python3 -c 'import json,sys; json.load(open(sys.argv[1]))' json || fail "invalid JSON"
fi

expect_exit 0 "$HEED" agree -F html "$D/human.csv"
cp "$T/out" html
expect_grep '^<!DOCTYPE html>' html
expect_grep 'I don&#39;t trust|They say <mark>trust</mark> us' html
expect_grep '<td>trust</td><td>4</td><td>3</td><td>1</td><td>1</td><td>5</td><td>0\.750</td>' html

# privacy: never the flagged response, never unredacted text
for f in txt csv json html; do
	grep -q 'SECRET-FLAGGED' $f && fail "flagged text in $f output"
	grep -q 'Smith' $f && fail "unredacted text in $f output"
done

# Two coders, one row per code (coders.csv; b did not code unit 10).
# Gold = themes at least half a unit's coders gave.  Expected values were
# worked out independently (Cohen per pair; Krippendorff nominal, binary):
#   trust  TP 4 FN 1; kappa .8; heed-kappa (.6+.533)/2 = .567;
#          human kappa .55; human alpha .575
#   school kappa 1; human kappa .727; alpha .738
expect_exit 0 "$HEED" agree -F csv "$D/coders.csv"
cp "$T/out" csv2
for line in trust,tp,4 trust,fn,1 trust,kappa,0.8 trust,heed_kappa,0.566667 \
    trust,human_kappa,0.55 trust,human_alpha,0.575 school,kappa,1 \
    school,human_kappa,0.727273 school,human_alpha,0.738462 \
    send,human_alpha,1 ,coders,2 ,exact_match,0.8; do
	grep -qx -- "$line" csv2 || fail "'$line' not in two-coder csv output"
done
expect_exit 0 "$HEED" agree "$D/coders.csv"
expect_grep '^2 coders: a b' "$T/out"
expect_grep 'human-alpha$' "$T/out"
grep -q '^polarity' "$T/out" && fail "polarity agreement without a polarity column"
expect_exit 0 "$HEED" agree -F json "$D/coders.csv"
expect_grep '"polarity": null' "$T/out"

# Polarity, when the human file has a 'polarity' column.  heed's polarities
# are set here; respondent '11' has two answers, positive and negative,
# which read together are mixed.  Worked by hand over the 8 units with a
# human polarity (6 has none, 12 is flagged), human rows x heed columns
# (neutral positive negative mixed):
#   neutral 0 1 0 0 / positive 0 1 0 0 / negative 1 1 3 0 / mixed 0 0 0 1
#   same 5/8 = .625; chance (1*1 + 1*3 + 5*3 + 1*1)/64 = .3125;
#   kappa (.625 - .3125)/(1 - .3125) = .454545
sql "UPDATE coding SET polarity = CASE response_id
       WHEN 1 THEN 'negative' WHEN 3 THEN 'negative' WHEN 4 THEN 'positive'
       WHEN 5 THEN 'negative' WHEN 7 THEN 'positive' WHEN 8 THEN 'positive'
       WHEN 11 THEN 'negative' WHEN 12 THEN 'positive' WHEN 13 THEN 'negative'
       ELSE 'neutral' END"
printf 'id,themes,polarity\n1,trust,negative\n2,,negative\n3,,Negative\n4,trust,negative\n5,school,negative\n6,send,\n7,none,positive\n8,trust,neutral\n11,school,mixed\n12,trust,negative\n' > pol.csv
expect_exit 0 "$HEED" agree pol.csv
cp "$T/out" poltxt
expect_grep '^polarity: the same for 5/8 = 0\.625  kappa 0\.455$' poltxt
expect_grep '^human \\ heed +neutral +positive +negative +mixed$' poltxt
expect_grep '^negative +1 +1 +3 +0$' poltxt
expect_grep '^mixed +0 +0 +0 +1$' poltxt
expect_exit 0 "$HEED" agree -F csv pol.csv
for line in ,polarity_responses,8 ,polarity_same,5 ,polarity_agreement,0.625 \
    ,polarity_kappa,0.454545 ,polarity_negative_as_neutral,1 \
    ,polarity_neutral_as_positive,1 ,polarity_mixed_as_mixed,1 \
    ,polarity_positive_as_negative,0; do
	grep -qx -- "$line" "$T/out" || fail "'$line' not in polarity csv output"
done
expect_exit 0 "$HEED" agree -F json pol.csv
expect_grep '"polarity": \{"responses": 8, "same": 5, "agreement": 0\.625, "kappa": 0\.454545, "human_kappa": null, "confusion": \{"neutral": \{"neutral": 0, "positive": 1' "$T/out"
expect_exit 0 "$HEED" agree -F html pol.csv
expect_grep '^<p>The same polarity for 5 of 8 responses \(0\.625\), &kappa; 0\.455\.</p>$' "$T/out"
# Two coders: the gold polarity is the one most coders gave, a tie leaves
# the unit out.  a and b give 1 negative/negative, 2 negative/neutral (tie),
# 3 negative/negative, 4 positive/negative (tie); only b gives 5, positive.
# heed against gold over 1, 3, 5: 2 the same.  Between the coders, over
# 1-4: 2 of 4 the same; a's marginals negative 3 positive 1, b's negative
# 3 neutral 1: chance 9/16; kappa (.5 - .5625)/.4375 = -.142857
printf 'id,theme,coder,polarity\n1,trust,a,negative\n2,,a,negative\n3,trust,a,negative\n3,school,a,negative\n4,trust,a,positive\n1,trust,b,negative\n2,,b,neutral\n3,school,b,negative\n4,trust,b,negative\n5,school,b,positive\n' > pol2.csv
expect_exit 0 "$HEED" agree -F csv pol2.csv
for line in ,polarity_responses,3 ,polarity_same,2 ,polarity_human_kappa,-0.142857 \
    ,polarity_positive_as_negative,1; do
	grep -qx -- "$line" "$T/out" || fail "'$line' not in two-coder polarity output"
done
expect_exit 0 "$HEED" agree pol2.csv
expect_grep '^polarity: the same for 2/3 = 0\.667  kappa .*  human-kappa -0\.143$' "$T/out"
# errors name the file, line and column
printf 'id,themes,polarity\n1,trust,angry\n' > badpol.csv
expect_exit 1 "$HEED" agree badpol.csv
expect_grep "badpol.csv:2:3: unknown polarity 'angry' \(positive, negative, mixed or neutral\)" "$T/err"
printf 'id,theme,polarity\n3,trust,negative\n3,school,positive\n' > twopol.csv
expect_exit 1 "$HEED" agree twopol.csv
expect_grep "twopol.csv:3:3: polarity 'positive' differs from 'negative' on line 2 for the same id" "$T/err"
# ... the line named is that coder's, not another coder's in between
printf 'id,theme,coder,polarity\n3,trust,a,negative\n3,trust,b,neutral\n3,school,a,positive\n' > twopol2.csv
expect_exit 1 "$HEED" agree twopol2.csv
expect_grep "twopol2.csv:4:4: polarity 'positive' differs from 'negative' on line 2 for the same id" "$T/err"
sql "UPDATE coding SET polarity = 'neutral'"

# A respondent with two free-text answers: the question column picks one;
# without it heed's themes are the union over the answers.
printf 'id,question,themes\n11,What should change?,school\n' > q.csv
expect_exit 0 "$HEED" agree -F csv q.csv
grep -qx ',exact_match,1' "$T/out" || fail "question column: no exact match"
printf 'id,themes\n11,support\n' > u.csv
expect_exit 0 "$HEED" agree u.csv
expect_grep '^id 11: heed only: school' "$T/out"
expect_grep '^    The exam centre list was useful\.$' "$T/out"
expect_grep '^    Stop the «school» attendance threats\.$' "$T/out"
expect_grep '^id 11: missed: support$' "$T/out"
printf 'id,question,themes\n11,What works?,support\n11,No such question?,none\n' > q2.csv
expect_exit 1 "$HEED" agree q2.csv
expect_grep "q2.csv: 1 unknown id .*'11' \(line 3\)" "$T/err"

# errors
printf 'id,themes\n1,trust\nx1,trust\n2,\nx2,none\n' > unknown.csv
expect_exit 1 "$HEED" agree unknown.csv
expect_grep "unknown.csv: 2 unknown ids \(no such respondent\): 'x1' \(line 3\), 'x2' \(line 5\)" "$T/err"
printf 'id,coder,themes\n1,a,trust\n2,a,"trust;bogus"\n' > badtheme.csv
expect_exit 1 "$HEED" agree badtheme.csv
expect_grep "badtheme.csv:3:3: unknown theme 'bogus'" "$T/err"
printf 'ident,themes\n1,trust\n' > nohead.csv
expect_exit 1 "$HEED" agree nohead.csv
expect_grep "nohead.csv:1: the header needs an 'id' column" "$T/err"
expect_exit 1 "$HEED" agree missing.csv
expect_grep "missing.csv: No such file" "$T/err"
expect_exit 2 "$HEED" agree --format pdf "$D/human.csv"
expect_exit 2 "$HEED" agree --reviewed "$D/human.csv"
# --codebook: a codebook the responses were not coded with
echo 'theme x' > other.codebook
expect_exit 1 "$HEED" agree --codebook other.codebook "$D/human.csv"
expect_grep "run 'heed analyse --codebook other.codebook' first" "$T/err"
echo 'theme trust' > test.codebook	# matched by the name it was loaded from
expect_exit 0 "$HEED" agree --codebook test.codebook -F csv "$D/human.csv"
grep -qx ',micro_f1,0.75' "$T/out" || fail "--codebook by name"
# markup in a response is escaped in html and json
sql "INSERT INTO respondent(id, import_id, ext_id) VALUES (98, 1, 'h');
     INSERT INTO response(id, respondent_id, question_id, round_id, source, text,
       redaction, dedup) VALUES (98, 98, 1, 1, 'survey', 'We <b>trust</b> & \"hope\"',
       'We <b>trust</b> & \"hope\"', 'd98');
     INSERT INTO coding VALUES (98, 1, 'neutral', 0, 'x');
     INSERT INTO theme VALUES (98, 1, 'trust', 'neutral');
     INSERT INTO code(response_id, codebook_id, seq, theme, rule, start, end)
       VALUES (98, 1, 0, 'trust', 'r<1>', 6, 11);"
printf 'id,themes\nh,none\n' > h.csv
expect_exit 0 "$HEED" agree -F html h.csv
expect_grep '^<blockquote>We &lt;b&gt;<mark>trust</mark>&lt;/b&gt; &amp; &quot;hope&quot;</blockquote>$' "$T/out"
expect_grep '<code>r&lt;1&gt;</code>' "$T/out"
grep -q '<b>' "$T/out" && fail "unescaped markup in html"
expect_exit 0 "$HEED" agree -F json h.csv
expect_grep '"text": "We <b>trust</b> & \\"hope\\"", "spans": \[\[6, 11\]\]' "$T/out"
# a response the codebook has not coded yet
sql "INSERT INTO respondent(id, import_id, ext_id) VALUES (99, 1, 'new');
     INSERT INTO response(id, respondent_id, question_id, round_id, source, text,
       redaction, dedup) VALUES (99, 99, 1, 1, 'survey', 'x', 'x', 'd99');"
printf 'id,themes\nnew,trust\n' > new.csv
expect_exit 1 "$HEED" agree new.csv
expect_grep "new.csv:2: response of id 'new' is not coded .*run 'heed analyse'" "$T/err"
# no reviews stored yet
expect_exit 1 "$HEED" agree
expect_grep "no responses have been reviewed" "$T/err"
echo "agree-stats: ok"
