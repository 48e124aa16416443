# Sourced by bin/generate-library.sh and bin/benchmark.sh: the SQL (H2 and PostgreSQL alike) that adds the
# benchmark's terminal accounts bench1.., one per terminal, as copies of the demo account term1 (its
# password, institution and allowed addresses).
#
#   bench_accounts ROWS COLUMN   ROWS: the numbers' table (SYSTEM_RANGE(1, N) or generate_series(1, N) x),
#                                COLUMN: its number column (X or x)
bench_accounts() {
  cat <<SQL
INSERT INTO terminal_account (login_id, password_hash, institution_id, delimiter, terminator, charset,
                              error_detection, location, allowed_addresses, enabled, patron_pin_required)
  SELECT 'bench' || $2, t.password_hash, t.institution_id, t.delimiter,
         t.terminator, t.charset, t.error_detection, t.location, t.allowed_addresses, t.enabled, t.patron_pin_required
  FROM $1 CROSS JOIN terminal_account t
  WHERE t.login_id = 'term1';
SQL
}
