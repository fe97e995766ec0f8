#!/usr/bin/env bash
# shellcheck disable=SC2034  # settings are used by the scripts that source this file
# Shared settings and helpers for up.sh, down.sh and smoke.sh. Sourced, never executed.
# Every setting can be overridden from the environment; see docs/fabric-network.md.

FABRIC_SCRIPTS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
NETWORK_CONFIG_DIR="$(cd "${FABRIC_SCRIPTS_DIR}/../.." && pwd)"
REPO_ROOT="$(cd "${NETWORK_CONFIG_DIR}/.." && pwd)"
FABRIC_TEMPLATES_DIR="${NETWORK_CONFIG_DIR}/fabric"
FABRIC_HOME="${REPO_ROOT}/.cache/fabric/3.1.5"
export PATH="${FABRIC_HOME}/bin:${PATH}"

NETWORK_DIR="$(realpath -m "${RIGHTLINE_FABRIC_DIR:-${REPO_ROOT}/.data/fabric}")"
CHANNEL="${RIGHTLINE_FABRIC_CHANNEL:-rightline}"
CC_NAME="${RIGHTLINE_FABRIC_CHAINCODE:-rightline}"
CC_VERSION="1.0"
CC_SEQUENCE="1"
CC_LABEL="${CC_NAME}_${CC_VERSION}"
CC_JAR="${RIGHTLINE_CHAINCODE_JAR:-${REPO_ROOT}/chaincode/target/chaincode-0.1.0-SNAPSHOT-ccaas.jar}"
CC_JAVA_OPTS="${RIGHTLINE_CHAINCODE_JAVA_OPTS:--Xmx256m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
WAIT_SECONDS="${RIGHTLINE_FABRIC_WAIT_SECONDS:-90}"

# Ports, all on 127.0.0.1; RIGHTLINE_FABRIC_PORT_OFFSET shifts every one of them.
PORT_OFFSET="${RIGHTLINE_FABRIC_PORT_OFFSET:-0}"
orderer_port() { echo $((7050 + 100 * $1 + PORT_OFFSET)); }
orderer_admin_port() { echo $((7053 + 100 * $1 + PORT_OFFSET)); }
orderer_operations_port() { echo $((9450 + $1 + PORT_OFFSET)); }
CC_PORT=$((9999 + PORT_OFFSET))

ORGS=(platform distributor auditor)
declare -A ORG_MSP=([orderer]=OrdererMSP [platform]=PlatformMSP [distributor]=DistributorMSP [auditor]=AuditorMSP)
declare -A PEER_PORT=([platform]=$((7051 + PORT_OFFSET)) [distributor]=$((8051 + PORT_OFFSET)) [auditor]=$((9051 + PORT_OFFSET)))
declare -A PEER_CC_PORT=([platform]=$((7052 + PORT_OFFSET)) [distributor]=$((8052 + PORT_OFFSET)) [auditor]=$((9052 + PORT_OFFSET)))
declare -A PEER_OPERATIONS_PORT=([platform]=$((9444 + PORT_OFFSET)) [distributor]=$((9445 + PORT_OFFSET)) [auditor]=$((9446 + PORT_OFFSET)))

CRYPTO_DIR="${NETWORK_DIR}/crypto"
CONFIG_DIR="${NETWORK_DIR}/config"
DATA_DIR="${NETWORK_DIR}/data"
LOG_DIR="${NETWORK_DIR}/logs"
RUN_DIR="${NETWORK_DIR}/run"
CC_DIR="${NETWORK_DIR}/chaincode"
STATE_FILE="${NETWORK_DIR}/network.env"
GENESIS_BLOCK="${CONFIG_DIR}/${CHANNEL}.block"
ORDERER_TLS_CA="${CRYPTO_DIR}/orderer/msp/tlscacerts/tlsca.pem"

