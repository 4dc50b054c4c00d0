#!/usr/bin/env bash
# Gateway overhead on loopback: the same paced load of OpenAI chat completions sent straight to the mock provider and
# through the gateway (which forwards to that mock), alternated in one run, with the added p50 and p99 reported, for calls
# arriving spread out (independent clients) and in step (all connections at once, see bench/gateway.lua).
#   bench/run-gateway.sh [duration=20s] [rate=500] [connections=64]
# STREAM=1 sends streamed completions. Needs wrk (apt-get install wrk). Record the results in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/server.sh
duration=${1:-20s}
rate=${2:-500}
connections=${3:-64}
command -v wrk >/dev/null || apt_install wrk

dotnet build src/MockProviders -c Release -nologo -v quiet >/dev/null || die "building the mock provider failed"
mock_port=$(free_port)
mock="http://127.0.0.1:$mock_port"
dotnet src/MockProviders/bin/Release/net10.0/AIntops.MockProviders.dll --urls "$mock" >/dev/null 2>&1 &
BENCH_EXTRA_PIDS=$!
export Gateway__Upstreams__openai=$mock Outbound__AllowedPrivateHosts=127.0.0.1:$mock_port
start_bench_api
wait_url "$mock/" "$BENCH_EXTRA_PIDS" || die "the mock provider did not start"
token=$(bench_signup gateway)
key=$(bench_api_key "$token")
export PROVIDER_KEY=sk-bench-0123456789 CONNECTIONS=$connections STREAM=${STREAM:-0}

run() { # run TARGET DURATION RATE
  if [ "$1" = gateway ]; then AINTOPS_KEY=$key RATE=$3 wrk -t2 -c"$connections" -d"$2" -s bench/gateway.lua "$BENCH_URL"
  else RATE=$3 wrk -t2 -c"$connections" -d"$2" -s bench/gateway.lua "$mock"; fi | tail -n 1
}
field() { echo "$1" | sed -E "s/.*$2: ([0-9.]+) ms.*/\1/"; }

echo "machine: $(nproc) cores; $rate requests/s paced over $connections connections; $duration per run; stream: $STREAM"
echo "warm-up (15 s unpaced through the gateway, 5 s of each paced)"
run gateway 15s 0 >/dev/null
run direct 5s "$rate" >/dev/null
run gateway 5s "$rate" >/dev/null
for arrivals in spread in-step; do
  export ARRIVALS=$arrivals
  for round in 1 2; do
    direct=$(run direct "$duration" "$rate"); echo "$arrivals round $round direct   $direct"
    gateway=$(run gateway "$duration" "$rate"); echo "$arrivals round $round gateway  $gateway"
    python3 -c "print(f'$arrivals round $round added: p50 {$(field "$gateway" p50) - $(field "$direct" p50):.2f} ms, p99 {$(field "$gateway" p99) - $(field "$direct" p99):.2f} ms')"
  done
done
printf 'unpaced through the gateway: '; run gateway "$duration" 0
printf 'unpaced straight to the mock: '; run direct "$duration" 0
sleep 2
printf 'calls recorded: '
python3 -c "import sqlite3; print(sqlite3.connect('$BENCH_DATA/aintops.db').execute('select count(*) from LlmEvents').fetchone()[0])" 2>/dev/null || echo "(not SQLite)"
