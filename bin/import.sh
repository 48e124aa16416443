#!/usr/bin/env bash
# Imports a CSV file of patrons, items, loans, holds or fees into a RUNNING server through its import
# directory (sip.import.dir, default ./data/import), waits for the import to finish and prints its
# summary. The per-row report is left beside the file in DIR/done/. Documented in docs/catalogue-import.md.
#
#   bin/import.sh items koha-items.csv                      # the server's default directory
#   bin/import.sh loans loans.csv /srv/sip/data/import      # another directory
#
# Exit code 0 when every row was imported, 1 when some rows or the file were refused, 2 on a usage error.
set -euo pipefail
kind="${1:-}" file="${2:-}" dir="${3:-${SIP_IMPORT_DIR:-./data/import}}"
case "$kind" in
  patrons|items|loans|holds|fees) ;;
  *) echo "usage: $0 patrons|items|loans|holds|fees FILE.csv [IMPORT_DIR]" >&2; exit 2 ;;
esac
[ -f "$file" ] || { echo "no file $file" >&2; exit 2; }
[ -d "$dir/done" ] || { echo "$dir is not an import directory (has the server started with sip.import.dir=$dir?)" >&2; exit 2; }

name="$kind-$(date +%Y%m%d-%H%M%S)-$$-$(basename "$file" .csv).csv"
# copied under another name first and renamed into place, so the server never reads half a file
cp "$file" "$dir/$name.part"
mv "$dir/$name.part" "$dir/$name"
echo "Importing $file as $dir/$name ..." >&2
summary="$dir/done/$name.summary.txt"
waited=0
while [ ! -f "$summary" ]; do
  sleep 2
  waited=$((waited + 2))
  if [ "$waited" -eq 30 ] && [ -f "$dir/$name" ]; then
    echo "(still waiting: the file has not been picked up; is the server running?)" >&2
  fi
done
cat "$summary"
echo "Report: $dir/done/$name.report.csv" >&2
grep -q ' 0 errors in ' "$summary"
