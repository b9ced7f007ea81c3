#!/usr/bin/env bash
# Same-run A/B of the ingest-only Slack acknowledgement between two builds of the host, alternated on this machine.
#
#   bench/slack/ingest-ab.sh A_DIR B_DIR        # each DIR holds ChatOps.Host.dll (a Release build's bin folder)
#   ROUNDS=4 DURATION=8s bench/slack/ingest-ab.sh /tmp/main-bin src/ChatOps.Host/bin/Release/net10.0
#   B_ENV="DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1" bench/slack/ingest-ab.sh DIR DIR   # same build, B with env set
#
# Each round runs A then B (B then A on odd rounds): a fresh throwaway SQLite ledger, the host with
# Inbox:Workers=false, a WARMUP wrk run of unique signed events (bench/slack/unique-events.lua, not recorded), then
# wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency; it prints requests/s, p99, the host's CPU time per request
# and the load average beside each, then the medians per side. On a shared machine compare the CPU per request.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -eq 2 ] || { echo "usage: $0 A_DIR B_DIR" >&2; exit 2; }
A="$1"; B="$2"
ROUNDS="${ROUNDS:-4}"; DURATION="${DURATION:-8s}"; WARMUP="${WARMUP:-4s}"; THREADS="${THREADS:-2}"; CONNECTIONS="${CONNECTIONS:-32}"
PORT="${PORT:-3220}"; SECRET=test-secret
for d in "$A" "$B"; do [ -f "$d/ChatOps.Host.dll" ] || { echo "ingest-ab.sh: no ChatOps.Host.dll in $d" >&2; exit 2; }; done
work="$(mktemp -d /tmp/chatops-ingest-ab.XXXXXX)"
host_pid=""
stop_host() {
  if [ -n "$host_pid" ]; then
    kill -TERM "$host_pid" 2>/dev/null && for _ in $(seq 1 50); do kill -0 "$host_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$host_pid" 2>/dev/null || true
    wait "$host_pid" 2>/dev/null || true
  fi
  host_pid=""
}
trap 'stop_host; rm -rf "$work"' EXIT

measure() { # side dir round
  local side="$1" dir="$2" round="$3" url="http://127.0.0.1:$PORT/slack/events" before after completed side_env
  rm -f "$work"/ingest.db*
  if [ "$side" = A ]; then side_env="${A_ENV:-}"; else side_env="${B_ENV:-}"; fi
  # shellcheck disable=SC2086 # A_ENV/B_ENV are space-separated NAME=value words.
  env $side_env dotnet "$dir/ChatOps.Host.dll" --Urls "http://127.0.0.1:$PORT" --ConnectionStrings:Ledger "$work/ingest.db" --Inbox:Workers false \
    --Logging:LogLevel:Default Warning --Slack:SigningSecret "$SECRET" --Slack:BotToken xoxb-test --Slack:ApiBaseUrl "http://127.0.0.1:9/api/" >"$work/host.log" 2>&1 &
  host_pid=$!
  for _ in $(seq 1 600); do curl -sf -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/health/live" && break; sleep 0.1; done
  timeout 120 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/slack/unique-events.lua "$url" -- "$((900 + round * 2))" "$SECRET" >/dev/null
  local load; load="$(cut -d' ' -f1 /proc/loadavg)"
  before="$(awk '{print $14 + $15}' "/proc/$host_pid/stat")"
  timeout 120 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/slack/unique-events.lua "$url" -- "$((901 + round * 2))" "$SECRET" >"$work/wrk.txt"
  after="$(awk '{print $14 + $15}' "/proc/$host_pid/stat")"
  stop_host
  completed="$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$work/wrk.txt")"
  local rps p99 non2xx cpu
  rps="$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$work/wrk.txt")"
  p99="$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")"
  non2xx="$(sed -n 's/^ *Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' "$work/wrk.txt")"
  cpu=$(( (after - before) * 1000000 / $(getconf CLK_TCK) / (completed > 0 ? completed : 1) ))
  echo "RESULT round=$round side=$side rps=$rps p99=$p99 cpu_us=$cpu non2xx=${non2xx:-0} load=$load"
  echo "$cpu $rps" >>"$work/$side.txt"
}

echo "== ingest-only A/B: A=$A${A_ENV:+ ($A_ENV)} B=$B${B_ENV:+ ($B_ENV)}; wrk -t$THREADS -c$CONNECTIONS -d$DURATION; $(date -u +%FT%TZ)"
for round in $(seq 1 "$ROUNDS"); do
  if [ $((round % 2)) -eq 1 ]; then measure A "$A" "$round"; measure B "$B" "$round"; else measure B "$B" "$round"; measure A "$A" "$round"; fi
done
for side in A B; do
  echo "MEDIAN side=$side cpu_us=$(cut -d' ' -f1 "$work/$side.txt" | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}') rps=$(cut -d' ' -f2 "$work/$side.txt" | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')"
done
