#!/usr/bin/env bash
# The PostgreSQL server binaries (initdb, pg_ctl) from Debian's packages, for the ledger's and the host's PostgreSQL
# tests, which start and stop their own throwaway server (tests/ChatOps.Testing.Postgres), and PgBouncer, which the
# PostgreSQL journey puts in front of it as a deployment does for the CLI and many instances. Quiet when already there.
set -euo pipefail
cd "$(dirname "$0")"

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/initdb" ] && [ -x "$(pg_bin)/pg_ctl" ] && [ -x /usr/sbin/pgbouncer ]; then
  exit 0
fi

. ./apt.sh
apt_install postgresql pgbouncer
if [ -z "$(pg_bin)" ] || [ ! -x "$(pg_bin)/initdb" ]; then
  echo "install-postgres.sh: PostgreSQL was installed but initdb was not found under /usr/lib/postgresql/*/bin" >&2
  exit 1
fi
