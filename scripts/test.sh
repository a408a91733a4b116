#!/usr/bin/env bash
# Runs every test against a real PostgreSQL: TEST_DATABASE_URL when set; Testcontainers when a
# Docker engine answers; otherwise a private cluster in .data/ (installing Debian's postgresql
# package when it is missing). Prints one total line "N passed, N failed, N skipped" at the end.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/lib/common.sh"
cd "$ROOT"

LOG_DIR="$ROOT/.data/test-logs"
mkdir -p "$LOG_DIR"
TEST_LOG="$LOG_DIR/dotnet-test.log"

cleanup() {
  trap - EXIT INT TERM
  pg_stop_cluster
}

step "Checking prerequisites"
require_dotnet

trap cleanup EXIT INT TERM
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  step "Using the configured test server (TEST_DATABASE_URL)"
elif docker_engine_answers; then
  step "A Docker engine answers: the tests start PostgreSQL with Testcontainers"
else
  step "Starting a private PostgreSQL cluster for the tests (no Docker engine here)"
  pg_ensure_installed
  # Durability is not needed for throw-away test data; speed is.
  pg_start_cluster test-postgres -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200
  export TEST_DATABASE_URL
  TEST_DATABASE_URL=$(pg_connection_string postgres)
fi

# The official CASE 1.1 CFPackage JSON Schema is 1EdTech's, not ours to commit: the CASE tests
# validate against it when a copy lies beside the checkout (../shared/reference/), or wherever
# CASE_SCHEMA_PATH points; without it they run our own structural checks only.
if [ -z "${CASE_SCHEMA_PATH:-}" ] && [ -f "$ROOT/../shared/reference/case-v1p1-cfpackage.json" ]; then
  export CASE_SCHEMA_PATH="$ROOT/../shared/reference/case-v1p1-cfpackage.json"
fi
if [ -n "${CASE_SCHEMA_PATH:-}" ]; then info "CASE schema: $CASE_SCHEMA_PATH"; else info "CASE schema: not found (schema tests skipped; see README)"; fi

step "Restoring tools and building (Release)"
dotnet tool restore >/dev/null
dotnet build "$ROOT/AsnCompetency.sln" -c Release -v minimal -nologo || fail "the build failed (errors above)."

step "Running the .NET tests (log: ${TEST_LOG#$ROOT/})"
set +e
dotnet test "$ROOT/AsnCompetency.sln" -c Release --no-build -nologo 2>&1 | tee "$TEST_LOG"
dotnet_status=${PIPESTATUS[0]}
set -e

# "Passed!  - Failed:     0, Passed:    42, Skipped:     0, Total:    42, ..." per test project.
read -r passed failed skipped projects < <(awk '
  /(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+/ {
    gsub(",", ""); for (i = 1; i <= NF; i++) {
      if ($i == "Failed:") f += $(i + 1); if ($i == "Passed:") p += $(i + 1); if ($i == "Skipped:") s += $(i + 1)
    }
    n++
  }
  END { printf "%d %d %d %d\n", p, f, s, n }' "$TEST_LOG")

echo
if [ "$projects" -eq 0 ] && [ "$dotnet_status" -ne 0 ]; then
  failed=$((failed + 1))
  info "dotnet test failed before reporting results (see the log above)."
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$dotnet_status" -eq 0 ] && [ "$failed" -eq 0 ]
