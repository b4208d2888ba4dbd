## tests for reports (included from tests/local.mk)
