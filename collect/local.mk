## collect: reading survey exports and forum text into the store
libheed_a_SOURCES += collect/redact.c collect/redact.h
