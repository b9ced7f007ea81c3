#!/usr/bin/env bash
# The whole test suite, as CI runs it: set-up, build, every test project, then the checker's eval gates.
# Usage: bash tests/run-all.sh        (from anywhere; ../shared beside the repo holds the dev-v2 eval set)
# Set-up runs every .ci/install-*.sh first: Debian's chromium and PostgreSQL server binaries, Node.js, and the npm
# peers in tests/peers/*. Each step is idempotent and prints nothing when there is nothing to do, so a machine with
# only the .NET SDK needs nothing else (apt-get needs root or sudo the first time).
set -uo pipefail
cd "$(dirname "$0")/.."
shared="${CHATOPS_SHARED:-../shared}"
passed=0
failed=0

count() { # count PASSED|FAILED NAME
  if [ "$1" = PASSED ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $2"; fi
}

echo "== set-up"
for script in .ci/install-*.sh; do
  if ! bash "$script"; then
    echo "set-up failed: $script"
    echo "tests: 0 passed, 1 failed"
    exit 1
  fi
done

echo "== build (Release, warnings are errors)"
if ! dotnet build ChatOps.sln -c Release -nologo -v q; then
  echo "build failed"
  echo "tests: 0 passed, 1 failed"
  exit 1
fi

echo "== test projects"
log=$(mktemp)
dotnet test ChatOps.sln -c Release --no-build -nologo 2>&1 | tee "$log"
test_status=${PIPESTATUS[0]}
passed=$(grep -oE "Passed: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE "Failed: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}')
if [ "$test_status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; echo "FAILED: dotnet test exited $test_status"; fi

chatops=(dotnet src/ChatOps.Cli/bin/Release/net10.0/chatops.dll)
gate=(--min-verdict-acc 0.97 --max-false-rejection 0.03 --min-finding-f1 0.90)
echo "== eval gate: shared dev set (spec v2)"
if [ -d "$shared/evalsets/dev-v2" ]; then
  if "${chatops[@]}" eval --set "$shared/evalsets/dev-v2" "${gate[@]}"; then count PASSED dev-v2-gate; else count FAILED dev-v2-gate; fi
elif [ "${CI:-}" = true ]; then
  count FAILED "dev-v2-gate: $shared/evalsets/dev-v2 is missing"
else
  echo "skipped: $shared/evalsets/dev-v2 not found (set CHATOPS_SHARED)"
fi
echo "== eval gate: own labelled set (spec v2)"
if "${chatops[@]}" eval --set tests/evalsets/own "${gate[@]}"; then count PASSED own-gate; else count FAILED own-gate; fi

echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
