#!/usr/bin/env bash
# Analytics benchmark against the real server on loopback: starts a fresh API (Release build, SQLite in a
# temporary data folder, or PostgreSQL via Database__Provider/Database__ConnectionString), loads a
# realistic history through /v1/ingest/batch (one organization, plus a second noisy one), then times
# every dashboard, explorer and request-log query over HTTP.
#   bench/run-analytics.sh [events=10000000] [days=90] [noise-events=1000000] [iterations=30]
# With BENCH_DATA_DIR=<folder> the database is kept, and a later run against the same folder skips the
# load and only times the queries (after migrating the database to the current build).
# Analytics__SettledDayCacheRows=0 times every query without the settled-day cache.
# BENCH_PROVIDER=1 also starts the mock provider server and connects its OpenAI and Anthropic admin APIs to the
# measured organization before timing (30 days of billed rows, blended with the loaded telemetry).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/server.sh
events=${1:-10000000}
days=${2:-90}
noise=${3:-1000000}
iterations=${4:-30}

dotnet build bench/AnalyticsBench -c Release -nologo -v quiet >/dev/null || die "building the benchmark failed"
bench() { dotnet bench/AnalyticsBench/bin/Release/net10.0/AnalyticsBench.dll "$@"; }
if [ "${BENCH_PROVIDER:-0}" = 1 ]; then
  # The mock's address is loopback, which the outbound guard refuses unless the operator allows it.
  mock_url="http://127.0.0.1:$(free_port)"
  export Outbound__AllowedPrivateHosts="${mock_url#http://}"
fi
start_bench_api
echo "machine: $(nproc) cores; database: ${Database__Provider:-Sqlite}; $events events over $days days, $noise in a second organization"

if [ -f "$BENCH_DATA/bench-loaded" ]; then
  echo "using the history loaded earlier: $(cat "$BENCH_DATA/bench-loaded")"
else
  bench load "$BENCH_URL" "$(bench_api_key "$(bench_signup noise)")" "$noise" "$days" 2
  bench load "$BENCH_URL" "$(bench_api_key "$(bench_signup bench)")" "$events" "$days" 1
  echo "$events events over $days days, $noise in a second organization, loaded $(date -u +%FT%TZ)" >"$BENCH_DATA/bench-loaded"
fi
[ -f "$BENCH_DATA/aintops.db" ] && echo "database size: $(du -h "$BENCH_DATA/aintops.db" | cut -f1)"
if [ "${BENCH_PROVIDER:-0}" = 1 ]; then
  dotnet build src/MockProviders -c Release -nologo -v quiet >/dev/null || die "building the mock provider server failed"
  dotnet src/MockProviders/bin/Release/net10.0/AIntops.MockProviders.dll --urls "$mock_url" >"$BENCH_DATA/mock.log" 2>&1 &
  mock=$!
  trap "kill $mock $BENCH_API 2>/dev/null; wait $mock $BENCH_API 2>/dev/null" EXIT
  wait_url "$mock_url/" "$mock" || die "the mock provider server did not start"
  bench_connect_providers "$(bench_login bench)" "$mock_url"
fi
bench query "$BENCH_URL" "$(bench_login bench)" "$iterations"
