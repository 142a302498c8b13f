#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (docs/postgresql.md, "Tests"): Debian's PostgreSQL
# (15 on Debian 12), initdb in DIR/data, listening on a Unix socket in DIR/socket only (no TCP),
# trust authentication for local connections, and the two roles the program uses:
#   ow_owner  owns the schema and runs the migrations;
#   ow_app    the program's login role: no DDL, rights granted by the migrations.
# As root (CI) the server runs as the unprivileged user `postgres` through runuser; otherwise as
# the calling user.
#   pg_cluster.sh start DIR     starts it (a cluster left in DIR by an earlier run is replaced)
#   pg_cluster.sh stop DIR      stops it and deletes DIR
#   pg_cluster.sh env DIR       prints PGHOST=... for `eval`
set -euo pipefail
cmd="${1:?usage: pg_cluster.sh start|stop|env DIR}"
dir="${2:?usage: pg_cluster.sh start|stop|env DIR}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "pg_cluster.sh: PostgreSQL's server is not installed (Debian: apt-get install postgresql);" \
         "packaging/deps-debian.sh installs it" >&2
    exit 1
fi
as_server() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$cmd" in
start)
    if [ -f "$dir/data/postmaster.pid" ]; then as_server "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
    mkdir -p "$dir/socket"
    dir="$(cd "$dir" && pwd)"
    [ "$(id -u)" -eq 0 ] && chown -R postgres: "$dir"
    as_server "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir/socket' -c fsync=off -c max_connections=60" start >/dev/null ||
        { cat "$dir/server.log" >&2; exit 1; }
    "$bin/psql" -h "$dir/socket" -U postgres -d postgres -v ON_ERROR_STOP=1 -q <<'SQL'
CREATE ROLE ow_owner LOGIN CREATEDB;
CREATE ROLE ow_app LOGIN;
SQL
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on $dir/socket"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then as_server "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null; fi
    rm -rf "$dir"
    ;;
env)
    echo "PGHOST=$(cd "$dir" && pwd)/socket"
    ;;
*)
    echo "pg_cluster.sh: unknown command $cmd" >&2
    exit 2
    ;;
esac
