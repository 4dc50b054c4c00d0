# Shared helpers for start.sh and test.sh.
log() { printf '\n==> %s\n' "$*"; }
die() { printf '\nERROR: %s\n' "$*" >&2; exit 1; }

# Whether something already listens on 127.0.0.1:$1.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

require_tools() {
  command -v dotnet >/dev/null || die "The .NET 10 SDK is required (dotnet not found on PATH)."
  command -v node >/dev/null || die "Node.js 20+ is required (node not found on PATH)."
  command -v npm >/dev/null || die "npm is required."
}

# Installs Debian packages that are missing (as root, or through sudo).
apt_install() {
  [ "$#" -gt 0 ] || return 0
  log "Installing Debian packages: $*"
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null || die "apt-get install $* failed"
}

build_spa() {
  log "Building the web app"
  (cd web && if [ -d node_modules ] && [ node_modules -nt package-lock.json ]; then :; else npm ci --no-audit --no-fund; fi && npm run build) \
    || die "building the web app failed"
}

# Waits until $1 answers with a success status while process $2 lives.
wait_url() { # wait_url URL PID [SECONDS=60, 0 = as long as the process runs]
  local url=$1 pid=$2 seconds=${3:-60} waited=0
  while [ "$seconds" = 0 ] || [ "$waited" -lt $((seconds * 2)) ]; do
    curl -fsS "$url" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.5
    waited=$((waited + 1))
  done
  return 1
}

# Waits until the API at $1 answers /health/ready.
wait_ready() { wait_url "$1/health/ready" "$2" "${3:-60}"; }
