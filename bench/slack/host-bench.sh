#!/usr/bin/env bash
# Slack acknowledgement benchmark: the ChatOps host against Bolt 5.1, in one run, alternated, on this machine.
#
#   bench/slack/host-bench.sh                      # RUNS=3 rounds; prints every wrk run, RESULT lines and a summary
#   RUNS=5 DURATION=10s bench/slack/host-bench.sh
#
# Every request is a new app_mention event with its own event_id, ts and v0 signature, signed at send time
# (unique-events.lua), as a burst of real Slack events arrives. Three sides get the same script, in an order that
# rotates each round:
#   ingest  the Release host with Inbox:Workers=false (an ingest-only instance): each request is verified, parsed,
#           de-duplicated and committed to the durable inbox (SQLite) before its 200; nothing answers it.
#   bolt    @slack/bolt 5.1.0 from tests/peers/slack (bolt-app.mjs): verifies the signature and acknowledges.
#   e2e     the Release host with workers on, answering every event (the help card) at a loopback Slack Web API
#           (slack-api-stub.mjs). After wrk stops, the script waits until the answers stop coming and reports the
#           sustained rate (events answered / (run + time to the last answer)) and whether each event accepted in the
#           run was answered exactly once (inbox rows = threads answered, none answered twice, none left pending).
# Each measurement: a WARMUP wrk run (not recorded, answers settled), `sync`, then wrk -t$THREADS -c$CONNECTIONS
# -d$DURATION --latency, with the load average and the server's CPU time per request beside it. Everything listens
# on 127.0.0.1 only, every run is bounded (timeout), and what the script started is stopped by PID.
# PRESIGN (default 200000): each wrk thread makes and signs that many of its events before wrk starts its clock
# (unique-events.lua's third argument), so the measured seconds carry the servers' work and not wrk's signing (about
# 7 µs of wrk's CPU per request, on the same 2 cores); PRESIGN=0 signs each request at send time, as before
# 6 December 08:00. The events are the same either way; the unmeasured warm-up runs sign at send time.
# Settings: RUNS DURATION WARMUP THREADS CONNECTIONS PRESIGN INGEST_PORT BOLT_PORT STUB_PORT E2E_PORT KEEP (a folder to
# keep the raw wrk output and the host logs in).
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${RUNS:-3}"; DURATION="${DURATION:-8s}"; WARMUP="${WARMUP:-3s}"; THREADS="${THREADS:-2}"; CONNECTIONS="${CONNECTIONS:-32}"
PRESIGN="${PRESIGN:-200000}"
INGEST_PORT="${INGEST_PORT:-3200}"; BOLT_PORT="${BOLT_PORT:-3201}"; STUB_PORT="${STUB_PORT:-3202}"; E2E_PORT="${E2E_PORT:-3203}"
SECRET=test-secret

die() { echo "host-bench.sh: $*" >&2; exit 2; }
case "$DURATION$WARMUP" in *[!0-9s]*) die "DURATION/WARMUP must look like 8s";; esac
case "$PRESIGN" in ''|*[!0-9]*) die "PRESIGN must be a whole number (0: sign at send time)";; esac
for tool in wrk node curl openssl sqlite3 bc; do command -v "$tool" >/dev/null || die "$tool is not installed (apt-get install $tool)"; done
ldconfig -p | grep -q 'libcrypto.so.3 ' || die "OpenSSL's libcrypto.so.3 is missing (the wrk script signs with it)"
for p in "$INGEST_PORT" "$BOLT_PORT" "$STUB_PORT" "$E2E_PORT"; do
  ! curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$p/" || die "something already listens on 127.0.0.1:$p"
done
[ -d tests/peers/slack/node_modules/@slack/bolt ] || bash .ci/install-slack.sh

work="$(mktemp -d /tmp/chatops-slack-bench.XXXXXX)"
pids=()
stop_all() {
  local pid
  for pid in "${pids[@]}"; do
    kill -TERM "$pid" 2>/dev/null || continue
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP" && cp "$work"/*.txt "$work"/*.log "$KEEP"/ 2>/dev/null || true; fi
  rm -rf "$work"
}
trap stop_all EXIT

