## bench: `make bench` (issue 8)
