#!/bin/sh
# summary.sh LOG — print the last line of `make check`: "N passed, N failed".
# Reads the counts automake's harness wrote to LOG (test-suite.log).
log=${1:-test-suite.log}
if [ ! -f "$log" ]; then
	echo "0 passed, 1 failed"
	exit 0
fi
pass=$(sed -n 's/^# PASS: *//p' "$log" | head -n 1)
xfail=$(sed -n 's/^# XFAIL: *//p' "$log" | head -n 1)
fail=$(sed -n 's/^# FAIL: *//p' "$log" | head -n 1)
xpass=$(sed -n 's/^# XPASS: *//p' "$log" | head -n 1)
err=$(sed -n 's/^# ERROR: *//p' "$log" | head -n 1)
skip=$(sed -n 's/^# SKIP: *//p' "$log" | head -n 1)
p=$(( ${pass:-0} + ${xfail:-0} ))
f=$(( ${fail:-0} + ${xpass:-0} + ${err:-0} ))
if [ "${skip:-0}" -gt 0 ]; then
	echo "$p passed, $f failed, ${skip} skipped"
else
	echo "$p passed, $f failed"
fi
