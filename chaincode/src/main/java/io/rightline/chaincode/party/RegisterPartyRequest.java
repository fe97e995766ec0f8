package io.rightline.chaincode.party;

import io.rightline.chaincode.common.ErrorCode;
import io.rightline.chaincode.common.Ids;
import io.rightline.chaincode.common.Money;
import io.rightline.chaincode.common.PartyRole;
import io.rightline.chaincode.common.Refusals;
import io.rightline.chaincode.common.Territory;
import java.util.regex.Pattern;

/**
 * Arguments of {@code parties:registerParty}.
 *
 * @param partyId party id, equal to the {@code rightline.party} attribute of its certificates
 * @param role creator, distributor, collector, auditor or platform
 * @param mspId MSP of the party; required when the platform registers a distributor or auditor,
 *     otherwise taken from the caller
 * @param residenceCountry ISO 3166-1 alpha-2
 * @param payoutCurrency ISO 4217
 * @param evmAddress optional {@code 0x} + 40 hex digits
 */
record RegisterPartyRequest(
        String partyId, String role, String mspId, String residenceCountry, String payoutCurrency, String evmAddress) {

    private static final Pattern EVM_ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

    RegisterPartyRequest {
        Ids.require(partyId, "partyId");
        PartyRole.parse(role);
        Territory.require(residenceCountry);
        Money.requireCurrency(payoutCurrency);
        if (evmAddress != null && !EVM_ADDRESS.matcher(evmAddress).matches()) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "evmAddress must be 0x + 40 hex digits: " + evmAddress);
        }
        if (mspId != null) {
            Ids.require(mspId, "mspId");
        }
    }

    PartyRole partyRole() {
        return PartyRole.parse(role);
    }
}
