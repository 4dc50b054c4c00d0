#!/usr/bin/env bash
# Checks the Dockerfile without a Docker engine (the test machines have none): runs each image's build
# steps as plain commands on a copy of exactly what the Dockerfile copies (web/ for the SPA; the props
# files and src/ for the .NET publish), lays the result out as the api image does, then starts the
# published API and mock server with the environment their stages set (addresses and paths mapped to
# a free loopback port and a temporary folder) and checks /health/ready, / (the SPA) and the mock.
# As root, the API runs as nobody with only the data folder writable, as in the image. Run by
# scripts/test.sh; takes two to three minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
require_tools
ROOT=$PWD
WORK=$(mktemp -d -t aintops-images-XXXXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# The ENV assignments of one Dockerfile stage ("FROM … AS $1"), one NAME=value per line.
stage_env() {
  sed ':a;/\\$/{N;s/\\\n//;ba}' Dockerfile | awk -v stage="$1" '
    /^FROM / { inside = ($NF == stage) } inside && /^ENV / { for (i = 2; i <= NF; i++) print $i }'
}

log "Image build steps: web (npm ci, npm run build) and .NET (dotnet publish) in $WORK"
mkdir -p "$WORK/web" "$WORK/src"
tar -C web --exclude=node_modules --exclude=dist -cf - . | tar -C "$WORK/web" -xf -
cp Directory.Build.props Directory.Packages.props "$WORK/src/"
tar --exclude=bin --exclude=obj -cf - src | tar -C "$WORK/src" -xf -
(cd "$WORK/web" && npm ci --no-audit --no-fund && npm run build) >"$WORK/web.log" 2>&1 &
web=$!
(cd "$WORK/src" && dotnet publish src/Api -c Release -o "$WORK/app" -nologo -v quiet \
  && dotnet publish src/MockProviders -c Release -o "$WORK/mock" -nologo -v quiet) >"$WORK/publish.log" 2>&1 \
  || { cat "$WORK/publish.log"; die "dotnet publish (Dockerfile stage build) failed"; }
wait $web || { cat "$WORK/web.log"; die "the web build (Dockerfile stage web) failed"; }
cp -r "$WORK/web/dist" "$WORK/app/wwwroot"   # COPY --from=web /src/web/dist ./wwwroot

api_port=${CHECK_API_PORT:-$(free_port)}
mock_port=${CHECK_MOCK_PORT:-$(free_port)}
image_env() { # $1 stage: its ENV with the container's address and paths mapped to this machine
  stage_env "$1" | sed -e "s|http://0.0.0.0:8080|http://127.0.0.1:$api_port|" -e "s|http://0.0.0.0:8001|http://127.0.0.1:$mock_port|" \
    -e "s|=/data\$|=$WORK/data|" -e "s|=/app/|=$WORK/app/|"
}
mapfile -t api_env < <(image_env api)
mapfile -t mock_env < <(image_env mock)
[ "${#api_env[@]}" -ge 3 ] || die "no ENV found in the Dockerfile's api stage"
mkdir -p "$WORK/data"
# The image runs as a non-root user that can write only /data: as root here, run as nobody likewise.
as_user=()
if [ "$(id -u)" = 0 ]; then
  chmod 755 "$WORK" && chown nobody "$WORK/data" && as_user=(runuser -u nobody --)
fi

log "Starting the published API (${api_env[*]})"
(cd "$WORK/app" && exec "${as_user[@]}" env HOME="$WORK/data" "${api_env[@]}" "$(command -v dotnet)" AIntops.Api.dll) >"$WORK/api.log" 2>&1 &
PIDS+=($!)
(cd "$WORK/mock" && exec env "${mock_env[@]}" dotnet AIntops.MockProviders.dll) >"$WORK/mock.log" 2>&1 &
PIDS+=($!)
wait_ready "http://127.0.0.1:$api_port" "${PIDS[0]}" || { cat "$WORK/api.log"; die "the published API did not become ready"; }
wait_url "http://127.0.0.1:$mock_port/" "${PIDS[1]}" || { cat "$WORK/mock.log"; die "the published mock server did not start"; }

# The health checks of docker-compose.yml, on the mapped ports.
curl -fsS "http://127.0.0.1:$api_port/health/ready" >/dev/null || die "/health/ready failed"
curl -fsS "http://127.0.0.1:$api_port/health/live" >/dev/null || die "/health/live failed"
curl -fsS "http://127.0.0.1:$mock_port/" >/dev/null || die "the mock server's / failed"
curl -fsS "http://127.0.0.1:$api_port/" >"$WORK/index.html" || die "/ failed"
cmp -s "$WORK/index.html" "$WORK/app/wwwroot/index.html" || die "/ does not serve the SPA's index.html"
curl -fsS "http://127.0.0.1:$api_port/settings/providers" | cmp -s - "$WORK/app/wwwroot/index.html" \
  || die "a client-side route does not fall back to the SPA's index.html"
[ -f "$WORK/data/aintops.db" ] || die "the SQLite database is not in AINTOPS_DATA_DIR"
log "Image build steps and published API checked"
