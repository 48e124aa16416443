#!/usr/bin/env bash
# The reproducible benchmark (docs/performance.md): builds if needed, starts a fresh server (./run.sh with
# its own throwaway database, demo data on, SIP2 and HTTP on free ports of 127.0.0.1), stops it to add
# one patron (PIN 2468) and one available book per terminal (bin/generate-library.sh), starts it again,
# warms up, runs `sip-cli bench` at 1, 10, 100 and 500 terminals with an equal mix of 23, 63, 17 and
# checkout+checkin, writes the figures (text, JSON, PNG chart) and stops the server it started.
#
#   bin/benchmark.sh [--large] [--tls] [--jfr] [--warmup SECONDS] [--duration SECONDS] [--levels 1,10,100,500]
#                    [--out DIR] [--max-exceptions-per-request N]
#
#   --large     first add the large library (1,000,000 items, 200,000 patrons, 300,000 open loans)
#   --tls       the terminals speak TLS: throwaway keys from bin/tls-keys.sh, a TLS listener added to the
#               database beside the plain one, and sip-cli bench --tls checking the certificate and host name
#   --jfr       record the server with JFR during the 100-terminal level and report the exceptions it
#               throws per request; exit 1 above --max-exceptions-per-request (default 1)
#   --out       where the figures go (default target/benchmark): benchmark.txt, .json, .png
# Defaults: --warmup 60 --duration 25. Exit code: sip-cli bench's (1 on errors or too many exceptions).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
. bin/java-home.sh

warmup=60 duration=25 levels=1,10,100,500 out=target/benchmark large=false tls=false jfr=false max_exceptions=1
while [ $# -gt 0 ]; do
  case "$1" in
    --large) large=true; shift ;;
    --tls) tls=true; shift ;;
    --jfr) jfr=true; shift ;;
    --warmup) warmup="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --levels) levels="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --max-exceptions-per-request) max_exceptions="$2"; shift 2 ;;
    *) echo "unknown option $1 (see the head of $0)" >&2; exit 2 ;;
  esac
done
terminals=$(tr ',' '\n' <<< "$levels" | sort -n | tail -1)
mkdir -p "$out"
out="$(cd "$out" && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/sip-bench.XXXXXX")"
server_pid=""

stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
trap 'stop_server; rm -rf "$work"' EXIT

# A port nothing listens on: connecting to it is refused.
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}

echo "Building if needed..."
./sip-cli.sh --version > /dev/null # the server is built by ./run.sh

sip_port=$(free_port)
http_port=$(free_port)
while [ "$http_port" = "$sip_port" ]; do http_port=$(free_port); done
tls_port=$(free_port)
while [ "$tls_port" = "$sip_port" ] || [ "$tls_port" = "$http_port" ]; do tls_port=$(free_port); done
tls_password="bench-tls-$RANDOM$RANDOM$RANDOM"
tls_env=()
if [ "$tls" = true ]; then
  echo "Making throwaway TLS keys..."
  SIP_TLS_PASSWORD="$tls_password" bin/tls-keys.sh "$work/tls" DNS:localhost,IP:127.0.0.1 > /dev/null
  tls_env=(SIP_TLS_KEYSTORE="$work/tls/server.p12" SIP_TLS_KEYSTORE_PASSWORD="$tls_password")
fi

# True once the demo terminal account logs in: the schema is migrated and the demo data loaded (a subshell: fd 3).
logs_in() (
  local reply
  exec 3<>"/dev/tcp/127.0.0.1/$sip_port" || return 1
  printf '9300CNterm1|COterm1|CPCPL|\r' >&3
  IFS= read -r -t 30 -d $'\r' reply <&3 || true
  exec 3<&-
  [ "${reply:0:3}" = 941 ]
)

# Starts ./run.sh on the throwaway database; run.sh execs the JVM, so $! is the server's process id.
start_server() {
  env "${tls_env[@]}" SIP_PORT=$sip_port SIP_BIND_ADDRESS=127.0.0.1 SIP_HTTP_PORT=$http_port SIP_DB_PATH="$work/db/sipdb" \
    SIP_LOG_FILE="$work/sip.log" SIP_DEMO_DATA=true SIP_ADMIN_PASSWORD="bench-$RANDOM$RANDOM" \
    SIP_MAX_CONNECTIONS_PER_ADDRESS=1000 \
    ./run.sh >> "$work/server.log" 2>&1 &
  server_pid=$!
  local waited=0
  until logs_in 2>/dev/null; do
    if ! kill -0 "$server_pid" 2>/dev/null || [ $waited -ge 600 ]; then
      echo "the server did not start; its log:" >&2
      tail -50 "$work/server.log" >&2
      exit 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  echo "server $server_pid answering on 127.0.0.1:$sip_port after ${waited} s"
}

echo "Starting a fresh server to create the schema and the demo library..."
start_server
stop_server
if [ "$large" = true ]; then
  echo "Adding the large library and the benchmark's $terminals patrons and books..."
  bin/generate-library.sh --db "$work/db/sipdb" --bench "$terminals" | tee "$out/generate.txt"
else
  echo "Adding the benchmark's $terminals patrons and books..."
  bin/generate-library.sh --db "$work/db/sipdb" --items 0 --patrons 0 --loans 0 --bench "$terminals"
fi
if [ "$tls" = true ]; then
  echo "Adding the TLS listener bench-tls on 127.0.0.1:$tls_port..."
  h2="$(ls sip-web/target/sip-web/WEB-INF/lib/h2-*.jar | head -1)"
  java -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:$work/db/sipdb" -user "${SIP_DB_USER:-sa}" \
    -password "${SIP_DB_PASSWORD:-}" -sql "INSERT INTO sip_listener (name, enabled, from_settings, bind_address,
      tcp_port, transport, tls, login_timeout_seconds, idle_timeout_seconds, max_frame_before_login, max_frame,
      max_connections, max_connections_per_address, allowed_ranges) VALUES ('bench-tls', TRUE, FALSE, '127.0.0.1',
      $tls_port, 'RAW', 'ON', 60, 0, 1024, 16384, 10000, 1000, '')" > /dev/null
fi
start_server

bench_server=(-a 127.0.0.1 -p "$sip_port")
if [ "$tls" = true ]; then
  bench_server=(-a 127.0.0.1 -p "$tls_port" --tls --trust-store "$work/tls/truststore.p12"
    "--trust-store-password=$tls_password")
fi
last_patron=$(printf '21%012d' "$terminals")
last_item=$(printf '30%012d' "$terminals")
library=$([ "$large" = true ] && echo "large library" || echo "demo library")$([ "$tls" = true ] && echo ", TLS" || true)
jfr_options=()
if [ "$jfr" = true ]; then
  jfr_options=(--jfr-at 100 --jfr-file "$out/benchmark-100.jfr" --max-exceptions-per-request "$max_exceptions")
fi
status=0
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores; other work on the machine skews the figures)" \
  | tee "$out/benchmark.txt"
./sip-cli.sh bench "${bench_server[@]}" -c "$levels" -d "$duration" --warmup "$warmup" \
  --patron "21000000000001..$last_patron" --pin 2468 --item "30000000000001..$last_item" \
  --server-pid "$server_pid" --no-progress "${jfr_options[@]}" \
  --json "$out/benchmark.json" --chart "$out/benchmark.png" \
  --title "sip-cli bench, $library, $(date -u +%Y-%m-%d), ${duration} s per level" \
  | tee -a "$out/benchmark.txt" || status=$?
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/benchmark.txt"
stop_server
echo "Figures in $out (benchmark.txt, benchmark.json, benchmark.png)"
exit $status
