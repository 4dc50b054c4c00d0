#!/usr/bin/env bash
# Starts AIntops: restores, builds the web app, migrates the SQLite database in ./data (or
# AINTOPS_DATA_DIR) and serves the API and the web app, by default on http://127.0.0.1:8080.
# Also starts the mock provider server on http://127.0.0.1:8001 unless that port is taken.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
require_tools

export AINTOPS_DATA_DIR=${AINTOPS_DATA_DIR:-$PWD/data}
export ASPNETCORE_URLS=${ASPNETCORE_URLS:-http://127.0.0.1:8080}
# Readable logs and a prompt stop on a workstation; deployments keep JSON logs and the readiness delay.
export Logging__Console__FormatterName=${Logging__Console__FormatterName:-simple}
# One readable line per message on a terminal: "2026-12-06T16:40:01.366Z info: Category[0] message".
export Logging__Console__FormatterOptions__SingleLine=${Logging__Console__FormatterOptions__SingleLine:-true}
export Logging__Console__FormatterOptions__IncludeScopes=${Logging__Console__FormatterOptions__IncludeScopes:-false}
export Logging__Console__FormatterOptions__TimestampFormat=${Logging__Console__FormatterOptions__TimestampFormat:-"yyyy-MM-ddTHH:mm:ss.fffZ "}
export Shutdown__ReadinessDelay=${Shutdown__ReadinessDelay:-00:00:00}
MOCK_URL=http://127.0.0.1:8001
mkdir -p "$AINTOPS_DATA_DIR"

build_spa
log "Building the API"
dotnet build src/Api -c Release -nologo -v quiet || die "building the API failed"
log "Building the mock provider server"
dotnet build src/MockProviders -c Release -nologo -v quiet || die "building the mock provider server failed"

api="" mock=""
trap 'kill $api $mock 2>/dev/null; wait $api $mock 2>/dev/null' EXIT INT TERM
if port_in_use 8001; then
  log "Port 8001 is taken: not starting the mock provider server (carrying on without it)"
else
  dotnet src/MockProviders/bin/Release/net10.0/AIntops.MockProviders.dll --urls "$MOCK_URL" &
  mock=$!
  # Lets the app offer the mock's base URL and key to a first-time user, and call it although it is on loopback.
  export MockProviders__BaseUrl=${MockProviders__BaseUrl:-$MOCK_URL}
  export Outbound__AllowedPrivateHosts=${Outbound__AllowedPrivateHosts:-${MOCK_URL#http://}}
fi

log "Starting AIntops (data in $AINTOPS_DATA_DIR)"
# A 64 MB generation-0 budget: per-user views allocate tens of MB per request (docs/performance.md). Only an
# environment variable sets it; the image sets it too.
export DOTNET_GCgen0size=${DOTNET_GCgen0size:-0x4000000}
# Quiet by default: a job's successful run is not a line on the terminal (failures still are; JSON logs keep every run).
dotnet src/Api/bin/Release/net10.0/AIntops.Api.dll --contentRoot "$PWD/src/Api" --Spa:Root "$PWD/web/dist" \
  --Logging:LogLevel:AIntops.Api.Jobs.JobRunListener=Warning "$@" &
api=$!
url=${ASPNETCORE_URLS%%;*}
for ((i = 1; i <= $#; i++)); do
  case "${!i}" in
    --urls=*) url=${!i#--urls=}; url=${url%%;*} ;;
    --urls) j=$((i + 1)); url=${!j%%;*} ;;
  esac
done
# No time limit while the API runs: upgrading a large database migrates it first (the log says so), and stopping it then would undo that.
wait_ready "$url" "$api" 0 || die "AIntops did not become ready; see the log above."
printf '\n  AIntops is ready: open %s\n  API documentation: %s/swagger\n' "$url" "$url"
[ -n "$mock" ] && printf '  Mock providers: %s/v1 (OpenAI) and %s (Anthropic), see src/MockProviders/README.md\n' "$MOCK_URL" "$MOCK_URL"
printf '  Press Ctrl+C to stop.\n\n'
wait $api
