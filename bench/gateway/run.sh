#!/usr/bin/env bash
# The model gateway's overhead per draft through the running host on SQLite, against a zero-latency loopback model.
# Usage: bash bench/gateway/run.sh [drafts] [warmup] [rounds]      (defaults 1000 100 3)
# warmup is the minimum: the warm-up goes on until the runtime's tier-1 compilation settles (the output says how long).
# Each draft's answer is awaited with the console's wait (one GET per draft); GATEWAY_POLL=1 asks every 1 ms instead.
# Prints each round's figures (with the load average before and after) and keeps the raw output in
# bench/gateway/results/<UTC time>.txt. Build first: dotnet build bench/ChatOps.Host.Load -c Release
set -euo pipefail
cd "$(dirname "$0")/../.."
drafts="${1:-1000}"; warmup="${2:-100}"; rounds="${3:-3}"
out="bench/gateway/results/$(date -u +%Y%m%dT%H%M%SZ).txt"
dotnet build bench/ChatOps.Host.Load -c Release -nologo -v q >/dev/null
{
  echo "machine: $(nproc) cores, $(dotnet --version) SDK, $(uname -sr)"
  for round in $(seq 1 "$rounds"); do
    echo "== round $round"
    dotnet bench/ChatOps.Host.Load/bin/Release/net10.0/ChatOps.Host.Load.dll "$drafts" "$warmup" --gateway 2>&1 | grep -v "^warn: \|Model policy:"
  done
} | tee "$out"
echo "raw output: $out"
