#!/usr/bin/env bash
# Makes a small private CA and, signed by it, a server key for the SIP2 listener and client keys for terminals,
# all as PKCS12 files (docs/operations.md, "Listeners and TLS"). Uses openssl (Debian: apt-get install openssl).
#
#   SIP_TLS_PASSWORD=... bin/tls-keys.sh DIR [SERVER_NAMES] [CLIENT...]
#     DIR           where the files go (created; an existing CA is kept and reused)
#     SERVER_NAMES  subjectAltName of the server certificate, default DNS:localhost,IP:127.0.0.1
#     CLIENT        a terminal to issue a client certificate for (its CN), e.g. kiosk-1
#   The password of every file comes from the environment variable SIP_TLS_PASSWORD, never the command line.
#
# Makes DIR/ca.key (the CA's key: keep it offline), ca.crt, server.p12 (for sip.tls.keystore), truststore.p12 (the
# CA, for sip.tls.truststore) and CLIENT.p12 for each client.
set -euo pipefail
dir=${1:?usage: bin/tls-keys.sh DIR [SERVER_NAMES] [CLIENT...]}
san=${2:-DNS:localhost,IP:127.0.0.1}
shift $(( $# >= 2 ? 2 : $# ))
: "${SIP_TLS_PASSWORD:?set SIP_TLS_PASSWORD to the password for the keystores}"
mkdir -p "$dir"
cd "$dir"
umask 077

if [ ! -f ca.key ]; then
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.crt -days 3650 \
      -subj "/CN=SIP2 terminals CA" -addext basicConstraints=critical,CA:TRUE \
      -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
fi
# A PKCS12 file with the CA certificate as a trusted entry, which is what Java reads as a trust store.
rm -f truststore.p12
keytool=${JAVA_HOME:+$JAVA_HOME/bin/}keytool
if command -v "$keytool" >/dev/null; then
  "$keytool" -importcert -noprompt -storetype PKCS12 -keystore truststore.p12 -storepass:env SIP_TLS_PASSWORD \
      -alias ca -file ca.crt >/dev/null
else
  openssl pkcs12 -export -nokeys -in ca.crt -jdktrust anyExtendedKeyUsage -out truststore.p12 \
      -passout env:SIP_TLS_PASSWORD
fi

# issue NAME SUBJECT EXTENSIONS: NAME.p12 with a new key and its certificate (signed by the CA) and the CA's
issue() {
  local name=$1 subject=$2 extensions=$3
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$name.key" -out "$name.csr" \
      -subj "$subject" 2>/dev/null
  openssl x509 -req -in "$name.csr" -CA ca.crt -CAkey ca.key -CAcreateserial -days 825 -out "$name.crt" \
      -extfile <(printf '%s\n' "$extensions") 2>/dev/null
  openssl pkcs12 -export -name "$name" -inkey "$name.key" -in "$name.crt" -certfile ca.crt -out "$name.p12" \
      -passout env:SIP_TLS_PASSWORD
  rm -f "$name.key" "$name.csr"
}

issue server "/CN=SIP2 server" "subjectAltName=$san
extendedKeyUsage=serverAuth"
for client in "$@"; do
  issue "$client" "/O=SIP2 terminals/CN=$client" "extendedKeyUsage=clientAuth"
done
