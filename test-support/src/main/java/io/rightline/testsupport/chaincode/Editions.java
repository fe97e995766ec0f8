package io.rightline.testsupport.chaincode;

/** {@code nfts:linkEdition} requests. Defaults: edition 1 of {@code work-1} on chain 31337. */
public final class Editions extends RequestBuilder<Editions> {

    private Editions() {}

    public static Editions anEdition(int editionNumber) {
        return new Editions()
                .with("workId", "work-1")
                .with("editionNumber", editionNumber)
                .with("chainId", 31337)
                .with("contractAddress", "0x5fbdb2315678afecb367f032d93f642f64180aa3")
                .with("tokenId", Integer.toString(editionNumber))
                .with("mintTxHash", "0x" + Works.sha256("mint-" + editionNumber));
    }
}
