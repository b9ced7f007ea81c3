#!/usr/bin/env bash
# Installs Slack's own npm packages (Bolt, @slack/types, @slack/web-api, tsc, ajv) into tests/peers/slack,
# which tests/ChatOps.Slack.Tests runs: Bolt's verifier, the Block Kit type check, the manifest check.
# Idempotent (skips when the lock file is unchanged since the last install) and quiet on success.
set -euo pipefail
cd "$(dirname "$0")/../tests/peers/slack"

command -v node >/dev/null && command -v npm >/dev/null || { echo "install-slack.sh: node and npm are required" >&2; exit 1; }
stamp=node_modules/.chatops-lock.sha256
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" && -x node_modules/.bin/tsc ]]; then
  exit 0
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! npm ci --no-audit --no-fund --loglevel=error >"$log" 2>&1; then
  cat "$log" >&2
  echo "install-slack.sh: npm ci failed in tests/peers/slack" >&2
  exit 1
fi
echo "$want" >"$stamp"
