## tests for collect (included from tests/local.mk)
