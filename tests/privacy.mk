## tests for privacy (included from tests/local.mk)
