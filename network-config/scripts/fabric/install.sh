#!/usr/bin/env bash
# Installs the Hyperledger Fabric v3.1.5 binaries (peer, orderer, configtxgen, osnadmin) and Fabric's
# sample configuration into the git-ignored cache <repo>/.cache/fabric/3.1.5/{bin,config}.
#
# Idempotent: when the cache already holds binaries reporting v3.1.5 it does nothing; otherwise it
# runs `go install <cmd>@<pseudo-version>` through the Go module proxy. When the proxy does not serve
# the Fabric module it stops with that reason; Fabric binaries come from no other source.
# Go builds run under `nice -n 10` with GOMODCACHE/GOCACHE under <repo>/.cache/go.
set -euo pipefail

FABRIC_VERSION="3.1.5"
FABRIC_COMMIT="86c1172bec37"
# Fabric's module path has no /v3 suffix, so the release is addressed by its pseudo-version.
FABRIC_PSEUDO_VERSION="v1.4.0-rc1.0.20260618074816-${FABRIC_COMMIT}"
FABRIC_MODULE="github.com/hyperledger/fabric"
BINARIES=(peer orderer configtxgen osnadmin)

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
CACHE_DIR="${REPO_ROOT}/.cache"
FABRIC_HOME="${CACHE_DIR}/fabric/${FABRIC_VERSION}"
BIN_DIR="${FABRIC_HOME}/bin"
CONFIG_DIR="${FABRIC_HOME}/config"
GO_BIN="${GO_BIN:-/usr/local/go/bin/go}"
[[ -x "${GO_BIN}" ]] || GO_BIN="$(command -v go || true)"
LDFLAGS="-X ${FABRIC_MODULE}/common/metadata.Version=${FABRIC_VERSION} -X ${FABRIC_MODULE}/common/metadata.CommitSHA=${FABRIC_COMMIT}"

log() { printf '[fabric-install] %s\n' "$*" >&2; }
fail() { log "ERROR: $*"; exit 1; }

reported_version() {
  "$1" version 2>/dev/null | awk -F': *' '/^ *Version:/ {print $2; exit}'
}

# True when directory $1 holds bin/ with the four binaries at the expected version and config/.
home_ready() {
  local home="$1" bin
  for bin in "${BINARIES[@]}"; do
    [[ -x "${home}/bin/${bin}" ]] || return 1
  done
  [[ "$(reported_version "${home}/bin/peer")" == "${FABRIC_VERSION}" ]] || return 1
  [[ -f "${home}/config/core.yaml" && -f "${home}/config/orderer.yaml" ]]
}


go_env() {
  [[ -n "${GO_BIN}" && -x "${GO_BIN}" ]] || fail "Go toolchain not found (set GO_BIN)"
  export GOMODCACHE="${CACHE_DIR}/go/mod" GOCACHE="${CACHE_DIR}/go/build"
  export GOFLAGS="-modcacherw -buildvcs=false" CGO_ENABLED=0 GOTOOLCHAIN=local
  mkdir -p "${GOMODCACHE}" "${GOCACHE}" "${BIN_DIR}"
}

install_from_proxy() {
  local bin module_dir
  for bin in "${BINARIES[@]}"; do
    log "go install ${FABRIC_MODULE}/cmd/${bin}@${FABRIC_PSEUDO_VERSION}"
    GOBIN="${BIN_DIR}" nice -n 10 "${GO_BIN}" install -trimpath -ldflags "${LDFLAGS}" \
      "${FABRIC_MODULE}/cmd/${bin}@${FABRIC_PSEUDO_VERSION}" || return 1
  done
  module_dir="$(cd "${CACHE_DIR}" && "${GO_BIN}" mod download -json "${FABRIC_MODULE}@${FABRIC_PSEUDO_VERSION}" \
    | awk -F'"' '/"Dir":/ {print $4; exit}')"
  copy_sampleconfig "${module_dir}"
}

copy_sampleconfig() {
  [[ -d "$1/sampleconfig" ]] || fail "sampleconfig not found in '$1'"
  rm -rf "${CONFIG_DIR}" && mkdir -p "${CONFIG_DIR}"
  cp -R "$1/sampleconfig/." "${CONFIG_DIR}/"
  chmod -R u+w "${CONFIG_DIR}"
}

if home_ready "${FABRIC_HOME}"; then
  log "Fabric ${FABRIC_VERSION} already installed in ${BIN_DIR}"
  exit 0
fi
started=$(date +%s)
go_env
install_from_proxy || fail "the Go module proxy did not serve ${FABRIC_MODULE}@${FABRIC_PSEUDO_VERSION} (see the go output above); Fabric ${FABRIC_VERSION} cannot be installed on this machine"
home_ready "${FABRIC_HOME}" || fail "installed binaries do not report version ${FABRIC_VERSION}"
home_ready "${FABRIC_HOME}" || fail "installation in ${FABRIC_HOME} is incomplete"
log "installed Fabric ${FABRIC_VERSION} in ${BIN_DIR} in $(( $(date +%s) - started ))s"
