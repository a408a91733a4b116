# Shared helpers of scripts/run.sh and scripts/test.sh (sourced, not run).
# Prints what it does; installs Debian's postgresql package when it is missing and allowed.

ROOT=${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
info() { printf '    %s\n' "$*"; }
fail() { printf '\033[31mError:\033[0m %s\n' "$*" >&2; exit 1; }

require_dotnet() {
  command -v dotnet >/dev/null 2>&1 || fail "the .NET 10 SDK is not installed (https://learn.microsoft.com/dotnet/core/install/linux-debian)."
  local version
  version=$(dotnet --version 2>/dev/null) || fail "'dotnet --version' failed; is the .NET 10 SDK installed?"
  case "$version" in
    10.*) info "dotnet SDK $version" ;;
    *) fail "the .NET 10 SDK is required; found $version." ;;
  esac
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
}

# Runs a command as the postgres user when we are root (initdb and the server refuse root).
# From / so that the postgres user is not left in a folder it may not enter.
as_postgres() {
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

pg_bindir() {
  local dir best=""
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && best="$dir"
  done
  printf '%s' "$best"
}

# Sets PG_BIN, installing the postgresql package when it is missing and we may.
pg_ensure_installed() {
  PG_BIN=$(pg_bindir)
  if [ -n "$PG_BIN" ]; then
    info "PostgreSQL binaries: $PG_BIN"
    return
  fi
  [ "${ASN_NO_INSTALL:-0}" = 1 ] && fail "PostgreSQL is not installed and ASN_NO_INSTALL=1 forbids installing it (apt-get install postgresql)."
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo"; else
      fail "PostgreSQL is not installed. Install it with 'sudo apt-get install -y postgresql', or set ConnectionStrings__Default / TEST_DATABASE_URL to a server you have."
    fi
  fi
  info "PostgreSQL is not installed: installing Debian's postgresql package (apt-get)"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql >/dev/null
  PG_BIN=$(pg_bindir)
  [ -n "$PG_BIN" ] || fail "installing postgresql did not provide initdb."
  info "PostgreSQL binaries: $PG_BIN"
}

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  local port=$1
  while ! port_is_free "$port"; do port=$((port + 1)); done
  printf '%s' "$port"
}

# The folder for cluster $1. Inside the checkout's .data/, unless the postgres user cannot
# reach it there (a checkout under /root, say): then under /var/tmp, keyed by the checkout.
pg_cluster_dir() {
  local name=$1 base="$ROOT/.data"
  mkdir -p "$base"
  if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$base" 2>/dev/null; then
    base="/var/tmp/asncompetency-$(printf '%s' "$ROOT" | sha1sum | cut -c1-12)"
    mkdir -p "$base"
    chmod 755 "$base"
  fi
  printf '%s/%s' "$base" "$name"
}

# Starts (creating on first use) the private cluster $1 on a free loopback port and sets
# PG_DIR, PG_PORT, PG_PASSWORD. Extra arguments are server settings (-c name=value ...).
pg_start_cluster() {
  local name=$1; shift
  PG_DIR=$(pg_cluster_dir "$name")
  local meta="$PG_DIR.meta"
  mkdir -p "$meta"
  chmod 700 "$meta"

  if [ ! -f "$PG_DIR/PG_VERSION" ]; then
    info "Creating PostgreSQL cluster in $PG_DIR"
    mkdir -p "$PG_DIR"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$PG_DIR"
    chmod 700 "$PG_DIR"
    head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' | head -c 32 > "$meta/password"
    local pwfile
    pwfile=$(mktemp)
    cp "$meta/password" "$pwfile"
    chmod 644 "$pwfile"
    as_postgres "$PG_BIN/initdb" -D "$PG_DIR" -U postgres --pwfile="$pwfile" --auth=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >"$meta/initdb.log" 2>&1 \
      || { rm -f "$pwfile"; cat "$meta/initdb.log" >&2; fail "initdb failed (log above)."; }
    rm -f "$pwfile"
  fi
  PG_PASSWORD=$(cat "$meta/password")

  if as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR" status >/dev/null 2>&1; then
    PG_PORT=$(cat "$meta/port")
    info "PostgreSQL already running on 127.0.0.1:$PG_PORT"
    return
  fi

  PG_PORT=$(cat "$meta/port" 2>/dev/null || echo "${ASN_PG_PORT:-55432}")
  port_is_free "$PG_PORT" || PG_PORT=$(free_port "$((PG_PORT + 1))")
  printf '%s' "$PG_PORT" > "$meta/port"
  info "Starting PostgreSQL on 127.0.0.1:$PG_PORT (log: $PG_DIR/server.log)"
  # No Unix socket: the cluster is reached over loopback TCP only, and long checkout paths
  # cannot exceed the socket path limit.
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories= $*" start >/dev/null \
    || { tail -n 20 "$PG_DIR/server.log" >&2; fail "PostgreSQL did not start (log above)."; }
}

