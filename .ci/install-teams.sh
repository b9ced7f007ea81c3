#!/usr/bin/env bash
# What the Teams adapter's and the console's browser tests need: Debian's chromium (never a downloaded browser) and
# the adaptivecards renderer peer (tests/peers/adaptive). Idempotent and quiet when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  . .ci/apt.sh
  apt_install chromium fonts-dejavu-core
fi

peer=tests/peers/adaptive
stamp="$peer/node_modules/.chatops-installed-lock.json"
# npm ci only when the lock file changed since the last install: the stamp is a copy of the lock it installed.
if ! cmp -s "$peer/package-lock.json" "$stamp" 2>/dev/null; then
  log="$(mktemp)"
  if ! npm ci --prefix "$peer" --no-audit --no-fund --loglevel=error >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "install-teams.sh: npm ci failed in $peer" >&2
    exit 1
  fi
  rm -f "$log"
  cp "$peer/package-lock.json" "$stamp"
fi
