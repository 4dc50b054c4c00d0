#!/usr/bin/env bash
# Runs the browser specs (all, or those named) against a fresh API serving the built SPA, with the mock
# provider server, on loopback. Expects the Release build and web/dist (scripts/test.sh does both):
#   scripts/e2e.sh [spec...]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ROOT=$PWD
WORK=$(mktemp -d -t aintops-e2e-XXXXXX)
PIDS=()
trap 'for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$WORK"' EXIT

mock_port=$(free_port)
dotnet src/MockProviders/bin/Release/net10.0/AIntops.MockProviders.dll --urls "http://127.0.0.1:$mock_port" >"$WORK/e2e-mock.log" 2>&1 &
PIDS+=($!)
wait_url "http://127.0.0.1:$mock_port/" "${PIDS[-1]}" || { cat "$WORK/e2e-mock.log"; die "the mock provider server did not start for the browser tests"; }
port=$(free_port)
# The specs' Slack receiver listens on this port; the API may call it and the mock, and no other loopback port.
slack_port=$(free_port)
smtp_port=$(free_port)
# Six-second access tokens, so the browser tests see tokens expire and refresh; a Free plan of 5 requests a month, so the
# organization-settings spec reaches the plan limit quickly.
AINTOPS_DATA_DIR="$WORK/e2e-data" Auth__BcryptCost=4 Auth__AccessTokenMinutes=0.1 Auth__ClockSkewSeconds=0 \
  RateLimits__AuthPerClientPerMinute=100000 RateLimits__PasswordResetPerClientPerHour=100000 \
  Smtp__Host=127.0.0.1 Smtp__Port="$smtp_port" Smtp__EnableSsl=false Smtp__From=aintops@example.test \
  MockProviders__BaseUrl="http://127.0.0.1:$mock_port" ASPNETCORE_URLS="http://127.0.0.1:$port" \
  Plans__MonthlyRequests__Free=5 \
  Outbound__AllowedPrivateHosts="127.0.0.1:$mock_port,127.0.0.1:$slack_port" \
  dotnet src/Api/bin/Release/net10.0/AIntops.Api.dll --contentRoot "$ROOT/src/Api" --Spa:Root "$ROOT/web/dist" >"$WORK/e2e-api.log" 2>&1 &
PIDS+=($!)
wait_ready "http://127.0.0.1:$port" "${PIDS[-1]}" || { cat "$WORK/e2e-api.log"; die "the API did not start for the browser tests"; }
# The OpenAPI document as this server serves it, linted with Redocly's recommended rules (web/redocly.yaml).
curl -fsS "http://127.0.0.1:$port/swagger/v1/swagger.json" -o "$WORK/openapi.json" || die "the OpenAPI document could not be fetched"
(cd web && REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true REDOCLY_SUPPRESS_NOTIFICATIONS=true \
  npx redocly lint "$WORK/openapi.json" --config redocly.yaml) || die "the OpenAPI document does not pass its lint"
(cd web && E2E_BASE_URL="http://127.0.0.1:$port" E2E_MOCK_URL="http://127.0.0.1:$mock_port" E2E_SLACK_PORT="$slack_port" E2E_SMTP_PORT="$smtp_port" npm run e2e -- "$@") \
  || { tail -n 50 "$WORK/e2e-api.log"; die "end-to-end tests failed"; }
