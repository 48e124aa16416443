#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL server for the integration tests:
#   bin/test-postgres.sh start DIR PORT   initdb into DIR (emptied first), listen on 127.0.0.1:PORT,
#                                         create user sip and its database sip (no password, local only)
#   bin/test-postgres.sh stop DIR         stop it (fast shutdown)
#   bin/test-postgres.sh pause DIR SECS   stop it, wait SECS seconds, start it again (the failover test)
# Uses Debian's postgresql package, installed with apt-get when missing (as root). The server runs
# as user postgres when started by root (PostgreSQL refuses to run as root), else as the caller.
set -euo pipefail
action=${1:?start or stop}
dir=${2:?data folder}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bindir" ] && [ "$action" = start ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing postgresql for the integration tests on PostgreSQL..."
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  else
    echo "The tests on PostgreSQL need its server: apt-get install postgresql" >&2
    exit 1
  fi
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case $action in
  start)
    port=${3:?port}
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-sync >/dev/null
    # fsync stays on: the crash test kills servers and counts on committed data being on disk
    echo "-p $port -c listen_addresses=127.0.0.1 -k $dir -c max_connections=400 -c shared_buffers=64MB" > "$dir/options"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o "$(cat "$dir/options")" >/dev/null
    as_owner "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -q -v ON_ERROR_STOP=1 \
      -c "CREATE USER sip CREATEDB" -c "CREATE DATABASE sip OWNER sip"
    echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir/data"
    ;;
  stop)
    if [ -n "$bindir" ] && [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    ;;
  pause)
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    sleep "${3:?seconds}"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o "$(cat "$dir/options")" >/dev/null
    ;;
  *) echo "usage: $0 start DIR PORT | stop DIR | pause DIR SECONDS" >&2; exit 2 ;;
esac
