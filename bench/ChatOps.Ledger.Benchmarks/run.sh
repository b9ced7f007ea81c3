#!/usr/bin/env bash
# Runs the ledger bench on SQLite and on a throwaway PostgreSQL server (Debian packages, fsync on), then stops it.
# Usage: bash bench/ChatOps.Ledger.Benchmarks/run.sh [--records N] [--appends N] [--scorecard [--no-sqlite] [--pgbouncer]]
# --pgbouncer: after the direct PostgreSQL run, the scorecard again through a throwaway PgBouncer in session pooling mode
# (Debian's pgbouncer; installed if missing), as the README recommends for the CLI: no new server process per command.
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
args=() bouncer=()
for a in "$@"; do [ "$a" = --pgbouncer ] && bouncer=(yes) || args+=("$a"); done
if [ "${#bouncer[@]}" -gt 0 ]; then
  [ -x /usr/sbin/pgbouncer ] || { . .ci/apt.sh; apt_install pgbouncer; }
  bport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  # PgBouncer passes no search_path on; the role's default names the bench's schema instead.
  as_pg "$bin/psql" -h "$dir" -p "$port" -U bench -d postgres -qc "ALTER ROLE bench SET search_path = scorecard"
  cat >"$dir/pgbouncer.ini" <<EOF
[databases]
postgres = host=127.0.0.1 port=$port dbname=postgres user=bench
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $bport
unix_socket_dir =
auth_type = any
pool_mode = session
server_reset_query = DISCARD ALL
logfile = $dir/pgbouncer.log
pidfile = $dir/pgbouncer.pid
EOF
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir/pgbouncer.ini"
  as_pg /usr/sbin/pgbouncer -d "$dir/pgbouncer.ini"
  trap 'kill "$(cat "$dir/pgbouncer.pid")" 2>/dev/null; as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null; rm -rf "$dir"' EXIT
  bouncer=(--pgbouncer "Host=127.0.0.1;Port=$bport;Username=bench;Database=postgres;Maximum Pool Size=20;Command Timeout=600")
fi
dotnet build bench/ChatOps.Ledger.Benchmarks -c Release -nologo -v q >/dev/null
dotnet bench/ChatOps.Ledger.Benchmarks/bin/Release/net10.0/ChatOps.Ledger.Benchmarks.dll "${args[@]}" \
  --postgres "Host=127.0.0.1;Port=$port;Username=bench;Database=postgres;Maximum Pool Size=20;Command Timeout=600" "${bouncer[@]}"
