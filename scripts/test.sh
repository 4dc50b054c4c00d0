#!/usr/bin/env bash
# Runs every test and exits non-zero on any failure:
#   1. .NET unit tests (domain, crypto vectors, Python Fernet interop, architecture), and beside them the
#      AIntops.Client package (packed here and checked) against the real API on SQLite and loopback fakes
#   2. .NET integration tests (real HTTP through the API host) on SQLite, and beside them
#   3. the same integration tests on a real PostgreSQL server this script starts
#   4. web unit tests (vitest) and type check
#   5. end-to-end browser tests in Debian Chromium (playwright-core) against the real API and the
#      mock provider server
#   6. the Dockerfile's build steps as plain commands, and the published API started as the image
#      starts it (scripts/check-images.sh; there is no Docker engine here)
# Installs what is missing (Debian packages with apt-get, npm packages) first.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
require_tools
ROOT=$PWD
WORK=$(mktemp -d -t aintops-tests-XXXXXX)
PIDS=()
PG_BIN=""

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ -n "$PG_BIN" ] && [ -f "$WORK/pg/data/postmaster.pid" ]; then as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

ensure_system_packages() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -n "$(find_pg_bin)" ] && [ -x "$(find_pg_bin)/initdb" ] || missing+=(postgresql)
  command -v python3 >/dev/null || missing+=(python3 python3-cryptography)
  command -v curl >/dev/null || missing+=(curl)
  apt_install "${missing[@]}"
  python3 -c 'import cryptography' 2>/dev/null || apt_install python3-cryptography
  python3 -c 'import cryptography' 2>/dev/null || die "python3 cannot import cryptography (needed by the Fernet interop test)"
}

start_postgres() {
  PG_BIN=$(find_pg_bin)
  local port; port=$(free_port)
  mkdir -p "$WORK/pg"
  [ "$(id -u)" = 0 ] && chown postgres "$WORK" "$WORK/pg" && chmod 755 "$WORK"
  as_pg "$PG_BIN/initdb" -D "$WORK/pg/data" -U postgres --auth=trust >"$WORK/pg/initdb.log" 2>&1 \
    || { cat "$WORK/pg/initdb.log"; die "initdb failed"; }
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/server.log" -w -t 60 start \
    -o "-p $port -k $WORK/pg -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=300" >/dev/null \
    || { cat "$WORK/pg/server.log"; die "PostgreSQL did not start"; }
  PG_CONNECTION="Host=127.0.0.1;Port=$port;Username=postgres;Maximum Pool Size=50"
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $port"
}

# The package holds the library for both target frameworks and its readme.
check_client_package() {
  python3 - "$1" <<'PY' || die "The AIntops.Client package is incomplete: $1"
import sys, zipfile
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
missing = {"lib/net8.0/AIntops.Client.dll", "lib/net10.0/AIntops.Client.dll", "README.md"} - names
if missing: sys.exit("missing " + ", ".join(sorted(missing)))
print("AIntops.Client package: net8.0, net10.0 and README.md present")
PY
}

dotnet_test() {
  local name=$1; shift
  log "$name"
  dotnet test "$@" --no-build -c Release --logger "console;verbosity=minimal" || die "$name failed"
}

# dotnet_test_beside NAME LOG COMMAND...: starts a test command in the background, its output in $WORK/LOG.log, its pid in BESIDE_PID.
dotnet_test_beside() {
  local name=$1 log_name=$2; shift 2
  log "$name (in the background; its output follows when it ends)"
  "$@" --no-build -c Release --logger "console;verbosity=minimal" >"$WORK/$log_name.log" 2>&1 &
  BESIDE_PID=$!
  PIDS+=("$BESIDE_PID")
}

# wait_beside NAME LOG PID: waits for a background test command, prints its output, fails the script if it failed.
wait_beside() {
  local status=0
  wait "$3" || status=$?
  log "$1"
  cat "$WORK/$2.log"
  [ "$status" = 0 ] || die "$1 failed"
}

log "Checking system packages"
ensure_system_packages

log "Installing web packages"
(cd web && npm ci --no-audit --no-fund) || die "npm ci failed"

log "Building .NET solution"
dotnet build AIntops.sln -c Release -nologo -v quiet || die "dotnet build failed"

log "Packing the AIntops.Client package"
dotnet pack src/Sdk/AIntops.Client -c Release --no-build -nologo -v quiet -o "$WORK/packages" || die "dotnet pack failed"
check_client_package "$WORK/packages/AIntops.Client.1.0.0.nupkg"

# The integration tests wait on HTTP and the database about half of the time (two cores about 54 % idle in a run of
# their own), so the PostgreSQL run goes beside the SQLite one; the client package's tests (SQLite only) go beside
# the unit tests. A run in the background prints its output when it ends.
log "Starting PostgreSQL"
start_postgres
dotnet_test_beside ".NET integration tests on PostgreSQL" pg-tests \
  env AINTOPS_TEST_DB=Postgres AINTOPS_TEST_PG="$PG_CONNECTION" dotnet test tests/AIntops.IntegrationTests
PG_TESTS=$BESIDE_PID
dotnet_test_beside ".NET client package tests" client-tests dotnet test tests/AIntops.Client.Tests
CLIENT_TESTS=$BESIDE_PID
dotnet_test ".NET unit tests" tests/AIntops.UnitTests
wait_beside ".NET client package tests" client-tests "$CLIENT_TESTS"
dotnet_test ".NET integration tests on SQLite" tests/AIntops.IntegrationTests
wait_beside ".NET integration tests on PostgreSQL" pg-tests "$PG_TESTS"

log "Web unit tests"
(cd web && npm run typecheck && npm run api:check && npm test) || die "web unit tests failed"

build_spa
log "End-to-end browser tests"
scripts/e2e.sh

log "Docker image build steps"
scripts/check-images.sh || die "the image check failed"

log "All tests passed"
