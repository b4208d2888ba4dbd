libheed_a_SOURCES += store/store.c store/store.h store/schema.c
