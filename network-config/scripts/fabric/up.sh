#!/usr/bin/env bash
# Starts a Rightline Fabric network natively (no containers): one Raft orderer (or four BFT orderers
# with --bft), one peer for each of PlatformMSP, DistributorMSP and AuditorMSP, channel "rightline"
# and the Java chaincode run as a service. Everything lives under the network directory
# (default <repo>/.data/fabric, override with RIGHTLINE_FABRIC_DIR); all ports bind 127.0.0.1.
#
# Re-running is safe: processes still alive are left alone, stopped ones are restarted on their
# existing data, and channel/chaincode steps already done are skipped.
#
# Usage: up.sh [--bft | --raft]   (the orderer count is fixed when the network is first created)
# Node settings are exported inside ( ... ) subshells on purpose, and envsubst takes literal names:
# shellcheck disable=SC2016,SC2030,SC2031
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; }
REQUESTED_ORDERERS=""
while (($#)); do
  case "$1" in
    --bft) REQUESTED_ORDERERS=4 ;;
    --raft) REQUESTED_ORDERERS=1 ;;
    -h | --help) usage; exit 0 ;;
    *) usage; fail "unknown argument: $1" ;;
  esac
  shift
done

started_at=${SECONDS}

# ---------------------------------------------------------------------------------------------
# Preparation: binaries, chaincode jar, crypto material, per-node configuration.
# ---------------------------------------------------------------------------------------------
prepare_state() {
  mkdir -p "${NETWORK_DIR}" "${CONFIG_DIR}" "${DATA_DIR}" "${LOG_DIR}" "${RUN_DIR}" "${CC_DIR}"
  if [[ -f "${STATE_FILE}" ]]; then
    local existing
    existing="$(orderer_count)"
    if [[ -n "${REQUESTED_ORDERERS}" && "${REQUESTED_ORDERERS}" != "${existing}" ]]; then
      fail "network in ${NETWORK_DIR} was created with ${existing} orderer(s); run down.sh --purge first"
    fi
  else
    printf 'ORDERER_COUNT=%s\nCHANNEL=%s\nCHAINCODE=%s\n' "${REQUESTED_ORDERERS:-1}" "${CHANNEL}" "${CC_NAME}" > "${STATE_FILE}"
  fi
  ORDERERS="$(orderer_count)"
  if ((ORDERERS == 4)); then PROFILE=RightlineChannelBft; else PROFILE=RightlineChannel; fi
}

build_chaincode_jar() {
  [[ -f "${CC_JAR}" ]] && return 0
  log "chaincode jar missing, building it: ${CC_JAR}"
  (cd "${REPO_ROOT}" && JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}" \
    nice -n 10 ./mvnw -B -q ${RIGHTLINE_MAVEN_OFFLINE:+-o} -pl chaincode -am package -DskipTests -Dspotless.check.skip=true \
    > "${LOG_DIR}/chaincode-build.log" 2>&1) || { log_tail "${LOG_DIR}/chaincode-build.log"; fail "could not build the chaincode jar"; }
  [[ -f "${CC_JAR}" ]] || fail "the chaincode build produced no ${CC_JAR}"
}

generate_material() {
  local marker="${CRYPTO_DIR}/.complete-${ORDERERS}"
  [[ -f "${marker}" ]] && return 0
  log "generating MSP and TLS material in ${CRYPTO_DIR}"
  (cd "${REPO_ROOT}" && JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}" \
    nice -n 10 ./mvnw -B -q ${RIGHTLINE_MAVEN_OFFLINE:+-o} -pl network-config compile exec:java -Dspotless.check.skip=true \
    -Dexec.mainClass=io.rightline.network.fabric.NetworkMaterialCommand \
    -Dexec.args="${NETWORK_DIR} --orderers ${ORDERERS}" > "${LOG_DIR}/material.log" 2>&1) \
    || { log_tail "${LOG_DIR}/material.log"; fail "material generation failed"; }
  [[ -f "${ORDERER_TLS_CA}" ]] || fail "material generation wrote no ${ORDERER_TLS_CA}"
  touch "${marker}"
}

