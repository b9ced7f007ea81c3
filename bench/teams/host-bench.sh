#!/usr/bin/env bash
# Loopback benchmark of the host's Teams endpoint (POST /api/messages) against botbuilder, issues 7 and 14.
#
#   bench/teams/host-bench.sh                       # MODE=side-by-side: three sides, rotated each round, medians
#   MODE=jwt RATE=500 bench/teams/host-bench.sh     # ours with JWT validation on, paced at about RATE requests/s
#
# Side by side, three sides get the same message activity (activities/message.json, a new activity id on every
# request, serviceUrl = one loopback connector stub, connector-stub.mjs), in an order that rotates each round:
#   ingest      the Release host with Inbox:Workers=false (an ingest-only instance, Emulator mode, throwaway SQLite
#               ledger): each activity is parsed, de-duplicated and committed to the durable inbox before its 200;
#               nothing answers it.
#   botbuilder  ../shared/peers' botbuilder 4.23 bot (CloudAdapter, authentication off): answers each request after
#               its reply POST to the stub.
#   e2e         the Release host with workers on: acknowledges once the activity is in the inbox, and its worker
#               replies at the stub. After wrk stops the script waits until the replies stop and reports the sustained
#               rate (replies / (run + time to the last reply)) and whether every accepted activity was answered
#               exactly once (inbox rows of the run = replies, none left pending).
# Each measurement: a WARMUP wrk run (not recorded, replies settled), then
# `wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency`, with the load average and the server process's CPU time
# per request beside it; a summary of medians and the target line (ingest-only >= 5x botbuilder's requests/s).
#
# JWT: the host gets Teams:AppId, Teams:OpenIdMetadataUrl and Teams:Authority pointing at bench/ChatOps.Teams.Bench,
# which serves the channel's OpenID metadata and JWKS (http, loopback) and a token authority (https, self-signed), and
# mints the channel token every request carries. The host trusts that certificate only through SSL_CERT_FILE (the
# system bundle plus it), set for the host process alone. wrk runs THREADS x 8 connections, paced on a clock: each
# thread hands out a send slot every 1000*THREADS/RATE ms to whichever of its connections is free (LuaJIT's ffi
# reads CLOCK_MONOTONIC), so the rate holds even when answers slow down.
#
# Every process listens on 127.0.0.1 only, every run is bounded (timeout), and everything started is stopped by PID.
# Settings: MODE RATE RUNS DURATION WARMUP THREADS CONNECTIONS PORT (ingest, and the jwt host) BOT_PORT STUB_PORT
# E2E_PORT CHATOPS_SHARED PEERS_CACHE KEEP (a folder to keep the raw wrk output and the logs in).
set -euo pipefail
cd "$(dirname "$0")/../.."
MODE="${MODE:-side-by-side}"; RATE="${RATE:-500}"; RUNS="${RUNS:-3}"; DURATION="${DURATION:-8s}"; WARMUP="${WARMUP:-3s}"
THREADS="${THREADS:-2}"; CONNECTIONS="${CONNECTIONS:-32}"; PORT="${PORT:-3400}"; BOT_PORT="${BOT_PORT:-3401}"; STUB_PORT="${STUB_PORT:-3402}"
E2E_PORT="${E2E_PORT:-3403}"
SHARED="${CHATOPS_SHARED:-../shared}"; PEERS_CACHE="${PEERS_CACHE:-/tmp/chatops-teams-bench-peers}"
APP_ID="8e0f7c1a-3b2d-4c5e-9f6a-7b8c9d0e1f2a"

die() { echo "host-bench.sh: $*" >&2; exit 2; }
case "$MODE" in side-by-side|jwt) ;; *) die "MODE must be side-by-side or jwt";; esac
case "$DURATION$WARMUP" in *[!0-9sm]*) die "DURATION/WARMUP must look like 10s";; esac
for tool in wrk node curl; do command -v "$tool" >/dev/null || die "$tool is not installed"; done
for p in "$PORT" "$BOT_PORT" "$STUB_PORT" "$E2E_PORT"; do
  ! curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$p/" || die "something already listens on 127.0.0.1:$p"
