#!/usr/bin/env bash
# What PostgreSQL itself needs to store ingested events, without the API: the rows of bench/sqlite-floor.sh (clustered,
# or WORKLOAD=realistic: random external ids, times within the last hour) sent by psql as plain multi-row
# INSERT … VALUES statements of 1,000 rows, two per transaction (the writer's largest group), into a fresh copy of
# LlmEvents with every index, as the migrations create it. No binding, no HTTP, no rollups. For reference, the same rows
# are then loaded by COPY (one statement per 2,000 rows), PostgreSQL's fastest way in.
#   Database__Provider=Postgres Database__ConnectionString="Host=…;Port=…;Username=…;Database=…" bench/postgres-floor.sh [rows=200000]
# Needs psql (apt-get install postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/server.sh
rows=${1:-200000}
[ "${Database__Provider:-}" = Postgres ] || die "set Database__Provider=Postgres and Database__ConnectionString"
command -v psql >/dev/null || apt_install postgresql-client

start_bench_api # migrates the database, whose LlmEvents table is copied below
# psql's connection from the Npgsql connection string (Host, Port, Username, Password, Database).
export $(python3 -c "
import sys
names = {'host': 'PGHOST', 'port': 'PGPORT', 'username': 'PGUSER', 'password': 'PGPASSWORD', 'database': 'PGDATABASE'}
pairs = dict(p.split('=', 1) for p in sys.argv[1].split(';') if '=' in p)
print(' '.join(f'{names[k.strip().lower()]}={v.strip()}' for k, v in pairs.items() if k.strip().lower() in names))
" "$Database__ConnectionString")
script="$BENCH_DATA/floor.sql" copy="$BENCH_DATA/floor-copy.sql"
columns='"Id","OrganizationRef","ExternalRequestId","ApiKeyRef","SentByRef","ProviderRef","ModelRef","PromptVersionRef","EndpointTagRef","EndUserRef","TeamRef","WorkflowRef","InputTokens","OutputTokens","TotalTokens","CachedInputTokens","CacheWriteTokens","LatencyMs","Status","ErrorCode","DataMode","Environment","TimestampMs","ReceivedAtMs","PromptHash","ClientCostNanoUsd","CostNanoUsd","PriceKnown","MetadataJson"'
python3 - "$rows" "${WORKLOAD:-clustered}" "$copy" "$columns" >"$script" <<'PY'
import random, sys, uuid
rows, realistic, columns = int(sys.argv[1]), sys.argv[2] == "realistic", sys.argv[4]
copy = open(sys.argv[3], "w")
def row(i):
    external = f"{random.getrandbits(128):032x}:{random.getrandbits(64):016x}" if realistic else f"b1733000000-{i % 2}-{i}"
    timestamp = 1733000000000 + (random.randrange(3600000) if realistic else i)
    return (f"('{uuid.UUID(int=i)}',1,'{external}',2,3,{4 + i % 2},{6 + i % 6},{20 + i % 3},{30 + i % 8},{40 + i % 40},{90 + i % 4},NULL,"
            f"{100 + i % 7900},{10 + i % 1490},5000,{(i % 4 == 0) * (i % 512)},0,{200 + i % 8800},{int(i % 33 == 0)},NULL,0,{int(i % 3 == 0)},"
            f"{timestamp},1733003600000,NULL,NULL,12345,true,NULL)")
for start in range(0, rows, 2000):
    print("BEGIN;")
    for part in range(start, min(start + 2000, rows), 1000):
        values = [row(i) for i in range(part, min(part + 1000, rows))]
        print(f'INSERT INTO floor_events ({columns}) VALUES {",".join(values)} ON CONFLICT ("OrganizationRef", "ExternalRequestId") DO NOTHING;')
        copy.writelines(v[1:-1].replace("NULL", "").replace("'", "") + "\n" for v in values)
    print("COMMIT;")
PY
echo "machine: $(nproc) cores; PostgreSQL $(psql -tA -c 'SHOW server_version'); workload: ${WORKLOAD:-clustered}; $rows rows"
measure() { # measure LABEL SCRIPT
  psql -q -v ON_ERROR_STOP=1 -c 'DROP TABLE IF EXISTS floor_events' -c 'CREATE TABLE floor_events (LIKE "LlmEvents" INCLUDING ALL)' 2>/dev/null
  local began=$(date +%s.%N)
  psql -q -v ON_ERROR_STOP=1 -f "$2" >/dev/null
  local ended=$(date +%s.%N)
  [ "$(psql -tA -c 'SELECT count(*) FROM floor_events')" = "$rows" ] || die "$1: not every row was stored"
  psql -q -c 'DROP TABLE floor_events'
  python3 -c "import sys; s = float(sys.argv[2]) - float(sys.argv[1]); print(f'{sys.argv[4]:<40} {int(sys.argv[3]) / s:>9,.0f} rows/s  {s / int(sys.argv[3]) * 1e6:6.1f} us/row')" \
    "$began" "$ended" "$rows" "$1"
}
split -l 2000 -d -a 4 "$copy" "$copy."  # one COPY per 2,000 rows, as the inserts commit
for part in "$copy".[0-9]*; do echo "\\copy floor_events ($columns) FROM '$part' WITH (FORMAT csv)"; done >"$copy"
measure "plain multi-row inserts, every index" "$script"
measure "COPY, every index" "$copy"
