#!/usr/bin/env bash
# What SQLite itself needs to store ingested events, without the API: rows shaped like the
# benchmark's events (WORKLOAD=realistic: random external ids, times within the last hour) are
# generated inside the sqlite3 shell (no binding, no HTTP, no rollups) and inserted into the
# LlmEvents table as the migrations create it, in transactions of 2,000 rows (the writer's largest
# group) with WAL and synchronous=NORMAL like the writer. Run once with every index,
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
  local columns='"Id","OrganizationRef","ExternalRequestId","ApiKeyRef","SentByRef","ProviderRef","ModelRef","PromptVersionRef","EndpointTagRef","EndUserRef","TeamRef","WorkflowRef","InputTokens","OutputTokens","TotalTokens","CachedInputTokens","CacheWriteTokens","LatencyMs","Status","ErrorCode","DataMode","Environment","TimestampMs","ReceivedAtMs","PromptHash","ClientCostNanoUsd","CostNanoUsd","PriceKnown","MetadataJson"'
  local into="INSERT INTO \"LlmEvents\" ($columns) SELECT" conflict='ON CONFLICT ("OrganizationRef", "ExternalRequestId") DO NOTHING'
  if [ -n "${GENERATE_ONLY:-}" ]; then into='SELECT count(*) FROM (SELECT' conflict=')'; fi
  # clustered: counter-ordered external ids and timestamps; realistic (WORKLOAD=realistic): random 49-character ids and
  # times anywhere in the last hour, as bench/ingest.lua sends them. Ids are 16 bytes in insertion order, as version-7 ids are.
  local external="printf('b1733000000-%d-%d', i % 2, i)" timestamp="1733000000000 + i"
  if [ "${WORKLOAD:-clustered}" = realistic ]; then
    external="lower(hex(randomblob(16))) || ':' || lower(hex(randomblob(8)))" timestamp="1733000000000 + abs(random()) % 3600000"
  fi
  cat <<SQL
BEGIN;
WITH RECURSIVE n(i) AS (SELECT $1 UNION ALL SELECT i + 1 FROM n WHERE i < $1 + $group - 1)
$into
  CAST(printf('%016d', i) AS BLOB), 1, $external, 2, 3, 4 + i % 2, 6 + i % 6, 20 + i % 3, 30 + i % 8, 40 + i % 40, 90 + i % 4, NULL,
  100 + i % 7900, 10 + i % 1490, 5000, (i % 4 = 0) * (i % 512), 0, 200 + i % 8800, (i % 33 = 0), NULL, 0, (i % 3 = 0), $timestamp, 1733003600000,
  NULL, NULL, 12345, 1, NULL
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