pg_stop_cluster() {
  [ -n "${PG_DIR:-}" ] || return 0
  if as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR" status >/dev/null 2>&1; then
    info "Stopping PostgreSQL ($PG_DIR)"
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR" -m fast -w -t 60 stop >/dev/null 2>&1 || true
  fi
}

pg_psql() {
  PGPASSWORD="$PG_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"
}

pg_ensure_database() {
  local db=$1
  if [ "$(pg_psql -d postgres -c "select 1 from pg_database where datname = '$db'")" != 1 ]; then
    info "Creating database $db"
    pg_psql -d postgres -c "create database \"$db\"" >/dev/null
  fi
}

pg_connection_string() {
  printf 'Host=127.0.0.1;Port=%s;Database=%s;Username=postgres;Password=%s' "$PG_PORT" "$1" "$PG_PASSWORD"
}

docker_engine_answers() {
  command -v docker >/dev/null 2>&1 && timeout 10 docker info >/dev/null 2>&1
}

# --- Web client (client/) -------------------------------------------------------------------

CLIENT_DIR="$ROOT/client"

# Fails unless Node.js 20 or later and npm are on PATH.
require_node() {
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 \
    || fail "Node.js 20+ and npm are needed for the web client (client/); install them (https://nodejs.org or Debian's nodejs package)."
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$major" -ge 20 ] || fail "Node.js 20 or later is needed for the web client; found $(node --version)."
  info "Node.js $(node --version), npm $(npm --version)"
}

# Installs the client's packages exactly as package-lock.json pins them (npm ci), unless the
# installed ones already match it.
client_install() {
  if [ -f "$CLIENT_DIR/node_modules/.package-lock.json" ] && [ ! "$CLIENT_DIR/package-lock.json" -nt "$CLIENT_DIR/node_modules/.package-lock.json" ]; then
    info "client/node_modules matches package-lock.json (npm ci skipped)"
    return
  fi
  info "npm ci (client/)"
  (cd "$CLIENT_DIR" && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci failed in client/ (output above)."
}

# Builds the client into client/dist (vite build), which the API serves at /.
client_build() {
  info "vite build (client/ -> client/dist)"
  (cd "$CLIENT_DIR" && npx --no-install vite build --logLevel warn) || fail "the web client build failed (output above)."
}

# Installs Debian's Chromium for the end-to-end tests when /usr/bin/chromium is missing.
chromium_ensure_installed() {
  if [ -x /usr/bin/chromium ]; then
    info "Chromium: $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
    return
  fi
  [ "${ASN_NO_INSTALL:-0}" = 1 ] && fail "Chromium is not installed and ASN_NO_INSTALL=1 forbids installing it (apt-get install chromium)."
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo"; else
      fail "Chromium is needed for the end-to-end tests: 'sudo apt-get install -y chromium'."
    fi
  fi
  info "Chromium is not installed: installing Debian's chromium package (apt-get)"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium fonts-liberation >/dev/null
  [ -x /usr/bin/chromium ] || fail "installing chromium did not provide /usr/bin/chromium."
  info "Chromium: $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
}
