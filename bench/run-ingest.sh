#!/usr/bin/env bash
# Ingest benchmark against the real server on loopback: starts a fresh API (Release build, SQLite in
# a temporary data folder, or PostgreSQL via Database__Provider/Database__ConnectionString), creates
# an account and an API key, then drives single-event and batch ingest with wrk.
#   bench/run-ingest.sh [duration=20s] [connections=64]
# Needs wrk (apt-get install wrk). Results go to stdout; record them in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/server.sh
duration=${1:-20s}
connections=${2:-64}
command -v wrk >/dev/null || apt_install wrk

start_bench_api
url=$BENCH_URL
data=$BENCH_DATA
token=$(bench_signup bench)
export AINTOPS_KEY=$(bench_api_key "$token")

echo "machine: $(nproc) cores; database: ${Database__Provider:-Sqlite}; $connections connections; $duration per run"
run() { # run BATCH CONNECTIONS DURATION [RATE]
  BATCH=$1 CONNECTIONS=$2 RATE=${4:-0} wrk -t2 -c"$2" -d"$3" -s bench/ingest.lua "$url" | tail -n 1
}
echo "warm-up (each scenario for 5 s, so every path is compiled before it is measured)"
for batch in 1 100 1000; do run "$batch" 8 5s >/dev/null; done
peak=""
for batch in 1 100 1000; do
  conns=$connections; [ "$batch" -gt 1 ] && conns=8
  printf 'batch=%-5s connections=%-3s ' "$batch" "$conns"
  result=$(run "$batch" "$conns" "$duration")
  echo "$result"
  [ "$batch" = 1 ] && peak=$(echo "$result" | awk '{print int($2)}')
done
half=$((peak / 2))
printf 'batch=1     connections=%-3s paced to half the peak (%s requests/s): ' "$connections" "$half"
run 1 "$connections" "$duration" "$half"
printf 'rows stored: '; curl -fsS "$url/v1/organization" -H "authorization: Bearer $token" >/dev/null && \
  python3 -c "import sqlite3,sys; print(sqlite3.connect('$data/aintops.db').execute('select count(*) from LlmEvents').fetchone()[0])" 2>/dev/null || echo "(not SQLite)"
