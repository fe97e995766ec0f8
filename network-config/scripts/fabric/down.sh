#!/usr/bin/env bash
# Stops the processes that up.sh started (chaincode server, peers, orderers), identified by the
# pid files it recorded under <network dir>/run; never searches processes by name. Data is kept, so
# up.sh restarts the same network. With --purge the network directory is deleted as well.
#
# Usage: down.sh [--purge]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PURGE=false
while (($#)); do
  case "$1" in
    --purge) PURGE=true ;;
    -h | --help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) fail "unknown argument: $1" ;;
  esac
  shift
done

# Sends SIGTERM to every named process that is still the program up.sh started, waits up to 20 s
# for all of them together, then SIGKILLs what is left.
stop_processes() {
  local name pid deadline pids=() names=()
  for name in "$@"; do
    pid="$(recorded_pid "${name}")"
    if process_alive "${name}"; then
      kill -TERM "${pid}" 2>/dev/null || true
      pids+=("${pid}")
      names+=("${name}")
    elif [[ -n "${pid}" ]]; then
      log "${name} (pid ${pid}) was not running"
    fi
    rm -f "${RUN_DIR}/${name}.pid"
  done
  deadline=$((SECONDS + 20))
  for i in "${!pids[@]}"; do
    while kill -0 "${pids[i]}" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
    if kill -0 "${pids[i]}" 2>/dev/null; then
      log "${names[i]} (pid ${pids[i]}) ignored SIGTERM for 20s, sending SIGKILL"
      kill -KILL "${pids[i]}" 2>/dev/null || true
    fi
    log "stopped ${names[i]} (pid ${pids[i]})"
  done
}

if [[ -d "${RUN_DIR}" ]]; then
  # Chaincode server and peers first, orderers last, so peers do not log needless reconnect errors.
  first=()
  for name in chaincode peer0.auditor peer0.distributor peer0.platform; do
    [[ -f "${RUN_DIR}/${name}.pid" ]] && first+=("${name}")
  done
  if ((${#first[@]})); then stop_processes "${first[@]}"; fi
  rest=()
  for pid_file in "${RUN_DIR}"/*.pid; do
    [[ -e "${pid_file}" ]] && rest+=("$(basename "${pid_file}" .pid)")
  done
  if ((${#rest[@]})); then stop_processes "${rest[@]}"; fi
fi

if [[ "${PURGE}" == true ]]; then
  case "${NETWORK_DIR}" in
    "" | / | "${REPO_ROOT}" | "${HOME:-/root}") fail "refusing to delete ${NETWORK_DIR}" ;;
  esac
  if [[ -d "${NETWORK_DIR}" ]]; then
    rm -rf "${NETWORK_DIR}"
    log "deleted ${NETWORK_DIR}"
  fi
fi
