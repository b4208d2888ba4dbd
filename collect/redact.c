/* redact.c — see redact.h.
 *
 * The detectors are PCRE2 patterns, one alternative per context, joined
 * into seven patterns (passes: e-mail, URLs, numbers, dates of birth,
 * schools, names, sign-offs).  Each alternative ends with (*MARK:n) naming
 * its type, so one left-to-right pass finds every span of its kind and its
 * type; where spans of two passes overlap, the earlier start wins, then the
 * earlier pass.  A cheap byte scan skips the passes that cannot match (no
 * digit, no '@', no ".x", no "birth", no school word).  Contextual
 * alternatives use \K so that only the personal part is replaced: "my son
 * \K Jack" redacts "Jack", keeping "my son".  Lists of names after a name
 * ("my children Jack, Amy and Tom") are followed by a second, anchored
 * pattern.
 *
 * Measured precision and recall per type: tests/unit/test_redact.c on
 * tests/data/privacy/redact.txt (`make check` prints the table). */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#ifdef HAVE_VALGRIND_VALGRIND_H
#include <valgrind/valgrind.h>
#endif

#include "collect/redact.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/xalloc.h"

static const char *const placeholders[REDACT_NTYPES] = {
	"[email]", "[phone]", "[postcode]", "[name]", "[school]",
	"[date of birth]", "[NI number]", "[url]",
};
static const char *const type_names[REDACT_NTYPES] = {
	"email", "phone", "postcode", "name", "school", "dob", "nino", "url",
};

/* ---- building blocks ---------------------------------------------------- */

/* Capitalised words that are not names where a name could stand. */
#define STOP_DEF "(?:I|A|An|And|But|So|Or|If|When|While|Whilst|We|He|She|They|It|" \
	"This|That|These|Those|There|Then|Than|The|My|Our|His|Her|Their|Your|Its|" \
	"Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Madam|St|Mum|Mummy|Mom|Dad|Daddy|Nan|Nana|" \
	"Nanny|Gran|Grandma|Grandad|Granny|Grandpa|Monday|Tuesday|Wednesday|" \
	"Thursday|Friday|Saturday|Sunday|January|February|March|July|August|" \
	"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|" \
	"Sept|Oct|Nov|Dec|Council|County|Local|Authority|Education|Home|School|" \
	"Schools|Team|Service|Services|Elective|Year|Reception|Nursery|Christmas|" \
	"Easter|Ofsted|God|Everyone|Everybody|Nobody|Someone|Somebody|Anyone|" \
	"Today|Tomorrow|Yesterday|Tonight|Children|Child|Parents|Parent|Family|" \
	"Families|None|Not|No|Yes|Please|Thanks|Thank|Hi|Hello|Dear|Regards|Best|" \
	"Sincerely|Yours|Also|Just|Even|Still|Now|Since|Because|As|At|In|On|For|" \
	"With|Without|To|From|Of|Is|Was|Were|Are|Be|Been|Has|Had|Have|Do|Did|" \
	"Does|Who|What|Why|How|Where|Which|Whose|All|Some|Many|Most|Both|Each|" \
	"Every|Only|Last|Next|First|Second|Autism|Autistic|Dyslexia|Dyspraxia|" \
	"English|Maths|Math|Science|History|Geography|Music|Art|British|Welsh|" \
	"Scottish|Irish|England|Wales|Scotland|Ireland|Britain|Google|Facebook|" \
	"Covid|Lockdown|Term|Summer|Winter|Spring|Autumn|Head|Headteacher|" \
	"Teacher|Officer|Officers|Office|Social|Worker|Doctor|Nurse|Primary|" \
	"Secondary|Academy|College|University|Tribunal|Government|Department|" \
	"Church|Well|Sadly|Unfortunately|Hopefully|Honestly|Luckily|Currently|" \
	"Recently|Apparently|Obviously|Again|Another|Other|One|Two|Three|Four|" \
	"Five|Six|Seven|Eight|Nine|Ten|Sorry|Okay|Ok|Great|Good|Very|Really|" \
	"Absolutely|Definitely|Never|Always|Sometimes|Often|Unless|Until|After|" \
	"Before|During|Although|Though|However|Overall|Anyway|Meanwhile|Later|" \
	"Soon|Already|Lots|Nothing|Everything|Something|Anything|Here|Special|" \
	"Needs|Plan|Review|Annual|Support|Help|Any|Such|Same|Either|Neither|" \
	"Guidance|Policy|Letter|Visit|Report|Name|Love|Kind|Cheers|Faithfully|" \
	"Any|Council's|Staff|Team's|Everyone's|Nobody's)"