wait_for() { # url pid name
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null --max-time 1 "$1" && return 0
    kill -0 "$2" 2>/dev/null || { echo "host-bench.sh: $3 died" >&2; cat "$work/$3.log" >&2; return 1; }
    sleep 0.1
  done
  echo "host-bench.sh: $3 not ready after 60 s" >&2; return 1
}

timeout 900 dotnet build src/ChatOps.Host -c Release -nologo -v q >/dev/null
host_dll=src/ChatOps.Host/bin/Release/net10.0/ChatOps.Host.dll

PORT="$STUB_PORT" node bench/slack/slack-api-stub.mjs >"$work/stub.log" 2>&1 &
pids+=($!); wait_for "http://127.0.0.1:$STUB_PORT/stats" "$!" stub
PORT="$BOLT_PORT" SECRET="$SECRET" node bench/slack/bolt-app.mjs >"$work/bolt.log" 2>&1 &
bolt_pid=$!; pids+=($!); wait_for "http://127.0.0.1:$BOLT_PORT/stats" "$bolt_pid" bolt
start_host() { # name port workers
  dotnet "$host_dll" --Urls "http://127.0.0.1:$2" --ConnectionStrings:Ledger "$work/$1.db" --Inbox:Workers "$3" \
    --Slack:SigningSecret "$SECRET" --Slack:BotToken xoxb-test --Slack:ApiBaseUrl "http://127.0.0.1:$STUB_PORT/api/" \
    --Logging:LogLevel:Default Warning >"$work/$1.log" 2>&1 &
  pids+=($!); eval "$1_pid=$!"; wait_for "http://127.0.0.1:$2/health/live" "$!" "$1"
}
start_host ingest "$INGEST_PORT" false
start_host e2e "$E2E_PORT" true

stat_of() { curl -s --max-time 2 "$1" | sed -n "s/.*\"$2\":\([0-9]*\).*/\1/p"; }
stub() { stat_of "http://127.0.0.1:$STUB_PORT/stats" "$1"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
inbox() { # db run: "<accepted> <pending>" for the run's events (keys slack:event:<ts>:Ev<run>x…)
  # An accepted event is a job in ledger_jobs, or a row still in ledger_intake (where the acknowledgement appends it)
  # that no worker has moved yet: pending, counted once per key, and not if the queue already holds its key.
  sqlite3 -cmd ".timeout 5000" "$work/$1.db" \
    "SELECT COUNT(*), COALESCE(SUM(pending), 0) FROM (
       SELECT idempotency_key, state = 'pending' AS pending FROM ledger_jobs WHERE kind = 'run-request' AND idempotency_key GLOB 'slack:event:*:Ev$2x*'
       UNION
       SELECT DISTINCT idempotency_key, 1 FROM ledger_intake i WHERE kind = 'run-request' AND idempotency_key GLOB 'slack:event:*:Ev$2x*'
         AND NOT EXISTS (SELECT 1 FROM ledger_jobs j WHERE j.idempotency_key = i.idempotency_key));" | tr '|' ' '
}

# One signed event by curl (openssl signs), for the checks before the runs.
post() { # port signature-override event-id: prints the HTTP status
  local ts body sig
  ts="$(date +%s)"
  body='{"token":"unused","team_id":"T000TEST","api_app_id":"A000TEST","event":{"type":"app_mention","user":"U0ALICE01","text":"<@U000TEST> help","ts":"'"$ts"'.000001","channel":"C0123456789","event_ts":"'"$ts"'.000001"},"type":"event_callback","event_id":"'"$3"'","event_time":'"$ts"',"authorizations":[{"team_id":"T000TEST","user_id":"U000TEST","is_bot":true}]}'
  sig="${2:-v0=$(printf 'v0:%s:%s' "$ts" "$body" | openssl dgst -sha256 -hmac "$SECRET" -r | cut -d' ' -f1)}"
  curl -s -o /dev/null -w '%{http_code}' --max-time 10 -X POST "http://127.0.0.1:$1/slack/events" -H 'Content-Type: application/json' \
    -H "X-Slack-Request-Timestamp: $ts" -H "X-Slack-Signature: $sig" --data-binary "$body"
}

