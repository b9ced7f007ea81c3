#!/usr/bin/env bash
# Makes sure the PostgreSQL server binaries (initdb, pg_ctl) are installed from Debian's packages, for the ledger's
# PostgreSQL tests. The tests start and stop their own throwaway server; this script only installs.
set -euo pipefail

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/initdb" ] && [ -x "$(pg_bin)/pg_ctl" ]; then
  echo "postgres.sh: PostgreSQL binaries found in $(pg_bin)"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

# Only refresh the package lists when the install cannot find the package without them.
if ! $SUDO apt-get install -y --no-install-recommends postgresql; then
  $SUDO apt-get update
  $SUDO apt-get install -y --no-install-recommends postgresql
fi

if [ -z "$(pg_bin)" ] || [ ! -x "$(pg_bin)/initdb" ]; then
  echo "postgres.sh: PostgreSQL was installed but initdb was not found under /usr/lib/postgresql/*/bin" >&2
  exit 1
fi
echo "postgres.sh: installed PostgreSQL binaries in $(pg_bin)"