/* Further capitalised words that do not begin a school's name. */
#define SSTOP_DEF "(?:Secondary|Primary|Special|Mainstream|Independent|Private|" \
	"State|Free|Grammar|Forest|Faith|Middle|Upper|Lower|Junior|Juniors|" \
	"Infant|Infants|High|Boarding|Residential|Alternative|Community|Village|" \
	"Previous|Current|New|Old|Big|Small|Sixth|Form|Further|Virtual|Online|" \
	"Hospital|Pupil|Referral|Flexi|Language|Steiner|Montessori|Catholic|" \
	"Comprehensive|Technical|Holiday|Dance|Drama|Driving|Swimming|SEN|SEND|" \
	"Outstanding|Excellent|Amazing|Lovely|Brilliant|Terrible|Awful|Failing|" \
	"Nearby|Catchment|Specialist|Normal|Regular|Traditional|Proper|Real|" \
	"Actual|Went|Go|Goes|Going|Moved|Left|Attends|Attended|Visited|Chose|" \
	"Loved|Hated|Like|Liked)"
/* A name: Jack, O'Brien, McDonald, Mary-Jane, Zoë. */
#define NAME_DEF "\\p{Lu}(?:['’]\\p{Lu})?\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}\\p{Ll}+)?(?![\\p{L}\\p{N}])"
#define NAMEX_DEF "\\b(?!" STOP "(?![\\p{L}\\p{N}]))" NAME
#define NAMES NAMEX "(?:\\h+" NAMEX ")?"
#define TITLE "(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)"
#define ADJ "(?:eldest|youngest|oldest|older|younger|middle|little|big|twin|only|" \
	"autistic|disabled|adopted|step|lovely|beautiful|gorgeous|wonderful|baby|" \
	"teenage|home[\\h-]?educated|" AGE ")"
#define AGE "(?:(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|" \
	"eleven|twelve|thirteen|fourteen|fifteen|sixteen)[\\h-]?(?:year|yr)s?[\\h-]?old)"
#define REL "(?:(?:son|daughter|child|boy|girl|kid|grandson|granddaughter|" \
	"grandchild|stepson|stepdaughter|nephew|niece|brother|sister|twin|" \
	"husband|wife|partner|d[sd]\\d?)s?|eldest|youngest|oldest|children|" AGE ")"
#define RELATION_DEF "(?i:\\b(?:my|our|his|her|their)\\h+(?:" ADJ "\\h+){0,2}" REL ")"
#define TRIGGER_DEF "(?i:ehcp|ehc|plan|school|teacher|class|classroom|senco|sendco|" \
	"needs|diagnosis|education|tutor|dad|mum|father|mother|social\\h+worker|" \
	"worker|caseworker|case|file|review|annual\\h+review|support|autism|adhd|" \
	"therapist|therapy|assessment|ep|paediatrician|gp|health|learning|work|" \
	"progress|anxiety|condition|report|attendance|place|placement|transport|" \
	"taxi|speech|ot|salt|medication|appointment|friends?|bedroom|nursery|" \
	"college|reading|maths|writing|behaviou?r|exclusion|timetable|" \
	"provision|tribunal|appeal|referral|wellbeing|mental\\h+health)\\b"
#define ROLE_DEF "(?i:officer|senco|sendco|worker|caseworker|coordinator|" \
	"co-ordinator|advis[oe]r|teacher|headteacher|head|inspector|manager|" \
	"consultant|psychologist|therapist|nurse|doctor|paediatrician|" \
	"councillor|tutor|lead|contact|ep)"
#define MONTH_DEF "(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|" \
	"July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|" \
	"Dec(?:ember)?)\\.?(?!\\p{L})"
#define DAY_DEF "(?:[12]\\d|3[01]|0?[1-9])(?i:st|nd|rd|th)?(?![\\p{L}\\p{N}])"
#define DATE_DEF "(?:\\b\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})(?!\\d)" \
	"|\\b\\d{4}-\\d{2}-\\d{2}(?!\\d)" \
	"|\\b" DAY "\\h+(?:of\\h+)?" MONTH "(?:,?\\h+\\d{4}(?!\\d))?" \
	"|\\b" MONTH "\\h+\\d{4}(?!\\d)" \
	"|\\b" MONTH "\\h+" DAY "(?:,?\\h+\\d{4}(?!\\d))?)"
