package io.rightline.chaincode.common;

/**
 * A registered party, bound to X.509 identities of one MSP whose certificates carry
 * {@code rightline.party = partyId} and {@code rightline.role = role}.
 *
 * @param partyId the party id
 * @param role the party's role
 * @param mspId the MSP whose identities act for the party
 * @param residenceCountry ISO 3166-1 alpha-2 country of residence
 * @param payoutCurrency ISO 4217 currency of payouts
 * @param evmAddress optional EVM address (0x + 40 hex digits) for NFT royalties
 * @param registeredAt transaction timestamp of the registration
 * @param registeredBy party id that registered it
 */
public record Party(
        String partyId,
        PartyRole role,
        String mspId,
        String residenceCountry,
        String payoutCurrency,
        String evmAddress,
        java.time.Instant registeredAt,
        String registeredBy) {}
