#!/usr/bin/env bash
# Tests sipctl: two named instances, each with its own settings file, data folder, log folder,
# ports and pid file, started, asked, answered over SIP2, restarted and stopped. Needs the server
# built (./mvnw package). Everything lives in a temporary folder and listens on 127.0.0.1 only;
# every server it starts is stopped at the end. Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
. bin/java-home.sh

work="$(mktemp -d "${TMPDIR:-/tmp}/sipctl-test.XXXXXX")"
export SIPCTL_ETC="$work/etc" SIPCTL_VAR="$work/var" SIPCTL_LOG="$work/log" SIPCTL_RUN="$work/run"
export SIPCTL_START_TIMEOUT=600 # a loaded machine boots Payara Micro slowly
passed=0
failed=0

squatter=""
cleanup() {
  [ -z "$squatter" ] || kill "$squatter" 2>/dev/null
  ./sipctl stop --all >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

check() {
  local what="$1"
  shift
  if "$@"; then
    passed=$((passed + 1)); echo "ok   $what"
  else
    failed=$((failed + 1)); echo "FAIL $what"
  fi
}

. bin/ports.sh

# Logs in as the demo terminal and asks for the SC status: prints both replies.
sip_exchange() {
  local port="$1" reply
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf '9300CNterm1|COterm1|CPCPL|\r9900302.00\r' >&3
  # a cold server's first login (PBKDF2, class loading) took 57 s on a machine loaded by other builds
  IFS= read -r -d $'\r' -t 120 reply <&3 && echo "$reply"
  IFS= read -r -d $'\r' -t 120 reply <&3 && echo "$reply"
  exec 3>&-
}

answers_login_and_status() {
  local out
  out="$(sip_exchange "$1")"
  [[ "$out" == 941$'\n'98* ]] || { echo "  got: $out"; return 1; }
}

is_status() { # is_status EXPECTED_EXIT NAME PATTERN
  local out code
  out="$(./sipctl status "$2")"; code=$?
  [ "$code" -eq "$1" ] && [[ "$out" == $3 ]] || { echo "  exit $code: $out"; return 1; }
}

differs() { [ "$1" != "$2" ]; }

free_port sip_a; free_port http_a; free_port sip_b; free_port http_b
check "enable writes a settings file per instance" ./sipctl enable north --sip-port "$sip_a" --http-port "$http_a"
./sipctl enable south --sip-port "$sip_b" --http-port "$http_b" >/dev/null
check "a port of another instance is refused" \
  bash -c "! ./sipctl enable clash --sip-port $sip_a --http-port 1 2>/dev/null"
for name in north south; do
  printf 'SIP_BIND_ADDRESS=127.0.0.1\nSIP_ADMIN_PASSWORD=sipctl-test-Secret1\nJAVA_OPTS=-Xmx384m\n' \
    >> "$SIPCTL_ETC/$name.conf"
done
# north serves its console over HTTPS with a keystore of its own
free_port https_a
"$JAVA_HOME/bin/keytool" -genkeypair -alias sip -keyalg RSA -keysize 2048 -validity 2 -dname CN=127.0.0.1 \
  -storetype PKCS12 -keystore "$work/console.p12" -storepass sipctl-keystore-pw >/dev/null 2>&1
printf 'SIP_HTTPS_ADDRESS=127.0.0.1\nSIP_HTTPS_PORT=%s\nSIP_HTTPS_KEYSTORE=%s\n%s\n' \
  "$https_a" "$work/console.p12" "SIP_HTTPS_KEYSTORE_PASSWORD=sipctl-keystore-pw" >> "$SIPCTL_ETC/north.conf"
check "status of instances never started: stopped, exit 3" is_status 3 north "north: stopped"

check "start two instances" ./sipctl start north south
check "status: north runs" is_status 0 north "north: running (pid *, SIP2 port $sip_a, HTTP port $http_a)"
check "status: south runs" is_status 0 south "south: running*"
check "north answers a login and an SC status" answers_login_and_status "$sip_a"
check "south answers a login and an SC status" answers_login_and_status "$sip_b"
check "each instance has its own database" test -f "$SIPCTL_VAR/north/sipdb.mv.db" -a -f "$SIPCTL_VAR/south/sipdb.mv.db"
check "each instance has its own SIP log" grep -q "9300" "$SIPCTL_LOG/south/sip.log"
check "each instance has its own pid file" test -f "$SIPCTL_RUN/north.pid" -a -f "$SIPCTL_RUN/south.pid"
check "start of a running instance says so" bash -c "./sipctl start north | grep -q 'already running'"
listens_on_loopback_only() { # the HTTP listener's address
  local addresses
  addresses="$(ss -ltnH "sport = :$1" | awk '{print $4}')"
  [ -n "$addresses" ] && ! grep -qvE '^(127\.0\.0\.1|\[::ffff:127\.0\.0\.1\]):' <<< "$addresses" \
    || { echo "  listening on: $addresses"; return 1; }
}
http_redirects_to_https() {
  local headers
  headers="$(curl -s -o /dev/null -D - "http://127.0.0.1:$http_a/login.xhtml?x=1")"
  grep -qE "^HTTP/[0-9.]+ 301" <<< "$headers" \
    && grep -qi "^Location: https://127.0.0.1:$https_a/login.xhtml?x=1" <<< "$headers" \
    || { echo "  got: $headers"; return 1; }
}
https_sends_hsts_and_secure_cookies() {
  local page console
  page="$(curl -sk -o /dev/null -D - "https://127.0.0.1:$https_a/login.xhtml")"
  console="$(curl -sk -o /dev/null -D - "https://127.0.0.1:$https_a/console/dashboard.xhtml")"
  grep -qE "^HTTP/[0-9.]+ 200" <<< "$page" && grep -qi "^Strict-Transport-Security: max-age=" <<< "$page" \
    && grep -i "^Set-Cookie: JSESSIONID=" <<< "$console" | grep -q "Secure" \
    && grep -i "^Set-Cookie: JSESSIONID=" <<< "$console" | grep -qi "SameSite=Strict" \
    || { echo "  got: $page $console"; return 1; }
}
check "the console's HTTP listener is on 127.0.0.1" listens_on_loopback_only "$http_b"
check "the HTTPS listener is where its settings say (127.0.0.1)" listens_on_loopback_only "$https_a"
check "with an HTTPS port, HTTP redirects to HTTPS" http_redirects_to_https
check "HTTPS (own keystore) sends HSTS and a Secure, SameSite=Strict session cookie" https_sends_hsts_and_secure_cookies
check "the keystore password is not on the command line" \
  bash -c "! ps -eo args | grep -v grep | grep -q sipctl-keystore-pw"
check "logs shows the server log and the SIP log" bash -c "./sipctl logs south | grep -q 'sip.log'"

pid_before="$(cat "$SIPCTL_RUN/north.pid")"
check "restart north" ./sipctl restart north
check "north has a new process" differs "$pid_before" "$(cat "$SIPCTL_RUN/north.pid")"
check "north answers after the restart" answers_login_and_status "$sip_a"

check "stop south" ./sipctl stop south
check "south is stopped and its pid file gone" bash -c "! test -e '$SIPCTL_RUN/south.pid'"
check "south no longer listens" bash -c "! (exec 3<>/dev/tcp/127.0.0.1/$sip_b) 2>/dev/null"
check "north still answers" answers_login_and_status "$sip_a"
# another program takes south's HTTP port while south is stopped
openssl s_server -accept "127.0.0.1:$http_b" -nocert -quiet </dev/null >/dev/null 2>&1 &
squatter=$!
for _ in $(seq 50); do [ -n "$(ss -ltnH "sport = :$http_b")" ] && break; sleep 0.2; done
refused_on_busy_port() {
  local out
  [ -n "$(ss -ltnH "sport = :$http_b")" ] || { echo "  openssl s_server did not take port $http_b"; return 1; }
  out="$(./sipctl start south 2>&1)" && { echo "  started: $out"; return 1; }
  grep -q "port $http_b is in use by another program" <<< "$out" || { echo "  got: $out"; return 1; }
}
check "start on a port another program listens on is refused, naming the port" refused_on_busy_port
kill "$squatter"; wait "$squatter" 2>/dev/null; squatter=""
check "status of all: exit 3 while one is stopped" is_status 3 "--all" $'north: running*\nsouth: stopped'
check "stop --all" ./sipctl stop --all
check "no instance left running" is_status 3 north "north: stopped"
check "a name with a slash is refused" bash -c "! ./sipctl start ../x 2>/dev/null"

echo "sipctl: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