log() { printf '[fabric %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
fail() {
  log "ERROR: $*"
  exit 1
}

java_bin() {
  local candidate
  for candidate in "${RIGHTLINE_JAVA:-}" "${JAVA_HOME:+${JAVA_HOME}/bin/java}" \
    /usr/lib/jvm/temurin-25-jdk-amd64/bin/java "$(command -v java || true)"; do
    [[ -n "${candidate}" && -x "${candidate}" ]] && { echo "${candidate}"; return 0; }
  done
  fail "no java found (set RIGHTLINE_JAVA or JAVA_HOME)"
}

# Prints the last lines of a log file to stderr, for failure reports.
log_tail() {
  [[ -f "$1" ]] || return 0
  log "last lines of $1:"
  tail -n "${2:-30}" "$1" | sed 's/^/    /' >&2
}

# True when the pid recorded for process $1 is alive and still runs the program it was started as.
process_alive() {
  local pid_file="${RUN_DIR}/$1.pid" pid expected
  [[ -f "${pid_file}" ]] || return 1
  read -r pid expected < "${pid_file}" || return 1
  [[ -n "${pid}" ]] && kill -0 "${pid}" 2>/dev/null || return 1
  [[ -z "${expected}" ]] || tr '\0' ' ' < "/proc/${pid}/cmdline" 2>/dev/null | grep -qF -- "${expected}"
}

recorded_pid() { awk '{print $1; exit}' "${RUN_DIR}/$1.pid" 2>/dev/null; }

# start_process NAME PROGRAM [ARGS...]: starts PROGRAM in its own session, detached from this
# script, with stdout/stderr appended to logs/NAME.log; records "pid program" in run/NAME.pid.
# Environment variables must already be exported by the caller (call it in a subshell).
start_process() {
  local name="$1" log_file="${LOG_DIR}/$1.log"
  shift
  mkdir -p "${LOG_DIR}" "${RUN_DIR}"
  [[ -f "${log_file}" ]] && mv -f "${log_file}" "${log_file}.1"
  # Without job control the subshell is no process-group leader, so setsid execs in place and $!
  # is the program's own pid.
  (exec setsid "$@" >>"${log_file}" 2>&1 </dev/null) &
  local pid=$!
  echo "${pid} $1" > "${RUN_DIR}/${name}.pid"
  sleep 0.3
  kill -0 "${pid}" 2>/dev/null || { log_tail "${log_file}"; fail "${name} exited right after start"; }
  log "started ${name} (pid ${pid}, log ${log_file})"
}

# wait_until DESCRIPTION LOG_FILE PROCESS_NAME COMMAND...: retries COMMAND every second for
# WAIT_SECONDS; on time-out, or when PROCESS_NAME dies, prints the log tail and fails.
wait_until() {
  local description="$1" log_file="$2" process="$3" deadline=$((SECONDS + WAIT_SECONDS))
  shift 3
  until "$@" >/dev/null 2>&1; do
    if [[ -n "${process}" ]] && ! process_alive "${process}"; then
      log_tail "${log_file}"
      fail "${process} died while waiting for ${description}"
    fi
    if ((SECONDS >= deadline)); then
      log_tail "${log_file}"
      fail "timed out after ${WAIT_SECONDS}s waiting for ${description}"
    fi
    sleep 1
  done
}

http_ok() { curl -fsS -m 2 -o /dev/null "$1"; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Exports the peer CLI environment for acting as ORG's ROLE ("admin" or "client") against its peer.
use_peer_cli() {
  local org="$1" role="${2:-admin}" user=Admin
  [[ "${role}" == client ]] && user=client
  export FABRIC_CFG_PATH="${CONFIG_DIR}/peer0.${org}"
  export CORE_PEER_LOCALMSPID="${ORG_MSP[${org}]}"
  export CORE_PEER_MSPCONFIGPATH="${CRYPTO_DIR}/${org}/users/${user}/msp"
  export CORE_PEER_ADDRESS="127.0.0.1:${PEER_PORT[${org}]}"
  export CORE_PEER_TLS_ENABLED=true
  export CORE_PEER_TLS_ROOTCERT_FILE="${CRYPTO_DIR}/${org}/msp/tlscacerts/tlsca.pem"
  export FABRIC_LOGGING_SPEC=warning
}

peer_tls_ca() { echo "${CRYPTO_DIR}/$1/msp/tlscacerts/tlsca.pem"; }

orderer_count() {
  if [[ -f "${STATE_FILE}" ]]; then
    awk -F= '/^ORDERER_COUNT=/ {print $2}' "${STATE_FILE}"
  else
    echo 1
  fi
}

all_processes() {
  local i
  for ((i = 0; i < $(orderer_count); i++)); do echo "orderer${i}"; done
  local org
  for org in "${ORGS[@]}"; do echo "peer0.${org}"; done
  echo chaincode
}