# Waits until the stub's answer count has not grown for 2 s (bounded); prints "<posts> <seconds from $1 to the last answer>".
settle() { # start-epoch
  local prev now grew_at last
  prev="$(stub posts)"; grew_at="$1"; last="$(date +%s.%N)"
  for _ in $(seq 1 2400); do
    sleep 0.25; now="$(stub posts)"
    if [ "$now" != "$prev" ]; then prev="$now"; grew_at="$(date +%s.%N)"; last="$grew_at"
    elif [ "$(echo "$(date +%s.%N) - $last >= 2" | bc)" = 1 ]; then break; fi
  done
  echo "$prev $(printf '%.2f' "$(echo "x = $grew_at - $1; if (x < 0) 0 else x" | bc)")"
}

checks() {
  local p0 e_good i_good b_good e_bad i_bad b_bad
  p0="$(stub posts)"
  i_good="$(post "$INGEST_PORT" "" EvCHECK1)"; e_good="$(post "$E2E_PORT" "" EvCHECK2)"; b_good="$(post "$BOLT_PORT" "" EvCHECK3)"
  i_bad="$(post "$INGEST_PORT" v0=00 EvCHECK4)"; e_bad="$(post "$E2E_PORT" v0=00 EvCHECK5)"; b_bad="$(post "$BOLT_PORT" v0=00 EvCHECK6)"
  for _ in $(seq 1 100); do [ "$(stub posts)" -gt "$p0" ] && break; sleep 0.1; done
  echo "check: signed event -> ingest $i_good, e2e $e_good, bolt $b_good; bad signature -> ingest $i_bad, e2e $e_bad, bolt $b_bad;" \
    "answers at the loopback Slack: $(( $(stub posts) - p0 )) (want 1, from e2e)"
  [ "$i_good$e_good$b_good" = 200200200 ] && [ "$i_bad$e_bad$b_bad" = 401401401 ] && [ "$(( $(stub posts) - p0 ))" = 1 ] \
    || { cat "$work"/*.log; exit 1; }
}

field() { sed -n "s|^ *$1 *\([0-9.]*[a-z]*\).*|\1|p" "$2" | head -1; }
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) print v / 1000; else if (v ~ /ms$/) print v + 0; else if (v ~ /s$/) print v * 1000; else print v }'; }

measure() { # side port run
  local side="$1" port="$2" run="$3" url="http://127.0.0.1:$2/slack/events" pid before_ticks after_ticks before_posts before_threads before_twice
  local out="$work/r$run-$side.txt" accepted pending answered twice drain settled sustained completed cpu_us
  case "$side" in bolt) pid="$bolt_pid";; ingest) pid="$ingest_pid";; e2e) pid="$e2e_pid";; esac
  timeout 60 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/slack/unique-events.lua "$url" -- "$((run + 500))" "$SECRET" >/dev/null
  [ "$side" = e2e ] && settle "$(date +%s.%N)" >/dev/null
  # Every side starts its measured run with the file system's dirty pages written out: the previous run's writes (an
  # end-to-end round leaves a few hundred MB behind it) were otherwise written back during whichever side came next.
  sync; sleep 1
  before_posts="$(stub posts)"; before_threads="$(stub threads)"; before_twice="$(stub answeredTwice)"
  [ "$side" = bolt ] && before_posts="$(stat_of "http://127.0.0.1:$BOLT_PORT/stats" appMentions)"
  echo; echo "== $side, run $run: load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "+ wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -s bench/slack/unique-events.lua $url -- $run $SECRET $PRESIGN"
  before_ticks="$(cpu_ticks "$pid")"
  timeout 180 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/slack/unique-events.lua "$url" -- "$run" "$SECRET" "$PRESIGN" | tee "$out"
  local end; end="$(date +%s.%N)"
  after_ticks="$(cpu_ticks "$pid")"
  completed="$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$out")"
  cpu_us=$(( (after_ticks - before_ticks) * 1000000 / $(getconf CLK_TCK) / (completed > 0 ? completed : 1) ))
  answered=""; twice=""; drain=""; sustained=""; pending=0
  case "$side" in
    bolt) accepted=$(( $(stat_of "http://127.0.0.1:$BOLT_PORT/stats" appMentions) - before_posts ));;
    ingest) read -r accepted pending < <(inbox ingest "$run");;
    e2e)
      read -r settled drain < <(settle "$end")
      read -r accepted pending < <(inbox e2e "$run")
      answered=$(( $(stub threads) - before_threads )); twice=$(( $(stub answeredTwice) - before_twice ))
      sustained="$(echo "scale=1; $answered / (${DURATION%s} + $drain)" | bc)";;
  esac
  local non2xx; non2xx="$(sed -n 's/^ *Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' "$out")"
  echo "RESULT side=$side run=$run rps=$(field 'Requests/sec:' "$out") p50=$(field '50%' "$out") p90=$(field '90%' "$out")" \
    "p99=$(field '99%' "$out") completed=$completed non2xx=${non2xx:-0} accepted=$accepted pending=$pending cpu_us_per_request=$cpu_us" \
    "${answered:+answered=$answered answered_twice=$twice last_answer_after_s=$drain sustained_rps=$sustained}" \
    "load=$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$work/results.txt"
}

echo "nproc: $(nproc); $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2); node $(node --version); dotnet $(dotnet --version);" \
  "@slack/bolt $(curl -s "http://127.0.0.1:$BOLT_PORT/stats" | sed -n 's/.*"version":"\([^"]*\)".*/\1/p')"
checks
sides=(ingest bolt e2e)
for run in $(seq 1 "$RUNS"); do
  for i in 0 1 2; do
    side="${sides[$(( (i + run - 1) % 3 ))]}"
    case "$side" in ingest) port="$INGEST_PORT";; bolt) port="$BOLT_PORT";; e2e) port="$E2E_PORT";; esac
    measure "$side" "$port" "$run"
  done
