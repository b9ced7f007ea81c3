#!/usr/bin/env bash
# Same-run A/B of the gateway overhead bench: a base build and this worktree's build, alternated round by round.
# Usage: bash bench/gateway/ab.sh <base folder> [drafts] [warmup] [rounds]      (defaults 1000 100 2)
# The base folder holds another build of the repository (e.g. `git archive main | tar -x -C /tmp/base`); both benches
# are built first (AB_BUILD=0: they are already built). Raw output in bench/gateway/results/<UTC time>-ab.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
base="$1"; drafts="${2:-1000}"; warmup="${3:-100}"; rounds="${4:-2}"
out="bench/gateway/results/$(date -u +%Y%m%dT%H%M%SZ)-ab.txt"
if [ "${AB_BUILD:-1}" != 0 ]; then
  for side in "$base" .; do (cd "$side" && dotnet build bench/ChatOps.Host.Load -c Release -nologo -v q >/dev/null); done
fi
# Both sides run with the host's runtime settings (src/ChatOps.Host/ChatOps.Host.csproj: server GC (workstation GC from 6 December 00:00 to 08:00),
# no tiered PGO, no thread-pool spinning), whatever their load generator's project says: before 6 December its project
# ran a console program's defaults.
export DOTNET_gcServer=1 DOTNET_TieredPGO=0 DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0
{
  echo "A/B alternated: base = $base ($(git -C "$base" rev-parse --short HEAD 2>/dev/null || echo 'no git: see its source')), branch = $(git rev-parse --short HEAD)$(git diff --quiet || echo ' + uncommitted changes'); machine: $(nproc) cores, $(uname -sr)"
  for round in $(seq 1 "$rounds"); do
    for side in base branch; do
      dir=$([ "$side" = base ] && echo "$base" || echo .)
      echo "== $side round $round"
      dotnet "$dir/bench/ChatOps.Host.Load/bin/Release/net10.0/ChatOps.Host.Load.dll" "$drafts" "$warmup" --gateway 2>&1 | grep -v "^warn: \|Model policy:"
    done
  done
} | tee "$out"
echo "raw output: $out"
