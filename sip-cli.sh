#!/usr/bin/env bash
# The SIP2 command-line client (docs/cli.md): builds it if needed, then runs it with the given arguments.
# Example: ./sip-cli.sh -a localhost -p 6001 -su term1 -sp term1 -l CPL --patron term1 --password term1 -m patron_information
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/bin/java-home.sh"
jar="$here/sip-cli/target/sip-cli-all.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$here/sip-cli/src" "$here/sip-connector/sip-api/src" -newer "$jar" -print -quit)" ]; then
  (cd "$here" && ./mvnw -q -B install -DskipTests -pl sip-cli -am >&2)
fi
exec java -jar "$jar" "$@"
