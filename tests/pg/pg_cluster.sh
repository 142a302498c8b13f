#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (docs/postgresql.md, "Tests"): Debian's PostgreSQL
# (15 on Debian 12), initdb in DIR/data, listening on a Unix socket in DIR/socket only (no TCP),
# trust authentication for local connections, and the two roles the program uses:
#   ow_owner  owns the schema and runs the migrations;
#   ow_app    the program's login role: no DDL, rights granted by the migrations.
# As root (CI) the server runs as the unprivileged user `postgres` through runuser; otherwise as
# the calling user.
#   pg_cluster.sh start DIR     starts it (a cluster left in DIR by an earlier run is replaced)
#   pg_cluster.sh start DIR --tls CERT KEY
#                               also listens with TLS (ssl=on, that certificate and key) on 127.0.0.1
#                               at a free port, written to DIR/port (the connection tests)
#   pg_cluster.sh stop DIR      stops it and deletes DIR
#   pg_cluster.sh env DIR       prints PGHOST=... (and PGPORT=... with --tls) for `eval`
set -euo pipefail
cmd="${1:?usage: pg_cluster.sh start|stop|env DIR}"
dir="${2:?usage: pg_cluster.sh start|stop|env DIR}"
tls_cert=""
tls_key=""
if [ "${3:-}" = "--tls" ]; then
    tls_cert="$(realpath "${4:?usage: pg_cluster.sh start DIR --tls CERT KEY}")"
    tls_key="$(realpath "${5:?usage: pg_cluster.sh start DIR --tls CERT KEY}")"
fi
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
    listen="-c listen_addresses=''"
    if [ -n "$tls_cert" ]; then
        # A port nobody listens on; the server refuses to start on a taken one, so this is checked.
        port=""
        for _ in $(seq 1 50); do
            p=$((20000 + RANDOM % 40000))
            if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port=$p; break; fi
        done
        [ -n "$port" ] || { echo "pg_cluster.sh: no free port found" >&2; exit 1; }
        install -m 0644 "$tls_cert" "$dir/data/server.crt"
        install -m 0600 "$tls_key" "$dir/data/server.key"
        [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/data/server.crt" "$dir/data/server.key"
        echo "$port" >"$dir/port"
        listen="-c listen_addresses=127.0.0.1 -c port=$port -c ssl=on"
    fi
    as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "$listen -c unix_socket_directories='$dir/socket' -c fsync=off -c max_connections=60" start >/dev/null ||
        { cat "$dir/server.log" >&2; exit 1; }
    "$bin/psql" -h "$dir/socket" -p "${port:-5432}" -U postgres -d postgres -v ON_ERROR_STOP=1 -q <<'SQL'
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
    if [ -f "$dir/port" ]; then echo "PGPORT=$(cat "$dir/port")"; fi
    ;;
*)
    echo "pg_cluster.sh: unknown command $cmd" >&2
    exit 2
    ;;
esac
