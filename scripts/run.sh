#!/usr/bin/env bash
# Sets up and runs the whole system: PostgreSQL (a private cluster in .data/ unless
# ConnectionStrings__Default is set), the web client (built into client/dist), the API with
# migrations, reference and demo data, on http://127.0.0.1:5080, serving the client at /.
# Ctrl-C stops everything it started; the next run reuses the data.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/lib/common.sh"
cd "$ROOT"

API_PORT=${ASN_API_PORT:-5080}
API_URL="http://127.0.0.1:$API_PORT"
API_PID=""

cleanup() {
  trap - EXIT INT TERM
  if [ -n "$API_PID" ] && kill -0 "$API_PID" 2>/dev/null; then
    info "Stopping the API"
    kill -TERM "$API_PID" 2>/dev/null || true
    wait "$API_PID" 2>/dev/null || true
  fi
  pg_stop_cluster
  info "Stopped. The data stays in .data/ for the next run."
}

step "Checking prerequisites"
require_dotnet
require_node
port_is_free "$API_PORT" || fail "port $API_PORT is in use; stop what uses it or set ASN_API_PORT."

trap cleanup EXIT INT TERM
if [ -n "${ConnectionStrings__Default:-}" ]; then
  step "Using the configured database (ConnectionStrings__Default)"
else
  step "Starting PostgreSQL"
  pg_ensure_installed
  pg_start_cluster postgres
  pg_ensure_database asncompetency
  export ConnectionStrings__Default
  ConnectionStrings__Default=$(pg_connection_string asncompetency)
fi

step "Building (Release)"
dotnet tool restore >/dev/null
dotnet build "$ROOT/AsnCompetency.sln" -c Release -v minimal -nologo || fail "the build failed (errors above)."
API_BIN="$ROOT/src/Api/bin/Release/net10.0"

step "Building the web client"
client_install
client_build
export WebClient__Path="$CLIENT_DIR/dist"

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export Storage__DataDirectory="$ROOT/.data"

step "Migrating the database and loading reference and demo data"
(cd "$API_BIN" && dotnet AsnCompetency.Api.dll migrate seed-demo)

step "Starting the API on $API_URL"
# Run from the build folder: it is the content root that holds appsettings.json.
(cd "$API_BIN" && Database__MigrateOnStartup=false ASPNETCORE_URLS="$API_URL" exec dotnet AsnCompetency.Api.dll) &
API_PID=$!
for _ in $(seq 1 120); do
  if ! kill -0 "$API_PID" 2>/dev/null; then fail "the API exited during start-up (output above)."; fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$API_PORT") 2>/dev/null; then break; fi
  sleep 0.5
done

cat <<BANNER

  AsnCompetency is running.

    Web client       $API_URL/
    API              $API_URL/api/v1
    Swagger UI       $API_URL/swagger
    OpenAPI document $API_URL/swagger/v1/swagger.json
    Health           $API_URL/health/ready

  Demo sign-ins (password for all: Demo#2026)
    sysadmin           SystemAdmin, national
    analis.nasional    Analyst, national
    admin.kalianda     AgencyAdmin, Pemerintah Kabupaten Lampung Selatan
    asesor.kalianda    Assessor, Lampung Selatan
    analis.kalianda    Analyst, Lampung Selatan
    pegawai.kalianda   Employee, Lampung Selatan
    admin.alak         AgencyAdmin, Kecamatan Alak (Kota Kupang)
    admin.medan        AgencyAdmin, Pemerintah Kota Medan

  Try:  curl -s -X POST $API_URL/api/v1/auth/token -H 'Content-Type: application/json' \\
          -d '{"userName":"sysadmin","password":"Demo#2026"}'

  Press Ctrl-C to stop the API and the database.
BANNER

wait "$API_PID"
