## analyse: the codebook language, the coding engine, polarity
libheed_a_SOURCES +=
