#!/usr/bin/env bash
# Builds what the system needs and starts it on embedded defaults. Ctrl-C stops everything
# this script started (and only that).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source "$ROOT/scripts/lib.sh"

DATA_DIR="${RIGHTLINE_DATA_DIR:-$ROOT/.data}"
HTTP_PORT="${RIGHTLINE_HTTP_PORT:-8080}"
STARTUP_TIMEOUT_S="${RIGHTLINE_STARTUP_TIMEOUT_S:-180}"

use_jdk
mkdir -p "$DATA_DIR"

log "building the distribution server (tests skipped; ./rightline test runs them)"
maven -q -DskipTests -Dspotless.check.skip=true -pl distribution -am package

jar="$(ls "$ROOT"/distribution/target/distribution-*.jar 2>/dev/null | grep -v -- '-plain.jar' | head -n1)"
[[ -n "$jar" ]] || die "the distribution jar was not built"

pids=()
stop_all() {
  trap - INT TERM EXIT
  local pid
  for pid in "${pids[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  log "stopped"
}
trap stop_all INT TERM EXIT

log "starting the distribution server on port $HTTP_PORT (data under $DATA_DIR)"
"$JAVA_HOME/bin/java" ${RIGHTLINE_JAVA_OPTS:-} -jar "$jar" \
  --server.port="$HTTP_PORT" \
  --rightline.data-dir="$DATA_DIR" \
  "$@" &
pids+=("$!")

base="http://127.0.0.1:$HTTP_PORT"
deadline=$((SECONDS + STARTUP_TIMEOUT_S))
until curl -fsS "$base/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
  kill -0 "${pids[0]}" 2>/dev/null || die "the distribution server exited during start-up; see its log above"
  ((SECONDS < deadline)) || die "the distribution server was not healthy after ${STARTUP_TIMEOUT_S}s"
  sleep 1
done

cat <<READY

Rightline is running on embedded defaults.
  API               $base/api/v1
  OpenAPI (UI)      $base/swagger-ui.html
  OpenAPI (JSON)    $base/v3/api-docs
  Health            $base/actuator/health
  Data              $DATA_DIR (kept across restarts)
Press Ctrl-C to stop.

READY

wait "${pids[0]}"
