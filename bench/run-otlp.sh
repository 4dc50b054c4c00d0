#!/usr/bin/env bash
# OTLP ingest beside batch ingest, against the real server on loopback: starts a fresh API (Release build, SQLite in a
# temporary data folder, or PostgreSQL via Database__Provider/Database__ConnectionString), creates an account and an API
# key, then sends the same kind of model calls for the same time through /v1/ingest/batch (JSON), /otlp/v1/traces in
# protobuf and /otlp/v1/traces in OTLP/JSON (8 senders, 512 events per request).
#   bench/run-otlp.sh [seconds=20]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/server.sh
seconds=${1:-20}
dotnet build bench/AnalyticsBench -c Release -nologo -v quiet >/dev/null || die "building the benchmark failed"
start_bench_api
echo "machine: $(nproc) cores; database: ${Database__Provider:-Sqlite}"
dotnet bench/AnalyticsBench/bin/Release/net10.0/AnalyticsBench.dll otlp "$BENCH_URL" "$(bench_api_key "$(bench_signup bench)")" "$seconds"
