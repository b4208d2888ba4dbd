## tests for collect (included from tests/local.mk)
TESTS += tests/collect-google.sh
EXTRA_DIST += tests/collect-google.sh tests/data/collect
