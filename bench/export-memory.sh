#!/usr/bin/env bash
# Measures the score export at scale: fills a database with SESSIONS × PARTICIPANTS extra score
# rows (default 100 × 10,000 = one million; bench/sql/scores.sql), starts the API (Release) on
# it, downloads /exports/scores as CSV and XLSX as sysadmin while sampling the API's resident
# memory every 50 ms, and prints rows, bytes, seconds, rows per second and the memory growth.
# Uses its own private cluster (.data/bench-postgres) and database; rerunning reuses the data.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/lib/common.sh"
cd "$ROOT"

SESSIONS=${SESSIONS:-100}
PARTICIPANTS=${PARTICIPANTS:-10000}
API_PORT=${ASN_BENCH_API_PORT:-5091}
API_URL="http://127.0.0.1:$API_PORT"
API_PID=""
OUT="$ROOT/.data/bench"
mkdir -p "$OUT"

cleanup() {
  trap - EXIT INT TERM
  if [ -n "$API_PID" ] && kill -0 "$API_PID" 2>/dev/null; then
    kill -TERM "$API_PID" 2>/dev/null || true
    wait "$API_PID" 2>/dev/null || true
  fi
  pg_stop_cluster
}

step "Checking prerequisites"
require_dotnet
command -v curl >/dev/null || fail "curl is required."
command -v awk >/dev/null || fail "awk is required."
port_is_free "$API_PORT" || fail "port $API_PORT is in use; set ASN_BENCH_API_PORT."

trap cleanup EXIT INT TERM
step "Starting PostgreSQL (bench cluster)"
pg_ensure_installed
pg_start_cluster bench-postgres -c shared_buffers=512MB -c max_wal_size=4GB
pg_ensure_database bench
export ConnectionStrings__Default
ConnectionStrings__Default=$(pg_connection_string bench)

step "Building the API (Release)"
dotnet build "$ROOT/src/Api" -c Release -v quiet -nologo >/dev/null || fail "the build failed."
API_BIN="$ROOT/src/Api/bin/Release/net10.0"
export ASPNETCORE_ENVIRONMENT=Development Storage__DataDirectory="$ROOT/.data"

step "Migrating and loading the demo data"
(cd "$API_BIN" && dotnet AsnCompetency.Api.dll migrate seed-demo >/dev/null)

expected=$((SESSIONS * PARTICIPANTS))
have=$(pg_psql -d bench -c "select count(*) from enrollments e join training_sessions s on s.id = e.session_id join training_programs p on p.id = s.program_id where p.code = 'BENCH-EXPORT'")
if [ "$have" != "$expected" ]; then
  step "Generating $SESSIONS sessions × $PARTICIPANTS participants of pre/post scores"
  start=$(date +%s.%N)
  pg_psql -d bench -v sessions="$SESSIONS" -v participants="$PARTICIPANTS" -f "$ROOT/bench/sql/scores.sql" >/dev/null
  info "generated in $(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.0f", b - a }') s"
else
  info "the data set is already there ($expected participant rows)"
fi

step "Starting the API on $API_URL"
(cd "$API_BIN" && Database__MigrateOnStartup=false Logging__LogLevel__Default=Warning ASPNETCORE_URLS="$API_URL" exec dotnet AsnCompetency.Api.dll) >"$OUT/api.log" 2>&1 &
API_PID=$!
for _ in $(seq 1 120); do
  kill -0 "$API_PID" 2>/dev/null || { cat "$OUT/api.log"; fail "the API exited during start-up."; }
  curl -sf "$API_URL/health/live" >/dev/null && break
  sleep 0.5
done
TOKEN=$(curl -sf "$API_URL/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"userName":"sysadmin","password":"Demo#2026"}' | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
[ -n "$TOKEN" ] || fail "could not sign in as sysadmin."

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$API_PID/status"; }

# One export while sampling memory; prints "rows bytes seconds rss_before_kb rss_peak_kb".
measure() {
  local query=$1 file=$2 sampler peak_file="$OUT/peak"
  local before
  before=$(rss_kb)
  echo "$before" > "$peak_file"
  ( peak=$before; while kill -0 "$API_PID" 2>/dev/null; do now=$(rss_kb); [ "$now" -gt "$peak" ] && { peak=$now; echo "$peak" > "$peak_file"; }; sleep 0.05; done ) &
  sampler=$!
  local start end
  start=$(date +%s.%N)
  curl -sf -H "Authorization: Bearer $TOKEN" "$API_URL/api/v1/exports/scores?$query" -o "$file"
  end=$(date +%s.%N)
  sleep 0.2
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  echo "$(stat -c %s "$file") $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }') $before $(cat "$peak_file")"
}

step "Warming up (a small export)"
measure "format=csv&year=2100" "$OUT/warmup.csv" >/dev/null
measure "format=xlsx&year=2100" "$OUT/warmup.xlsx" >/dev/null

step "Exporting every score row as CSV"
read -r bytes seconds before peak < <(measure "format=csv" "$OUT/scores.csv")
rows=$(($(wc -l < "$OUT/scores.csv") - 1))
printf '    CSV:  %d rows, %d MB in %.1f s = %.0f rows/s; API memory %d MB before, %d MB at peak: +%d MB\n' \
  "$rows" $((bytes / 1048576)) "$seconds" "$(awk -v r="$rows" -v s="$seconds" 'BEGIN { print r / s }')" $((before / 1024)) $((peak / 1024)) $(((peak - before) / 1024))

step "Exporting every score row as XLSX"
read -r bytes seconds before peak < <(measure "format=xlsx" "$OUT/scores.xlsx")
printf '    XLSX: %d MB in %.1f s = %.0f rows/s; API memory %d MB before, %d MB at peak: +%d MB\n' \
  $((bytes / 1048576)) "$seconds" "$(awk -v r="$rows" -v s="$seconds" 'BEGIN { print r / s }')" $((before / 1024)) $((peak / 1024)) $(((peak - before) / 1024))
