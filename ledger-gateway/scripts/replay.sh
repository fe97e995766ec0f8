#!/usr/bin/env bash
# Replay check: rebuilds world state from the stored blocks and compares it with the live state table.
# Usage: ledger-gateway/scripts/replay.sh --data-dir DIR            (ledger stopped; embedded PostgreSQL under DIR)
#        ledger-gateway/scripts/replay.sh --jdbc-url URL [--user U] [--password P]
# Exit status 0 when the states are equal, 1 when they differ, 2 on bad usage.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
MODULE="$ROOT/ledger-gateway"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

(cd "$ROOT" && ./mvnw -q -o -pl ledger-gateway -am test-compile dependency:build-classpath -Dspotless.check.skip=true \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null)
CP="$MODULE/target/classes:$MODULE/target/test-classes:$(cat "$MODULE/target/test-classpath.txt")"
exec "$JAVA_HOME/bin/java" -Dot.epg.working-dir="$MODULE/target/epg" -cp "$CP" \
    io.rightline.ledger.embedded.ReplayCommand "$@"
