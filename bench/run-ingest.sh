#!/usr/bin/env bash
# Ingest benchmark against the real server on loopback: starts a fresh API (Release build, SQLite in
# a temporary data folder, or PostgreSQL via Database__Provider/Database__ConnectionString), creates
# an account and an API key, then drives single-event and batch ingest with wrk.
#   bench/run-ingest.sh [duration=20s] [connections=512]
# CONTENT=1 turns on storing request content and sends each event with about 1 KB of input and output.
# WORKLOAD=realistic (with TIMESTAMPS=live or spread) sends the realistic workload instead of the clustered one (bench/ingest.lua).
# Single events are also sent to bench/BareJson, the same web host and JSON parse with nothing else, in the same run:
# the API's requests/s at 64 connections is reported as a share of it.
# Needs wrk (apt-get install wrk). Results go to stdout; record them in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/server.sh
duration=${1:-20s}
connections=${2:-512}
command -v wrk >/dev/null || apt_install wrk

dotnet build bench/BareJson -c Release -nologo -v quiet >/dev/null || die "building the bare JSON endpoint failed"
start_bench_api
bare_url="http://127.0.0.1:$(free_port)"
ASPNETCORE_URLS="$bare_url" dotnet bench/BareJson/bin/Release/net10.0/BareJson.dll >"$BENCH_DATA/bare.log" 2>&1 &
bare=$!
BENCH_EXTRA_PIDS=$bare
url=$BENCH_URL
data=$BENCH_DATA
token=$(bench_signup bench)
export AINTOPS_KEY=$(bench_api_key "$token")
export CONTENT=${CONTENT:-0}
[ "$CONTENT" = 1 ] && curl -fsS -X PATCH "$url/v1/organization" -H "authorization: Bearer $token" -H 'content-type: application/json' \
  -d '{"storeRequestContent":true}' >/dev/null

echo "machine: $(nproc) cores; database: ${Database__Provider:-Sqlite}; $duration per run; content: $CONTENT; workload: ${WORKLOAD:-clustered} ${TIMESTAMPS:-}"
run() { # run BATCH CONNECTIONS DURATION [RATE [URL]]
  BATCH=$1 CONNECTIONS=$2 RATE=${4:-0} wrk -t2 -c"$2" -d"$3" -s bench/ingest.lua "${5:-$url}" | tail -n 1
}
# Group commit amortizes a commit over the requests waiting for it, so single events need many
# concurrent clients; tiered compilation needs about half a minute of load to settle.
echo "warm-up (30 s of single events at $connections connections, 5 s of each batch size)"
run 1 "$connections" 30s >/dev/null
for batch in 100 1000; do run "$batch" 8 5s >/dev/null; done
wait_url "$bare_url/health" "$bare" || { cat "$BENCH_DATA/bare.log"; die "the bare JSON endpoint did not start"; }
run 1 64 5s 0 "$bare_url" >/dev/null
printf 'bare JSON endpoint, batch=1 connections=64   '
bare_result=$(run 1 64 "$duration" 0 "$bare_url")
echo "$bare_result"
peak=0
for conns in 64 $connections; do
  printf 'batch=1     connections=%-4s ' "$conns"
  result=$(run 1 "$conns" "$duration")
  echo "$result"
  rate=$(echo "$result" | awk '{print int($2)}')
  [ "$rate" -gt "$peak" ] && peak=$rate
  [ "$conns" = 64 ] && at64=$rate
done
echo "single events at 64 connections: $(python3 -c "print(f'{$at64 / $(echo "$bare_result" | awk '{print int($2)}'):.2f}')") x the bare JSON endpoint"
for batch in 100 1000; do
  printf 'batch=%-5s connections=8    ' "$batch"
  run "$batch" 8 "$duration"
done
half=$((peak / 2))
for conns in 64 $connections; do
  printf 'batch=1     connections=%-4s paced to half the peak (%s requests/s): ' "$conns" "$half"
  run 1 "$conns" "$duration" "$half"
done
printf 'rows stored: '; curl -fsS "$url/v1/organization" -H "authorization: Bearer $token" >/dev/null && \
  python3 -c "import sqlite3,sys; print(sqlite3.connect('$data/aintops.db').execute('select count(*) from LlmEvents').fetchone()[0])" 2>/dev/null || echo "(not SQLite)"
