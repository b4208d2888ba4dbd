/* test_util.c — SHA-256 against FIPS 180-4 vectors; buf; err. */
#include "config.h"

#include <stdlib.h>

#include "tests/unit/testhelp.h"
#include "util/buf.h"
#include "util/err.h"
#include "util/sha256.h"

static void
test_sha256(void)
{
	static const struct { const char *in; const char *hex; } v[] = {
		{ "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
		{ "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
		{ "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
		  "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1" },
	};
	char hex[65];

	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
		sha256_buf_hex(v[i].in, strlen(v[i].in), hex);
		CHECK_STR(hex, v[i].hex);
	}
	/* a million 'a's, fed in awkward pieces */
	struct sha256 c;
	char chunk[997];
	memset(chunk, 'a', sizeof chunk);
	sha256_init(&c);
	size_t left = 1000000;
	while (left) {
		size_t n = left < sizeof chunk ? left : sizeof chunk;
		sha256_update(&c, chunk, n);
		left -= n;
	}
	sha256_hex(&c, hex);
	CHECK_STR(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

static void
test_buf(void)
{
	struct buf b = BUF_INIT;

	CHECK_STR(buf_str(&b), "");
	buf_adds(&b, "hello");
	buf_addc(&b, ' ');
	buf_addf(&b, "%d-%s", 42, "x");
	CHECK_STR(buf_str(&b), "hello 42-x");
	CHECK(b.len == 10);
	for (int i = 0; i < 1000; i++)
		buf_addc(&b, 'z');
	CHECK(b.len == 1010);
	buf_reset(&b);
	CHECK_STR(buf_str(&b), "");
	char *s = buf_detach(&b);
	CHECK_STR(s, "");
	free(s);
	buf_free(&b);
}

static void
test_err(void)
{
	char *err = NULL;

	CHECK(err_set(&err, "line %d: bad", 3) == -1);
	CHECK_STR(err, "line 3: bad");
	CHECK(err_prefix(&err, "%s", "f.csv") == -1);
	CHECK_STR(err, "f.csv: line 3: bad");
	free(err);
	CHECK(err_set(NULL, "ignored") == -1);
}

int
main(void)
{
	test_sha256();		/* with the CPU's SHA instructions if it has them */
	sha256_portable();
	test_sha256();
	test_buf();
	test_err();
	return TEST_REPORT();
}