render_configtx() {
  local i
  export PLATFORM_PEER_PORT="${PEER_PORT[platform]}" DISTRIBUTOR_PEER_PORT="${PEER_PORT[distributor]}" \
    AUDITOR_PEER_PORT="${PEER_PORT[auditor]}"
  for i in 0 1 2 3; do export "ORDERER${i}_PORT=$(orderer_port "${i}")"; done
  envsubst '${ORDERER0_PORT} ${ORDERER1_PORT} ${ORDERER2_PORT} ${ORDERER3_PORT} ${PLATFORM_PEER_PORT} ${DISTRIBUTOR_PEER_PORT} ${AUDITOR_PEER_PORT}' \
    < "${FABRIC_TEMPLATES_DIR}/configtx.yaml" > "${CONFIG_DIR}/configtx.yaml"
}

# core.yaml: Fabric's sample with the Docker endpoint removed (an empty CORE_VM_ENDPOINT variable
# is ignored, so it must be empty in the file) and the ccaas external builder as the only builder.
render_peer_config() {
  local org="$1" dir="${CONFIG_DIR}/peer0.$1"
  mkdir -p "${dir}"
  sed -e 's#^\(\s*endpoint:\) unix:///var/run/docker.sock#\1 ""#' \
    -e "s#^\(\s*- name:\) ccaas_builder#\1 rightline-ccaas#" \
    -e "s#^\(\s*path:\) /opt/hyperledger/ccaas_builder#\1 ${FABRIC_TEMPLATES_DIR}/builders/ccaas#" \
    "${FABRIC_HOME}/config/core.yaml" > "${dir}/core.yaml"
  grep -q 'endpoint: ""' "${dir}/core.yaml" || fail "could not clear vm.endpoint in ${dir}/core.yaml"
  grep -q "${FABRIC_TEMPLATES_DIR}/builders/ccaas" "${dir}/core.yaml" || fail "could not set the external builder in ${dir}/core.yaml"
}

render_orderer_config() {
  local dir="${CONFIG_DIR}/orderer$1"
  mkdir -p "${dir}"
  cp "${FABRIC_HOME}/config/orderer.yaml" "${dir}/orderer.yaml"
}

# ---------------------------------------------------------------------------------------------
# Processes
# ---------------------------------------------------------------------------------------------
start_orderer() {
  local i="$1" name="orderer$1" node="${CRYPTO_DIR}/orderer/nodes/orderer$1" port admin_port operations_port
  port="$(orderer_port "$1")"
  admin_port="$(orderer_admin_port "$1")"
  operations_port="$(orderer_operations_port "$1")"
  process_alive "${name}" && { log "${name} already running (pid $(recorded_pid "${name}"))"; return 0; }
  render_orderer_config "${i}"
  mkdir -p "${DATA_DIR}/${name}"
  (
    export FABRIC_CFG_PATH="${CONFIG_DIR}/${name}"
    export FABRIC_LOGGING_SPEC="${RIGHTLINE_FABRIC_LOGGING:-info}"
    export ORDERER_GENERAL_LISTENADDRESS=127.0.0.1
    export ORDERER_GENERAL_LISTENPORT="${port}"
    export ORDERER_GENERAL_LOCALMSPID=OrdererMSP
    export ORDERER_GENERAL_LOCALMSPDIR="${node}/msp"
    export ORDERER_GENERAL_BOOTSTRAPMETHOD=none
    export ORDERER_GENERAL_TLS_ENABLED=true
    export ORDERER_GENERAL_TLS_PRIVATEKEY="${node}/tls/server.key"
    export ORDERER_GENERAL_TLS_CERTIFICATE="${node}/tls/server.crt"
    export ORDERER_GENERAL_TLS_ROOTCAS="[${node}/tls/ca.crt]"
    export ORDERER_GENERAL_CLUSTER_CLIENTCERTIFICATE="${node}/tls/server.crt"
    export ORDERER_GENERAL_CLUSTER_CLIENTPRIVATEKEY="${node}/tls/server.key"
    export ORDERER_GENERAL_CLUSTER_ROOTCAS="[${node}/tls/ca.crt]"
    export ORDERER_FILELEDGER_LOCATION="${DATA_DIR}/${name}/ledger"
    export ORDERER_CONSENSUS_WALDIR="${DATA_DIR}/${name}/etcdraft/wal"
    export ORDERER_CONSENSUS_SNAPDIR="${DATA_DIR}/${name}/etcdraft/snapshot"
    export ORDERER_CHANNELPARTICIPATION_ENABLED=true
    export ORDERER_ADMIN_LISTENADDRESS="127.0.0.1:${admin_port}"
    export ORDERER_ADMIN_TLS_ENABLED=true
    export ORDERER_ADMIN_TLS_PRIVATEKEY="${node}/tls/server.key"
    export ORDERER_ADMIN_TLS_CERTIFICATE="${node}/tls/server.crt"
    export ORDERER_ADMIN_TLS_ROOTCAS="[${node}/tls/ca.crt]"
    export ORDERER_ADMIN_TLS_CLIENTAUTHREQUIRED=true
    export ORDERER_ADMIN_TLS_CLIENTROOTCAS="[${node}/tls/ca.crt]"
    export ORDERER_OPERATIONS_LISTENADDRESS="127.0.0.1:${operations_port}"
    export ORDERER_METRICS_PROVIDER=disabled
    start_process "${name}" "${FABRIC_HOME}/bin/orderer"
  )
}

