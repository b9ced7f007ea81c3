#!/usr/bin/env bash
# Runs the ledger bench on SQLite and on a throwaway PostgreSQL server (Debian packages, fsync on), then stops it.
# Usage: bash bench/ChatOps.Ledger.Benchmarks/run.sh [--records N] [--appends N]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
dir=$(mktemp -d /tmp/chatops-bench-pg-XXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
as_pg "$bin/initdb" -D "$dir/data" -U bench --auth=trust --no-instructions >/dev/null
as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null
trap 'as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null; rm -rf "$dir"' EXIT
dotnet build bench/ChatOps.Ledger.Benchmarks -c Release -nologo -v q >/dev/null
dotnet bench/ChatOps.Ledger.Benchmarks/bin/Release/net10.0/ChatOps.Ledger.Benchmarks.dll "$@" \
  --postgres "Host=127.0.0.1;Port=$port;Username=bench;Database=postgres;Maximum Pool Size=20;Command Timeout=600"
