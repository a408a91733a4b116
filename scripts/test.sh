#!/usr/bin/env bash
# Runs every test against a real PostgreSQL: TEST_DATABASE_URL when set; Testcontainers when a
# Docker engine answers; otherwise a private cluster in .data/ (installing Debian's postgresql
# package when it is missing), then lints docs/openapi.json (Redocly CLI), runs the benchmark
# harness at a small scale (bench/run.sh), then the web client's checks (type check, lint,
# generated API types up to date, Vitest, build) and its end-to-end tests in Debian's Chromium against the API with demo data in a fresh database.
# Prints one total line "N passed, N failed, N skipped" at the end, the client's tests included.
# ASN_SKIP_CLIENT=1 leaves the client out, ASN_SKIP_E2E=1 only its end-to-end tests;
# ASN_SKIP_DOTNET=1 (with ASN_SKIP_BENCH=1) runs only the client's, while working on it.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/lib/common.sh"
cd "$ROOT"

LOG_DIR="$ROOT/.data/test-logs"
mkdir -p "$LOG_DIR"
TEST_LOG="$LOG_DIR/dotnet-test.log"

E2E_API_PID=""
cleanup() {
  trap - EXIT INT TERM
  if [ -n "$E2E_API_PID" ] && kill -0 "$E2E_API_PID" 2>/dev/null; then
    kill -TERM "$E2E_API_PID" 2>/dev/null || true
    wait "$E2E_API_PID" 2>/dev/null || true
  fi
  pg_stop_cluster
}

step "Checking prerequisites"
require_dotnet
[ "${ASN_SKIP_CLIENT:-0}" = 1 ] || require_node

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

if [ "${ASN_SKIP_DOTNET:-0}" = 1 ]; then
  step "ASN_SKIP_DOTNET=1: the .NET tests are left out"
  : >"$TEST_LOG"
  dotnet_status=0
else
  step "Running the .NET tests (log: ${TEST_LOG#$ROOT/})"
  set +e
  dotnet test "$ROOT/AsnCompetency.sln" -c Release --no-build -nologo 2>&1 | tee "$TEST_LOG"
  dotnet_status=${PIPESTATUS[0]}
  set -e
fi

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

if [ "$projects" -eq 0 ] && [ "$dotnet_status" -ne 0 ]; then
  failed=$((failed + 1))
  info "dotnet test failed before reporting results (see the log above)."
fi
info ".NET: $passed passed, $failed failed, $skipped skipped"

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

# One check of the client that is not a test runner counts as one test: passed or failed.
check() {
  local name=$1; shift
  local log="$LOG_DIR/client-$name.log"
  if (cd "$CLIENT_DIR" && "$@") >"$log" 2>&1; then
    info "$name: passed"
    passed=$((passed + 1))
  else
    tail -n 40 "$log"
    info "$name: FAILED (log: ${log#$ROOT/})"
    failed=$((failed + 1))
  fi
}

if [ "${ASN_SKIP_CLIENT:-0}" = 1 ]; then
  info "ASN_SKIP_CLIENT=1: the web client's tests are left out"