start_peer() {
  local org="$1" name="peer0.$1" node="${CRYPTO_DIR}/$1/nodes/peer0"
  process_alive "${name}" && { log "${name} already running (pid $(recorded_pid "${name}"))"; return 0; }
  render_peer_config "${org}"
  mkdir -p "${DATA_DIR}/${name}"
  (
    export FABRIC_CFG_PATH="${CONFIG_DIR}/${name}"
    export FABRIC_LOGGING_SPEC="${RIGHTLINE_FABRIC_LOGGING:-info}"
    export CORE_PEER_ID="${name}"
    export CORE_PEER_ADDRESS="127.0.0.1:${PEER_PORT[${org}]}"
    export CORE_PEER_LISTENADDRESS="127.0.0.1:${PEER_PORT[${org}]}"
    export CORE_PEER_CHAINCODEADDRESS="127.0.0.1:${PEER_CC_PORT[${org}]}"
    export CORE_PEER_CHAINCODELISTENADDRESS="127.0.0.1:${PEER_CC_PORT[${org}]}"
    export CORE_PEER_GOSSIP_BOOTSTRAP="127.0.0.1:${PEER_PORT[${org}]}"
    export CORE_PEER_GOSSIP_EXTERNALENDPOINT="127.0.0.1:${PEER_PORT[${org}]}"
    export CORE_PEER_GOSSIP_RECONNECTINTERVAL=5s
    export CORE_PEER_LOCALMSPID="${ORG_MSP[${org}]}"
    export CORE_PEER_MSPCONFIGPATH="${node}/msp"
    export CORE_PEER_TLS_ENABLED=true
    export CORE_PEER_TLS_CERT_FILE="${node}/tls/server.crt"
    export CORE_PEER_TLS_KEY_FILE="${node}/tls/server.key"
    export CORE_PEER_TLS_ROOTCERT_FILE="${node}/tls/ca.crt"
    export CORE_PEER_FILESYSTEMPATH="${DATA_DIR}/${name}"
    export CORE_LEDGER_SNAPSHOTS_ROOTDIR="${DATA_DIR}/${name}/snapshots"
    export CORE_OPERATIONS_LISTENADDRESS="127.0.0.1:${PEER_OPERATIONS_PORT[${org}]}"
    export CORE_METRICS_PROVIDER=disabled
    start_process "${name}" "${FABRIC_HOME}/bin/peer" node start
  )
}

wait_for_nodes() {
  local i org
  for ((i = 0; i < ORDERERS; i++)); do
    wait_until "orderer${i} health" "${LOG_DIR}/orderer${i}.log" "orderer${i}" \
      http_ok "http://127.0.0.1:$(orderer_operations_port "${i}")/healthz"
  done
  for org in "${ORGS[@]}"; do
    wait_until "peer0.${org} health" "${LOG_DIR}/peer0.${org}.log" "peer0.${org}" \
      http_ok "http://127.0.0.1:${PEER_OPERATIONS_PORT[${org}]}/healthz"
  done
}

# ---------------------------------------------------------------------------------------------
# Channel
# ---------------------------------------------------------------------------------------------
osnadmin_args() {
  local user="${CRYPTO_DIR}/orderer/users/Admin/tls"
  echo "-o 127.0.0.1:$(orderer_admin_port "$1") --ca-file ${ORDERER_TLS_CA} --client-cert ${user}/client.crt --client-key ${user}/client.key"
}

orderer_channel_active() {
  # shellcheck disable=SC2046
  osnadmin channel list --channelID "${CHANNEL}" $(osnadmin_args "$1") 2>/dev/null | grep -q '"status": *"active"'
}

