/* fuzz.h — what every fuzz target in fuzz/ shares.
 *
 * Each fuzz/NAME_fuzz.c defines LLVMFuzzerTestOneInput() over one library
 * entry point.  It is linked twice: with libFuzzer as fuzz/NAME_fuzz (only
 * with ./configure CC=clang --enable-fuzzing; run by `make fuzz`), and with
 * fuzz/replay.c as fuzz/NAME_replay, which `make check` runs over the
 * seeds and the crash inputs kept in tests/data/fuzz-regress/NAME/.
 * A target aborts (fuzz_assert) when the library breaks a promise. */
#ifndef HEED_FUZZ_H
#define HEED_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define fuzz_assert(cond) do { \
	if (!(cond)) { \
		fprintf(stderr, "%s:%d: fuzz assertion failed: %s\n", \
		    __FILE__, __LINE__, #cond); \
		abort(); \
	} \
} while (0)

#endif