#define DOBCTX_DEF "(?i:\\b(?:born|d\\.?o\\.?b|date\\h+of\\h+birth|birth\\h*date|" \
	"birthday|b['’]?day)(?!\\p{L}))"
#define SCHOOLWORD "(?:School|Academy|College|Primary|Infants?|Juniors?|High|" \
	"Grammar|Nursery)"
#define PROPER_DEF "\\b(?!(?:" STOP "|" SSTOP ")(?![\\p{L}\\p{N}]))\\p{Lu}[\\p{L}'’]*+"
#define SUFFIX_DEF "(?:(?:C\\.?\\h?of\\h?E\\.?|CE|CofE|RC|Catholic|Church\\h+of\\h+England|" \
	"Methodist|Community|Free|Infant|Junior|Primary|Secondary|High|Grammar|" \
	"Special|Technical|Prep(?:aratory)?|Middle|First|Nursery|Academy)\\h+){0,3}" \
	SCHOOLWORD "(?:\\h+(?:School|Academy))?(?![\\p{L}\\p{N}])"
#define AREA_DEF "(?i:AB|AL|BA|BB|BD|BH|BL|BN|BR|BS|BT|B|CA|CB|CF|CH|CM|CO|CR|CT|" \
	"CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|EC|EH|EN|EX|E|FK|FY|GL|GU|GY|G|HA|HD|" \
	"HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|LA|LD|LE|LL|LN|LS|LU|L|ME|" \
	"MK|ML|M|NE|NG|NN|NP|NR|NW|N|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|SA|SE|SG|" \
	"SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|S|TA|TD|TF|TN|TQ|TR|TS|TW|UB|WA|WC|WD|" \
	"WF|WN|WR|WS|WV|W|YO|ZE)"
#define URLEND "[^\\s<>\"]*[^\\s<>\".,;:!?)'’\\]]"

/* Each building block is defined once, in the (?(DEFINE)...) block that
 * ends every pattern, and called by name: (?&nx) is "a name that is not
 * a stop word". */
#define STOP "(?&stop)"
#define SSTOP "(?&sstop)"
#define NAME "(?&name)"
#define NAMEX "(?&nx)"
#define RELATION "(?&rel)"
#define TRIGGER "(?&trigger)"
#define ROLE "(?&role)"
#define MONTH "(?&month)"
#define DAY "(?&day)"
#define DATE "(?&date)"
#define DOBCTX "(?&dobctx)"
#define PROPER "(?&proper)"
#define SUFFIX "(?&suffix)"
#define AREA "(?&area)"
static const char defines[] = "(?(DEFINE)"
    "(?<stop>" STOP_DEF ")(?<sstop>" SSTOP_DEF ")(?<name>" NAME_DEF ")"
    "(?<nx>" NAMEX_DEF ")(?<rel>" RELATION_DEF ")(?<trigger>" TRIGGER_DEF ")"
    "(?<month>" MONTH_DEF ")(?<day>" DAY_DEF ")"
    "(?<date>" DATE_DEF ")(?<dobctx>" DOBCTX_DEF ")(?<proper>" PROPER_DEF ")"
    "(?<suffix>" SUFFIX_DEF ")(?<area>" AREA_DEF "))";

/* The passes, in order of precedence where spans overlap.  Each runs only
 * when the text could hold what it looks for (see gates()). */
enum pass {
	PASS_EMAIL, PASS_URL, PASS_NUMBER, PASS_DOB, PASS_SCHOOL, PASS_NAME,
	PASS_SIGNOFF, NPASSES
};
/* Put before a pass's alternatives: every name starts at a word boundary,
 * and checking that once halves the time of the name pass. */
static const char *const pass_prefix[NPASSES] = { [PASS_NAME] = "\\b" };

/* Each alternative starts with something PCRE2 can turn into a table of
 * possible first bytes (a literal, a class, a lookahead of a class): that
 * table is what keeps one pass fast.  A subroutine call or (*MARK) at the
 * start would lose it, so DEFINE goes at the end and marks last. */
#define CAPHINT "(?=[A-Z\\x{C0}-\\x{24F}])"

