## reports: charts, reflection reports and CSV exports
libheed_a_SOURCES += reports/export.c reports/export.h
libheed_a_SOURCES += reports/export_review.c
