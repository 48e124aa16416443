#!/usr/bin/env bash
# Runs every test: unit tests of each module, then the integration tests, which boot Payara Micro
# with the resource adapter and the WAR and talk SIP2 to it over TCP on 127.0.0.1, and drive the
# admin console in headless Chromium (Debian's chromium and chromium-driver, installed if missing),
# talk to listeners with Debian's openssl, telnet and expect (installed if missing) and deploy into a
# GlassFish 8 domain (GlassFishIT), on the embedded H2 database; then again (all but the four that test
# nothing database-specific, docs/operations.md) on a throwaway PostgreSQL server that
# bin/test-postgres.sh starts (Debian's postgresql, installed if missing) and stops, with the
# failover test of two instances behind HAProxy (Debian's haproxy) (-Dit.postgres.skip=true: H2
# only). Then the shell test of sipctl.
set -euo pipefail
cd "$(dirname "$0")"
. bin/java-home.sh
missing=()
for tool in chromium:chromium chromedriver:chromium-driver openssl:openssl telnet:telnet expect:expect; do
  command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} for the tests..."
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "The tests need: apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
./mvnw -B verify "$@"
# sipctl: named instances started, asked and stopped (after the build above made the server)
bin/test-sipctl.sh