create_channel() {
  local i org
  if [[ ! -f "${GENESIS_BLOCK}" ]]; then
    log "creating genesis block for channel ${CHANNEL} (profile ${PROFILE})"
    render_configtx
    configtxgen -configPath "${CONFIG_DIR}" -profile "${PROFILE}" -channelID "${CHANNEL}" \
      -outputBlock "${GENESIS_BLOCK}.tmp" 2> "${LOG_DIR}/configtxgen.log" \
      || { log_tail "${LOG_DIR}/configtxgen.log"; fail "configtxgen failed"; }
    mv "${GENESIS_BLOCK}.tmp" "${GENESIS_BLOCK}"
  fi
  for ((i = 0; i < ORDERERS; i++)); do
    # shellcheck disable=SC2046
    if ! osnadmin channel list --channelID "${CHANNEL}" $(osnadmin_args "${i}") 2>/dev/null | grep -q '"name"'; then
      log "orderer${i} joins channel ${CHANNEL}"
      # shellcheck disable=SC2046
      osnadmin channel join --channelID "${CHANNEL}" --config-block "${GENESIS_BLOCK}" $(osnadmin_args "${i}") \
        > "${LOG_DIR}/osnadmin.log" 2>&1 || { log_tail "${LOG_DIR}/osnadmin.log"; fail "orderer${i} could not join ${CHANNEL}"; }
    fi
  done
  for ((i = 0; i < ORDERERS; i++)); do
    wait_until "orderer${i} to serve channel ${CHANNEL}" "${LOG_DIR}/orderer${i}.log" "orderer${i}" orderer_channel_active "${i}"
  done
  for org in "${ORGS[@]}"; do
    if ! (use_peer_cli "${org}" && peer channel getinfo -c "${CHANNEL}" >/dev/null 2>&1); then
      log "peer0.${org} joins channel ${CHANNEL}"
      (use_peer_cli "${org}" && peer channel join -b "${GENESIS_BLOCK}" > "${LOG_DIR}/channel-join.log" 2>&1) \
        || { log_tail "${LOG_DIR}/channel-join.log"; log_tail "${LOG_DIR}/peer0.${org}.log"; fail "peer0.${org} could not join ${CHANNEL}"; }
    fi
  done
}

# Cross-organisation endorsement through the gateway needs every peer to know the others (anchor
# peers are in the genesis block); wait until each peer's gossip saw the two other peers.
peer_sees_others() {
  local org="$1" other
  for other in "${ORGS[@]}"; do
    [[ "${other}" == "${org}" ]] && continue
    grep -a "peers went online" "${LOG_DIR}/peer0.${org}.log" | grep -q "127.0.0.1:${PEER_PORT[${other}]}" || return 1
  done
}

wait_for_gossip() {
  local org
  for org in "${ORGS[@]}"; do
    wait_until "peer0.${org} to see the other organisations' peers" "${LOG_DIR}/peer0.${org}.log" "peer0.${org}" \
      peer_sees_others "${org}"
  done
}

# ---------------------------------------------------------------------------------------------
# Chaincode as a service
# ---------------------------------------------------------------------------------------------
deterministic_tar_gz() { # output dir files...
  local output="$1" dir="$2"
  shift 2
  tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='@0' --format=gnu \
    -C "${dir}" -cf - "$@" | gzip -n -9 > "${output}"
}

package_chaincode() {
  local work="${CC_DIR}/package"
  CC_PACKAGE="${CC_DIR}/${CC_LABEL}.tar.gz"
  rm -rf "${work}" && mkdir -p "${work}/code" "${work}/pkg"
  printf '{"address":"127.0.0.1:%s","dial_timeout":"10s","tls_required":false}\n' "${CC_PORT}" > "${work}/code/connection.json"
  printf '{"type":"ccaas","label":"%s"}\n' "${CC_LABEL}" > "${work}/pkg/metadata.json"
  touch -d @0 "${work}/code/connection.json" "${work}/pkg/metadata.json"
  deterministic_tar_gz "${work}/pkg/code.tar.gz" "${work}/code" connection.json
  deterministic_tar_gz "${CC_PACKAGE}.tmp" "${work}/pkg" metadata.json code.tar.gz
  mv "${CC_PACKAGE}.tmp" "${CC_PACKAGE}"
  rm -rf "${work}"
  CC_PACKAGE_ID="${CC_LABEL}:$(sha256sum "${CC_PACKAGE}" | awk '{print $1}')"
  local calculated
  calculated="$(use_peer_cli platform && peer lifecycle chaincode calculatepackageid "${CC_PACKAGE}")"
  [[ "${calculated}" == "${CC_PACKAGE_ID}" ]] || fail "package id mismatch: ${calculated} vs ${CC_PACKAGE_ID}"
  echo "${CC_PACKAGE_ID}" > "${CC_DIR}/package-id"
  log "chaincode package ${CC_PACKAGE_ID}"
}