static const struct {
	enum pass pass;
	enum redact_type type;
	const char *re;
} detectors[] = {
	{ PASS_EMAIL, REDACT_EMAIL, "(?<![\\p{L}\\p{N}._%+'-])[\\p{L}\\p{N}._%+'-]++@"
	    "(?:[\\p{L}\\p{N}-]+\\.)+\\p{L}{2,}(?![\\p{L}\\p{N}])" },
	{ PASS_EMAIL, REDACT_EMAIL, "(?<![\\p{L}\\p{N}._-])[\\p{L}\\p{N}._-]++\\h?(?i:\\(at\\)|\\[at\\])"
	    "\\h?[\\p{L}\\p{N}-]+(?:\\h?(?i:\\.|\\(dot\\)|\\[dot\\])\\h?[\\p{L}\\p{N}-]+)+" },
	{ PASS_URL, REDACT_URL, "(?i:\\b(?:https?://|www\\.)" URLEND ")" },
	{ PASS_URL, REDACT_URL, "(?i:(?<![\\p{L}\\p{N}.@-])(?:[a-z0-9-]++\\.)+(?:com|org|net|co\\.uk|"
	    "org\\.uk|gov\\.uk|ac\\.uk|uk|io|info)(?:/" URLEND ")?(?![\\p{L}\\p{N}]))" },
	{ PASS_NUMBER, REDACT_NINO, "(?=[A-Za-z]{2}\\h?\\d)(?i:\\b[A-Z]{2}\\h?\\d{2}\\h?\\d{2}"
	    "\\h?\\d{2}\\h?[A-D]\\b)" },
	{ PASS_NUMBER, REDACT_POSTCODE, "(?=[A-Za-z]{1,2}\\d)(?i:(?<![\\p{L}\\p{N}])" AREA "\\d[A-Z\\d]?\\h?"
	    "(?!\\d(?-i:st|nd|rd|th)\\b)\\d[ABD-HJLNP-UW-Z]{2}(?![\\p{L}\\p{N}]))" },
	{ PASS_NUMBER, REDACT_PHONE, "(?<![\\w+])(?:(?:\\+|00)\\h?44\\h?(?:\\(0\\)\\h?)?|\\((?=0\\d{2,4}\\))0|0)"
	    "(?:\\)?[\\h.-]?\\d){9,10}(?!\\d)" },
	/* dates of birth: after the context ... */
	{ PASS_DOB, REDACT_DOB, "(?=[bBdD])" DOBCTX "[\\h:.,=-]*(?:(?:[\\p{L}\\p{N}'’]+|\\(|\\))[\\h,]+){0,4}?"
	    "\\K" DATE },
	/* ... or before it */
	{ PASS_DOB, REDACT_DOB, "(?=[0-9JFMASONDjfmasond])" DATE "(?=\\h*[(\\[]?(?i:d\\.?o\\.?b|date\\h+of\\h+birth)(?!\\p{L})"
	    "|,?\\h+(?i:(?:is|was)\\h+(?:his|her|their|my|our)\\h+"
	    "(?:birthday|date\\h+of\\h+birth|dob)))" },
	/* schools: St Mary's school, Oakwood Primary, Holy Trinity C of E School */
	{ PASS_SCHOOL, REDACT_SCHOOL, "\\bSt\\.?\\h+" NAME "['’]s\\h+(?i:(?:C\\.?\\h?of\\h?E|CE|RC|"
	    "catholic)\\h+)?(?i:primary|junior|infant|secondary|high|school|academy|"
	    "college)(?:\\h+(?i:school|academy))?\\b" },
	{ PASS_SCHOOL, REDACT_SCHOOL, CAPHINT "(?:\\bSt\\.?\\h+)?" PROPER "(?:[\\h-]+(?:" PROPER
	    "|of|the|on|upon|in|le|by|under|&))*\\h+" SUFFIX },
	/* names: my son Jack, our eldest, Amy */
	{ PASS_NAME, REDACT_NAME, "(?=[mMoOhHtT])" RELATION "\\h*(?:,\\h*|\\(\\h*)?\\K" NAMES },
	/* Katie's EHCP */
	{ PASS_NAME, REDACT_NAME, CAPHINT "(?<!\\bSt\\h)(?<!\\bSt\\.\\h)\\b(?=" NAME "['’]s\\h+" TRIGGER ")"
	    "(?!" STOP "(?![\\p{L}\\p{N}]))" NAME },
	/* Mrs Patel, Dr Sarah Jones */
	{ PASS_NAME, REDACT_NAME, "\\b" TITLE "\\.?\\h+\\K" NAMES },
	/* our officer, Mrs Patel; the SENCO (Jane Smith) */
	{ PASS_NAME, REDACT_NAME, "\\b" ROLE_DEF "\\h*(?:,\\h*|\\(\\h*|-\\h+|\\h(?i:called|named|is|was)\\h+)?"
	    "(?:" TITLE "\\.?\\h+)?\\K" NAMES },
	/* a boy called Tom; my name is Sarah */
	{ PASS_NAME, REDACT_NAME, "(?i:\\b(?:called|named|name\\h+is|names\\h+are|known\\h+as))"
	    "\\h+\\K" NAMES },
	{ PASS_NAME, REDACT_NAME, "(?i:\\b(?:I['’]m|I\\h+am|this\\h+is))\\h+\\K" NAMES
	    "(?=\\h*(?:,|\\(|\\.|\\z))" },
	/* mum of Jack */
	{ PASS_NAME, REDACT_NAME, "(?i:\\b(?:mum|mom|mother|dad|father|parent|carer|grandparent|"
	    "nan|gran)\\h+(?:of|to)\\h+)\\K" NAMEX },
	/* Jack, my eldest, */
	{ PASS_NAME, REDACT_NAME, CAPHINT "\\b(?=" NAME "\\h*(?:\\(\\d{1,2}\\)\\h*)?,\\h+" RELATION "\\b)"
	    "(?!" STOP "(?![\\p{L}\\p{N}]))" NAME },
	/* signatures: "Thanks, Sarah", "Kind regards\nJohn Smith", "-- \nJo, mum" */
	{ PASS_NAME, REDACT_NAME, "(?i:\\b(?:thanks|thank\\h+you|many\\h+thanks|cheers))"
	    "(?:\\h*[,!.]?\\h*\\r?\\n\\s*|\\h*,\\h*|\\h+)\\K" NAMES
	    "(?=\\h*(?:\\(|,|[.!]?\\h*(?:\\r?\\n|\\z)|\\h-))" },
	{ PASS_NAME, REDACT_NAME, "(?i:\\b(?:regards|kind\\h+regards|best\\h+wishes|warm\\h+regards|"
	    "best|yours\\h+sincerely|yours\\h+faithfully|sincerely|love))"
	    "(?:\\h*[,!.]?\\h*\\r?\\n\\s*|\\h*,\\h*)\\K" NAMES
	    "(?=\\h*(?:\\(|,|[.!]?\\h*(?:\\r?\\n|\\z)|\\h-))" },
	{ PASS_SIGNOFF, REDACT_NAME, "(?<![^\\n])\\h*(?:--|[–—~-])\\h*(?:\\r?\\n\\h*)?\\K" NAMES
	    "(?=\\h*(?:,|\\(|\\r?\\n|\\z))" },
};

