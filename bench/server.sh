# Shared by the benchmark scripts: a fresh Release API in a temporary data folder (SQLite, or
# PostgreSQL via Database__Provider/Database__ConnectionString), an account and an API key.
# BENCH_DATA_DIR=<folder> keeps the data folder (and its database) instead of a temporary one.
. scripts/lib.sh

start_bench_api() {
  dotnet build src/Api -c Release -nologo -v quiet >/dev/null || die "build failed"
  if [ -n "${BENCH_DATA_DIR:-}" ]; then mkdir -p "$BENCH_DATA_DIR"; BENCH_DATA=$(cd "$BENCH_DATA_DIR" && pwd); local remove=""
  else BENCH_DATA=$(mktemp -d -t aintops-bench-XXXXXX); local remove="rm -rf '$BENCH_DATA'"; fi
  BENCH_URL="http://127.0.0.1:$(free_port)"
  AINTOPS_DATA_DIR="$BENCH_DATA" DOTNET_GCgen0size=${DOTNET_GCgen0size:-0x4000000} Logging__LogLevel__Default=Warning Ingest__RateLimitPerKeyPerSecond=0 \
    Ingest__WriterQueueCapacity=1000000 Ingest__WriterQueuePerOrganization=1000000 ASPNETCORE_URLS="$BENCH_URL" \
    dotnet src/Api/bin/Release/net10.0/AIntops.Api.dll --contentRoot "$PWD/src/Api" >"$BENCH_DATA/api.log" 2>&1 &
  BENCH_API=$!
  # BENCH_EXTRA_PIDS: processes a script starts beside the API (read when the script exits).
  trap "kill $BENCH_API \${BENCH_EXTRA_PIDS:-} 2>/dev/null; wait $BENCH_API 2>/dev/null; $remove" EXIT
  wait_ready "$BENCH_URL" "$BENCH_API" 0 || { cat "$BENCH_DATA/api.log"; die "the API did not start"; }
}

json_field() { python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }

# Prints an access token for a new account (owner of a new organization) named $1.
bench_signup() {
  curl -fsS -X POST "$BENCH_URL/v1/auth/signup" -H 'content-type: application/json' \
    -d "{\"email\":\"$1@example.com\",\"password\":\"bench-password\",\"name\":\"$1\",\"organizationName\":\"$1\"}" | json_field accessToken
}

bench_login() {
  curl -fsS -X POST "$BENCH_URL/v1/auth/login" -H 'content-type: application/json' \
    -d "{\"email\":\"$1@example.com\",\"password\":\"bench-password\"}" | json_field accessToken
}

# Prints a new API key of the organization whose access token is $1.
bench_api_key() {
  curl -fsS -X POST "$BENCH_URL/v1/api-keys" -H "authorization: Bearer $1" -H 'content-type: application/json' -d '{"name":"bench"}' | json_field key
}

# Connects the mock's OpenAI and Anthropic admin APIs at $2 to the organization whose access token is $1 (unless connected
# already, when a kept data folder is timed again: their billed rows are there, though the mock they name is gone) and waits
# until every connection has finished a sync that stored its history.
bench_connect_providers() {
  local token=$1 mock=$2
  if [ "$(curl -fsS "$BENCH_URL/v1/providers" -H "authorization: Bearer $token" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')" = 0 ]; then
    curl -fsS -X POST "$BENCH_URL/v1/providers" -H "authorization: Bearer $token" -H 'content-type: application/json' \
      -d "{\"provider\":\"openai\",\"credentials\":\"sk-admin-MOCK-VALID-KEY-1234567890\",\"baseUrl\":\"$mock/v1\"}" >/dev/null
    curl -fsS -X POST "$BENCH_URL/v1/providers" -H "authorization: Bearer $token" -H 'content-type: application/json' \
      -d "{\"provider\":\"anthropic\",\"credentials\":\"sk-ant-admin01-MOCK-VALID-KEY-1234567890\",\"baseUrl\":\"$mock\"}" >/dev/null
  fi
  for _ in $(seq 1 600); do
    curl -fsS "$BENCH_URL/v1/providers" -H "authorization: Bearer $token" \
      | python3 -c 'import json,sys; sys.exit(0 if all(c["lastSuccessAt"] and c["status"] != "syncing" for c in json.load(sys.stdin)) else 1)' \
      && { echo "providers connected and synced"; return 0; }
    sleep 1
  done
  die "the provider connections did not finish their first sync"
}
