#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests and benches: a temp folder, a loopback port, trust auth for the
# postgres role on 127.0.0.1 only (nothing else can connect), stopped and deleted by `stop`.
#
#   eval "$(scripts/pg-test-server.sh start)"   # exports TEST_DATABASE_URL and PG_TEST_DIR
#   scripts/pg-test-server.sh stop "$PG_TEST_DIR"
#   scripts/pg-test-server.sh halt "$PG_TEST_DIR"     # stops the server, keeps the cluster (an outage, for tests)
#   scripts/pg-test-server.sh resume "$PG_TEST_DIR"   # starts it again on the same port, with the same data
#
# initdb refuses to run as root: as root, the cluster belongs to the `postgres` user (runuser). The server keeps its
# default durability (fsync on), so benchmark figures are those of a real deployment.
set -euo pipefail

bindir() {
  if command -v pg_config >/dev/null 2>&1; then pg_config --bindir; else echo /usr/lib/postgresql/15/bin; fi
}
BIN="$(bindir)"
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Only the loopback address, and the unix socket inside the temp folder (not /var/run, which may not be writable).
serve() {
  as_owner "$BIN/pg_ctl" -D "$1/data" -l "$1/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $(cat "$1/port") -k $1 -c max_connections=300" start >"$1/pg_ctl.log" 2>&1 || {
    cat "$1/pg_ctl.log" "$1/server.log" >&2 2>/dev/null || true
    return 1
  }
}

case "${1:-}" in
  start)
    dir="$(mktemp -d "${TMPDIR:-/tmp}/chartpath-pg.XXXXXX")"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    port="${PG_TEST_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
    as_owner "$BIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 || {
      cat "$dir/initdb.log" >&2
      exit 1
    }
    echo "$port" >"$dir/port"
    serve "$dir" || exit 1
    echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
    echo "export PG_TEST_DIR=$dir"
    ;;
  stop)
    dir="${2:-${PG_TEST_DIR:-}}"
    [ -n "$dir" ] && [ -d "$dir/data" ] || exit 0
    as_owner "$BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  halt)
    as_owner "$BIN/pg_ctl" -D "$2/data" -m fast -w stop >/dev/null
    ;;
  resume)
    serve "$2"
    ;;
  *)
    echo "usage: $0 start | stop [dir] | halt dir | resume dir" >&2
    exit 2
    ;;
esac
