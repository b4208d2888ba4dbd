## collect: sources added by the collect module
libheed_a_SOURCES +=
