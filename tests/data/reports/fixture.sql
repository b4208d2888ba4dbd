-- fixture.sql — a deterministic, fictional three-round consultation for the
-- report tests: 260 survey responses and 12 forum posts, 15 themes, a
-- codebook with labels, actions and reflections, two safeguarding flags and
-- a review.  Loaded into a database whose schema heed created (make-fixture.sh).
PRAGMA foreign_keys = ON;
BEGIN;
INSERT INTO consultation (id, name) VALUES (1, 'EHE annual survey');
INSERT INTO round (id, label, consultation_id) VALUES
  (1, '2026-Q1', 1), (2, '2026-Q2', 1), (3, '2026-Q3', 1);
INSERT INTO import (id, file, sha256, imported_at, format, source, consultation_id) VALUES
  (1, 'survey-q1.csv', 'a1', '2026-03-31T09:00:00Z', 'google-forms', 'survey', 1),
  (2, 'survey-q2.csv', 'a2', '2026-06-30T09:00:00Z', 'google-forms', 'survey', 1),
  (3, 'survey-q3.csv', 'a3', '2026-09-30T09:00:00Z', 'ms-forms', 'survey', 1),
  (4, 'forum-q3.txt', 'a4', '2026-09-30T10:00:00Z', 'text', 'forum', 1);
INSERT INTO question (id, text) VALUES
  (1, 'What has worked well in your contact with the local authority?'),
  (2, 'What could we do better?');

-- Response texts: id, polarity, first theme, second theme (or NULL), text.
CREATE TEMP TABLE tpl (id INTEGER PRIMARY KEY, polarity TEXT, t1 TEXT, t2 TEXT, text TEXT);
INSERT INTO tpl VALUES
 (0, 'negative', 'trust', 'intrusion', 'I don''t trust the LA any more after the visit last spring; it felt like we were being inspected.'),
 (1, 'positive', 'trust', NULL, 'The new officer was honest with us and we felt we could rely on her.'),
 (2, 'negative', 'transparency', NULL, 'Nobody could tell me what is a legal requirement and what is optional.'),
 (3, 'positive', 'transparency', 'communication', 'The published guidance finally explains what happens to the information we give.'),
 (4, 'negative', 'language', NULL, 'The letter said “most children go to school” as if we had done something wrong.'),
 (5, 'positive', 'language', NULL, 'The website wording is respectful now — thank you.'),
 (6, 'mixed', 'practice', 'trust', 'They accept autonomous learning on paper but still ask for worksheets.'),
 (7, 'negative', 'practice', NULL, 'Our child-led approach was called “unstructured” by the adviser.'),
 (8, 'negative', 'consistency', NULL, 'Every year a different officer, every year a different answer.'),
 (9, 'mixed', 'consistency', 'communication', 'The neighbouring LA does it differently; it would help to know who the team are.'),
 (10, 'positive', 'collaboration', NULL, 'The parent forum was a genuine conversation and we were listened to.'),
 (11, 'neutral', 'collaboration', 'support', 'Could the LA meet the local home-education group once a term?'),
 (12, 'positive', 'support', NULL, 'Help finding an exam centre for GCSEs made a real difference.'),
 (13, 'negative', 'support', 'send', 'There is no support with exams for children with dyslexia.'),
 (14, 'negative', 'school', 'wellbeing', 'My son was bullied and so anxious he could not go to school.'),
 (15, 'neutral', 'school', NULL, 'We left school after the attendance pressure became too much.'),
 (16, 'negative', 'send', 'school', 'The school never met her needs; the EHC plan took two years.'),
 (17, 'positive', 'send', NULL, 'The SEN team listened about his autism and adjusted the meeting.'),
 (18, 'negative', 'communication', NULL, 'I e-mailed three times and never had a reply.'),
 (19, 'positive', 'communication', NULL, 'Mrs Patel phoned back the same day, explained what would happen next and followed up in writing with notes of our meeting.'),
 (20, 'negative', 'intrusion', NULL, 'An unannounced home visit frightened my children.'),
 (21, 'negative', 'intrusion', 'rights', 'They demanded samples of work we are not legally required to send.'),
 (22, 'negative', 'intrusion', 'safeguarding', 'Being home educated was treated as a safeguarding risk in itself.'),
 (23, 'mixed', 'safeguarding', NULL, 'I understand welfare checks, but the referral was not explained.'),
 (24, 'positive', 'wellbeing', NULL, 'Since leaving school she is happier and her confidence has come back.'),
 (25, 'negative', 'wellbeing', 'communication', 'The stress of waiting for a decision affected the whole family.'),
 (26, 'neutral', 'transparency', NULL, 'A clear example of an annual report would be useful.'),
 (27, 'positive', 'collaboration', 'trust', 'Being asked for our views before the policy changed built trust.'),
 (28, 'mixed', 'consistency', NULL, 'Good experience this year <b>but</b> last year was awful & confusing.'),
 (29, 'neutral', NULL, NULL, 'No comment.'),
 (30, 'negative', 'access', NULL, 'Meetings are always at 10am when I work; evenings would help.'),
 (31, 'neutral', 'rights', NULL, 'Please tell parents they may bring a supporter to meetings.'),
 (32, 'positive', 'access', 'language', 'An interpreter in Polish (język polski) was offered without asking.'),
 (33, 'negative', 'rights', 'intrusion', 'Threatened with a school attendance order <script>alert(1)</script> without any warning.');