/* After a name: more names in a list ("Jack, Amy and Tom"). */
static const char continuation[] =
    "\\h*(?:\\(\\h*\\d{1,2}\\h*\\)\\h*)?(?:,\\h*(?:and\\h+|&\\h*)?|\\h(?:and|&)\\h+)"
    "\\K" NAMEX "(?!\\h+" SCHOOLWORD "\\b)";

/* ---- compiled once ------------------------------------------------------ */

static pthread_once_t once = PTHREAD_ONCE_INIT;
static pcre2_code *re_pass[NPASSES], *re_cont;
static char *init_err;

static pcre2_code *
compile(const char *pattern, char **err)
{
	int code;
	PCRE2_SIZE off;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF, &code, &off, NULL);
	PCRE2_UCHAR msg[256];

	if (re == NULL) {
		pcre2_get_error_message(code, msg, sizeof msg);
		err_set(err, "redaction pattern, offset %zu: %s", (size_t)off, (char *)msg);
		return NULL;
	}
#ifdef HAVE_VALGRIND_VALGRIND_H
	if (!RUNNING_ON_VALGRIND)	/* valgrind cannot follow JIT code */
#endif
	(void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);	/* else interpreted */
	return re;
}

static void
init_once(void)
{
	struct buf b = BUF_INIT;
	int ok = 1;

	for (int p = 0; p < NPASSES && ok; p++) {
		const char *sep = "";

		buf_reset(&b);
		buf_adds(&b, pass_prefix[p] ? pass_prefix[p] : "");
		buf_adds(&b, "(?:");
		for (size_t i = 0; i < sizeof detectors / sizeof detectors[0]; i++) {
			if (detectors[i].pass != (enum pass)p)
				continue;
			buf_addf(&b, "%s(?:%s(*:%d))", sep, detectors[i].re,
			    (int)detectors[i].type);
			sep = "|";
		}
		buf_adds(&b, ")");
		buf_adds(&b, defines);
		ok = (re_pass[p] = compile(buf_str(&b), &init_err)) != NULL;
	}
	if (ok) {
		buf_reset(&b);
		buf_adds(&b, continuation);
		buf_adds(&b, defines);
		re_cont = compile(buf_str(&b), &init_err);
	}
	buf_free(&b);
}

