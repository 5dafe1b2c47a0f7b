#!/usr/bin/env bash
# Runs every test suite and ends with one line of totals over all suites: "N passed, N failed, N skipped".
# Installs what it needs (npm packages from the lock file, Debian's chromium and postgresql) idempotently,
# and runs a throw-away PostgreSQL server for the store tests (SAFETYBOT_TEST_POSTGRES).
set -uo pipefail
source "$(dirname "$0")/lib/setup.sh"
source "$(dirname "$0")/lib/postgres.sh"
root=$(repo_root)
cd "$root"

configuration=${CONFIGURATION:-Debug}
results="$root/artifacts/test-results"
rm -rf "$results" && mkdir -p "$results"
export SAFETYBOT_ARTIFACTS="$root/artifacts/screenshots"
mkdir -p "$SAFETYBOT_ARTIFACTS"

passed=0 failed=0 skipped=0 setup_failed=0

ensure_dotnet || exit 1
ensure_npm_packages || { log "npm packages could not be installed"; setup_failed=1; }
ensure_chromium || { log "chromium could not be installed: the end-to-end suite will fail"; setup_failed=1; }
trap stop_test_postgres EXIT
start_test_postgres || { log "PostgreSQL could not be started: the PostgreSQL store tests will fail"; setup_failed=1; }

log "dotnet build ($configuration)"
if ! dotnet build SafetyBot.sln -c "$configuration" -nologo -clp:ErrorsOnly -v:q; then
  log "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

run_suite() {
  local name=$1 project=$2 log_file="$results/$1.log"
  log "suite: $name"
  dotnet test "$project" -c "$configuration" --no-build -nologo \
    --results-directory "$results" 2>&1 | tee "$log_file" | grep -E -A3 '^\s+(Failed|Skipped) |Error Message|^(Passed|Failed)!' || true
  local status=${PIPESTATUS[0]}
  # vstest's summary: "Passed!  - Failed:     0, Passed:    41, Skipped:     0, Total: ..."
  local summary; summary=$(grep -E '^(Passed|Failed)!' "$log_file" | tail -1)
  if [ -z "$summary" ]; then
    log "$name produced no test summary (exit $status): counted as one failure"
    failed=$((failed + 1)); return
  fi
  local f p s
  f=$(sed -E 's/.*Failed: *([0-9]+).*/\1/' <<<"$summary")
  p=$(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$summary")
  s=$(sed -E 's/.*Skipped: *([0-9]+).*/\1/' <<<"$summary")
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
    log "$name exited $status with no failed test: counted as one failure"
    failed=$((failed + 1))
  fi
}

run_suite unit tests/UnitTests/UnitTests.csproj
run_suite integration tests/IntegrationTests/IntegrationTests.csproj
run_suite end-to-end tests/EndToEnd/EndToEnd.csproj

[ $setup_failed -ne 0 ] && failed=$((failed + 1)) && log "setup failed: counted as one failure"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
