heed_SOURCES += src/main.c
libheed_a_SOURCES += \
	src/msg.c src/msg.h \
	src/cmd.c src/cmd.h \
	src/cmd_collect.c \
	src/cmd_analyse.c \
	src/cmd_codebook.c \
	src/cmd_report.c \
	src/cmd_export.c \
	src/cmd_status.c \
	src/cmd_flags.c \
	src/cmd_agree.c \
	src/cmd_review.c
