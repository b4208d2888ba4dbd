## reports: sources added by the reports module
libheed_a_SOURCES +=
