package io.rightline.tax.evidence;

/** Who provided a piece of evidence; matters for the simplified rule of Art. 24b second paragraph. */
public enum EvidenceSource {
    /** Collected by the platform itself (checkout form, IP geolocation). */
    SUPPLIER,
    /** Provided by another party involved in the supply (payment provider, mobile operator). */
    THIRD_PARTY
}