-- Respondents: 60 in Q1, 80 in Q2, 120 in Q3; a few give no area.
CREATE TEMP TABLE seq (k INTEGER PRIMARY KEY);
WITH RECURSIVE s(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM s WHERE k < 120)
INSERT INTO seq SELECT k FROM s;
CREATE TEMP TABLE plan (rid INTEGER PRIMARY KEY, round INTEGER, k INTEGER, tpl INTEGER);
INSERT INTO plan (round, k, tpl)
  SELECT r.id, seq.k,
    CASE WHEN seq.k % 23 = 0 THEN 30 + (seq.k / 23 + r.id) % 4
         WHEN r.id = 3 AND seq.k > 70 AND seq.k % 3 <> 0 THEN 20 + seq.k % 3
         WHEN r.id = 1 AND seq.k % 4 = 0 THEN 8 + seq.k % 2
         ELSE (seq.k * 37 + r.id * 11) % 30 END
  FROM round r JOIN seq ON seq.k <= CASE r.id WHEN 1 THEN 60 WHEN 2 THEN 80 ELSE 120 END;
INSERT INTO respondent (id, import_id, ext_id, line, submitted)
  SELECT rid, round, printf('R%d-%03d', round, k), k + 1,
         printf('2026-%02d-%02dT10:00:00Z', round * 3, 1 + k % 28) FROM plan;
INSERT INTO attribute (respondent_id, name, value)
  SELECT rid, 'area', CASE k % 4 WHEN 0 THEN 'North' WHEN 1 THEN 'South'
         WHEN 2 THEN 'East' ELSE 'West' END FROM plan WHERE k % 17 <> 5;
INSERT INTO response (id, respondent_id, question_id, round_id, source, submitted, text, redaction, dedup)
  SELECT p.rid, p.rid, 1 + p.k % 2, p.round, 'survey', NULL, t.text,
         replace(t.text, 'Mrs Patel', '[name]'), printf('d%d', p.rid)
  FROM plan p JOIN tpl t ON t.id = p.tpl;
-- Forum posts in Q3: a respondent each.
INSERT INTO respondent (id, import_id, ext_id, line)
  SELECT 1000 + k, 4, printf('post-%d', k), k * 10 FROM seq WHERE k <= 12;
INSERT INTO response (id, respondent_id, question_id, round_id, source, text, redaction, dedup)
  SELECT 1000 + s.k, 1000 + s.k, 2, 3, 'forum', t.text, replace(t.text, 'Mrs Patel', '[name]'),
         printf('f%d', s.k)
  FROM seq s JOIN tpl t ON t.id = (s.k * 7) % 26 WHERE s.k <= 12;
-- Two safeguarding disclosures in Q3 (never in a report).
INSERT INTO respondent (id, import_id, ext_id, line) VALUES (2001, 3, 'R3-900', 900), (2002, 3, 'R3-901', 901);
INSERT INTO response (id, respondent_id, question_id, round_id, source, text, redaction, dedup) VALUES
 (2001, 2001, 2, 3, 'survey', 'FLAGGED-SECRET her dad hits her when he drinks', 'FLAGGED-SECRET her dad hits her when he drinks', 'x1'),
 (2002, 2002, 2, 3, 'survey', 'FLAGGED-SECRET I am scared to go home', 'FLAGGED-SECRET I am scared to go home', 'x2');

