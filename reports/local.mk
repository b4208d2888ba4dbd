## reports: charts and reflection reports
libheed_a_SOURCES +=
