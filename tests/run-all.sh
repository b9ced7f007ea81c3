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
# The same thresholds as dev-v2 (issue 13).
if "${chatops[@]}" eval --set tests/evalsets/own "${gate[@]}"; then count PASSED own-gate; else count FAILED own-gate; fi

# The drafting gate (chatops eval drafts): every bundle drafted through the same gateway the host uses. Offline, on
# the shared and own sets: a prompt file change that breaks what the drafter reads fails here. Then a scripted
# loopback model (tests/ChatOps.Testing.Models, OpenAI protocol checked request by request) on tests/evalsets/drafting:
# repairs, escalation, a 429, tokens and cost through real HTTP, against the thresholds.
echo "== drafting gate: offline drafter"
for set in "$shared/evalsets/dev-v2" tests/evalsets/own; do
  [ -d "$set" ] || continue
  if "${chatops[@]}" eval drafts --set "$set" --endpoint offline --min-pass 1.0 --max-cost 0; then count PASSED "drafts-offline:$set"; else count FAILED "drafts-offline:$set"; fi
done
echo "== drafting gate: scripted loopback model"
url_file=$(mktemp)
dotnet tests/ChatOps.Testing.Models/bin/Release/net10.0/ChatOps.Testing.Models.dll --script tests/evalsets/drafting/model-script.json \
  --api-key sk-ci-loopback --port-file "$url_file" < /dev/null &
model_pid=$!
for _ in $(seq 1 100); do [ -s "$url_file" ] && break; sleep 0.1; done
url=$(cat "$url_file")
if [ -n "$url" ] && Drafting__Endpoints__small__BaseUrl="$url" Drafting__Endpoints__large__BaseUrl="$url" \
   CHATOPS_API_KEY_SMALL=sk-ci-loopback CHATOPS_API_KEY_LARGE=sk-ci-loopback \
   "${chatops[@]}" eval drafts --set tests/evalsets/drafting/cases --endpoint small --config tests/evalsets/drafting/loopback.settings.json \
     --min-pass 1.0 --max-cost 0.01 --max-p95-latency 30; then
  count PASSED drafts-loopback
else
  count FAILED drafts-loopback
fi
kill "$model_pid" 2>/dev/null; wait "$model_pid" 2>/dev/null; rm -f "$url_file"

echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
