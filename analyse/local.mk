## analyse: the codebook language, the coding engine, polarity
libheed_a_SOURCES +=
libheed_a_SOURCES += analyse/agree.c analyse/agree.h \
	analyse/agree_stats.c analyse/agree_stats.h \
	analyse/agree_write.c analyse/agree_write.h \
	analyse/review.c analyse/review.h