install_chaincode() {
  local org
  for org in "${ORGS[@]}"; do
    if (use_peer_cli "${org}" && peer lifecycle chaincode queryinstalled 2>/dev/null) | grep -qF "${CC_PACKAGE_ID}"; then
      continue
    fi
    log "installing ${CC_LABEL} on peer0.${org}"
    (use_peer_cli "${org}" && peer lifecycle chaincode install "${CC_PACKAGE}" > "${LOG_DIR}/cc-install.log" 2>&1) \
      || { log_tail "${LOG_DIR}/cc-install.log"; log_tail "${LOG_DIR}/peer0.${org}.log"; fail "install on peer0.${org} failed"; }
  done
}

start_chaincode_server() {
  process_alive chaincode && { log "chaincode server already running (pid $(recorded_pid chaincode))"; return 0; }
  local java
  java="$(java_bin)"
  (
    export CHAINCODE_SERVER_ADDRESS="127.0.0.1:${CC_PORT}"
    export CORE_CHAINCODE_ID_NAME="${CC_PACKAGE_ID}"
    export CORE_PEER_TLS_ENABLED=false
    # shellcheck disable=SC2086
    start_process chaincode "${java}" ${CC_JAVA_OPTS} \
      -cp "${CC_JAR}" org.hyperledger.fabric.contract.ContractRouter
  )
  wait_until "the chaincode server on port ${CC_PORT}" "${LOG_DIR}/chaincode.log" chaincode port_open "${CC_PORT}"
}

orderer_cli_args() {
  echo "-o 127.0.0.1:$(orderer_port 0) --tls --cafile ${ORDERER_TLS_CA}"
}

chaincode_committed() {
  (use_peer_cli platform && peer lifecycle chaincode querycommitted -C "${CHANNEL}" -n "${CC_NAME}" >/dev/null 2>&1)
}

approve_and_commit() {
  local org
  if chaincode_committed; then
    log "chaincode ${CC_NAME} already committed on ${CHANNEL}"
    return 0
  fi
  for org in "${ORGS[@]}"; do
    if (use_peer_cli "${org}" && peer lifecycle chaincode queryapproved -C "${CHANNEL}" -n "${CC_NAME}" \
      --sequence "${CC_SEQUENCE}" >/dev/null 2>&1); then
      continue
    fi
    log "${ORG_MSP[${org}]} approves ${CC_NAME} ${CC_VERSION} (sequence ${CC_SEQUENCE})"
    # shellcheck disable=SC2046
    (use_peer_cli "${org}" && peer lifecycle chaincode approveformyorg $(orderer_cli_args) -C "${CHANNEL}" \
      -n "${CC_NAME}" -v "${CC_VERSION}" --package-id "${CC_PACKAGE_ID}" --sequence "${CC_SEQUENCE}" \
      --waitForEvent > "${LOG_DIR}/cc-approve.log" 2>&1) \
      || { log_tail "${LOG_DIR}/cc-approve.log"; fail "approval by ${ORG_MSP[${org}]} failed"; }
  done
  log "committing ${CC_NAME} on ${CHANNEL}"
  local peers=()
  for org in "${ORGS[@]}"; do
    peers+=(--peerAddresses "127.0.0.1:${PEER_PORT[${org}]}" --tlsRootCertFiles "$(peer_tls_ca "${org}")")
  done
  # shellcheck disable=SC2046
  (use_peer_cli platform && peer lifecycle chaincode commit $(orderer_cli_args) -C "${CHANNEL}" \
    -n "${CC_NAME}" -v "${CC_VERSION}" --sequence "${CC_SEQUENCE}" "${peers[@]}" --waitForEvent \
    > "${LOG_DIR}/cc-commit.log" 2>&1) || { log_tail "${LOG_DIR}/cc-commit.log"; fail "commit of ${CC_NAME} failed"; }
}

chaincode_answers() {
  (use_peer_cli "$1" client && peer chaincode query -C "${CHANNEL}" -n "${CC_NAME}" \
    -c '{"Args":["org.hyperledger.fabric:GetMetadata"]}' | grep -q '"contracts"')
}

