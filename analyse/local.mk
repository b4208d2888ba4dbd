## analyse: the codebook language, the coding engine, polarity
libheed_a_SOURCES += \
	analyse/text.c analyse/text.h \
	analyse/codebook.c analyse/codebook.h \
	analyse/lexicon.c analyse/lexicon.h \
	analyse/coder.c analyse/coder.h \
	analyse/terms.c analyse/terms.h \
	analyse/gate.c analyse/gate.h \
	analyse/analyse.c analyse/analyse.h
libheed_a_SOURCES += analyse/export_codes.c
libheed_a_SOURCES += analyse/agree.c analyse/agree.h analyse/agree_work.h \
	analyse/agree_compute.c \
	analyse/agree_stats.c analyse/agree_stats.h \
	analyse/agree_write.c analyse/agree_write.h \
	analyse/review.c analyse/review.h
libheed_a_SOURCES += analyse/flag.c analyse/flag.h
