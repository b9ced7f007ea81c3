#!/usr/bin/env bash
# Concurrent A/B of the ingest-only Slack acknowledgement: both builds run at the same time, each loaded by its own wrk,
# so the minutes in which this virtual machine runs slower (the same build's CPU per request moves between about 35
# and 65 µs from one minute to the next) fall on both sides alike. It compares CPU per request, not requests/s: each
# side has half the machine, so its figures are not the benchmark's (that is bench/slack/host-bench.sh).
#
#   bench/slack/ingest-concurrent-ab.sh A_DIR B_DIR                 # each DIR holds ChatOps.Host.dll (a Release build's bin)
#   ROUNDS=6 B_ENV="DOTNET_GCgen0size=0x4000000" bench/slack/ingest-concurrent-ab.sh DIR DIR   # same build, B with env set
#
# Each round starts a fresh host of each side (throwaway SQLite ledger, Inbox:Workers=false) on two loopback ports that
# swap every round, warms both at once (WARMUP), then runs wrk -t1 -c16 -d$DURATION of unique signed events
# (bench/slack/unique-events.lua) at both at once and prints each side's requests and host CPU per request, and B/A.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -eq 2 ] || { echo "usage: $0 A_DIR B_DIR" >&2; exit 2; }
A="$1"; B="$2"
ROUNDS="${ROUNDS:-6}"; DURATION="${DURATION:-8s}"; WARMUP="${WARMUP:-4s}"; CONNECTIONS="${CONNECTIONS:-16}"
PORT_A="${PORT_A:-3241}"; PORT_B="${PORT_B:-3242}"; SECRET=test-secret
for d in "$A" "$B"; do [ -f "$d/ChatOps.Host.dll" ] || { echo "ingest-concurrent-ab.sh: no ChatOps.Host.dll in $d" >&2; exit 2; }; done
for tool in wrk curl bc; do command -v "$tool" >/dev/null || { echo "ingest-concurrent-ab.sh: $tool is not installed" >&2; exit 2; }; done
work="$(mktemp -d /tmp/chatops-concurrent-ab.XXXXXX)"
pids=()
stop_hosts() {
  local pid
  for pid in "${pids[@]}"; do
    kill -TERM "$pid" 2>/dev/null && for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  pids=()
}
trap 'stop_hosts; rm -rf "$work"' EXIT

started=""
start() { # side dir port; sets $started to the host's pid (not a $(...) subshell: stop_hosts must know it)
  local side="$1" dir="$2" port="$3" side_env
  if [ "$side" = A ]; then side_env="${A_ENV:-}"; else side_env="${B_ENV:-}"; fi
  rm -f "$work/$side".db*
  # shellcheck disable=SC2086 # A_ENV/B_ENV are space-separated NAME=value words.
  env $side_env dotnet "$dir/ChatOps.Host.dll" --Urls "http://127.0.0.1:$port" --ConnectionStrings:Ledger "$work/$side.db" --Inbox:Workers false \
    --Logging:LogLevel:Default Warning --Slack:SigningSecret "$SECRET" --Slack:BotToken xoxb-test --Slack:ApiBaseUrl "http://127.0.0.1:9/api/" >"$work/$side.log" 2>&1 &
  started=$!
  pids+=("$started")
}
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
served() { sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$1"; }

echo "== concurrent ingest-only A/B: A=$A${A_ENV:+ ($A_ENV)} B=$B${B_ENV:+ ($B_ENV)}; wrk -t1 -c$CONNECTIONS -d$DURATION at each; $(date -u +%FT%TZ)"
for round in $(seq 1 "$ROUNDS"); do
  if [ $((round % 2)) -eq 1 ]; then pa="$PORT_A"; pb="$PORT_B"; else pa="$PORT_B"; pb="$PORT_A"; fi
  start A "$A" "$pa"; ha="$started"
  start B "$B" "$pb"; hb="$started"
  for p in "$pa" "$pb"; do for _ in $(seq 1 600); do curl -sf -o /dev/null --max-time 1 "http://127.0.0.1:$p/health/live" && break; sleep 0.1; done; done
  timeout 120 wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" -s bench/slack/unique-events.lua "http://127.0.0.1:$pa/slack/events" -- "$((500 + round * 4))" "$SECRET" >/dev/null &
  w1=$!
  timeout 120 wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" -s bench/slack/unique-events.lua "http://127.0.0.1:$pb/slack/events" -- "$((501 + round * 4))" "$SECRET" >/dev/null &
  w2=$!
  wait "$w1" "$w2"
  a0="$(cpu "$ha")"; b0="$(cpu "$hb")"
  timeout 120 wrk -t1 -c"$CONNECTIONS" -d"$DURATION" -s bench/slack/unique-events.lua "http://127.0.0.1:$pa/slack/events" -- "$((502 + round * 4))" "$SECRET" >"$work/a.txt" &
  w1=$!
  timeout 120 wrk -t1 -c"$CONNECTIONS" -d"$DURATION" -s bench/slack/unique-events.lua "http://127.0.0.1:$pb/slack/events" -- "$((503 + round * 4))" "$SECRET" >"$work/b.txt" &
  w2=$!
  wait "$w1" "$w2"
  a1="$(cpu "$ha")"; b1="$(cpu "$hb")"
  stop_hosts
  na="$(served "$work/a.txt")"; nb="$(served "$work/b.txt")"
  ca="$(echo "scale=1; ($a1 - $a0) * 1000000 / $(getconf CLK_TCK) / $na" | bc)"; cb="$(echo "scale=1; ($b1 - $b0) * 1000000 / $(getconf CLK_TCK) / $nb" | bc)"
  echo "ROUND $round A: requests=$na cpu_us=$ca   B: requests=$nb cpu_us=$cb   B/A=$(echo "scale=3; $cb / $ca" | bc) load=$(cut -d' ' -f1 /proc/loadavg)"
done