done

median() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print "?"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
of() { # side key
  grep "side=$1 " "$work/results.txt" | tr ' ' '\n' | sed -n "s/^$2=//p"
}
p99s() { for v in $(of "$1" p99); do to_ms "$v"; done; }
echo
echo "== summary ($RUNS rounds, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, medians; load average now $(cut -d' ' -f1-3 /proc/loadavg))"
ingest_rps="$(of ingest rps | median)"; bolt_rps="$(of bolt rps | median)"; e2e_rps="$(of e2e rps | median)"
ingest_p99="$(p99s ingest | median)"; bolt_p99="$(p99s bolt | median)"; e2e_p99="$(p99s e2e | median)"
echo "ingest-only acknowledgement: $ingest_rps requests/s, p99 $ingest_p99 ms, CPU $(of ingest cpu_us_per_request | median) µs/request"
echo "bolt 5.1:                    $bolt_rps requests/s, p99 $bolt_p99 ms, CPU $(of bolt cpu_us_per_request | median) µs/request"
echo "end-to-end (workers on):     acknowledged $e2e_rps requests/s (p99 $e2e_p99 ms); sustained $(of e2e sustained_rps | median) answered/s" \
  "(answered / (run + time to the last answer)), CPU $(of e2e cpu_us_per_request | median) µs/request"
ratio="$(echo "scale=2; $ingest_rps / $bolt_rps" | bc)"
once="yes"
while read -r line; do
  acc="$(echo "$line" | tr ' ' '\n' | sed -n 's/^accepted=//p')"; ans="$(echo "$line" | tr ' ' '\n' | sed -n 's/^answered=//p')"
  tw="$(echo "$line" | tr ' ' '\n' | sed -n 's/^answered_twice=//p')"; pe="$(echo "$line" | tr ' ' '\n' | sed -n 's/^pending=//p')"
  [ "$acc" = "$ans" ] && [ "$tw" = 0 ] && [ "$pe" = 0 ] || once="no ($line)"
done < <(grep "side=e2e " "$work/results.txt")
echo "target: ingest-only >= 4x Bolt's requests/s: ${ratio}x $( [ "$(echo "$ratio >= 4" | bc)" = 1 ] && echo met || echo MISSED)"
echo "target: ingest-only p99 under 10 ms at $CONNECTIONS connections: $ingest_p99 ms $( [ "$(echo "$ingest_p99 < 10" | bc)" = 1 ] && echo met || echo MISSED)"
echo "end-to-end: every accepted event answered exactly once: $once"
for name in ingest e2e; do
  grep -E '^(warn|fail|crit)' "$work/$name.log" | sort | uniq -c | head -5 | sed "s/^/$name log: /" || true
done
