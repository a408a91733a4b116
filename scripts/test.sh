#!/usr/bin/env bash
# Runs every test against a real PostgreSQL: TEST_DATABASE_URL when set; Testcontainers when a
# Docker engine answers; otherwise a private cluster in .data/ (installing Debian's postgresql
# package when it is missing), then the benchmark harness at a small scale (bench/run.sh). Prints one
# total line "N passed, N failed, N skipped" at the end.
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

step "Restoring tools and building (Release)"
dotnet tool restore >/dev/null
dotnet build "$ROOT/AsnCompetency.sln" -c Release -v minimal -nologo || fail "the build failed (errors above)."

step "Running the .NET tests (log: ${TEST_LOG#$ROOT/})"
set +e
dotnet test "$ROOT/AsnCompetency.sln" -c Release --no-build -nologo 2>&1 | tee "$TEST_LOG"
dotnet_status=${PIPESTATUS[0]}
set -e

# The committed OpenAPI document (which a .NET test keeps equal to the served one) must pass a
# standard linter: Redocly CLI, pinned in tools/openapi-lint, with the rules in its redocly.yaml.
step "Linting docs/openapi.json with Redocly CLI (tools/openapi-lint, rules in redocly.yaml)"
lint_status=0
if ! command -v npm >/dev/null 2>&1; then
  info "npm is missing: install Node.js 20.19 or later (Debian: apt-get install nodejs npm)."
  lint_status=1
else
  info "npm ci (installs the pinned @redocly/cli from package-lock.json)"
  ( cd "$ROOT/tools/openapi-lint" && npm ci --no-audit --no-fund --loglevel=error ) || lint_status=$?
  if [ "$lint_status" -eq 0 ]; then
    info "redocly lint --config tools/openapi-lint/redocly.yaml docs/openapi.json"
    LINT_LOG="$LOG_DIR/openapi-lint.log"
    ( cd "$ROOT/tools/openapi-lint" && REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
        npx --no-install redocly lint --config redocly.yaml --format=stylish "$ROOT/docs/openapi.json" ) >"$LINT_LOG" 2>&1 \
      || lint_status=$?
    # Without the banner boxes (Node.js version notices).
    grep -v '[║╔╚]' "$LINT_LOG" | sed '/^[[:space:]]*$/d' | sed 's/^/    /'
  fi
fi
if [ "$lint_status" -eq 0 ]; then info "OpenAPI lint: no errors."; else info "OpenAPI lint: failed (see above)."; fi

# "Passed!  - Failed:     0, Passed:    42, Skipped:     0, Total:    42, ..." per test project.
read -r passed failed skipped projects < <(awk '
  /(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+/ {
    gsub(",", ""); for (i = 1; i <= NF; i++) {
      if ($i == "Failed:") f += $(i + 1); if ($i == "Passed:") p += $(i + 1); if ($i == "Skipped:") s += $(i + 1)
    }
    n++
  }
  END { printf "%d %d %d %d\n", p, f, s, n }' "$TEST_LOG")

# The lint counts as one test in the total.
if [ "$lint_status" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi

echo
if [ "$projects" -eq 0 ] && [ "$dotnet_status" -ne 0 ]; then
  failed=$((failed + 1))
  info "dotnet test failed before reporting results (see the log above)."
fi

# The benchmark harness at a small scale, so that it cannot rot: its figures are printed, not
# asserted; the step fails only when the harness does. Counted as one check. ASN_SKIP_BENCH=1 skips it.
bench_status=0
if [ "${ASN_SKIP_BENCH:-0}" != 1 ]; then
  step "Running the benchmark harness at a small scale (log: .data/test-logs/bench-small.log)"
  set +e
  SCALE=small "$ROOT/bench/run.sh" 2>&1 | tee "$LOG_DIR/bench-small.log"
  bench_status=${PIPESTATUS[0]}
  set -e
  if [ "$bench_status" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); info "the benchmark harness failed (see the log above)."; fi
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$dotnet_status" -eq 0 ] && [ "$lint_status" -eq 0 ] && [ "$bench_status" -eq 0 ] && [ "$failed" -eq 0 ]
