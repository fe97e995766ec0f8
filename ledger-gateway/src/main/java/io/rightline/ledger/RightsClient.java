package io.rightline.ledger;

import io.rightline.network.identity.Identity;
import java.util.Objects;

/**
 * Typed access to the Rightline chaincode: one method per transaction and query, the caller's identity explicit.
 * Requests and results are the chaincode's canonical JSON; submits return the transaction id and block with the
 * result, refusals throw {@link LedgerException} with the chaincode's error code.
 *
 * <pre>{@code
 * RightsClient rights = new RightsClient(ledger);
 * Committed work = rights.registerWork(creator, registerWorkJson);
 * String licence = rights.getLicence(distributor, "lic-1");
 * }</pre>
 */
public final class RightsClient {
    private final Ledger ledger;

    /** A client over any ledger backend. */
    public RightsClient(Ledger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    // parties

    /** {@code parties:registerParty} — registers a party (self-registration, or the platform for distributors and auditors). */
    public Committed registerParty(Identity caller, String requestJson) {
        return ledger.submit(caller, "parties:registerParty", requestJson);
    }

    /** {@code parties:getParty}. */
    public String getParty(Identity caller, String partyId) {
        return ledger.evaluate(caller, "parties:getParty", partyId);
    }

    // works

    /** {@code works:registerWork} — registers a fingerprinted work with its owners' shares. */
    public Committed registerWork(Identity caller, String requestJson) {
        return ledger.submit(caller, "works:registerWork", requestJson);
    }

    /** {@code works:transferShare} — moves basis points of ownership between parties. */
    public Committed transferShare(Identity caller, String requestJson) {
        return ledger.submit(caller, "works:transferShare", requestJson);
    }

    /** {@code works:getWork}. */
    public String getWork(Identity caller, String workId) {
        return ledger.evaluate(caller, "works:getWork", workId);
    }

    /** {@code works:findByFingerprint}. */
    public String findByFingerprint(Identity caller, String fingerprint) {
        return ledger.evaluate(caller, "works:findByFingerprint", fingerprint);
    }

    // licences

    /** {@code licences:grantLicence} — grants a territorial, windowed, per-channel licence. */
    public Committed grantLicence(Identity caller, String requestJson) {
        return ledger.submit(caller, "licences:grantLicence", requestJson);
    }

    /** {@code licences:revokeLicence}. */
    public Committed revokeLicence(Identity caller, String licenceId) {
        return ledger.submit(caller, "licences:revokeLicence", licenceId);
    }

    /** {@code licences:getLicence}. */
    public String getLicence(Identity caller, String licenceId) {
        return ledger.evaluate(caller, "licences:getLicence", licenceId);
    }

    /** {@code licences:licencesOfWork}. */
    public String licencesOfWork(Identity caller, String workId) {
        return ledger.evaluate(caller, "licences:licencesOfWork", workId);
    }

    /** {@code licences:isLicensed} — whether the work is licensed in a territory, channel and instant (ISO-8601). */
    public String isLicensed(Identity caller, String workId, String territory, String channel, String instant) {
        return ledger.evaluate(caller, "licences:isLicensed", workId, territory, channel, instant);
    }

    // splits

    /** {@code splits:proposeSplit} — proposes the next version of a work's revenue split rule. */
    public Committed proposeSplit(Identity caller, String requestJson) {
        return ledger.submit(caller, "splits:proposeSplit", requestJson);
    }

    /** {@code splits:approveSplit} — an owner approves a proposed split rule version. */
    public Committed approveSplit(Identity caller, String workId, int version) {
        return ledger.submit(caller, "splits:approveSplit", workId, Integer.toString(version));
    }

    /** {@code splits:ruleInForce} — the split rule in force at an instant (ISO-8601). */
    public String ruleInForce(Identity caller, String workId, String instant) {
        return ledger.evaluate(caller, "splits:ruleInForce", workId, instant);
    }

    /** {@code splits:splitRules} — every version of a work's split rule. */
    public String splitRules(Identity caller, String workId) {
        return ledger.evaluate(caller, "splits:splitRules", workId);
    }

    // auctions

    /** {@code auctions:openAuction} — opens a sealed-bid regional-rights auction. */
    public Committed openAuction(Identity caller, String requestJson) {
        return ledger.submit(caller, "auctions:openAuction", requestJson);
    }

    /** {@code auctions:commitBid} — commits the hash of a sealed bid. */
    public Committed commitBid(Identity caller, String auctionId, String commitment) {
        return ledger.submit(caller, "auctions:commitBid", auctionId, commitment);
    }

    /** {@code auctions:revealBid} — reveals a committed bid. */
    public Committed revealBid(Identity caller, String requestJson) {
        return ledger.submit(caller, "auctions:revealBid", requestJson);
    }

    /** {@code auctions:closeAuction} — closes the auction and awards the lots. */
    public Committed closeAuction(Identity caller, String auctionId) {
        return ledger.submit(caller, "auctions:closeAuction", auctionId);
    }

    /** {@code auctions:getAuction}. */
    public String getAuction(Identity caller, String auctionId) {
        return ledger.evaluate(caller, "auctions:getAuction", auctionId);
    }

    /** {@code auctions:bidsOfAuction}. */
    public String bidsOfAuction(Identity caller, String auctionId) {
        return ledger.evaluate(caller, "auctions:bidsOfAuction", auctionId);
    }

    // anchors

    /** {@code anchors:recordAnchor} — records a settlement statement's Merkle root. */
    public Committed recordAnchor(Identity caller, String requestJson) {
        return ledger.submit(caller, "anchors:recordAnchor", requestJson);
    }

    /** {@code anchors:getAnchor}. */
    public String getAnchor(Identity caller, String anchorId) {
        return ledger.evaluate(caller, "anchors:getAnchor", anchorId);
    }

    /** {@code anchors:latestAnchor}. */
    public String latestAnchor(Identity caller) {
        return ledger.evaluate(caller, "anchors:latestAnchor");
    }

    // nfts

    /** {@code nfts:setEditionCap} — caps the number of NFT editions of a work. */
    public Committed setEditionCap(Identity caller, String workId, int cap) {
        return ledger.submit(caller, "nfts:setEditionCap", workId, Integer.toString(cap));
    }

    /** {@code nfts:linkEdition} — links a minted NFT edition to its work. */
    public Committed linkEdition(Identity caller, String requestJson) {
        return ledger.submit(caller, "nfts:linkEdition", requestJson);
    }

    /** {@code nfts:editionsOfWork}. */
    public String editionsOfWork(Identity caller, String workId) {
        return ledger.evaluate(caller, "nfts:editionsOfWork", workId);
    }
}
