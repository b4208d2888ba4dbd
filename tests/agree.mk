## tests for agree (included from tests/local.mk)
