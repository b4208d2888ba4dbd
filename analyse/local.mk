## analyse: sources added by the analyse module
libheed_a_SOURCES +=
