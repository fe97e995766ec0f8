package io.rightline.tax.evidence;

/**
 * Kinds of location evidence. The first six are the items of Art. 24f of Implementing Regulation
 * (EU) 282/2011 and count towards the two-item rule and towards rebuttal; {@link #PREMISES} and
 * {@link #DECODER_LOCATION} only found the presumptions of Art. 24a and Art. 24b(c).
 */
public enum EvidenceType {
    /** Art. 24f(a): the customer's billing address. */
    BILLING_ADDRESS(true),
    /** Art. 24f(b): the IP address of the device used by the customer (geolocated). */
    IP_ADDRESS(true),
    /** Art. 24f(c): bank details: the country of the account or card, or the billing address the bank holds. */
    BANK_DETAILS(true),
    /** Art. 24f(d): the mobile country code of the IMSI on the customer's SIM card. */
    SIM_COUNTRY(true),
    /** Art. 24f(e): the location of the customer's fixed land line. */
    FIXED_LINE(true),
    /** Art. 24f(f): other commercially relevant information. */
    OTHER_COMMERCIAL(true),
    /** Art. 24a: the premises (hotspot, café, hotel lobby) where the customer is physically present. */
    PREMISES(false),
    /** Art. 24b(c): where the decoder is installed or the viewing card was sent. */
    DECODER_LOCATION(false);

    private final boolean article24fItem;

    EvidenceType(boolean article24fItem) {
        this.article24fItem = article24fItem;
    }

    /** Whether the type is one of the evidence items listed in Art. 24f. */
    public boolean isArticle24fItem() {
        return article24fItem;
    }

    int bit() {
        return 1 << ordinal();
    }
}
