## collect: reading survey exports and forum text into the store
libheed_a_SOURCES += collect/redact.c collect/redact.h
libheed_a_SOURCES += \
	collect/collect.c collect/collect.h \
	collect/batch.c collect/batch.h \
	collect/input.c collect/input.h \
	collect/csv.c collect/csv.h \
	collect/text.c collect/text.h \
	collect/format.c collect/format.h \
	collect/date.c collect/date.h
