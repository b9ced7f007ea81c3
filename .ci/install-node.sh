#!/usr/bin/env bash
# Node.js and npm, for the npm peers (tests/peers/*) and the console's renderer (src/ChatOps.Host/ClientApp).
# The machine normally has them; on one without, Debian's packages are installed. Quiet when already there.
set -euo pipefail
cd "$(dirname "$0")"
if command -v node >/dev/null && command -v npm >/dev/null; then
  exit 0
fi
. ./apt.sh
apt_install nodejs npm
major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$major" -ge 20 ] || echo "install-node.sh: node $(node --version) is older than the peers ask for (20); they may still run" >&2
