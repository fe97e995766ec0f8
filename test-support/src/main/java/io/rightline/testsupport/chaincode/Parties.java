package io.rightline.testsupport.chaincode;

/** {@code parties:registerParty} requests. Example: {@code Parties.aParty("alice", "creator").json()}. */
public final class Parties extends RequestBuilder<Parties> {

    private Parties() {}

    /** A party resident in FR paid in EUR. */
    public static Parties aParty(String partyId, String role) {
        return new Parties()
                .with("partyId", partyId)
                .with("role", role)
                .with("residenceCountry", "FR")
                .with("payoutCurrency", "EUR");
    }
}
