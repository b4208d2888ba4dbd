-- fixture.sql: 11 coded responses (ids 1-10, 12; 12 is flagged) and one
-- respondent (11) with two free-text answers.  Generated once by hand-run
-- Python; spans are byte offsets into response.text.
INSERT INTO round(id, label) VALUES (1, '2026-Q3');
INSERT INTO import(id, file, sha256, imported_at, format, source) VALUES (1, 'survey.csv', 'x', '2026-10-01T00:00:00Z', 'csv', 'survey');
INSERT INTO question(id, text) VALUES (1, 'What works?'), (2, 'What should change?');
INSERT INTO codebook(id, hash, name, text, loaded_at, used_at) VALUES (1, 'h1', 'test.codebook', 'theme trust
  label Trust and confidence
  words trust*
theme school
  label Experience of school
  words school
theme send
  label Special educational needs
  words EHCP
theme support
  label Practical support
  words exam*
', '2026-10-01T00:00:00Z', '2026-10-02T00:00:00Z');
INSERT INTO respondent(id, import_id, ext_id, line) VALUES (1, 1, '1', 2);
INSERT INTO response(id, respondent_id, question_id, round_id, source, text, redaction, dedup) VALUES (1, 1, 1, 1, 'survey', 'I don''t trust the council after the last letter.', 'I don''t trust the council after the last letter.', 'd1');
INSERT INTO coding(response_id, codebook_id, polarity, coded_at) VALUES (1, 1, 'neutral', '2026-10-02T00:00:00Z');
INSERT INTO theme(response_id, codebook_id, theme, polarity) VALUES (1, 1, 'trust', 'neutral');
INSERT INTO code(response_id, codebook_id, seq, theme, rule, start, end) VALUES (1, 1, 0, 'trust', 'test.codebook:2:trust', 8, 13);
INSERT INTO respondent(id, import_id, ext_id, line) VALUES (2, 1, '2', 3);
INSERT INTO response(id, respondent_id, question_id, round_id, source, text, redaction, dedup) VALUES (2, 2, 1, 1, 'survey', 'They say trust us, but the form asks for everything.', 'They say trust us, but the form asks for everything.', 'd2');
INSERT INTO coding(response_id, codebook_id, polarity, coded_at) VALUES (2, 1, 'neutral', '2026-10-02T00:00:00Z');
INSERT INTO theme(response_id, codebook_id, theme, polarity) VALUES (2, 1, 'trust', 'neutral');
INSERT INTO code(response_id, codebook_id, seq, theme, rule, start, end) VALUES (2, 1, 0, 'trust', 'test.codebook:2:trust', 9, 14);
INSERT INTO respondent(id, import_id, ext_id, line) VALUES (3, 1, '3', 4);
INSERT INTO response(id, respondent_id, question_id, round_id, source, text, redaction, dedup) VALUES (3, 3, 1, 1, 'survey', 'The school let him down and now I cannot trust anyone there.', 'The school let him down and now I cannot trust anyone there.', 'd3');
INSERT INTO coding(response_id, codebook_id, polarity, coded_at) VALUES (3, 1, 'neutral', '2026-10-02T00:00:00Z');
INSERT INTO theme(response_id, codebook_id, theme, polarity) VALUES (3, 1, 'trust', 'neutral');
INSERT INTO code(response_id, codebook_id, seq, theme, rule, start, end) VALUES (3, 1, 0, 'trust', 'test.codebook:2:trust', 41, 46);
INSERT INTO theme(response_id, codebook_id, theme, polarity) VALUES (3, 1, 'school', 'neutral');
INSERT INTO code(response_id, codebook_id, seq, theme, rule, start, end) VALUES (3, 1, 1, 'school', 'test.codebook:4:school', 4, 10);
INSERT INTO respondent(id, import_id, ext_id, line) VALUES (4, 1, '4', 5);
INSERT INTO response(id, respondent_id, question_id, round_id, source, text, redaction, dedup) VALUES (4, 4, 1, 1, 'survey', 'Nobody believes a word the officer says any more.', 'Nobody believes a word the officer says any more.', 'd4');
INSERT INTO coding(response_id, codebook_id, polarity, coded_at) VALUES (4, 1, 'neutral', '2026-10-02T00:00:00Z');
INSERT INTO respondent(id, import_id, ext_id, line) VALUES (5, 1, '5', 6);
INSERT INTO response(id, respondent_id, question_id, round_id, source, text, redaction, dedup) VALUES (5, 5, 1, 1, 'survey', 'He was bullied at school for two years.', 'He was bullied at school for two years.', 'd5');
INSERT INTO coding(response_id, codebook_id, polarity, coded_at) VALUES (5, 1, 'neutral', '2026-10-02T00:00:00Z');
INSERT INTO theme(response_id, codebook_id, theme, polarity) VALUES (5, 1, 'school', 'neutral');
INSERT INTO code(response_id, codebook_id, seq, theme, rule, start, end) VALUES (5, 1, 0, 'school', 'test.codebook:4:school', 18, 24);
INSERT INTO respondent(id, import_id, ext_id, line) VALUES (6, 1, '6', 7);
INSERT INTO response(id, respondent_id, question_id, round_id, source, text, redaction, dedup) VALUES (6, 6, 1, 1, 'survey', 'Her EHCP has never been reviewed.', 'Her EHCP has never been reviewed.', 'd6');
INSERT INTO coding(response_id, codebook_id, polarity, coded_at) VALUES (6, 1, 'neutral', '2026-10-02T00:00:00Z');
INSERT INTO theme(response_id, codebook_id, theme, polarity) VALUES (6, 1, 'send', 'neutral');
INSERT INTO code(response_id, codebook_id, seq, theme, rule, start, end) VALUES (6, 1, 0, 'send', 'test.codebook:6:EHCP', 4, 8);
INSERT INTO respondent(id, import_id, ext_id, line) VALUES (7, 1, '7', 8);
INSERT INTO response(id, respondent_id, question_id, round_id, source, text, redaction, dedup) VALUES (7, 7, 1, 1, 'survey', 'Thanks for the exam centre list.', 'Thanks for the exam centre list.', 'd7');
INSERT INTO coding(response_id, codebook_id, polarity, coded_at) VALUES (7, 1, 'neutral', '2026-10-02T00:00:00Z');
INSERT INTO respondent(id, import_id, ext_id, line) VALUES (8, 1, '8', 9);
INSERT INTO response(id, respondent_id, question_id, round_id, source, text, redaction, dedup) VALUES (8, 8, 1, 1, 'survey', 'We trust the new team.', 'We trust the new team.', 'd8');
INSERT INTO coding(response_id, codebook_id, polarity, coded_at) VALUES (8, 1, 'neutral', '2026-10-02T00:00:00Z');
INSERT INTO theme(response_id, codebook_id, theme, polarity) VALUES (8, 1, 'trust', 'neutral');
INSERT INTO code(response_id, codebook_id, seq, theme, rule, start, end) VALUES (8, 1, 0, 'trust', 'test.codebook:2:trust', 3, 8);
INSERT INTO respondent(id, import_id, ext_id, line) VALUES (9, 1, '9', 10);
INSERT INTO response(id, respondent_id, question_id, round_id, source, text, redaction, dedup) VALUES (9, 9, 1, 1, 'survey', 'Mr Smith said the school room was fine.', '[name] said the school room was fine.', 'd9');
INSERT INTO coding(response_id, codebook_id, polarity, coded_at) VALUES (9, 1, 'neutral', '2026-10-02T00:00:00Z');
INSERT INTO theme(response_id, codebook_id, theme, polarity) VALUES (9, 1, 'school', 'neutral');
INSERT INTO code(response_id, codebook_id, seq, theme, rule, start, end) VALUES (9, 1, 0, 'school', 'test.codebook:4:school', 18, 24);
INSERT INTO respondent(id, import_id, ext_id, line) VALUES (10, 1, '10', 11);
INSERT INTO response(id, respondent_id, question_id, round_id, source, text, redaction, dedup) VALUES (10, 10, 1, 1, 'survey', 'He is autistic and nobody listens.', 'He is autistic and nobody listens.', 'd10');
INSERT INTO coding(response_id, codebook_id, polarity, coded_at) VALUES (10, 1, 'neutral', '2026-10-02T00:00:00Z');
INSERT INTO respondent(id, import_id, ext_id, line) VALUES (11, 1, '12', 12);
INSERT INTO response(id, respondent_id, question_id, round_id, source, text, redaction, dedup) VALUES (11, 11, 1, 1, 'survey', 'SECRET-FLAGGED disclosure text here.', 'SECRET-FLAGGED disclosure text here.', 'd11');
INSERT INTO coding(response_id, codebook_id, polarity, coded_at) VALUES (11, 1, 'neutral', '2026-10-02T00:00:00Z');
INSERT INTO flag(response_id, codebook_id, flag, rule, start, end, raised_at) VALUES (11, 1, 'disclosure', 'x', 0, 6, '2026-10-02T00:00:00Z');
INSERT INTO respondent(id, import_id, ext_id, line) VALUES (12, 1, '11', 13);
INSERT INTO response(id, respondent_id, question_id, round_id, source, text, redaction, dedup) VALUES (12, 12, 1, 1, 'survey', 'The exam centre list was useful.', 'The exam centre list was useful.', 'd12');
INSERT INTO coding(response_id, codebook_id, polarity, coded_at) VALUES (12, 1, 'neutral', '2026-10-02T00:00:00Z');
INSERT INTO response(id, respondent_id, question_id, round_id, source, text, redaction, dedup) VALUES (13, 12, 2, 1, 'survey', 'Stop the school attendance threats.', 'Stop the school attendance threats.', 'd13');
INSERT INTO coding(response_id, codebook_id, polarity, coded_at) VALUES (13, 1, 'neutral', '2026-10-02T00:00:00Z');
INSERT INTO theme(response_id, codebook_id, theme, polarity) VALUES (13, 1, 'school', 'neutral');
INSERT INTO code(response_id, codebook_id, seq, theme, rule, start, end) VALUES (13, 1, 0, 'school', 'test.codebook:4:school', 9, 15);
