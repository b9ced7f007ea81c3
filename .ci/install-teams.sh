#!/usr/bin/env bash
# Installs what the Teams adapter's tests need: Debian's chromium and the adaptivecards renderer peer.
# Idempotent and quiet on success; prints the failing step's output otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
trap 'rm -f "$log"' EXIT
run() { # run STEP COMMAND...: quiet unless it fails
  if ! "${@:2}" >"$log" 2>&1; then
    echo "install-teams: $1 failed:" >&2
    cat "$log" >&2
    exit 1
  fi
}

if [ ! -x /usr/bin/chromium ]; then
  run "apt-get update" apt-get update
  run "apt-get install chromium" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-dejavu-core
fi

peer=tests/peers/adaptive
stamp="$peer/node_modules/.chatops-installed-lock.json"
# npm ci only when the lock file changed since the last install: the stamp is a copy of the lock it installed.
if ! cmp -s "$peer/package-lock.json" "$stamp" 2>/dev/null; then
  run "npm ci ($peer)" npm ci --prefix "$peer" --no-audit --no-fund --loglevel=error
  cp "$peer/package-lock.json" "$stamp"
fi
