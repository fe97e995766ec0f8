#!/usr/bin/env bash
# Embedded ledger benchmark: committed tx/s and latency p50/p99 at 1, 16 and 128 clients, plus the bare
# ECDSA sign/verify cost. Usage: ledger-gateway/scripts/benchmark.sh [short|full] [rights|assets]
#   short: 8 s per level after 2 s warm-up (under 60 s of measuring); full: 30 s per level after 10 s.
# Figures are logged and written to ledger-gateway/target/ledger-benchmark-<mode>.json.
set -euo pipefail

MODE="${1:-short}"
WORKLOAD="${2:-rights}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
MODULE="$ROOT/ledger-gateway"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

cd "$ROOT"
./mvnw -q -o -pl ledger-gateway -am test-compile dependency:build-classpath -Dspotless.check.skip=true \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
CP="$MODULE/target/classes:$MODULE/target/test-classes:$(cat "$MODULE/target/test-classpath.txt")"
cd "$MODULE"
exec "$JAVA_HOME/bin/java" -Xmx2g -Dot.epg.working-dir="$MODULE/target/epg" -cp "$CP" \
    io.rightline.ledger.embedded.LedgerBenchmark "$MODE" "$WORKLOAD"
