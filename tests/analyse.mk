## tests for analyse (included from tests/local.mk)
