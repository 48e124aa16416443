#!/usr/bin/env bash
# Runs every test: unit tests of each module, then the integration tests, which boot Payara Micro
# with the resource adapter and the WAR and talk SIP2 to it over TCP on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")"
. bin/java-home.sh
exec ./mvnw -B verify "$@"
