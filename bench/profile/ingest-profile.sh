#!/usr/bin/env bash
# CPU profile of the ingest-only acknowledgement: where a Slack event's (or a Teams activity's) CPU goes, by step.
#
#   bench/profile/ingest-profile.sh                 # CHANNEL=slack: unique signed events at /slack/events
#   CHANNEL=teams bench/profile/ingest-profile.sh   # unique activities at /api/messages (Emulator mode)
#
# Starts the Release host with Inbox:Workers=false on a throwaway SQLite ledger (DOTNET_PerfMapEnabled=1 so perf
# names JIT-compiled frames, and DOTNET_EnableWriteXorExecute=0: with W^X on, the JIT's code runs from an anonymous
# double mapping that perf cannot tie to the map, and every managed frame shows as "memfd:doublemapper"), warms it with WARMUP of wrk load, then records `perf record -g` of the host process for
# DURATION while wrk -t$THREADS -c$CONNECTIONS sends unique requests (the same wrk scripts as the benchmarks), and
# prints the load average, the requests served, the host's CPU time per request, its system calls per request (perf
# stat), bench/profile/steps.py's split of the samples into the acknowledgement's steps, and the hottest symbols. KEEP=DIR keeps perf.data and the script output.
# HOST_DIR=DIR profiles the ChatOps.Host.dll in DIR instead of this worktree's Release build (another build, for an A/B).
set -euo pipefail
cd "$(dirname "$0")/../.."
CHANNEL="${CHANNEL:-slack}"; DURATION="${DURATION:-10}"; WARMUP="${WARMUP:-10s}"; THREADS="${THREADS:-2}"; CONNECTIONS="${CONNECTIONS:-32}"
PORT="${PORT:-3210}"; SECRET=test-secret; TOP="${TOP:-40}"
die() { echo "ingest-profile.sh: $*" >&2; exit 2; }
case "$CHANNEL" in slack|teams) ;; *) die "CHANNEL must be slack or teams";; esac
for tool in wrk perf curl python3; do command -v "$tool" >/dev/null || die "$tool is not installed"; done
! curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/" || die "something already listens on 127.0.0.1:$PORT"

work="$(mktemp -d /tmp/chatops-ingest-profile.XXXXXX)"
host_pid=""
finish() {
  if [ -n "$host_pid" ]; then
    kill -TERM "$host_pid" 2>/dev/null && for _ in $(seq 1 50); do kill -0 "$host_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$host_pid" 2>/dev/null || true
  fi
  if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP" && cp "$work"/perf.data "$work"/*.txt "$KEEP"/ 2>/dev/null || true; fi
  rm -rf "$work"
}
trap finish EXIT

if [ -n "${HOST_DIR:-}" ]; then
  [ -f "$HOST_DIR/ChatOps.Host.dll" ] || die "no ChatOps.Host.dll in HOST_DIR=$HOST_DIR"
else
  timeout 900 dotnet build src/ChatOps.Host -c Release -nologo -v q >/dev/null
fi
host_dll="${HOST_DIR:-src/ChatOps.Host/bin/Release/net10.0}/ChatOps.Host.dll"
args=(--Urls "http://127.0.0.1:$PORT" --ConnectionStrings:Ledger "$work/ingest.db" --Inbox:Workers false --Logging:LogLevel:Default Warning)
if [ "$CHANNEL" = slack ]; then
  args+=(--Slack:SigningSecret "$SECRET" --Slack:BotToken xoxb-test --Slack:ApiBaseUrl "http://127.0.0.1:9/api/")
  url="http://127.0.0.1:$PORT/slack/events"; lua=bench/slack/unique-events.lua; warm_args=(999 "$SECRET"); run_args=(998 "$SECRET")
else
  timeout 900 dotnet build bench/ChatOps.Teams.Bench -c Release -nologo -v q >/dev/null
  shared="${CHATOPS_SHARED:-../shared}"
  dotnet bench/ChatOps.Teams.Bench/bin/Release/net10.0/ChatOps.Teams.Bench.dll lua --activity "$shared/peers/botframework/activities/message.json" \
    --service-url "http://127.0.0.1:9" --out "$work/message.lua" >/dev/null
  url="http://127.0.0.1:$PORT/api/messages"; lua="$work/message.lua"; warm_args=(profile-warm); run_args=(profile-run)
fi
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 dotnet "$host_dll" "${args[@]}" >"$work/host.log" 2>&1 &
host_pid=$!
for _ in $(seq 1 600); do curl -sf -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/health/live" && break; sleep 0.1; done
curl -sf -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/health/live" || { cat "$work/host.log"; die "the host did not start"; }

timeout 120 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$lua" "$url" -- "${warm_args[@]}" >/dev/null
echo "== $CHANNEL ingest-only profile of $host_dll: load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "+ perf record -g -F 999 -p <host> -- sleep $DURATION; wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency -s $(basename "$lua") $url"
ticks_before="$(awk '{print $14 + $15}' "/proc/$host_pid/stat")"
perf record -q -g -F 999 -p "$host_pid" -o "$work/perf.data" -- sleep "$DURATION" 2>"$work/perf-record.txt" &
perf_pid=$!
# The system calls the host makes per request in the same window (each one is a trip into the kernel, which this
# machine's virtualisation makes dear): socket reads and writes, WAL frame writes, file locks, wake-ups.
syscalls=(recvfrom sendto epoll_wait futex pwrite64 pread64 fcntl fsync sched_yield)
perf stat -x, $(printf -- '-e syscalls:sys_enter_%s ' "${syscalls[@]}") -p "$host_pid" -o "$work/syscalls.txt" -- sleep "$DURATION" 2>/dev/null &
stat_pid=$!
timeout 120 wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$lua" "$url" -- "${run_args[@]}" | tee "$work/wrk.txt"
wait "$perf_pid" || true
wait "$stat_pid" || true
ticks_after="$(awk '{print $14 + $15}' "/proc/$host_pid/stat")"
completed="$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$work/wrk.txt")"
cpu_us=$(( (ticks_after - ticks_before) * 1000000 / $(getconf CLK_TCK) / (completed > 0 ? completed : 1) ))
echo "requests: $completed; host CPU per request: $cpu_us µs; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "system calls per request: $(awk -F, -v n="${completed:-0}" '/syscalls:sys_enter_/ { sub("syscalls:sys_enter_", "", $3); printf "%s %.2f  ", $3, (n > 0 ? $1 / n : 0) }' "$work/syscalls.txt")"
perf script -i "$work/perf.data" -F comm,ip,sym,dso 2>/dev/null >"$work/script.txt"
python3 bench/profile/steps.py "$completed" "$cpu_us" <"$work/script.txt" | tee "$work/steps.txt"
echo "== hottest symbols (self)"
perf report -i "$work/perf.data" --no-children --sort dso,sym -g none --stdio -q 2>/dev/null | grep "%" | head -"$TOP" | tee "$work/top.txt"
