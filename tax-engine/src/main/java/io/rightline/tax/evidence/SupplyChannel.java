package io.rightline.tax.evidence;

/** How the service reached the customer; decides which presumption, if any, applies. */
public enum SupplyChannel {
    /** At a place that needs the customer's physical presence (hotspot, café, hotel): Art. 24a. */
    PHYSICAL_PRESENCE,
    /** Through the customer's fixed land line: Art. 24b(a). */
    FIXED_LINE,
    /** Through a mobile network: Art. 24b(b), country of the SIM's mobile country code. */
    MOBILE_NETWORK,
    /** Through a decoder or viewing card: Art. 24b(c). */
    DECODER,
    /** Any other way, typically the open internet: Art. 24b(d), two items of evidence. */
    INTERNET
}