INSERT INTO codebook (id, hash, name, text, loaded_at, used_at) VALUES
 (1, 'h-old', 'old.codebook', 'theme trust
  label Old trust label
  words trust
', '2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z'),
 (2, 'h-cur', 'default.codebook', '# fixture codebook (labels, actions, reflections only)
theme trust
  label Trust and confidence
  words trust*
  action Publish what happens to information parents give, and keep to it.
  reflect What have we done this quarter that a parent could read as bad faith?
theme transparency
  label Transparency and clear information
  words transparency
  action Publish a one-page guide: what is required, what is optional.
  reflect Could a parent tell from our website what we must and may ask?
theme language
  label Neutral, respectful language
  words language
  action Review standard letters with parents before sending them.
theme practice
  label Diversity of educational practice
  words practice
  reflect Do our officers know autonomous education well enough to judge it?
theme consistency
  label Consistency of the service
  words consistency
  action Name one contact per family and keep it for a year.
  reflect Would two officers give this family the same answer?
theme collaboration
  label Collaboration and involvement
  words collaboration
theme support
  label Practical support offered
  words support
  action Keep a list of exam centres that take private candidates.
theme intrusion
  label Proportionality and intrusion
  words intrusion
  action Offer alternatives to home visits in every first letter.
  action Never visit unannounced without a documented reason.
  reflect Was each visit this quarter proportionate to a real concern?
theme safeguarding
  label Safeguarding and welfare
  words safeguarding
theme school
  label Experience of school
  words school
theme send
  label Special educational needs and disability
  words send
  action Tell parents how to ask for an EHC needs assessment.
theme communication
  label Communication and meetings
  words communication
  action Answer every e-mail within five working days.
theme rights
  label Rights and the law
  words rights
theme access
  label Access and reasonable adjustments
  words access
theme wellbeing
  label Wellbeing — children’s and parents’ “happiness”…
  words wellbeing
  reflect How do our processes add to families'' stress?
flag disclosure
  label Possible safeguarding disclosure
  words disclosure
  action THIS-IS-A-FLAG-ACTION
', '2026-01-01T00:00:00Z', '2026-10-01T00:00:00Z');

INSERT INTO coding (response_id, codebook_id, polarity, score, coded_at)
  SELECT p.id, 2, coalesce(t.polarity, 'neutral'), 0, '2026-10-01T00:00:00Z'
  FROM response p LEFT JOIN tpl t ON t.text = p.text WHERE p.id < 2000;
INSERT INTO theme (response_id, codebook_id, theme, polarity)
  SELECT p.id, 2, t.t1, t.polarity FROM response p JOIN tpl t ON t.text = p.text WHERE t.t1 IS NOT NULL
  UNION ALL
  SELECT p.id, 2, t.t2, t.polarity FROM response p JOIN tpl t ON t.text = p.text WHERE t.t2 IS NOT NULL;
-- the flagged ones are coded too (they must still never appear)
INSERT INTO coding VALUES (2001, 2, 'negative', -2, '2026-10-01T00:00:00Z'), (2002, 2, 'negative', -2, '2026-10-01T00:00:00Z');
INSERT INTO theme VALUES (2001, 2, 'safeguarding', 'negative'), (2002, 2, 'wellbeing', 'negative');
-- an old codebook's coding is not current
INSERT INTO coding VALUES (1, 1, 'positive', 1, '2026-03-01T00:00:00Z');
INSERT INTO theme VALUES (1, 1, 'trust', 'positive');
INSERT INTO flag (id, response_id, codebook_id, flag, rule, start, end, status, raised_at) VALUES
 (1, 2001, 2, 'disclosure', 'x:1:pattern', 0, 10, 'open', '2026-10-01T00:00:00Z'),
 (2, 2002, 2, 'disclosure', 'x:2:pattern', 0, 10, 'closed', '2026-10-01T00:00:00Z');
-- a reviewer decided response 261 ("No comment.") is about communication
INSERT INTO review (id, response_id, reviewer, reviewed_at, file)
  SELECT 1, min(p.id), 'alex', '2026-10-02T00:00:00Z', 'review.csv'
  FROM response p WHERE p.round_id = 3 AND p.text = 'No comment.';
INSERT INTO review_theme (review_id, theme) VALUES (1, 'communication');
COMMIT;
