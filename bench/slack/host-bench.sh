#!/usr/bin/env bash
# Loopback throughput of the host's Slack acknowledgement, the same way ../shared/peers/slack/bench.sh measures Bolt:
# a signed app_mention POSTed to /slack/events again and again (same event id: verified, de-duplicated, acknowledged).
#
#   bench/slack/host-bench.sh                 # saturation: wrk -t2 -c32 -d10s
#   RATE=500 bench/slack/host-bench.sh        # about 500 requests/s (2 threads x 8 connections, each paced)
#   KIND=block_actions bench/slack/host-bench.sh   # an "approve" button click to /slack/interactive instead
#
# Starts the Release host on 127.0.0.1:$PORT with a throwaway SQLite ledger, checks a good signature gets 200 and a
# bad one 401, warms up 2 s, runs wrk with --latency, and stops the host. Only 127.0.0.1 is contacted.
set -euo pipefail
cd "$(dirname "$0")/../.."
KIND="${KIND:-app_mention}"; PORT="${PORT:-3200}"; DURATION="${DURATION:-10s}"; THREADS="${THREADS:-2}"; CONNECTIONS="${CONNECTIONS:-32}"; RATE="${RATE:-}"
command -v wrk >/dev/null || { echo "host-bench.sh: wrk is not installed (apt-get install wrk)" >&2; exit 2; }
work="$(mktemp -d)"
host_pid=""
cleanup() { [ -n "$host_pid" ] && kill "$host_pid" 2>/dev/null && wait "$host_pid" 2>/dev/null; [ -n "${KEEP_LOG:-}" ] && cp "$work/host.log" "$KEEP_LOG"; rm -rf "$work"; }
trap cleanup EXIT

dotnet build src/ChatOps.Host -c Release -nologo -v q >/dev/null
dotnet src/ChatOps.Host/bin/Release/net10.0/ChatOps.Host.dll --Urls "http://127.0.0.1:$PORT" --ConnectionStrings:Ledger "$work/ledger.db" \
  --Slack:SigningSecret test-secret --Slack:BotToken xoxb-test --Slack:ApiBaseUrl http://127.0.0.1:9/api/ \
  --Logging:LogLevel:Default Warning >"$work/host.log" 2>&1 &
host_pid=$!
for _ in $(seq 1 100); do curl -sf -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/health/live" && break; sleep 0.1; done

ts=$(date +%s)
body='{"token":"unused","team_id":"T000TEST","api_app_id":"A000TEST","event":{"type":"app_mention","user":"U0ALICE01","text":"<@U000TEST> help","ts":"'"$ts"'.000100","channel":"C0123456789","event_ts":"'"$ts"'.000100"},"type":"event_callback","event_id":"Ev0BENCH","event_time":'"$ts"',"authorizations":[{"team_id":"T000TEST","user_id":"U000TEST","is_bot":true}]}'
url="http://127.0.0.1:$PORT/slack/events"; type="application/json"
if [ "$KIND" = block_actions ]; then
  payload='{"type":"block_actions","user":{"id":"U0BOB0002","team_id":"T000TEST"},"api_app_id":"A000TEST","container":{"type":"message","message_ts":"'"$ts"'.000200","channel_id":"C0123456789","is_ephemeral":false},"trigger_id":"1.2.3","team":{"id":"T000TEST"},"channel":{"id":"C0123456789"},"message":{"type":"message","ts":"'"$ts"'.000200","text":"card","blocks":[]},"state":{"values":{}},"actions":[{"action_id":"approve","block_id":"actions-0","value":"{\"data\":{\"draft\":\"d-0000000000000000\",\"version\":\"v\"}}","type":"button","action_ts":"'"$ts"'.5"}]}'
  body="payload=$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$payload")"
  url="http://127.0.0.1:$PORT/slack/interactive"; type="application/x-www-form-urlencoded"
fi
sig="v0=$(printf 'v0:%s:%s' "$ts" "$body" | openssl dgst -sha256 -hmac test-secret -r | cut -d' ' -f1)"
good=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$url" -H "Content-Type: $type" -H "X-Slack-Request-Timestamp: $ts" -H "X-Slack-Signature: $sig" --data-binary "$body")
bad=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$url" -H "Content-Type: $type" -H "X-Slack-Request-Timestamp: $ts" -H "X-Slack-Signature: v0=00" --data-binary "$body")
echo "check: signed request -> HTTP $good; bad signature -> HTTP $bad"
[ "$good" = 200 ] && [ "$bad" = 401 ] || { cat "$work/host.log"; exit 1; }

{
  echo 'wrk.method = "POST"'
  printf 'wrk.body = "%s"\n' "$(printf '%s' "$body" | sed 's/\\/\\\\/g; s/"/\\"/g')"
  echo "wrk.headers[\"Content-Type\"] = \"$type\""
  echo "wrk.headers[\"X-Slack-Request-Timestamp\"] = \"$ts\""
  echo "wrk.headers[\"X-Slack-Signature\"] = \"$sig\""
  if [ -n "$RATE" ]; then
    # Each of THREADS x 8 connections waits so that together they send about RATE requests a second.
    echo "function delay() return $(( 1000 * THREADS * 8 / RATE )) end"
  fi
} >"$work/signed.lua"
connections=$CONNECTIONS; [ -n "$RATE" ] && connections=$(( THREADS * 8 ))
timeout 30 wrk -t"$THREADS" -c"$connections" -d2s -s "$work/signed.lua" "$url" >/dev/null
timeout 120 wrk -t"$THREADS" -c"$connections" -d"$DURATION" --latency -s "$work/signed.lua" "$url"
