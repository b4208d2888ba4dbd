/* input.h — the byte layer of `heed collect`: read a file (or standard
 * input) in 64 KB chunks, hash its bytes, and hand out UTF-8.
 *
 * The encoding is decided from the first chunk: a UTF-8 BOM (dropped), a
 * UTF-16LE/BE BOM (converted with iconv), else UTF-8 when the chunk is valid
 * UTF-8, else Windows-1252 (legacy Excel; converted).  Nothing else is
 * normalised: line endings and delimiters pass through unchanged.
 *
 * Ownership: collect_input_open() gives the caller a collect_input that it
 * releases with collect_input_close(); that closes the file unless it is
 * standard input.  The chunk from collect_input_read() belongs to the
 * collect_input and is valid until the next call. */
#ifndef HEED_COLLECT_INPUT_H
#define HEED_COLLECT_INPUT_H

#include <stddef.h>
#include <stdio.h>

#define COLLECT_CHUNK 65536

enum collect_enc {
	COLLECT_ENC_UTF8, COLLECT_ENC_UTF8_BOM, COLLECT_ENC_UTF16LE,
	COLLECT_ENC_UTF16BE, COLLECT_ENC_CP1252,
};

typedef struct collect_input collect_input;

/* Open path ("-" = standard input). */
int collect_input_open(const char *path, collect_input **out, char **err);
/* Read from an open stream f (not closed by collect_input_close), named
 * name in messages. */
collect_input *collect_input_fopen(FILE *f, const char *name);
/* The next chunk of UTF-8 in *p, *n bytes; *n == 0 at the end. */
int collect_input_read(collect_input *in, const char **p, size_t *n, char **err);
enum collect_enc collect_input_encoding(const collect_input *in);
/* Hex SHA-256 of every byte read so far (all of them after the end). */
void collect_input_sha256(const collect_input *in, char hex[65]);
void collect_input_close(collect_input *in);

/* Detect the encoding of the first n bytes of a file (eof: they are all of
 * it); *bom is set to the length of the byte-order mark to skip. */
enum collect_enc collect_enc_detect(const unsigned char *p, size_t n, int eof,
    size_t *bom);
const char *collect_enc_name(enum collect_enc e);
/* Length of the longest valid UTF-8 prefix of p[0..n). */
size_t collect_utf8_valid(const unsigned char *p, size_t n);

#endif