int
redact_init(char **err)
{
	pthread_once(&once, init_once);
	if (re_cont == NULL)
		return err_set(err, "%s", init_err ? init_err : "redaction unavailable");
	return 0;
}

/* ---- matching ----------------------------------------------------------- */

/* Does text hold word (case-sensitive)? */
static int
contains(const char *text, size_t len, const char *word)
{
	size_t n = strlen(word);
	const char *p = text, *end = text + len;

	while ((size_t)(end - p) >= n && (p = memchr(p, word[0], (size_t)(end - p - n + 1)))) {
		if (memcmp(p, word, n) == 0)
			return 1;
		p++;
	}
	return 0;
}

/* Does text hold word, ignoring ASCII case?  word is lowercase. */
static int
contains_nocase(const char *text, size_t len, const char *word)
{
	size_t n = strlen(word);

	for (size_t i = 0; i + n <= len; i++) {
		size_t k = 0;

		while (k < n && (text[i + k] | 0x20) == word[k])
			k++;
		if (k == n)
			return 1;
	}
	return 0;
}

/* Which passes can find anything in text: a cheap look before the regex. */
static void
gates(const char *text, size_t len, int run[NPASSES])
{
	static const char *const school_words[] = {
		"School", "Academy", "College", "Primary", "Infant", "Junior", "High",
		"Grammar", "Nursery", "St ", "St.",
	};
	static const char *const dob_words[] = { "bor", "bir", "dob", "d.o", "day" };

	memset(run, 0, NPASSES * sizeof run[0]);
	run[PASS_NAME] = 1;
	run[PASS_SIGNOFF] = memchr(text, '-', len) || memchr(text, '~', len) ||
	    contains(text, len, "–") || contains(text, len, "—");
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)text[i];
		unsigned char next = i + 1 < len ? (unsigned char)text[i + 1] : 0;

		if (c >= '0' && c <= '9')
			run[PASS_NUMBER] = 1;
		else if (c == '@' || ((c == ')' || c == ']') && i >= 2 &&
		    (text[i - 1] | 0x20) == 't' && (text[i - 2] | 0x20) == 'a'))
			run[PASS_EMAIL] = 1;
		else if ((c == '.' || c == ':') && ((next | 0x20) >= 'a' && (next | 0x20) <= 'z'))
			run[PASS_URL] = 1;
	}
	/* every date of birth has a digit, and every URL a dot or colon */
	for (size_t i = 0; run[PASS_NUMBER] && i < sizeof dob_words / sizeof dob_words[0] &&
	    !run[PASS_DOB]; i++)
		run[PASS_DOB] = contains_nocase(text, len, dob_words[i]);
	for (size_t i = 0; i < sizeof school_words / sizeof school_words[0] &&
	    !run[PASS_SCHOOL]; i++)
		run[PASS_SCHOOL] = contains(text, len, school_words[i]);
}

static int
match(const pcre2_code *re, const char *text, size_t len, size_t at,
    uint32_t opts, pcre2_match_data *md)
{
	int rc = pcre2_match(re, (PCRE2_SPTR)text, len, at, opts, md, NULL);

	if (rc == PCRE2_ERROR_JIT_STACKLIMIT)	/* retry interpreted */
		rc = pcre2_match(re, (PCRE2_SPTR)text, len, at, opts | PCRE2_NO_JIT, md, NULL);
	return rc;
}

struct spans {
	struct redact_span *v;
	unsigned char *pass;	/* pass that found v[i] */
	size_t n, cap;
};

