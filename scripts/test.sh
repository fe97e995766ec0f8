#!/usr/bin/env bash
# Installs what the tests need (idempotently) and runs every test of every module.
# `.ci/run` calls exactly this.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
source "$ROOT/scripts/lib.sh"

use_jdk
# Real servers and tools used by integration tests are installed by network-config's scripts;
# each one is idempotent and caches downloads under the ignored .cache/ folder.
for installer in "$ROOT"/network-config/scripts/install/*.sh; do
  [[ -e "$installer" ]] || continue
  log "install: $(basename "$installer")"
  bash "$installer"
done

log "running every test (format check, dependency rules, unit and integration tests)"
maven verify "$@"
