#!/usr/bin/env bash
# The checker's figures in one command (issue 13): the BenchmarkDotNet checker benchmark (200, 1,000 and 10,000
# statements, and 10 for the small-draft overhead) with the support rule on, and `chatops eval` over 1,000 cases in
# one process. Prints the load average before and after each part: the machine is shared.
# Usage: bash bench/checker/run.sh            (from anywhere; ../shared beside the repo holds dev-v2)
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="${CHATOPS_SHARED:-../shared}"
echo "== $(date -u +%FT%TZ) load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"

echo "== checker benchmark (BenchmarkDotNet)"
dotnet build bench/ChatOps.Benchmarks -c Release -nologo -v q > /dev/null
dotnet bench/ChatOps.Benchmarks/bin/Release/net10.0/ChatOps.Benchmarks.dll --filter '*CheckerBenchmarks*' --inProcess \
  --warmupCount 3 --iterationCount 12 --launchCount 1 --exporters github
echo "== load average after the benchmark: $(cut -d' ' -f1-3 /proc/loadavg)"
# The same drafts, mean and fastest of 40 short batches: on a shared machine the best batch is the closest to the
# code's own cost; on a quiet one the two agree with BenchmarkDotNet's mean.
echo "== quick look: mean and best batch (load average $(cut -d' ' -f1-3 /proc/loadavg))"
dotnet bench/ChatOps.Benchmarks/bin/Release/net10.0/ChatOps.Benchmarks.dll --quick

echo "== chatops eval over 1,000 cases in one process"
set_dir=$(mktemp -d)
trap 'rm -rf "$set_dir"' EXIT
python3 - "$shared/evalsets/dev-v2" "$set_dir" <<'PY'
import json, os, sys
source, target = sys.argv[1], sys.argv[2]
cases = [json.load(open(os.path.join(source, f))) for f in sorted(os.listdir(source)) if f.endswith(".json")]
for n in range(1000):
    case = dict(cases[n % len(cases)])
    case["id"] = f"{case['id']}-{n:04d}"
    with open(os.path.join(target, f"{case['id']}.json"), "w") as out:
        json.dump(case, out)
PY
dotnet build src/ChatOps.Cli -c Release -nologo -v q > /dev/null
start=$(date +%s.%N)
dotnet src/ChatOps.Cli/bin/Release/net10.0/chatops.dll eval --set "$set_dir" | head -4
end=$(date +%s.%N)
echo "eval of 1,000 cases: $(python3 -c "print(f'{$end - $start:.2f}')") s wall clock, process start to exit"
echo "== load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