else
  step "Web client: packages, type check, lint, API types, unit tests, build"
  client_install
  check typecheck npx --no-install tsc --noEmit -p .
  check lint npx --no-install eslint .
  check check-api node scripts/check-api.mjs
  VITEST_JSON="$LOG_DIR/vitest.json"
  rm -f "$VITEST_JSON"
  set +e
  (cd "$CLIENT_DIR" && npx --no-install vitest run --reporter=default --reporter=json --outputFile.json="$VITEST_JSON") 2>&1 | tee "$LOG_DIR/client-vitest.log" | grep -E "✓|✗|×|FAIL|Test Files|Tests " || true
  set -e
  if [ -f "$VITEST_JSON" ]; then
    read -r vp vf vs < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites||0), r.numPendingTests + r.numTodoTests)' "$VITEST_JSON")
  else
    vp=0; vf=1; vs=0
    info "vitest wrote no results (log: ${LOG_DIR#$ROOT/}/client-vitest.log)"
  fi
  info "vitest: $vp passed, $vf failed, $vs skipped"
  passed=$((passed + vp)); failed=$((failed + vf)); skipped=$((skipped + vs))
  check build npx --no-install vite build --logLevel warn

  if [ "${ASN_SKIP_E2E:-0}" = 1 ]; then
    info "ASN_SKIP_E2E=1: the end-to-end tests are left out"
  elif [ ! -f "$CLIENT_DIR/dist/index.html" ]; then
    info "no client build: the end-to-end tests cannot run"
    failed=$((failed + 1))
  else
    step "Web client: end-to-end tests (Chromium, API with demo data, fresh database)"
    chromium_ensure_installed
    if [ -z "${PG_DIR:-}" ]; then
      pg_ensure_installed
      pg_start_cluster e2e-postgres -c fsync=off -c synchronous_commit=off -c full_page_writes=off
    fi
    pg_psql -d postgres -c 'drop database if exists asn_e2e with (force)' >/dev/null
    pg_psql -d postgres -c 'create database asn_e2e' >/dev/null
    E2E_PORT=$(free_port 5380)
    E2E_URL="http://127.0.0.1:$E2E_PORT"
    API_BIN="$ROOT/src/Api/bin/Release/net10.0"
    E2E_LOG="$LOG_DIR/e2e-api.log"
    e2e_env=(env ConnectionStrings__Default="$(pg_connection_string asn_e2e)" ASPNETCORE_ENVIRONMENT=Development
      Storage__DataDirectory="$ROOT/.data/e2e" WebClient__Path="$CLIENT_DIR/dist" Database__MigrateOnStartup=false)
    info "Migrating and loading demo data (log: ${E2E_LOG#$ROOT/})"
    if ! (cd "$API_BIN" && "${e2e_env[@]}" dotnet AsnCompetency.Api.dll migrate seed-demo) >"$E2E_LOG" 2>&1; then
      tail -n 30 "$E2E_LOG"
      info "seeding the e2e database failed"
      failed=$((failed + 1))
    else
      info "Starting the API on $E2E_URL"
      (cd "$API_BIN" && exec "${e2e_env[@]}" ASPNETCORE_URLS="$E2E_URL" dotnet AsnCompetency.Api.dll) >>"$E2E_LOG" 2>&1 &
      E2E_API_PID=$!
      for _ in $(seq 1 120); do
        kill -0 "$E2E_API_PID" 2>/dev/null || break
        (exec 3<>"/dev/tcp/127.0.0.1/$E2E_PORT") 2>/dev/null && break
        sleep 0.5
      done
      E2E_OUT="$LOG_DIR/e2e"
      rm -rf "$E2E_OUT"
      set +e
      (cd "$CLIENT_DIR" && E2E_BASE_URL="$E2E_URL" E2E_OUTPUT="$E2E_OUT" node e2e/run.mjs) 2>&1 | tee "$LOG_DIR/client-e2e.log"
      set -e
      if [ -f "$E2E_OUT/results.json" ]; then
        read -r ep ef es < <(node -e 'const r=require(process.argv[1]).results;const n=s=>r.filter(x=>x.status===s).length;console.log(n("passed"),n("failed"),n("skipped"))' "$E2E_OUT/results.json")
      else
        ep=0; ef=1; es=0
      fi
      passed=$((passed + ep)); failed=$((failed + ef)); skipped=$((skipped + es))
      kill -TERM "$E2E_API_PID" 2>/dev/null || true
      wait "$E2E_API_PID" 2>/dev/null || true
      E2E_API_PID=""
      info "Screenshots: ${E2E_OUT#$ROOT/}/screenshots"
    fi
  fi
fi

echo
echo "$passed passed, $failed failed, $skipped skipped"
[ "$dotnet_status" -eq 0 ] && [ "$lint_status" -eq 0 ] && [ "$bench_status" -eq 0 ] && [ "$failed" -eq 0 ]
