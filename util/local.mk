libheed_a_SOURCES += \
	util/err.c util/err.h \
	util/xalloc.c util/xalloc.h \
	util/buf.c util/buf.h \
	util/sha256.c util/sha256.h
libheed_a_SOURCES += util/csvout.c util/csvout.h
libheed_a_SOURCES += util/csvread.c util/csvread.h