done

work="$(mktemp -d /tmp/chatops-teams-bench.XXXXXX)"
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
    kill -0 "$2" 2>/dev/null || { echo "host-bench.sh: $3 died" >&2; return 1; }
    sleep 0.1
  done
  echo "host-bench.sh: $3 not ready after 60 s" >&2; return 1
}

# The peers run from a writable copy with their npm packages (botbuilder only for side by side).
if [ ! -f "$PEERS_CACHE/botframework/connector-stub.mjs" ] || { [ "$MODE" = side-by-side ] && [ ! -d "$PEERS_CACHE/node_modules/botbuilder" ]; }; then
  [ -d "$SHARED/peers/botframework" ] || die "no peers at $SHARED/peers (set CHATOPS_SHARED)"
  rm -rf "$PEERS_CACHE"; mkdir -p "$PEERS_CACHE"; cp -r "$SHARED/peers/." "$PEERS_CACHE/"; chmod -R u+w "$PEERS_CACHE"
  if [ "$MODE" = side-by-side ]; then
    command -v npm >/dev/null || die "npm is not installed"
    (cd "$PEERS_CACHE" && timeout 600 npm ci --no-audit --no-fund >"$work/npm.log" 2>&1) || { cat "$work/npm.log"; die "npm ci failed"; }
  fi
fi
activity="$PEERS_CACHE/botframework/activities/message.json"
stub="http://127.0.0.1:$STUB_PORT"

timeout 900 dotnet build src/ChatOps.Host -c Release -nologo -v q >/dev/null
timeout 900 dotnet build bench/ChatOps.Teams.Bench -c Release -nologo -v q >/dev/null
helper=(dotnet bench/ChatOps.Teams.Bench/bin/Release/net10.0/ChatOps.Teams.Bench.dll)

STUB_PORT="$STUB_PORT" node "$PEERS_CACHE/botframework/connector-stub.mjs" >"$work/stub.log" 2>&1 &
pids+=($!); wait_for "$stub/stats" "$!" connector-stub

stat_of() { curl -s --max-time 2 "$1" | sed -n "s/.*\"$2\":\([0-9]*\).*/\1/p"; }
replies() { stat_of "$stub/stats" replies; }

# One request with its own id, the way the benchmark sends them: body printed to stdout.
body() { node -e 'const a=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")); a.id=process.argv[2]; a.serviceUrl=process.argv[3]; process.stdout.write(JSON.stringify(a))' "$activity" "$1" "$stub"; }
post() { # url id [curl args...]: prints the HTTP status
  local url="$1" id="$2"; shift 2
  body "$id" | curl -s -o /dev/null -w '%{http_code}' --max-time 10 -X POST "$url" -H 'Content-Type: application/json' "$@" --data-binary @-
}
expect_reply() { # replies-before name
  for _ in $(seq 1 100); do [ "$(replies)" -gt "$1" ] && return 0; sleep 0.1; done
  echo "host-bench.sh: $2 sent no reply to the stub" >&2; return 1
}

# Waits until the stub's reply count has not grown for 2 s (bounded); prints "<replies> <seconds of growth after $1>".
settle() { # start-epoch
  local last prev now grew_at
  prev="$(replies)"; grew_at="$1"; last="$(date +%s.%N)"
  for _ in $(seq 1 2400); do
    sleep 0.25; now="$(replies)"
    if [ "$now" != "$prev" ]; then prev="$now"; grew_at="$(date +%s.%N)"; last="$grew_at"
    elif [ "$(echo "$(date +%s.%N) - $last >= 2" | bc)" = 1 ]; then break; fi
  done
  echo "$prev $(echo "scale=2; x = $grew_at - $1; if (x < 0) 0 else x" | bc)"
}

