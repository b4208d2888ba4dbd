/* replay.c — a main() for fuzz targets without libFuzzer: runs
 * LLVMFuzzerTestOneInput() once on the contents of each FILE argument, so
 * that crash inputs stay regression tests in every build (plain, sanitizer,
 * valgrind).  Exit 0 when every input ran; a target that finds a bug aborts. */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "fuzz/fuzz.h"
#include "util/buf.h"

int
main(int argc, char **argv)
{
	struct buf b = BUF_INIT;
	char chunk[65536];
	size_t n;

	for (int i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");

		if (f == NULL) {
			fprintf(stderr, "%s: %s\n", argv[i], strerror(errno));
			return 1;
		}
		buf_reset(&b);
		while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
			buf_add(&b, chunk, n);
		if (ferror(f)) {
			fprintf(stderr, "%s: read error\n", argv[i]);
			fclose(f);
			return 1;
		}
		fclose(f);
		/* a private copy of exactly len bytes, as libFuzzer gives */
		uint8_t *data = malloc(b.len ? b.len : 1);
		if (data == NULL)
			return 1;
		if (b.len)
			memcpy(data, b.s, b.len);
		LLVMFuzzerTestOneInput(data, b.len);
		free(data);
	}
	buf_free(&b);
	printf("%d inputs replayed\n", argc - 1);
	return 0;
}
