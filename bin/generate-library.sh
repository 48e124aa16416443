#!/usr/bin/env bash
# Adds a large generated library to a SIP2 server's H2 database, with set-based inserts (H2's RunScript
# over SYSTEM_RANGE), while the server is STOPPED. Default: 1,000,000 items, 200,000 patrons and
# 300,000 open loans, all at the demo institution CPL (load the demo data first: start the server once).
# Documented in docs/performance.md.
#
#   bin/generate-library.sh --db ./data/sipdb                 # the large library
#   bin/generate-library.sh --db DB --items 0 --patrons 0 --loans 0 --bench 500   # only benchmark records
#
# Barcodes: library patrons 211 + 11 digits, library items 301 + 11 digits; --bench N adds N benchmark
# patrons 21000000000001.. and N available books 30000000000001.. (one each per benchmark terminal), and
# N terminal accounts bench1.. (copies of the demo account term1, with its password).
# Every generated patron has the PIN 2468 (one PBKDF2 hash, computed once in the server's format).
# Loan k lends library item k to library patron ((k-1) mod patrons) + 1, checked out within the last
# two weeks and due 21 days later (none overdue); those items are charged (status 04), the rest available.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
. "$here/bin/java-home.sh"

db="" items=1000000 patrons=200000 loans=300000 bench=0
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db="$2"; shift 2 ;;
    --items) items="$2"; shift 2 ;;
    --patrons) patrons="$2"; shift 2 ;;
    --loans) loans="$2"; shift 2 ;;
    --bench) bench="$2"; shift 2 ;;
    *) echo "unknown option $1 (see the head of $0)" >&2; exit 2 ;;
  esac
done
[ -n "$db" ] || { echo "--db PATH (the server's sip.db.path, without .mv.db) is required" >&2; exit 2; }
[ -f "$db.mv.db" ] || { echo "no database at $db.mv.db: start the server once (demo data on) first" >&2; exit 2; }
if [ "$loans" -gt "$items" ] || { [ "$loans" -gt 0 ] && [ "$patrons" -eq 0 ]; }; then
  echo "loans need as many items and at least one patron" >&2; exit 2
fi

# The H2 the server runs with (the WAR's, h2.version), copied beside payara-micro.jar by the build.
h2="$here/sip-web/target/runtime/h2.jar"
if [ ! -f "$h2" ]; then
  (cd "$here" && ./mvnw -q -B package -DskipTests >&2)
fi

. "$here/bin/bench-accounts.sh"

# PBKDF2WithHmacSHA256, 10,000 iterations, 16-byte salt, 32-byte key: Passwords' format, PIN 2468.
pin_hash='PBKDF2WithHmacSHA256:10000:ioiNg5Do1mBgRKb0QXJnzQ==:pMarGKGvgFgGGEqNFllLXLRD0HVYmo5UBIq58K4JHog='
script="$(mktemp)"
trap 'rm -f "$script"' EXIT
cat > "$script" <<SQL
INSERT INTO patron (barcode, pin_hash, name, institution_id, home_library, category, expires_on)
  SELECT '211' || LPAD(X, 11, '0'), '$pin_hash', 'Generated Patron ' || X, 'CPL', 'CPL', 'ADULT',
         DATEADD(YEAR, 2, CURRENT_DATE)
  FROM SYSTEM_RANGE(1, $patrons);
INSERT INTO item (barcode, title, author, call_number, media_type, item_type, institution_id,
                  owning_location, current_location, circulation_status)
  SELECT '301' || LPAD(X, 11, '0'), 'Generated Title ' || MOD(X, 100000), 'Author ' || MOD(X, 9973),
         'GEN ' || X, '001', 'BOOK', 'CPL', 'CPL', 'CPL', CASE WHEN X <= $loans THEN '04' ELSE '03' END
  FROM SYSTEM_RANGE(1, $items);
INSERT INTO loan (item_id, patron_id, checked_out_at, due_at, open_item_id)
  SELECT i.id, p.id, DATEADD(DAY, -MOD(r.X, 14), LOCALTIMESTAMP(0)),
         DATEADD(DAY, 21 - MOD(r.X, 14), LOCALTIMESTAMP(0)), i.id
  FROM SYSTEM_RANGE(1, $loans) r
  JOIN item i ON i.barcode = '301' || LPAD(r.X, 11, '0')
  JOIN patron p ON p.barcode = '211' || LPAD(MOD(r.X - 1, GREATEST($patrons, 1)) + 1, 11, '0');
INSERT INTO patron (barcode, pin_hash, name, institution_id, home_library, category, expires_on)
  SELECT '21' || LPAD(X, 12, '0'), '$pin_hash', 'Benchmark Patron ' || X, 'CPL', 'CPL', 'ADULT',
         DATEADD(YEAR, 2, CURRENT_DATE)
  FROM SYSTEM_RANGE(1, $bench);
INSERT INTO item (barcode, title, author, call_number, media_type, item_type, institution_id,
                  owning_location, current_location)
  SELECT '30' || LPAD(X, 12, '0'), 'Benchmark Book ' || X, 'Bench Author', 'BENCH ' || X, '001', 'BOOK', 'CPL',
         'CPL', 'CPL'
  FROM SYSTEM_RANGE(1, $bench);
$(bench_accounts "SYSTEM_RANGE(1, $bench)" X)
ANALYZE;
SQL

start=$(date +%s%N)
java -Xmx1g -cp "$h2" org.h2.tools.RunScript -url "jdbc:h2:$db" -user "${SIP_DB_USER:-sa}" \
  -password "${SIP_DB_PASSWORD:-}" -script "$script"
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
printf 'generated %d items, %d patrons, %d open loans, %d benchmark patrons, books and accounts in %d.%03d s\n' \
  "$items" "$patrons" "$loans" "$bench" $((elapsed_ms / 1000)) $((elapsed_ms % 1000))
