## analyse: the codebook language, the coding engine, polarity
libheed_a_SOURCES +=
libheed_a_SOURCES += analyse/flag.c analyse/flag.h
