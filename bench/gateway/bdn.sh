#!/usr/bin/env bash
# The model gateway's overhead per draft with BenchmarkDotNet (issue 11): the host as it is wired (conversation core,
# gateway on Semantic Kernel, SQLite ledger with budget, log sync, checkpoints and projector) against the zero-latency
# loopback model, one draft per measured operation, every operation kept (no outlier removal); Mean, Median, P90, P99,
# Max of `Draft` (the whole draft turn, model call included) and of `ModelCall` (that call alone, same body, same server).
# Usage: bash bench/gateway/bdn.sh [iterations]      (default 1000 drafts measured, after the JIT settles and 50 warm-up)
# Prints the load average before and after; raw output in bench/gateway/results/<UTC time>-bdn.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
iterations="${1:-1000}"
out="bench/gateway/results/$(date -u +%Y%m%dT%H%M%SZ)-bdn.txt"
dotnet build bench/ChatOps.Benchmarks -c Release -nologo -v q >/dev/null
# The host's runtime settings (src/ChatOps.Host/ChatOps.Host.csproj), as bench/gateway/ab.sh runs the load generator.
export DOTNET_gcServer=1 DOTNET_TieredPGO=0 DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0
{
  echo "== $(date -u +%FT%TZ) $(git rev-parse --short HEAD)$(git diff --quiet || echo ' + uncommitted changes'); $(nproc) cores, $(uname -sr); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  dotnet bench/ChatOps.Benchmarks/bin/Release/net10.0/ChatOps.Benchmarks.dll --filter '*GatewayOverheadBenchmarks*' --iterationCount "$iterations" \
    --artifacts "$(mktemp -d)" 2>&1 | grep -v "^warn: \|Model policy:"
  echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out"
echo "raw output: $out"