wait_for_chaincode() {
  local org
  for org in "${ORGS[@]}"; do
    wait_until "chaincode ${CC_NAME} to answer on peer0.${org}" "${LOG_DIR}/chaincode.log" chaincode chaincode_answers "${org}"
  done
}

# ---------------------------------------------------------------------------------------------
# Connection profile for the Java Fabric backend
# ---------------------------------------------------------------------------------------------
only_file() {
  local files=("$1"/*)
  [[ ${#files[@]} -eq 1 && -f "${files[0]}" ]] || fail "expected exactly one file in $1"
  echo "${files[0]}"
}

write_connection_profile() {
  local org orgs_json='{}' peers_json='{}' orderers_json='{}' i base
  for org in "${ORGS[@]}"; do
    base="${CRYPTO_DIR}/${org}"
    peers_json="$(jq --arg name "peer0.${org}" --arg endpoint "127.0.0.1:${PEER_PORT[${org}]}" \
      --arg msp "${ORG_MSP[${org}]}" --arg tls "${base}/msp/tlscacerts/tlsca.pem" \
      '. + {($name): {endpoint: $endpoint, hostOverride: "localhost", mspId: $msp, tlsCaCertPath: $tls}}' <<< "${peers_json}")"
    orgs_json="$(jq --arg msp "${ORG_MSP[${org}]}" --arg peer "peer0.${org}" --arg base "${base}" \
      --arg clientCert "$(only_file "${base}/users/client/msp/signcerts")" \
      --arg clientKey "$(only_file "${base}/users/client/msp/keystore")" \
      --arg adminCert "$(only_file "${base}/users/Admin/msp/signcerts")" \
      --arg adminKey "$(only_file "${base}/users/Admin/msp/keystore")" \
      '. + {($msp): {mspId: $msp, peers: [$peer], tlsCaCertPath: ($base + "/msp/tlscacerts/tlsca.pem"),
         caDirectory: ($base + "/ca"), mspDirectory: ($base + "/msp"),
         client: {certificatePath: $clientCert, privateKeyPath: $clientKey},
         admin: {certificatePath: $adminCert, privateKeyPath: $adminKey}}}' \
      <<< "${orgs_json}")"
  done
  for ((i = 0; i < ORDERERS; i++)); do
    orderers_json="$(jq --arg name "orderer${i}" --arg endpoint "127.0.0.1:$(orderer_port "${i}")" --arg tls "${ORDERER_TLS_CA}" \
      '. + {($name): {endpoint: $endpoint, hostOverride: "localhost", mspId: "OrdererMSP", tlsCaCertPath: $tls}}' <<< "${orderers_json}")"
  done
  jq -n --arg channel "${CHANNEL}" --arg chaincode "${CC_NAME}" --arg packageId "${CC_PACKAGE_ID}" \
    --arg consensus "$([[ ${ORDERERS} == 4 ]] && echo BFT || echo etcdraft)" \
    --argjson organizations "${orgs_json}" --argjson peers "${peers_json}" --argjson orderers "${orderers_json}" \
    '{name: "rightline", version: 1, channel: $channel, chaincode: $chaincode, chaincodePackageId: $packageId,
      consensus: $consensus, organizations: $organizations, peers: $peers, orderers: $orderers}' \
    > "${NETWORK_DIR}/connection-profile.json.tmp"
  mv "${NETWORK_DIR}/connection-profile.json.tmp" "${NETWORK_DIR}/connection-profile.json"
}

# ---------------------------------------------------------------------------------------------
main() {
  bash "${FABRIC_SCRIPTS_DIR}/install.sh"
  for tool in jq envsubst curl setsid gzip; do
    command -v "${tool}" >/dev/null || fail "${tool} is required (apt-get install jq gettext-base curl util-linux)"
  done
  prepare_state
  build_chaincode_jar
  generate_material
  local i org
  for ((i = 0; i < ORDERERS; i++)); do start_orderer "${i}"; done
  for org in "${ORGS[@]}"; do start_peer "${org}"; done
  wait_for_nodes
  create_channel
  package_chaincode
  install_chaincode
  start_chaincode_server
  approve_and_commit
  wait_for_chaincode
  wait_for_gossip
  write_connection_profile
  log "network up in $((SECONDS - started_at))s: channel ${CHANNEL}, chaincode ${CC_PACKAGE_ID}"
  log "connection profile: ${NETWORK_DIR}/connection-profile.json"
}

main
