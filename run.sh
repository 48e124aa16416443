#!/usr/bin/env bash
# Builds the server if needed, then runs it on Payara Micro: the SIP2 resource adapter and the web
# application, the embedded H2 database under ./data/ (demo data on first start), the SIP log under
# ./logs/, SIP2 on port 6001 and HTTP on port 8080 (127.0.0.1 unless SIP_HTTP_ADDRESS says otherwise).
# Settings: docs/configuration.md.
set -euo pipefail
cd "$(dirname "$0")"
. bin/java-home.sh

runtime=sip-web/target/runtime
war=sip-web/target/sip-web.war
if [ ! -f "$war" ] || [ ! -f "$runtime/payara-micro.jar" ] || [ ! -f "$runtime/sip-ra.rar" ] \
   || [ -n "$(find pom.xml sip-*/pom.xml sip-connector/*/pom.xml sip-*/src sip-connector/*/src -newer "$war" -print -quit)" ]; then
  echo "Building the server..."
  ./mvnw -q -B package -DskipTests
fi

mkdir -p data logs
# The console's HTTPS listener (docs/operations.md, "Console hardening"): with SIP_HTTPS_PORT the
# console redirects HTTP there; the keystore's password reaches the JVM through an argument file
# on a pipe, so that it shows neither in the process list nor on disk.
https=()
secrets=()
if [ -n "${SIP_HTTPS_PORT:-}" ]; then
  https=(--sslport "$SIP_HTTPS_PORT")
  if [ -n "${SIP_HTTPS_KEYSTORE:-}" ]; then
    https+=(--sslcert "${SIP_HTTPS_KEY_ALIAS:-sip}")
    secrets=("@/dev/fd/3")
    exec 3< <(printf '%s\n' "-Djavax.net.ssl.keyStore=\"$SIP_HTTPS_KEYSTORE\"" \
      "-Djavax.net.ssl.keyStorePassword=\"${SIP_HTTPS_KEYSTORE_PASSWORD:-}\"")
  fi
fi
# Sequential kernel start-up: the parallel one can deadlock in HK2 on a small machine (seen here).
exec java ${JAVA_OPTS:--Xmx512m} -Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS \
  -Dsip.http.address="${SIP_HTTP_ADDRESS:-127.0.0.1}" -Dsip.https.address="${SIP_HTTPS_ADDRESS:-0.0.0.0}" \
  "${secrets[@]}" -jar "$runtime/payara-micro.jar" \
  --nocluster \
  --port "${SIP_HTTP_PORT:-8080}" "${https[@]}" \
  --prebootcommandfile sip-web/src/main/payara/pre-boot.txt \
  --postbootcommandfile sip-web/src/main/payara/post-boot.txt \
  --deploy "$runtime/sip-ra.rar" \
  --deploy "$war"
