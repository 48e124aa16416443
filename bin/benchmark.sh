#!/usr/bin/env bash
# The reproducible benchmark (docs/performance.md): builds if needed, starts a fresh server (./run.sh with
# its own throwaway database, demo data on, SIP2 and HTTP on free ports of 127.0.0.1), stops it to add
# one patron (PIN 2468), one available book and one terminal account (bench1.., password term1) per
# terminal (bin/generate-library.sh), starts it again,
# warms up, runs `sip-cli bench` at 1, 10, 100 and 500 terminals with an equal mix of 23, 63, 17 and
# checkout+checkin, writes the figures (text, JSON, PNG chart) and stops the server it started.
#
#   bin/benchmark.sh [--large] [--tls] [--jfr] [--warmup SECONDS] [--duration SECONDS] [--levels 1,10,100,500]
#                    [--out DIR] [--jfr-level N] [--max-exceptions-per-request N] [--postgres] [--instances N]
#                    [--shared-account] [--mix W23,W63,W17,WCHECKOUT] [--h2-settings 'NAME=VALUE;...']
#
#   --large     first add the large library (1,000,000 items, 200,000 patrons, 300,000 open loans)
#   --tls       the terminals speak TLS: throwaway keys from bin/tls-keys.sh, a TLS listener added to the
#               database beside the plain one, and sip-cli bench --tls checking the certificate and host name
#   --jfr       record the server with JFR during one level (--jfr-level, default 100) and report the
#               exceptions it throws per request; exit 1 above --max-exceptions-per-request (default 1)
#   --out       where the figures go (default target/benchmark): benchmark.txt, .json, .png
#   --postgres  on a throwaway PostgreSQL server (bin/test-postgres.sh) instead of the embedded H2
#   --instances N  N clustered instances on that PostgreSQL behind HAProxy (leastconn); needs --postgres
#   --shared-account  every terminal logs in as term1 (as before 2026-11-30): their checkouts and checkins
#               queue behind that one account's row lock; by default each terminal has an account of its own
#   --mix       weights of 23, 63, 17 and checkout+checkin (default 25,25,25,25, the issue's mix); e.g. 0,0,0,1
#               for checkouts and checkins alone (docs/performance.md, "Where the time of a request goes")
#   --h2-settings  added to the embedded H2 database's URL, for measuring what a setting costs; e.g.
#               'WRITE_DELAY=500' for H2's default write delay, which acknowledges commits a kill -9 can
#               take back: never a setting to run a library on (docs/security.md, "Durable acknowledgements")
# Defaults: --warmup 60 --duration 25. Exit code: sip-cli bench's (1 on errors or too many exceptions).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
. bin/java-home.sh

warmup=60 duration=25 levels=1,10,100,500 out=target/benchmark large=false tls=false jfr=false jfr_level=100
max_exceptions=1
postgres=false instances=1 accounts=(--sip-user-pattern 'bench%d') mix=25,25,25,25 h2_settings=""
while [ $# -gt 0 ]; do
  case "$1" in
    --large) large=true; shift ;;
    --tls) tls=true; shift ;;
    --jfr) jfr=true; shift ;;
    --jfr-level) jfr_level="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --levels) levels="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --max-exceptions-per-request) max_exceptions="$2"; shift 2 ;;
    --postgres) postgres=true; shift ;;
    --instances) instances="$2"; shift 2 ;;
    --shared-account) accounts=(-su term1); shift ;;
    --mix) mix="$2"; shift 2 ;;
    --h2-settings) h2_settings="$2"; shift 2 ;;
    *) echo "unknown option $1 (see the head of $0)" >&2; exit 2 ;;
  esac
done
terminals=$(tr ',' '\n' <<< "$levels" | sort -n | tail -1)
terminals=$((terminals < 10 ? 10 : terminals)) # the warm-up's 10 terminals need accounts of their own too
if [ "$instances" -gt 1 ] && [ "$postgres" != true ]; then
  echo "--instances needs --postgres: instances share a PostgreSQL database" >&2; exit 2
fi
if [ "$large" = true ] && [ "$postgres" = true ]; then
  echo "--large is written for H2 (bin/generate-library.sh)" >&2; exit 2
fi
if [ -n "$h2_settings" ] && [ "$postgres" = true ]; then
  echo "--h2-settings is for the embedded H2 database" >&2; exit 2
fi
if [ "$tls" = true ] && [ "$postgres" = true ]; then
  echo "--tls is written for one instance on H2 (its listener is added to the H2 file)" >&2; exit 2
fi
mkdir -p "$out"
out="$(cd "$out" && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/sip-bench.XXXXXX")"
server_pids=() haproxy_pid=""

stop_server() {
  local pid
  for pid in "${server_pids[@]}" $haproxy_pid; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      wait "$pid" 2>/dev/null || true
    fi
  done
  server_pids=() haproxy_pid=""
}
stop_postgres() {
  [ "$postgres" != true ] || bin/test-postgres.sh stop "$work/postgres"
}
trap 'stop_server; stop_postgres; rm -rf "$work"' EXIT
. bin/bench-accounts.sh