static void
add_span(struct spans *sp, size_t s, size_t e, enum redact_type t, int pass)
{
	if (sp->n == sp->cap) {
		sp->cap = sp->cap ? 2 * sp->cap : 8;
		sp->v = xreallocarray(sp->v, sp->cap, sizeof *sp->v);
		sp->pass = xrealloc(sp->pass, sp->cap);
	}
	sp->v[sp->n] = (struct redact_span){ s, e, t };
	sp->pass[sp->n++] = (unsigned char)pass;
}

static void
run_pass(int p, const char *text, size_t len, pcre2_match_data *md, struct spans *sp)
{
	size_t at = 0;

	while (at < len && match(re_pass[p], text, len, at, 0, md) >= 0) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
		PCRE2_SPTR mark = pcre2_get_mark(md);
		int t = mark ? atoi((const char *)mark) : REDACT_NAME;

		if (ov[1] <= ov[0] || ov[1] <= at) {	/* cannot happen; never loop */
			at++;
			continue;
		}
		add_span(sp, ov[0], ov[1], (enum redact_type)t, p);
		at = ov[1];
		while (t == REDACT_NAME && at < len &&
		    match(re_cont, text, len, at, PCRE2_ANCHORED, md) >= 0) {
			ov = pcre2_get_ovector_pointer(md);
			if (ov[1] <= at)
				break;
			add_span(sp, ov[0], ov[1], REDACT_NAME, p);
			at = ov[1];
		}
	}
}

size_t
redact_find(const char *text, size_t len, struct redact_span **out)
{
	struct spans sp = { NULL, NULL, 0, 0 };
	pcre2_match_data *md;
	int run[NPASSES];
	size_t n = 0;

	*out = NULL;
	if (redact_init(NULL) < 0 || len == 0)
		return 0;
	md = pcre2_match_data_create(4, NULL);
	if (md == NULL)
		abort();	/* out of memory, as xalloc */
	gates(text, len, run);
	for (int p = 0; p < NPASSES; p++)
		if (run[p])
			run_pass(p, text, len, md, &sp);
	pcre2_match_data_free(md);

	/* Order by start, then by pass; keep the first of overlapping spans.
	 * Insertion sort: each pass is already in order, and n is small. */
	for (size_t i = 1; i < sp.n; i++) {
		struct redact_span v = sp.v[i];
		unsigned char pass = sp.pass[i];
		size_t j = i;

		for (; j > 0 && (sp.v[j - 1].start > v.start ||
		    (sp.v[j - 1].start == v.start && sp.pass[j - 1] > pass)); j--) {
			sp.v[j] = sp.v[j - 1];
			sp.pass[j] = sp.pass[j - 1];
		}
		sp.v[j] = v;
		sp.pass[j] = pass;
	}
	for (size_t i = 0; i < sp.n; i++)
		if (n == 0 || sp.v[i].start >= sp.v[n - 1].end)
			sp.v[n++] = sp.v[i];
	free(sp.pass);
	if (n == 0) {
		free(sp.v);
		sp.v = NULL;
	}
	*out = sp.v;
	return n;
}

char *
redact_text(const char *text, size_t len, unsigned counts[REDACT_NTYPES])
{
	struct redact_span *v;
	struct buf b = BUF_INIT;
	size_t n, at = 0;

	if (redact_init(NULL) < 0)
		return xstrdup(len ? "[redacted]" : "");
	n = redact_find(text, len, &v);
	if (n == 0) {
		free(v);
		return xstrndup(text, len);
	}
	buf_grow(&b, len + 1);
	for (size_t i = 0; i < n; i++) {
		buf_add(&b, text + at, v[i].start - at);
		buf_adds(&b, placeholders[v[i].type]);
		at = v[i].end;
		if (counts)
			counts[v[i].type]++;
	}
	buf_add(&b, text + at, len - at);
	free(v);
	return buf_detach(&b);
}

const char *
redact_placeholder(enum redact_type t)
{
	return (unsigned)t < REDACT_NTYPES ? placeholders[t] : "[redacted]";
}

const char *
redact_type_name(enum redact_type t)
{
	return (unsigned)t < REDACT_NTYPES ? type_names[t] : "?";
}

int
redact_type_from_name(const char *name, size_t len)
{
	for (int i = 0; i < REDACT_NTYPES; i++)
		if (strlen(type_names[i]) == len && memcmp(type_names[i], name, len) == 0)
			return i;
	return -1;
}
