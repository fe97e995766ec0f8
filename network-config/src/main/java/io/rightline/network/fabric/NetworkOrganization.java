package io.rightline.network.fabric;

/**
 * The organisations of a Rightline Fabric network, with the folder each one's material lives in.
 *
 * <pre>{@code
 * Path msp = layout.organizationMspDirectory(NetworkOrganization.PLATFORM); // crypto/platform/msp
 * }</pre>
 */
public enum NetworkOrganization {
    /** Runs the ordering service (one Raft orderer, or four BFT orderers). */
    ORDERER("orderer", "OrdererMSP", "Rightline Ordering Service"),
    /** Operates the platform; endorses with the other application organisations. */
    PLATFORM("platform", "PlatformMSP", "Rightline Platform"),
    /** Distributors bidding for and using regional rights. */
    DISTRIBUTOR("distributor", "DistributorMSP", "Rightline Distributors"),
    /** Independent auditors verifying ledger entries. */
    AUDITOR("auditor", "AuditorMSP", "Rightline Auditors");

    private final String directoryName;
    private final String mspId;
    private final String organizationName;

    NetworkOrganization(String directoryName, String mspId, String organizationName) {
        this.directoryName = directoryName;
        this.mspId = mspId;
        this.organizationName = organizationName;
    }

    /** Folder name under {@code crypto/}, also used by the scripts. */
    public String directoryName() {
        return directoryName;
    }

    /** The MSP id used in the channel configuration and by clients. */
    public String mspId() {
        return mspId;
    }

    /** The organisation name written into certificate subjects. */
    public String organizationName() {
        return organizationName;
    }

    /** Whether this organisation runs orderers rather than peers. */
    public boolean isOrderer() {
        return this == ORDERER;
    }
}