. bin/ports.sh

echo "Building if needed..."
./sip-cli.sh --version > /dev/null # the server is built by ./run.sh

sip_ports=() http_ports=()
for ((i = 0; i < instances; i++)); do
  free_port sip_port; sip_ports+=("$sip_port")
  free_port http_port; http_ports+=("$http_port")
done
free_port grid_port
bench_port=${sip_ports[0]}
free_port tls_port
tls_password="bench-tls-$RANDOM$RANDOM$RANDOM"
tls_env=()
if [ "$tls" = true ]; then
  echo "Making throwaway TLS keys..."
  SIP_TLS_PASSWORD="$tls_password" bin/tls-keys.sh "$work/tls" DNS:localhost,IP:127.0.0.1 > /dev/null
  tls_env=(SIP_TLS_KEYSTORE="$work/tls/server.p12" SIP_TLS_KEYSTORE_PASSWORD="$tls_password")
fi

# True once the demo terminal account logs in on this port: the schema is migrated and the demo data loaded.
logs_in() (
  local reply
  exec 3<>"/dev/tcp/127.0.0.1/$1" || return 1
  printf '9300CNterm1|COterm1|CPCPL|\r' >&3
  IFS= read -r -t 30 -d $'\r' reply <&3 || true
  exec 3<&-
  [ "${reply:0:3}" = 941 ]
)

database=(SIP_DB_PATH="$work/db/sipdb")
[ -z "$h2_settings" ] || database+=(SIP_DB_URL="jdbc:h2:$work/db/sipdb;$h2_settings")
if [ "$postgres" = true ]; then
  free_port pg_port
  chmod 755 "$work"
  bin/test-postgres.sh start "$work/postgres" "$pg_port"
  database=(SIP_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/sip" SIP_DB_USER=sip)
fi
cluster=()
if [ "$instances" -gt 1 ]; then
  members=$(printf '127.0.0.1:%s,' "$grid_port" | sed 's/,$//')
  cluster=(SIP_CLUSTER=true SIP_CLUSTER_NAME="bench-$grid_port" SIP_CLUSTER_PORT="$grid_port"
           SIP_CLUSTER_MEMBERS="$members" SIP_CLUSTER_INTERFACES=127.0.0.1)
fi

# Starts ./run.sh instance $1 on the throwaway database; run.sh execs the JVM, so $! is the server's process id.
start_instance() {
  local i=$1
  env "${database[@]}" "${cluster[@]}" "${tls_env[@]}" SIP_INSTANCE_NAME="bench-$i" \
    SIP_PORT="${sip_ports[$i]}" SIP_BIND_ADDRESS=127.0.0.1 SIP_HTTP_PORT="${http_ports[$i]}" \
    SIP_LOG_FILE="$work/sip-$i.log" SIP_DEMO_DATA=true SIP_ADMIN_PASSWORD="bench-$RANDOM$RANDOM" \
    SIP_MAX_CONNECTIONS_PER_ADDRESS=1000 \
    ./run.sh >> "$work/server-$i.log" 2>&1 &
  server_pids+=($!)
  local waited=0
  until logs_in "${sip_ports[$i]}" 2>/dev/null; do
    if ! kill -0 "${server_pids[$i]}" 2>/dev/null || [ $waited -ge 600 ]; then
      echo "instance $i did not start; its log:" >&2
      tail -50 "$work/server-$i.log" >&2
      exit 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  echo "instance $i (pid ${server_pids[$i]}) answering on 127.0.0.1:${sip_ports[$i]} after ${waited} s"
}

# One after the other: the first creates the schema and the demo data.
start_server() {
  local i
  for ((i = 0; i < instances; i++)); do start_instance "$i"; done
  if [ "$instances" -gt 1 ]; then
    free_port bench_port
    {
      # maxconn: HAProxy needs two descriptors per connection, and a process may hold 20,000 here
      printf 'global\n  maxconn 4000\ndefaults\n  mode tcp\n  timeout connect 3s\n  timeout client 10m\n'
      printf '  timeout server 10m\nfrontend sip\n  bind 127.0.0.1:%s\n  default_backend instances\n' "$bench_port"
      printf 'backend instances\n  balance leastconn\n'
      for ((i = 0; i < instances; i++)); do printf '  server i%s 127.0.0.1:%s check\n' "$i" "${sip_ports[$i]}"; done
    } > "$work/haproxy.cfg"
    haproxy -db -f "$work/haproxy.cfg" >> "$work/haproxy.log" 2>&1 &
    haproxy_pid=$!
    until logs_in "$bench_port" 2>/dev/null; do
      if ! kill -0 "$haproxy_pid" 2>/dev/null; then
        echo "HAProxy did not start; its log:" >&2
        cat "$work/haproxy.log" >&2
        exit 1
      fi
      sleep 1
    done
    echo "HAProxy on 127.0.0.1:$bench_port in front of $instances instances"
  fi
}

# The benchmark's patrons (PIN 2468), books and accounts, on PostgreSQL (bin/generate-library.sh writes H2).
bench_rows_on_postgres() {
  local pin_hash='PBKDF2WithHmacSHA256:10000:ioiNg5Do1mBgRKb0QXJnzQ==:pMarGKGvgFgGGEqNFllLXLRD0HVYmo5UBIq58K4JHog='
  psql -h 127.0.0.1 -p "$pg_port" -U sip -d sip -q -v ON_ERROR_STOP=1 <<SQL
INSERT INTO patron (barcode, pin_hash, name, institution_id, home_library, category, expires_on)
  SELECT '21' || LPAD(x::text, 12, '0'), '$pin_hash', 'Benchmark Patron ' || x, 'CPL', 'CPL', 'ADULT',
         CURRENT_DATE + INTERVAL '2 years'
  FROM generate_series(1, $terminals) x;
INSERT INTO item (barcode, title, author, call_number, media_type, item_type, institution_id,
                  owning_location, current_location)
  SELECT '30' || LPAD(x::text, 12, '0'), 'Benchmark Book ' || x, 'Bench Author', 'BENCH ' || x, '001', 'BOOK', 'CPL',
         'CPL', 'CPL'
  FROM generate_series(1, $terminals) x;
$(bench_accounts "generate_series(1, $terminals) x" x)
ANALYZE patron;
ANALYZE item;
ANALYZE terminal_account;
SQL
}

echo "Starting a fresh server to create the schema and the demo library..."
start_instance 0
stop_server
if [ "$postgres" = true ]; then
  echo "Adding the benchmark's $terminals patrons, books and accounts..."
  bench_rows_on_postgres
elif [ "$large" = true ]; then
  echo "Adding the large library and the benchmark's $terminals patrons, books and accounts..."
  bin/generate-library.sh --db "$work/db/sipdb" --bench "$terminals" | tee "$out/generate.txt"
else
  echo "Adding the benchmark's $terminals patrons, books and accounts..."
  bin/generate-library.sh --db "$work/db/sipdb" --items 0 --patrons 0 --loans 0 --bench "$terminals"
fi
if [ "$tls" = true ]; then
  echo "Adding the TLS listener bench-tls on 127.0.0.1:$tls_port..."
  java -cp sip-web/target/runtime/h2.jar org.h2.tools.Shell -url "jdbc:h2:$work/db/sipdb" -user "${SIP_DB_USER:-sa}" \
    -password "${SIP_DB_PASSWORD:-}" -sql "INSERT INTO sip_listener (name, enabled, from_settings, bind_address,
      tcp_port, transport, tls, login_timeout_seconds, idle_timeout_seconds, max_frame_before_login, max_frame,
      max_connections, max_connections_per_address, allowed_ranges) VALUES ('bench-tls', TRUE, FALSE, '127.0.0.1',
      $tls_port, 'RAW', 'ON', 60, 0, 1024, 16384, 10000, 1000, '')" > /dev/null
