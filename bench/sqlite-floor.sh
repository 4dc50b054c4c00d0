#!/usr/bin/env bash
# What SQLite itself needs to store ingested events, without the API: rows shaped like the
# benchmark's events are generated inside the sqlite3 shell (no binding, no HTTP, no rollups) and
# inserted into the LlmEvents table as the migrations create it, in transactions of 2,000 rows (the
# writer's largest group) with WAL and synchronous=NORMAL like the writer. Run once with every index,
# then without each secondary index, so the cost of each is visible.
#   bench/sqlite-floor.sh [rows=200000]
# Needs sqlite3 (apt-get install sqlite3).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/server.sh
rows=${1:-200000}
group=2000
command -v sqlite3 >/dev/null || apt_install sqlite3

start_bench_api # migrates a fresh database, whose LlmEvents schema is used below
schema=$(sqlite3 "$BENCH_DATA/aintops.db" "SELECT sql || ';' FROM sqlite_master WHERE tbl_name = 'LlmEvents' AND sql IS NOT NULL")

insert_group() { # the next $group rows, numbered from $1 (only generated and counted with GENERATE_ONLY=1)
  local into='INSERT INTO "LlmEvents" SELECT' conflict='ON CONFLICT ("OrganizationId", "ExternalRequestId") DO NOTHING'
  if [ -n "${GENERATE_ONLY:-}" ]; then into='SELECT count(*) FROM (SELECT' conflict=')'; fi
  cat <<SQL
BEGIN;
WITH RECURSIVE n(i) AS (SELECT $1 UNION ALL SELECT i + 1 FROM n WHERE i < $1 + $group - 1)
$into
  printf('%08X-%04X-7%03X-8000-%012X', 1733000000 + i / 1000, i % 65536, i % 4096, i), 'D2D5C2E4-3C8B-4E0C-9E5D-0A1B2C3D4E5F',
  printf('b1733000000-%d-%d-%d', i % 2, i, abs(random()) % 1000000000), 'A2D5C2E4-3C8B-4E0C-9E5D-0A1B2C3D4E5F', 'B2D5C2E4-3C8B-4E0C-9E5D-0A1B2C3D4E5F',
  'openai', 'gpt-4o', 'v' || (i % 3), 'checkout.summary', 'u' || (i % 200), 'team' || (i % 5), 800, 150, 950, 10, 0, 300 + i % 900, 'success', NULL,
  'real', 'prod', 1733000000000 + i, 1733000000000 + i, NULL, NULL, 12345, 1, NULL
FROM n WHERE true $conflict;
COMMIT;
SQL
}

measure() { # measure LABEL [INDEX-TO-DROP]
  local db="$BENCH_DATA/floor.db"
  rm -f "$db" "$db-wal" "$db-shm"
  local drop=""
  if [ -n "${2:-}" ]; then drop="DROP INDEX \"$2\";"; fi
  printf '%s\n' "PRAGMA journal_mode=WAL;" "$schema" "$drop" | sqlite3 "$db" >/dev/null
  local script="$BENCH_DATA/floor.sql"
  { echo "PRAGMA synchronous=NORMAL;"; for ((start = 0; start < rows; start += group)); do insert_group "$start"; done; } >"$script"
  local began=$(date +%s.%N)
  sqlite3 "$db" <"$script" >/dev/null
  python3 -c "import sys; s = float(sys.argv[2]) - float(sys.argv[1]); print(f'{sys.argv[4]:<62} {int(sys.argv[3]) / s:>9,.0f} rows/s  {s / int(sys.argv[3]) * 1e6:5.1f} us/row')" \
    "$began" "$(date +%s.%N)" "$rows" "$1"
}

echo "machine: $(nproc) cores; $rows rows in transactions of $group"
GENERATE_ONLY=1 measure "generating the rows alone (no insert)"
measure "every index"
for index in $(sqlite3 "$BENCH_DATA/aintops.db" "SELECT name FROM sqlite_master WHERE tbl_name = 'LlmEvents' AND type = 'index' AND sql IS NOT NULL AND name NOT LIKE '%ExternalRequestId'"); do
  measure "without $index" "$index"
done
