/* ingest.h — shared by the csv and text fuzz targets: import data as a
 * file through collect_file() with --dry-run (the transaction is rolled
 * back) into a scratch database created once per process. */
#ifndef HEED_FUZZ_INGEST_H
#define HEED_FUZZ_INGEST_H

#include <stddef.h>
#include <stdint.h>

#include "collect/collect.h"

/* Import data[0..size) with format f; the result must be a success or an
 * error naming the file.  Returns collect_file()'s status. */
int fuzz_ingest(const uint8_t *data, size_t size, enum collect_format f);

#endif
