# Sourced by run.sh and test.sh: points JAVA_HOME at a JDK of release 21 or newer.
# Keeps a JAVA_HOME that is already new enough, else takes the newest JDK under /usr/lib/jvm.
java_release() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/javac" ] || [ "$(java_release "$JAVA_HOME")" -lt 21 ] 2>/dev/null; then
  JAVA_HOME=
  for jdk in /usr/lib/jvm/*/; do
    jdk=${jdk%/}
    [ -x "$jdk/bin/javac" ] || continue
    release=$(java_release "$jdk")
    if [ "${release:-0}" -ge 21 ] 2>/dev/null && [ "${release}" -gt "${best_release:-0}" ]; then
      JAVA_HOME=$jdk; best_release=$release
    fi
  done
  if [ -z "$JAVA_HOME" ]; then
    echo "No JDK 21 or newer found: set JAVA_HOME or install one under /usr/lib/jvm." >&2
    exit 1
  fi
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
