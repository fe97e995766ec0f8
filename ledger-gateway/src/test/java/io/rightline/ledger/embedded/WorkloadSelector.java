package io.rightline.ledger.embedded;

/** Picks the benchmark workload: {@code rights} (the default: RegisterWork and GrantLicence) or {@code assets}. */
final class WorkloadSelector {

    private WorkloadSelector() {}

    static Workload select(String name) {
        return "assets".equals(name) ? new AssetWorkload() : new RightsWorkload();
    }
}
