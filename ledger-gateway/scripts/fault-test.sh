#!/usr/bin/env bash
# Crash test of the embedded ledger: sustained load, SIGKILL at random moments, restart, check.
# After every kill: the live state equals the replay of the committed blocks, every transaction acknowledged to a
# client is VALID in a committed block, and the block verifier accepts the chain.
# Usage: ledger-gateway/scripts/fault-test.sh [cycles]   (default 20; about 12 s per cycle: kills land 6 to 12 s
# after the ledger process starts, covering start-up, genesis and sustained load)
set -euo pipefail

CYCLES="${1:-20}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
MODULE="$ROOT/ledger-gateway"
WORK="$MODULE/target/fault"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"

cd "$ROOT"
./mvnw -q -o -pl ledger-gateway -am test-compile dependency:build-classpath -Dspotless.check.skip=true \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
# Test-only libraries are left out: the chaincode shim scans the whole class path for contracts at start-up.
DEPS="$(tr ':' '\n' <"$MODULE/target/test-classpath.txt" \
    | grep -Ev '/(wiremock|archunit|jqwik|junit|assertj|opentest4j|apiguardian|byte-buddy)' | paste -sd: -)"
CP="$MODULE/target/classes:$MODULE/target/test-classes:$DEPS"
JVM=(-Xmx1g -Dot.epg.working-dir="$MODULE/target/epg" -cp "$CP")

rm -rf "$WORK"
mkdir -p "$WORK"
touch "$WORK/acks.txt"
PG_PID=""
LOAD_PID=""
cleanup() {
    if [[ -n "$LOAD_PID" ]] && kill -0 "$LOAD_PID" 2>/dev/null; then kill -9 "$LOAD_PID"; fi
    if [[ -n "$PG_PID" ]] && kill -0 "$PG_PID" 2>/dev/null; then kill "$PG_PID"; wait "$PG_PID" || true; fi
}
trap cleanup EXIT

"$JAVA" "${JVM[@]}" io.rightline.ledger.embedded.StandalonePostgres "$WORK/postgres" "$WORK/jdbc-url" \
    >"$WORK/postgres.log" 2>&1 &
PG_PID=$!
for _ in $(seq 1 60); do [[ -s "$WORK/jdbc-url" ]] && break; sleep 1; done
URL="$(cat "$WORK/jdbc-url")"
echo "PostgreSQL ready: $URL"

verify_blocks() {
    if [[ -f "$MODULE/target/classes/io/rightline/ledger/verify/VerifyCommand.class" ]]; then
        "$JAVA" "${JVM[@]}" io.rightline.ledger.verify.VerifyCommand --jdbc-url "$URL" >>"$WORK/verify.log" 2>&1
    else
        echo "block verifier not built; skipped" | tee -a "$WORK/verify.log"
    fi
}

start=$(date +%s)
for cycle in $(seq 1 "$CYCLES"); do
    "$JAVA" "${JVM[@]}" io.rightline.ledger.embedded.FaultLoad "$URL" "$WORK/ledger" "$WORK/acks.txt" 32 \
        >"$WORK/load-$cycle.log" 2>&1 &
    LOAD_PID=$!
    delay=$(awk -v r="$RANDOM" 'BEGIN { printf "%.2f", 6 + 6 * r / 32767 }')
    sleep "$delay"
    kill -9 "$LOAD_PID"
    wait "$LOAD_PID" 2>/dev/null || true
    LOAD_PID=""
    acked=$(wc -l <"$WORK/acks.txt" 2>/dev/null || echo 0)
    if ! "$JAVA" "${JVM[@]}" io.rightline.ledger.embedded.FaultCheck "$URL" "$WORK/acks.txt" >"$WORK/check-$cycle.log" 2>&1; then
        echo "cycle $cycle: CHECK FAILED after kill at ${delay}s (see $WORK/check-$cycle.log)"
        cat "$WORK/check-$cycle.log"
        exit 1
    fi
    if ! verify_blocks; then
        echo "cycle $cycle: BLOCK VERIFICATION FAILED (see $WORK/verify.log)"
        exit 1
    fi
    echo "cycle $cycle: killed at ${delay}s, acknowledged so far $acked, replay equal, all acknowledged in blocks"
done
echo "fault test passed: $CYCLES SIGKILLs in $(( $(date +%s) - start )) s"
