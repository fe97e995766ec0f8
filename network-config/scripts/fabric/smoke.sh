#!/usr/bin/env bash
# End-to-end smoke test of the native Fabric network: up.sh, transactions endorsed by two
# organisations (PlatformMSP and DistributorMSP) and submitted with --waitForEvent, a query of the
# result on a third organisation's peer (AuditorMSP), then down.sh (data kept; --purge deletes it).
#
# Default scenario with the Rightline chaincode: the platform's client registers the platform party
# (idempotent, so re-runs on the same ledger pass), then registers a new distributor party with a
# unique id, which is then read back with parties:getParty on the auditor's peer.
# Override with chaincode arguments in Fabric's JSON form; "@ID@" becomes a unique id per run:
#   SMOKE_PREPARE  invoke run first (empty to skip)
#   SMOKE_INVOKE   the invoke under test
#   SMOKE_QUERY    the query; SMOKE_EXPECT is text its result must contain
#
# Usage: smoke.sh [--keep] [--purge] [up.sh options such as --bft]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KEEP=false
DOWN_ARGS=()
UP_ARGS=()
while (($#)); do
  case "$1" in
    --keep) KEEP=true ;;
    --purge) DOWN_ARGS+=(--purge) ;;
    *) UP_ARGS+=("$1") ;;
  esac
  shift
done

SMOKE_ID="smoke-$(date -u +%Y%m%d%H%M%S)-$$"
registration() { # json -> {"Args":["parties:registerParty", json]}
  jq -cn --arg request "$1" '{Args: ["parties:registerParty", $request]}'
}
SMOKE_PREPARE="${SMOKE_PREPARE-$(registration '{"partyId":"platform","role":"platform","residenceCountry":"DE","payoutCurrency":"EUR"}')}"
SMOKE_INVOKE="${SMOKE_INVOKE:-$(registration '{"partyId":"@ID@","role":"distributor","mspId":"DistributorMSP","residenceCountry":"FR","payoutCurrency":"EUR"}')}"
SMOKE_QUERY="${SMOKE_QUERY:-{\"Args\":[\"parties:getParty\",\"@ID@\"]\}}"
SMOKE_EXPECT="${SMOKE_EXPECT:-\"partyId\":\"@ID@\"}"
SMOKE_PREPARE="${SMOKE_PREPARE//@ID@/${SMOKE_ID}}"
SMOKE_INVOKE="${SMOKE_INVOKE//@ID@/${SMOKE_ID}}"
SMOKE_QUERY="${SMOKE_QUERY//@ID@/${SMOKE_ID}}"
SMOKE_EXPECT="${SMOKE_EXPECT//@ID@/${SMOKE_ID}}"

passed=0
failed=0
finish() {
  local status=$?
  if [[ "${KEEP}" != true ]]; then
    bash "${FABRIC_SCRIPTS_DIR}/down.sh" "${DOWN_ARGS[@]}" || status=1
  fi
  echo "fabric smoke: ${passed} passed, ${failed} failed"
  ((failed == 0 && status == 0)) || exit 1
}
trap finish EXIT

bash "${FABRIC_SCRIPTS_DIR}/up.sh" "${UP_ARGS[@]}"

# invoke NAME ARGS: submits ARGS as PlatformMSP's client, endorsed by the platform and distributor
# peers, and waits for the commit event.
invoke() {
  local name="$1" args="$2" started=${SECONDS}
  log "${name}: invoke ${args} endorsed by PlatformMSP and DistributorMSP"
  if (use_peer_cli platform client && FABRIC_LOGGING_SPEC=info peer chaincode invoke \
    -o "127.0.0.1:$(orderer_port 0)" --tls --cafile "${ORDERER_TLS_CA}" -C "${CHANNEL}" -n "${CC_NAME}" \
    --peerAddresses "127.0.0.1:${PEER_PORT[platform]}" --tlsRootCertFiles "$(peer_tls_ca platform)" \
    --peerAddresses "127.0.0.1:${PEER_PORT[distributor]}" --tlsRootCertFiles "$(peer_tls_ca distributor)" \
    --waitForEvent --waitForEventTimeout 30s -c "${args}" > "${LOG_DIR}/smoke-${name}.log" 2>&1) \
    && grep -q "status:200" "${LOG_DIR}/smoke-${name}.log"; then
    passed=$((passed + 1))
    log "${name}: committed in $((SECONDS - started))s: $(grep -o 'status:200.*' "${LOG_DIR}/smoke-${name}.log" | cut -c1-300)"
  else
    failed=$((failed + 1))
    log_tail "${LOG_DIR}/smoke-${name}.log"
    log_tail "${LOG_DIR}/chaincode.log" 15
    fail "${name} invoke failed"
  fi
}

[[ -z "${SMOKE_PREPARE}" ]] || invoke prepare "${SMOKE_PREPARE}"
invoke invoke "${SMOKE_INVOKE}"

log "query ${SMOKE_QUERY} on peer0.auditor"
query_matches() {
  result="$(use_peer_cli auditor client && peer chaincode query -C "${CHANNEL}" -n "${CC_NAME}" -c "${SMOKE_QUERY}" 2>&1)" || true
  grep -qF -- "${SMOKE_EXPECT}" <<< "${result}"
}
# The block reaches the third organisation's peer shortly after the endorsing peers; retry briefly.
deadline=$((SECONDS + 15))
until query_matches || ((SECONDS >= deadline)); do sleep 1; done
if grep -qF -- "${SMOKE_EXPECT}" <<< "${result}"; then
  passed=$((passed + 1))
  log "query returned: $(cut -c1-300 <<< "${result}")"
else
  failed=$((failed + 1))
  fail "query result does not contain '${SMOKE_EXPECT}': ${result}"
fi