fi
start_server

bench_server=(-a 127.0.0.1 -p "$bench_port")
if [ "$tls" = true ]; then
  bench_server=(-a 127.0.0.1 -p "$tls_port" --tls --trust-store "$work/tls/truststore.p12"
    "--trust-store-password=$tls_password")
fi
last_patron=$(printf '21%012d' "$terminals")
last_item=$(printf '30%012d' "$terminals")
library=$([ "$large" = true ] && echo "large library" || echo "demo library")$([ "$tls" = true ] && echo ", TLS" || true)
setup=$([ "$postgres" = true ] && echo "PostgreSQL, $instances instance(s)" || echo "H2")
setup+=$([ -z "$h2_settings" ] || echo " with $h2_settings")
setup+=$([ "$mix" = 25,25,25,25 ] || echo ", mix $mix")
setup+=$([ "${accounts[0]}" = -su ] && echo ", one shared account" || echo ", an account per terminal")
jfr_options=()
if [ "$jfr" = true ]; then
  jfr_options=(--jfr-at "$jfr_level" --jfr-file "$out/benchmark-$jfr_level.jfr"
    --max-exceptions-per-request "$max_exceptions")
fi
status=0
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores; other work on the machine skews the figures)" \
  | tee "$out/benchmark.txt"
./sip-cli.sh bench "${bench_server[@]}" "${accounts[@]}" -sp term1 -c "$levels" -d "$duration" --warmup "$warmup" \
  --patron "21000000000001..$last_patron" --pin 2468 --item "30000000000001..$last_item" --mix "$mix" \
  --server-pid "${server_pids[0]}" --no-progress "${jfr_options[@]}" \
  --json "$out/benchmark.json" --chart "$out/benchmark.png" \
  --title "sip-cli bench, $library, $setup, $(date -u +%Y-%m-%d), ${duration} s per level" \
  | tee -a "$out/benchmark.txt" || status=$?
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/benchmark.txt"
stop_server
echo "Figures in $out (benchmark.txt, benchmark.json, benchmark.png)"
exit $status