start_host() { # name port extra-host-arguments...: the host's PID in <name>_pid
  local name="$1" port="$2"; shift 2
  dotnet src/ChatOps.Host/bin/Release/net10.0/ChatOps.Host.dll --Urls "http://127.0.0.1:$port" --ConnectionStrings:Ledger "$work/$name.db" \
    --Logging:LogLevel:Default Warning "$@" >"$work/$name.log" 2>&1 &
  pids+=($!); eval "${name}_pid=$!"; wait_for "http://127.0.0.1:$port/health/live" "$!" "$name" || { cat "$work/$name.log"; exit 1; }
}

# Counts what a host kept in its inbox for one run: its ids are <label>-<wrk thread>-<n>.
inbox() { # name label
  command -v sqlite3 >/dev/null || { echo "? ?"; return; }
  sqlite3 -cmd ".timeout 5000" "$work/$1.db" \
    "SELECT COUNT(*), COALESCE(SUM(state = 'pending'), 0) FROM ledger_jobs WHERE kind = 'run-request' AND idempotency_key GLOB 'teams:$2-[0-9]*';" | tr '|' ' '
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

field() { sed -n "s|^ *$1 *\([0-9.]*[a-z]*\).*|\1|p" "$2" | head -1; }

measure() { # side url lua label connections pid
  local side="$1" url="$2" lua="$3" label="$4" conns="$5" pid="$6" before bot_before start settled accepted pending drain
  local before_ticks after_ticks cpu_us completed non2xx replies sustained=""
  settle "$(date +%s.%N)" >/dev/null   # nothing left over from the previous run competes for the cores
  timeout 60 wrk -t"$THREADS" -c"$conns" -d"$WARMUP" -s "$lua" "$url" -- "$label-warm" >/dev/null
  settle "$(date +%s.%N)" >/dev/null
  before="$(replies)"; [ "$side" = botbuilder ] && bot_before="$(stat_of "http://127.0.0.1:$BOT_PORT/stats" messages)"
  echo; echo "== $side, $label: load average $(cut -d' ' -f1-3 /proc/loadavg); other dotnet builds/tests: $(pgrep -fc 'dotnet (build|test|exec|run)|MSBuild.dll' || true)"
  echo "+ wrk -t$THREADS -c$conns -d$DURATION --latency -s $(basename "$lua") $url -- $label"
  before_ticks="$(cpu_ticks "$pid")"
  timeout 120 wrk -t"$THREADS" -c"$conns" -d"$DURATION" --latency -s "$lua" "$url" -- "$label" | tee "$work/$label.txt"
  after_ticks="$(cpu_ticks "$pid")"
  start="$(date +%s.%N)"
  read -r settled drain < <(settle "$start")
  case "$side" in
    botbuilder) accepted=$(( $(stat_of "http://127.0.0.1:$BOT_PORT/stats" messages) - bot_before )); pending=0;;
    ingest) read -r accepted pending < <(inbox ingest "$label");;
    *) read -r accepted pending < <(inbox "${side%-jwt}" "$label");;
  esac
  replies=$((settled - before))
  completed="$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$work/$label.txt")"
  non2xx="$(sed -n 's/^ *Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' "$work/$label.txt")"
  cpu_us=$(( (after_ticks - before_ticks) * 1000000 / $(getconf CLK_TCK) / (completed > 0 ? completed : 1) ))
  [ "$side" = ingest ] || sustained="$(echo "scale=1; $replies / (${DURATION%s} + $drain)" | bc)"
  echo "RESULT side=$side label=$label rps=$(field 'Requests/sec:' "$work/$label.txt") p50=$(field '50%' "$work/$label.txt")" \
    "p90=$(field '90%' "$work/$label.txt") p99=$(field '99%' "$work/$label.txt") completed=$completed non2xx=${non2xx:-0}" \
    "accepted=$accepted replies=$replies pending_after=$pending reply_drain_s=$drain ${sustained:+sustained_rps=$sustained }cpu_us_per_request=$cpu_us" \
    "load=$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$work/results.txt"
}

median() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print "?"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
of() { grep "side=$1 " "$work/results.txt" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) print v / 1000; else if (v ~ /ms$/) print v + 0; else if (v ~ /s$/) print v * 1000; else print v }'; }
p99s() { for v in $(of "$1" p99); do to_ms "$v"; done; }

echo "nproc: $(nproc); $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2); node $(node --version); dotnet $(dotnet --version)"
if [ "$MODE" = side-by-side ]; then
  "${helper[@]}" lua --activity "$activity" --service-url "$stub" --out "$work/message.lua"
  start_host ingest "$PORT" --Inbox:Workers false
  start_host e2e "$E2E_PORT"
  PORT="$BOT_PORT" node "$PEERS_CACHE/botframework/bot-app.mjs" >"$work/bot.log" 2>&1 &
  bot_pid=$!; pids+=($!); wait_for "http://127.0.0.1:$BOT_PORT/stats" "$!" bot-app || { cat "$work/bot.log"; exit 1; }
  echo "botbuilder $(cd "$PEERS_CACHE" && node -p 'require("botbuilder/package.json").version')"

  ingest="http://127.0.0.1:$PORT/api/messages"; e2e="http://127.0.0.1:$E2E_PORT/api/messages"; theirs="http://127.0.0.1:$BOT_PORT/api/messages"
  i_code="$(post "$ingest" check-ingest-1)"; i_refused="$(post "$ingest" check-ingest-2 -H 'Authorization: Bearer not-checked-in-emulator-mode')"
  r0="$(replies)"; code="$(post "$e2e" check-ours-1)"; expect_reply "$r0" "the host"
  refused="$(post "$e2e" check-ours-2 -H 'Authorization: Bearer not-checked-in-emulator-mode')"
  r0="$(replies)"; bot_code="$(post "$theirs" check-bot-1)"; expect_reply "$r0" "the botbuilder bot"
  echo "check: ingest host -> HTTP $i_code (with a token in Emulator mode: $i_refused); e2e host -> HTTP $code and a reply" \
    "(with a token: $refused); botbuilder -> HTTP $bot_code and a reply"
  [ "$i_code$code$bot_code" = 200200200 ] && [ "$i_refused$refused" = 401401 ] || { cat "$work"/*.log; exit 1; }

  sides=(ingest botbuilder e2e)
  for run in $(seq 1 "$RUNS"); do
    # Rotate who goes first, so no side always meets another's leftovers (JIT, caches, page cache, the load).
    for i in 0 1 2; do
      side="${sides[$(( (i + run - 1) % 3 ))]}"
      case "$side" in
        ingest) measure ingest "$ingest" "$work/message.lua" "r$run-ingest" "$CONNECTIONS" "$ingest_pid";;
        botbuilder) measure botbuilder "$theirs" "$work/message.lua" "r$run-bot" "$CONNECTIONS" "$bot_pid";;
        e2e) measure e2e "$e2e" "$work/message.lua" "r$run-e2e" "$CONNECTIONS" "$e2e_pid";;
      esac
    done
  done

  echo
  echo "== summary ($RUNS rounds, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, medians; load average now $(cut -d' ' -f1-3 /proc/loadavg))"
  ingest_rps="$(of ingest rps | median)"; bot_rps="$(of botbuilder rps | median)"
  echo "ingest-only acknowledgement: $ingest_rps requests/s, p99 $(p99s ingest | median) ms, CPU $(of ingest cpu_us_per_request | median) µs/request"
  echo "botbuilder:                  $bot_rps requests/s, p99 $(p99s botbuilder | median) ms, CPU $(of botbuilder cpu_us_per_request | median) µs/request (each with its reply)"
  echo "end-to-end (workers on):     acknowledged $(of e2e rps | median) requests/s (p99 $(p99s e2e | median) ms); sustained $(of e2e sustained_rps | median)" \
    "replies/s (replies / (run + time to the last reply)), CPU $(of e2e cpu_us_per_request | median) µs/request"
  ratio="$(echo "scale=2; $ingest_rps / $bot_rps" | bc)"
  echo "target: ingest-only >= 5x botbuilder's requests/s: ${ratio}x $( [ "$(echo "$ratio >= 5" | bc)" = 1 ] && echo met || echo MISSED)"
  once=yes
  while read -r line; do
    acc="$(echo "$line" | tr ' ' '\n' | sed -n 's/^accepted=//p')"; rep="$(echo "$line" | tr ' ' '\n' | sed -n 's/^replies=//p')"
    pe="$(echo "$line" | tr ' ' '\n' | sed -n 's/^pending_after=//p')"
    [ "$acc" = "$rep" ] && [ "$pe" = 0 ] || once="no ($line)"
  done < <(grep "side=e2e " "$work/results.txt")
  echo "end-to-end: every accepted activity answered exactly once (replies = inbox rows, none pending): $once"
else
  "${helper[@]}" serve --activity "$activity" --service-url "$stub" --app-id "$APP_ID" --out "$work/idp" --rate "$RATE" --threads "$THREADS" \
    >"$work/idp.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 600); do [ -f "$work/idp/endpoints.env" ] && break; sleep 0.1; done
  [ -f "$work/idp/endpoints.env" ] || { cat "$work/idp.log"; die "ChatOps.Teams.Bench did not start"; }
  # shellcheck disable=SC1091
  . "$work/idp/endpoints.env"
  # Trust = the system's bundle plus the bench authority's self-signed certificate, for the host process only.
  cat /etc/ssl/certs/ca-certificates.crt "$work/idp/authority.pem" >"$work/idp/bundle.pem" 2>/dev/null || cp "$work/idp/authority.pem" "$work/idp/bundle.pem"
  # The client secret is a placeholder the bench authority accepts; it goes through the environment, not argv.
  SSL_CERT_FILE="$work/idp/bundle.pem" Teams__AppPassword="bench-placeholder" start_host jwt "$PORT" \
    --Teams:AppId "$APP_ID" --Teams:OpenIdMetadataUrl "$METADATA_URL" --Teams:Authority "$AUTHORITY"

  ours="http://127.0.0.1:$PORT/api/messages"
  token="$(sed -n 's/.*"Bearer \([^"]*\)".*/\1/p' "$work/idp/jwt.lua")"
  tampered="${token%?????}AAAAA"
  none="$(post "$ours" check-jwt-1)"; bad="$(post "$ours" check-jwt-2 -H "Authorization: Bearer $tampered")"
  r0="$(replies)"; a0="$(stat_of "$stub/stats" withAuthorization)"
  good="$(post "$ours" check-jwt-3 -H "Authorization: Bearer $token")"; expect_reply "$r0" "the host"
  echo "check: no token -> HTTP $none; bad signature -> HTTP $bad; valid channel token -> HTTP $good and a reply;" \
    "replies with a bearer token: $(( $(stat_of "$stub/stats" withAuthorization) - a0 )); bench authority: $(curl -s "$IDP_STATS")"
  [ "$none" = 401 ] && [ "$bad" = 401 ] && [ "$good" = 200 ] || { cat "$work/jwt.log"; exit 1; }

  for run in $(seq 1 "$RUNS"); do
    measure jwt "$ours" "$work/idp/jwt.lua" "r$run-jwt" $((THREADS * 8)) "$jwt_pid"
  done
  echo "replies with a bearer token (all runs): $(stat_of "$stub/stats" withAuthorization); bench authority: $(curl -s "$IDP_STATS")"
fi
echo; echo "stub: $(curl -s "$stub/stats" | sed 's/,"lastReply".*$/}/')"
for log in "$work"/ingest.log "$work"/e2e.log "$work"/jwt.log; do
  # An if, not `&&`: a missing log (no jwt host in side-by-side mode) must not become the script's exit status.
  if [ -f "$log" ]; then grep -E '^(warn|fail|crit)' "$log" | sort | uniq -c | head -10 | sed "s|^|$(basename "$log" .log) log: |" || true; fi
done
